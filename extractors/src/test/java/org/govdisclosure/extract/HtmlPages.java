package org.govdisclosure.extract;

import java.util.List;
import java.util.Random;
import org.govdisclosure.extract.fixtures.WordGrid;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Document;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;
import org.govdisclosure.extract.value.CellKind;
import org.jsoup.nodes.Entities;

/** Renders a document as the HTML page a government CMS would publish, for tests of the HTML path. */
public final class HtmlPages {

  private HtmlPages() {}

  /** A page as a CMS would publish it: a declared charset, navigation, the report in an article container. */
  public static String of(Document doc) {
    return page(doc, false);
  }

  /**
   * The same page with the tables merged as the official template merges them (via {@link WordGrid}): group labels
   * over their rows ({@code rowspan}), headers over their columns ({@code colspan}), no placeholder cells.
   */
  public static String withMergedCells(Document doc) {
    return page(doc, true);
  }

  /**
   * The page as an online document preview lays it out: each table a run of {@code display:flex} or
   * {@code display:table-row} divs (the style in a class rule or inline), a div or paragraph per cell, blank cells
   * empty.
   */
  public static String withCssRows(Document doc, Random rnd) {
    boolean flex = rnd.nextBoolean();
    String rowStyle = flex ? "display:flex" : "display:table-row";
    boolean inline = rnd.nextBoolean();
    StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"gbk\"><style>.r{" + rowStyle
        + "}.c{flex:1;border:1px solid #000}</style></head><body><div class=\"article\">");
    for (Block block : doc.blocks()) {
      if (block instanceof Paragraph p) {
        b.append("<p>").append(Entities.escape(p.raw())).append("</p>\n");
      } else if (block instanceof Table t) {
        b.append(flex ? "<div>" : "<div style=\"display:table\">");
        for (Row row : t.rows()) {
          b.append(inline ? "<section style=\"" + rowStyle + "\">" : "<div class=\"r\">");
          for (Cell c : row.cells()) {
            b.append(flex && rnd.nextBoolean() ? "<div class=\"c\"><p>" : "<div class=\"c\" style=\"display:table-cell\"><p>")
                .append(Entities.escape(c.raw()).replace("\n", "<br>")).append("</p></div>");
          }
          b.append(inline ? "</section>" : "</div>");
        }
        b.append("</div>\n");
      }
    }
    return b.append("</div></body></html>").toString();
  }

  /**
   * The page as a site builder lays its tables out without table markup: each table a {@code display:grid} of as many
   * columns as its widest row, its cells divs flowing into the grid, a merged cell spanning its columns and rows
   * ({@code grid-column:span 3;grid-row:span 8}) and the cells it covers left out; or a div per row whose cells float
   * left, a merged cell as wide as its columns, one spanning rows printed in its first row and empty divs below it.
   */
  public static String withCssGrid(Document doc, Random rnd) {
    boolean grid = rnd.nextBoolean();
    StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"gbk\"><style>.c{border:1px solid #000}"
        + ".r{overflow:hidden}</style></head><body><div class=\"article\">");
    for (Block block : doc.blocks()) {
      if (block instanceof Paragraph p) {
        b.append("<p>").append(Entities.escape(p.raw())).append("</p>\n");
      } else if (block instanceof Table t) {
        List<List<WordGrid.Placed>> rows = WordGrid.of(t);
        int width = rows.stream().mapToInt(r -> r.stream().mapToInt(q -> q.col() + q.span()).max().orElse(0)).max().orElse(1);
        b.append(grid ? "<div style=\"display:grid;grid-template-columns:repeat(" + width + ",1fr)\">" : "<div>");
        for (int r = 0; r < rows.size(); r++) {
          b.append(grid ? "" : "<div class=\"r\">");
          for (WordGrid.Placed q : rows.get(r)) {
            if (grid && q.merge() == WordGrid.Merge.CONTINUE) {
              continue;
            }
            int down = WordGrid.rowsDown(rows, r, q);
            String style = grid ? (q.span() > 1 ? "grid-column:span " + q.span() + ";" : "") + (down > 1 ? "grid-row:span " + down : "")
                : "float:left;width:" + (100 * q.span() / width) + "%";
            String text = q.merge() == WordGrid.Merge.CONTINUE ? "" : q.text();
            b.append("<div class=\"c\"").append(style.isEmpty() ? "" : " style=\"" + style + "\"").append('>')
                .append(Entities.escape(text).replace("\n", "<br>")).append("</div>");
          }
          b.append(grid ? "" : "</div>");
        }
        b.append("</div>\n");
      }
    }
    return b.append("</div></body></html>").toString();
  }

  /**
   * The page as a PDF-to-HTML converter may write it: every text run a div placed by {@code left}/{@code top}
   * (inline or in class rules; 16px text), a converter's page box per table, and each table's runs written column by
   * column, not in reading order.
   */
  public static String placedColumnByColumn(Document doc, Random rnd) {
    boolean classes = rnd.nextBoolean();
    StringBuilder css = new StringBuilder(".pc{position:relative;width:900px;height:1200px}");
    StringBuilder b = new StringBuilder("<div class=\"pc\">");
    int top = 40;
    for (Block block : doc.blocks()) {
      if (block instanceof Paragraph p) {
        placed(b, css, classes, 40, top, p.raw().replace("\n", ""));
        top += 24;
      } else if (block instanceof Table t) {
        b.append("</div><div class=\"pc\">");
        int columns = t.rows().stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        int left = 40;
        for (int c = 0; c < columns; c++) {
          int width = 0;
          for (int r = 0; r < t.rows().size(); r++) {
            List<Cell> cells = t.rows().get(r).cells();
            int at = cellAt(cells, c, columns);
            if (at >= 0 && !cells.get(at).isBlank() && !cells.get(at).spanned()) {
              String text = cells.get(at).raw().replace("\n", "");
              placed(b, css, classes, left, 40 + 24 * r, text);
              width = Math.max(width, text.codePoints().map(ch -> ch < 0x80 ? 9 : 16).sum());
            }
          }
          left += width + 12;
        }
        b.append("</div><div class=\"pc\">");
        top = 40;
      }
    }
    return "<!DOCTYPE html><html><head><meta charset=\"gbk\"><style>" + css + "</style></head><body>" + b + "</div></body></html>";
  }

  /**
   * The index of the row's cell standing in page column {@code column} of a table {@code columns} wide, or -1: a row with
   * fewer label cells than others (no group label) has its labels from the left and its values (figures, marks and
   * blanks after the last label) under the table's last columns, as the page it was converted from ruled them.
   */
  private static int cellAt(List<Cell> cells, int column, int columns) {
    int values = cells.size();
    while (values > 0 && (cells.get(values - 1).isBlank() || CellKind.of(cells.get(values - 1).text()) == CellKind.NUMBER
        || CellKind.of(cells.get(values - 1).text()) == CellKind.MARKER)) {
      values--;
    }
    int shift = columns - cells.size();
    return column < values ? column : column - shift >= values && column - shift < cells.size() ? column - shift : -1;
  }

  private static void placed(StringBuilder b, StringBuilder css, boolean classes, int left, int top, String text) {
    if (classes) {
      String name = "p" + left + "_" + top;
      css.append('.').append(name).append("{position:absolute;left:").append(left).append("px;top:").append(top).append("px}");
      b.append("<div class=\"t ").append(name).append("\">");
    } else {
      b.append("<div style=\"position:absolute;left:").append(left).append("px;top:").append(top).append("px\">");
    }
    b.append(Entities.escape(text)).append("</div>\n");
  }

  private static String page(Document doc, boolean merged) {
    StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"gbk\"><title>年报</title></head><body>");
    b.append("<div class=\"nav\"><a href=\"/\">首页</a> &gt; 政府信息公开</div><div class=\"article\">");
    for (Block block : doc.blocks()) {
      if (block instanceof Paragraph p) {
        b.append("<p>").append(Entities.escape(p.raw())).append("</p>\n");
      } else if (block instanceof Table t) {
        table(b, t, merged);
      }
    }
    return b.append("</div><script>var x = '三、收到和处理政府信息公开申请情况';</script></body></html>").toString();
  }

  /** The table as the official template merges it, as a markdown converter keeps a table with merged cells. */
  public static String mergedTable(Table t) {
    StringBuilder b = new StringBuilder();
    table(b, t, true);
    return b.toString();
  }

  private static void table(StringBuilder b, Table t, boolean merged) {
    b.append("<table border=\"1\">");
    if (merged) {
      mergedRows(b, WordGrid.of(t));
    } else {
      for (Row row : t.rows()) {
        b.append("<tr>");
        row.cells().forEach(c -> cell(b, c.raw(), ""));
        b.append("</tr>");
      }
    }
    b.append("</table>\n");
  }

  private static void mergedRows(StringBuilder b, List<List<WordGrid.Placed>> rows) {
    for (int r = 0; r < rows.size(); r++) {
      b.append("<tr>");
      for (WordGrid.Placed p : rows.get(r)) {
        if (p.merge() == WordGrid.Merge.CONTINUE) {
          continue;
        }
        int down = WordGrid.rowsCovered(rows, r, p);
        cell(b, p.text(), (p.span() > 1 ? " colspan=\"" + p.span() + "\"" : "") + (down > 1 ? " rowspan=\"" + down + "\"" : ""));
      }
      b.append("</tr>");
    }
  }

  /**
   * The page as a site's rich-text editor (UEditor, KindEditor, TRS) publishes it: the article inside the site's
   * template (navigation, breadcrumbs, a footer with its record numbers, scripts), the tables merged as the template
   * merges them, without {@code <tbody>}, header cells as {@code <th>}, blank cells written as the editors leave them
   * (empty, {@code &nbsp;}, {@code <br/>}, a zero-width space), counts now and then in styled spans, and an editor's
   * stray empty cell at the end of one value row in four.
   */
  public static String cmsEditor(Document doc, Random rnd) {
    StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>年报_政府信息公开</title>"
        + "<script src=\"/js/jquery.min.js\"></script></head><body><div class=\"top\">今天是：<script>document.write(new Date())</script></div>"
        + "<div class=\"nav\"><ul><li><a href=\"/\">首页</a></li><li><a href=\"/zwgk/\">政务公开</a></li></ul></div>"
        + "<div class=\"position\">当前位置：<a href=\"/\">首页</a> &gt; 政府信息公开年报</div>"
        + "<div class=\"info\">浏览次数：<span id=\"hits\">1024</span></div><div class=\"TRS_Editor\"><div class=\"Custom_UnionStyle\">");
    for (Block block : doc.blocks()) {
      if (block instanceof Paragraph p) {
        b.append("<p style=\"text-indent:2em;\">").append(Entities.escape(p.raw())).append("</p>\n");
      } else if (block instanceof Table t) {
        editorTable(b, WordGrid.of(t), rnd);
      }
    }
    return b.append("</div></div><div class=\"footer\"><p>网站标识码：3301120001　浙ICP备12345678号-1　浙公网安备 33011202000123号</p>"
        + "<p>联系电话：0571-88886666</p></div><script>$(function(){ $('#hits').text(1025); });</script></body></html>").toString();
  }

  private static final String[] EDITOR_BLANKS = {"", "&nbsp;", "<br/>", "\u200b"};

  private static void editorTable(StringBuilder b, List<List<WordGrid.Placed>> rows, Random rnd) {
    b.append("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"0\" style=\"border-collapse:collapse;\">");
    boolean header = true;
    for (int r = 0; r < rows.size(); r++) {
      boolean values = rows.get(r).stream().anyMatch(p -> !p.text().isBlank() && p.text().chars().allMatch(Character::isDigit));
      header &= !values;
      b.append("<tr>");
      for (WordGrid.Placed p : rows.get(r)) {
        if (p.merge() == WordGrid.Merge.CONTINUE) {
          continue;
        }
        int down = WordGrid.rowsCovered(rows, r, p);
        String tag = header ? "th" : "td";
        b.append('<').append(tag).append(p.span() > 1 ? " colspan=\"" + p.span() + "\"" : "").append(down > 1 ? " rowspan=\"" + down + "\"" : "")
            .append(" style=\"word-break:break-all;\">");
        if (p.text().isBlank()) {
          b.append(EDITOR_BLANKS[rnd.nextInt(EDITOR_BLANKS.length)]);
        } else if (rnd.nextInt(3) == 0) {
          b.append("<span style=\"font-family:仿宋_GB2312;font-size:16px\">").append(Entities.escape(p.text()).replace("\n", "<br/>")).append("</span>");
        } else {
          b.append(Entities.escape(p.text()).replace("\n", "<br/>"));
        }
        b.append("</").append(tag).append('>');
      }
      if (values && rnd.nextInt(4) == 0) {
        b.append("<td>").append(EDITOR_BLANKS[rnd.nextInt(EDITOR_BLANKS.length)]).append("</td>");
      }
      b.append("</tr>");
    }
    b.append("</table>\n");
  }

  /**
   * The page as editors and converters write cells in blocks: each cell's text in paragraphs or divs (Word's
   * {@code <p class=MsoNormal>}, a div around a paragraph, spans styled {@code display:block} by a class rule), a label
   * broken over two blocks (its words only: no figure is), a count in inline pieces ({@code <span>1</span><span>2</span>} shows 12), an empty paragraph
   * after it, blank cells as an empty paragraph or a div holding a line break. A browser shows every count as printed.
   */
  public static String withBlockCells(Document doc, Random rnd) {
    StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"gbk\"><title>年报</title>"
        + "<style>.line{display:block;text-align:center}.MsoNormal{margin:0}</style></head><body><div class=\"article\">");
    for (Block block : doc.blocks()) {
      if (block instanceof Paragraph p) {
        b.append("<p>").append(Entities.escape(p.raw())).append("</p>\n");
      } else if (block instanceof Table t) {
        List<List<WordGrid.Placed>> rows = WordGrid.of(t);
        b.append("<table border=\"1\">");
        for (int r = 0; r < rows.size(); r++) {
          b.append("<tr>");
          for (WordGrid.Placed p : rows.get(r)) {
            if (p.merge() == WordGrid.Merge.CONTINUE) {
              continue;
            }
            int down = WordGrid.rowsCovered(rows, r, p);
            b.append("<td").append(p.span() > 1 ? " colspan=\"" + p.span() + "\"" : "").append(down > 1 ? " rowspan=\"" + down + "\"" : "")
                .append('>');
            blockCell(b, p.text(), rnd);
            b.append("</td>");
          }
          b.append("</tr>");
        }
        b.append("</table>\n");
      }
    }
    return b.append("</div></body></html>").toString();
  }

  private static final String[] BLOCK_BLANKS = {"<p>&nbsp;</p>", "<p class=MsoNormal><o:p>&nbsp;</o:p></p>", "<div><br></div>", "<p></p>"};

  /** A cell's text in blocks, a block per line of its text; see {@link #withBlockCells}. */
  private static void blockCell(StringBuilder b, String text, Random rnd) {
    if (text.isBlank()) {
      b.append(BLOCK_BLANKS[rnd.nextInt(BLOCK_BLANKS.length)]);
      return;
    }
    boolean count = text.chars().allMatch(Character::isDigit);
    for (String line : text.split("\n")) {
      if (count && line.length() > 1 && rnd.nextBoolean()) {
        int at = 1 + rnd.nextInt(line.length() - 1);
        b.append("<p class=MsoNormal><span>").append(line, 0, at).append("</span><b>").append(line.substring(at))
            .append("</b><o:p></o:p></p>");
      } else if (line.chars().noneMatch(Character::isDigit) && line.length() > 3 && rnd.nextInt(3) == 0) {
        int at = 2 + rnd.nextInt(line.length() - 3);
        b.append("<div>").append(Entities.escape(line.substring(0, at))).append("</div><div>").append(Entities.escape(line.substring(at)))
            .append("</div>");
      } else {
        switch (rnd.nextInt(4)) {
          case 0 -> b.append("<p>").append(Entities.escape(line)).append("</p>");
          case 1 -> b.append("<div><p class=MsoNormal><span>").append(Entities.escape(line)).append("</span></p></div>");
          case 2 -> b.append("<span class=line>").append(Entities.escape(line)).append("</span>");
          default -> b.append("<p>").append(Entities.escape(line)).append("</p><p>&nbsp;</p>");
        }
      }
    }
  }

  private static void cell(StringBuilder b, String raw, String attributes) {
    b.append("<td").append(attributes).append('>')
        .append(raw.isBlank() ? "&nbsp;" : Entities.escape(raw).replace("\n", "<br>")).append("</td>");
  }
}
