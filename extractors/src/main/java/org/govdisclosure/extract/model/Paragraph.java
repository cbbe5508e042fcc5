package org.govdisclosure.extract.model;

/** A paragraph (or heading) of prose; {@code raw} keeps the text as read. */
public record Paragraph(String raw) implements Block {

  public String text() {
    return Cell.Text.fold(raw);
  }
}
