package org.govdisclosure.extract.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.Predicate;
import org.govdisclosure.extract.ProcessedReport;
import org.govdisclosure.extract.ReportProcessor;
import org.junit.jupiter.api.Test;

class DigitSplitsTest {

  private static final Predicate<int[]> ROW_SUM = v -> Arrays.stream(v, 0, 6).sum() == v[6];

  /** The single reading of {@code digits} as {@code parts} counts, or null. */
  private static int[] unique(String digits, int parts, Predicate<int[]> identity) {
    List<int[]> found = DigitSplits.upTo(digits, parts, identity, 1);
    return found.size() == 1 ? found.get(0) : null;
  }

  @Test
  void theOnlySplitThatSatisfiesTheRowSumIsTaken() {
    assertThat(unique("801000081", 7, ROW_SUM)).containsExactly(80, 1, 0, 0, 0, 0, 81);
    assertThat(unique("0000000", 7, ROW_SUM)).containsExactly(0, 0, 0, 0, 0, 0, 0);
  }

  /** One run printed apart on its line holding all of a row's counts glued is split, though it opens with no 0. */
  @Test
  void aLoneRunPrintedApartHoldingEveryCountIsSplit() {
    BitSet apart = new BitSet();
    apart.set(0);
    List<int[]> found = DigitSplits.upTo(List.of("300030000000101"), apart, 15, v -> true, 1);
    assertThat(found).hasSize(1);
    assertThat(found.get(0)).containsExactly(3, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1);
  }

  @Test
  void digitsThatSplitOnlyOneWayAreReadAsPrintedEvenWhereTheSumsFail() {
    // Seven digits for seven cells: the printed 总计 0 stays 0, whatever 5 + 1 says.
    assertThat(unique("5100000", 7, ROW_SUM)).containsExactly(5, 1, 0, 0, 0, 0, 0);
    // A zero never starts a longer number, so 10|0|0|0|0|0|0 is the one reading too.
    assertThat(unique("10000000", 7, ROW_SUM)).containsExactly(10, 0, 0, 0, 0, 0, 0);
  }

  @Test
  void aGluedTableWhoseTotalColumnIsPrintedAsZeroKeepsItsZerosAndFailsItsChecks() {
    StringBuilder page = new StringBuilder("测试镇2020年政府信息公开工作年度报告\n一、总体情况\n本年度共收到政府信息公开申请6件，均已按期答复。\n"
        + "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量5100000二、上年结转政府信息公开申请数量0000000"
        + "三、本年度办理结果（一）予以公开5100000");
    for (String label : List.of("（二）部分公开", "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”",
        "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项",
        "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确", "1.信访举报投诉类申请", "2.重复申请",
        "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息", "（六）其他处理")) {
      page.append(label).append("0000000");
    }
    page.append("（七）总计5100000四、结转下年度继续办理0000000\n四、政府信息公开行政复议、行政诉讼情况\n");
    ProcessedReport r = ReportProcessor.withRegistered().process("zeros.txt", page.toString().getBytes(StandardCharsets.UTF_8));
    var applications = r.tables().get("applications");
    assertThat(applications).filteredOn(row -> List.of("new_received", "total").contains(row.get("row_key")))
        .hasSize(2).allSatisfy(row -> assertThat(row)
            .containsEntry("natural_person", 5).containsEntry("commercial_enterprise", 1).containsEntry("total", 0)
            .containsEntry("source", "table"));
    assertThat(r.tables().get("checks")).anySatisfy(c -> assertThat(c)
        .containsEntry("check", "applications_row_sum").containsEntry("scope", "total").containsEntry("status", "fail"));
  }

  @Test
  void severalPossibleSplitsGiveNothing() {
    // 1|10|0|0|0|0|11 and 11|0|0|0|0|0|11 both add up.
    assertThat(unique("110000011", 7, ROW_SUM)).isNull();
    // No reading adds up, or too few digits.
    assertThat(unique("11000000112", 7, ROW_SUM)).isNull();
    assertThat(unique("123", 7, ROW_SUM)).isNull();
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
