package org.govdisclosure.extract.model;

import java.util.List;

/**
 * A report after reading: its blocks in reading order, whatever the file format was.
 *
 * @param format the detected format, e.g. {@code text} or {@code html}
 * @param encoding the charset the bytes were decoded with
 */
public record Document(String format, String encoding, List<Block> blocks) {

  public Document {
    blocks = List.copyOf(blocks);
  }

  /** The title: the first non-empty paragraph. */
  public String title() {
    for (Block b : blocks) {
      if (b instanceof Paragraph p && !p.text().isEmpty()) {
        return p.text();
      }
    }
    return "";
  }
}
