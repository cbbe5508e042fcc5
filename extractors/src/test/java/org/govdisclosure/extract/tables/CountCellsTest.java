package org.govdisclosure.extract.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.spi.ReportContext;
import org.junit.jupiter.api.Test;

class CountCellsTest {

  private static List<String> kept(String... texts) {
    List<Cell> cells = Arrays.stream(texts).map(Cell::new).toList();
    List<Cell> kept = CountCells.withoutExtraCells(cells, 7, "row", new ReportContext(null, null, null, null));
    return kept == null ? null : kept.stream().map(Cell::text).toList();
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
}
