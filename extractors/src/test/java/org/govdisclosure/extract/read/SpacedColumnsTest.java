package org.govdisclosure.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.govdisclosure.extract.AllocatedBytes;
import org.junit.jupiter.api.Test;

class SpacedColumnsTest {

  /**
   * Every text's lines are looked at for tables laid out by spaces: a run of lines printing two figures each (fewer
   * than a table's columns) has no layout to measure, and is read as printed without being measured three ways and
   * anchored twice (about 9 300 bytes a call did, 5 600 its value lines alone).
   */
  @Test
  void linesOfTwoFiguresAreReadWithoutMeasuringALayout() {
    List<String> lines = List.of("（一）予以公开  3  5", "（二）部分公开  2  1", "（三）不予公开  0  4", "（四）无法提供  1  1");
    assertThat(SpacedColumns.tabbed(lines)).isEqualTo(lines);
    assertThat(AllocatedBytes.perCall(2_000, () -> SpacedColumns.tabbed(lines).size())).isLessThan(6_500L);
  }

  /**
   * Lines whose figures fall under four columns, none printing every one, are tried on an anchored grid: each figure
   * at each shift is told near a column or not by a loop (a stream a figure took 21 600 bytes for these lines, 12 300
   * without), and lines that chain no two columns stay as printed.
   */
  @Test
  void figuresUnderNoLineOfEveryColumnAreTriedOnAGridWithoutStreams() {
    List<String> lines = List.of("自然人      1    2         4", "商业企业    5         7    8", "科研机构    9   10        11");
    assertThat(SpacedColumns.tabbed(lines)).isEqualTo(lines);
    assertThat(AllocatedBytes.perCall(2_000, () -> SpacedColumns.tabbed(lines).size())).isLessThan(15_000L);
  }

  /** A mark of none among the figures is one the cells know, also full-width or an en dash as a PDF prints it. */
  @Test
  void aMarkOfNoneAmongTheFiguresIsAValue() {
    for (String mark : new String[] {"/", "／", "-", "－", "—", "——", "–", "无"}) {
      assertThat(SpacedColumns.isValue(mark)).as(mark).isTrue();
    }
    assertThat(SpacedColumns.isValue("、")).isFalse();
    assertThat(SpacedColumns.isValue("空")).isFalse();
  }
}
