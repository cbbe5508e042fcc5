package org.govdisclosure.extract.model;

import java.text.Normalizer;

/**
 * One table cell. {@code raw} is the text exactly as read; {@link #text()} is the NFKC-folded,
 * whitespace-stripped form that labels and values are read from.
 */
public record Cell(String raw) {

  public Cell {
    raw = raw == null ? "" : raw;
  }

  /** NFKC folds full-width digits and brackets; all whitespace (including NBSP and ideographic space) is dropped. */
  public String text() {
    return Text.fold(raw);
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

    public static String fold(String s) {
      String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
      StringBuilder b = new StringBuilder(n.length());
      for (int i = 0; i < n.length(); i++) {
        char c = n.charAt(i);
        if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200b' && c != '\ufeff') {
          b.append(c);
        }
      }
      return b.toString();
    }
  }
}
