package org.govdisclosure.extract.prose;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.value.CellKind;
import org.govdisclosure.extract.value.Numerals;

/**
 * Recognizes table text that reached the prose: header words of the statistics tables (the group label 本年度办理结果,
 * not a sentence's 本年度办理结果中，予以公开… or 本年度办理结果总计12件), pipe rows, a CSV row's empty cells, and cells glued
 * into digit runs (every row of the applications matrix has at least seven cells, so a glued one has seven digits) ({@code 一、本年新收政府信息公开申请数量801000081}). Numbers in such text cannot be read as
 * sentences, so it is never read for statements.
 */
final class TableRemnant {

  private static final OpeningPattern HEADER_WORDS = OpeningPattern.of(
      "第二十条第|申请人情况|自然人法人|结果维持结果纠正|勾稽关系|采购项目数量采购总金额|本年度办理结果(?!中|总计)|\\|");
  /** Five or more digits right after a word, with no counter or unit after them: glued cells, not a count. */
  private static final Pattern GLUED_DIGITS = Pattern.compile("[\\u4e00-\\u9fff]\\d{5,}+(?![.\\d]*(?:" + Numerals.alternation(Numerals.DATE_UNITS)
      + "|" + Numerals.alternation(Numerals.COUNTERS) + "|元|万|亿|%))");

  /** A table cell in folded text: a count with its counter, or a mark of none. */
  private static final String COUNTED = "\\d[\\d,]*" + Numerals.alternation(Numerals.COUNTERS);
  private static final Pattern CELLS = Pattern.compile("(?:" + COUNTED + "|[" + CellKind.ROW_MARKER_CLASS + "])+");
  private static final Pattern COUNTED_CELL = Pattern.compile(COUNTED);
  /** Empty cells side by side in a row saved as CSV ({@code 行政复议,,,,,行政诉讼}): no sentence prints them. */
  private static final String EMPTY_CELLS = ",,,";
  /**
   * People counted right before their applications (当面申请2人3件: two people, three applications): a phrase, not two
   * cells side by side.
   */
  private static final Pattern PEOPLE_BEFORE_THEIR_CASES =
      Pattern.compile("\\d+人(?=\\d[\\d,]*" + Numerals.alternation(Numerals.CASE_COUNTERS) + ")");
  /** Cells a run of marks of none and counts must hold to be a row's: no sentence prints four such side by side. */
  private static final int MIN_RUN_CELLS = 4;

  private TableRemnant() {}

  static boolean in(String sentence) {
    // glued cells and counted cells both need a digit: most sentences without one skip both regexes
    return HEADER_WORDS.in(sentence) || sentence.contains(EMPTY_CELLS)
        || Numerals.holdsDigit(sentence) && (GLUED_DIGITS.matcher(sentence).find() || countedCells(sentence));
  }

  /**
   * Whether the sentence holds a row's cells, its blanks gone in folding: two counts with nothing but marks of none
   * between them ({@code 1件0件}, {@code 0件—0件}), or a count among four or more such cells ({@code ----0件-}), which
   * no sentence prints so.
   */
  private static boolean countedCells(String printed) {
    String sentence = PEOPLE_BEFORE_THEIR_CASES.matcher(printed).replaceAll("");
    Matcher run = CELLS.matcher(sentence);
    while (run.find()) {
      int counts = 0;
      int countedLength = 0;
      Matcher count = COUNTED_CELL.matcher(sentence).region(run.start(), run.end());
      while (count.find()) {
        counts++;
        countedLength += count.end() - count.start();
      }
      int cells = counts + run.end() - run.start() - countedLength;
      if (counts >= 2 || counts == 1 && cells >= MIN_RUN_CELLS) {
        return true;
      }
    }
    return false;
  }
}
