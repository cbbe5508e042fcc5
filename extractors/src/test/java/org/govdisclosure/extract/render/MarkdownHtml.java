package org.govdisclosure.extract.render;

import org.govdisclosure.extract.HtmlPages;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Document;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;

/**
 * A web page converted to markdown (pandoc gfm): the text as paragraphs, a table without merged cells as a pipe
 * table, and each table with merged cells (sections 三 and 四) kept as raw HTML, which pipe tables cannot hold.
 */
final class MarkdownHtml {

  private MarkdownHtml() {}

  static String of(Document doc) {
    StringBuilder b = new StringBuilder();
    boolean first = true;
    for (Block block : doc.blocks()) {
      if (block instanceof Paragraph p) {
        b.append(p.raw()).append("\n\n");
      } else if (block instanceof Table t) {
        b.append(first ? pipeTable(t) : HtmlPages.mergedTable(t)).append('\n');
        first = false;
      }
    }
    return b.toString();
  }

  private static String pipeTable(Table t) {
    StringBuilder b = new StringBuilder();
    for (int r = 0; r < t.rows().size(); r++) {
      b.append('|');
      for (Cell c : t.rows().get(r).cells()) {
        b.append(' ').append(c.raw().replace("\n", "<br>")).append(" |");
      }
      b.append('\n');
      if (r == 0) {
        b.append("|---".repeat(t.rows().get(r).cells().size())).append("|\n");
      }
    }
    return b.toString();
  }
}
