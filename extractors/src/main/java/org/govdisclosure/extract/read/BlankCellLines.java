package org.govdisclosure.extract.read;

import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.value.CellKind;

/**
 * Blank lines that stand for a table's empty cells in a table copied one cell a line. Where the copy puts each cell
 * on the next line (no blank line between filled cells), an empty cell is a line of its own with nothing on it:
 * {@code 一、本年新收… / 3 / (blank) / 3}. Where blank lines part every cell, they part lines and mark nothing.
 * A sparse copy may have no two filled cells touching; its rows still show the layout where a label is followed at
 * once by a count and the row's last count at once by the next label ({@code 一、… / 2 / (5 blank) / 2 / 二、…}).
 */
final class BlankCellLines {

  /** The longest line a cell of such a copy holds; a longer one is prose, around which blank lines part paragraphs. */
  private static final int MAX_CELL_LENGTH = 60;

  /** How far from a run of blank lines filled cells on consecutive lines show the copy's layout: a row or two. */
  private static final int NEAR = 16;

  /** Pairs of touching cells that show the layout: one may be a chance meeting of a cell and a following line. */
  private static final int MIN_TOUCHING = 2;

  private static final Pattern SPACED = Pattern.compile("\\s");

  private BlankCellLines() {}

  /**
   * The indexes of the blank lines that are cells: each run of blank lines between two cell lines, with a count on
   * one side of it, where the cells near it stand on consecutive lines.
   */
  static BitSet of(List<String> lines) {
    BitSet cells = new BitSet();
    Kinds kinds = new Kinds(lines);
    int i = 1;
    while (i < lines.size()) {
      if (!isBlank(lines.get(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < lines.size() && isBlank(lines.get(end))) {
        end++;
      }
      int before = i - 1;
      if (end < lines.size() && kinds.isCell(before) && kinds.isCell(end)
          && (kinds.isCount(before) || kinds.isCount(end))
          && (cellsOnConsecutiveLines(kinds, before, end) || rowBetweenLabelsNear(kinds, before, end))) {
        cells.set(i, end);
      }
      i = end;
    }
    return cells;
  }

  /**
   * Whether, within {@link #NEAR} lines of the run, two counts stand on consecutive lines at least
   * {@link #MIN_TOUCHING} times: a copy that parts every cell by a blank line has none such.
   */
  private static boolean cellsOnConsecutiveLines(Kinds kinds, int before, int after) {
    int touching = 0;
    for (int i = Math.max(1, before - NEAR); i <= Math.min(kinds.size() - 1, after + NEAR); i++) {
      if (touch(kinds, i - 1, i) && ++touching >= MIN_TOUCHING) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether, within {@link #NEAR} lines of the run, a label is followed at once by a count, then counts and blank
   * lines (at least one blank), and the last count at once by another label: a row one cell a line whose blank cells
   * are blank lines. A copy that parts every cell by a blank line puts one after a label and before the next.
   */
  private static boolean rowBetweenLabelsNear(Kinds kinds, int before, int after) {
    int last = Math.min(kinds.size() - 1, after + NEAR);
    for (int label = Math.max(0, before - NEAR); label < last; label++) {
      if (kinds.isLabel(label) && kinds.isOneCount(label + 1) && rowEndsAtLabel(kinds, label + 1)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the counts and blank lines from {@code first} (a count) hold a blank and end in a count beside a label. */
  private static boolean rowEndsAtLabel(Kinds kinds, int first) {
    boolean blank = false;
    for (int i = first + 1; i < kinds.size(); i++) {
      if (isBlank(kinds.lines.get(i))) {
        blank = true;
      } else if (!kinds.isOneCount(i)) {
        return blank && kinds.isLabel(i) && kinds.isOneCount(i - 1);
      }
    }
    return false;
  }

  /**
   * Two counts on consecutive lines: cells of one row. A label beside a count shows nothing, since a dump that parts
   * every cell by a blank line still puts a wrapped label's pieces and the count printed between them on consecutive
   * lines ({@code 7.属于行政执法 / 0 / 案卷}).
   */
  private static boolean touch(Kinds kinds, int a, int b) {
    return kinds.isCell(a) && kinds.isCell(b) && kinds.isOneCount(a) && kinds.isOneCount(b);
  }

  /** A line with no letter or digit that folds to nothing: most lines show a letter at once, unfolded. */
  private static boolean isBlank(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\t' || Character.isLetterOrDigit(c)) {
        return false;
      }
    }
    return Cell.Text.fold(line).isEmpty();
  }

  /**
   * What each line is as a cell, worked out once when first asked: every run of blank lines looks at the lines within
   * {@link #NEAR} of it, which the runs beside it look at again.
   */
  private static final class Kinds {
    private static final byte KNOWN = 1;
    private static final byte CELL = 2;
    private static final byte COUNT = 4;
    private static final byte ONE_COUNT_KNOWN = 8;
    private static final byte ONE_COUNT = 16;

    private final List<String> lines;
    private final byte[] kinds;

    Kinds(List<String> lines) {
      this.lines = lines;
      this.kinds = new byte[lines.size()];
    }

    int size() {
      return kinds.length;
    }

    boolean isCell(int i) {
      return (kind(i) & CELL) != 0;
    }

    boolean isCount(int i) {
      return (kind(i) & COUNT) != 0;
    }

    boolean isLabel(int i) {
      return isCell(i) && !isCount(i);
    }

    /**
     * A count alone on its line: counts printed apart on one line ({@code 11 48}) are no cell of a copy one cell a line
     * but pieces a dump gathered from several.
     */
    boolean isOneCount(int i) {
      if (!isCount(i)) {
        return false;
      }
      if ((kinds[i] & ONE_COUNT_KNOWN) == 0) {
        boolean one = !SPACED.matcher(Cell.Text.nfkc(lines.get(i)).strip()).find();
        kinds[i] |= ONE_COUNT_KNOWN | (one ? ONE_COUNT : 0);
      }
      return (kinds[i] & ONE_COUNT) != 0;
    }

    private int kind(int i) {
      if (kinds[i] == 0) {
        String line = lines.get(i);
        String folded = Cell.Text.fold(line);
        boolean cell = !folded.isEmpty() && folded.length() <= MAX_CELL_LENGTH && folded.indexOf('。') < 0 && line.indexOf('\t') < 0
            && line.indexOf('|') < 0;
        CellKind kind = CellKind.of(folded);
        boolean count = kind == CellKind.NUMBER || kind == CellKind.MARKER;
        kinds[i] = (byte) (KNOWN | (cell ? CELL : 0) | (count ? COUNT : 0));
      }
      return kinds[i];
    }
  }
}
