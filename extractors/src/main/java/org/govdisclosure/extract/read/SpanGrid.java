package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.List;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;

/**
 * Lays merged cells out on a full grid, as a Word text export shows them: a cell covering k columns or rows keeps
 * its text in its top-left position and leaves empty cells in the positions it covers, those right of it marked
 * {@link Cell#SPANNED}. Shared by the readers of
 * formats with spans (HTML rowspan/colspan, DOCX gridSpan/vMerge, Word 97 cell edges and merge flags).
 */
final class SpanGrid {

  static final int MAX_SPAN = 100;

  private final List<List<Cell>> grid = new ArrayList<>();
  private final int rowCount;

  /** A grid of {@code rowCount} rows; a rowspan never reaches past the last one. */
  SpanGrid(int rowCount) {
    this.rowCount = rowCount;
  }

  /**
   * Places a cell in row {@code row} at the first position from {@code col} on that no cell above covers; returns
   * the column after it.
   */
  int place(int row, int col, String text, int colspan, int rowspan) {
    int start = firstFree(row, col);
    int columns = clamp(colspan);
    int rows = clamp(rowspan);
    for (int dr = 0; dr < rows && row + dr < rowCount; dr++) {
      List<Cell> target = rowAt(row + dr);
      for (int dc = 0; dc < columns; dc++) {
        set(target, start + dc, dr > 0 ? new Cell("") : dc == 0 ? new Cell(text) : Cell.SPANNED);
      }
    }
    return start + columns;
  }

  /**
   * The grid's rows. Blank cells past the table's right edge are no cells of it: an editor's stray empty cell at a
   * row's end, a spreadsheet's empty column saved with the used range. The edge is where the printed cells of its rows
   * end, where a header ends there (a row of several printed cells whose last is words, like 总计) or a row ends
   * there in a printed cell: counted, such cells would leave a row a value too many, whose blanks at either end a
   * reader of the cells alone could drop (shifting its values a column). Without either (a table continued without
   * its header, whose last column may be blank throughout) the rows keep every cell.
   */
  Table table() {
    int edge = 0;
    boolean headed = false;
    for (int r = 0; r < rowCount; r++) {
      List<Cell> cells = rowAt(r);
      int end = cells.size();
      while (end > 0 && !printed(cells.get(end - 1))) {
        end--;
      }
      if (end > 0 && cells.stream().filter(SpanGrid::printed).count() > 1) {
        // Words (a header's 总计) or a row ending in its printed cell mark the edge; a run of trailing blanks does not.
        boolean header = end == cells.size() || cells.get(end - 1).text().codePoints().anyMatch(Character::isLetter);
        headed = end > edge ? header : headed || end == edge && header;
        edge = Math.max(edge, end);
      }
    }
    List<Row> rows = new ArrayList<>();
    for (int r = 0; r < rowCount; r++) {
      List<Cell> cells = new ArrayList<>(rowAt(r));
      cells.replaceAll(c -> c == null ? new Cell("") : c);
      while (headed && cells.size() > edge && cells.get(cells.size() - 1).isBlank()) {
        cells.remove(cells.size() - 1);
      }
      rows.add(new Row(cells));
    }
    return new Table(rows);
  }

  private static boolean printed(Cell cell) {
    return cell != null && !cell.isBlank();
  }

  /**
   * A cell of a Word table (DOCX or Word 97): its text, the grid column it starts in, how many grid columns it spans
   * and whether it continues the vertical merge of the cell above (Word marks each continuation, not the extent).
   */
  record WordCell(String text, int col, int span, boolean continues) {}

  /** Lays out a Word table's rows, each vertical merge spanning its run of continuations below. */
  static Table ofWordRows(List<List<WordCell>> rows) {
    SpanGrid spans = new SpanGrid(rows.size());
    for (int r = 0; r < rows.size(); r++) {
      for (WordCell c : rows.get(r)) {
        if (!c.continues()) {
          spans.place(r, c.col(), c.text(), c.span(), 1 + continuationsBelow(rows, r, c.col()));
        }
      }
    }
    return spans.table();
  }

  /** How many rows below {@code r} continue the cell that starts at {@code col}. */
  private static int continuationsBelow(List<List<WordCell>> rows, int r, int col) {
    int n = 0;
    for (int below = r + 1; below < rows.size(); below++) {
      if (rows.get(below).stream().noneMatch(c -> c.col() == col && c.continues())) {
        break;
      }
      n++;
    }
    return n;
  }

  static int clamp(int span) {
    return Math.max(1, Math.min(span, MAX_SPAN));
  }

  private int firstFree(int row, int col) {
    List<Cell> cells = rowAt(row);
    while (col < cells.size() && cells.get(col) != null) {
      col++;
    }
    return col;
  }

  private List<Cell> rowAt(int r) {
    while (grid.size() <= r) {
      grid.add(new ArrayList<>());
    }
    return grid.get(r);
  }

  private static void set(List<Cell> row, int col, Cell cell) {
    while (row.size() <= col) {
      row.add(null);
    }
    if (row.get(col) == null) {
      row.set(col, cell);
    }
  }
}
