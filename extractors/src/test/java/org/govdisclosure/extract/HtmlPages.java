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
            if (c < cells.size() && !cells.get(c).isBlank() && !cells.get(c).spanned()) {
              String text = cells.get(c).raw().replace("\n", "");
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

  private static void cell(StringBuilder b, String raw, String attributes) {
    b.append("<td").append(attributes).append('>')
        .append(raw.isBlank() ? "&nbsp;" : Entities.escape(raw).replace("\n", "<br>")).append("</td>");
  }
}
