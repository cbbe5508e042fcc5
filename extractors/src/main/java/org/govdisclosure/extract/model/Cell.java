package org.govdisclosure.extract.model;

import java.text.Normalizer;

/**
 * One table cell. {@code raw} is the text exactly as read; {@code text} is the NFKC-folded, whitespace-stripped
 * form that labels and values are read from (full-width digits and brackets folded; all whitespace, NBSP and
 * ideographic space included, dropped), computed once because every extractor reads it. {@code spanned} marks the
 * empty place a cell merged across columns leaves to its right on a grid: a reader's eye sees no cell there.
 */
public record Cell(String raw, String text, boolean spanned) {

  /** The place right of a cell merged across columns (colspan, gridSpan): blank, and no cell of its own. */
  public static final Cell SPANNED = new Cell("", "", true);

  public Cell(String raw) {
    this(raw == null ? "" : raw, Text.fold(raw == null ? "" : raw), false);
  }

  public boolean isBlank() {
    return text().isEmpty();
  }

  /** Joins a wrapped continuation line onto this cell, keeping the raw text. */
  public Cell append(String continuation) {
    return new Cell(raw + "\n" + continuation);
  }

  /** Folding helpers shared by cells and paragraphs. */
  public static final class Text {
    private Text() {}

    /**
     * NFKC-normalizes {@code s} and drops whitespace. Most cells are ASCII digits and CJK ideographs, which NFKC
     * leaves alone, so those skip {@link Normalizer} (the expensive part) with an identical result.
     */
    public static String fold(String s) {
      return isFastFoldable(s) ? dropSpaces(s) : dropSpaces(Normalizer.normalize(circledOrdinals(s), Normalizer.Form.NFKC));
    }

    /**
     * {@code s} with each circled number ({@code ①}, {@code ❶}, {@code ➀}) as the ordinal it prints, {@code 1.}: NFKC
     * would make it a bare digit, read as a count glued to its label ({@code ⑥属于} is item 6, not the value 6).
     */
    static String circledOrdinals(String s) {
      StringBuilder b = null;
      for (int i = 0; i < s.length(); i++) {
        int n = circledNumber(s.charAt(i));
        if (n > 0 && b == null) {
          b = new StringBuilder(s.length() + 4).append(s, 0, i);
        }
        if (n > 0) {
          b.append(n).append('.');
        } else if (b != null) {
          b.append(s.charAt(i));
        }
      }
      return b == null ? s : b.toString();
    }

    private static int circledNumber(char c) {
      if (c >= '\u2460' && c <= '\u2473') {
        return c - '\u2460' + 1; // ① … ⑳
      }
      if (c >= '\u2776' && c <= '\u2793') {
        return (c - '\u2776') % 10 + 1; // ❶ … ❿, ➀ … ➉, ➊ … ➓
      }
      return 0;
    }

    /**
     * True when every character is ASCII or a CJK Unified Ideograph (U+4E00..U+9FFF). Those are NFKC-stable
     * starters that never compose with a neighbour, so NFKC maps such a string to itself.
     */
    static boolean isFastFoldable(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c >= 0x80 && (c < 0x4E00 || c > 0x9FFF)) {
          return false;
        }
      }
      return true;
    }

    /** {@code s} without the spaces that {@link #fold} drops at its two ends (NBSP, ideographic, zero-width). */
    public static String strip(String s) {
      int from = 0;
      int to = s.length();
      while (from < to && isSpace(s.charAt(from))) {
        from++;
      }
      while (to > from && isSpace(s.charAt(to - 1))) {
        to--;
      }
      return s.substring(from, to);
    }

    private static String dropSpaces(String n) {
      int i = 0;
      while (i < n.length() && !isSpace(n.charAt(i))) {
        i++;
      }
      if (i == n.length()) {
        return n;
      }
      StringBuilder b = new StringBuilder(n.length()).append(n, 0, i);
      for (; i < n.length(); i++) {
        char c = n.charAt(i);
        if (!isSpace(c)) {
          b.append(c);
        }
      }
      return b.toString();
    }

    public static boolean isSpace(char c) {
      if (c > ' ' && c < 0x7f || c >= 0x4E00 && c <= 0x9FFF) {
        return false; // printable ASCII and CJK ideographs, most of any text, without the Unicode tables
      }
      return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
    }
  }
}
