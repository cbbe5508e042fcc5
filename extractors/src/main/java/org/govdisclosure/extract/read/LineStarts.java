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

  /**
   * The pieces of a line parted by spaces, tabs or ideographic spaces, counted without cutting it: a line matching a
   * pattern of two pieces or more is told from the many that cannot before the matcher runs.
   */
  static int pieces(String line) {
    int pieces = 0;
    boolean inPiece = false;
    for (int k = 0; k < line.length(); k++) {
      char c = line.charAt(k);
      boolean space = c == ' ' || c == '\t' || c == '\u3000';
      pieces += !space && !inPiece ? 1 : 0;
      inPiece = !space;
    }
    return pieces;
  }

  /** Whether the line's first character after its indent is an ASCII digit. */
  static boolean digit(String line) {
    char c = first(line);
    return c >= '0' && c <= '9';
  }
}
