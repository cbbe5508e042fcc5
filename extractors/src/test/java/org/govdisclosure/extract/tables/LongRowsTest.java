package org.govdisclosure.extract.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.govdisclosure.extract.ProcessedReport;
import org.govdisclosure.extract.ReportProcessor;
import org.junit.jupiter.api.Test;

/** Section 三 exported a line per cell ({@link LongRows}), as data exports print it beside other sections' lines. */
class LongRowsTest {

  private static final ReportProcessor PROCESSOR = ReportProcessor.withRegistered();
  private static final String TITLE = "测试镇2020年政府信息公开工作年度报告\n";
  private static final List<String> COLUMNS = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");
  private static final List<String> ROWS = List.of("一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量",
      "三、本年度办理结果/（一）予以公开", "三、本年度办理结果/（七）总计", "四、结转下年度继续办理");

  private static ProcessedReport process(String text) {
    return PROCESSOR.process("export.txt", text.getBytes(StandardCharsets.UTF_8));
  }

  private static Map<String, Object> row(ProcessedReport r, String key) {
    return r.tables().get("applications").stream().filter(m -> key.equals(m.get("row_key"))).findFirst().orElseThrow();
  }

  /**
   * Section 三's rows a line per cell, all from natural persons: 3 received, 2 granted, 1 carried forward; {@code group}
   * before the columns of organisations.
   */
  private static String cells(String group) {
    StringBuilder b = new StringBuilder();
    for (String label : ROWS) {
      boolean forward = label.startsWith("四");
      for (int c = 0; c < COLUMNS.size(); c++) {
        int count = forward ? 1 : label.startsWith("二") ? 0 : label.startsWith("一") ? 3 : 2;
        int value = c == 0 || c == 6 ? count : 0;
        String column = c > 0 && c < 6 ? group + COLUMNS.get(c) : COLUMNS.get(c);
        b.append(label).append('/').append(column).append('：').append(value).append('\n');
      }
    }
    return b.toString();
  }

  private static final String REVIEW = """
      行政复议/结果维持：1
      行政复议/结果纠正：0
      行政复议/其他结果：0
      行政复议/尚未审结：0
      行政复议/总计：1
      """;

  /** 法人或其他组织 between a row's label and its column is the column's title over it, not part of the row's label. */
  @Test
  void aColumnGroupsTitleAmongTheLabelsIsTheColumns() {
    ProcessedReport r = process(TITLE + "三、收到和处理政府信息公开申请情况\n" + cells("法人或其他组织/") + "四、政府信息公开行政复议、行政诉讼情况\n" + REVIEW);
    assertThat(row(r, "granted")).containsEntry("natural_person", 2).containsEntry("commercial_enterprise", 0).containsEntry("total", 2);
    assertThat(row(r, "carried_forward")).containsEntry("natural_person", 1).containsEntry("total", 1);
  }

  /**
   * An export printing no heading between sections: section 二's 政府集中采购 lines before the grid and section 四's
   * after it name none of section 三's rows, and are no part of its grid.
   */
  @Test
  void otherSectionsLinesBeforeAndAfterTheGridAreNoPartOfIt() {
    ProcessedReport r = process(TITLE + "二/政府集中采购/采购项目数量：3\n二/政府集中采购/采购总金额：12000\n" + cells("") + REVIEW);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 3).containsEntry("total", 3);
    assertThat(row(r, "carried_forward")).containsEntry("natural_person", 1).containsEntry("total", 1);
  }
}
