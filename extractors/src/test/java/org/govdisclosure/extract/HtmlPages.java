package org.govdisclosure.extract;

import java.util.List;
import org.govdisclosure.extract.fixtures.WordGrid;
import org.govdisclosure.extract.model.Block;
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
