package org.govdisclosure.extract.read;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A cell's text as a browser lays it out: a block child ({@code <p>}, {@code <div>}, {@code <li>}, an element styled
 * {@code display:block}) and a {@code <br>} start a line of their own, inline elements ({@code <span>}, {@code <b>},
 * {@code <font>}) run on in the line. {@code <div>12</div><div>1</div>} shows two figures on two lines, never the count
 * 121; {@code <span>1</span><span>2</span>} shows 12. Blocks are jsoup's block tags, unless the page's CSS says
 * otherwise.
 */
final class HtmlCellText {

  private final PageStyles styles;

  HtmlCellText(PageStyles styles) {
    this.styles = styles;
  }

  /** The cell's text, its lines parted by line breaks and stripped of spaces at its ends; NBSP read as a space, injected ads left out. */
  String of(Element cell) {
    // Most cells hold one text node: its text is the cell's whole text, without a walk and a builder.
    if (cell.childNodeSize() == 1 && cell.childNode(0) instanceof TextNode t) {
      return InjectedAds.removed(t.getWholeText().replace('\u00a0', ' ')).strip();
    }
    StringBuilder text = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          text.append(t.getWholeText());
        } else if (node instanceof Element e && node != cell && (e.normalName().equals("br") || isBlock(e))) {
          breakLine(text);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && node != cell && isBlock(e)) {
          breakLine(text);
        }
      }
    }, cell);
    return InjectedAds.removed(text.toString().replace('\u00a0', ' ')).strip();
  }

  private boolean isBlock(Element e) {
    String display = styles.display(e);
    return display.isEmpty() ? e.tag().isBlock() : !display.startsWith("inline") && !display.equals("contents");
  }

  /** Ends the line, once: the end of a block and the start of the next part them by one break. */
  private static void breakLine(StringBuilder text) {
    if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
      text.append('\n');
    }
  }
}
