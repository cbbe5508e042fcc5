package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Table;
import org.govdisclosure.extract.section.Sections;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Reads an HTML page: each outermost {@code <table>} becomes a {@link Table} whose rowspan/colspan ranges are
 * expanded into a full grid (covered positions become empty cells, as in a Word text export), and the text
 * outside tables becomes one paragraph per block element or line break. Navigation, scripts and forms are
 * skipped, except a script string that holds the report when the visible page does not ({@link ScriptStrings}).
 */
public final class HtmlReader {

  private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "nav", "header", "footer", "select", "button");
  private static final Set<String> BREAKING =
      Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article", "tr", "dd", "dt", "center");

  public List<Block> read(String html) {
    org.jsoup.nodes.Document page = Jsoup.parse(html);
    List<Block> blocks = blocks(page.body());
    if (blocks.stream().noneMatch(HtmlReader::isHeading)) {
      // The visible page has no report: the article may sit in a script string, rendered in the browser.
      for (Element script : page.select("script")) {
        for (String markup : ScriptStrings.markup(script.data())) {
          blocks.addAll(blocks(Jsoup.parseBodyFragment(markup).body()));
        }
      }
    }
    return blocks;
  }

  private List<Block> blocks(Element root) {
    List<Block> blocks = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    walk(root, blocks, line);
    flush(blocks, line);
    return blocks;
  }

  private static boolean isHeading(Block b) {
    return b instanceof Paragraph p && Sections.isHeading(p.text());
  }

  private void walk(Node node, List<Block> blocks, StringBuilder line) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        line.append(t.getWholeText());
      } else if (child instanceof Element e) {
        String tag = e.normalName();
        if (SKIPPED.contains(tag)) {
          continue;
        }
        // A table holding tables lays out the page; only the innermost tables hold data.
        if (tag.equals("table") && e.select("table").size() == 1) {
          flush(blocks, line);
          blocks.add(table(e));
          continue;
        }
        boolean breaking = BREAKING.contains(tag);
        if (breaking) {
          flush(blocks, line);
        }
        walk(e, blocks, line);
        if (breaking) {
          flush(blocks, line);
        }
      }
    }
  }

  private static void flush(List<Block> blocks, StringBuilder line) {
    String text = line.toString().strip();
    if (!Cell.Text.fold(text).isEmpty()) {
      blocks.add(new Paragraph(text));
    }
    line.setLength(0);
  }

  /** Expands spans: a cell covering k columns or rows leaves empty cells in the positions it covers. */
  private static Table table(Element table) {
    List<Element> rows = new ArrayList<>();
    for (Element tr : table.select("tr")) {
      if (tr.closest("table") == table) {
        rows.add(tr);
      }
    }
    SpanGrid grid = new SpanGrid(rows.size());
    for (int r = 0; r < rows.size(); r++) {
      int col = 0;
      for (Element td : cells(rows.get(r))) {
        col = grid.place(r, col, cellText(td), span(td, "colspan"), span(td, "rowspan"));
      }
    }
    return grid.table();
  }

  private static Elements cells(Element tr) {
    Elements cells = new Elements();
    for (Element c : tr.children()) {
      if (c.normalName().equals("td") || c.normalName().equals("th")) {
        cells.add(c);
      }
    }
    return cells;
  }

  /** Cell text with nested tables flattened in reading order and line breaks kept as spaces. */
  private static String cellText(Element td) {
    return td.wholeText().replace('\u00a0', ' ').strip();
  }

  private static int span(Element td, String attribute) {
    try {
      return SpanGrid.clamp(Integer.parseInt(td.attr(attribute).trim()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
