package org.govdisclosure.extract.render;

import java.util.List;
import java.util.Random;

/**
 * What exporting and copying do to the spacing of a text file without changing what a reader reads: a tab or a
 * space between cells printed as a few spaces, a no-break or an ideographic space, or a tab with a space beside it,
 * or with a character that prints nothing (a zero-width space, joiner or non-joiner) beside it;
 * spaces left at the ends of lines; Windows line ends; a blank line after every line.
 */
final class TextNoise {

  /** How a separating space may come out. */
  private static final List<String> SPACES = List.of(" ", "  ", "   ", "\u00a0", "\u3000", " \u3000", "\u200c ", " \u200b");
  /** How a separating tab may come out (never two tabs: that would be an empty cell). */
  private static final List<String> TABS = List.of("\t", " \t", "\t ", "\t\u3000", "\u00a0\t", "\u200d\t");

  /** What a layout lets spacing noise do. */
  enum Layout {
    /** A blank line ends a table row (Word's cell-per-line export): no blank lines added. */
    CELL_LINES,
    /** Markdown: its markers need their spaces and its tables their lines; only line ends change. */
    MARKDOWN,
    /** Lines of text and cells: everything. */
    FREE
  }

  private final Random rnd;
  private final double rate;

  TextNoise(Random rnd, double rate) {
    this.rnd = rnd;
    this.rate = rate;
  }

  /** {@code text} with its spacing blurred; each kind of change is drawn once per document. */
  String apply(String text, Layout layout) {
    boolean separators = layout != Layout.MARKDOWN && chance();
    boolean trailing = chance();
    boolean blankLines = layout == Layout.FREE && chance();
    boolean crlf = chance();
    StringBuilder b = new StringBuilder(text.length() * 2);
    String[] split = text.split("\n", -1);
    for (int i = 0; i < split.length; i++) {
      String line = split[i];
      b.append(separators ? separators(line) : line);
      if (i == split.length - 1) {
        break;
      }
      if (trailing && rnd.nextBoolean()) {
        b.append(rnd.nextBoolean() ? " " : "\u3000 ");
      }
      b.append(crlf ? "\r\n" : "\n");
      if (blankLines && !line.isBlank()) {
        b.append(crlf ? "\r\n" : "\n");
      }
    }
    return b.toString();
  }

  /** The line with each run of separating spaces or a tab printed another way; its leading whitespace kept. */
  private String separators(String line) {
    StringBuilder b = new StringBuilder(line.length() + 8);
    int i = 0;
    while (i < line.length() && (line.charAt(i) == '\t' || line.charAt(i) == ' ')) {
      b.append(line.charAt(i++));
    }
    for (; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\t') {
        b.append(TABS.get(rnd.nextInt(TABS.size())));
      } else if (c == ' ') {
        b.append(SPACES.get(rnd.nextInt(SPACES.size())));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private boolean chance() {
    return rate > 0 && rnd.nextDouble() < rate * 2;
  }
}
