package org.govdisclosure.extract.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Section 四 as a page layout prints it in three small tables, one a proceeding: each under a caption naming it
 * ({@code 表2 行政诉讼（未经复议直接起诉）}), with a header of a converter's generic names ({@code 类别 数据1 … 合计}) and
 * one row of counts ({@code 件数}), a page break (footer, running title) maybe between two of them.
 */
final class CaptionedReviewTables {

  private static final List<String> TITLES = List.of(TemplateRows.PROCEEDINGS.get(0),
      TemplateRows.LITIGATION + "（" + TemplateRows.PROCEEDINGS.get(1) + "）", TemplateRows.LITIGATION + "（" + TemplateRows.PROCEEDINGS.get(2) + "）");
  private static final String HEADER = "类别   数据1   数据2   数据3   数据4   合计";

  private CaptionedReviewTables() {}

  /**
   * {@code text} with the lines under section 四's heading replaced by the three tables, whose cells are printed as the
   * text printed them ({@link LabelNoise#reviewCellAgain}).
   */
  static String replacing(String text, GeneratedReport r, LabelNoise noise, Random rnd) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int from = lines.indexOf(TemplateRows.HEADINGS.get(3));
    int to = lines.indexOf(TemplateRows.HEADINGS.get(4));
    if (from < 0 || to <= from) {
      throw new IllegalStateException("no section 四 in the text");
    }
    int pageBreak = rnd.nextInt(TITLES.size()); // before this table (none before the first)
    List<String> tables = new ArrayList<>();
    for (int p = 0; p < TITLES.size(); p++) {
      if (p > 0 && p == pageBreak) {
        tables.addAll(List.of("", PageFooter.of(rnd, 4, 6, noise), "", ReportDocument.title(r)));
      }
      tables.add("表" + (p + 1) + " " + TITLES.get(p));
      tables.add(HEADER);
      StringBuilder row = new StringBuilder("件数");
      for (int o = 0; o < 5; o++) {
        int i = p * 5 + o;
        String cell = noise.reviewCellAgain(i, r.review()[i]);
        row.append("   ").append(cell).append(" ".repeat(Math.max(0, 4 - cell.length())));
      }
      tables.add(row.toString().stripTrailing());
    }
    tables.add("");
    lines.subList(from + 1, to).clear();
    lines.addAll(from + 1, tables);
    return String.join("\n", lines);
  }
}
