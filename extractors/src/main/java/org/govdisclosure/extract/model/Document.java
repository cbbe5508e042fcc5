package org.govdisclosure.extract.model;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report after reading: its blocks in reading order, whatever the file format was.
 *
 * @param format the detected format: {@code text}, {@code html}, {@code docx}, {@code doc} (Word 97), {@code pdf} or
 *     {@code image} (a picture, read by OCR)
 * @param encoding the charset the bytes were decoded with; null for DOCX, PDF and images, which carry no charset of
 *     their own
 * @param cut whether the text stops part-way through a line, as a stored copy of a page's beginning does (a text file
 *     ends its last line with a line break)
 * @param cutAfterCell whether a cut text's last line ends with a pipe closing its last cell ({@code 4.保护第三方合法权益 | 1 |}):
 *     the cut fell between cells, so the last figure it printed is whole, not the start of a longer one
 */
public record Document(String format, String encoding, List<Block> blocks, boolean cut, boolean cutAfterCell) {

  public Document {
    blocks = List.copyOf(blocks);
  }

  public Document(String format, String encoding, List<Block> blocks) {
    this(format, encoding, blocks, false, false);
  }

  /**
   * The text of the line a cut text stops part-way through: its last paragraph, or its last table's last cell (the
   * 20 of a line 2020年… cut short, the 2 of 2.没有现成信息…); null when the text is not cut.
   */
  public String cutLine() {
    if (!cut || blocks.isEmpty()) {
      return null;
    }
    Block last = blocks.get(blocks.size() - 1);
    if (last instanceof Paragraph p) {
      return p.text().strip();
    }
    if (last instanceof Table t && !t.rows().isEmpty()) {
      List<Cell> cells = t.rows().get(t.rows().size() - 1).cells();
      return cells.isEmpty() ? null : cells.get(cells.size() - 1).text().strip();
    }
    return null;
  }

  /** This document's format, encoding and cut with other blocks. */
  public Document withBlocks(List<Block> blocks) {
    return new Document(format, encoding, blocks, cut, cutAfterCell);
  }

  private static final int TITLE_SEARCH_BLOCKS = 20;
  private static final int MAX_TITLE_LENGTH = 80;
  private static final int TITLE_TAIL_LENGTH = 8;
  /** A full stop ends a sentence of the body: no title has one. */
  private static final String SENTENCE_END = "。";
  /** Commas and semicolons part a sentence's clauses (a PDF line of the opening), never a title's words. */
  private static final Pattern CLAUSE_MARK = Pattern.compile("[。，,；;]");
  /**
   * The words the opening's first sentence begins with (本报告根据《条例》…, 根据《条例》…): a line so opening is the body,
   * though a PDF wrapped it short of its comma.
   */
  private static final Pattern BODY_OPENING = Pattern.compile("^(?:本报告|根据)");
  /**
   * A page copy's own label for the title (标题:…, or 标 题 with no colon, as a crawler or a CMS writes it; 标题,… the
   * label's field in a line of comma-separated values, as an export writes it), as a regex: the title and the issuer read it.
   */
  public static final String TITLE_LABEL = "标\\s*题[:：,，]?";
  private static final Pattern OPENING_TITLE_LABEL = Pattern.compile("^" + TITLE_LABEL);
  /** A metadata table's label for the title: 标题, or 名称 (the page's name, which for a report's page is its title). */
  private static final Pattern TABLE_TITLE_LABEL = Pattern.compile("^(?:" + TITLE_LABEL + "|名\\s*称[:：]?)");
  /** {@link #TABLE_TITLE_LABEL}'s first characters: every table cell is asked whether it opens with the label. */
  private static final String TABLE_TITLE_OPENINGS = "标名";
  /**
   * A page copy's metadata table flattened into a line (索引号 620702074/2024-00047 发文字号 XX街道2023年度…报告号): its
   * fields may repeat the title, but the line is no title.
   */
  /** The longest a title's label cell is (标 题：). */
  private static final int TITLE_LABEL_LENGTH = 4;
  private static final Pattern METADATA_LINE = Pattern.compile("^索引号");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /**
   * The title: a short paragraph near the top that calls itself a report. One labelled 标题 is; else the last one
   * before the body begins (page copies put navigation before it, and links to other reports: a sidebar listed above
   * the title; 上一篇/下一篇 and related links come below the body), the body beginning at the first sentence
   * ({@code 。}) or paragraph too long to be a title; else the first non-empty paragraph. PDF conversions may break the
   * title before 年度报告, and wrap the opening's sentences into short lines (a line with a comma is no title). Below
   * the body's first sentence no paragraph is the title: a short page copy's links to other reports are there.
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
        if (t.contains(SENTENCE_END) || BODY_OPENING.matcher(t).lookingAt() || title != null && t.length() > MAX_TITLE_LENGTH) {
          break; // the body has begun: report titles below it are links to other reports
        }
        if (t.contains("公开") && !t.contains("报告") && i + 1 < top && blocks.get(i + 1) instanceof Paragraph next
            && next.text().length() <= TITLE_TAIL_LENGTH && next.text().endsWith("报告")) {
          t = t + next.text();
        }
        if (isTitle(t)) {
          if (OPENING_TITLE_LABEL.matcher(t).find()) {
            return t;
          }
          title = t;
        } else if (isTitle(afterTitleLabel(t))) {
          return afterTitleLabel(t); // the label's comma is no clause's: the title is after it
        }
      } else if (blocks.get(i) instanceof Table t) {
        String labelled = labelledTitle(t);
        if (labelled != null) {
          return labelled;
        }
        title = title == null ? loneLineTitle(t) : title;
      }
    }
    return title != null ? title : first.length() > MAX_TITLE_LENGTH ? runOnTitle(firstRaw(), first) : first;
  }

  /** The text after a title's label it opens with ({@code 标题,XX局…报告}), or "" where it opens with none. */
  private static String afterTitleLabel(String paragraph) {
    Matcher label = OPENING_TITLE_LABEL.matcher(paragraph);
    return label.lookingAt() ? paragraph.substring(label.end()).strip() : "";
  }

  /** Whether the report prints a title that calls itself a report, rather than {@link #title} falling back on its first line. */
  public boolean printsTitle() {
    return isTitle(title());
  }

  /**
   * Whether {@code line} is the title the report prints ({@link #printsTitle}) printed again, as a running head: a line
   * that could be no title says no without the title being looked for.
   */
  public boolean printsTitleAgain(String line) {
    String again = line.strip();
    if (!mayBeTitle(again)) {
      return false;
    }
    String title = title();
    return isTitle(title) && again.equals(title.strip());
  }

  /**
   * The title a page copy's metadata table prints in the cell after its label (标 题: | XX乡2019年…报告 |, 名称 |
   * XX管理区2025年…报告 |), or null: one so labelled is the title, as a paragraph labelled 标题 is.
   */
  private static String labelledTitle(Table table) {
    for (Row row : table.rows()) {
      List<Cell> cells = row.cells();
      for (int c = 0; c + 1 < cells.size(); c++) {
        String label = cells.get(c).text().strip();
        if (label.length() <= TITLE_LABEL_LENGTH && !label.isEmpty()
            && TABLE_TITLE_OPENINGS.indexOf(label.charAt(0)) >= 0 && TABLE_TITLE_LABEL.matcher(label).find()
            && isTitle(cells.get(c + 1).text())) {
          return cells.get(c + 1).text();
        }
      }
    }
    return null;
  }

  /**
   * The title a page copy prints as a line followed by empty cells (XX局2023年…报告 | ||||): a row whose only filled
   * cell is its first reads as a line of text, not as a table's; the first such row that is a title, or null.
   */
  private static String loneLineTitle(Table table) {
    for (Row row : table.rows()) {
      List<Cell> cells = row.cells();
      if (cells.isEmpty() || cells.subList(1, cells.size()).stream().anyMatch(c -> !c.isBlank())) {
        return null;
      }
      if (isTitle(cells.get(0).text())) {
        return cells.get(0).text();
      }
    }
    return null;
  }

  /**
   * A page flattened into one line runs its links to other reports and the title together, spaces between them
   * (相关链接 2020年度XX局…报告 XX镇2021年…报告 发布日期:… 根据…): where it holds several report titles, the title is the
   * last before the body, as between paragraphs. Otherwise the line itself.
   */
  private static String runOnTitle(String raw, String line) {
    String title = null;
    int titles = 0;
    for (String piece : SPACES.split(raw.strip())) {
      String t = Cell.Text.fold(piece);
      if (t.length() > MAX_TITLE_LENGTH || t.contains(SENTENCE_END)) {
        break;
      }
      if (isTitle(t)) {
        title = t;
        titles++;
      }
    }
    return titles > 1 ? title : line;
  }

  private String firstRaw() {
    for (Block b : blocks) {
      if (b instanceof Paragraph p && !p.text().isEmpty()) {
        return p.raw();
      }
    }
    return "";
  }

  private static boolean isTitle(String t) {
    return mayBeTitle(t) && !CLAUSE_MARK.matcher(t).find() && !METADATA_LINE.matcher(t).lookingAt();
  }

  /** The cheap half of {@link #isTitle}, its length and its words: a title passes it stripped of its spaces too. */
  private static boolean mayBeTitle(String t) {
    return t.length() <= MAX_TITLE_LENGTH && t.contains("报告") && t.contains("公开");
  }
}
