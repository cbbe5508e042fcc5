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

  private static final int TITLE_SEARCH_BLOCKS = 20;
  private static final int MAX_TITLE_LENGTH = 80;

  /**
   * The title: the first short paragraph near the top that calls itself a report (page copies put navigation
   * before it), else the first non-empty paragraph.
   */
  public String title() {
    String first = "";
    for (int i = 0; i < Math.min(blocks.size(), TITLE_SEARCH_BLOCKS); i++) {
      if (blocks.get(i) instanceof Paragraph p) {
        String t = p.text();
        if (first.isEmpty()) {
          first = t;
        }
        if (t.length() <= MAX_TITLE_LENGTH && t.contains("报告") && t.contains("公开")) {
          return t;
        }
      }
    }
    return first;
  }
}
