package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cells parted by a vertical line other than the ASCII pipe, where a line opens with a label: the CJK stroke 丨 (what a
 * Chinese input method gives for a bar, no character of any label), the full-width ｜ or a box-drawing │ ┃ ║. Where
 * the text parts at least {@value #MIN_LINES} lines into {@value #MIN_BARS} or more cells so (a table, not a title's
 * 首页丨政务公开), each such line's bars are made pipes, the reader's pipe rows then read them. Lines opening with a
 * box-drawing bar or ｜ are left to the reading of box-drawn tables.
 */
final class VerticalBars {

  private static final String BARS = "丨｜│┃║";
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
    for (String line : lines) {
      out.add(line.indexOf(bar) >= 0 && line.indexOf('|') < 0 && !opensWithBar(line) ? line.replace(bar, '|') : line);
    }
    return out;
  }

  /** The bar at least {@value #MIN_LINES} lines part {@value #MIN_BARS} or more cells with, or 0. */
  private static char tableBar(List<String> lines) {
    int[] tables = new int[BARS.length()];
    int[] bars = new int[BARS.length()];
    for (String line : lines) {
      Arrays.fill(bars, 0);
      for (int i = 0; i < line.length(); i++) {
        int b = BARS.indexOf(line.charAt(i));
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
