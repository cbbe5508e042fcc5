package org.govdisclosure.extract.model;

/**
 * A paragraph (or heading) of prose; {@code raw} keeps the text as read, {@code text} is its folded form (see
 * {@link Cell}).
 */
public record Paragraph(String raw, String text) implements Block {

  public Paragraph(String raw) {
    this(raw, Cell.Text.fold(raw));
  }
}
