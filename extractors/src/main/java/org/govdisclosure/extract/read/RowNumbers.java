package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.value.CellKind;

/**
 * A table's rows numbered in a column of their own, in text: an office's {@code 序号} column or a spreadsheet's row
 * headers, each row's line opening with its number, then a space or a tab and the row's label. A reader skips those
 * numbers because they count the lines one by one; read as cells they would be taken for a count of the row before.
 * They are taken off where consecutive lines open with consecutive numbers, each followed by text that is no number:
 * under a line opening with the column's name ({@code 序号}), from {@value #NAMED_RUN} lines; else only over a run
 * of at least {@value #RUN} lines, longer than any of the template's groups of rows numbered 1., 2. … .
 */
final class RowNumbers {

  /**
   * A line's number, the space after it and the opening of a label: a row's ordinal ({@code 2.其他法律…}) or neither a
   * digit nor a mark of a blank cell.
   */
  private static final Pattern NUMBERED =
      Pattern.compile("^[ \\t\u3000]*(\\d{1,3})[ \\t\u3000]+(?=\\d{1,2}[.．、]\\D|[^\\d\\s\u3000" + CellKind.BLANK_MARK_CLASS + "])");
  /** A line opening with the column's name. */
  private static final Pattern NAME = Pattern.compile("^[ \\t\u3000]*(?:序号|编号)[ \\t\u3000]");
  /** Lines in a run under the column's name; the shortest table numbered so (section 四's three proceedings). */
  private static final int NAMED_RUN = 2;
  /** Lines in a run with no name above it: more than the template's longest group of numbered rows (8). */
  private static final int RUN = 10;

  private RowNumbers() {}

  /** The lines without the row numbers of their tables, or the lines themselves where none are found. */
  static List<String> stripped(List<String> lines) {
    List<String> out = null;
    Matcher m = NUMBERED.matcher("");
    for (int i = 0; i < lines.size(); ) {
      int end = runEnd(lines, i, m);
      // the line above is asked for the column's name only under a run long enough to need it
      if (end - i >= RUN || end - i >= NAMED_RUN && i > 0 && NAME.matcher(lines.get(i - 1)).lookingAt()) {
        out = out != null ? out : new ArrayList<>(lines);
        for (int k = i; k < end; k++) {
          out.set(k, withoutNumber(lines.get(k), m));
        }
        i = end;
      } else {
        i = Math.max(end, i + 1);
      }
    }
    return out == null ? lines : out;
  }

  /**
   * The line without its number: cut with its tab (a cell of its own), else blanked, what follows keeping its display
   * columns, which a layout's cells are placed by.
   */
  private static String withoutNumber(String line, Matcher m) {
    m.reset(line).lookingAt();
    String taken = line.substring(0, m.end());
    return taken.indexOf('\t') >= 0 ? line.substring(m.end()) : " ".repeat(taken.replace("\u3000", "  ").length()) + line.substring(m.end());
  }

  /** The end of the run of lines from {@code from} numbered one by one, or {@code from} when its line is not numbered. */
  private static int runEnd(List<String> lines, int from, Matcher m) {
    int k = from;
    int expected = -1;
    // a number and a label parted by a space are two pieces: a count alone on its line (cell per line) is told so
    while (k < lines.size() && LineStarts.digit(lines.get(k)) && LineStarts.pieces(lines.get(k)) >= 2
        && m.reset(lines.get(k)).lookingAt()) {
      int n = Integer.parseInt(m.group(1));
      if (expected >= 0 && n != expected) {
        break;
      }
      expected = n + 1;
      k++;
    }
    return k;
  }
}
