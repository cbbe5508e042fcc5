package org.govdisclosure.extract.tables;

import java.util.ArrayList;
import java.util.List;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.spi.ReportContext;
import org.govdisclosure.extract.value.CellKind;
import org.govdisclosure.extract.value.Count;
import org.govdisclosure.extract.value.Counts;

/**
 * Reads a row's value cells into a fixed number of counts. Extra blank cells at either end are placeholder
 * cells of merged ranges and are dropped; a row with other extra cells, or too few, yields no values, because which
 * column is extra or missing cannot be known.
 */
final class CountCells {

  private CountCells() {}

  /**
   * Exactly {@code width} values (nulls where a cell holds no number), or null when the row is too short or which of
   * its cells are extra is unknown ({@link #withoutExtraCells}; both warned).
   */
  static List<Integer> read(List<Cell> cells, int width, String where, ReportContext context) {
    List<Cell> kept = withoutExtraCells(cells, width, where, context);
    if (kept != null && kept.size() < width) {
      context.warn("short_row", where + ": " + kept.size() + " value cells where " + width + " were expected; left empty");
      return null;
    }
    return kept == null ? null : counts(kept, where, context);
  }

  /** Each cell read as a count: nulls where a cell holds no number ({@link #warnNoValue}). */
  static List<Integer> counts(List<Cell> cells, String where, ReportContext context) {
    List<Integer> values = new ArrayList<>(cells.size());
    int blanks = 0;
    for (Cell cell : cells) {
      Count count = Counts.parse(cell.text());
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
    } else if (count.kind() == CellKind.LABEL) {
      context.warn("unparseable_cell", where + ": cell '" + cell.text() + "' is not a count (" + count.problem() + ")");
    }
    return count.kind() == CellKind.BLANK;
  }

  static void warnBlanks(int blanks, String where, ReportContext context) {
    if (blanks > 0) {
      context.warn("blank_cell", where + ": " + blanks + " blank cell(s) read as no value");
    }
  }

  /**
   * A row's cells without the extra ones a grid may carry (placeholder cells of merged ranges, a stray column):
   * blanks at either end are dropped, then the places right of a cell merged across columns where that leaves
   * exactly {@code width}; beyond that the cells are kept only where every run of {@code width}
   * consecutive cells reads the same (a row of zeros with one zero too many), since which cell is extra is unknown.
   */
  static List<Cell> withoutExtraCells(List<Cell> cells, int width, String where, ReportContext context) {
    int from = 0;
    int to = cells.size();
    while (to - from > width && cells.get(from).isBlank()) {
      from++;
    }
    while (to - from > width && cells.get(to - 1).isBlank()) {
      to--;
    }
    List<Cell> kept = cells.subList(from, to);
    if (kept.size() <= width) {
      return kept;
    }
    List<Cell> unmerged = kept.stream().filter(c -> !c.spanned()).toList();
    if (unmerged.size() == width) {
      return unmerged; // a value merged across two columns of a grid drawn for a wider table (section 二 of 2019)
    }
    for (int start = 1; start + width <= kept.size(); start++) {
      for (int c = 0; c < width; c++) {
        if (!kept.get(start + c).text().equals(kept.get(c).text())) {
          context.warn("extra_cells", where + ": " + kept.size() + " value cells where " + width
              + " were expected, and which are extra is unknown; left empty");
          return null;
        }
      }
    }
    context.warn("extra_cells", where + ": " + kept.size() + " value cells where " + width
        + " were expected; every " + width + " of them in a row read the same");
    return kept.subList(0, width);
  }
}
