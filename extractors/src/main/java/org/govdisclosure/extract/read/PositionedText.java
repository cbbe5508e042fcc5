package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;
import org.jsoup.nodes.Element;

/**
 * The text runs of a page that places each run itself ({@code left} with {@code top} or {@code bottom}, inline or in
 * a class rule), as PDF-to-HTML converters write it: their order in the markup is the converter's, which may not be
 * the reader's. A page whose markup is out of reading order has its runs put in reading order, top to bottom and,
 * along a line, left to right, a line of several runs a table row.
 */
final class PositionedText {

  private static final Pattern LENGTH = Pattern.compile("^(-?\\d+(?:\\.\\d+)?)(px|pt)?$");
  /** Runs whose tops differ by less than this (in px) sit on one line. */
  private static final double SAME_LINE = 2.5;
  private static final double PT = 4.0 / 3;
  /** See {@link #outOfOrder}. */
  private static final double CLIMBS = 1.5;
  /** The font size of a run that gives none, in px (the browsers' default). */
  private static final double DEFAULT_EM = 16;
  /** The width of a Latin letter or digit, in em; an ideograph is one em wide. */
  private static final double LATIN_WIDTH = 0.55;

  private record Run(Element element, double x, double y, double em) {

    PdfColumns.Span span() {
      String text = element.wholeText().strip();
      double width = 0;
      for (int i = 0; i < text.length(); i++) {
        width += text.charAt(i) < 0x80 ? LATIN_WIDTH * em : em;
      }
      return new PdfColumns.Span(text, (float) x, (float) (x + width), (float) y);
    }
  }

  private final Map<Element, List<Block>> byPage = new IdentityHashMap<>();
  private final Map<Element, Element> pageOf = new IdentityHashMap<>();

  /** Reads the runs of the page under {@code root}: none when the page's text is not mostly placed run by run. */
  PositionedText(Element root, PageStyles styles) {
    Map<Element, double[]> placedAt = new IdentityHashMap<>();
    for (Element e : root.getAllElements()) {
      Map<String, String> style = styles.of(e);
      Double x = length(style.get("left"));
      Double top = length(style.get("top"));
      Double bottom = length(style.get("bottom"));
      if (x != null && (top != null || bottom != null)) {
        placedAt.put(e, new double[] {x, top != null ? top : -bottom});
      }
    }
    // A run is an innermost placed element with text; a placed element holding runs is a box (a page) they sit in.
    Set<Element> boxes = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e : placedAt.keySet()) {
      Element a = e.parent();
      while (a != null && boxes.add(a)) {
        a = a.parent();
      }
    }
    Map<Element, List<Run>> runs = new IdentityHashMap<>();
    List<Element> pages = new ArrayList<>();
    long placed = 0;
    for (Element e : root.getAllElements()) {
      double[] at = placedAt.get(e);
      if (at == null || boxes.contains(e) && holdsPlacedText(e, placedAt) || e.wholeText().isBlank()) {
        continue;
      }
      Element page = page(e, styles);
      if (!runs.containsKey(page)) {
        pages.add(page);
      }
      Double em = length(styles.of(e).get("font-size"));
      runs.computeIfAbsent(page, p -> new ArrayList<>()).add(new Run(e, at[0], at[1], em != null ? em : DEFAULT_EM));
      pageOf.put(e, page);
      placed += Cell.Text.fold(e.wholeText()).length();
    }
    if (placed == 0 || placed * 10 < Cell.Text.fold(root.wholeText()).length() * 9L) {
      pageOf.clear();
      return;
    }
    for (Element page : pages) {
      if (outOfOrder(runs.get(page))) {
        byPage.put(page, readingOrder(runs.get(page)));
      } else {
        runs.get(page).forEach(r -> pageOf.remove(r.element()));
      }
    }
  }

  /**
   * The blocks of the page {@code e} is a run of, in reading order, the first time one of its runs is met; an empty
   * list for its other runs; null when {@code e} is no run of a page read out of its markup's order.
   */
  List<Block> pageAt(Element e) {
    Element page = pageOf.get(e);
    if (page == null) {
      return null;
    }
    List<Block> blocks = byPage.remove(page);
    return blocks == null ? List.of() : blocks;
  }

  private static boolean holdsPlacedText(Element box, Map<Element, double[]> placedAt) {
    for (Element inner : box.getAllElements()) {
      if (inner != box && placedAt.containsKey(inner) && !inner.wholeText().isBlank()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the markup climbs back up the page more than {@link #CLIMBS} times its height. Markup in reading order
   * climbs only within a table row (its numbers centred beside a wrapped label) and to the top of a merged label's
   * rows, less than the page's height in all; markup written column by column or at random climbs a page per column.
   * Markup in reading order is kept as written, since a wrapped label's lines and its row's numbers come in the
   * row's order there, not in the order of their tops.
   */
  private static boolean outOfOrder(List<Run> runs) {
    double climbed = 0;
    double top = Double.MAX_VALUE;
    double bottom = -Double.MAX_VALUE;
    for (int i = 0; i < runs.size(); i++) {
      double y = runs.get(i).y();
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
      if (i > 0) {
        climbed += Math.max(0, runs.get(i - 1).y() - y);
      }
    }
    return climbed > CLIMBS * (bottom - top);
  }

  /**
   * The page's runs as lines, top to bottom: a line of one run a paragraph, a line of several runs a table row of
   * them, left to right, with the blanks the row prints nothing for put back under their columns
   * ({@link PdfColumns#align}); consecutive rows one table.
   */
  private static List<Block> readingOrder(List<Run> runs) {
    List<Run> byTop = new ArrayList<>(runs);
    byTop.sort(Comparator.comparingDouble(Run::y));
    List<Block> blocks = new ArrayList<>();
    List<List<PdfColumns.Span>> table = new ArrayList<>();
    int i = 0;
    while (i < byTop.size()) {
      int j = i + 1;
      while (j < byTop.size() && byTop.get(j).y() - byTop.get(i).y() < SAME_LINE) {
        j++;
      }
      List<PdfColumns.Span> line = byTop.subList(i, j).stream().sorted(Comparator.comparingDouble(Run::x)).map(Run::span).toList();
      if (line.size() > 1) {
        table.add(line);
      } else {
        endTable(table, blocks);
        blocks.add(new Paragraph(line.get(0).text()));
      }
      i = j;
    }
    endTable(table, blocks);
    return blocks;
  }

  private static void endTable(List<List<PdfColumns.Span>> table, List<Block> blocks) {
    if (!table.isEmpty()) {
      blocks.add(new Table(PdfColumns.align(table).stream().map(r -> new Row(r.stream().map(Cell::new).toList())).toList()));
      table.clear();
    }
  }

  /** The box the run is placed in: its nearest positioned ancestor. */
  private static Element page(Element e, PageStyles styles) {
    for (Element a = e.parent(); a != null; a = a.parent()) {
      String position = styles.of(a).getOrDefault("position", "");
      if (position.equals("absolute") || position.equals("relative")) {
        return a;
      }
    }
    return e.ownerDocument() != null ? e.ownerDocument().body() : e.root();
  }

  private static Double length(String value) {
    if (value == null) {
      return null;
    }
    Matcher m = LENGTH.matcher(value.strip());
    if (!m.matches()) {
      return null;
    }
    double v = Double.parseDouble(m.group(1));
    return "pt".equals(m.group(2)) ? v * PT : v;
  }
}
