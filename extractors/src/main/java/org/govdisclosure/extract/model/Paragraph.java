package org.govdisclosure.extract.model;

/**
 * A paragraph (or heading) of prose; {@code raw} keeps the text as read, {@code text} is its folded form (see
 * {@link Cell}).
 */
public record Paragraph(String raw, String text) implements Block {

  /** An empty cell of a table copied one cell a line: a line with nothing on it, where filled cells stand. */
  public static final Paragraph BLANK_CELL = new Paragraph("");

  public Paragraph(String raw) {
    this(raw, Cell.Text.fold(raw));
  }
}
