package org.govdisclosure.extract.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A report as a generic PDF-to-markdown converter writes it: headings as {@code ##}/{@code ###}, section 二 as small
 * pipe tables, section 三 as one small table per row under the heading of its group, with generic column headers
 * ({@code 类别 | 数据1 | … | 数据6 | 总计}), and section 四 as three small tables, one per proceeding. Converters
 * stumble now and then: a table's {@code |---|} line is left out, put after the data row or given too few cells, a
 * long header line is wrapped.
 */
final class PdfMarkdown {

  private static final String FILLER = "本机关认真贯彻落实政府信息公开条例，持续推进政务公开工作。";

  private final LabelNoise noise;
  private final Random rnd;
  /** Whether two figures of some rows of section 三 are printed in one cell. */
  private final boolean mergesCells;

  private PdfMarkdown(LabelNoise noise, Random rnd, boolean mergesCells) {
    this.noise = noise;
    this.rnd = rnd;
    this.mergesCells = mergesCells;
  }

  static String of(GeneratedReport r, LabelNoise noise, Random rnd) {
    return new PdfMarkdown(noise, rnd, false).print(r);
  }

  /** The same, a converter having merged two figures of some rows into one cell ({@code | 9 67 |}). */
  static String withMergedCells(GeneratedReport r, LabelNoise noise, Random rnd) {
    return new PdfMarkdown(noise, rnd, true).print(r);
  }

  private String print(GeneratedReport r) {
    StringBuilder b = new StringBuilder("# ").append(ReportDocument.title(r)).append("\n\n");
    for (int s = 0; s < TemplateRows.HEADINGS.size(); s++) {
      b.append("## ").append(TemplateRows.HEADINGS.get(s)).append("\n\n");
      switch (s) {
        case 1 -> proactive(b, r);
        case 2 -> applications(b, r);
        case 3 -> reviewLitigation(b, r);
        default -> b.append(FILLER).append("\n\n");
      }
    }
    return b.toString();
  }

  private void proactive(StringBuilder b, GeneratedReport r) {
    for (TemplateRows.ProactiveTable t : TemplateRows.proactive(r.template())) {
      b.append("### ").append(t.caption()).append("\n\n");
      table(b, t.headerRow(), t.rows(r, noise));
    }
    if (r.procurementCount() != null) {
      b.append("### ").append(TemplateRows.PROCUREMENT_CAPTION).append("\n\n");
      table(b, TemplateRows.procurementHeaderRow(), List.of(TemplateRows.procurementRow(r, noise)));
    }
  }

  private void applications(StringBuilder b, GeneratedReport r) {
    List<String> header = new ArrayList<>(List.of("类别"));
    for (int i = 1; i <= 6; i++) {
      header.add("数据" + i);
    }
    header.add(noise.print(TemplateRows.TOTAL));
    for (TemplateRows.Row row : TemplateRows.applications(r.template())) {
      Label heading = row.subgroup() != null ? row.subgroup() : row.group();
      b.append("### ").append(heading == null ? TemplateRows.APPLICANTS_HEADER : noise.print(heading)).append("\n\n");
      List<String> cells = new ArrayList<>(List.of(noise.print(row.label())));
      int[] values = r.applications().get(row.key());
      for (int c = 0; c < values.length; c++) {
        cells.add(noise.cell(row.key(), c, values[c]));
      }
      int merged = mergesCells && rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(values.length - 1) : -1;
      if (merged > 0 && isFigure(cells.get(merged)) && isFigure(cells.get(merged + 1))) {
        cells.set(merged, cells.get(merged) + " " + cells.remove(merged + 1));
      }
      table(b, header, List.of(cells));
    }
  }

  private static boolean isFigure(String cell) {
    return !cell.isEmpty() && cell.chars().allMatch(Character::isDigit);
  }

  private void reviewLitigation(StringBuilder b, GeneratedReport r) {
    for (int p = 0; p < 3; p++) {
      String proceeding = noise.print(Label.plain(TemplateRows.PROCEEDINGS.get(p)));
      b.append("### ").append(p == 0 ? proceeding : TemplateRows.LITIGATION + "（" + proceeding + "）").append("\n\n");
      List<String> values = new ArrayList<>();
      for (int o = 0; o < 5; o++) {
        values.add(noise.reviewCell(p * 5 + o, r.review()[p * 5 + o]));
      }
      table(b, TemplateRows.OUTCOMES.stream().map(noise::print).toList(), List.of(values));
    }
  }

  private void table(StringBuilder b, List<String> header, List<List<String>> rows) {
    List<String> rule = header.stream().map(h -> "---").toList();
    // How a converter misplaced the rule line: 0 left out, 1 too few cells, 2 after the data rows; -1 in place.
    int misplaced = noise.chance() ? rnd.nextInt(3) : -1;
    headerLine(b, header);
    if (misplaced == -1) {
      line(b, rule);
    } else if (misplaced == 1) {
      line(b, rule.subList(0, 1 + rnd.nextInt(rule.size())));
    }
    rows.forEach(row -> line(b, row));
    if (misplaced == 2) {
      line(b, rule);
    }
    b.append('\n');
  }

  /** A header line, wrapped at a cell boundary now and then as a converter does with long lines. */
  private void headerLine(StringBuilder b, List<String> header) {
    if (header.size() > 3 && noise.chance()) {
      int at = 2 + rnd.nextInt(header.size() - 2);
      b.append("| ").append(String.join(" | ", header.subList(0, at))).append('\n');
      line(b, header.subList(at, header.size()));
    } else {
      line(b, header);
    }
  }

  private static void line(StringBuilder b, List<String> cells) {
    b.append("| ").append(String.join(" | ", cells)).append(" |\n");
  }
}
