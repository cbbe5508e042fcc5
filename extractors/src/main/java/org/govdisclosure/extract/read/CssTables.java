package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Tables a page lays out with CSS instead of table markup, as document previews and article editors publish them: a
 * run of sibling rows ({@code display:table-row} or {@code display:flex}, or children all floated left), each child element a cell, or a
 * {@code display:grid} whose children are placed by {@code grid-row}/{@code grid-column}/{@code grid-area} or flow
 * into its {@code grid-template-columns}. Read as a table, an empty cell keeps its place, which a paragraph per cell
 * loses.
 */
final class CssTables {

  /** A cell holding more text than this is a column of the page's layout, not a table cell. */
  private static final int MAX_CELL_LENGTH = 300;
  private static final Pattern SPAN = Pattern.compile("span\\s+(\\d+)");
  private static final Pattern LINE = Pattern.compile("(\\d+)");
  private static final Pattern REPEAT = Pattern.compile("repeat\\(\\s*(\\d+)");

  private final PageStyles styles;
  private final Function<Element, String> cellText;

  CssTables(PageStyles styles, Function<Element, String> cellText) {
    this.styles = styles;
    this.cellText = cellText;
  }

  /**
   * The table that {@code e} starts, adding the sibling rows it takes in to {@code taken}; null when {@code e} starts
   * none.
   */
  Table startingAt(Element e, Set<Element> taken) {
    Map<String, String> style = styles.of(e);
    String display = style.getOrDefault("display", "");
    if (display.endsWith("grid")) {
      return isCellList(e.children()) ? grid(e, style) : null;
    }
    if (!isRow(e) || e.previousElementSibling() != null && isRow(e.previousElementSibling())) {
      return null;
    }
    List<Element> rows = new ArrayList<>();
    for (Element r = e; r != null && isRow(r); r = r.nextElementSibling()) {
      rows.add(r);
    }
    if (rows.size() < 2 || rows.stream().allMatch(r -> r.childrenSize() < 2) || !rows.stream().allMatch(r -> isCellList(r.children()))) {
      return null;
    }
    List<Row> table = new ArrayList<>();
    for (Element r : rows) {
      table.add(new Row(r.children().stream().map(c -> new org.govdisclosure.extract.model.Cell(cellText.apply(c))).toList()));
      taken.add(r);
    }
    return new Table(table);
  }

  private boolean isRow(Element e) {
    Map<String, String> style = styles.of(e);
    String display = style.getOrDefault("display", "");
    boolean row = display.equals("table-row")
        || display.endsWith("flex") && !style.getOrDefault("flex-direction", "row").startsWith("column") && e.childrenSize() > 0
        || e.childrenSize() > 1 && e.children().stream().allMatch(c -> "left".equals(styles.of(c).get("float")));
    // Text of the row's own, outside any child, is a line of text styled as a row, not cells.
    return row && e.textNodes().stream().allMatch(TextNode::isBlank);
  }

  /** Children that are cells: short texts holding no table or CSS layout of their own. */
  private boolean isCellList(List<Element> cells) {
    for (Element c : cells) {
      if (c.wholeText().length() > MAX_CELL_LENGTH || !c.select("table").isEmpty()) {
        return false;
      }
      for (Element inner : c.getAllElements()) {
        if (inner != c && (isRow(inner) || styles.of(inner).getOrDefault("display", "").endsWith("grid"))) {
          return false;
        }
      }
    }
    return !cells.isEmpty();
  }

  private Table grid(Element container, Map<String, String> style) {
    int columns = templateColumns(style.getOrDefault("grid-template-columns", ""));
    List<int[]> places = new ArrayList<>();
    List<BitSet> taken = new ArrayList<>();
    int row = 0;
    int col = 0;
    int rows = 0;
    for (Element c : container.children()) {
      Map<String, String> s = styles.of(c);
      String[] area = s.getOrDefault("grid-area", "").split("/");
      String rowSpec = area.length == 4 ? area[0] + "/" + area[2] : s.getOrDefault("grid-row", "");
      String colSpec = area.length == 4 ? area[1] + "/" + area[3] : s.getOrDefault("grid-column", "");
      int[] r = line(rowSpec);
      int[] k = line(colSpec);
      if (r[0] < 0 || k[0] < 0) {
        if (columns < 1) {
          return null; // a grid that neither places its cells nor says how many columns it has
        }
        // CSS's auto-placement: the cursor moves on past the cells that cells spanning rows above already take
        k[1] = Math.min(k[1], columns);
        while (col + k[1] > columns || taken(taken, row, col, r[1], k[1])) {
          col++;
          if (col + k[1] > columns) {
            row++;
            col = 0;
          }
        }
        r = new int[] {row, r[1]};
        k = new int[] {col, k[1]};
        col += k[1];
      } else {
        row = r[0];
        col = k[0] + k[1];
      }
      places.add(new int[] {r[0], k[0], k[1], r[1]});
      for (int i = r[0]; i < r[0] + r[1]; i++) {
        while (taken.size() <= i) {
          taken.add(new BitSet());
        }
        taken.get(i).set(k[0], k[0] + k[1]);
      }
      rows = Math.max(rows, r[0] + r[1]);
    }
    SpanGrid grid = new SpanGrid(rows);
    List<Element> cells = container.children();
    for (int i = 0; i < cells.size(); i++) {
      int[] p = places.get(i);
      grid.place(p[0], p[1], cellText.apply(cells.get(i)), p[2], p[3]);
    }
    return grid.table();
  }

  /** Whether any cell of the {@code rows} by {@code cols} area at {@code row}, {@code col} is taken. */
  private static boolean taken(List<BitSet> taken, int row, int col, int rows, int cols) {
    for (int i = row; i < row + rows && i < taken.size(); i++) {
      BitSet cells = taken.get(i);
      if (cells.nextSetBit(col) >= 0 && cells.nextSetBit(col) < col + cols) {
        return true;
      }
    }
    return false;
  }

  /** A grid line spec ({@code 3 / span 2}, {@code 3 / 5}, {@code span 2}) as {start (0-based, -1 if auto), span}. */
  private static int[] line(String spec) {
    String[] parts = spec.split("/");
    Matcher startSpan = SPAN.matcher(parts[0]);
    if (startSpan.find()) {
      return new int[] {-1, SpanGrid.clamp(Integer.parseInt(startSpan.group(1)))};
    }
    Matcher start = LINE.matcher(parts[0]);
    if (!start.find()) {
      return new int[] {-1, 1};
    }
    int from = Integer.parseInt(start.group(1)) - 1;
    if (from < 0) {
      return new int[] {-1, 1};
    }
    int span = 1;
    if (parts.length > 1) {
      Matcher s = SPAN.matcher(parts[1]);
      Matcher end = LINE.matcher(parts[1]);
      if (s.find()) {
        span = Integer.parseInt(s.group(1));
      } else if (end.find()) {
        span = Integer.parseInt(end.group(1)) - 1 - from;
      }
    }
    return new int[] {from, SpanGrid.clamp(span)};
  }

  private static int templateColumns(String template) {
    Matcher repeat = REPEAT.matcher(template);
    if (repeat.find()) {
      return Integer.parseInt(repeat.group(1));
    }
    return template.isBlank() ? 0 : template.strip().split("\\s+").length;
  }
}
