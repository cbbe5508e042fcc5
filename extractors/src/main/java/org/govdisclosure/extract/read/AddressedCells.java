package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table as a screen reader speaks it, a cell a line with its place: {@code 第3行，第2列：5}, or by its row's label
 * and its column's name ({@code 行 一、本年新收…，列 自然人：5}); {@code 空白} a blank cell. Each run of such lines is
 * the grid they address, written back as rows of tab-parted cells. A place by name is the row whose first cell, and
 * the column whose cell in the first row, print that text; a name that none prints leaves the run as it is.
 */
final class AddressedCells {

  private static final Pattern NUMBERED = Pattern.compile("^第(\\d{1,3})行[，,][ \\u3000]*第(\\d{1,3})列[:：][ \\u3000]*(.*)$");
  private static final Pattern NAMED = Pattern.compile("^行[ \\u3000]*(.+?)[，,][ \\u3000]*列[ \\u3000]*(.+?)[:：][ \\u3000]*(.*)$");
  /** A row spoken on one line, each cell after its column's number: {@code 第3行 列1 一、本年新收… 列2 5 列3 0 …}. */
  private static final Pattern SPOKEN_ROW = Pattern.compile("^第(\\d{1,3})行[ \\u3000]+(列\\d{1,3}[ \\u3000].*)$");
  /** A column's number in a spoken row, parted from its cell and from the cell before by spaces. */
  private static final Pattern SPOKEN_COLUMN = Pattern.compile("(?:^|[ \\u3000]+)列(\\d{1,3})[ \\u3000]+");
  /** What a screen reader says of an empty cell. */
  private static final String BLANK = "空白";
  /** Cells a run has at least: a table's, not a sentence or two that happen to start so. */
  private static final int MIN_CELLS = 6;

  private AddressedCells() {}

  /** The lines with each run of addressed cells as the rows of their grid; else the lines as they are. */
  static List<String> tabbed(List<String> lines) {
    lines = cellPerLine(lines);
    if (lines.stream().noneMatch(l -> l.startsWith("第") && NUMBERED.matcher(l).matches())) {
      return lines; // most texts: no line addresses a cell
    }
    List<String> out = new ArrayList<>(lines.size());
    int at = 0;
    while (at < lines.size()) {
      int end = at;
      while (end < lines.size() && addressed(lines.get(end))) {
        end++;
      }
      List<String> grid = end - at >= MIN_CELLS ? grid(lines.subList(at, end)) : null;
      if (grid != null) {
        out.addAll(grid);
        at = end;
      } else {
        out.add(lines.get(at++));
      }
    }
    return out;
  }

  /**
   * The lines with each row spoken whole on its line ({@link #SPOKEN_ROW}) said a cell a line, as {@link #NUMBERED}
   * addresses them; else the lines as they are.
   */
  private static List<String> cellPerLine(List<String> lines) {
    if (lines.stream().noneMatch(l -> l.startsWith("第") && SPOKEN_ROW.matcher(l).matches())) {
      return lines;
    }
    List<String> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      Matcher row = line.startsWith("第") ? SPOKEN_ROW.matcher(line) : null;
      if (row == null || !row.matches()) {
        out.add(line);
        continue;
      }
      String cells = row.group(2);
      Matcher column = SPOKEN_COLUMN.matcher(cells);
      int from = -1;
      String number = null;
      while (column.find()) {
        if (number != null) {
          out.add("第" + row.group(1) + "行，第" + number + "列：" + cells.substring(from, column.start()));
        }
        number = column.group(1);
        from = column.end();
      }
      out.add("第" + row.group(1) + "行，第" + number + "列：" + cells.substring(from));
    }
    return out;
  }

  private static boolean addressed(String line) {
    return line.startsWith("第") ? NUMBERED.matcher(line).matches() : line.startsWith("行") && NAMED.matcher(line).matches();
  }

  /** The rows of the cells the lines address, or null when a name addresses no row or column the grid prints. */
  private static List<String> grid(List<String> cells) {
    Map<Integer, Map<Integer, String>> grid = new TreeMap<>();
    for (String line : cells) {
      Matcher m = NUMBERED.matcher(line);
      int row;
      int column;
      if (m.matches()) {
        row = Integer.parseInt(m.group(1));
        column = Integer.parseInt(m.group(2));
      } else {
        m = NAMED.matcher(line);
        m.matches();
        row = rowLabelled(grid, m.group(1).strip());
        column = columnNamed(grid, m.group(2).strip());
        if (row < 0 || column < 0) {
          return null;
        }
      }
      String text = m.group(3).strip();
      grid.computeIfAbsent(row, r -> new TreeMap<>()).put(column, text.equals(BLANK) ? "" : text);
    }
    int width = grid.values().stream().mapToInt(r -> ((TreeMap<Integer, String>) r).lastKey()).max().orElse(0);
    List<String> rows = new ArrayList<>();
    for (Map<Integer, String> r : grid.values()) {
      StringBuilder b = new StringBuilder();
      for (int c = 1; c <= width; c++) {
        b.append(c > 1 ? "\t" : "").append(r.getOrDefault(c, ""));
      }
      rows.add(b.toString());
    }
    return rows;
  }

  private static int rowLabelled(Map<Integer, Map<Integer, String>> grid, String label) {
    for (Map.Entry<Integer, Map<Integer, String>> r : grid.entrySet()) {
      if (label.equals(r.getValue().get(1))) {
        return r.getKey();
      }
    }
    return label.chars().allMatch(Character::isDigit) && !label.isEmpty() ? Integer.parseInt(label) : -1;
  }

  private static int columnNamed(Map<Integer, Map<Integer, String>> grid, String name) {
    Map<Integer, String> header = grid.get(1);
    if (header != null) {
      for (Map.Entry<Integer, String> c : header.entrySet()) {
        if (name.equals(c.getValue())) {
          return c.getKey();
        }
      }
    }
    return name.chars().allMatch(Character::isDigit) && !name.isEmpty() ? Integer.parseInt(name) : -1;
  }
}
