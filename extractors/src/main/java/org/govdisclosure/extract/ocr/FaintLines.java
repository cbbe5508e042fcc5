package org.govdisclosure.extract.ocr;

/**
 * Rulings fainter than the ink threshold sees: a thin gray border (the light gray rules WPS and Word draw, the more so
 * on a label's fill) photographed or photocopied is some ten gray levels under the paper, within the paper's grain,
 * so that a pixel's gray alone breaks it into specks or loses it. The eye follows it because it is darker than the
 * paper on both sides of it all along. A pixel lies on such a line along rows (columns) when, over a window along
 * the row, it is on average darker than the pixels a few rows above and below it by more than the grain makes the
 * paper so (each pixel's difference counted at most twice that, so a short stroke of a character lifts no window it
 * fills less than half of), and is itself darker than them, in a window of few dark pixels: the paper between the dots
 * of a streak a scanner's dirty glass or a fax's line draws down the page stays paper, so the streak stays dots,
 * never a ruling.
 */
final class FaintLines {

  /**
   * The window along the line, as a share of the page's width: 1/100 is 12 pixels at 150 dpi, shorter than the
   * narrowest cell's border, long enough that the grain averages out.
   */
  private static final int WINDOW_SHARE = 100;
  private static final int MIN_HALF_WINDOW = 3;
  /** The pixels compared across, as a share of the width: 1/400 is 3 pixels at 150 dpi, past a thin rule's blur. */
  private static final int ACROSS_SHARE = 400;
  private static final int MIN_ACROSS = 2;
  /**
   * Darker on average by this many times the paper's grain (the mean difference between neighbouring pixels of
   * paper), and by at least {@link #MIN_CONTRAST} gray levels: a clean scan's paper has no grain.
   */
  private static final double GRAIN_TIMES = 2;
  private static final int MIN_CONTRAST = 4;
  /**
   * A window with more than one pixel in this many dark is a dark line's (found as it is, broken or not) or a streak
   * of dots, no faint line.
   */
  private static final int DARK_SHARE = 4;
  /** The pixels the grain is measured on: within this many gray levels of the paper. */
  private static final int PAPER_BAND = 24;

  private final int[] gray;
  private final int width;
  private final int height;
  private final int half;
  private final int across;
  private final int contrast;

  FaintLines(int[] gray, int width, int height, int paper) {
    this.gray = gray;
    this.width = width;
    this.height = height;
    this.half = Math.max(MIN_HALF_WINDOW, width / WINDOW_SHARE / 2);
    this.across = Math.max(MIN_ACROSS, width / ACROSS_SHARE);
    this.contrast = (int) Math.max(MIN_CONTRAST, Math.ceil(GRAIN_TIMES * grain(paper)));
  }

  /** The pixels of lines along rows ({@code horizontal}) or columns: {@code dark} ones and those of faint lines. */
  boolean[] along(boolean horizontal, boolean[] dark) {
    boolean[] line = dark.clone();
    if (horizontal) {
      alongRows(dark, line);
    } else {
      alongColumns(dark, line);
    }
    return line;
  }

  private void alongRows(boolean[] dark, boolean[] line) {
    int[] valley = new int[width];
    for (int y = across; y < height - across; y++) {
      int row = y * width;
      for (int x = 0; x < width; x++) {
        valley[x] = valley(row + x, width);
      }
      int sum = 0;
      int darkCount = 0;
      for (int x = 0; x < Math.min(half, width); x++) {
        sum += valley[x];
        darkCount += dark[row + x] ? 1 : 0;
      }
      for (int x = 0; x < width; x++) {
        if (x + half < width) {
          sum += valley[x + half];
          darkCount += dark[row + x + half] ? 1 : 0;
        }
        if (x - half - 1 >= 0) {
          sum -= valley[x - half - 1];
          darkCount -= dark[row + x - half - 1] ? 1 : 0;
        }
        int count = Math.min(width - 1, x + half) - Math.max(0, x - half) + 1;
        line[row + x] |= faint(valley[x], sum, darkCount, count);
      }
    }
  }

  /** As {@link #alongRows}, the windows' sums kept for every column at once as the rows go by (in memory's order). */
  private void alongColumns(boolean[] dark, boolean[] line) {
    int[] sum = new int[width];
    int[] darkCount = new int[width];
    for (int y = 0; y < Math.min(half, height); y++) {
      addRow(dark, sum, darkCount, y, 1);
    }
    for (int y = 0; y < height; y++) {
      if (y + half < height) {
        addRow(dark, sum, darkCount, y + half, 1);
      }
      if (y - half - 1 >= 0) {
        addRow(dark, sum, darkCount, y - half - 1, -1);
      }
      int count = Math.min(height - 1, y + half) - Math.max(0, y - half) + 1;
      for (int x = across; x < width - across; x++) {
        line[y * width + x] |= faint(valley(y * width + x, 1), sum[x], darkCount[x], count);
      }
    }
  }

  /** Adds ({@code sign} 1) or takes off row {@code y}'s valleys across columns and dark pixels to the columns' sums. */
  private void addRow(boolean[] dark, int[] sum, int[] darkCount, int y, int sign) {
    for (int x = across; x < width - across; x++) {
      sum[x] += sign * valley(y * width + x, 1);
      darkCount[x] += dark[y * width + x] ? sign : 0;
    }
  }

  /**
   * Whether a pixel darker than its sides by {@code valley} lies on a faint line, its window of {@code count} pixels
   * darker than their sides by {@code sum} in all and holding {@code darkCount} dark pixels: a faint line is faint all
   * along, while the dots of a streak are dark with paper between them.
   */
  private boolean faint(int valley, int sum, int darkCount, int count) {
    return valley > 0 && sum >= contrast * count && darkCount * DARK_SHARE <= count;
  }

  /** How much darker pixel {@code i} is than the lighter of its two neighbours {@code step} apart across, bounded. */
  private int valley(int i, int step) {
    int d = Math.min(gray[i - across * step], gray[i + across * step]) - gray[i];
    return Math.max(-2 * contrast, Math.min(2 * contrast, d));
  }

  /** The paper's grain: the mean difference in gray between neighbours along a row where both are about paper. */
  private double grain(int paper) {
    long sum = 0;
    long n = 0;
    for (int i = 1; i < gray.length; i++) {
      if (i % width != 0 && gray[i] >= paper - PAPER_BAND && gray[i - 1] >= paper - PAPER_BAND) {
        sum += Math.abs(gray[i] - gray[i - 1]);
        n++;
      }
    }
    return n == 0 ? 0 : (double) sum / n;
  }
}
