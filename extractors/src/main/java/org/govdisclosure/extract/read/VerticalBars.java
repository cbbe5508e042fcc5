package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cells parted by a vertical line other than the ASCII pipe, where a line opens with a label: the CJK stroke 丨 (what a
 * Chinese input method gives for a bar, no character of any label), the full-width ｜ or a box-drawing │ ┃ ║. Where
 * the text parts at least {@value #MIN_LINES} lines into {@value #MIN_BARS} or more cells so (a table, not a title's
 * 首页丨政务公开), each such line's bars are made pipes, the reader's pipe rows then read them. Lines opening with a
 * box-drawing bar or ｜ are left to the reading of box-drawn tables. Cells joined by a bar without outer borders open a
 * row at the margin where its first cell holds text, the bar where it is blank: such a line next to a row opening with
 * a box-drawing bar or ｜ is read with the bar before it, a row of the box-drawn table as they are.
 */
final class VerticalBars {

  /** The vertical lines other than the ASCII pipe that a text draws between cells with. */
  static final String BARS = "丨｜│┃║";
  /** The bars' characters by their low six bits: a character outside them is no bar, told without searching {@link #BARS}. */
  private static final long BAR_BUCKETS = BARS.chars().mapToLong(c -> 1L << (c & 63)).reduce(0, (a, b) -> a | b);
  private static final int MIN_BARS = 3;
  private static final int MIN_LINES = 2;

  private VerticalBars() {}

  /** {@code lines} with the table's bars (the bar most lines part cells with) as pipes. */
  static List<String> asPipes(List<String> lines) {
    char bar = tableBar(lines);
    if (bar == 0) {
      return lines;
    }
    List<String> out = new ArrayList<>(lines.size());
    String rowBefore = "";
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.indexOf(bar) < 0 || opensWithBar(line)) {
        out.add(line);
        rowBefore = line;
        continue;
      }
      if (line.indexOf('|') >= 0) {
        // a pipe row with the table's bar between some of its cells (（七）总计 │ 5 | 0 | …): each parts cells alike
        out.add(line.replace(bar, '|'));
        rowBefore = line;
        continue;
      }
      // cells joined by the bar, without outer borders: a row whose first cell holds text (三、本年度办理结果｜｜（一）…)
      // opens at the margin, the rows around it whose first cell is blank open with the bar; it is a row as they are
      // (the line before as already read, so that a run of such rows goes on)
      boolean amidRows = opensRow(rowBefore, bar) || i + 1 < lines.size() && opensRow(lines.get(i + 1), bar);
      String row = opensWith(line, bar) || !partsCells(line, bar) || !amidRows ? line : bar + line;
      rowBefore = row;
      out.add(opensWithBar(row) ? row : row.replace(bar, '|'));
    }
    return out;
  }

  /**
   * Whether the line opens with the bar, a box-drawing one or ｜, and parts cells with it: a row of the box-drawn
   * table. Lines of 丨 are all made pipe rows, whose reading keeps a run of them in step.
   */
  private static boolean opensRow(String line, char bar) {
    return opensWithBar(line) && opensWith(line, bar) && partsCells(line, bar);
  }

  private static boolean opensWith(String line, char bar) {
    String trimmed = line.strip();
    return !trimmed.isEmpty() && trimmed.charAt(0) == bar;
  }

  /** Whether the line holds at least {@value #MIN_BARS} of the bar. */
  private static boolean partsCells(String line, char bar) {
    int n = 0;
    for (int k = line.indexOf(bar); k >= 0 && n < MIN_BARS; k = line.indexOf(bar, k + 1)) {
      n++;
    }
    return n >= MIN_BARS;
  }

  /** The bar at least {@value #MIN_LINES} lines part {@value #MIN_BARS} or more cells with, or 0. */
  private static char tableBar(List<String> lines) {
    int[] tables = new int[BARS.length()];
    int[] bars = new int[BARS.length()];
    for (String line : lines) {
      Arrays.fill(bars, 0);
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        int b = (BAR_BUCKETS >>> (c & 63) & 1) == 0 ? -1 : BARS.indexOf(c); // every character of the text is asked
        if (b >= 0 && ++bars[b] == MIN_BARS && ++tables[b] == MIN_LINES) {
          return BARS.charAt(b);
        }
      }
    }
    return 0;
  }

  /** Whether the line's first printed character is a box-drawing line or ｜ (a box-drawn table's row), not 丨. */
  private static boolean opensWithBar(String line) {
    String trimmed = line.strip();
    return !trimmed.isEmpty() && BARS.indexOf(trimmed.charAt(0)) > 0;
  }
}
