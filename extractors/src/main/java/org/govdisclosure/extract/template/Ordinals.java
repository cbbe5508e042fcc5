package org.govdisclosure.extract.template;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ordinal that opens a printed label: （三）, (3), 二、, 1., 1、, 一是, and a number the space after it parts from its
 * label ({@code 5 要求…}: folded text keeps no space but that one, kept where a row written as a sentence prints it).
 */
public final class Ordinals {

  private static final String OPENING_BRACKETS = "(（";
  private static final String NUMERALS = "一二三四五六七八九十";

  private static final Pattern LEADING = Pattern.compile(
      "^(?:[" + OPENING_BRACKETS + "][" + NUMERALS + "\\d]+[)）]|[" + NUMERALS + "]+(?:[、.．]|是)|\\d+[、.．)） ])");

  private Ordinals() {}

  /** What an ordinal can open with: a bracket, a numeral or a digit. */
  private static final String FIRST_CHARS = OPENING_BRACKETS + NUMERALS + "0123456789";

  /** Whether the label opens with an ordinal. Expects folded text. */
  public static boolean opens(String label) {
    return strip(label).length() < label.length();
  }

  /** The label without its leading ordinal. Expects folded text. */
  public static String strip(String label) {
    // Most labels open with a word: the first character settles it without a matcher.
    if (label.isEmpty() || FIRST_CHARS.indexOf(label.charAt(0)) < 0) {
      return label;
    }
    Matcher m = LEADING.matcher(label);
    return m.lookingAt() ? label.substring(m.end()) : label;
  }
}
