package org.govdisclosure.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.govdisclosure.extract.ProcessedReport;
import org.govdisclosure.extract.ReportProcessor;
import org.junit.jupiter.api.Test;

class FiguresUnderTitlesTest {

  /** Section 四 as a text browser dumps it (display widths), two cells left blank: 13 figures under 15 titles. */
  private static final List<String> DUMP = List.of(
      "四、政府信息公开行政复议、行政诉讼情况",
      "   行政复议                                           行政诉讼",
      "   结果维持   结果纠正   其他结果   尚未审结   总计   未经复议直接起诉                                           复议后起诉",
      "                                                      结果维持           结果纠正   其他结果   尚未审结   总计   结果维持     结果纠正   其他结果   尚未审结   总计",
      "   0          0          0          4          4                         0          0          2          2      0                       0          4          4");

  /** Each figure is placed under the title it stands under; the two columns no figure stands under are blank cells. */
  @Test
  void figuresAloneUnderMoreTitlesArePlacedUnderThem() {
    List<String> placed = FiguresUnderTitles.placed(DUMP);
    assertThat(placed.subList(0, 4)).isEqualTo(DUMP.subList(0, 4));
    assertThat(placed.get(4)).isEqualTo("0\t0\t0\t4\t4\t\t0\t0\t2\t2\t0\t\t0\t4\t4");
  }

  /** The report reads the blank cells as no value, every other cell in its proceeding and outcome. */
  @Test
  void aReportsSectionFourWithBlankCellsInADumpIsRead() {
    String text = "测试镇2020年政府信息公开工作年度报告\n" + String.join("\n", DUMP) + "\n五、存在的主要问题及改进情况\n";
    ProcessedReport r = ReportProcessor.withRegistered().process("dump.txt", text.getBytes(StandardCharsets.UTF_8));
    List<Map<String, Object>> rows = r.tables().get("review_litigation");
    assertThat(rows.get(0)).containsEntry("pending", 4).containsEntry("total", 4);
    assertThat(rows.get(1)).containsEntry("upheld", null).containsEntry("pending", 2).containsEntry("total", 2);
    assertThat(rows.get(2)).containsEntry("upheld", 0).containsEntry("corrected", null).containsEntry("total", 4);
  }

  /** A line printing two figures under one title, or a figure between two titles, stays as printed. */
  @Test
  void figuresUnderOneTitleOrBetweenTitlesStayAsPrinted() {
    List<String> two = List.of("结果维持  结果纠正  其他结果  尚未审结  总计", "1 2                 3");
    assertThat(FiguresUnderTitles.placed(two)).isEqualTo(two);
    List<String> between = List.of("结果维持  结果纠正  其他结果  尚未审结  总计", "1       2                   3");
    assertThat(FiguresUnderTitles.placed(between)).isEqualTo(between);
  }

  /**
   * A page's number between dashes ({@code - 2 -}, an OCR'd footer) under a column group's titles, the page's running
   * head and the rest of the header after it, is no row of figures: placed under the titles it was three cells of
   * section 四 (结果纠正 = 2).
   */
  @Test
  void aPageNumberBetweenDashesUnderTitlesStaysAsPrinted() {
    List<String> paged = List.of("四 、 政 府 信 息 公 开 行 政 复议 、 行 政 诉 讼 情况", "行政 复 议  行 政 诉讼", "- 2 -",
        "南 京 市江宁 区 财 政 局2019年 政 府 信 息 公 开 工作 年度 报 告");
    assertThat(FiguresUnderTitles.placed(paged)).isEqualTo(paged);
    List<String> dashes = List.of("行政 复 议  行 政 诉讼", "— 12 —");
    assertThat(FiguresUnderTitles.placed(dashes)).isEqualTo(dashes);
  }
}
