package org.govdisclosure.extract.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.spi.ReportContext;
import org.junit.jupiter.api.Test;

class CountCellsTest {

  /** Section 三's row identity: the six applicant columns sum to 总计. */
  private static final Predicate<int[]> ROW_SUM = v -> Arrays.stream(v, 0, 6).sum() == v[6];

  private static List<String> kept(String... texts) {
    return kept(null, texts);
  }

  private static List<String> kept(Predicate<int[]> identity, String... texts) {
    List<Cell> cells = Arrays.stream(texts).map(Cell::new).toList();
    List<Cell> kept = CountCells.withoutExtraCells(cells, 7, identity, "row", new ReportContext(null, null, null, null));
    return kept == null ? null : kept.stream().map(Cell::text).toList();
  }

  private static List<Integer> read(String... texts) {
    return CountCells.read(Arrays.stream(texts).map(Cell::new).toList(), 7, "row", new ReportContext(null, null, null, null));
  }

  /**
   * A row one cell short whose one cell prints two figures apart ({@code 9 67}, two cells a conversion merged) reads
   * them as two cells; where the figures do not make up the row, or two cells print figures apart, it stays empty.
   */
  @Test
  void aCellPrintingTheFiguresARowLacksIsSplit() {
    assertThat(read("1", "0", "2", "0", "0", "9 ６７")).containsExactly(1, 0, 2, 0, 0, 9, 67);
    assertThat(read("1", "0", "2", "0", "0", "9 6 7")).isNull();
    assertThat(read("1", "0", "2 0", "0", "9 67")).isNull();
    assertThat(read("1", "0", "2", "0", "0", "0", "9 67")).containsExactly(1, 0, 2, 0, 0, 0, null);
  }

  /**
   * A full row whose one cell prints figures apart ({@code 4 63}) reads them joined where that alone meets the row's sum
   * (its other cells all read, a blank or a mark counting 0); where a figure alone meets it too, the sum fails either
   * way, or another cell is unreadable, the cell stays empty.
   */
  @Test
  void aCellPrintingFiguresApartIsJoinedWhereOnlyThatMeetsTheRowsSum() {
    ReportContext context = new ReportContext(null, null, null, null);
    assertThat(CountCells.read(cells("5", "4 63", "2", "-", "0", "", "470"), 7, ROW_SUM, "row", context))
        .containsExactly(5, 463, 2, null, 0, null, 470);
    assertThat(context.warnings()).anyMatch(w -> w.code().equals("figures_apart_joined") && w.message().contains("'4 63'"));
    assertThat(CountCells.read(cells("5", "1", "2", "6", "0", "4", "1 8"), 7, ROW_SUM, "row", context))
        .containsExactly(5, 1, 2, 6, 0, 4, 18);
    assertThat(CountCells.read(cells("5", "4 63", "2", "0", "0", "0", "471"), 7, ROW_SUM, "row", context))
        .containsExactly(5, null, 2, 0, 0, 0, 471);
    assertThat(CountCells.read(cells("0", "0 0", "0", "0", "0", "0", "0"), 7, ROW_SUM, "row", context))
        .containsExactly(0, null, 0, 0, 0, 0, 0);
    assertThat(CountCells.read(cells("5", "4 63", "2", "0", "x", "0", "470"), 7, ROW_SUM, "row", context))
        .containsExactly(5, null, 2, 0, null, 0, 470);
  }

  /**
   * Several cells of a full row printing figures apart ({@code 3 08}, {@code 1 90}, {@code 5 33}) read joined where that
   * reading of them all alone meets the row's sum; where another reading of them meets it too, they stay empty.
   */
  @Test
  void cellsPrintingFiguresApartAreJoinedWhereOnlyThatReadingOfThemAllMeetsTheRowsSum() {
    ReportContext context = new ReportContext(null, null, null, null);
    assertThat(CountCells.read(cells("3 08", "22", "0", "1 90", "0", "13", "5 33"), 7, ROW_SUM, "row", context))
        .containsExactly(308, 22, 0, 190, 0, 13, 533);
    assertThat(context.warnings()).anyMatch(w -> w.code().equals("figures_apart_joined") && w.message().contains("'1 90'"));
    // 5 + 1 = 6 as well as 15 + 1 = 16: two readings meet the sum
    assertThat(CountCells.read(cells("1 5", "1", "0", "0", "0", "0", "1 6"), 7, ROW_SUM, "row", context))
        .containsExactly(null, 1, 0, 0, 0, 0, null);
  }

  private static List<Cell> cells(String... texts) {
    return Arrays.stream(texts).map(Cell::new).toList();
  }

  /**
   * A label merged over three columns leaves two empty cells before the row's values, and its 总计 may be printed
   * blank: the blanks before the values are the merged range's, not the row's (dropping one from each end instead
   * would move every count one column left).
   */
  @Test
  void aMergedLabelsEmptyCellsGoBeforeABlankAtTheRowsEnd() {
    assertThat(kept("", "", "11", "", "", "0", "", "3", "")).containsExactly("11", "", "", "0", "", "3", "");
    assertThat(kept("", "1", "0", "0", "0", "0", "0", "1")).containsExactly("1", "0", "0", "0", "0", "0", "1");
  }

  /**
   * A sheet row whose values are merged across columns of a grid drawn for a wider table, with one value too many
   * that repeats the others: the places the merged values leave are no cells, so every seven seen read the same.
   */
  @Test
  void thePlacesMergedValuesLeaveAreNotComparedAsCells() {
    List<Cell> cells = List.of(new Cell("0"), Cell.SPANNED, new Cell("0"), Cell.SPANNED, Cell.SPANNED, new Cell("0"),
        new Cell("0"), new Cell("0"), new Cell("0"), new Cell("0"), new Cell("0"));
    assertThat(CountCells.withoutExtraCells(cells, 7, "row", new ReportContext(null, null, null, null)))
        .extracting(Cell::text).containsExactly("0", "0", "0", "0", "0", "0", "0");
  }

  /**
   * Twelve zeros where seven were expected: neither a stray cell or two nor the row printed again whole (fourteen), so
   * five may be the next row's and a blank of this row was left out; which is unknown.
   */
  @Test
  void cellsThatReadTheSameButAreNoWholeCopyOfTheRowStayUnknown() {
    assertThat(kept("0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0")).isNull();
    assertThat(kept("0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0")).containsExactly("0", "0", "0", "0", "0", "0", "0");
  }

  /**
   * Nine zeros where seven were expected, in a row without merged cells (two lines of figures run together, blanks
   * lost): neither the row printed again whole nor one stray column, and two of them may be another row's; only a
   * merged grid value's copies make more than one extra cell that reads the same one row.
   */
  @Test
  void aFewExtraCellsThatReadTheSameAreNoCopyOfTheRowWithoutMergedCells() {
    assertThat(kept("0", "0", "0", "0", "0", "0", "0", "0", "0")).isNull();
    assertThat(kept("0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"))
        .containsExactly("0", "0", "0", "0", "0", "0", "0");
  }

  /**
   * Rows of seven counts (the six applicant columns and their 总计), a count of none sometimes printed blank, each
   * printed with a stray blank cell before or after it: read left empty or with the printed counts in their columns
   * (a blank counting 0: a row of zeros and blanks reads the same either way); never shifted.
   */
  @Test
  void aStrayBlankAtEitherEndIsDroppedWhereTheRowsSumSaysWhichNeverShiftingTheRow() {
    Random rnd = new Random(7);
    int read = 0;
    int rows = 500;
    for (int n = 0; n < rows; n++) {
      List<String> printed = new ArrayList<>();
      int total = 0;
      for (int c = 0; c < 6; c++) {
        int v = rnd.nextBoolean() ? 0 : rnd.nextInt(20);
        total += v;
        printed.add(v == 0 && rnd.nextBoolean() ? "" : String.valueOf(v));
      }
      printed.add(total == 0 && rnd.nextBoolean() ? "" : String.valueOf(total));
      List<String> withStray = new ArrayList<>(printed);
      withStray.add(rnd.nextBoolean() ? 0 : withStray.size(), "");
      List<String> kept = kept(ROW_SUM, withStray.toArray(String[]::new));
      if (kept != null) {
        assertThat(kept.stream().map(CountCellsTest::zeroIfBlank).toList()).as(String.join("|", withStray))
            .isEqualTo(printed.stream().map(CountCellsTest::zeroIfBlank).toList());
        read++;
      }
    }
    assertThat(read).isGreaterThan(rows / 2);
  }

  @Test
  void blanksAtBothEndsAreDroppedFromTheEndTheRowsSumPointsTo() {
    assertThat(kept(ROW_SUM, "", "2", "0", "0", "0", "0", "2", "")).containsExactly("", "2", "0", "0", "0", "0", "2");
    assertThat(kept(ROW_SUM, "", "", "4", "0", "0", "0", "0", "0", "4", "")).containsExactly("4", "0", "0", "0", "0", "0", "4");
    // Both readings meet the sum: the merged label's empty cells, before the values, go first.
    assertThat(kept(ROW_SUM, "", "0", "0", "0", "0", "0", "0", "")).containsExactly("0", "0", "0", "0", "0", "0", "");
    // No reading meets it (a row breaking its sum): the sum tells nothing, the merged label's empty cells go.
    assertThat(kept(ROW_SUM, "", "1", "1", "", "", "", "", "")).containsExactly("1", "1", "", "", "", "", "");
  }

  /**
   * A part of a table's columns printed apart has no sum to tell which end's blanks are padding: where dropping them
   * from one end or the other reads differently, the row is left empty; where it reads the same, it is kept.
   */
  @Test
  void aPartsBlanksAtBothEndsThatReadTwoWaysLeaveItEmpty() {
    ReportContext context = new ReportContext(null, null, null, null);
    List<Cell> twoWays = Stream.of("", "0", "1", "4", "3", "", "").map(Cell::new).toList();
    assertThat(CountCells.partWithoutExtraCells(twoWays, 5, "part", context)).isNull();
    assertThat(context.warnings()).extracting(w -> w.code()).containsExactly("extra_cells");
    List<Cell> oneWay = Stream.of("2", "0", "1", "4", "3", "", "").map(Cell::new).toList();
    assertThat(CountCells.partWithoutExtraCells(oneWay, 5, "part", context)).extracting(Cell::text).containsExactly("2", "0", "1", "4", "3");
  }

  private static String zeroIfBlank(String text) {
    return text.isEmpty() ? "0" : text;
  }

  /** A converter that doubles the tab between cells leaves one blank between every two figures: not blank columns. */
  @Test
  void theSameBlanksBetweenEveryTwoOfSevenFiguresAreDoubledSeparators() {
    assertThat(kept("4", "", "0", "", "12", "", "3", "", "0", "", "1", "", "20")).containsExactly("4", "0", "12", "3", "0", "1", "20");
    // blanks unevenly placed, or fewer than seven figures: which cells are the row's is unknown
    assertThat(kept("4", "", "0", "", "12", "3", "", "0", "", "1", "", "20", "")).isNull();
    assertThat(kept("4", "", "0", "", "", "", "3", "", "0", "", "1", "", "8")).isNull();
  }
}
