package org.govdisclosure.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which blank lines of a table copied one cell a line are its empty cells; made-up rows. */
class BlankCellLinesTest {

  private static BitSet of(int... indexes) {
    BitSet set = new BitSet();
    for (int i : indexes) {
      set.set(i);
    }
    return set;
  }

  @Test
  void blankLinesAmongCellsOnConsecutiveLinesAreCells() {
    List<String> lines = List.of("（一）本年新收", "4", "", "2", "6", "（二）上年结转", "1", "", "", "1", "3");
    assertThat(BlankCellLines.of(lines)).isEqualTo(of(2, 7, 8));
  }

  @Test
  void blankLinesPartingEveryCellAreNone() {
    List<String> lines = List.of("（一）本年新收", "", "4", "", "2", "", "6", "", "（二）上年结转", "", "1", "", "3");
    assertThat(BlankCellLines.of(lines)).isEqualTo(new BitSet());
  }

  @Test
  void aSparseRowBetweenLabelsShowsItsBlankCells() {
    List<String> lines = List.of("一、本年新收", "5", "", "", "", "5", "二、上年结转", "", "本行说明文字", "", "其他");
    assertThat(BlankCellLines.of(lines)).isEqualTo(of(2, 3, 4));
  }

  @Test
  void countsPrintedApartOnOneLineAreNoCellsOfSuchACopy() {
    List<String> lines = List.of("一、本年新收", "11 48", "", "11 48", "二、上年结转", "", "其他");
    assertThat(BlankCellLines.of(lines)).isEqualTo(new BitSet());
  }
}
