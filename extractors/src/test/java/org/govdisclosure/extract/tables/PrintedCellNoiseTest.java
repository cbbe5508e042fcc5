package org.govdisclosure.extract.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.govdisclosure.extract.ProcessedReport;
import org.govdisclosure.extract.ReportProcessor;
import org.junit.jupiter.api.Test;

/** Cells of a section 三 text table printed with noise a reader shrugs off. */
class PrintedCellNoiseTest {
  private static final ReportProcessor PROCESSOR = ReportProcessor.withRegistered();
  private static final String HEAD = """
      测试局2020年政府信息公开工作年度报告
      三、收到和处理政府信息公开申请情况
      自然人 法人或其他组织 总计
      商业企业 科研机构 社会公益组织 法律服务机构 其他
      """;
  private static final String SECTION_4 = "四、政府信息公开行政复议、行政诉讼情况\n";

  private static ProcessedReport process(String text) {
    return PROCESSOR.process("noise.txt", text.getBytes(StandardCharsets.UTF_8));
  }

  private static Map<String, Object> row(ProcessedReport r, String key) {
    return r.tables().get("applications").stream().filter(m -> key.equals(m.get("row_key"))).findFirst().orElseThrow();
  }

  /**
   * A count parted from its counter by a space ({@code 0 件}) is one cell, as {@code 0件} is: in a row of cells parted
   * by spaces after a tab, and in section 四's row.
   */
  @Test
  void aCountSpacedFromItsCounterIsOneCell() {
    ProcessedReport r = process(HEAD + """
        一、本年新收政府信息公开申请数量	5  0 件  0件  2  0 件  零  7
        二、上年结转政府信息公开申请数量  1  0件  0 件  0 件  0件  0 件  1
        """ + SECTION_4 + """
        行政复议 行政诉讼
        结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉
        结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计
        1  0 件  0件  2  3  0 件  0件  零  0件  0 件  0件  0件  0件  0件  0 件
        """);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 5).containsEntry("commercial_enterprise", 0)
        .containsEntry("social_welfare_org", 2).containsEntry("legal_service_org", 0).containsEntry("total", 7);
    assertThat(row(r, "carried_over")).containsEntry("natural_person", 1).containsEntry("other_org", 0).containsEntry("total", 1);
    assertThat(r.tables().get("review_litigation").get(0)).containsEntry("upheld", 1).containsEntry("corrected", 0)
        .containsEntry("pending", 2).containsEntry("total", 3);
  }

  /**
   * A line parted by even gaps but for one twice as wide, under a line whose figures are wider (198): the wide gap is
   * the blank cell's place to the eye: lined up by the other line's columns, its figures would cross the blank.
   */
  @Test
  void aLinesOwnWideGapIsNotCrossedByAnotherLinesColumns() {
    ProcessedReport r = process(HEAD + """
        8.属于行政查询事项 0   0   0   0   0   198   198
        （四）无法提供
        1.本机关不掌握相关政府信
        息 23　0　0　　0　11　37
        """ + SECTION_4);
    assertThat(row(r, "withheld_query_matters")).containsEntry("other_org", 198).containsEntry("total", 198);
    Map<String, Object> notHeld = row(r, "unavailable_not_held");
    assertThat(notHeld.get("legal_service_org")).isNotEqualTo(11);
    assertThat(notHeld.get("other_org")).isNotEqualTo(37);
  }

  /** Section 四's row of tab-separated cells, some a count apart from its counter ({@code 0 件}): each one cell. */
  @Test
  void aTabCellOfACountApartFromItsCounterIsThatCount() {
    ProcessedReport r = process(HEAD + "一、本年新收政府信息公开申请数量\t1\t0 件\t0件\t0\t0 件\t零\t1\n" + SECTION_4 + """
        行政复议 行政诉讼
        结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉
        结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计
        0件\t零\t0 件\t93\t93\t0件\t3\t0件\t22\t25\t0 件\t零\t3\t0件\t3
        """);
    assertThat(row(r, "new_received")).containsEntry("commercial_enterprise", 0).containsEntry("total", 1);
    assertThat(r.tables().get("review_litigation").get(0)).containsEntry("other", 0).containsEntry("pending", 93);
    assertThat(r.tables().get("review_litigation").get(2)).containsEntry("upheld", 0).containsEntry("total", 3);
  }

  /** A row parting its cells with pipes and the table's box-drawing bar alike: the bar is no part of the label. */
  @Test
  void aBarAmongPipesPartsCellsAsThePipesDo() {
    ProcessedReport r = process(HEAD + """
        一、本年新收政府信息公开申请数量 │ 5 │ 0 │ 0 │ 2 │ 0 │ 0 │ 7
        二、上年结转政府信息公开申请数量 │ 1 │ 0 │ 0 │ 0 │ 0 │ 0 │ 1
        （七）总计 │ 251 | 20 | 0 | 0 | 70 | 0 | 341
        """ + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 5).containsEntry("total", 7);
    assertThat(row(r, "total")).containsEntry("natural_person", 251).containsEntry("legal_service_org", 70).containsEntry("total", 341);
  }
}
