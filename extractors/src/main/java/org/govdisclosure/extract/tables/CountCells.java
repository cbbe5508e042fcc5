package org.govdisclosure.extract.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.spi.ReportContext;
import org.govdisclosure.extract.value.CellKind;
import org.govdisclosure.extract.value.Count;
import org.govdisclosure.extract.value.Counts;

/**
 * Reads a row's value cells into a fixed number of counts. Extra blank cells at either end are placeholder
 * cells of merged ranges or a stray column and are dropped (from the end the row's identity points to, where that
 * matters); a row with other extra cells, or too few, yields no values, because which column is extra or missing
 * cannot be known.
 */
final class CountCells {

  /** The most readings of a row's cells printing figures apart that are tried: beyond, the row settles nothing. */
  private static final int MAX_READINGS = 4096;

  /** A table at least this wide whose row prints one figure alone in its first cell may have lost its cells ({@link #lostCells}). */
  private static final int MIN_LONE_ROW = 3;

  private CountCells() {}

  /**
   * Exactly {@code width} values (nulls where a cell holds no number), or null when the row is too short or which of
   * its cells are extra is unknown ({@link #withoutExtraCells}; both warned).
   */
  static List<Integer> read(List<Cell> cells, int width, String where, ReportContext context) {
    return read(cells, width, null, where, context);
  }

  /**
   * The same for a row with an identity of its own (its counts, a blank or a mark of none counting 0): a cell printing
   * figures apart is read joined where that reading alone meets it ({@link #withFiguresApartJoined}).
   */
  static List<Integer> read(List<Cell> cells, int width, Predicate<int[]> identity, String where, ReportContext context) {
    List<Cell> kept = withoutExtraCells(cells, width, where, context);
    if (kept != null && kept.size() < width) {
      kept = withFiguresApartSplit(kept, width, where, context);
    }
    if (kept != null && kept.size() < width) {
      context.warn("short_row", where + ": " + kept.size() + " value cells where " + width + " were expected; left empty");
      return null;
    }
    if (kept != null && kept.size() == width && identity != null) {
      kept = withFiguresApartJoined(kept, identity, where, context);
    }
    return kept == null ? null : counts(kept, where, context);
  }

  /**
   * Whether a grid row lost its cells: it prints one figure, in its first cell, and nothing else, not even its total,
   * in more cells than the table has columns ({@code 一、本年新收… | 0 | ||||||||} under seven): its blanks are the width a
   * crawler gave every line, not cells left blank, and the figure may be any column's. A row of spaced text aligned
   * under its header has its cells placed by the layout, as many as the columns, and is read by position.
   */
  static boolean lostCells(List<Cell> printed, int width) {
    return printed.size() > width && width >= MIN_LONE_ROW && Counts.parse(printed.get(0)).kind() == CellKind.NUMBER
        && printed.subList(1, printed.size()).stream().allMatch(Cell::isBlank);
  }

  /**
   * A row's cells printing figures apart ({@code | 4 63 |}, {@code | 1 544 |}) read as their figures joined (463, 1544)
   * where, the row's other cells all read, that reading meets the row's identity and no other reading of those cells
   * does (any of them as one of its figures alone, the others a stray), warned with the evidence; the cells as they
   * were otherwise (a reader doubts {@code 4 63} the row does not settle).
   */
  static List<Cell> withFiguresApartJoined(List<Cell> cells, Predicate<int[]> identity, String where, ReportContext context) {
    List<Integer> apart = new ArrayList<>();
    int[] values = new int[cells.size()];
    for (int c = 0; c < cells.size(); c++) {
      Count count = Counts.parse(cells.get(c));
      if (Counts.FIGURES_APART.equals(count.problem())) {
        apart.add(c);
      } else if (count.kind() == CellKind.LABEL) {
        return cells; // another unreadable cell: the row settles nothing
      } else {
        values[c] = count.isParsed() ? count.value() : 0;
      }
    }
    if (apart.isEmpty()) {
      return cells;
    }
    // Each cell's readings: its figures joined first, then each figure alone.
    int[][] readings = new int[apart.size()][];
    long combinations = 1;
    for (int a = 0; a < apart.size(); a++) {
      readings[a] = readings(cells.get(apart.get(a)));
      combinations *= readings[a] == null ? 0 : readings[a].length;
      if (combinations == 0 || combinations > MAX_READINGS) {
        return cells;
      }
    }
    int[] choice = new int[apart.size()];
    int meeting = 0;
    boolean joinedMeets = false;
    for (long n = 0; n < combinations && meeting <= 1; n++) {
      long rest = n;
      for (int a = 0; a < apart.size(); a++) {
        choice[a] = (int) (rest % readings[a].length);
        rest /= readings[a].length;
        values[apart.get(a)] = readings[a][choice[a]];
      }
      if (identity.test(values.clone())) {
        meeting++;
        joinedMeets |= n == 0; // combination 0: every cell's figures joined
      }
    }
    if (meeting != 1 || !joinedMeets) {
      return cells;
    }
    List<Cell> read = new ArrayList<>(cells);
    for (int a = 0; a < apart.size(); a++) {
      int at = apart.get(a);
      read.set(at, new Cell(String.valueOf(readings[a][0])));
      context.warn("figures_apart_joined", where + ": cell '" + cells.get(at).raw().strip() + "' printing figures apart read as "
          + readings[a][0] + ", the one reading of " + (apart.size() == 1 ? "it" : "the row's " + apart.size() + " such cells")
          + " that meets the row's sum");
    }
    return read;
  }

  /** A cell's figures joined, then each alone; null where one does not read as a count. */
  private static int[] readings(Cell cell) {
    String[] figures = Cell.Text.SPACES.split(Cell.Text.nfkc(cell.raw()).strip());
    int[] readings = new int[figures.length + 1];
    Count joined = Counts.parse(Cell.Text.fold(String.join("", figures)));
    if (!joined.isParsed()) {
      return null;
    }
    readings[0] = joined.value();
    for (int f = 0; f < figures.length; f++) {
      Count alone = Counts.parse(Cell.Text.fold(figures[f]));
      if (!alone.isParsed()) {
        return null;
      }
      readings[f + 1] = alone.value();
    }
    return readings;
  }


  /**
   * A row short by exactly the figures one of its cells prints apart ({@code | 9 67 |}: two cells a conversion merged)
   * with that cell split at its spaces, warned with the evidence; the cells as they were where another cell prints
   * figures apart too, or the count of figures does not make up the row.
   */
  static List<Cell> withFiguresApartSplit(List<Cell> cells, int width, String where, ReportContext context) {
    int at = cellOfFiguresApart(cells, width);
    if (at < 0) {
      return cells;
    }
    String[] figures = figuresApart(cells.get(at));
    List<Cell> split = new ArrayList<>(cells.subList(0, at));
    Arrays.stream(figures).map(Cell::new).forEach(split::add);
    split.addAll(cells.subList(at + 1, cells.size()));
    context.warn("figures_apart_split", where + ": " + cells.size() + " value cells where " + width + " were expected, cell '"
        + cells.get(at).raw().strip() + "' printing " + figures.length + " figures apart: read as " + figures.length + " cells");
    return split;
  }

  /** Whether {@link #withFiguresApartSplit} makes the row {@code width} cells. */
  static boolean splitsToWidth(List<Cell> cells, int width) {
    return cellOfFiguresApart(cells, width) >= 0;
  }

  /**
   * The one cell printing figures apart, each a count, as many as the row lacks of {@code width}; -1 where there is no
   * such cell, or another cell prints figures apart too.
   */
  private static int cellOfFiguresApart(List<Cell> cells, int width) {
    int at = -1;
    for (int c = 0; c < cells.size(); c++) {
      if (figuresApart(cells.get(c)) != null) {
        if (at >= 0) {
          return -1;
        }
        at = c;
      }
    }
    if (at < 0) {
      return -1;
    }
    String[] figures = figuresApart(cells.get(at));
    return cells.size() - 1 + figures.length != width
        || Arrays.stream(figures).anyMatch(f -> Counts.parse(Cell.Text.fold(f)).kind() != CellKind.NUMBER) ? -1 : at;
  }

  /** The figures a cell prints apart, split at its spaces; null where it prints no figures apart. */
  private static String[] figuresApart(Cell cell) {
    String spaced = Cell.Text.nfkc(cell.raw()).strip();
    return Counts.figuresApart(spaced) ? Cell.Text.SPACES.split(spaced) : null;
  }

  /** Each cell read as a count: nulls where a cell holds no number ({@link #warnNoValue}). */
  static List<Integer> counts(List<Cell> cells, String where, ReportContext context) {
    List<Integer> values = new ArrayList<>(cells.size());
    int blanks = 0;
    for (Cell cell : cells) {
      Count count = Counts.parse(cell);
      blanks += warnNoValue(count, cell, where, context) ? 1 : 0;
      values.add(count.value());
    }
    warnBlanks(blanks, where, context);
    return values;
  }

  /** Warns of a marker or an unreadable cell; whether the cell is blank (warned once per row by {@link #warnBlanks}). */
  static boolean warnNoValue(Count count, Cell cell, String where, ReportContext context) {
    if (count.kind() == CellKind.MARKER) {
      context.warn("marker_cell", where + ": cell '" + cell.text() + "' read as no value");
    } else if (Counts.SPREADSHEET_ERROR.equals(count.problem())) {
      context.warn("error_cell", where + ": cell '" + cell.text() + "' is a spreadsheet's error code, its formula failed; read as no value");
    } else if (count.kind() == CellKind.LABEL) {
      // as printed: folded, a cell printing figures apart (1 6) would read as the count it is not
      context.warn("unparseable_cell", where + ": cell '" + cell.raw().strip() + "' is not a count (" + count.problem() + ")");
    }
    return count.kind() == CellKind.BLANK;
  }

  static void warnBlanks(int blanks, String where, ReportContext context) {
    if (blanks > 0) {
      context.warn("blank_cell", where + ": " + blanks + " blank cell(s) read as no value");
    }
  }

  /** {@link #withoutExtraCells(List, int, Predicate, String, ReportContext)} for a row without an identity of its own. */
  static List<Cell> withoutExtraCells(List<Cell> cells, int width, String where, ReportContext context) {
    return withoutExtraCells(cells, width, null, where, context);
  }

  /**
   * A row's cells without the extra ones a grid may carry (placeholder cells of merged ranges, a stray column):
   * blanks at either end are dropped. Where blanks stand at both ends and dropping them from one end or the other
   * reads differently, those at the left go first (a label merged over several columns leaves its empty cells before
   * the values) unless the row's {@code identity} (its counts, a blank or a mark of none counting 0) says otherwise:
   * when that reading breaks it, the one other reading that meets it is taken (a stray blank column at the right);
   * with several the row is left empty with a warning, with none (a row breaking its sum) the left ones go. Then the
   * places right of a cell merged across columns are dropped where that leaves exactly {@code width}; beyond that
   * the cells are kept only where every run of {@code width} consecutive cells reads the same (a row of zeros with
   * one zero too many), since which cell is extra is unknown.
   */
  static List<Cell> withoutExtraCells(
      List<Cell> cells, int width, Predicate<int[]> identity, String where, ReportContext context) {
    return withoutExtraCells(cells, width, identity, true, where, context);
  }

  /**
   * The same for a part of a table's columns printed apart ({@link NamedColumns}), which has no sum of its own: its
   * rows are padded at the right as well as the table's whole rows were at the left, so where blanks at both ends
   * read differently, which are the part's columns is unknown and the row is left empty, with a warning.
   */
  static List<Cell> partWithoutExtraCells(List<Cell> cells, int width, String where, ReportContext context) {
    return withoutExtraCells(cells, width, null, false, where, context);
  }

  /** @param leftFirst whether, without an identity, the blanks at the left go first (else the row is left empty) */
  private static List<Cell> withoutExtraCells(
      List<Cell> cells, int width, Predicate<int[]> identity, boolean leftFirst, String where, ReportContext context) {
    int extra = cells.size() - width;
    int lead = 0;
    while (lead < extra && cells.get(lead).isBlank()) {
      lead++;
    }
    int trail = 0;
    while (trail < extra && cells.get(cells.size() - 1 - trail).isBlank()) {
      trail++;
    }
    if (extra == 0 && (cells.get(0).isBlank() || cells.get(width - 1).isBlank()) && cells.stream().anyMatch(c -> c.text().equals(CellKind.ILLEGIBLE))) {
      // A cell OCR could not read may hold two counts (a border the scan lost: 1 3 in one box), and then the blank at
      // the end is the place of a merged label, not a cell: which column each count stands in is unknown.
      context.warn("extra_cells", where + ": " + width + " value cells with a blank at an end and one OCR could not read,"
          + " which may hold two; which column each stands in is unknown; left empty");
      return null;
    }
    if (extra <= 0 || lead + trail <= extra) {
      return repeated(cells.subList(lead, cells.size() - trail), width, where, context);
    }
    List<Cell> leftCells = cells.subList(lead, lead + width);
    List<List<Cell>> readings = new ArrayList<>();
    for (int left = lead; left >= extra - trail; left--) {
      List<Cell> reading = cells.subList(left, left + width);
      if (readings.stream().noneMatch(r -> sameTexts(r, reading))) {
        readings.add(reading);
      }
    }
    if (readings.size() == 1 || identity == null && leftFirst || identity != null && meets(leftCells, identity)) {
      return leftCells;
    }
    if (identity == null) {
      context.warn("extra_cells", where + ": " + cells.size() + " value cells where " + width + " were expected, blanks at"
          + " both ends, and which are the columns' is unknown; left empty");
      return null;
    }
    List<List<Cell>> meeting = readings.stream().filter(r -> meets(r, identity)).toList();
    if (meeting.isEmpty()) {
      return leftCells; // a row that breaks its sum every way (as printed, or misread): the sum tells nothing
    }
    if (meeting.size() > 1) {
      context.warn("extra_cells", where + ": " + cells.size() + " value cells where " + width + " were expected, blanks at"
          + " both ends, and more than one way of dropping them meets the row's sum; left empty");
      return null;
    }
    context.warn("extra_cells", where + ": " + cells.size() + " value cells where " + width + " were expected, blanks at"
        + " both ends: '" + String.join(" ", meeting.get(0).stream().map(Cell::text).toList())
        + "' kept, the only way of dropping them that meets the row's sum (dropping those at the left breaks it)");
    return meeting.get(0);
  }

  /**
   * The cells when they are no more than {@code width}, or when every {@code width} of them in a row read the same and
   * they are the row printed again whole, or one stray column, or, in a grid row with merged cells, a few merged values
   * copied (at most half a row's). Twelve zeros where seven were expected are none of these, nor are nine in a row
   * without merged cells: the extra ones may be the next row's, its label lost, and which blank of this row a reader
   * left out is unknown.
   */
  private static List<Cell> repeated(List<Cell> kept, int width, String where, ReportContext context) {
    if (kept.size() <= width) {
      return kept;
    }
    List<Cell> unmerged = kept.stream().filter(c -> !c.spanned()).toList();
    if (unmerged.size() == width) {
      return unmerged; // a value merged across two columns of a grid drawn for a wider table (section 二 of 2019)
    }
    List<Cell> evenlyParted = evenlyParted(kept, width);
    if (evenlyParted != null) {
      context.warn("extra_cells", where + ": " + kept.size() + " value cells where " + width
          + " were expected; the same number of blank cells between every two figures dropped");
      return evenlyParted;
    }
    // the places merged cells leave are no cells of their own: only the cells seen are compared
    List<Cell> seen = unmerged.size() > width ? unmerged : kept;
    boolean merged = unmerged.size() < kept.size();
    int extra = seen.size() % width;
    boolean printedAgain = extra <= 1 || merged && 2 * extra <= width;
    for (int start = 1; printedAgain && start + width <= seen.size(); start++) {
      printedAgain = sameTexts(seen.subList(start, start + width), seen.subList(0, width));
    }
    if (!printedAgain) {
      context.warn("extra_cells", where + ": " + seen.size() + " value cells where " + width
          + " were expected, and which are extra is unknown; left empty");
      return null;
    }
    context.warn("extra_cells", where + ": " + seen.size() + " value cells where " + width
        + " were expected; every " + width + " of them in a row read the same");
    return seen.subList(0, width);
  }

  /**
   * The filled cells, when there are exactly {@code width} and the same number of blank cells stands between every two
   * of them: the separator doubled between cells ({@code 0\t\t5\t\t0}), not blank columns; else null.
   */
  private static List<Cell> evenlyParted(List<Cell> kept, int width) {
    List<Cell> filled = new ArrayList<>(width);
    int gap = -1;
    int blanks = 0;
    for (Cell c : kept) {
      if (!c.isBlank()) {
        if (filled.isEmpty() ? blanks > 0 : blanks == 0 || gap >= 0 && blanks != gap) {
          return null; // a blank before the first figure, or figures side by side, may be a blank column's cell
        }
        gap = filled.isEmpty() ? -1 : blanks;
        filled.add(c);
        blanks = 0;
      } else {
        blanks++;
      }
    }
    return filled.size() == width && blanks == 0 ? filled : null;
  }

  private static boolean sameTexts(List<Cell> a, List<Cell> b) {
    for (int c = 0; c < a.size(); c++) {
      if (!a.get(c).text().equals(b.get(c).text())) {
        return false;
      }
    }
    return true;
  }

  /** Whether the cells, a blank or a mark of none counting 0, meet {@code identity}; a cell that is no count does not. */
  private static boolean meets(List<Cell> cells, Predicate<int[]> identity) {
    int[] values = new int[cells.size()];
    for (int c = 0; c < values.length; c++) {
      Count count = Counts.parse(cells.get(c));
      if (count.kind() == CellKind.LABEL) {
        return false;
      }
      values[c] = count.isParsed() ? count.value() : 0;
    }
    return identity.test(values);
  }
}
