package org.govdisclosure.extract.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Predicate;
import org.govdisclosure.extract.ProcessedReport;
import org.govdisclosure.extract.ReportProcessor;
import org.junit.jupiter.api.Test;

class DigitSplitsTest {

  private static final Predicate<int[]> ROW_SUM = v -> Arrays.stream(v, 0, 6).sum() == v[6];

  @Test
  void theOnlySplitThatSatisfiesTheRowSumIsTaken() {
    assertThat(DigitSplits.unique("801000081", 7, ROW_SUM)).containsExactly(80, 1, 0, 0, 0, 0, 81);
    assertThat(DigitSplits.unique("0000000", 7, ROW_SUM)).containsExactly(0, 0, 0, 0, 0, 0, 0);
  }

  @Test
  void severalPossibleSplitsGiveNothing() {
    // 1|10|0|0|0|0|11 and 11|0|0|0|0|0|11 both add up.
    assertThat(DigitSplits.unique("110000011", 7, ROW_SUM)).isNull();
    // No reading adds up, or too few digits.
    assertThat(DigitSplits.unique("11000000112", 7, ROW_SUM)).isNull();
    assertThat(DigitSplits.unique("123", 7, ROW_SUM)).isNull();
  }

  @Test
  void everyReadingIsListedUpToALimit() {
    assertThat(DigitSplits.upTo("270020130", 7, ROW_SUM, 4))
        .containsExactly(new int[] {2, 7, 0, 0, 20, 1, 30}, new int[] {27, 0, 0, 2, 0, 1, 30});
    // One more than the limit says there are too many.
    assertThat(DigitSplits.upTo("270020130", 7, ROW_SUM, 1)).hasSize(2);
  }

  @Test
  void aPageGluedOntoOneLineIsReadWhereCertainAndLeftEmptyWhereNot() {
    String page = "测试镇2020年政府信息公开工作年度报告 " + "说明文字。".repeat(30)
        + "三、收到和处理政府信息公开申请情况申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他"
        + "一、本年新收政府信息公开申请数量801000081二、上年结转政府信息公开申请数量110000011"
        + "四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计10203120001200000";
    ProcessedReport r = ReportProcessor.withRegistered().process("glued.txt", page.getBytes(StandardCharsets.UTF_8));
    var applications = r.tables().get("applications");
    assertThat(applications.get(0)).containsEntry("row_key", "new_received").containsEntry("natural_person", 80).containsEntry("total", 81);
    assertThat(applications.get(1)).containsEntry("row_key", "carried_over").containsEntry("total", null);
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w.code()).isEqualTo("glued_row_ambiguous"));
    assertThat(r.tables().get("review_litigation").get(1)).containsEntry("proceeding", "litigation_direct")
        .containsEntry("upheld", 12).containsEntry("total", 12);
  }

  @Test
  void sentencesWithCountsAreNotTakenForGluedRows() {
    String report = "测试镇2020年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
        + "全年共受理政府信息公开申请21件，其中予以公开7件，部分公开2件。\n";
    ProcessedReport r = ReportProcessor.withRegistered().process("prose.txt", report.getBytes(StandardCharsets.UTF_8));
    assertThat(r.warnings()).noneSatisfy(w -> assertThat(w.code()).startsWith("glued_row"));
    assertThat(r.tables().get("applications")).allSatisfy(row -> assertThat(row).containsEntry("source", "prose"));
  }
}
