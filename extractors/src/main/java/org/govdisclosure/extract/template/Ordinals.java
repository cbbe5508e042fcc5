package org.govdisclosure.extract.template;

/**
 * The ordinal that opens a printed label: （三）, (3), 二、, 1., 1、, 一是, and a number the space after it parts from its
 * label ({@code 5 要求…}: folded text keeps no space but that one, kept where a row written as a sentence prints it).
 * Read by a scan of its few characters, not a regex: every label of every table is stripped, most of them several times.
 */
public final class Ordinals {

  private static final String OPENING_BRACKETS = "(（";
  private static final String CLOSING_BRACKETS = ")）";
  private static final String NUMERALS = "一二三四五六七八九十";
  /** What may follow a numeral's run: a mark, or 是 (一是). */
  private static final String AFTER_NUMERALS = "、.．是";
  /** What may follow a run of digits: a mark, a closing bracket or the space parting it from its label. */
  private static final String AFTER_DIGITS = "、.．)） ";

  private Ordinals() {}

  /** Whether the label opens with an ordinal. Expects folded text. */
  public static boolean opens(String label) {
    return end(label) > 0;
  }

  /** The label without its leading ordinal. Expects folded text. */
  public static String strip(String label) {
    int end = end(label);
    return end > 0 ? label.substring(end) : label;
  }

  /** Where the leading ordinal ends: {@code [(（][numerals or digits]+[)）]}, {@code [numerals]+[、.．是]} or {@code \d+[、.．)） ]}; 0 when none opens the label. */
  private static int end(String label) {
    if (label.isEmpty()) {
      return 0;
    }
    char first = label.charAt(0);
    if (OPENING_BRACKETS.indexOf(first) >= 0) {
      int i = 1;
      while (i < label.length() && (isNumeral(label.charAt(i)) || isDigit(label.charAt(i)))) {
        i++;
      }
      return i > 1 && i < label.length() && CLOSING_BRACKETS.indexOf(label.charAt(i)) >= 0 ? i + 1 : 0;
    }
    boolean numerals = isNumeral(first);
    if (!numerals && !isDigit(first)) {
      return 0;
    }
    int i = 1;
    while (i < label.length() && (numerals ? isNumeral(label.charAt(i)) : isDigit(label.charAt(i)))) {
      i++;
    }
    String after = numerals ? AFTER_NUMERALS : AFTER_DIGITS;
    return i < label.length() && after.indexOf(label.charAt(i)) >= 0 ? i + 1 : 0;
  }

  private static boolean isNumeral(char c) {
    return NUMERALS.indexOf(c) >= 0;
  }

  /** An ASCII digit, as the regex's {@code \d} read. */
  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
