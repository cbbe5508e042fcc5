package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.value.CellKind;

/**
 * A text table printing its label column to the right of its values (a layout copy of a page whose labels were set
 * after the figures): each row's line holds its values, a wide space, then its label. A reader binds the values to the
 * label on their line; read in order, they would be taken for the row above's. Where at least {@value #MIN_ROWS}
 * consecutive lines all print so, each is rewritten label first, as the tables are read everywhere else.
 */
final class LabelsAfterValues {

  /** A value as printed in a cell: a count or a mark of none. */
  static final String VALUE = "(?:\\d{1,9}|[" + CellKind.BLANK_MARK_CLASS + "])";
  /**
   * A line's values (two at least), a wide space, then its label: a row's ordinal or a character that is neither a
   * value nor a space, and nothing after it parted by a space that could be another value.
   */
  private static final Pattern ROW = Pattern.compile("^[ \\t\u3000]*(" + VALUE + "(?:[ \\t\u3000]+" + VALUE + ")+)"
      + "(?:[ \u3000]{2,}|\\t)((?:\\d{1,2}[.．、])?[^\\d\\s\u3000" + CellKind.BLANK_MARK_CLASS + "][^\\t]*?)[ \\t\u3000]*$");
  private static final Pattern ONE_VALUE = Pattern.compile(VALUE);
  private static final Pattern SPACES = Pattern.compile("[ \\t\u3000]+");
  /** Lines in a run: more than a header and its data line, so a table's whole body. */
  private static final int MIN_ROWS = 5;

  private LabelsAfterValues() {}

  /** The lines with each run of rows printing their labels after their values turned label first. */
  static List<String> turned(List<String> lines) {
    List<String> out = null;
    Matcher m = ROW.matcher("");
    for (int i = 0; i < lines.size(); ) {
      int end = i;
      while (end < lines.size() && opensWithValue(lines.get(end)) && mayHoldLabel(lines.get(end)) && m.reset(lines.get(end)).matches() && !spacedValueIn(m.group(2))) {
        end++;
      }
      if (end - i >= MIN_ROWS) {
        out = out != null ? out : new ArrayList<>(lines);
        for (int k = i; k < end; k++) {
          m.reset(lines.get(k)).matches();
          out.set(k, m.group(2) + "\t" + m.group(1));
        }
      }
      i = Math.max(end, i + 1);
    }
    return out == null ? lines : out;
  }

  /** Whether a label holds a value parted by spaces: values after it too, no label printed after its values. */
  private static boolean spacedValueIn(String label) {
    for (String piece : SPACES.split(label)) {
      if (ONE_VALUE.matcher(piece).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the line holds a character that may open a label (neither a value's nor a space): a line of values alone,
   * as common as a table's rows, is asked no regex.
   */
  private static boolean mayHoldLabel(String line) {
    for (int k = 0; k < line.length(); k++) {
      char c = line.charAt(k);
      if (!(c >= '0' && c <= '9' || c == ' ' || c == '\t' || c == '\u3000' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
          || CellKind.BLANK_MARK_CHARS.indexOf(c) >= 0)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the line's first character that is no space may open a value: most lines are asked no more. */
  private static boolean opensWithValue(String line) {
    char c = LineStarts.first(line);
    return c >= '0' && c <= '9' || CellKind.BLANK_MARK_CHARS.indexOf(c) >= 0;
  }
}
