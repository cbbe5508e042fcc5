package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text extracted from a PDF that makes bold by printing each glyph twice, a hair apart: every character of its bold
 * text comes out doubled ({@code 本本年年新新收收}). A reader sees the word once. A piece whose characters all come in
 * identical pairs and that holds an ideograph is such text; so is a whole line of such pieces, its figures included
 * ({@code 1122} for a bold 12), where its label is and it has the figures of a table's row, all doubled: a figure
 * alone is never taken for doubled, 11 and 1122 being counts too. Only where several lines show it, as a document's
 * bold headings and labels do.
 */
final class Overprinted {

  private static final Pattern PIECE = Pattern.compile("\\S+");
  /** Lines with doubled ideographs before the text is taken for overprinted: a heading or two and a table's labels. */
  private static final int MIN_LINES = 3;
  /** A doubled piece's length at least: two characters seen. */
  private static final int MIN_LENGTH = 4;
  /** Figures on a line, all in pairs, before they are taken for doubled: a row's, not a few repeated digits (44). */
  private static final int MIN_FIGURES = 5;

  private Overprinted() {}

  /** The lines with overprinted pieces read once, where the text has them; else the lines as they are. */
  static List<String> undoubled(List<String> lines) {
    int doubled = 0;
    for (String line : lines) {
      if (hasDoubledWords(line) && ++doubled >= MIN_LINES) {
        break;
      }
    }
    if (doubled < MIN_LINES) {
      return lines;
    }
    List<String> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      out.add(hasDoubledWords(line) ? undoubledLine(line) : line);
    }
    return out;
  }

  private static boolean hasDoubledWords(String line) {
    if (!hasIdeographTwice(line)) {
      return false; // most lines: no ideograph printed twice in a row, which a doubled word holds
    }
    Matcher m = PIECE.matcher(line);
    while (m.find()) {
      if (isDoubledWord(line, m.start(), m.end())) {
        return true;
      }
    }
    return false;
  }

  private static String undoubledLine(String line) {
    boolean whole = true;
    int figures = 0;
    Matcher m = PIECE.matcher(line);
    while (m.find() && whole) {
      whole = isDoubled(line, m.start(), m.end());
      figures += m.group().chars().allMatch(Character::isDigit) ? 1 : 0;
    }
    whole &= figures >= MIN_FIGURES;
    StringBuilder b = new StringBuilder(line.length());
    int at = 0;
    m.reset();
    while (m.find()) {
      b.append(line, at, m.start());
      if (whole || isDoubledWord(line, m.start(), m.end())) {
        for (int i = m.start(); i < m.end(); i += 2) {
          b.append(line.charAt(i));
        }
      } else {
        b.append(line, m.start(), m.end());
      }
      at = m.end();
    }
    return b.append(line, at, line.length()).toString();
  }

  private static boolean hasIdeographTwice(String line) {
    for (int i = 1; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == line.charAt(i - 1) && Character.isIdeographic(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDoubledWord(String s, int from, int to) {
    if (to - from < MIN_LENGTH || !isDoubled(s, from, to)) {
      return false;
    }
    for (int i = from; i < to; i += 2) {
      if (Character.isIdeographic(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDoubled(String s, int from, int to) {
    if ((to - from) % 2 != 0) {
      return false;
    }
    for (int i = from; i < to; i += 2) {
      if (s.charAt(i) != s.charAt(i + 1)) {
        return false;
      }
    }
    return true;
  }
}
