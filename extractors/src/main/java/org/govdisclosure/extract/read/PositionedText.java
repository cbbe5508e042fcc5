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
import org.govdisclosure.extract.model.Cell;
import org.jsoup.nodes.Element;

/**
 * The text runs of a page that places each run itself ({@code left} with {@code top} or {@code bottom}, inline or in
 * a class rule), as PDF-to-HTML converters write it: their order in the markup is the converter's, not the reader's.
 * Each page's runs are put in reading order, top to bottom and, along a line, left to right.
 */
final class PositionedText {

  private static final Pattern LENGTH = Pattern.compile("^(-?\\d+(?:\\.\\d+)?)(px|pt)?$");
  /** Runs whose tops differ by less than this (in px) sit on one line. */
  private static final double SAME_LINE = 2.5;
  private static final double PT = 4.0 / 3;

  private record Run(Element element, double x, double y) {}

  private final Map<Element, List<Element>> byPage = new IdentityHashMap<>();
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
      for (Element a = e.parent(); a != null && boxes.add(a); a = a.parent()) {
        // marks every ancestor once
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
      runs.computeIfAbsent(page, p -> new ArrayList<>()).add(new Run(e, at[0], at[1]));
      pageOf.put(e, page);
      placed += Cell.Text.fold(e.wholeText()).length();
    }
    if (placed * 10 < Cell.Text.fold(root.wholeText()).length() * 9L) {
      pageOf.clear();
      return;
    }
    for (Element page : pages) {
      byPage.put(page, readingOrder(runs.get(page)));
    }
  }

  /**
   * The runs of the page {@code e} is a run of, in reading order, the first time one of its runs is met; an empty
   * list for its other runs; null when {@code e} is no placed run.
   */
  List<Element> pageAt(Element e) {
    Element page = pageOf.get(e);
    if (page == null) {
      return null;
    }
    List<Element> order = byPage.remove(page);
    return order == null ? List.of() : order;
  }

  private static boolean holdsPlacedText(Element box, Map<Element, double[]> placedAt) {
    for (Element inner : box.getAllElements()) {
      if (inner != box && placedAt.containsKey(inner) && !inner.wholeText().isBlank()) {
        return true;
      }
    }
    return false;
  }

  private static List<Element> readingOrder(List<Run> runs) {
    List<Run> byTop = new ArrayList<>(runs);
    byTop.sort(Comparator.comparingDouble(Run::y));
    List<Element> order = new ArrayList<>();
    int i = 0;
    while (i < byTop.size()) {
      int j = i + 1;
      while (j < byTop.size() && byTop.get(j).y() - byTop.get(i).y() < SAME_LINE) {
        j++;
      }
      byTop.subList(i, j).stream().sorted(Comparator.comparingDouble(Run::x)).forEach(r -> order.add(r.element()));
      i = j;
    }
    return order;
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
