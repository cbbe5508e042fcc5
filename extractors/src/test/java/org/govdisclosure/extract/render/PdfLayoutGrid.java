package org.govdisclosure.extract.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A report's PDF as pdftotext {@code -layout} prints it where its counts of none are blank: each character one column, a
 * CJK one too, and each piece of text one column right of the furthest piece left of it, so that on a page the header
 * words and the figures of a column start on one character column, whatever the labels. A blank cell is a gap only. A
 * figure pdftotext took for a word of its label's line stands one space after the label. At a page break inside
 * section 三 the next page lays its columns out anew (other starts), with the header printed again or not.
 */
final class PdfLayoutGrid implements TemplateRows.SectionLines {

  private final GeneratedReport report;
  private final LabelNoise noise;
  private final Random rnd;
  private final int labelWidth;
  private int page = 1;

  private PdfLayoutGrid(GeneratedReport report, LabelNoise noise, Random rnd) {
    this.report = report;
    this.noise = noise;
    this.rnd = rnd;
    this.labelWidth = 7 + rnd.nextInt(6);
  }

  static String of(GeneratedReport r, LabelNoise noise, Random rnd) {
    return new PdfLayoutGrid(r, noise, rnd).print();
  }

  private String print() {
    List<String> lines = TemplateRows.lineByLine(ReportDocument.title(report),
        "本机关严格按照《中华人民共和国政府信息公开条例》要求，认真做好政府信息公开工作。", this);
    return String.join("\n", lines) + "\n";
  }

  /** Section 二's tables, every cell printed, apart by two to five spaces. */
  @Override
  public void proactive(List<String> lines) {
    for (TemplateRows.ProactiveTable t : TemplateRows.proactive(report.template())) {
      lines.add(t.caption());
      lines.add(spaced(t.headerRow()));
      for (int i = 0; i < t.items().size(); i++) {
        lines.add(spaced(t.row(i, report, noise)));
      }
    }
    if (report.procurementCount() != null) {
      lines.add(TemplateRows.PROCUREMENT_CAPTION);
      lines.add(spaced(TemplateRows.procurementHeaderRow()));
      lines.add(spaced(TemplateRows.procurementRow(report, noise)));
    }
  }

  private String spaced(List<String> cells) {
    StringBuilder b = new StringBuilder();
    for (String c : cells) {
      b.append(b.isEmpty() ? "" : " ".repeat(2 + rnd.nextInt(4))).append(c);
    }
    return b.toString();
  }

  /** Column starts from {@code from}, each column as wide as its widest text and two to five spaces apart. */
  private int[] starts(int from, int[] widths) {
    int[] starts = new int[widths.length];
    int at = from;
    for (int c = 0; c < widths.length; c++) {
      starts[c] = at;
      at += Math.max(widths[c], 3) + 2 + rnd.nextInt(4);
    }
    return starts;
  }

  @Override
  public void applications(List<String> lines) {
    List<TemplateRows.Row> rows = TemplateRows.applications(report.template());
    int[] columns = applicantColumns();
    int pageBreak = noise.chance() ? 3 + rnd.nextInt(rows.size() - 4) : -1;
    header(lines, columns);
    boolean grouped = false;
    Label subgroup = null;
    for (int r = 0; r < rows.size(); r++) {
      if (r == pageBreak) {
        lines.add("");
        lines.add(" ".repeat(30) + PageFooter.of(rnd, page, page + 3, noise));
        page++;
        columns = applicantColumns();
        lines.add("\f" + (rnd.nextBoolean() ? "" : ReportDocument.title(report)));
        if (rnd.nextBoolean()) {
          header(lines, columns);
        }
      }
      TemplateRows.Row row = rows.get(r);
      // The merged labels' words on the first row they span only, as a layout text prints a cell's top.
      String left = row.group() != null && !grouped ? noise.print(TemplateRows.RESULTS) + " " : "";
      grouped |= row.group() != null;
      left += row.subgroup() != null && !row.subgroup().equals(subgroup) ? noise.print(row.subgroup()) + " " : "";
      subgroup = row.subgroup();
      List<String> label = wrap(noise.print(row.label()), labelWidth);
      lines.add(figures(left + label.get(0), row.key(), columns));
      label.subList(1, label.size()).forEach(l -> lines.add("    " + l));
      lines.add("");
    }
  }

  /** The line of a row: its label, then each figure at its column, or one space after the label where set to it. */
  private String figures(String label, String key, int[] columns) {
    int[] values = report.applications().get(key);
    StringBuilder b = new StringBuilder(label);
    boolean setToLabel = label.length() + 1 < columns[0] && noise.chance() && rnd.nextInt(4) == 0;
    for (int c = 0; c < values.length; c++) {
      String cell = noise.cell(key, c, values[c]);
      if (cell.isEmpty()) {
        continue;
      }
      if (c == 0 && setToLabel) {
        b.append(' ');
      } else {
        b.append(" ".repeat(Math.max(1, columns[c] - b.length())));
      }
      b.append(cell);
    }
    return b.toString();
  }

  /**
   * Section 三's columns on a page: right of the labels, each as wide as its header's words wrapped to three characters
   * or its widest figure, apart by two to five spaces.
   */
  private int[] applicantColumns() {
    int widest = report.applications().values().stream().flatMapToInt(Arrays::stream).map(v -> String.valueOf(v).length()).max().orElse(1);
    int[] widths = new int[7];
    Arrays.fill(widths, Math.max(4, widest));
    return starts(labelWidth + 20 + rnd.nextInt(4), widths); // right of the widest group, subgroup and label
  }

  /** The applicants' header over the columns: 申请人情况, then 自然人 / 法人或其他组织 / 总计, then the kinds wrapped. */
  private void header(List<String> lines, int[] columns) {
    List<String> note = wrap(TemplateRows.NOTE, columns[0] - 2);
    List<StringBuilder> out = new ArrayList<>();
    for (int l = 0; l < 5; l++) {
      out.add(new StringBuilder(l < note.size() ? note.get(l) : ""));
    }
    at(out.get(0), columns[0], TemplateRows.APPLICANTS_HEADER);
    at(out.get(1), columns[0], TemplateRows.APPLICANTS.get(0));
    at(out.get(1), columns[1], TemplateRows.LEGAL_PERSONS);
    at(out.get(1), columns[6], TemplateRows.TOTAL);
    for (int k = 1; k < 6; k++) {
      List<String> pieces = wrap(TemplateRows.APPLICANTS.get(k), 3);
      for (int p = 0; p < pieces.size(); p++) {
        at(out.get(2 + p), columns[k], pieces.get(p));
      }
    }
    out.forEach(b -> lines.add(b.toString().stripTrailing()));
    lines.add("");
  }

  private static void at(StringBuilder b, int column, String text) {
    b.append(" ".repeat(Math.max(1, column - b.length()))).append(text);
  }

  /** Section 四: the proceedings over their outcomes (each wrapped to three characters), then the line of figures. */
  @Override
  public void reviewLitigation(List<String> lines) {
    int[] widths = new int[15];
    Arrays.fill(widths, 3);
    int[] columns = starts(0, widths);
    StringBuilder top = new StringBuilder();
    StringBuilder proceedings = new StringBuilder();
    at(top, columns[0], TemplateRows.PROCEEDINGS.get(0));
    at(top, columns[5], TemplateRows.LITIGATION);
    at(proceedings, columns[5], TemplateRows.PROCEEDINGS.get(1));
    at(proceedings, columns[10], TemplateRows.PROCEEDINGS.get(2));
    StringBuilder first = new StringBuilder();
    StringBuilder second = new StringBuilder();
    for (int i = 0; i < 15; i++) {
      List<String> pieces = wrap(noise.print(Label.plain(TemplateRows.OUTCOMES.get(i % 5))), 3);
      at(first, columns[i], pieces.get(0));
      if (pieces.size() > 1) {
        at(second, columns[i], pieces.get(1));
      }
    }
    StringBuilder values = new StringBuilder();
    for (int i = 0; i < 15; i++) {
      String cell = noise.reviewCell(i, report.review()[i]);
      if (!cell.isEmpty()) {
        at(values, columns[i], cell);
      }
    }
    List.of(top, proceedings, first, second, values).forEach(b -> lines.add(b.toString().stripTrailing()));
  }

  private static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < text.length(); i += width) {
      lines.add(text.substring(i, Math.min(text.length(), i + width)));
    }
    return lines;
  }
}
