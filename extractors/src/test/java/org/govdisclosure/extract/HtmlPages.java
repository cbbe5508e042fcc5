package org.govdisclosure.extract;

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
    StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"gbk\"><title>年报</title></head><body>");
    b.append("<div class=\"nav\"><a href=\"/\">首页</a> &gt; 政府信息公开</div><div class=\"article\">");
    for (Block block : doc.blocks()) {
      if (block instanceof Paragraph p) {
        b.append("<p>").append(Entities.escape(p.raw())).append("</p>\n");
      } else if (block instanceof Table t) {
        b.append("<table border=\"1\">");
        for (Row row : t.rows()) {
          b.append("<tr>");
          for (Cell c : row.cells()) {
            b.append("<td>").append(c.raw().isBlank() ? "&nbsp;" : Entities.escape(c.raw()).replace("\n", "<br>")).append("</td>");
          }
          b.append("</tr>");
        }
        b.append("</table>\n");
      }
    }
    return b.append("</div><script>var x = '三、收到和处理政府信息公开申请情况';</script></body></html>").toString();
  }
}
