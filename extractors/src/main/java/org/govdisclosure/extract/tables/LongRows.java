package org.govdisclosure.extract.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;
import org.govdisclosure.extract.template.NationalTemplate;
import org.govdisclosure.extract.template.Ordinals;

/**
 * Section 三 printed long, as a data export unpivots a table: a row per cell, its row's label (in one cell or over
 * several: 三、本年度办理结果 · （一）予以公开), the name of its applicant column, then the cell itself
 * ({@code 一、本年新收…, 自然人, 12}). A reader reads it as the grid it stands for: a row per label, in the order the
 * labels first come, each cell under the column its line names (a column group's title among the labels, 法人或其他组织, is
 * the column's, not the row's). Only where every line holding a count is such a line
 * and no label names a column twice, save lines before the grid or after it naming none of its rows (section 二's or
 * 四's table, printed on without a heading), which are no part of it; otherwise the table as printed.
 */
final class LongRows {

  /** Fewer labels than this make no grid: a line or two naming a column are some other table's. */
  private static final int MIN_LABELS = 3;

  private LongRows() {}

  static Table widened(Table table, NationalTemplate.Matrix matrix) {
    int width = matrix.columns().size();
    Map<String, Cell[]> rows = new LinkedHashMap<>();
    List<Row> printed = table.rows();
    for (int r = 0; r < printed.size(); r++) {
      List<Cell> cells = printed.get(r).cells();
      int column = cells.size() >= 3 ? matrix.columnNamed(cells.get(cells.size() - 2).text()) : -1;
      if (column < 0) {
        if (!TransposedMatrix.holdsCounts(printed.get(r))) {
          continue; // a line of column titles (项目, 申请人类别, 数量)
        }
        if (rows.isEmpty() && namesNoRow(printed.subList(r, r + 1), matrix)) {
          continue; // another table's line before the grid (section 二's 政府集中采购, printed on without a heading)
        }
        if (rows.size() >= MIN_LABELS && namesNoRow(printed.subList(r, printed.size()), matrix)) {
          break; // the rest is another table's (section 四's, printed on without a heading)
        }
        return table; // a count on a line naming no column: a grid as printed
      }
      StringBuilder label = new StringBuilder();
      for (Cell cell : cells.subList(0, cells.size() - 2)) {
        if (label.isEmpty() || !namesColumnGroup(matrix, cell.text())) {
          label.append(cell.text());
        }
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

  /**
   * Whether no label of these lines (before a long line's column and value) names a row of section 三; a numeral alone
   * (the next section's, 四) names none.
   */
  private static boolean namesNoRow(List<Row> lines, NationalTemplate.Matrix matrix) {
    for (Row line : lines) {
      List<Cell> cells = line.cells();
      for (Cell cell : cells.subList(0, Math.max(1, cells.size() - 2))) {
        if (!Ordinals.strip(cell.text()).isBlank() && matrix.rowOf(cell.text()) != null) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Whether a label after the row's is a header word over columns that names none itself ({@code 法人或其他组织} in
   * {@code 一、本年新收… · 法人或其他组织 · 商业企业}): the column's title, printed over it, not the row's.
   */
  private static boolean namesColumnGroup(NationalTemplate.Matrix matrix, String text) {
    String bare = text.strip();
    return matrix.header().contains(bare) && matrix.columnNamed(bare) < 0;
  }
}
