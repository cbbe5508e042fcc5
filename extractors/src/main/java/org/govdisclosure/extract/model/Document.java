package org.govdisclosure.extract.model;

import java.util.List;
import java.util.regex.Pattern;

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
  /** A full stop ends a sentence of the body: no title has one. */
  private static final String SENTENCE_END = "。";
  /** Commas and semicolons part a sentence's clauses (a PDF line of the opening), never a title's words. */
  private static final Pattern CLAUSE_MARK = Pattern.compile("[。，,；;]");
  /** A page copy's own label for the title (标题:…, as a crawler or a CMS writes it). */
  private static final Pattern TITLE_LABEL = Pattern.compile("^标题[:：]");

  /**
   * The title: a short paragraph near the top that calls itself a report. One labelled 标题 is; else the last one
   * before the body begins (page copies put navigation before it, and links to other reports: a sidebar listed above
   * the title; 上一篇/下一篇 and related links come below the body), the body beginning at the first sentence
   * ({@code 。}) or paragraph too long to be a title; else the first non-empty paragraph. PDF conversions may break the
   * title before 年度报告, and wrap the opening's sentences into short lines (a line with a comma is no title).
   */
  public String title() {
    String first = "";
    String title = null;
    int top = Math.min(blocks.size(), TITLE_SEARCH_BLOCKS);
    for (int i = 0; i < top; i++) {
      if (blocks.get(i) instanceof Paragraph p) {
        String t = p.text();
        if (first.isEmpty()) {
          first = t;
        }
        if (title != null && (t.length() > MAX_TITLE_LENGTH || t.contains(SENTENCE_END))) {
          break;
        }
        if (t.contains("公开") && !t.contains("报告") && i + 1 < top && blocks.get(i + 1) instanceof Paragraph next
            && next.text().length() <= TITLE_TAIL_LENGTH && next.text().endsWith("报告")) {
          t = t + next.text();
        }
        if (t.length() <= MAX_TITLE_LENGTH && t.contains("报告") && t.contains("公开") && !CLAUSE_MARK.matcher(t).find()) {
          if (TITLE_LABEL.matcher(t).find()) {
            return t;
          }
          title = t;
        }
      }
    }
    return title != null ? title : first;
  }
}
