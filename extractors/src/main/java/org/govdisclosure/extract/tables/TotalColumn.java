package org.govdisclosure.extract.tables;

import java.util.Collection;
import java.util.List;

/**
 * Where a row's figures print its total: the column holding the sum of the row's other cells. Read by position, a
 * table's cells are placed in the template's order, 总计 last; where no header names the columns, only the figures
 * say whether that order holds. Rows in which the last cell is the sum of the others, and no other cell is, confirm
 * it; rows in which another cell is and the last is not say the total is printed elsewhere (总计 first, a header
 * naming that order lost), and every cell would then be read a column off.
 */
final class TotalColumn {

  /** Rows whose sum puts the total elsewhere, with none putting it last, that make the template's order doubtful. */
  static final int DOUBTING_ROWS = 2;

  private TotalColumn() {}

  /** Whether the rows read in the template's order say their total is printed in another column than the last. */
  static boolean printedElsewhere(Collection<List<Integer>> rows, int width) {
    int last = 0;
    int elsewhere = 0;
    for (List<Integer> counts : rows) {
      if (counts == null || counts.size() != width || counts.contains(null)) {
        continue;
      }
      long sum = counts.stream().mapToLong(Integer::longValue).sum();
      if (sum == 0) {
        continue;
      }
      boolean totalLast = 2L * counts.get(width - 1) == sum;
      boolean totalOther = false;
      for (int c = 0; c < width - 1 && !totalOther; c++) {
        totalOther = 2L * counts.get(c) == sum;
      }
      if (totalLast && !totalOther) {
        last++;
      } else if (totalOther && !totalLast) {
        elsewhere++;
      }
    }
    return last == 0 && elsewhere >= DOUBTING_ROWS;
  }
}
