package org.govdisclosure.extract.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;
import org.govdisclosure.extract.template.NationalTemplate;

/**
 * Section 三 printed long, as a data export unpivots a table: a row per cell, its row's label (in one cell or over
 * several: 三、本年度办理结果 · （一）予以公开), the name of its applicant column, then the cell itself
 * ({@code 一、本年新收…, 自然人, 12}). A reader reads it as the grid it stands for: a row per label, in the order the
 * labels first come, each cell under the column its line names. Only where every line holding a count is such a line
 * and no label names a column twice; otherwise the table as printed.
 */
final class LongRows {

  /** Fewer labels than this make no grid: a line or two naming a column are some other table's. */
  private static final int MIN_LABELS = 3;

  private LongRows() {}

  static Table widened(Table table, NationalTemplate.Matrix matrix) {
    int width = matrix.columns().size();
    Map<String, Cell[]> rows = new LinkedHashMap<>();
    for (Row row : table.rows()) {
      List<Cell> cells = row.cells();
      int column = cells.size() >= 3 ? matrix.columnNamed(cells.get(cells.size() - 2).text()) : -1;
      if (column < 0) {
        if (TransposedMatrix.holdsCounts(row)) {
          return table; // a count on a line naming no column: a grid as printed
        }
        continue; // a line of column titles (项目, 申请人类别, 数量)
      }
      StringBuilder label = new StringBuilder();
      for (Cell cell : cells.subList(0, cells.size() - 2)) {
        label.append(cell.text());
      }
      Cell[] wide = rows.computeIfAbsent(label.toString(), k -> new Cell[width]);
      if (label.isEmpty() || wide[column] != null) {
        return table;
      }
      wide[column] = cells.get(cells.size() - 1);
    }
    if (rows.size() < MIN_LABELS) {
      return table;
    }
    List<Row> grid = new ArrayList<>(rows.size() + 1);
    List<Cell> header = new ArrayList<>(List.of(new Cell("")));
    matrix.columns().forEach(c -> header.add(new Cell(c.label())));
    grid.add(new Row(header));
    rows.forEach((label, wide) -> {
      List<Cell> cells = new ArrayList<>(List.of(new Cell(label)));
      for (Cell cell : wide) {
        cells.add(cell != null ? cell : new Cell(""));
      }
      grid.add(new Row(cells));
    });
    return new Table(grid);
  }
}
