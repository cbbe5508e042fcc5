package org.govdisclosure.extract.ocr;

import java.util.List;

/**
 * A cell printing a slash, {@code ／} (no such item), holds one thin stroke leaning right, which Tesseract reads as 1,
 * unsure or not, or as another digit. A 1 is upright (an italic one leans a fifth of its height at most) and its flag
 * lies left of its stem, the other way; a 7's bar and a 4's cross run wide; a slash leans a third of its height or
 * more, each of its rows a short run of ink. A glyph read as a digit that is such a stroke is the slash it shows.
 */
final class Slashes {

  /** The mark read where a slash is: the full-width one, as Chinese tables print it. */
  static final String SLASH = "／";

  /** The least lean of a slash: how far its rows move right, per row up. */
  private static final double MIN_LEAN = 0.3;
  /** A slash's rows are few pixels of ink each: at most this share of its width (a 1's base serif is all of it). */
  private static final double MAX_ROW_SHARE = 0.5;
  /** A stroke lower than this many pixels shows no lean a reader trusts. */
  private static final int MIN_ROWS = 6;

  private Slashes() {}

  /** Whether {@code digits}, read in the one line of ink {@code line}, is one digit whose glyph is a slash. */
  static boolean slashReadAsDigit(Ink page, boolean[] erased, int[] line, String digits) {
    if (digits.length() != 1) {
      return false;
    }
    List<int[]> glyphs = LoopDigits.glyphs(page, erased, line);
    return glyphs.size() == 1 && slash(page, erased, glyphs.get(0));
  }

  /** Whether the glyph's ink is one thin stroke leaning right: the least-squares line through its rows' middles. */
  private static boolean slash(Ink page, boolean[] erased, int[] g) {
    int maxRun = (int) (MAX_ROW_SHARE * (g[2] - g[0]));
    double n = 0;
    double sumY = 0;
    double sumX = 0;
    double sumYY = 0;
    double sumXY = 0;
    for (int y = g[1]; y < g[3]; y++) {
      int left = -1;
      int right = -1;
      for (int x = g[0]; x < g[2]; x++) {
        if (LoopDigits.inked(page, erased, x, y)) {
          left = left < 0 ? x : left;
          right = x;
        }
      }
      if (left < 0) {
        continue;
      }
      if (right - left + 1 > maxRun) {
        return false;
      }
      double middle = (left + right) / 2.0;
      n++;
      sumY += y;
      sumX += middle;
      sumYY += (double) y * y;
      sumXY += y * middle;
    }
    double variance = n * sumYY - sumY * sumY;
    return n >= MIN_ROWS && variance > 0 && -(n * sumXY - sumX * sumY) / variance >= MIN_LEAN;
  }
}
