package org.govdisclosure.extract.prose;

import java.util.regex.Pattern;
import org.govdisclosure.extract.value.Numerals;

/**
 * A count printed in brackets right after what it counts, as an enumeration of a table's labels gives each its cases
 * ({@code 予以公开（7件）}, {@code 行政复议（3件）：结果维持（1件）、结果纠正（0件）}): read as the name followed by its count
 * ({@code 予以公开7件}), which the rules read. Brackets holding more than a count and its counter ({@code （含上年度结转3件）},
 * {@code （其中自然人3件）}) are a clause of their own and stay.
 */
final class BracketedCounts {

  /**
   * A count and its counter alone in brackets (folded: half-width), right after a Han character, or after the closing
   * quote of a quoted name (危及“三安全一稳定”（0件）).
   */
  private static final Pattern BRACKETED = Pattern.compile("(?<=\\p{IsHan}[”\"’']?)\\(" + Numerals.COUNT + "(" + Numerals.CASE_COUNTER + ")\\)");

  private BracketedCounts() {}

  /** Whether the folded sentence prints a count in brackets after a name. */
  static boolean in(String sentence) {
    return sentence.indexOf('(') >= 0 && BRACKETED.matcher(sentence).find();
  }

  /** The folded sentence with each count in brackets after a name unbracketed; the sentence itself where none is. */
  static String unbracketed(String sentence) {
    return sentence.indexOf('(') < 0 ? sentence : BRACKETED.matcher(sentence).replaceAll("$1$2");
  }
}
