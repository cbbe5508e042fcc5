package org.govdisclosure.extract.template;

import org.govdisclosure.extract.value.Confusables;

/**
 * The ordinal that opens a printed label: （三）, (3), 二、, 1., 1、, 一是, and a number the space after it parts from its
 * label ({@code 5 要求…}: folded text keeps no space but that one, kept where a row written as a sentence prints it).
 * Read by a scan of its few characters, not a regex: every label of every table is stripped, most of them several times.
 */
public final class Ordinals {

  private static final String OPENING_BRACKETS = "(（";
  private static final String CLOSING_BRACKETS = ")）";
  /** The Chinese numerals of ordinals and headings, 一 to 十. */
  public static final String NUMERALS = "一二三四五六七八九十";
  /** The numerals' look-alikes as OCR misreads them ({@code （匕）} for {@code （七）}): brackets around one still make an ordinal. */
  public static final String NUMERAL_LOOK_ALIKES = Confusables.bundled().lookAlikesOf(NUMERALS);
  /** What may follow a numeral's run: a mark, or 是 (一是). */
  private static final String AFTER_NUMERALS = "、.．是";
  /** What OCR reads a digit ordinal's period as (folded from ，：；): a comma, a colon or a semicolon. */
  public static final String MISREAD_PERIODS = ",:;";
  /** The marks after a row ordinal's digits ({@code 1.}, {@code 1、}, {@code 1)}), apart from them or not ({@code 1 .}). */
  public static final String DIGIT_MARKS = "、.．)）";
  /** What may follow a run of digits: a mark, a closing bracket or the space parting it from its label. */
  private static final String AFTER_DIGITS = DIGIT_MARKS + " ";

  private Ordinals() {}

  /** Whether the label opens with an ordinal. Expects folded text. */
  public static boolean opens(String label) {
    return length(label, 0) > 0;
  }

  /** Whether an ordinal opens {@code text} at {@code from}, as {@link #opens} of the text from there, without cutting it. */
  public static boolean opensAt(String text, int from) {
    return length(text, from) > 0;
  }

  /** The label without its leading ordinal. Expects folded text. */
  public static String strip(String label) {
    int end = length(label, 0);
    return end > 0 ? label.substring(end) : label;
  }

  /**
   * The Chinese numerals of a label that is nothing but a bracketed ordinal of them ({@code （七）}: {@code 七}), or null:
   * a row label printed as its ordinal alone. Expects folded text.
   */
  public static String bareNumerals(String label) {
    return length(label, 0) == label.length() ? bracketedNumerals(label) : null;
  }

  /**
   * The Chinese numerals of the bracketed ordinal opening a label ({@code （三）予公幵}: {@code 三}), or null where none of
   * Chinese numerals opens it. Expects folded text.
   */
  public static String bracketedNumerals(String label) {
    int end = length(label, 0);
    if (end < 3 || OPENING_BRACKETS.indexOf(label.charAt(0)) < 0) {
      return null;
    }
    String numerals = label.substring(1, end - 1);
    return numerals.chars().allMatch(c -> isNumeral((char) c)) ? numerals : null;
  }

  /**
   * The length of the ordinal opening {@code text} at {@code from}: {@code [(（][numerals, their look-alikes or digits]+[)）]},
   * {@code [numerals]+[、.．是]} or {@code \d+[、.．)） ]}, or {@code \d+[,:;]} or {@code [numerals]+,} before a CJK ideograph;
   * 0 when none opens it there.
   */
  private static int length(String text, int from) {
    if (from >= text.length()) {
      return 0;
    }
    char first = text.charAt(from);
    if (OPENING_BRACKETS.indexOf(first) >= 0) {
      int i = from + 1;
      while (i < text.length() && (isNumeral(text.charAt(i)) || isDigit(text.charAt(i))
          || NUMERAL_LOOK_ALIKES.indexOf(text.charAt(i)) >= 0)) {
        i++;
      }
      return i > from + 1 && i < text.length() && CLOSING_BRACKETS.indexOf(text.charAt(i)) >= 0 ? i + 1 - from : 0;
    }
    boolean numerals = isNumeral(first);
    if (!numerals && !isDigit(first)) {
      return 0;
    }
    int i = from + 1;
    while (i < text.length() && (numerals ? isNumeral(text.charAt(i)) : isDigit(text.charAt(i)))) {
      i++;
    }
    String after = numerals ? AFTER_NUMERALS : AFTER_DIGITS;
    if (i < text.length() && after.indexOf(text.charAt(i)) >= 0) {
      return i + 1 - from;
    }
    // OCR's comma, colon or semicolon for the period, the label's words right after it: 3,其他 (never 1,234); its
    // comma for the enumeration comma after a numeral: 二,上年结转 (、 and ， look alike, folded to ,)
    return i + 1 < text.length() && (numerals ? text.charAt(i) == ',' : MISREAD_PERIODS.indexOf(text.charAt(i)) >= 0)
        && Character.isIdeographic(text.charAt(i + 1)) ? i + 1 - from : 0;
  }

  private static boolean isNumeral(char c) {
    return NUMERALS.indexOf(c) >= 0;
  }

  /** An ASCII digit, as the regex's {@code \d} read. */
  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
