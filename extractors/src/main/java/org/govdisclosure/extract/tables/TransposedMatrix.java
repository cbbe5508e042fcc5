package org.govdisclosure.extract.tables;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.ToIntFunction;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;
import org.govdisclosure.extract.template.NationalTemplate;
import org.govdisclosure.extract.value.CellKind;

/**
 * A section printed turned: section 三 with the applicant columns as the grid's rows, each named in its first cell and
 * holding counts, and the template's rows as its columns; section 四 with the outcomes as its rows and the
 * proceedings as its columns. The names show it as plainly as a reader sees it, so the grid is read turned back, each
 * column of cells a row.
 */
final class TransposedMatrix {

  /** So many rows naming distinct applicant columns make a grid turned: one or two may be a stray word. */
  private static final int MIN_NAMED_ROWS = 3;

  private TransposedMatrix() {}

  /**
   * The grid turned back when every row holding counts names an applicant column (section 三's, or section 四's
   * outcome) in its first cell that is not blank, each a different one, at least {@link #MIN_NAMED_ROWS}; else the grid itself. A row of counts naming no
   * column (a template row's label, or a row the reader cut otherwise) leaves the grid as printed: turning part of it
   * would put counts in other rows' places. Section 三 printed a line per cell is read as its grid first ({@link LongRows}).
   */
  static Table turnedBack(Table table, NationalTemplate.Matrix matrix) {
    return turnedBack(LongRows.widened(table, matrix), matrix::columnNamed);
  }

  /** The same for section 四, whose rows name its outcomes when turned. */
  static Table turnedBack(Table table, NationalTemplate.ReviewBlock block) {
    return turnedBack(withProceedingsOverTheirColumns(table, block), block::outcomeNamed);
  }

  /**
   * A turned section 四 whose header rows are shorter than its rows (a copy of one cell a line: 项目, 行政复议 and 行政诉讼,
   * then 未经复议直接起诉 and 复议后起诉), so that no header cell stands over its column: where every row of counts holds one
   * count per proceeding after its name, and the header's cells name the proceedings once each in the template's order,
   * that is the order of the counts, and the header is one row naming each proceeding over its column. Else the table
   * as printed.
   */
  private static Table withProceedingsOverTheirColumns(Table table, NationalTemplate.ReviewBlock block) {
    int proceedings = block.proceedings().size();
    List<Row> header = new ArrayList<>();
    List<Row> rest = new ArrayList<>();
    for (Row row : table.rows()) {
      if (holdsCounts(row)) {
        if (row.cells().size() != proceedings + 1) {
          return table;
        }
        rest.add(row);
      } else {
        (rest.isEmpty() ? header : rest).add(row);
      }
    }
    if (rest.isEmpty() || header.isEmpty() || header.stream().allMatch(r -> r.cells().size() == proceedings + 1)) {
      return table;
    }
    List<Cell> named = new ArrayList<>(List.of(new Cell("")));
    for (Row row : header) {
      for (Cell cell : row.cells()) {
        int p = block.proceedingNamed(cell.text());
        if (p >= 0) {
          if (p != named.size() - 1) {
            return table;
          }
          named.add(cell);
        }
      }
    }
    if (named.size() != proceedings + 1) {
      return table;
    }
    rest.add(0, new Row(named));
    return new Table(rest);
  }

  private static Table turnedBack(Table table, ToIntFunction<String> columnNamed) {
    BitSet named = new BitSet();
    for (Row row : table.rows()) {
      if (holdsCounts(row)) {
        int column = columnNamed.applyAsInt(firstText(row));
        if (column < 0 || named.get(column)) {
          return table;
        }
        named.set(column);
      }
    }
    return named.cardinality() >= MIN_NAMED_ROWS ? turned(table) : table;
  }

  /** The text of the row's first cell that is not blank, or "". */
  private static String firstText(Row row) {
    return row.cells().stream().filter(c -> !c.isBlank()).map(Cell::text).findFirst().orElse("");
  }

  /** Whether a cell of the row is a count; a loop, as every row of every grid is asked, some several times. */
  static boolean holdsCounts(Row row) {
    List<Cell> cells = row.cells();
    for (int i = 0; i < cells.size(); i++) {
      if (CellKind.of(cells.get(i).text()) == CellKind.NUMBER) {
        return true;
      }
    }
    return false;
  }

  /**
   * The grid's columns as rows. A row of blanks only (the row of empty cells Word's web pages end a table with to fix
   * its column widths) holds no cell of any column: turned, it would give each row an extra blank.
   */
  private static Table turned(Table table) {
    List<Row> printed = table.rows().stream().filter(r -> !r.cells().stream().allMatch(Cell::isBlank)).toList();
    int width = printed.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
    List<Row> rows = new ArrayList<>(width);
    for (int c = 0; c < width; c++) {
      List<Cell> cells = new ArrayList<>(printed.size());
      for (int k = 0; k < printed.size(); k++) {
        cells.add(turnedCell(printed, k, c));
      }
      rows.add(new Row(cells));
    }
    return new Table(rows);
  }

  /**
   * The cell of row {@code k}, column {@code c}, turned. In a header's rows (no counts) a merge turns with the grid:
   * a name merged across its columns (行政诉讼 over its two proceedings) is, turned, merged down, and the cells it
   * covers blank, as the reader leaves a cell merged down; a blank under a header's name (merged down in print,
   * 行政复议 over both header rows) is, turned, merged across, so that it is no blank count before the row's counts.
   */
  private static Cell turnedCell(List<Row> printed, int k, int c) {
    Row row = printed.get(k);
    Cell cell = c < row.cells().size() ? row.cells().get(c) : new Cell("");
    if (holdsCounts(row)) {
      return cell;
    }
    if (cell.spanned()) {
      return new Cell("");
    }
    List<Cell> above = k > 0 ? printed.get(k - 1).cells() : List.of();
    boolean underName = c < above.size() && !above.get(c).isBlank() && !holdsCounts(printed.get(k - 1));
    return cell.isBlank() && underName ? Cell.SPANNED : cell;
  }
}
