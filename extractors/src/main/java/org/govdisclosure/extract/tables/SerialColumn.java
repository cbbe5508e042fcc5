package org.govdisclosure.extract.tables;

import java.util.List;
import java.util.regex.Pattern;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;
import org.govdisclosure.extract.value.Numerals;

/**
 * A column of row numbers an office puts before a table's labels ({@code 序号}: 1, 2, 3 …): it numbers the printed rows,
 * none of the template's, and a reader skips it. Read as cells, its numbers would be taken for the counts of the row
 * before them. The column is dropped where a header row (no counts) opens with its name and every other row opens with a
 * row number, a blank or a covered cell (the header's rows, a caption's), one at least a number (section 四 has one row).
 */
final class SerialColumn {

  private static final List<String> NAMES = List.of("序号", "编号");
  /** The names' first characters. */
  private static final String NAME_OPENINGS = Numerals.firstChars(NAMES);
  /** A row number as printed, folded: 1, 1., 1、 */
  private static final Pattern NUMBER = Pattern.compile("\\d{1,3}[.、]?");

  private SerialColumn() {}

  /** The grid without its row-number column, or the grid itself. */
  static Table without(Table grid) {
    if (!opensWithName(grid)) {
      return grid; // most tables: told by a scan of one cell
    }
    int named = -1;
    int numbers = 0;
    for (Row r : grid.rows()) {
      if (r.cells().isEmpty()) {
        continue;
      }
      Cell first = r.cells().get(0);
      String text = Cell.Text.SPACES.matcher(first.text()).replaceAll("");
      if (named < 0 && NAMES.contains(text) && !TransposedMatrix.holdsCounts(r)) {
        named = numbers;
      } else if (NUMBER.matcher(text).matches()) {
        numbers++;
      } else if (!first.spanned() && !text.isEmpty()) {
        return grid;
      }
    }
    if (named != 0 || numbers == 0) {
      return grid;
    }
    return new Table(grid.rows().stream().map(r -> r.cells().isEmpty() ? r : new Row(List.copyOf(r.cells().subList(1, r.cells().size())))).toList());
  }

  /** Whether the first cell that is not blank, down the first column, may name the column: it holds a name's first character. */
  private static boolean opensWithName(Table grid) {
    for (Row r : grid.rows()) {
      String text = r.cells().isEmpty() ? "" : r.cells().get(0).text();
      if (!text.isBlank()) {
        return text.chars().anyMatch(c -> NAME_OPENINGS.indexOf(c) >= 0);
      }
    }
    return false;
  }
}
