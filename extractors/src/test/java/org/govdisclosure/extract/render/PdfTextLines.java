package org.govdisclosure.extract.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report as the text of its PDF comes out of a text extractor, line by line in reading order: table labels wrapped
 * over two or three lines with the row's numbers beside the middle (or the first or last) of them, merged group labels printed one
 * character per line between the rows they span ({@code 三、} {@code 本} {@code 年} {@code 度} …), and, at a page
 * break between two rows or inside a wrapped row, the page footer ({@code - 4 -}, {@code — 4 —},
 * {@code 第 4 页 共 9 页}), the running head and the table's header rows printed again.
 */
final class PdfTextLines {

  /** How a row's label wraps around its numbers. */
  enum Style {
    /** Narrow label columns: labels cut every few characters, numbers beside the middle line, group labels interleaved. */
    COLUMNS,
    /**
     * A text export whose lines wrap: a subgroup's label opens its first row's line ({@code （五）不予处理1.信访…}), each
     * line cut once or twice anywhere, the numbers after its first piece ({@code （五）不予处} / values / {@code 理1.信访…})
     * or its last.
     */
    WRAPPED_AROUND
  }

  private static final int PROSE_WIDTH = 28;
  /** A subgroup label's ordinal, as noise prints it ({@code （四）}, {@code (四)}, {@code 四、}). */
  private static final Pattern SUBGROUP_ORDINAL = Pattern.compile("^[（(]?[一二三四五六七八九十]+[）)、．.]?");

  private final GeneratedReport report;
  private final Style style;
  private final LabelNoise noise;
  private final Random rnd;
  /** Characters of a label per printed line in the narrow label columns. */
  private final int labelWidth;
  private final String gap;
  private int page = 1;
  /** The page count a footer may print (第 2 页 共 5 页): the report's, longer than the part printed here. */
  private final int pages;
  /** Whether the subgroups' labels are printed a character a line after their ordinals, as the group's are. */
  private final boolean subgroupCharacters;

  private PdfTextLines(GeneratedReport report, Style style, LabelNoise noise, Random rnd) {
    this.report = report;
    this.style = style;
    this.noise = noise;
    this.rnd = rnd;
    this.labelWidth = 7 + rnd.nextInt(8);
    this.gap = rnd.nextBoolean() ? " " : "  ";
    this.pages = 3 + rnd.nextInt(8);
    this.subgroupCharacters = rnd.nextBoolean();
  }

  static String of(GeneratedReport r, LabelNoise noise, Random rnd) {
    return of(r, Style.COLUMNS, noise, rnd);
  }

  static String of(GeneratedReport r, Style style, LabelNoise noise, Random rnd) {
    return new PdfTextLines(r, style, noise, rnd).print();
  }

  private String print() {
    List<String> lines = new ArrayList<>();
    prose(lines, ReportDocument.title(report));
    for (int s = 0; s < TemplateRows.HEADINGS.size(); s++) {
      lines.add(TemplateRows.HEADINGS.get(s));
      switch (s) {
        case 1 -> proactive(lines);
        case 2 -> applications(lines);
        case 3 -> reviewLitigation(lines);
        default -> prose(lines, "本机关严格按照《中华人民共和国政府信息公开条例》要求，认真做好政府信息公开工作，主动回应社会关切，不断提升政务公开质量。");
      }
    }
    footer(lines);
    return String.join("\n", lines) + "\n";
  }

  private void proactive(List<String> lines) {
    for (TemplateRows.ProactiveTable t : TemplateRows.proactive(report.template())) {
      lines.add(t.caption());
      lines.add(TemplateRows.ITEM_HEADER + gap + String.join(gap, t.headers()));
      for (int i = 0; i < t.items().size(); i++) {
        StringBuilder row = new StringBuilder(noise.print(Label.plain(t.items().get(i))));
        String item = t.itemKeys().get(i);
        t.columns().forEach(c -> row.append(gap).append(report.proactiveCell(item, c)));
        lines.add(row.toString());
      }
    }
    if (report.procurementCount() != null) {
      lines.add(TemplateRows.PROCUREMENT_CAPTION);
      lines.add(TemplateRows.ITEM_HEADER + gap + String.join(gap, TemplateRows.PROCUREMENT_HEADERS));
      lines.add(noise.print(Label.plain(TemplateRows.PROCUREMENT_ITEM)) + gap + report.procurementCount() + gap + report.procurementAmountText());
    }
  }

  private void applications(List<String> lines) {
    List<String> header = applicationsHeader();
    lines.addAll(header);
    List<TemplateRows.Row> rows = TemplateRows.applications(report.template());
    List<List<String>> printed = new ArrayList<>();
    if (style == Style.WRAPPED_AROUND) {
      TemplateRows.Row before = null;
      for (TemplateRows.Row row : rows) {
        if (row.group() != null && (before == null || before.group() == null)) {
          lines.add(noise.print(TemplateRows.RESULTS));
        }
        boolean opensSubgroup = row.subgroup() != null && (before == null || !row.subgroup().equals(before.subgroup()));
        String label = (opensSubgroup ? noise.print(row.subgroup()) : "") + noise.print(row.label());
        lines.addAll(wrappedAround(row.key(), label, report.applications().get(row.key())));
        before = row;
      }
      return;
    }
    for (TemplateRows.Row row : rows) {
      printed.add(row(row.key(), noise.print(row.label()), report.applications().get(row.key())));
    }
    // Subgroup labels first, so that the group's characters spread over them too.
    for (Label subgroup : List.of(TemplateRows.WITHHELD, TemplateRows.UNAVAILABLE, TemplateRows.NOT_PROCESSED, TemplateRows.OTHER)) {
      interleave(printed, rows, r -> subgroup.equals(r.subgroup()), subgroupPieces(noise.print(subgroup)));
    }
    String group = noise.print(TemplateRows.RESULTS);
    List<String> chars = new ArrayList<>();
    int ordinalEnd = group.indexOf('、') + 1;
    chars.add(group.substring(0, ordinalEnd));
    for (char c : group.substring(ordinalEnd).toCharArray()) {
      chars.add(String.valueOf(c));
    }
    interleave(printed, rows, r -> r.group() != null, chars);
    // The page break: between two rows, or inside a row whose label wraps (a row split over two pages).
    List<String> body = new ArrayList<>();
    printed.forEach(body::addAll);
    int pageBreak = rnd.nextInt(3) > 0 ? 1 + rnd.nextInt(body.size() - 1) : -1;
    if (pageBreak > 0 && !noise.chance()) {
      pageBreak = rowStart(printed, pageBreak);
    }
    for (int i = 0; i < body.size(); i++) {
      if (i == pageBreak) {
        pageBreak(lines, header);
      }
      lines.add(body.get(i));
    }
  }

  /**
   * A subgroup's label down its narrow column: three characters a line, or its ordinal and then a character a line
   * ({@code （四）} {@code 无} {@code 法} {@code 提} {@code 供}, a 无 alone on its line no cell marked none).
   */
  private List<String> subgroupPieces(String label) {
    if (!subgroupCharacters) {
      return wrap(label, 3);
    }
    Matcher ordinal = SUBGROUP_ORDINAL.matcher(label);
    int from = ordinal.find() ? ordinal.end() : 0;
    List<String> pieces = new ArrayList<>();
    if (from > 0) {
      pieces.add(label.substring(0, from));
    }
    label.substring(from).codePoints().filter(c -> !Character.isWhitespace(c) && c != '\u3000')
        .forEach(c -> pieces.add(Character.toString(c)));
    return pieces;
  }

  /** The first line of the row whose lines hold line {@code line}, or the next row's where that is the first row. */
  private static int rowStart(List<List<String>> printed, int line) {
    int start = 0;
    for (List<String> row : printed) {
      if (start + row.size() > line) {
        return start > 0 ? start : row.size();
      }
      start += row.size();
    }
    return start;
  }

  private List<String> applicationsHeader() {
    List<String> header = new ArrayList<>(wrap(TemplateRows.NOTE, 16));
    header.add(1, TemplateRows.APPLICANTS_HEADER);
    header.add(TemplateRows.APPLICANTS.get(0) + gap + TemplateRows.LEGAL_PERSONS + gap + noise.print(TemplateRows.TOTAL));
    header.add(String.join(gap, TemplateRows.APPLICANTS.subList(1, 6)));
    return header;
  }

  /**
   * A row: its label wrapped, the numbers beside the middle line or between the two middle lines, or, as a text
   * extractor sorts a cell aligned to its top or bottom, beside the first or the last line.
   */
  private List<String> row(String key, String label, int[] values) {
    List<String> labelLines = wrap(label, labelWidth);
    StringBuilder numbers = new StringBuilder();
    for (int c = 0; c < values.length; c++) {
      numbers.append(numbers.isEmpty() ? "" : gap).append(noise.cell(key, c, values[c]));
    }
    List<String> lines = new ArrayList<>(labelLines);
    int middle = labelLines.size() / 2;
    if (labelLines.size() > 1 && noise.chance()) {
      int beside = rnd.nextBoolean() ? 0 : labelLines.size() - 1;
      lines.set(beside, lines.get(beside) + gap + numbers);
    } else if (labelLines.size() % 2 == 1) {
      lines.set(middle, lines.get(middle) + gap + numbers);
    } else {
      lines.add(middle, numbers.toString());
    }
    return lines;
  }

  /** A row's line cut once or twice at random, its numbers after the first piece or the last. */
  private List<String> wrappedAround(String key, String label, int[] values) {
    StringBuilder numbers = new StringBuilder();
    for (int c = 0; c < values.length; c++) {
      numbers.append(gap).append(noise.cell(key, c, values[c]));
    }
    List<String> lines = new ArrayList<>();
    int from = 0;
    for (int cuts = label.length() < 6 ? 0 : 1 + rnd.nextInt(2); cuts > 0 && label.length() - from > 3; cuts--) {
      int cut = from + 2 + rnd.nextInt(label.length() - from - 3);
      lines.add(label.substring(from, cut));
      from = cut;
    }
    lines.add(label.substring(from));
    int beside = rnd.nextBoolean() ? 0 : lines.size() - 1;
    lines.set(beside, lines.get(beside) + numbers);
    return lines;
  }

  /** Spreads a merged label's pieces evenly between the lines of the rows it spans. */
  private static void interleave(List<List<String>> printed, List<TemplateRows.Row> rows,
      java.util.function.Predicate<TemplateRows.Row> spanned, List<String> pieces) {
    List<int[]> slots = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      if (spanned.test(rows.get(r))) {
        for (int l = 0; l <= printed.get(r).size(); l++) {
          slots.add(new int[] {r, l});
        }
      }
    }
    if (slots.isEmpty()) {
      return;
    }
    for (int i = pieces.size() - 1; i >= 0; i--) {
      int[] slot = slots.get((int) ((i + 0.5) * slots.size() / pieces.size()));
      printed.get(slot[0]).add(Math.min(slot[1], printed.get(slot[0]).size()), pieces.get(i));
    }
  }

  private void reviewLitigation(List<String> lines) {
    lines.add(TemplateRows.PROCEEDINGS.get(0) + gap + TemplateRows.LITIGATION);
    List<String> outcomes = TemplateRows.OUTCOMES.stream().map(noise::print).toList();
    lines.add(String.join(gap, outcomes) + gap + noise.print(Label.plain(TemplateRows.PROCEEDINGS.get(1))) + gap
        + noise.print(Label.plain(TemplateRows.PROCEEDINGS.get(2))));
    lines.add(String.join(gap, outcomes) + gap + String.join(gap, outcomes));
    StringBuilder values = new StringBuilder();
    for (int i = 0; i < report.review().length; i++) {
      values.append(values.isEmpty() ? "" : gap).append(noise.reviewCell(i, report.review()[i]));
    }
    lines.add(values.toString());
  }

  private void pageBreak(List<String> lines, List<String> header) {
    footer(lines);
    lines.add(ReportDocument.title(report));
    lines.addAll(header);
  }

  private void footer(List<String> lines) {
    lines.add(PageFooter.of(rnd, page, pages, noise));
    page++;
  }

  private static void prose(List<String> lines, String text) {
    lines.addAll(wrap(text, PROSE_WIDTH));
  }

  /** The text cut into lines of {@code width} characters, as a narrow column wraps it. */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < text.length(); i += width) {
      lines.add(text.substring(i, Math.min(text.length(), i + width)));
    }
    return lines;
  }
}
