package org.govdisclosure.extract.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * A 6 or a 9 is a loop with a tail: its hole fills about half its height. A glyph read as one whose hole reaches from
 * near its top to near its bottom is a ring, a 0 with a speck of dust inside, which Tesseract reads as 9 at high
 * confidence; no identity may catch it when its row or column holds another doubted cell. Such a reading is doubted.
 */
final class LoopDigits {

  /** The share of a glyph's height its largest hole spans at least in a ring; a 6's or a 9's spans about half. */
  private static final double RING_HOLE_SHARE = 0.62;

  private LoopDigits() {}

  /**
   * Whether {@code digits}, a number read in the one line of ink {@code line}, reads a ring as 6 or 9: checked when
   * the line's glyphs (specks of dust left out) stand apart, one per character read.
   */
  static boolean ringReadAsLoop(Ink page, boolean[] erased, int[] line, String digits) {
    if (digits.indexOf('6') < 0 && digits.indexOf('9') < 0) {
      return false;
    }
    List<int[]> glyphs = glyphs(page, erased, line);
    if (glyphs.size() != digits.length()) {
      return false;
    }
    for (int i = 0; i < glyphs.size(); i++) {
      char d = digits.charAt(i);
      if ((d == '6' || d == '9') && holeShare(page, erased, glyphs.get(i)) >= RING_HOLE_SHARE) {
        return true;
      }
    }
    return false;
  }

  /** The glyphs of a line, left to right, each the bounds of its ink, parted by blank columns; specks left out. */
  private static List<int[]> glyphs(Ink page, boolean[] erased, int[] line) {
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

  /**
   * The height of the glyph's largest hole (paper its ink encloses, connected across pixel edges only) over the
   * glyph's height; 0 without a hole.
   */
  static double holeShare(Ink page, boolean[] erased, int[] g) {
    int w = g[2] - g[0] + 2;
    int h = g[3] - g[1] + 2;
    int[] region = new int[w * h]; // 0 unvisited paper, -1 ink, 1 paper open to the outside, >1 a hole
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int px = g[0] + x - 1;
        int py = g[1] + y - 1;
        boolean inside = px >= g[0] && px < g[2] && py >= g[1] && py < g[3];
        region[y * w + x] = inside && inked(page, erased, px, py) ? -1 : 0;
      }
    }
    int[] stack = new int[w * h];
    int bestSpan = 0;
    int bestSize = 0;
    int label = 1;
    for (int seed = 0; seed < region.length; seed++) {
      if (region[seed] != 0) {
        continue;
      }
      region[seed] = label;
      int size = 0;
      int top = h;
      int bottom = -1;
      int n = 0;
      stack[n++] = seed;
      while (n > 0) {
        int p = stack[--n];
        int x = p % w;
        int y = p / w;
        size++;
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
        int[] next = {x > 0 ? p - 1 : -1, x < w - 1 ? p + 1 : -1, y > 0 ? p - w : -1, y < h - 1 ? p + w : -1};
        for (int q : next) {
          if (q >= 0 && region[q] == 0) {
            region[q] = label;
            stack[n++] = q;
          }
        }
      }
      if (label > 1 && size > bestSize) {
        bestSize = size;
        bestSpan = bottom - top + 1;
      }
      label++; // the first region is seeded in a margin pixel: the paper outside
    }
    return (double) bestSpan / (g[3] - g[1]);
  }

  private static boolean inked(Ink page, boolean[] erased, int x, int y) {
    int i = y * page.width + x;
    return page.ink[i] && !erased[i];
  }
}
