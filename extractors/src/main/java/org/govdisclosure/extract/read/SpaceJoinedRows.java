package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.govdisclosure.extract.value.Numerals;

/**
 * A crawled page whose table lost its rows' breaks: each cell ended by a tab, each row by a space, a whole table on one
 * line ({@code 一、本年新收…\t5\t0\t…\t6 二、上年结转…\t0\t…}). Such a line is parted at its spaces into its rows, each a
 * line of tab-parted cells. Only a line of several rows of cells (two tabs at least), half its pieces at least: a
 * row of tab-parted cells whose labels are spaced ({@code 16\t（五）不予 处理\t1.信访 举报\t0…}) is one row, its
 * pieces of one tab.
 */
final class SpaceJoinedRows {

  /**
   * A row's break: a space between two cells' text (never a tab's neighbour, nor a run of spaces aligning columns), nor
   * the space before a counter that closes a cell ({@code 0 件\t}): the count's, no row of its own.
   */
  private static final Pattern ROW_BREAK = Pattern.compile("(?<=[^\\s]) (?=[^\\s])(?!"
      + Numerals.alternation(Numerals.COUNTERS) + "(?:\t|$))");
  /** Tabs a line of several rows holds at least: two rows of the smallest table's cells. */
  private static final int MIN_TABS = 8;
  /** Rows of cells a line holds at least to be parted. */
  private static final int MIN_ROWS = 3;

  private SpaceJoinedRows() {}

  static List<String> parted(List<String> lines) {
    List<String> out = null;
    for (int i = 0; i < lines.size(); i++) {
      List<String> rows = rows(lines.get(i));
      if (rows != null && out == null) {
        out = new ArrayList<>(lines.subList(0, i));
      }
      if (out != null) {
        if (rows != null) {
          out.addAll(rows);
        } else {
          out.add(lines.get(i));
        }
      }
    }
    return out != null ? out : lines;
  }

  /** The line's rows, or null when it is no line of several rows. */
  private static List<String> rows(String line) {
    if (line.indexOf(' ') < 0 || tabs(line, MIN_TABS) < MIN_TABS) {
      return null;
    }
    List<String> rows = List.of(ROW_BREAK.split(line.strip()));
    int ofCells = 0;
    for (String row : rows) {
      ofCells += tabs(row, 2) >= 2 ? 1 : 0;
    }
    return ofCells >= MIN_ROWS && 2 * ofCells >= rows.size() ? rows : null;
  }

  /** The tabs in {@code text}, counted up to {@code enough}: every line of a page is asked, most with none. */
  private static int tabs(String text, int enough) {
    int tabs = 0;
    for (int at = text.indexOf('\t'); at >= 0 && tabs < enough; at = text.indexOf('\t', at + 1)) {
      tabs++;
    }
    return tabs;
  }
}
