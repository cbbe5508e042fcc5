package org.govdisclosure.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrappedCellLinesTest {

  /**
   * pdftotext -layout: numbers too wide for their cells print their first digits above the row, the rest below; the
   * next row, after a blank line, is whole.
   */
  @Test
  void digitsWrappedAboveAndBelowTheRowLeaveItUnread() {
    List<String> lines = List.of(
        "                                ４２ ６３          ５０ ２１",
        "一、本年新收政府信息公开申请数量      １８３ ２０４            ３１２",
        "                                ７  ５           １  ８６",
        "",
        "二、上年结转政府信息公开申请数量      ０    ０    ０   ０    ０     ０    ０");
    assertThat(WrappedCellLines.marked(lines)).containsExactly(
        "", "一、本年新收政府信息公开申请数量  ?", "", "", lines.get(4));
  }

  /** w3m: the last digit of a count wrapped under it, the row otherwise whole. */
  @Test
  void aDigitWrappedBelowAWholeRowLeavesItUnread() {
    List<String> lines = List.of(
        "        2.其他法律行政法规禁止公开      ０  ７  ０  ３    ０    ０ １",
        "                                                                  ０",
        "");
    assertThat(WrappedCellLines.marked(lines)).containsExactly("        2.其他法律行政法规禁止公开  ?", "", "");
  }

  /** w3m with units in cells: the counter of a count printed on the line above stands alone among the next line's counts. */
  @Test
  void aCounterWithoutItsCountLeavesBothLinesUnread() {
    List<String> lines = List.of(
        "       1.申请人无正当理由逾期不补正、         17",
        "       行政机关不再处理其政府信息公开  4  0件 件  6件   0件   0件 27",
        "(六) 申请");
    assertThat(WrappedCellLines.marked(lines)).containsExactly(
        "       1.申请人无正当理由逾期不补正、  ?", "       行政机关不再处理其政府信息公开  ?", lines.get(2));
  }

  /**
   * A text box printing each blank cell as an ideographic space standing alone between ASCII gaps: a line opening with
   * one opens with a blank cell, not an indent, and is a row of its own, not digits wrapped from the row next to it.
   */
  @Test
  void aLeadingBlankCellsIdeographicSpaceIsNoIndent() {
    assertStaysAsPrinted(
        "自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计",
        "\u3000  72  \u3000  0  \u3000  \u3000  72",
        "0 35 0 0 0 0 35",
        "\u3000  0  \u3000  0  \u3000  \u3000  \u3000",
        "0  0  0  0  0  \u3000  \u3000");
  }

  /**
   * A value box printed apart from its labels, blank cells as spaces: indented lines read as pieces wrapped from the
   * lines of values next to them leave no line in their rows' places, so the lines of values alone left would each be
   * paired with another row's label. None of the run is read.
   */
  @Test
  void aRowOfValuesAloneWithPiecesLeavesItsWholeRunUnread() {
    List<String> lines = List.of(
        "自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计",
        "0 35 0 0 0 0 35",
        "0  0  0  0  0        ",
        "0          0      0    ",
        "            0          0",
        "0  0  0  0  0  0    ",
        "",
        "四、政府信息公开行政复议、行政诉讼情况");
    assertThat(WrappedCellLines.marked(lines)).containsExactly(lines.get(0), "", "", "", "", "", "", lines.get(7));
  }

  /**
   * A label letter-spaced one space apart ends in a counter's character ({@code 规　范　性　文　件}): a letter of the
   * label, not a counter wrapped from a cell, so neither its row nor the row above is taken for wrapped cells.
   */
  @Test
  void aLetterSpacedLabelEndingInACountersCharacterStaysAsPrinted() {
    assertStaysAsPrinted(
        "  规章                  14              2",
        "  规\u3000范\u3000性\u3000文\u3000件    5                              8",
        "  其 他 文 件           3               1");
  }

  @Test
  void wholeRowsUnitsWrappedAloneAndCellsBrokenInReadingOrderStayAsPrinted() {
    assertStaysAsPrinted( // whole rows adjacent
        "   （二）部分公开（区分处理的，只计这一情形，不计其他情形）",
        "                    12  0  0  0  0  1  13",
        "   1.属于国家秘密   3  0  4  0  1  0  8");
    assertStaysAsPrinted( // units wrapped alone
        "        1.属于国家秘密                  1  4件 4件 0件   0件   91 100",
        "                                        件                     件",
        "        形，不计其他情形）                     件");
    assertStaysAsPrinted("一、本年新收政府信息公开申请数量", "215", "件", "30 6 件 2 件", "253", "件"); // cells broken in reading order
  }

  /**
   * pdftotext -layout: a row's label wraps over three lines, its total printed on the first, the other counts on the
   * middle one, which also carries the label of the group the row opens, printed in a column of its own.
   */
  @Test
  void aGroupLabelOnTheMiddleLineOfAWrappedRowLeavesItUnread() {
    String total = "             2.要求提供公开出版                                                   29";
    String counts = "         （四）            12 件 5                 2    6        4       0件";
    String counter = "             物                                                            件";
    String group = "         不予处";
    assertThat(WrappedCellLines.marked(List.of("", total, counts, counter, group))).containsExactly(
        "", "             2.要求提供公开出版  ?", "         （四）", "             物  ?", group);
  }

  /** w3m: the wrapped label of the row above, in the label column's left part, is no cell of the row below it. */
  @Test
  void theLabelOfTheRowAboveIsNoLeftColumnOfTheRowBelow() {
    List<String> lines = List.of(
        "           （三）无 1.没有现成信息需要另行 ４  ２１ ３５ ２７    ０      ０  ８",
        "           法提供   制作                                                     ７",
        "                    2.补正后申请内容仍不明 ２  ０   ０   ０      ０      ３  ５");
    assertThat(WrappedCellLines.marked(lines).get(1)).isEqualTo(lines.get(1));
  }

  /** pdftotext -layout: a count of an unlabelled row of counts (section four's) wraps over the lines around it. */
  @Test
  void digitsWrappedAroundAnUnlabelledRowLeaveItUnread() {
    List<String> lines = List.of(
        "                    18",
        "0件   12   0件   6件        0件   0件     0       3   3件 0件     0       0件   2    2件",
        "                    件",
        "");
    assertThat(WrappedCellLines.marked(lines)).containsExactly("", "", lines.get(2), "");
  }

  /** Cells a text marks (tabs, pipes, box lines) are placed by their marks, not by position. */
  @Test
  void markedCellsAreLeftToTheirMarks() {
    assertStaysAsPrinted("一、本年新收政府信息公开申请数量\t183\t204", "\t\t7");
  }

  /** Lines {@link WrappedCellLines#marked} leaves as printed: the same list, not a copy. */
  private static void assertStaysAsPrinted(String... printed) {
    List<String> lines = List.of(printed);
    assertThat(WrappedCellLines.marked(lines)).isSameAs(lines);
  }
}
