package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.spi.Template;
import org.govdisclosure.extract.template.NationalTemplate;
import org.govdisclosure.extract.value.CellKind;

/**
 * A text table whose rows print their values on the line above their label (a PDF's layout text where the figures sit
 * at the top of their cells and each label, centred in its cell, below them). The table's first line of values comes
 * right under the column titles, with no row's label above it to take it: a reader binds it, and so each line of
 * values after it, to the label below. Where at least {@value #MIN_ROWS} lines of values alone so open a table, each
 * followed by a line of text alone, each is moved under that line, where a label's values are read everywhere else
 * (a label wrapped over two lines then holds its values between them, as a wrapped label prints them).
 */
final class ValuesAboveLabels {

  private static final List<NationalTemplate.Column> COLUMNS = NationalTemplate.of(Template.T2019).applications().columns();
  private static final Pattern VALUE = Pattern.compile(LabelsAfterValues.VALUE);
  private static final Pattern SPACES = Pattern.compile("[ \\t\u3000]+");
  /** Lines of values in a run: a table's body, not a one-row table under its titles. */
  private static final int MIN_ROWS = 5;
  /** Column titles name at least so many columns. */
  private static final int MIN_TITLES = 2;
  /** Lines of text between one label's values and the next label's: the rest of a wrapped label, a group's label. */
  private static final int MAX_TEXT_LINES = 3;

  private ValuesAboveLabels() {}

  /** The lines with each table printing its values above its labels turned to print them under the labels' first lines. */
  static List<String> moved(List<String> lines) {
    List<String> out = null;
    for (int i = 1; i < lines.size(); i++) {
      if (!valuesAlone(lines.get(i)) || !namesColumns(lines.get(i - 1))) {
        continue; // most lines: not a table's first line of values under its column titles
      }
      List<Integer> starts = new ArrayList<>();
      int at = i;
      while (at + 1 < lines.size() && valuesAlone(lines.get(at)) && textAlone(lines.get(at + 1))) {
        starts.add(at);
        int next = at + 2;
        while (next < lines.size() && next - at - 1 <= MAX_TEXT_LINES && textAlone(lines.get(next))) {
          next++;
        }
        at = next;
      }
      if (starts.size() >= MIN_ROWS) {
        out = out != null ? out : new ArrayList<>(lines);
        for (int v : starts) {
          out.set(v, lines.get(v + 1));
          out.set(v + 1, lines.get(v));
        }
        i = at;
      }
    }
    return out == null ? lines : out;
  }

  /** Whether the line holds two values or more and nothing else. */
  private static boolean valuesAlone(String line) {
    char first = LineStarts.first(line);
    if (!(first >= '0' && first <= '9' || CellKind.BLANK_MARK_CHARS.indexOf(first) >= 0) || !SpacedColumns.hasDigit(line)) {
      return false;
    }
    if (LineStarts.pieces(line) < 2) {
      return false; // a cell on a line of its own, most lines of a cell-per-line text: not split
    }
    String[] pieces = SPACES.split(line.strip());
    if (pieces.length < 2) {
      return false;
    }
    for (String p : pieces) {
      if (!VALUE.matcher(p).matches()) {
        return false;
      }
    }
    return true;
  }

  /** Whether the line holds text and no value parted by spaces. */
  private static boolean textAlone(String line) {
    if (Cell.Text.fold(line).isEmpty()) {
      return false;
    }
    for (String p : SPACES.split(line.strip())) {
      if (VALUE.matcher(p).matches()) {
        return false;
      }
    }
    return true;
  }

  /** Whether the line's pieces name {@value #MIN_TITLES} of section 三's columns or more. */
  private static boolean namesColumns(String line) {
    int named = 0;
    for (String p : SPACES.split(line.strip())) {
      for (NationalTemplate.Column c : COLUMNS) {
        if (c.isNamed(p)) {
          named++;
          break;
        }
      }
    }
    return named >= MIN_TITLES;
  }
}
