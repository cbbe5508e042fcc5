package org.govdisclosure.extract.model;

import java.util.List;

/**
 * A report after reading: its blocks in reading order, whatever the file format was.
 *
 * @param format the detected format: {@code text}, {@code html}, {@code docx}, {@code doc} (Word 97), {@code pdf} or
 *     {@code image} (a picture, read by OCR)
 * @param encoding the charset the bytes were decoded with; null for DOCX, PDF and images, which carry no charset of
 *     their own
 */
public record Document(String format, String encoding, List<Block> blocks) {

  public Document {
    blocks = List.copyOf(blocks);
  }

  private static final int TITLE_SEARCH_BLOCKS = 20;
  private static final int MAX_TITLE_LENGTH = 80;
  private static final int TITLE_TAIL_LENGTH = 8;

  /**
   * The title: the first short paragraph near the top that calls itself a report (page copies put navigation
   * before it; PDF conversions may break it before 年度报告), else the first non-empty paragraph.
   */
  public String title() {
    String first = "";
    int top = Math.min(blocks.size(), TITLE_SEARCH_BLOCKS);
    for (int i = 0; i < top; i++) {
      if (blocks.get(i) instanceof Paragraph p) {
        String t = p.text();
        if (first.isEmpty()) {
          first = t;
        }
        if (t.contains("公开") && !t.contains("报告") && i + 1 < top && blocks.get(i + 1) instanceof Paragraph next
            && next.text().length() <= TITLE_TAIL_LENGTH && next.text().endsWith("报告")) {
          t = t + next.text();
        }
        if (t.length() <= MAX_TITLE_LENGTH && t.contains("报告") && t.contains("公开")) {
          return t;
        }
      }
    }
    return first;
  }
}
