package org.govdisclosure.extract.ocr;

import java.util.Arrays;

/**
 * Blots of dust on a scan: round, solid marks of a few pixels to a third of a line's height, which the engine reads
 * as characters of their own ({@code 四}, {@code 站}, {@code 下} in an empty cell) or as one more glyph of the count
 * beside them ({@code 5站}), so that the cell is left blank. Print has no such mark apart from the rest: a glyph is
 * strokes, none much thicker than the type's stroke width; a dot of print (a decimal point, an ordinal's full stop)
 * stands between two glyphs on their line, and a character's dot stroke lies closer to the rest of it than a stroke's
 * width.
 *
 * <p>A dot of dust is a piece of ink (rulings left out) one or two strokes across, round, with no other ink within
 * two strokes of it nor on its rows within a line's height either side (a decimal point, an ordinal's full stop). A
 * blot is a piece two strokes across or more each way and smaller than half a line, no
 * wider than twice its height nor higher than twice its width, filling most of its box, most of whose pixels lie in squares of solid ink
 * a stroke and a pixel wide (a small {@code 0} is a ring), with no other ink within a stroke's width of it, not
 * standing between two pieces of ink on its rows. Neither may stand above or below a dot, as a colon's do. Ink
 * touching a glyph is never cleared: taking a blot off a digit could leave another digit.
 */
final class Blots {

  /**
   * A dot of dust is one or two strokes across, round (its sides within 3 : 2; a hyphen is longer), with no ink within
   * two strokes of it: a dot of print is a decimal point, a stop or a character's dot stroke, all close to a glyph.
   */
  private static final int DOT_STROKES = 2;
  /**
   * The share of a blot's pixels its solid core squares cover (a round blot of 7 pixels, seven tenths); a glyph's
   * strokes are thinner almost everywhere.
   */
  private static final double CORE_SHARE = 0.6;
  /** A blot no wider than this many times its height, nor higher than this many times its width (a dash is longer). */
  private static final int MAX_ELONGATION = 2;
  /** A blot is less than this share of a line's height across: a glyph of the smallest type is larger. */
  private static final int MAX_SIZE_SHARE = 2;
  /**
   * A blot is round: its pixels fill at least this share of its box (a disc π/4 of it). A bold heading's 、 (二、主动…),
   * as solid and as apart from the glyphs either side, is a stroke across its box's diagonal, filling under half: erased,
   * it left a gap that parted the heading's numeral from its title.
   */
  private static final double MIN_FILL = 0.6;

  private Blots() {}

  /** Makes each blot of the page paper, its gray too, so that no picture of a cell shows it. */
  static void clear(Ink page, boolean[] ruled) {
    int lineHeight = page.lineHeight();
    int maxSize = Math.max(1, lineHeight / MAX_SIZE_SHARE);
    int stroke = strokeWidth(page, ruled, lineHeight);
    int core = stroke + 1;
    if (core >= maxSize) {
      return;
    }
    boolean[] seen = new boolean[page.ink.length];
    int[] piece = new int[16];
    for (int start = 0; start < page.ink.length; start++) {
      if (!page.ink[start] || ruled[start] || seen[start]) {
        continue;
      }
      // The piece of ink holding start (8-connected), given up once it is larger than a blot.
      int n = 0;
      piece[n++] = start;
      seen[start] = true;
      int x0 = start % page.width;
      int x1 = x0;
      int y0 = start / page.width;
      int y1 = y0;
      boolean small = true;
      for (int k = 0; k < n; k++) {
        int x = piece[k] % page.width;
        int y = piece[k] / page.width;
        for (int yy = Math.max(0, y - 1); yy <= Math.min(page.height - 1, y + 1); yy++) {
          for (int xx = Math.max(0, x - 1); xx <= Math.min(page.width - 1, x + 1); xx++) {
            int i = yy * page.width + xx;
            if (page.ink[i] && !ruled[i] && !seen[i]) {
              seen[i] = true;
              if (n == piece.length) {
                piece = Arrays.copyOf(piece, n * 2);
              }
              piece[n++] = i;
              x0 = Math.min(x0, xx);
              x1 = Math.max(x1, xx);
              y0 = Math.min(y0, yy);
              y1 = Math.max(y1, yy);
            }
          }
        }
        small &= x1 - x0 < maxSize && y1 - y0 < maxSize;
      }
      int w = x1 - x0 + 1;
      int h = y1 - y0 + 1;
      boolean dot = w >= stroke && h >= stroke && w <= DOT_STROKES * stroke && h <= DOT_STROKES * stroke
          && 2 * w <= 3 * h && 2 * h <= 3 * w && apart(page, ruled, n, x0, y0, x1, y1, DOT_STROKES * stroke)
          && !beside(page, ruled, x0, y0, x1, y1, lineHeight, false);
      boolean blot = small && w >= DOT_STROKES * stroke && h >= DOT_STROKES * stroke && w <= MAX_ELONGATION * h && h <= MAX_ELONGATION * w
          && n >= MIN_FILL * w * h
          && solid(page, ruled, piece, n, x0, y0, w, h, core) && apart(page, ruled, n, x0, y0, x1, y1, stroke)
          && !beside(page, ruled, x0, y0, x1, y1, lineHeight, true);
      if ((dot || blot) && !stacked(page, ruled, x0, y0, x1, y1, lineHeight, DOT_STROKES * stroke)) {
        erase(page, ruled, piece, n);
      }
    }
  }

  /** Whether the squares of solid ink {@code core} wide inside the piece's box cover {@link #CORE_SHARE} of its pixels. */
  private static boolean solid(Ink page, boolean[] ruled, int[] piece, int n, int x0, int y0, int w, int h, int core) {
    // Summed ink over the box, then every core square that is all ink marks its pixels.
    int[] sum = new int[(w + 1) * (h + 1)];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int i = (y0 + y) * page.width + x0 + x;
        int inked = page.ink[i] && !ruled[i] ? 1 : 0;
        sum[(y + 1) * (w + 1) + x + 1] = inked + sum[y * (w + 1) + x + 1] + sum[(y + 1) * (w + 1) + x] - sum[y * (w + 1) + x];
      }
    }
    boolean[] covered = new boolean[w * h];
    for (int y = 0; y + core <= h; y++) {
      for (int x = 0; x + core <= w; x++) {
        int inked = sum[(y + core) * (w + 1) + x + core] - sum[y * (w + 1) + x + core] - sum[(y + core) * (w + 1) + x] + sum[y * (w + 1) + x];
        if (inked == core * core) {
          for (int yy = y; yy < y + core; yy++) {
            java.util.Arrays.fill(covered, yy * w + x, yy * w + x + core, true);
          }
        }
      }
    }
    int inCore = 0;
    for (int k = 0; k < n; k++) {
      int i = piece[k];
      inCore += covered[(i / page.width - y0) * w + i % page.width - x0] ? 1 : 0;
    }
    return inCore >= CORE_SHARE * n;
  }

  /** Whether the piece of {@code n} pixels in the box is the only ink within {@code clearance} of the box. */
  private static boolean apart(Ink page, boolean[] ruled, int n, int x0, int y0, int x1, int y1, int clearance) {
    int ink = 0;
    for (int y = Math.max(0, y0 - clearance); y <= Math.min(page.height - 1, y1 + clearance); y++) {
      for (int x = Math.max(0, x0 - clearance); x <= Math.min(page.width - 1, x1 + clearance); x++) {
        int i = y * page.width + x;
        ink += page.ink[i] && !ruled[i] ? 1 : 0;
      }
    }
    return ink == n;
  }

  /**
   * Whether another dot stands above or below the box within {@code reach}, as a colon's or a semicolon's two do: the
   * first ink met in its columns is a run of rows no higher than {@code dot} with paper beyond it.
   */
  private static boolean stacked(Ink page, boolean[] ruled, int x0, int y0, int x1, int y1, int reach, int dot) {
    return dotAt(page, ruled, x0, x1, y0 - 1, -1, reach, dot) || dotAt(page, ruled, x0, x1, y1 + 1, 1, reach, dot);
  }

  /** Whether, going from row {@code y} by {@code step} up to {@code reach} rows, the first ink is a run of at most {@code dot} rows. */
  private static boolean dotAt(Ink page, boolean[] ruled, int x0, int x1, int y, int step, int reach, int dot) {
    int run = 0;
    for (int k = 0; k < reach && y >= 0 && y < page.height; k++, y += step) {
      boolean ink = inkIn(page, ruled, x0, x1, y, y);
      if (ink && ++run > dot) {
        return false;
      }
      if (!ink && run > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether ink stands within {@code reach} of the box on its rows, on both sides ({@code both}) or on either: a
   * decimal point stands between its digits, as far as a line's height from the foot of a slanting 7, and an
   * ordinal's full stop after its digit, a wide space before the label.
   */
  private static boolean beside(Ink page, boolean[] ruled, int x0, int y0, int x1, int y1, int reach, boolean both) {
    boolean left = inkIn(page, ruled, Math.max(0, x0 - reach), x0 - 1, y0, y1);
    boolean right = inkIn(page, ruled, x1 + 1, Math.min(page.width - 1, x1 + reach), y0, y1);
    return both ? left && right : left || right;
  }

  private static boolean inkIn(Ink page, boolean[] ruled, int x0, int x1, int y0, int y1) {
    for (int y = y0; y <= y1; y++) {
      for (int x = x0; x <= x1; x++) {
        int i = y * page.width + x;
        if (page.ink[i] && !ruled[i]) {
          return true;
        }
      }
    }
    return false;
  }

  private static void erase(Ink page, boolean[] ruled, int[] piece, int n) {
    int paper = page.paper();
    for (int k = 0; k < n; k++) {
      page.toPaper(piece[k] % page.width, piece[k] / page.width, ruled, paper);
    }
  }

  /**
   * The type's stroke width: the commonest length of a row's run of ink (rulings left out) up to half a line's height,
   * as the upright strokes of the text give it.
   */
  static int strokeWidth(Ink page, boolean[] ruled, int lineHeight) {
    int[] runs = new int[Math.max(2, lineHeight / 2 + 1)];
    for (int y = 0; y < page.height; y++) {
      int run = 0;
      for (int x = 0; x <= page.width; x++) {
        int i = y * page.width + x;
        if (x < page.width && page.ink[i] && !ruled[i]) {
          run++;
        } else {
          if (run > 0 && run < runs.length) {
            runs[run]++;
          }
          run = 0;
        }
      }
    }
    int best = 1;
    for (int r = 1; r < runs.length; r++) {
      best = runs[r] > runs[best] ? r : best;
    }
    return best;
  }
}
