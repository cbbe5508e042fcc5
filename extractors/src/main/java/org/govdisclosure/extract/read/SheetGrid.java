package org.govdisclosure.extract.read;

import java.util.List;
import java.util.NavigableMap;
import java.util.function.IntPredicate;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One sheet as {@link SheetReader} lays it out, whichever way its workbook was parsed: the rows its file holds, by
 * index, from {@code firstRow} to {@code lastRow} (both -1 when it holds none), its merged regions in the file's order
 * and which columns are hidden.
 */
record SheetGrid(NavigableMap<Integer, Row> rows, int firstRow, int lastRow, List<CellRangeAddress> mergedRegions,
                 IntPredicate hiddenColumn) {

  /** A row the sheet's file holds: whether it is hidden, and its cells' texts as displayed, by column. */
  record Row(boolean hidden, NavigableMap<Integer, String> texts) {}
}
