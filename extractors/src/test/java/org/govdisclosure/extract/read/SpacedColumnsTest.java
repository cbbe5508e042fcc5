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

  /**
   * A label wider than its column pushes its row's cells right, the first glued to it: where those cells stand is in
   * doubt, so that line stays as printed, and the lines beside it, whose figures line up, are placed under their
   * columns, blanks kept.
   */
  @Test
  void aLineWhoseLabelRunsIntoTheValuesStaysAsPrintedAndTheOthersArePlaced() {
    List<String> lines = List.of(
        "（一）予以公开                          285         25          1           67          44          84          506",
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）26                                              11          3           40",
        "1.属于国家秘密                          147                                 9                       12          168",
        "2.其他法律行政法规禁止公开              5                                   5                       14          24");
    assertThat(SpacedColumns.tabbed(lines)).containsExactly(
        "（一）予以公开\t285\t25\t1\t67\t44\t84\t506",
        lines.get(1),
        "1.属于国家秘密\t147\t\t\t9\t\t12\t168",
        "2.其他法律行政法规禁止公开\t5\t\t\t5\t\t14\t24");
  }

  /**
   * Labels in a second label column, padded by display width: by characters the lines whose labels hold more wide
   * characters start their values further left, so two lines sharing the leftmost start by characters say nothing of
   * the text's padding, and no label there runs into the values.
   */
  @Test
  void labelsPaddedByDisplayWidthDoNotRunIntoValuesCountedByCharacters() {
    List<String> lines = List.of(
        "                                         仍不明确",
        "                      （五）不予处理     1.信访举报投诉类   37                                   0            0            0      37",
        "                                         申请",
        "                                         2.重复申请         22           0            0          0            0            0      22",
        "                                         3.要求提供公开出   0            0                       0                         0      0",
        "                                         版物",
        "                                         4.无正当理由大量   0            0                       0            0            0",
        "                                         反复申请",
        "                                         5.要求行政机关确   18           0            0          0            0                   18",
        "                                         认或重新出具已获",
        "                                         取信息",
        "                      （六）其他处理     1.申请人无正当理   18           0            0          0            0                   18",
        "                                         由逾期不补正、行",
        "                                         政机关不再处理其",
        "                                         政府信息公开申请",
        "                                         2.申请人逾期未按                0            0                       0                   0",
        "                                         收费通知要求缴纳",
        "                                         费用、行政机关不",
        "                                         再处理其政府信息",
        "                                         公开申请");
    List<String> tabbed = SpacedColumns.tabbed(lines);
    assertThat(tabbed.get(4)).isEqualTo("3.要求提供公开出\t0\t0\t\t0\t\t0\t0");
    assertThat(tabbed.get(15)).isEqualTo("2.申请人逾期未按\t\t0\t0\t\t0\t\t0");
  }

  /**
   * A table's caption opens another table: the small table's row after it ({@code 件数 0 0 0 1 1}), a few lines below
   * the last row of the table above, is none of that table's rows, which are placed under their own columns.
   */
  @Test
  void aCaptionPartsTheTableAboveFromTheRowsAfterIt() {
    List<String> lines = List.of(
        "3.其他                                  0           0           0           0           0           0           0           ",
        "（七）总计                              0           0           0           0           0           0                       ",
        "四、结转下年度继续办理                  0           0           0           0           0           0           0           ",
        "四、政府信息公开行政复议、行政诉讼情况",
        "表1 行政复议",
        "类别   数据1   数据2   数据3   数据4   合计",
        "件数   2      0      0      0      2      ");
    List<String> tabbed = SpacedColumns.tabbed(lines);
    assertThat(tabbed.get(1)).isEqualTo("（七）总计\t0\t0\t0\t0\t0\t0\t");
    assertThat(tabbed.get(6)).isEqualTo(lines.get(6));
  }
}
