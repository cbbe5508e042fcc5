package org.govdisclosure.extract.tables;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.spi.ReportContext;
import org.govdisclosure.extract.value.CellKind;
import org.govdisclosure.extract.value.Count;
import org.govdisclosure.extract.value.Counts;

/**
 * Reads a row's value cells into a fixed number of counts. Extra blank cells at either end are placeholder
 * cells of merged ranges and are dropped; further extra cells are reported and the leading ones kept; a row with
 * too few cells yields no values, because which column is missing cannot be known.
 */
final class CountCells {

  private static final Function<String, Count> COUNT = Counts::parse;

  private CountCells() {}

  /** Exactly {@code width} values (nulls where a cell holds no number), or null when the row is too short. */
  static List<Integer> read(List<Cell> cells, int width, String where, ReportContext context) {
    List<Cell> fitted = fit(cells, width, where, context);
    return fitted == null ? null : counts(fitted, Collections.nCopies(width, COUNT), where, context);
  }

  /** Exactly {@code width} cells, or null when the row is too short (both warned). */
  static List<Cell> fit(List<Cell> cells, int width, String where, ReportContext context) {
    List<Cell> fitted = new ArrayList<>(cells);
    while (fitted.size() > width && fitted.get(0).isBlank()) {
      fitted.remove(0);
    }
    while (fitted.size() > width && fitted.get(fitted.size() - 1).isBlank()) {
      fitted.remove(fitted.size() - 1);
    }
    if (fitted.size() < width) {
      context.warn("short_row", where + ": " + fitted.size() + " value cells where " + width + " were expected; left empty");
      return null;
    }
    if (fitted.size() > width) {
      context.warn("extra_cells", where + ": " + fitted.size() + " value cells where " + width + " were expected; kept the first " + width);
      fitted = fitted.subList(0, width);
    }
    return fitted;
  }

  /**
   * Each cell read by its column's parser (e.g. {@link Counts#parseChange} for 本年增/减): nulls where a cell
   * holds no number, with a warning for markers, unreadable cells and, once per row, blanks.
   */
  static List<Integer> counts(List<Cell> cells, List<Function<String, Count>> parsers, String where, ReportContext context) {
    List<Integer> values = new ArrayList<>(cells.size());
    int blanks = 0;
    for (int i = 0; i < cells.size(); i++) {
      Cell cell = cells.get(i);
      Count count = parsers.get(i).apply(cell.text());
      if (count.kind() == CellKind.BLANK) {
        blanks++;
      } else if (count.kind() == CellKind.MARKER) {
        context.warn("marker_cell", where + ": cell '" + cell.text() + "' read as no value");
      } else if (count.kind() == CellKind.LABEL) {
        context.warn("unparseable_cell", where + ": cell '" + cell.text() + "' is not a count (" + count.problem() + ")");
      }
      values.add(count.value());
    }
    if (blanks > 0) {
      context.warn("blank_cell", where + ": " + blanks + " blank cell(s) read as no value");
    }
    return values;
  }
}
