package org.govdisclosure.extract.ocr;

/**
 * A cell printing a dash, {@code -} or {@code —} (none), holds one short flat stroke at the height of a count's
 * middle, which the engine, given it alone, reads as a character ({@code 加}, {@code 四}) or as nothing, least of all
 * when the photo left it faint. No digit is so flat: a 7 or a 4 without its stem is not a stroke a lens loses while
 * it keeps the bar. Such ink is the mark of none it shows.
 */
final class Dashes {

  /** The mark read where a dash is. */
  static final String DASH = "-";

  /** A dash is at most this share of a line's height high, and at least this many times as wide as high (a faint
   * dash keeps only its core, its ends lost in the paper's gray). */
  private static final int MAX_HEIGHT_SHARE = 5;
  private static final double MIN_FLATNESS = 1.5;
  /** A dash is at most this many line heights long (a longer flat stroke is a rule). */
  private static final int MAX_LENGTH_HEIGHTS = 2;
  /** At least this share of a dash's box is ink: one solid stroke, no glyph's pieces. */
  private static final double MIN_FILL = 0.6;

  private Dashes() {}

  /**
   * Whether the ink {@code ink} (its box: x0, y0, x1, y1) in the ruled cell {@code cell} is a dash: one flat solid
   * stroke, in the middle half of the cell's height (not a piece of its border left unerased).
   */
  static boolean dash(Ink page, boolean[] erased, int[] ink, int[] cell) {
    int lineHeight = page.lineHeight();
    int width = ink[2] - ink[0];
    int height = ink[3] - ink[1];
    if (height * MAX_HEIGHT_SHARE > lineHeight || width < MIN_FLATNESS * height || width > MAX_LENGTH_HEIGHTS * lineHeight) {
      return false;
    }
    int middle = (ink[1] + ink[3]) / 2;
    int quarter = (cell[3] - cell[1]) / 4;
    if (middle < cell[1] + quarter || middle > cell[3] - quarter) {
      return false;
    }
    int pixels = 0;
    for (int y = ink[1]; y < ink[3]; y++) {
      for (int x = ink[0]; x < ink[2]; x++) {
        int i = y * page.width + x;
        pixels += page.ink[i] && !erased[i] ? 1 : 0;
      }
    }
    return pixels >= MIN_FILL * width * height;
  }
}
