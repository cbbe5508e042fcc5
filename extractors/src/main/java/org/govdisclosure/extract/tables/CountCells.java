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
 * cells of merged ranges and are dropped; further extra cells are reported and the leading ones kept; a row with
 * too few cells yields no values, because which column is missing cannot be known.
 */
final class CountCells {

  private CountCells() {}

  /** Exactly {@code width} values (nulls where a cell holds no number), or null when the row is too short. */
  static List<Integer> read(List<Cell> cells, int width, String where, ReportContext context) {
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
    List<Integer> values = new ArrayList<>(width);
    int blanks = 0;
    for (Cell cell : fitted) {
      Count count = Counts.parse(cell.text());
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
