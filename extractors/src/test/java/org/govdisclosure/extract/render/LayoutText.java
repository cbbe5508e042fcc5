package org.govdisclosure.extract.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.govdisclosure.extract.template.Ordinals;

/**
 * A report's PDF as a text extractor keeps its layout ({@code pdftotext -layout}): each printed line of the table as
 * one line of text, the cells of a line apart by runs of spaces. The template's label columns are narrow, so a
 * group label (三、本年度办理结果), a subgroup label (（三）不予公开) and a row label all wrap, and the pieces of the
 * three come out side by side on the same lines ({@code 三、本年   （三）不予   1.属于国家秘密   0   0 …}, then
 * {@code 度办理结   公开       法规禁止公开}); the row's numbers sit on its first line, its middle one, or a line of
 * their own below the label (a cell aligned to its bottom, as some extractors print it), or beside the label's
 * ordinal alone when the label wraps right after it. At a page break
 * between two rows: the footer, the running head and the table's header lines again.
 */
final class LayoutText implements TemplateRows.SectionLines {

  private static final int NUMBER_GAP = 2;

  private final GeneratedReport report;
  private final LabelNoise noise;
  private final Random rnd;
  /** Characters per line in each label column: group, subgroup, row label. */
  private final int groupWidth;
  private final int subgroupWidth;
  private final int labelWidth;
  /** Where a row's numbers sit beside its label's lines. */
  private enum Numbers { TOP, MIDDLE, BELOW }

  private final Numbers numbersAt;
  private int page = 1;

  private LayoutText(GeneratedReport report, LabelNoise noise, Random rnd) {
    this.report = report;
    this.noise = noise;
    this.rnd = rnd;
    this.groupWidth = 3 + rnd.nextInt(4);
    this.subgroupWidth = 3 + rnd.nextInt(4);
    this.labelWidth = 8 + rnd.nextInt(8);
    this.numbersAt = Numbers.values()[rnd.nextInt(Numbers.values().length)];
  }

  static String of(GeneratedReport r, LabelNoise noise, Random rnd) {
    return new LayoutText(r, noise, rnd).print();
  }

  private String print() {
    List<String> lines = TemplateRows.lineByLine(ReportDocument.title(report),
        "    本机关严格按照《中华人民共和国政府信息公开条例》要求，认真做好政府信息公开工作。", this);
    lines.add(footer());
    return String.join("\n", lines) + "\n";
  }

  @Override
  public void proactive(List<String> lines) {
    for (TemplateRows.ProactiveTable t : TemplateRows.proactive(report.template())) {
      lines.add(columns(List.of(t.caption())));
      List<String> header = t.headerRow();
      List<List<String>> rows = t.rows(report, noise);
      if (rnd.nextBoolean()) {
        placed(lines, header, rows);
      } else {
        lines.add(columns(header));
        rows.forEach(r -> lines.add(columns(r)));
      }
    }
    if (report.procurementCount() != null) {
      lines.add(columns(List.of(TemplateRows.PROCUREMENT_CAPTION)));
      lines.add(columns(TemplateRows.procurementHeaderRow()));
      lines.add(columns(TemplateRows.procurementRow(report, noise)));
    }
  }

  /**
   * A table placed by position, as the PDF prints it: narrow columns whose names wrap over lines of the column's
   * width ({@code 本年废止} / {@code 件数} beside {@code 本年制发件数}), each value under its name's column, aligned
   * left or right; by characters (pdftotext: a CJK character one column) or by display width (two).
   */
  private void placed(List<String> lines, List<String> header, List<List<String>> rows) {
    int cjk = rnd.nextBoolean() ? 1 : 2;
    int chars = 4 + rnd.nextInt(3);
    boolean right = rnd.nextBoolean();
    int valueWidth = rows.stream().flatMap(r -> r.subList(1, r.size()).stream()).mapToInt(String::length).max().orElse(1);
    int labelWidth = Math.max(header.get(0).length(), rows.stream().mapToInt(r -> r.get(0).length()).max().orElse(0)) * cjk + 2;
    int columnWidth = Math.max(chars * cjk, valueWidth) + 2;
    List<List<String>> names = new ArrayList<>();
    for (String name : header.subList(1, header.size())) {
      List<String> pieces = new ArrayList<>();
      for (int from = 0; from < name.length(); from += chars) {
        pieces.add(name.substring(from, Math.min(name.length(), from + chars)));
      }
      names.add(pieces);
    }
    int headerLines = names.stream().mapToInt(List::size).max().orElse(1);
    for (int l = 0; l < headerLines; l++) {
      StringBuilder b = new StringBuilder(l == 0 ? header.get(0) : "");
      for (int c = 0; c < names.size(); c++) {
        if (l < names.get(c).size()) {
          pad(b, labelWidth + c * columnWidth, cjk).append(names.get(c).get(l));
        }
      }
      lines.add(b.toString());
    }
    lines.add("");
    for (List<String> row : rows) {
      StringBuilder b = new StringBuilder(row.get(0));
      for (int c = 1; c < row.size(); c++) {
        String value = row.get(c) == null ? "" : row.get(c);
        pad(b, labelWidth + (c - 1) * columnWidth + (right ? chars * cjk - value.length() : 0), cjk).append(value);
      }
      lines.add(b.toString());
    }
  }

  /** {@code b} with spaces up to column {@code at}, a CJK character {@code cjk} columns wide. */
  private static StringBuilder pad(StringBuilder b, int at, int cjk) {
    int width = b.codePoints().map(c -> c >= 0x2E80 ? cjk : 1).sum();
    return b.append(" ".repeat(Math.max(1, at - width)));
  }

  /** Cells apart by a run of two to five spaces. */
  private String columns(List<String> cells) {
    StringBuilder b = new StringBuilder();
    for (String c : cells) {
      b.append(b.isEmpty() ? "" : " ".repeat(2 + rnd.nextInt(4))).append(c);
    }
    return b.toString();
  }

  @Override
  public void applications(List<String> lines) {
    List<String> header = applicationsHeader();
    List<TemplateRows.Row> rows = TemplateRows.applications(report.template());
    // Per row its lines, each with the three label columns' pieces: [group, subgroup, label].
    List<List<String[]>> printed = new ArrayList<>();
    for (TemplateRows.Row row : rows) {
      int width = labelWidth + (row.subgroup() == null && row.group() != null ? subgroupWidth : 0)
          + (row.group() == null ? groupWidth + subgroupWidth : 0);
      List<String[]> rowLines = new ArrayList<>();
      String label = noise.print(row.label());
      String body = Ordinals.strip(label);
      if (numbersAt == Numbers.TOP && body.length() < label.length() && noise.chance()) {
        // the label wraps right after its ordinal: the numbers beside the ordinal alone, the body below them
        rowLines.add(new String[] {"", "", label.substring(0, label.length() - body.length())});
        label = body;
      }
      for (String piece : wrap(label, width)) {
        rowLines.add(new String[] {"", "", piece});
      }
      if (numbersAt == Numbers.BELOW) {
        rowLines.add(new String[] {"", "", ""}); // the numbers' own line, which a group label's pieces may share
      }
      printed.add(rowLines);
    }
    for (Label subgroup : List.of(TemplateRows.WITHHELD, TemplateRows.UNAVAILABLE, TemplateRows.NOT_PROCESSED, TemplateRows.OTHER)) {
      spread(printed, rows, r -> subgroup.equals(r.subgroup()), 1, wrap(noise.print(subgroup), subgroupWidth));
    }
    spread(printed, rows, r -> r.group() != null, 0, wrap(noise.print(TemplateRows.RESULTS), groupWidth));
    int pageBreak = noise.chance() ? 1 + rnd.nextInt(rows.size() - 1) : -1;
    lines.addAll(header);
    for (int r = 0; r < rows.size(); r++) {
      if (r == pageBreak) {
        lines.add("");
        lines.add(footer());
        lines.add(ReportDocument.title(report));
        lines.addAll(header);
      }
      TemplateRows.Row row = rows.get(r);
      List<String[]> rowLines = printed.get(r);
      int numbersLine = switch (numbersAt) {
        case TOP -> 0;
        case MIDDLE -> (rowLines.size() - 1) / 2;
        case BELOW -> rowLines.size() - 1;
      };
      for (int l = 0; l < rowLines.size(); l++) {
        String[] p = rowLines.get(l);
        StringBuilder b = new StringBuilder();
        if (row.group() == null) {
          b.append(padded(p[2], groupWidth + subgroupWidth + labelWidth + 2));
        } else if (row.subgroup() == null) {
          b.append(padded(p[0], groupWidth)).append(' ').append(padded(p[2], subgroupWidth + labelWidth + 1));
        } else {
          b.append(padded(p[0], groupWidth)).append(' ').append(padded(p[1], subgroupWidth)).append(' ').append(padded(p[2], labelWidth));
        }
        if (l == numbersLine) {
          b.append(numbers(row.key()));
        }
        lines.add(b.toString().stripTrailing());
      }
    }
  }

  /** The note at the left of the three header lines, the applicant headers to its right. */
  private List<String> applicationsHeader() {
    int left = groupWidth + subgroupWidth + labelWidth + 2;
    List<String> note = wrap(TemplateRows.NOTE, left);
    String kinds = String.join("  ", TemplateRows.APPLICANTS.subList(1, 6));
    List<String> right = List.of(" ".repeat(20) + TemplateRows.APPLICANTS_HEADER,
        TemplateRows.APPLICANTS.get(0) + " ".repeat(12) + TemplateRows.LEGAL_PERSONS + " ".repeat(12) + noise.print(TemplateRows.TOTAL),
        " ".repeat(8) + kinds);
    List<String> header = new ArrayList<>();
    for (int i = 0; i < Math.max(note.size(), right.size()); i++) {
      String r = i < right.size() ? right.get(i) : "";
      header.add((padded(i < note.size() ? note.get(i) : "", left) + "  " + r).stripTrailing());
    }
    return header;
  }

  private String numbers(String key) {
    int[] values = report.applications().get(key);
    StringBuilder b = new StringBuilder();
    for (int c = 0; c < values.length; c++) {
      String cell = noise.cell(key, c, values[c]);
      b.append(" ".repeat(NUMBER_GAP + Math.max(0, 5 - cell.length()))).append(cell);
    }
    return b.toString();
  }

  /** Puts a merged label's pieces in column {@code col} of the middle lines of the rows it spans. */
  private static void spread(List<List<String[]>> printed, List<TemplateRows.Row> rows, Predicate<TemplateRows.Row> spanned,
      int col, List<String> pieces) {
    List<String[]> slots = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      if (spanned.test(rows.get(r))) {
        slots.addAll(printed.get(r));
      }
    }
    int start = Math.max(0, (slots.size() - pieces.size()) / 2);
    for (int i = 0; i < pieces.size() && start + i < slots.size(); i++) {
      slots.get(start + i)[col] = pieces.get(i);
    }
    // A label longer than its rows' lines: the rest on the last line, as text that does not fit runs on.
    for (int i = slots.size() - start; i < pieces.size() && !slots.isEmpty(); i++) {
      String[] last = slots.get(slots.size() - 1);
      last[col] = last[col] + pieces.get(i);
    }
  }

  @Override
  public void reviewLitigation(List<String> lines) {
    List<String> outcomes = TemplateRows.OUTCOMES.stream().map(noise::print).toList();
    lines.add(" ".repeat(12) + TemplateRows.PROCEEDINGS.get(0) + " ".repeat(30) + TemplateRows.LITIGATION);
    String litigations = " ".repeat(10) + noise.print(Label.plain(TemplateRows.PROCEEDINGS.get(1))) + " ".repeat(24)
        + noise.print(Label.plain(TemplateRows.PROCEEDINGS.get(2)));
    if (rnd.nextBoolean()) {
      // The first five headers merge down over two lines: their text wraps into both.
      lines.add(columns(outcomes.stream().map(o -> o.substring(0, Math.min(2, o.length()))).toList()) + litigations);
      lines.add(columns(outcomes.stream().map(o -> o.length() > 2 ? o.substring(2) : "  ").toList()) + "  "
          + String.join("  ", outcomes) + "  " + String.join("  ", outcomes));
    } else {
      lines.add(" ".repeat(40) + litigations);
      lines.add(String.join("  ", outcomes) + "  " + String.join("  ", outcomes) + "  " + String.join("  ", outcomes));
    }
    StringBuilder values = new StringBuilder();
    for (int i = 0; i < report.review().length; i++) {
      String cell = noise.reviewCell(i, report.review()[i]);
      values.append(" ".repeat(NUMBER_GAP + Math.max(0, 5 - cell.length()))).append(cell);
    }
    lines.add(values.toString());
  }

  private String footer() {
    String f = PageFooter.of(rnd, page, page + 2 + rnd.nextInt(5), noise);
    page++;
    return " ".repeat(30) + f;
  }

  /** {@code text} followed by spaces to {@code width} characters of CJK width (two columns each). */
  private static String padded(String text, int width) {
    int columns = text.codePoints().map(c -> c < 0x2E80 ? 1 : 2).sum();
    return text + " ".repeat(Math.max(1, 2 * width - columns));
  }

  private static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < text.length(); i += width) {
      lines.add(text.substring(i, Math.min(text.length(), i + width)));
    }
    return lines;
  }
}
