package org.govdisclosure.extract.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * The shapes of the digits a document prints, learned from the counts the engine read surely in its tables, to read
 * a count the engine misread as a character: a serif {@code 1} that the Chinese model reads {@code 工} or {@code 亚}
 * and, allowed digits only, reads as nothing. A glyph is read as the digit whose learned shapes it matches closely
 * while matching every other digit's clearly worse; else it is not read. Each glyph of a count stands apart from the
 * next by a blank column of pixels; a count whose glyphs touch teaches nothing.
 */
final class DigitShapes {

  /** The confidence given a count read by its glyphs' shapes: the engine did not read it, and the warning names it. */
  static final float CONFIDENCE = 60;
  /** A glyph is compared on a grid of this many cells across and down, each the share of its pixels that are ink. */
  private static final int ACROSS = 10;
  private static final int DOWN = 16;
  /** The most a glyph may differ from a learned shape, as the mean difference of the cells' ink shares. */
  private static final double MAX_DISTANCE = 0.16;
  /** How much closer the glyph must lie to its digit's shapes than to any other digit's. */
  private static final double MIN_MARGIN = 0.06;
  /** Glyphs of one type differ in height and width by a pixel or two of scanning; more is another glyph. */
  private static final double SIZE_TOLERANCE = 0.2;
  /** Enough shapes of each digit: more only slow the matching. */
  private static final int MAX_PER_DIGIT = 12;

  private record Shape(char digit, int width, int height, double[] cells) {}

  private final List<Shape> shapes = new ArrayList<>();
  private final int[] perDigit = new int[10];

  /** Learns the glyphs of {@code digits}, which the engine read surely in {@code box}, when they stand apart. */
  void learn(Ink page, boolean[] erased, int[] box, String digits) {
    List<int[]> glyphs = glyphs(page, erased, box);
    if (glyphs == null || glyphs.size() != digits.length()) {
      return;
    }
    for (int i = 0; i < glyphs.size(); i++) {
      int d = digits.charAt(i) - '0';
      if (perDigit[d] < MAX_PER_DIGIT) {
        perDigit[d]++;
        shapes.add(shape(page, erased, glyphs.get(i), digits.charAt(i)));
      }
    }
  }

  /**
   * Learns the digit that opens {@code text}, a label the engine read surely in {@code box} ({@code 1.属于国家秘密}):
   * the labels' ordinals are printed in the counts' type, and a table whose counts are all misread as characters
   * still shows its digits there. Only the glyph the label's ink opens with, standing apart, on the label's first line
   * (a label wrapped in a narrow column, {@code 1.本} / {@code 机关不掌握}, its lines' ink side by side).
   */
  void learnOrdinal(Ink page, boolean[] erased, int[] box, String text) {
    if (text.length() < 2 || !Character.isDigit(text.charAt(0)) || Character.isDigit(text.charAt(1)) || perDigit[text.charAt(0) - '0'] >= MAX_PER_DIGIT) {
      return;
    }
    List<int[]> lines = PageText.bands(page, erased, box);
    if (lines.isEmpty()) {
      return;
    }
    int top = lines.get(0)[0];
    int bottom = lines.get(0)[1];
    int x = box[0];
    while (x < box[2] && !inkedColumn(page, erased, x, top, bottom)) {
      x++;
    }
    int start = x;
    while (x < box[2] && inkedColumn(page, erased, x, top, bottom)) {
      x++;
    }
    int[] glyph = x < box[2] ? rowsOfInk(page, erased, start, top, x, bottom) : null;
    if (glyph != null && !speck(glyph, bottom - top)) {
      perDigit[text.charAt(0) - '0']++;
      shapes.add(shape(page, erased, glyph, text.charAt(0)));
    }
  }

  /** The count printed in {@code box}, each of its glyphs matched to a digit learned; null when one is not sure. */
  String read(Ink page, boolean[] erased, int[] box) {
    List<int[]> glyphs = glyphs(page, erased, box);
    if (glyphs == null || glyphs.isEmpty()) {
      return null;
    }
    int tallest = glyphs.stream().mapToInt(g -> g[3] - g[1]).max().orElseThrow();
    if (glyphs.stream().anyMatch(g -> speck(g, tallest))) {
      return null;
    }
    StringBuilder digits = new StringBuilder();
    for (int[] glyph : glyphs) {
      Shape s = shape(page, erased, glyph, '?');
      double[] nearest = new double[10];
      java.util.Arrays.fill(nearest, Double.MAX_VALUE);
      for (Shape learned : shapes) {
        if (alike(s.width, learned.width) && alike(s.height, learned.height)) {
          int d = learned.digit - '0';
          nearest[d] = Math.min(nearest[d], distance(s.cells, learned.cells));
        }
      }
      int best = 0;
      for (int d = 1; d < 10; d++) {
        best = nearest[d] < nearest[best] ? d : best;
      }
      double second = Double.MAX_VALUE;
      for (int d = 0; d < 10; d++) {
        second = d == best ? second : Math.min(second, nearest[d]);
      }
      if (nearest[best] > MAX_DISTANCE || second - nearest[best] < MIN_MARGIN) {
        return null;
      }
      digits.append((char) ('0' + best));
    }
    return digits.toString();
  }

  /**
   * Whether a glyph is less than half as tall as its line: no digit but a speck, as the edge of a {@code 1}'s flag
   * that a sharp rendering parts from its stem by a blank column of pixels; read as a digit it would add one.
   */
  private static boolean speck(int[] glyph, int lineHeight) {
    return 2 * (glyph[3] - glyph[1]) < lineHeight;
  }

  private static boolean alike(int a, int b) {
    return Math.abs(a - b) <= SIZE_TOLERANCE * Math.max(a, b) + 1;
  }

  private static double distance(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += Math.abs(a[i] - b[i]);
    }
    return sum / a.length;
  }

  /**
   * The glyphs of one line of ink in {@code box}, left to right, each its ink's bounds, parted by blank columns; null
   * when the ink is not one line.
   */
  private static List<int[]> glyphs(Ink page, boolean[] erased, int[] box) {
    List<int[]> glyphs = new ArrayList<>();
    int start = -1;
    for (int x = box[0]; x <= box[2]; x++) {
      boolean ink = x < box[2] && inkedColumn(page, erased, x, box[1], box[3]);
      if (ink && start < 0) {
        start = x;
      } else if (!ink && start >= 0) {
        int[] bounds = rowsOfInk(page, erased, start, box[1], x, box[3]);
        if (bounds == null) {
          return null;
        }
        glyphs.add(bounds);
        start = -1;
      }
    }
    return glyphs;
  }

  private static boolean inkedColumn(Ink page, boolean[] erased, int x, int y0, int y1) {
    for (int y = y0; y < y1; y++) {
      int i = y * page.width + x;
      if (page.ink[i] && !erased[i]) {
        return true;
      }
    }
    return false;
  }

  /** The bounds of the ink from {@code x0} to {@code x1}: one run of rows, else null (two lines, or dirt apart). */
  private static int[] rowsOfInk(Ink page, boolean[] erased, int x0, int y0, int x1, int y1) {
    int top = -1;
    int bottom = -1;
    for (int y = y0; y < y1; y++) {
      boolean ink = false;
      for (int x = x0; x < x1 && !ink; x++) {
        int i = y * page.width + x;
        ink = page.ink[i] && !erased[i];
      }
      if (ink && bottom >= 0 && bottom < y) {
        return null;
      }
      if (ink) {
        top = top < 0 ? y : top;
        bottom = y + 1;
      }
    }
    return top < 0 ? null : new int[] {x0, top, x1, bottom};
  }

  private static Shape shape(Ink page, boolean[] erased, int[] g, char digit) {
    int w = g[2] - g[0];
    int h = g[3] - g[1];
    double[] ink = new double[ACROSS * DOWN];
    int[] pixels = new int[ACROSS * DOWN];
    for (int y = g[1]; y < g[3]; y++) {
      for (int x = g[0]; x < g[2]; x++) {
        int cell = (y - g[1]) * DOWN / h * ACROSS + (x - g[0]) * ACROSS / w;
        int i = y * page.width + x;
        pixels[cell]++;
        ink[cell] += page.ink[i] && !erased[i] ? 1 : 0;
      }
    }
    for (int c = 0; c < ink.length; c++) {
      // A glyph fewer pixels across or down than the grid leaves cells no pixel falls in: they take a neighbour's.
      ink[c] = pixels[c] > 0 ? ink[c] / pixels[c] : c % ACROSS > 0 ? ink[c - 1] : c >= ACROSS ? ink[c - ACROSS] : 0;
    }
    return new Shape(digit, w, h, ink);
  }
}
