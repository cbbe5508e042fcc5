package org.govdisclosure.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Made-up figures in the shape pdftotext -layout prints a table whose blank cells print nothing. */
class PageGridsTest {

  /** Header words and figures start on one character column each, a CJK character one column. */
  private static final List<String> PAGE = List.of(
      "三、收到和处理政府信息公开申请情况",
      "                   自然人   商业企业    科研机构    其他    总计",
      "一、本年新收申请数量         12    3                     15",
      "",
      "     1.属于国家秘密",
      "                   4                     1     5",
      "     2.其他 7              2                     9",
      "（五） 1.信访举报投诉类                    6");

  @Test
  void figuresArePlacedUnderTheHeaderWordTheyStartUnderBlankColumnsKept() {
    List<String> out = PageGrids.tabbed(PAGE);
    assertThat(out.get(2)).isEqualTo("一、本年新收申请数量\t12\t3\t\t\t15");
    assertThat(out.get(5)).isEqualTo("\t4\t\t\t1\t5");
    assertThat(out.get(7)).isEqualTo("（五） 1.信访举报投诉类\t\t\t6\t\t");
  }

  /**
   * A header cell's words wrapped and letter-spaced ({@code 结　果} over {@code 　维　持}, an ideographic space opening
   * its second line): a word touching a word on the line below is that cell's, no column of its own. Taken for leaves,
   * the header's columns outnumber the cells and the figures under them would shift; the line stays as printed.
   */
  @Test
  void aHeaderWordTouchingTheWordBelowItIsNoColumnOfItsOwn() {
    List<String> lines = List.of(
        "四、政府信息公开行政复议、行政诉讼情况",
        "结果维     结果纠     其他结     结\u3000果     总计",
        "持       正       果       \u3000维\u3000持",
        "        0       3       1       4");
    assertThat(PageGrids.tabbed(lines).get(3)).isEqualTo(lines.get(3));
  }

  /**
   * pdftotext sets a figure one space after its label when it took the two for words of one line: its own place says
   * nothing, but where the next figure stands in the second column, the first is the only one left of it.
   */
  @Test
  void aFigureOneSpaceAfterItsLabelIsInTheFirstColumnOnlyWhereTheNextIsInTheSecond() {
    assertThat(PageGrids.tabbed(PAGE).get(6)).isEqualTo("2.其他\t7\t2\t\t\t9");
    List<String> lines = new ArrayList<>(PAGE);
    lines.set(6, "     2.其他 7                      2             9");
    assertThat(PageGrids.tabbed(lines).get(6)).isEqualTo(lines.get(6));
  }

  /**
   * After a page break without the header, the page's own columns (pdftotext starts them anew) are the starts of its
   * figures where they are as many as the page before's columns; a line printing fewer is placed on them.
   */
  @Test
  void aPageWithoutTheHeaderIsPlacedOnItsOwnFiguresStarts() {
    List<String> lines = new ArrayList<>(PAGE);
    lines.addAll(List.of(
        "\f  2.重复申请        8      1                     9",
        "  3.其他                 2       6             8",
        "  （七）总计         20     3              7      30"));
    List<String> out = PageGrids.tabbed(lines);
    assertThat(out.get(8)).isEqualTo("\f2.重复申请\t8\t1\t\t\t9");
    assertThat(out.get(9)).isEqualTo("3.其他\t\t2\t6\t\t8");
    assertThat(out.get(10)).isEqualTo("（七）总计\t20\t3\t\t7\t30");
  }

  /**
   * A cell printing its figures apart ({@code 1 5} for 15, a font's gap), the second one space after the first and no
   * column left for it before the next figure's or the grid's end, stays one cell: never two cells that fill a blank
   * column and shift the row (the decoder reads the cell's figures apart by the row's sum, or leaves it empty).
   */
  @Test
  void figuresApartWithNoColumnBetweenThemAndTheNextStayOneCell() {
    List<String> lines = new ArrayList<>(PAGE);
    lines.set(2, "一、本年新收申请数量         12    3                     1 5");
    lines.add(3, "二、上年结转申请数量         1 2   3                     15");
    List<String> out = PageGrids.tabbed(lines);
    assertThat(out.get(2)).isEqualTo("一、本年新收申请数量\t12\t3\t\t\t1 5");
    assertThat(out.get(3)).isEqualTo("二、上年结转申请数量\t1 2\t3\t\t\t15");
  }

  /** Without the page before's columns, a page's figures alone say nothing of a column all its lines leave blank. */
  @Test
  void aPageWithoutHeaderOrPageBeforeStaysAsPrinted() {
    List<String> lines = List.of("  2.重复申请        8      1                     9", "  3.其他                 2       6             8");
    assertThat(PageGrids.tabbed(lines)).isEqualTo(lines);
  }

  /**
   * A line of figures under a header of proceedings over their outcomes: the outcomes are the columns (no word under
   * them), the proceedings' words groups; each figure starts under an outcome, blank ones a gap.
   */
  @Test
  void aLineWhoseFiguresAllStartUnderTheHeadersLeavesIsPlacedUnderThem() {
    List<String> lines = List.of(
        "行政复议                行政诉讼",
        "                    未经复议直接起诉            复议后起诉",
        "结果维  结果纠  总计        结果维  结果纠  总计        结果维  结果纠  总计",
        "持    正              持    正              持    正",
        "3         3              1    1         2         2");
    assertThat(PageGrids.tabbed(lines).get(4)).isEqualTo("\t3\t\t3\t\t1\t1\t2\t\t2");
  }

  /** Lines printing every column read the same as printed: nothing is rewritten (section 二's tables). */
  @Test
  void aTableWhoseLinesPrintEveryColumnStaysAsPrinted() {
    List<String> lines = List.of(
        "信息内容      本年制发      本年废止",
        "规章        4         1",
        "规范性文件     6         0");
    assertThat(PageGrids.tabbed(lines)).isEqualTo(lines);
  }
}
