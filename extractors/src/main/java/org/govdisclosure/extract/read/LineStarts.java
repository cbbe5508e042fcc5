package org.govdisclosure.extract.read;

/** Where a line of text starts once its indent is passed: the cheap test the passes over every line ask first. */
final class LineStarts {

  private LineStarts() {}

  /** The line's first character that is no space, tab or ideographic space; 0 for a blank line. */
  static char first(String line) {
    for (int k = 0; k < line.length(); k++) {
      char c = line.charAt(k);
      if (c != ' ' && c != '\t' && c != '\u3000') {
        return c;
      }
    }
    return 0;
  }

  /** Whether the line's first character after its indent is an ASCII digit. */
  static boolean digit(String line) {
    char c = first(line);
    return c >= '0' && c <= '9';
  }
}
