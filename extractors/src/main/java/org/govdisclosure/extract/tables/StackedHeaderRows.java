package org.govdisclosure.extract.tables;

import java.util.ArrayList;
import java.util.List;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;
import org.govdisclosure.extract.template.NationalTemplate.ItemColumn;

/**
 * A section 二 header whose cells a converter wrapped over two rows of the grid, each column's name in two pieces
 * stacked in its column ({@code 本年新 | 对外公} over {@code 制作数量 | 开总数量}): read row by row, the pieces of the
 * names come interleaved and name no column. Where the two rows, both without a figure and as wide, name more of the
 * template's columns joined column by column than apart, they are one header row, as a reader reads them.
 */
final class StackedHeaderRows {

  private StackedHeaderRows() {}

  /** The table with each stacked header's two rows made one; the same table where there is none. */
  static Table joined(Table table, List<ItemColumn> columns) {
    List<Row> rows = null;
    for (int r = 1; r < table.rows().size(); r++) {
      Row above = rows != null ? rows.get(rows.size() - 1) : table.rows().get(r - 1);
      Row below = table.rows().get(r);
      Row stacked = stacked(above, below, columns);
      if (stacked != null && rows == null) {
        rows = new ArrayList<>(table.rows().subList(0, r));
      }
      if (stacked != null) {
        rows.set(rows.size() - 1, stacked);
      } else if (rows != null) {
        rows.add(below);
      }
    }
    return rows == null ? table : new Table(rows);
  }

  /** The two rows joined column by column where that names more columns than they do apart; else null. */
  private static Row stacked(Row above, Row below, List<ItemColumn> columns) {
    List<Cell> up = above.cells();
    List<Cell> down = below.cells();
    if (up.size() != down.size() || hasDigit(down) || hasDigit(up)) {
      return null;
    }
    int apart = 0;
    int together = 0;
    for (int c = 0; c < up.size(); c++) {
      String upper = up.get(c).text();
      String lower = down.get(c).text();
      apart += names(upper, columns) + names(lower, columns);
      together += names(upper.isEmpty() ? lower : lower.isEmpty() ? upper : upper + lower, columns);
    }
    if (together <= apart) {
      return null;
    }
    List<Cell> joined = new ArrayList<>(up.size());
    for (int c = 0; c < up.size(); c++) {
      joined.add(new Cell(up.get(c).raw() + down.get(c).raw()));
    }
    return new Row(joined);
  }

  private static int names(String text, List<ItemColumn> columns) {
    if (!text.isEmpty()) {
      for (ItemColumn c : columns) {
        if (c.headerIn(text) != null) {
          return 1;
        }
      }
    }
    return 0;
  }

  /** Most rows are a row of values: told by a loop, without a stream per cell. */
  private static boolean hasDigit(List<Cell> cells) {
    for (Cell cell : cells) {
      String text = cell.text();
      for (int i = 0; i < text.length(); i++) {
        if (Character.isDigit(text.charAt(i))) {
          return true;
        }
      }
    }
    return false;
  }
}
