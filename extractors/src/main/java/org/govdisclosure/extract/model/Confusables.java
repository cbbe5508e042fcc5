package org.govdisclosure.extract.model;

import java.util.List;

/**
 * Characters that OCR (and hurried typing) prints as a look-alike: 未/末, 已/己/巳, 日/曰. One lexicon for every
 * reader of labels and sentences. A single character is too little context to undo a confusion (年末 and 自己 are
 * words), a phrase is enough: so the lexicon widens the phrases a reader looks for, and never rewrites text.
 */
public final class Confusables {

  /** Groups of characters that print alike; the first of each is the one reports mean. */
  private static final List<String> GROUPS = List.of("未末", "已己巳", "日曰");
  private static final String REGEX_SYNTAX = "\\^$.|?*+()[]{}";

  private Confusables() {}

  /**
   * A regex fragment that matches {@code phrase} with any of its characters printed as a look-alike
   * ({@code 未经复议} → {@code [未末]经复议}). Give it a phrase of two characters or more: one character alone is
   * ambiguous.
   */
  public static String tolerant(String phrase) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < phrase.length(); i++) {
      char c = phrase.charAt(i);
      String group = groupOf(c);
      if (group != null) {
        b.append('[').append(group).append(']');
      } else {
        b.append(REGEX_SYNTAX.indexOf(c) >= 0 ? "\\" : "").append(c);
      }
    }
    return b.toString();
  }

  /** Whether a printed character may stand for the one expected: the same, or a look-alike of it. */
  public static boolean mayRead(char printed, char expected) {
    if (printed == expected) {
      return true;
    }
    String group = groupOf(expected);
    return group != null && group.indexOf(printed) >= 0;
  }

  private static String groupOf(char c) {
    for (String g : GROUPS) {
      if (g.indexOf(c) >= 0) {
        return g;
      }
    }
    return null;
  }
}
