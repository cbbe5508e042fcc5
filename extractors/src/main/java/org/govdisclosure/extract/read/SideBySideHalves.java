package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.value.CellKind;

/**
 * A table set in two halves side by side (a layout copy of a page printing a long table's second half beside its
 * first): each line is a row of the left half, a gutter, then a row of the right half. Where, in a run of lines
 * between blank lines, display columns stand blank in every line before a column where the right parts that hold
 * values mostly open with a row's label (at least {@value #MIN_ROWS} of them, their left parts holding values too),
 * the run is rewritten as its left half's lines and then its right half's, as a reader reads them. The gutter taken is the leftmost such: labels of the right half
 * start there, while right of a label column inside either half the values follow their labels.
 */
final class SideBySideHalves {

  /** A gutter is this many blank display columns at least. */
  private static final int GUTTER = 2;
  /** Rows a half holds at least, each a label with values on both sides of the gutter. */
  private static final int MIN_ROWS = 3;
  /** A digit, then a wide space, then text (maybe after an ordinal, 1.): a line that may print a label after values. */
  private static final Pattern LABEL_AFTER_VALUES =
      Pattern.compile("[0-9０-９][ \u3000]{2,}(?:[0-9０-９]{1,2}[.．、])?[^0-9０-９\\s\u3000]");

  /** The bars a text draws between cells with: the pipe and {@link VerticalBars#BARS}. */
  private static final String CELL_RULES = "|" + VerticalBars.BARS;

  /** A row label's ordinal opening a piece ({@code 1.信访举报投诉类申请}), folded. */
  private static final Pattern ORDINAL = Pattern.compile("\\d{1,2}[.、]\\D");

  private SideBySideHalves() {}

  /** {@code lines} with each run of side-by-side halves as the left half's lines, then the right half's. */
  static List<String> apart(List<String> lines) {
    List<String> out = null;
    int start = 0;
    for (int i = 0; i <= lines.size(); i++) {
      if (i < lines.size() && !isBlank(lines.get(i))) {
        continue;
      }
      List<String> halves = labelsAfterValues(lines, start, i) < MIN_ROWS ? null : halves(lines.subList(start, i));
      if (halves != null || out != null) {
        out = out != null ? out : new ArrayList<>(lines.subList(0, start));
        out.addAll(halves != null ? halves : lines.subList(start, i));
        if (i < lines.size()) {
          out.add(lines.get(i));
        }
      }
      start = i + 1;
    }
    return out == null ? lines : out;
  }

  /**
   * How many of the run's lines ({@code from} to {@code to}) print a label after values ({@link #LABEL_AFTER_VALUES}), up to {@link #MIN_ROWS}:
   * every line of a text is asked, so a digit before two spaces is looked for before a matcher is made.
   */
  private static int labelsAfterValues(List<String> lines, int from, int to) {
    int found = 0;
    for (int i = from; i < to && found < MIN_ROWS; i++) {
      String line = lines.get(i);
      if (digitBeforeWideSpace(line) && LABEL_AFTER_VALUES.matcher(line).find()) {
        found++;
      }
    }
    return found;
  }

  private static boolean digitBeforeWideSpace(String line) {
    for (int k = 0; k + 2 < line.length(); k++) {
      char c = line.charAt(k);
      if ((c >= '0' && c <= '9' || c >= '０' && c <= '９') && isWideSpacePart(line.charAt(k + 1)) && isWideSpacePart(line.charAt(k + 2))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWideSpacePart(char c) {
    return c == ' ' || c == '\u3000';
  }

  /** The run's left halves, then its right halves, or null where no gutter parts them. */
  private static List<String> halves(List<String> run) {
    int width = run.stream().mapToInt(SideBySideHalves::width).max().orElse(0);
    boolean[] inked = new boolean[width + 1];
    for (String line : run) {
      int column = 0;
      for (int k = 0; k < line.length(); ) {
        int cp = line.codePointAt(k);
        int w = SpacedColumns.DISPLAY.applyAsInt(cp);
        if (!Character.isWhitespace(cp) && !Cell.Text.isSpace((char) cp)) {
          for (int c = column; c < column + w; c++) {
            inked[c] = true;
          }
        }
        column += w;
        k += Character.charCount(cp);
      }
    }
    for (int x = GUTTER; x < width; x++) {
      if (!inked[x] || !blank(inked, x - GUTTER, x)) {
        continue;
      }
      List<String> left = new ArrayList<>(run.size());
      List<String> right = new ArrayList<>(run.size());
      int rows = 0; // right parts opening with a label, both parts holding values
      int labelled = 0; // right parts opening with a label and holding values
      int valued = 0; // right parts holding values
      for (String line : run) {
        int at = charAt(line, x);
        String l = line.substring(0, at);
        String r = line.substring(at);
        left.add(l.stripTrailing());
        if (!Cell.Text.strip(r).isEmpty()) {
          right.add(r);
        }
        boolean label = hasDigit(r) && opensWithLabel(r);
        valued += hasDigit(r) ? 1 : 0;
        labelled += label ? 1 : 0;
        rows += label && hasDigit(l) ? 1 : 0;
      }
      if (rows >= MIN_ROWS && labelled * 3 >= 2 * valued) {
        left.addAll(right);
        return left;
      }
    }
    return null;
  }

  private static boolean isBlank(String line) {
    for (int k = 0; k < line.length(); k++) {
      if (!Cell.Text.isSpace(line.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean blank(boolean[] inked, int from, int to) {
    for (int c = from; c < to; c++) {
      if (inked[c]) {
        return false;
      }
    }
    return true;
  }

  private static int width(String line) {
    return line.codePoints().map(SpacedColumns.DISPLAY).sum();
  }

  /** The index of the character at display column {@code x}, or the line's length. */
  private static int charAt(String line, int x) {
    int column = 0;
    for (int k = 0; k < line.length(); ) {
      if (column >= x) {
        return k;
      }
      int cp = line.codePointAt(k);
      column += SpacedColumns.DISPLAY.applyAsInt(cp);
      k += Character.charCount(cp);
    }
    return line.length();
  }

  /**
   * Whether the text opens with a label: its first piece is a row's ordinal and text, or neither a value nor a mark of
   * none, nor a cell's rule: a piece opening with a bar ({@code |263}, as antiword draws a Word table's cells) is a
   * cell's edge, the columns of one table, no half.
   */
  private static boolean opensWithLabel(String text) {
    String first = Cell.Text.strip(text);
    int end = 0;
    while (end < first.length() && !Cell.Text.isSpace(first.charAt(end))) {
      end++;
    }
    String piece = Cell.Text.fold(first.substring(0, end));
    return !piece.isEmpty() && CELL_RULES.indexOf(piece.charAt(0)) < 0
        && (ORDINAL.matcher(piece).lookingAt() || !Character.isDigit(piece.charAt(0)) && !CellKind.isMarker(piece));
  }

  private static boolean hasDigit(String text) {
    return Cell.Text.fold(text).chars().anyMatch(Character::isDigit);
  }
}
