package org.govdisclosure.extract.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;

/**
 * A fax's scan lines mended before its page is read. A fax machine scans a page a line at a time into black and
 * white; a fault in one scan line blacks part of it (a streak: through a row of counts it reads as a row border,
 * through a heading as {@code 一一一}, past a table as its rows running on) or drops it (white, cutting every stroke
 * and border it crosses). Both are one scan line high, which no print is but a hairline, and a streak starts and
 * ends anywhere, where a hairline ruling ends on a crossing border, or steps to the next row as a turned page draws
 * it. Only a picture of one bit a pixel (a fax, or a black-and-white scan) is mended: a gray one has no such faults.
 * A standard-mode fax, stretched to square pixels by repeating its scan lines, is given blended as a stretch that
 * blends them draws it, mended or not, so that it reads alike either way.
 */
final class FaxLines {

  /** A fax's pixels are black or white (or its two colours): a gray below this is ink. */
  private static final int INK_BELOW = 128;
  /**
   * A streak is at least a line of text long (shorter ones pass as a stroke of a character, as 一 is); at least this
   * share of it has paper above and below it (a streak through a line of text runs between strokes; a ruling two
   * scan lines thick has none).
   */
  private static final double MIN_BARE_SHARE = 0.5;
  /** A ruling's end meets a crossing border within this many pixels (a corner drawn short or long). */
  private static final int CORNER_REACH = Rulings.TOUCH;
  /**
   * A streak running through a line of text is crossed by the characters' strokes at least once every this many text
   * heights along it, and at least {@link #MIN_STROKES_THROUGH} times; a ruling, between rows of text, only by the
   * borders that cross it, which run on past a line of text.
   */
  private static final int TEXT_HEIGHTS_A_STROKE = 2;
  private static final int MIN_STROKES_THROUGH = 3;
  /** Beyond a hairline's end, a turned page's line goes on one row over, or a broken one after a gap: ink along this share. */
  private static final double GOES_ON_SHARE = 0.75;
  /** A dropped line: at least this many pixels have ink above and below and none in it, most of those that have ink both sides. */
  private static final int MIN_HOLES = 3;
  /**
   * A dropped line is blank but for specks: its own ink is at most a fraction of its holes. (A dithered shade's rows
   * alternate their dots, so a row of it has holes under most dots of the rows beside it, and as much ink itself.)
   */
  private static final int DROPPED_INK_SHARE = 4;

  /**
   * A stretched fax repeats nearly all its rows of ink (a streak or a speck in one of two breaks a pair); a fine one's
   * specks leave few rows the same as the next (at most 13 % on the dev faxes, against 100 %).
   */
  private static final double REPEATED_SHARE = 0.9;

  private final int width;
  private final boolean[] ink;
  /** The first pixel row of each scan line: rows repeated (a standard-mode fax stretched to square pixels) are one. */
  private final int[] lineTop;
  /** The height of a line of text ({@link Ink#lineHeight}), not of a scan line. */
  private final int textHeight;

  private FaxLines(boolean[] ink, int width, int height) {
    this.width = width;
    this.ink = ink;
    this.textHeight = Ink.lineHeight(width, height);
    int[] tops = new int[height + 1];
    int n = 0;
    for (int y = 0; y < height; y++) {
      if (y == 0 || !sameRow(y - 1, y)) {
        tops[n++] = y;
      }
    }
    tops[n] = height;
    this.lineTop = Arrays.copyOf(tops, n + 1);
  }

  /**
   * The picture with its dropped scan lines filled and its streaks cleared, its repeated rows blended; itself when it
   * is not of one bit a pixel or has nothing to mend.
   */
  static BufferedImage mended(BufferedImage picture) {
    if (picture.getColorModel().getPixelSize() != 1) {
      return picture;
    }
    int width = picture.getWidth();
    int height = picture.getHeight();
    int[] gray = Ink.grayOf(picture);
    boolean[] ink = new boolean[gray.length];
    for (int i = 0; i < gray.length; i++) {
      ink[i] = gray[i] < INK_BELOW;
    }
    FaxLines lines = new FaxLines(ink, width, height);
    boolean changed = lines.fillDropped() | lines.clearStreaks();
    boolean repeated = lines.repeatedRows();
    if (!changed && !repeated) {
      return picture;
    }
    BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    byte[] pixels = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int i = y * width + x;
        // Each row weighed with the rows beside it (1 2 1): for scan lines repeated twice, what a bilinear stretch gives.
        int level = repeated ? (shade(ink, i - width) + 2 * shade(ink, i) + shade(ink, i + width)) / 4 : shade(ink, i);
        pixels[i] = (byte) level;
      }
    }
    return out;
  }

  private static int shade(boolean[] ink, int i) {
    return i < 0 || i >= ink.length || !ink[i] ? 255 : 0;
  }

  /**
   * Whether the picture repeats its scan lines: most rows of ink are the same as the row above or below them, as a
   * standard-mode fax (100 lines an inch down, 200 dots across) stretched to square pixels is.
   */
  private boolean repeatedRows() {
    int rows = 0;
    int repeated = 0;
    for (int l = 0; l < lines(); l++) {
      int y = lineTop[l];
      if (hasInk(y)) {
        int n = lineTop[l + 1] - y;
        rows += n;
        repeated += n > 1 ? n : 0;
      }
    }
    return rows > 0 && repeated >= REPEATED_SHARE * rows;
  }

  /** The height of a scan line: the middle one of the rows of ink, each with the rows repeating it. */
  private int scanLineHeight() {
    int[] heights = new int[lines()];
    int n = 0;
    for (int l = 0; l < lines(); l++) {
      if (hasInk(lineTop[l])) {
        heights[n++] = lineTop[l + 1] - lineTop[l];
      }
    }
    if (n == 0) {
      return 1;
    }
    Arrays.sort(heights, 0, n);
    return heights[n / 2];
  }

  private boolean hasInk(int y) {
    for (int x = 0; x < width; x++) {
      if (ink[y * width + x]) {
        return true;
      }
    }
    return false;
  }

  private boolean sameRow(int a, int b) {
    for (int x = 0; x < width; x++) {
      if (ink[a * width + x] != ink[b * width + x]) {
        return false;
      }
    }
    return true;
  }

  private int lines() {
    return lineTop.length - 1;
  }

  /** Whether scan line {@code l} has ink at {@code x}; lines off the page have none. */
  private boolean at(int l, int x) {
    return l >= 0 && l < lines() && ink[lineTop[l] * width + x];
  }

  /** Whether scan line {@code l} has ink at {@code x} or up to {@code aside} pixels either side. */
  private boolean near(int l, int x, int aside) {
    for (int k = Math.max(0, x - aside); k <= Math.min(width - 1, x + aside); k++) {
      if (at(l, k)) {
        return true;
      }
    }
    return false;
  }

  private void set(int l, int x, boolean value) {
    for (int y = lineTop[l]; y < lineTop[l + 1]; y++) {
      ink[y * width + x] = value;
    }
  }

  /**
   * Fills each dropped scan line where the lines above and below it both have ink: print is never one scan line
   * apart but for a stroke's edge, so a line one scan line high, blank (but for specks) under most of the strokes and
   * borders that cross it, was dropped. A stroke crossing it aslant (a digit's curve) moves aside by up to a pixel a
   * pixel row: in a standard-mode fax, whose scan line is two rows, the ink above and below it may each be a pixel
   * aside, and is filled so (filled straight only, a 0 kept its top arc apart, and the engine doubted it); in a fine
   * one, straight only (a pixel aside widened its strokes, and digits were doubted).
   */
  private boolean fillDropped() {
    boolean changed = false;
    int scanLine = scanLineHeight();
    int aside = repeatedRows() ? 1 : 0;
    for (int l = 1; l + 1 < lines(); l++) {
      if (lineTop[l + 1] - lineTop[l] > scanLine) {
        continue; // a blank band between two rulings, not one scan line
      }
      int through = 0;
      int holes = 0;
      int own = 0;
      for (int x = 0; x < width; x++) {
        own += at(l, x) ? 1 : 0;
        if (at(l - 1, x) && at(l + 1, x)) {
          through++;
          holes += at(l, x) ? 0 : 1;
        }
      }
      if (holes >= MIN_HOLES && 2 * holes > through && own * DROPPED_INK_SHARE <= holes) {
        for (int x = 0; x < width; x++) {
          if (near(l - 1, x, aside) && near(l + 1, x, aside)) {
            set(l, x, true);
          }
        }
        changed = true;
      }
    }
    return changed;
  }

  /**
   * Clears each streak: a run of ink along one scan line, a line of text long or more, with paper above and below
   * most of it, that ends at one end at least where no border crosses and no line goes on, or that runs through a
   * line of text (from a table's border to the next, through its header's words, it ends as a ruling does). Its pixels
   * stay ink only where the lines above and below have ink (a stroke or a border it crossed).
   */
  private boolean clearStreaks() {
    boolean changed = false;
    for (int l = 0; l < lines(); l++) {
      int x = 0;
      while (x < width) {
        if (!at(l, x)) {
          x++;
          continue;
        }
        int start = x;
        while (x < width && at(l, x)) {
          x++;
        }
        int end = x - 1;
        if (end - start + 1 >= textHeight && bare(l, start, end) && (loose(l, start, -1) || loose(l, end, 1) || throughText(l, start, end))) {
          for (int k = start; k <= end; k++) {
            set(l, k, at(l - 1, k) && at(l + 1, k));
          }
          changed = true;
        }
      }
    }
    return changed;
  }

  /** Whether at least {@link #MIN_BARE_SHARE} of the run has paper on the lines above and below. */
  private boolean bare(int l, int start, int end) {
    int bare = 0;
    for (int x = start; x <= end; x++) {
      bare += at(l - 1, x) || at(l + 1, x) ? 0 : 1;
    }
    return bare >= MIN_BARE_SHARE * (end - start + 1);
  }

  /**
   * Whether the run of line {@code l} ending at {@code end} (going on in direction {@code dir}) ends loose: no border
   * crossing there, and no line going on past it on this or the next lines. At the picture's edge it is: a fax
   * machine scans the whole sheet, whose print keeps a margin, but a fault runs on to the end of its scan line.
   */
  private boolean loose(int l, int end, int dir) {
    if (end + dir < 0 || end + dir >= width) {
      return true;
    }
    for (int x = Math.max(0, end - CORNER_REACH); x <= Math.min(width - 1, end + CORNER_REACH); x++) {
      if (crossingHeight(l, x) >= textHeight / 2) {
        return false;
      }
    }
    int reach = Math.max(1, textHeight / 2);
    int on = 0;
    for (int k = 1; k <= reach; k++) {
      int x = end + dir * k;
      if (x < 0 || x >= width) {
        break;
      }
      on += at(l - 1, x) || at(l, x) || at(l + 1, x) ? 1 : 0;
    }
    return on < GOES_ON_SHARE * reach;
  }

  /**
   * Whether the run of line {@code l} runs through a line of text: the strokes crossing it (ink on the lines above and
   * below, shorter than a line of text: a border runs on past it) are at least {@link #MIN_STROKES_THROUGH}, and one
   * every {@link #TEXT_HEIGHTS_A_STROKE} text heights along it.
   */
  private boolean throughText(int l, int start, int end) {
    int strokes = 0;
    boolean inStroke = false;
    for (int x = start; x <= end; x++) {
      boolean crossed = at(l - 1, x) && at(l + 1, x) && crossingHeight(l, x) < textHeight;
      strokes += crossed && !inStroke ? 1 : 0;
      inStroke = crossed;
    }
    return strokes >= MIN_STROKES_THROUGH && (long) strokes * TEXT_HEIGHTS_A_STROKE * textHeight >= end - start + 1;
  }

  /** How many pixel rows the ink of column {@code x} runs over through scan line {@code l}, or beside it. */
  private int crossingHeight(int l, int x) {
    int up = l - 1;
    while (at(up, x)) {
      up--;
    }
    int down = l + 1;
    while (at(down, x)) {
      down++;
    }
    // up and down are the first lines without ink either side; the line itself counts whatever it holds.
    return lineTop[down] - lineTop[up + 1];
  }
}
