package org.govdisclosure.extract.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * A 6 or a 9 is a loop with a tail, and the paper outside reaches deep into it beside the tail: left of a 9's stroke
 * below its loop, right of a 6's above it. A glyph read as one whose side there is ink is a 0 with dust inside (a speck
 * in its hole, a blot filling its lower half), which Tesseract reads as 9 at high confidence; no identity may catch
 * it when its row or column holds another doubted cell. A 5 has no loop: the paper reaches into it from the left
 * between its bar and the foot of its bowl, where a 6 closes its loop; a faint 6 of a photo is read as 5 at high
 * confidence. Such readings are doubted.
 */
final class LoopDigits {

  /**
   * The least share of its width the paper reaches into a 6 or a 9 beside its tail, or into a 5 left of its bowl; a 0
   * leaves about a tenth, a 6 none left of its loop.
   */
  private static final double MIN_BAY = 0.3;

  /** Where the paper reaches into a digit: from its left or right side, in the rows between shares of its height. */
  private record Bay(boolean fromLeft, int fromPercent, int toPercent) {}

  private static final Bay BELOW_NINE_LOOP = new Bay(true, 55, 80);
  private static final Bay ABOVE_SIX_LOOP = new Bay(false, 20, 45);
  private static final Bay LEFT_OF_FIVE_BOWL = new Bay(true, 50, 75);

  private LoopDigits() {}

  /**
   * Whether {@code digits}, a number read in the one line of ink {@code line}, reads as 5, 6 or 9 a glyph closed where
   * the digit is open: checked when the line's glyphs (specks of dust left out) stand apart, one per character read.
   */
  static boolean closedWhereOpen(Ink page, boolean[] erased, int[] line, String digits) {
    if (digits.chars().noneMatch(d -> bayOf((char) d) != null)) {
      return false;
    }
    List<int[]> glyphs = glyphs(page, erased, line);
    if (glyphs.size() != digits.length()) {
      return false;
    }
    for (int i = 0; i < glyphs.size(); i++) {
      Bay bay = bayOf(digits.charAt(i));
      if (bay != null && depth(page, erased, glyphs.get(i), bay) < MIN_BAY) {
        return true;
      }
    }
    return false;
  }

  /** The glyphs of a line, left to right, each the bounds of its ink, parted by blank columns; specks left out. */
  static List<int[]> glyphs(Ink page, boolean[] erased, int[] line) {
    List<int[]> glyphs = new ArrayList<>();
    boolean inGlyph = false;
    for (int x = line[0]; x < line[2]; x++) {
      int top = -1;
      int bottom = -1;
      for (int y = line[1]; y < line[3]; y++) {
        if (inked(page, erased, x, y)) {
          top = top < 0 ? y : top;
          bottom = y + 1;
        }
      }
      if (top >= 0 && !inGlyph) {
        glyphs.add(new int[] {x, top, x + 1, bottom});
      } else if (top >= 0) {
        int[] g = glyphs.get(glyphs.size() - 1);
        g[1] = Math.min(g[1], top);
        g[2] = x + 1;
        g[3] = Math.max(g[3], bottom);
      }
      inGlyph = top >= 0;
    }
    int tallest = glyphs.stream().mapToInt(g -> g[3] - g[1]).max().orElse(0);
    glyphs.removeIf(g -> 2 * (g[3] - g[1]) < tallest);
    return glyphs;
  }

  /** Where the paper reaches into {@code digit}; null for a digit not checked. */
  private static Bay bayOf(char digit) {
    return switch (digit) {
      case '5' -> LEFT_OF_FIVE_BOWL;
      case '6' -> ABOVE_SIX_LOOP;
      case '9' -> BELOW_NINE_LOOP;
      default -> null;
    };
  }

  /** How far the paper outside reaches into the glyph where {@code bay} lies, over its width; the deepest row counts. */
  private static double depth(Ink page, boolean[] erased, int[] g, Bay bay) {
    int h = g[3] - g[1];
    int from = g[1] + h * bay.fromPercent() / 100;
    int to = g[1] + h * bay.toPercent() / 100;
    int deepest = 0;
    for (int y = from; y < to; y++) {
      int depth = 0;
      while (depth < g[2] - g[0] && !inked(page, erased, bay.fromLeft() ? g[0] + depth : g[2] - 1 - depth, y)) {
        depth++;
      }
      deepest = Math.max(deepest, depth);
    }
    return (double) deepest / (g[2] - g[0]);
  }

  static boolean inked(Ink page, boolean[] erased, int x, int y) {
    int i = y * page.width + x;
    return page.ink[i] && !erased[i];
  }
}
