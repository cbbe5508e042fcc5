package org.govdisclosure.extract.tables;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;
import org.govdisclosure.extract.spi.ReportContext;

/**
 * Section 三 printed beside another year's for comparison: a header row over the counts names a year over each block
 * of columns ({@code 2023年} over seven columns and {@code 2022年} over seven more, merged across, or every column's name
 * opening with its year: {@code 2023年自然人}). Only the block under the report's own year holds its counts: the other
 * years' columns are dropped, the label columns kept, as {@link RowsByYear} keeps section 四's row of the year. A table
 * whose years do not include the report's, or a report whose year is unknown, is left as printed.
 */
final class YearColumns {

  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** Columns a year's block must hold for the header to be one of blocks by year, not a date in a column's name. */
  private static final int MIN_BLOCK = 2;

  private YearColumns() {}

  /** Each table of {@code blocks} with only the report year's columns where it prints several years' side by side. */
  static List<Block> thisYears(List<? extends Block> blocks, ReportContext context) {
    Map<Table, Table> cut = context.derived(Cuts.class, c -> new Cuts(new IdentityHashMap<>())).tables();
    List<Block> out = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      out.add(b instanceof Table t ? cut.computeIfAbsent(t, x -> thisYear(x, context)) : b);
    }
    return out;
  }

  /** The tables already cut, by identity: section 三 is read from its blocks and from its grids alone, warned once. */
  private record Cuts(Map<Table, Table> tables) {}

  private static Table thisYear(Table table, ReportContext context) {
    Integer year = context.year();
    if (year == null) {
      return table;
    }
    for (Row row : table.rows()) {
      if (TransposedMatrix.holdsCounts(row)) {
        return table; // the header rows are over the counts
      }
      int[] years = yearsOver(row);
      TreeSet<Integer> named = new TreeSet<>();
      int ofThisYear = 0;
      for (int y : years) {
        if (y > 0) {
          named.add(y);
          ofThisYear += y == year ? 1 : 0;
        }
      }
      if (named.size() < 2 || !named.contains(year) || ofThisYear < MIN_BLOCK
          || named.stream().anyMatch(y -> count(years, y) < MIN_BLOCK) || !asWide(table, years.length)) {
        continue;
      }
      named.remove(year);
      context.warn("other_year_columns", "section 三: the table prints " + named + "'s columns beside " + year
          + "'s, the report's year: only " + year + "'s read");
      List<Row> rows = new ArrayList<>(table.rows().size());
      for (Row r : table.rows()) {
        List<Cell> kept = new ArrayList<>();
        for (int c = 0; c < r.cells().size(); c++) {
          if (years[c] == 0 || years[c] == year) {
            kept.add(r.cells().get(c));
          }
        }
        rows.add(new Row(kept));
      }
      return new Table(rows);
    }
    return table;
  }

  /** The year each column of a header row stands under (a merged cell's over the places it covers), 0 for none. */
  private static int[] yearsOver(Row row) {
    int[] years = new int[row.cells().size()];
    int current = 0;
    for (int c = 0; c < years.length; c++) {
      Cell cell = row.cells().get(c);
      if (!cell.spanned()) {
        // 2023年, 2023年自然人; most cells print no 年, which the label needs, and are told without a matcher
        Matcher m = cell.text().indexOf('年') < 0 ? null : RowsByYear.YEAR_LABEL.matcher(SPACES.matcher(cell.text()).replaceAll(""));
        current = m != null && m.lookingAt() ? Integer.parseInt(m.group(1)) : 0;
      }
      years[c] = current;
    }
    return years;
  }

  private static int count(int[] years, int year) {
    int n = 0;
    for (int y : years) {
      n += y == year ? 1 : 0;
    }
    return n;
  }

  /** Whether every row of counts is as wide as the header: each count then stands under its year. */
  private static boolean asWide(Table table, int width) {
    return table.rows().stream().filter(TransposedMatrix::holdsCounts).allMatch(r -> r.cells().size() == width);
  }
}
