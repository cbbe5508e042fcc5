package org.govdisclosure.extract.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads an HTML page: each outermost {@code <table>} becomes a {@link Table} whose rowspan/colspan ranges are
 * expanded into a full grid (covered positions become empty cells, as in a Word text export), and the text
 * outside tables becomes one paragraph per block element or line break. Navigation, scripts, forms and the ads a
 * hacked page injected into its text ({@link InjectedAds}) are skipped, except a script string that holds the report when the visible page does not ({@link ScriptStrings}).
 * Rows and grids laid out with CSS instead of table markup are tables too ({@link CssTables}); text placed run by run
 * on pages is read in the pages' reading order ({@link PositionedText}).
 */
public final class HtmlReader {

  /**
   * What Word's "save as web page" writes beside the text of a document under review: the marks of comments
   * ({@code [A1]} after a count a reviewer remarked on) and their list at the page's end, and the marks of footnotes
   * and endnotes ({@code [1]}; their text stays). Read as text, a mark's digits would join the count it follows.
   */
  private static final Evaluator WORD_ANNOTATIONS = QueryParser.parse("a.msocomanchor, a.msocomoff, span.MsoCommentReference, "
      + "[style~=(?i)mso-element:\\s*comment-list], a[style~=(?i)mso-(foot|end)note-id], span.MsoFootnoteReference, span.MsoEndnoteReference");
  private static final Pattern WORD_PLACEHOLDER = Pattern.compile("(?i)mso-cell-special\\s*:\\s*placeholder");
  private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "nav", "header", "footer", "select", "button");
  private static final Set<String> BREAKING =
      Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article", "tr", "dd", "dt", "center");

  public List<Block> read(String html) {
    return read(html, null);
  }

  /** The page's blocks, its pictures read or noted by {@code pictures} (none when null). */
  List<Block> read(String html, Pictures pictures) {
    org.jsoup.nodes.Document page = Jsoup.parse(html);
    if (html.contains("mso-")) {
      page.select(WORD_ANNOTATIONS).remove();
    }
    if (html.contains("<sup") || html.contains("<SUP")) {
      raiseSuperscripts(page);
    }
    PageStyles styles = new PageStyles(page);
    HtmlCellText cellText = new HtmlCellText(styles);
    CssTables cssTables = new CssTables(styles, cellText::of);
    PositionedText positioned = html.contains("left:") || html.contains("left :") ? new PositionedText(page.body(), styles) : null;
    List<Block> blocks = blocks(page.body(), cellText, cssTables, positioned, pictures);
    if (blocks.stream().noneMatch(HtmlReader::isHeading)) {
      // The visible page has no report: the article may sit in a script string, rendered in the browser.
      for (Element script : page.select("script")) {
        for (String markup : ScriptStrings.markup(script.data())) {
          blocks.addAll(blocks(Jsoup.parseBodyFragment(markup).body(), cellText, cssTables, null, pictures));
        }
      }
    }
    return blocks;
  }

  private List<Block> blocks(Element root, HtmlCellText cellText, CssTables cssTables, PositionedText positioned, Pictures pictures) {
    Set<Element> layoutTables = tablesHoldingTables(root);
    Set<Element> taken = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Block> blocks = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    // Iterative traversal: a page nested thousands of elements deep must not exhaust the stack.
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          line.append(t.getWholeText());
        } else if (node instanceof Element e && node != root) {
          String tag = e.normalName();
          if (SKIPPED.contains(tag) || taken.contains(e)) {
            return FilterResult.SKIP_ENTIRELY;
          }
          List<Block> page = positioned == null ? null : positioned.pageAt(e);
          if (page != null) {
            flush(blocks, line);
            blocks.addAll(page);
            return FilterResult.SKIP_ENTIRELY;
          }
          Table laidOut = cssTables.startingAt(e, taken);
          if (laidOut != null) {
            flush(blocks, line);
            blocks.add(laidOut);
            return FilterResult.SKIP_ENTIRELY;
          }
          if (pictures != null && tag.equals("img")) {
            List<Block> pictured = pictured(e, pictures);
            if (!pictured.isEmpty()) {
              flush(blocks, line);
              blocks.addAll(pictured);
            }
            return FilterResult.SKIP_ENTIRELY;
          }
          if (tag.equals("table") && !layoutTables.contains(e)) {
            flush(blocks, line);
            blocks.add(table(e, cellText));
            if (pictures != null) {
              // A picture in a cell (a table framing the picture of a table) is read after the table that frames it.
              e.select("img").forEach(img -> blocks.addAll(pictured(img, pictures)));
            }
            return FilterResult.SKIP_ENTIRELY;
          }
          if (BREAKING.contains(tag)) {
            flush(blocks, line);
          }
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e && node != root && BREAKING.contains(e.normalName())) {
          flush(blocks, line);
        }
        return FilterResult.CONTINUE;
      }
    }, root);
    flush(blocks, line);
    return blocks;
  }

  private static List<Block> pictured(Element img, Pictures pictures) {
    return pictures.at(img.attr("src"), img.attr("width"), img.attr("height"));
  }

  private static boolean isHeading(Block b) {
    return b instanceof Paragraph p && Sections.isHeading(p.text());
  }

  /**
   * The tables that hold tables: they lay out the page, and only the innermost tables hold data. Found in one pass
   * with a stack of the open tables, so that tables nested deep cost linear time.
   */
  private static Set<Element> tablesHoldingTables(Element root) {
    Set<Element> outer = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Element> open = new ArrayDeque<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e && e.normalName().equals("table")) {
          if (!open.isEmpty()) {
            outer.add(open.peek());
          }
          open.push(e);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && e.normalName().equals("table")) {
          open.pop();
        }
      }
    }, root);
    return outer;
  }

  private static void flush(List<Block> blocks, StringBuilder line) {
    String text = InjectedAds.removed(line.toString()).strip();
    if (!Cell.Text.fold(text).isEmpty()) {
      blocks.add(new Paragraph(text));
    }
    line.setLength(0);
  }

  /** Expands spans: a cell covering k columns or rows leaves empty cells in the positions it covers. */
  private static Table table(Element table, HtmlCellText cellText) {
    List<Element> rows = rows(table);
    SpanGrid grid = new SpanGrid(rows.size());
    Matcher placeholder = WORD_PLACEHOLDER.matcher(""); // one for the table's cells, reset for each
    for (int r = 0; r < rows.size(); r++) {
      int col = 0;
      for (Element td : cells(rows.get(r), placeholder)) {
        col = grid.place(r, col, cellText.of(td), span(td, "colspan"), span(td, "rowspan"));
      }
    }
    return grid.table();
  }

  /**
   * The table's own rows in document order, found in one walk that passes over the tables nested in its cells (their
   * rows are theirs).
   */
  private static List<Element> rows(Element table) {
    List<Element> rows = new ArrayList<>();
    NodeTraversor.filter((node, depth) -> {
      if (node instanceof Element e && node != table) {
        if (e.normalName().equals("table")) {
          return NodeFilter.FilterResult.SKIP_ENTIRELY;
        }
        if (e.normalName().equals("tr")) {
          rows.add(e);
        }
      }
      return NodeFilter.FilterResult.CONTINUE;
    }, table);
    return rows;
  }

  /**
   * The cells of a row. Word's "save as web page" fills the grid positions a row leaves free at its start or end
   * (w:gridBefore, w:gridAfter) with invisible, borderless cells styled {@code mso-cell-special:placeholder}: they are
   * no cells of the table, and counted as blank cells they would shift the row's values by a column.
   */
  private static Elements cells(Element tr, Matcher placeholder) {
    Elements cells = new Elements();
    for (Element c : tr.children()) {
      if ((c.normalName().equals("td") || c.normalName().equals("th")) && !isPlaceholder(c.attr("style"), placeholder)) {
        cells.add(c);
      }
    }
    return cells;
  }

  /** Whether a cell's style marks it Word's placeholder; most cells have no style, settled without the matcher. */
  private static boolean isPlaceholder(String style, Matcher placeholder) {
    return !style.isEmpty() && placeholder.reset(style).find();
  }

  /**
   * A {@code <sup>}'s digits as the raised digits they show ({@code 0<sup>1</sup>} a note's mark on the count 0):
   * as plain text they would join the count, raised they are a note's mark (see {@code Cell.Text#circledOrdinals}).
   */
  private static void raiseSuperscripts(org.jsoup.nodes.Document page) {
    for (Element sup : page.select("sup")) {
      String text = sup.text().strip();
      if (!text.isEmpty() && text.length() <= 3 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
        StringBuilder raised = new StringBuilder(text.length());
        text.chars().forEach(c -> raised.append(Cell.Text.SUPERSCRIPT_DIGITS.charAt(c - '0')));
        sup.text(raised.toString());
      }
    }
  }

  private static int span(Element td, String attribute) {
    String value = td.attr(attribute).trim();
    if (value.isEmpty()) {
      return 1; // most cells span nothing: no exception thrown and caught for them
    }
    try {
      return SpanGrid.clamp(Integer.parseInt(value));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
