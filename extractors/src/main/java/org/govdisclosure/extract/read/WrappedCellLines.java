package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.value.CellKind;
import org.govdisclosure.extract.value.Numerals;

/**
 * Rows of a table placed by position whose cells a text dump wrapped over lines: a cell too narrow for its number
 * prints the digits that do not fit (or its counter {@code 件}) on the line above or below the row's line
 * ({@code ３５} / {@code 一、本年新收… ２９７ １０８ １１９} / {@code ９}), as pdftotext -layout and w3m do. Read line by
 * line the pieces come as cells of their own or of the next row, and which digits make one number is a guess from
 * columns that the dump does not keep. So such a row's line keeps its label and one illegible mark in place of its
 * cells (its cells left empty, with a warning, by whoever reads the row) and the pieces around it are dropped.
 *
 * <p>A row's line is a label and then values; a piece line holds values only, indented past the label, next to it
 * with no blank line between, printing a different number of values (two whole rows print as many, the second's
 * label wrapped onto the line above). A line of counts holding a counter with no count before it ({@code 0件 件 5件})
 * is a piece too (a line of counters only wraps units, not digits), with the line of values next to it, labelled or not (its label wrapped along with the cells), that
 * prints another number of values. Text left of a row's label column on a piece line is another cell's (a group label
 * printed beside a row whose label wraps around that line) and stays.
 */
final class WrappedCellLines {

  /** What stands for the cells of a row that cannot be read: one illegible cell. */
  static final String UNREAD = "?";
  /** Tables whose text draws cells (tabs, pipes, box lines) say where each cell is: nothing is wrapped by position. */
  private static final String CELL_MARKS = "\t|";
  /** The box-drawing block, whose rules mark cells. */
  private static final char FIRST_RULE = '\u2500';
  private static final char LAST_RULE = '\u257F';

  private WrappedCellLines() {}

  /**
   * A line's parts, in characters: its indent, where its label ends and its trailing values start, how many values.
   */
  private record Parts(int indent, int labelEnd, int valuesAt, int values) {

    boolean labelled() {
      return labelEnd > 0;
    }
  }

  /** {@code lines} with each row whose cells wrapped over lines reduced to its label and {@link #UNREAD}. */
  static List<String> marked(List<String> lines) {
    List<String> out = null;
    LineParts known = new LineParts(lines);
    for (int i = 0; i < lines.size(); i++) {
      Parts row = known.of(i);
      if (row == null) {
        continue;
      }
      List<Integer> pieces = new ArrayList<>();
      pieceLines(known, i, -1, row, pieces);
      pieceLines(known, i, 1, row, pieces);
      if (hasDigit(lines.get(i).substring(row.valuesAt())) && hasOrphanCounter(lines.get(i), row)) {
        valueLine(known, i, -1, row, pieces);
        valueLine(known, i, 1, row, pieces);
      }
      if (pieces.isEmpty()) {
        continue;
      }
      out = out != null ? out : new ArrayList<>(lines);
      pieces.add(i);
      for (int p : pieces) {
        out.set(p, p == i ? unread(lines.get(p)) : leftColumn(lines.get(p), row).orElse(unread(lines.get(p))));
      }
      if (!row.labelled()) {
        // a row printing values alone leaves no line in its place: the lines of values alone next to it, paired with
        // labels by order (a label column printed apart), would each take another row's place, so none is read
        unlabelledRun(known, i, -1, out);
        unlabelledRun(known, i, 1, out);
      }
    }
    return out == null ? lines : out;
  }

  /** A line of a wrapped row: its label and {@link #UNREAD}, or nothing when it has no label. */
  private static String unread(String line) {
    Parts p = parts(line);
    return p.labelled() ? line.substring(0, p.labelEnd()) + "  " + UNREAD : "";
  }

  /**
   * A line's label text in a column left of the row's label when the rest of the line prints values only
   * ({@code （五）} of a group whose label the dump printed on the middle line of a row it spans), or nothing.
   */
  private static Optional<String> leftColumn(String line, Parts row) {
    int at = row.indent();
    Parts whole = parts(line);
    if (at == 0 || whole == null || !whole.labelled() || line.length() <= at
        || !Character.isWhitespace(line.charAt(at - 1))) {
      return Optional.empty();
    }
    String left = line.substring(0, at).stripTrailing();
    Parts rest = parts(" ".repeat(at) + line.substring(at));
    return parts(left) != null || rest == null || rest.labelled() ? Optional.empty() : Optional.of(left);
  }

  /**
   * Line {@code j}'s parts from the row's label column on, when text left of that column is another cell's: the
   * row's label wraps around the line, going on past it at the row's indent.
   */
  private static Parts partsFrom(LineParts known, int j, int step, Parts row) {
    List<String> lines = known.lines;
    String line = lines.get(j);
    int past = j + step;
    boolean wrapsAround = past >= 0 && past < lines.size() && !lines.get(past).isBlank()
        && lines.get(past).length() - lines.get(past).stripLeading().length() == row.indent();
    return wrapsAround && leftColumn(line, row).isPresent()
        ? parts(" ".repeat(row.indent()) + line.substring(row.indent()))
        : known.of(j);
  }

  /** Adds the piece lines that run from row line {@code at} in {@code step}'s direction. */
  private static void pieceLines(LineParts known, int at, int step, Parts row, List<Integer> pieces) {
    List<String> lines = known.lines;
    for (int j = at + step; j >= 0 && j < lines.size(); j += step) {
      Parts p = partsFrom(known, j, step, row);
      if (p == null || p.labelled() || p.indent() <= Math.max(row.labelEnd(), row.indent()) || p.values() == row.values()) {
        return;
      }
      if (hasDigit(lines.get(j))) { // a line of counters only wrapped units, not digits: the counts are whole
        pieces.add(j);
      }
    }
  }

  /**
   * Empties the lines of counts alone that run from line {@code at} in {@code step}'s direction (a line of counters
   * only wraps units, and stays).
   */
  private static void unlabelledRun(LineParts known, int at, int step, List<String> out) {
    for (int j = at + step; j >= 0 && j < out.size() && known.of(j) != null && !known.of(j).labelled(); j += step) {
      if (hasDigit(known.lines.get(j))) {
        out.set(j, "");
      }
    }
  }

  /** Adds the line next to line {@code at} in {@code step}'s direction when it prints another number of values. */
  private static void valueLine(LineParts known, int at, int step, Parts row, List<Integer> pieces) {
    int j = at + step;
    Parts p = j >= 0 && j < known.lines.size() ? known.of(j) : null;
    if (p != null && p.values() != row.values()) {
      pieces.add(j);
    }
  }

  /**
   * Whether the line's values hold a counter with no count of its own before it ({@code 0件 件}, a {@code 件} right after
   * the label): a counter whose count the cell wrapped onto another line. A line opening with a counter continues the
   * line before ({@code 341} / {@code 件}, as pdftotext -raw breaks a cell).
   */
  private static boolean hasOrphanCounter(String line, Parts parts) {
    String[] values = Cell.Text.SPACES.split(line.substring(parts.valuesAt()).strip());
    for (int k = 0; k < values.length; k++) {
      if (Numerals.CASE_COUNTERS.contains(Cell.Text.fold(values[k]))
          && (k == 0 ? parts.labelled() : !CellKind.isPlainDigits(Cell.Text.fold(values[k - 1])))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Each line's {@link #parts}, worked out once when first asked: every line is read as a row and again as the
   * neighbour of the rows above and below it.
   */
  private static final class LineParts {
    private final List<String> lines;
    private final Parts[] parts;
    private final BitSet known = new BitSet();

    LineParts(List<String> lines) {
      this.lines = lines;
      this.parts = new Parts[lines.size()];
    }

    Parts of(int j) {
      if (!known.get(j)) {
        parts[j] = parts(lines.get(j));
        known.set(j);
      }
      return parts[j];
    }
  }

  /** A line of text's label and trailing values, or null when it holds no value or marks its cells. */
  private static Parts parts(String line) {
    if (line.isBlank() || marksCells(line)) {
      return null;
    }
    String stripped = line.strip();
    if (!isValue(Cell.Text.lastPiece(stripped, c -> Cell.Text.inSpaceChars((char) c)))) {
      return null; // most lines end in text (prose, labels): settled without splitting them
    }
    String[] tokens = Cell.Text.SPACES.split(stripped);
    int[] starts = new int[tokens.length];
    for (int k = 0, from = 0; k < tokens.length; k++) {
      starts[k] = line.indexOf(tokens[k], from);
      from = starts[k] + tokens[k].length();
    }
    int values = 0;
    while (values < tokens.length && isValue(tokens[tokens.length - 1 - values])
        && !lastLetterOfSpacedLabel(tokens, starts, tokens.length - 1 - values)) {
      values++;
    }
    if (values == 0) {
      return null;
    }
    int indent = opensWithBlankPlace(line) ? 0 : line.length() - line.stripLeading().length();
    int first = tokens.length - values;
    int labelEnd = first == 0 ? 0 : starts[first - 1] + tokens[first - 1].length();
    return new Parts(indent, labelEnd, starts[first], values);
  }

  /**
   * Whether a line opens with an ideographic space standing alone before an ASCII gap ({@code 　  72  　  0}): a blank
   * first cell's place, as a text box prints its blank cells, so the line's values start at its start, not indented.
   */
  private static boolean opensWithBlankPlace(String line) {
    return line.charAt(0) == '\u3000' && LabelColumnFirst.BLANK_PLACE.matcher(line).lookingAt();
  }

  /** Whether a line holds a tab, a bar or a box-drawing rule; a character scan, as every line is asked. */
  private static boolean marksCells(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (CELL_MARKS.indexOf(c) >= 0 || c >= FIRST_RULE && c <= LAST_RULE) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether token {@code k}, a counter's character, is the last letter of a label whose letters are spaced one space
   * apart ({@code 规　范　性　文　件}): one space after the label's text, where a counter wrapped from a cell stands in
   * that cell's column, further off.
   */
  private static boolean lastLetterOfSpacedLabel(String[] tokens, int[] starts, int k) {
    return k > 0 && Numerals.CASE_COUNTERS.contains(Cell.Text.fold(tokens[k])) && !isValue(tokens[k - 1])
        && starts[k] - starts[k - 1] - tokens[k - 1].length() == 1;
  }

  private static boolean hasDigit(String line) {
    return line.chars().anyMatch(c -> Character.isDigit(c));
  }

  /** A count as printed, with or without its counter ({@code 3}, {@code ３件}), or a counter wrapped alone ({@code 件}). */
  private static boolean isValue(String token) {
    String folded = Cell.Text.fold(token);
    if (Numerals.CASE_COUNTERS.contains(folded)) {
      return true;
    }
    int end = folded.length();
    while (end > 0 && Numerals.CASE_COUNTERS.contains(folded.substring(end - 1, end))) {
      end--;
    }
    return end > 0 && CellKind.isPlainDigits(folded.substring(0, end));
  }
}
