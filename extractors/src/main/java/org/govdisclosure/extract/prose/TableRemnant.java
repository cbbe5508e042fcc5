package org.govdisclosure.extract.prose;

import java.util.regex.Pattern;
import org.govdisclosure.extract.value.Numerals;

/**
 * Recognizes table text that reached the prose: header words of the statistics tables, pipe rows, and cells glued
 * into digit runs (every row of the applications matrix has at least seven cells, so a glued one has seven digits) ({@code 一、本年新收政府信息公开申请数量801000081}). Numbers in such text cannot be read as
 * sentences, so it is never read for statements.
 */
final class TableRemnant {

  private static final Pattern HEADER_WORDS = Pattern.compile(
      "第二十条第|申请人情况|自然人法人|结果维持结果纠正|勾稽关系|采购项目数量采购总金额|本年度办理结果|\\|");
  /** Five or more digits right after a word, with no counter or unit after them: glued cells, not a count. */
  private static final Pattern GLUED_DIGITS = Pattern.compile("[\\u4e00-\\u9fff]\\d{5,}+(?![.\\d]*(?:" + Numerals.alternation(Numerals.DATE_UNITS)
      + "|" + Numerals.alternation(Numerals.COUNTERS) + "|元|万|亿|%))");

  /**
   * Three counts in a row with nothing but marks of none between them ({@code 1件3件0件}, {@code 0件—0件0件}): a
   * row's cells, which no sentence prints so.
   */
  private static final Pattern COUNTED_CELLS =
      Pattern.compile("(?:\\d[\\d,]*" + Numerals.alternation(Numerals.COUNTERS) + "[—–\\-/／无]*){3}");

  private TableRemnant() {}

  static boolean in(String sentence) {
    return HEADER_WORDS.matcher(sentence).find() || GLUED_DIGITS.matcher(sentence).find() || COUNTED_CELLS.matcher(sentence).find();
  }
}
