package org.govdisclosure.extract.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;
import org.govdisclosure.extract.spi.ReportContext;
import org.govdisclosure.extract.value.Numerals;

/**
 * A table printing a row per year, each row's first cell naming its year ({@code 2022年 | …}, {@code 2021年 | …}), as
 * an office compares this year's section 四 with last year's: the row of the year the report covers is the report's,
 * the others are no cells of it. Where the report's year is unknown or names none of the rows, no row is.
 */
final class RowsByYear {

  /** A year naming a row or a column ({@code 2022年}, {@code 2022年度}): its figures group 1. Also {@link YearColumns}'. */
  static final Pattern YEAR_LABEL = Pattern.compile(Numerals.YEAR);
  /** Rows naming years it takes to make a table one of rows by year; a lone year label is some other label's piece. */
  private static final int MIN_YEAR_ROWS = 2;

  private RowsByYear() {}

  /** The blocks with each table of rows by year cut down to the report year's row (warned when none is). */
  static List<Block> ofReportYear(List<Block> blocks, String where, ReportContext context) {
    List<Block> out = null;
    for (int i = 0; i < blocks.size(); i++) {
      if (!(blocks.get(i) instanceof Table table) || yearRows(table) < MIN_YEAR_ROWS) {
        continue;
      }
      Table kept = ofYear(table, context.year());
      out = out == null ? new ArrayList<>(blocks) : out;
      out.set(i, kept);
      if (yearRows(kept) == 0) {
        context.warn("rows_by_year", where + ": a row per year, none of the report's year (" + context.year()
            + "): whose cells are the report's is unknown; left empty");
      }
    }
    return out == null ? blocks : out;
  }

  private static Table ofYear(Table table, Integer year) {
    List<Row> kept = new ArrayList<>();
    for (Row row : table.rows()) {
      Integer printed = yearOf(row);
      if (printed == null || printed.equals(year)) {
        kept.add(row);
      }
    }
    return new Table(kept);
  }

  private static int yearRows(Table table) {
    return (int) table.rows().stream().filter(r -> yearOf(r) != null).count();
  }

  /** The year a row's first printed cell names, or null. */
  private static Integer yearOf(Row row) {
    for (Cell cell : row.cells()) {
      if (!cell.isBlank()) {
        Matcher m = YEAR_LABEL.matcher(cell.text());
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
      }
    }
    return null;
  }
}
