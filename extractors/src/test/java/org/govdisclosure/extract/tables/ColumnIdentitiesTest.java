package org.govdisclosure.extract.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govdisclosure.extract.ProcessedReport;
import org.govdisclosure.extract.ReportProcessor;
import org.govdisclosure.extract.spi.Template;
import org.govdisclosure.extract.template.NationalTemplate;
import org.govdisclosure.extract.template.TemplateRow;
import org.junit.jupiter.api.Test;

/** Glued section 三 rows with several readings, settled only where the column sums single out one combination. */
class ColumnIdentitiesTest {

  private static final List<TemplateRow> ORDER_2019 = NationalTemplate.of(Template.T2019).applications().rows();
  private static final List<TemplateRow> ORDER_2021 = NationalTemplate.of(Template.T2021).applications().rows();
  private static final TemplateRow CARRIED_FORWARD = row(ORDER_2021, "carried_forward");
  private static final TemplateRow CARRIED_OVER = row(ORDER_2021, "carried_over");
  private static final TemplateRow GRANTED = row(ORDER_2021, "granted");
  private static final TemplateRow NEW_RECEIVED = row(ORDER_2021, "new_received");
  private static final TemplateRow OTHER = row(ORDER_2019, "other");
  private static final TemplateRow OTHER_OVERDUE_FEE = row(ORDER_2021, "other_overdue_fee");
  private static final TemplateRow PARTIALLY_GRANTED = row(ORDER_2021, "partially_granted");
  private static final TemplateRow TOTAL = row(ORDER_2021, "total");
  private static final TemplateRow UNAVAILABLE_NOT_HELD = row(ORDER_2021, "unavailable_not_held");

  private static TemplateRow row(List<TemplateRow> order, String key) {
    return order.stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
  }

  private static final int[] ZEROS = {0, 0, 0, 0, 0, 0, 0};
  /** The two readings of {@code 270020130} whose six applicant columns sum to 总计. */
  private static final int[] GRANTED_2_7 = {2, 7, 0, 0, 20, 1, 30};
  private static final int[] GRANTED_27 = {27, 0, 0, 2, 0, 1, 30};
  /** The two readings of {@code 220000325}. */
  private static final int[] NOT_HELD_2_20 = {2, 20, 0, 0, 0, 3, 25};
  private static final int[] NOT_HELD_22 = {22, 0, 0, 0, 0, 3, 25};

  /**
   * A consistent table with rows granted 27 and not held 22 among its details, each row read one way, and
   * {@code other} as the row that holds the remaining 14 of the 63 settled applications.
   */
  private static Map<TemplateRow, List<int[]>> table(List<TemplateRow> order, TemplateRow other) {
    Map<TemplateRow, List<int[]>> readings = new HashMap<>();
    order.forEach(row -> readings.put(row, List.of(ZEROS)));
    readings.put(NEW_RECEIVED, List.<int[]>of(new int[] {62, 0, 0, 2, 0, 4, 68}));
    readings.put(CARRIED_OVER, List.<int[]>of(new int[] {1, 0, 0, 0, 0, 0, 1}));
    readings.put(GRANTED, List.of(GRANTED_27));
    readings.put(UNAVAILABLE_NOT_HELD, List.of(NOT_HELD_22));
    readings.put(other, List.<int[]>of(new int[] {14, 0, 0, 0, 0, 0, 14}));
    readings.put(TOTAL, List.<int[]>of(new int[] {63, 0, 0, 2, 0, 4, 69}));
    return readings;
  }

  private static Map<TemplateRow, List<int[]>> ambiguous2019() {
    Map<TemplateRow, List<int[]>> readings = table(ORDER_2019, OTHER);
    readings.put(GRANTED, List.of(GRANTED_2_7, GRANTED_27));
    readings.put(UNAVAILABLE_NOT_HELD, List.of(NOT_HELD_2_20, NOT_HELD_22));
    return readings;
  }

  @Test
  void theOneCombinationThatSatisfiesEveryColumnSumIsTaken() {
    Map<TemplateRow, int[]> settled = ColumnIdentities.settle(ORDER_2019, ambiguous2019());
    assertThat(settled).hasSize(ORDER_2019.size());
    assertThat(settled.get(GRANTED)).containsExactly(GRANTED_27);
    assertThat(settled.get(UNAVAILABLE_NOT_HELD)).containsExactly(NOT_HELD_22);
  }

  @Test
  void the2021TemplateCountsItsThreeOtherRowsAmongTheDetails() {
    Map<TemplateRow, List<int[]>> readings = table(ORDER_2021, OTHER_OVERDUE_FEE);
    readings.put(GRANTED, List.of(GRANTED_2_7, GRANTED_27));
    Map<TemplateRow, int[]> settled = ColumnIdentities.settle(ORDER_2021, readings);
    assertThat(settled.get(GRANTED)).containsExactly(GRANTED_27);
    assertThat(settled).hasSize(ORDER_2021.size());
  }

  @Test
  void twoConsistentCombinationsSettleNothing() {
    // Granted and partially granted both read 270020130: swapping their readings keeps every column sum.
    Map<TemplateRow, List<int[]>> readings = table(ORDER_2019, OTHER);
    readings.put(GRANTED, List.of(GRANTED_2_7, GRANTED_27));
    readings.put(PARTIALLY_GRANTED, List.of(GRANTED_2_7, GRANTED_27));
    readings.put(UNAVAILABLE_NOT_HELD, List.of(ZEROS));
    readings.put(TOTAL, List.<int[]>of(new int[] {43, 7, 0, 2, 20, 2, 74}));
    readings.put(NEW_RECEIVED, List.<int[]>of(new int[] {42, 7, 0, 2, 20, 2, 73}));

    Map<TemplateRow, int[]> settled = ColumnIdentities.settle(ORDER_2019, readings);
    assertThat(settled).doesNotContainKeys(GRANTED, PARTIALLY_GRANTED)
        .containsKeys(TOTAL, NEW_RECEIVED);
  }

  @Test
  void aReportWhoseDetailsDoNotAddUpToItsTotalSettlesNothing() {
    // As in Pingtan 2020: the detail rows hold more than （七）总计, so no reading makes the sums hold.
    Map<TemplateRow, List<int[]>> readings = ambiguous2019();
    readings.put(OTHER, List.<int[]>of(new int[] {20, 0, 0, 0, 0, 0, 20}));
    Map<TemplateRow, int[]> settled = ColumnIdentities.settle(ORDER_2019, readings);
    assertThat(settled).doesNotContainKeys(GRANTED, UNAVAILABLE_NOT_HELD).containsKey(OTHER);
  }

  @Test
  void aRowWithoutReadingsLeavesAnIdentityUncheckedAndSettlesNothing() {
    Map<TemplateRow, List<int[]>> readings = ambiguous2019();
    readings.put(CARRIED_FORWARD, List.of());
    assertThat(ColumnIdentities.settle(ORDER_2019, readings)).doesNotContainKey(GRANTED);
    readings.remove(CARRIED_FORWARD);
    assertThat(ColumnIdentities.settle(ORDER_2019, readings)).doesNotContainKey(GRANTED);
  }

  @Test
  void tooManyCombinationsAreNotSearched() {
    List<TemplateRow> order = ORDER_2019;
    List<TemplateRow> details = order.subList(order.indexOf(CARRIED_OVER) + 1, order.indexOf(TOTAL));
    assertThat(ColumnIdentities.settle(order, withOneMoreReading(details.subList(0, 3)))).containsKey(GRANTED);
    // Only the true readings add up, as above, but 2^19 combinations exceed the cap.
    assertThat(1L << details.size()).isGreaterThan(ColumnIdentities.MAX_COMBINATIONS);
    assertThat(ColumnIdentities.settle(order, withOneMoreReading(details))).doesNotContainKey(GRANTED);
  }

  /** The consistent 2019 table where each of {@code rows} may also be read as one more natural-person application. */
  private static Map<TemplateRow, List<int[]>> withOneMoreReading(List<TemplateRow> rows) {
    Map<TemplateRow, List<int[]>> readings = table(ORDER_2019, OTHER);
    for (TemplateRow row : rows) {
      int[] truth = readings.get(row).get(0);
      int[] more = truth.clone();
      more[0]++;
      more[6]++;
      readings.put(row, List.of(more, truth));
    }
    return readings;
  }

  @Test
  void aGluedPageIsReadWhereTheColumnSumsSettleItsRows() {
    String page = "测试镇2021年政府信息公开工作年度报告 " + "说明文字。".repeat(30)
        + "三、收到和处理政府信息公开申请情况申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他"
        + "一、本年新收政府信息公开申请数量640020470二、上年结转政府信息公开申请数量0000000"
        + "三、本年度办理结果（一）予以公开270020130（二）部分公开（区分处理的，只计这一情形，不计其他情形）5000005"
        + "（三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开00000003.危及“三安全一稳定”0000000"
        + "4.保护第三方合法权益00000005.属于三类内部事务信息10000016.属于四类过程性信息0000000"
        + "7.属于行政执法案卷60000068.属于行政查询事项1000001"
        + "（四）无法提供1.本机关不掌握相关政府信息2200003252.没有现成信息需要另行制作00000003.补正后申请内容仍不明确0000000"
        + "（五）不予处理1.信访举报投诉类申请00000002.重复申请00000003.要求提供公开出版物0000000"
        + "4.无正当理由大量反复申请00000005.要求行政机关确认或重新出具已获取信息0000000"
        + "（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请0000000"
        + "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请00000003.其他1000001"
        + "（七）总计630020469四、结转下年度继续办理1000001"
        + "四、政府信息公开行政复议、行政诉讼情况";
    ProcessedReport r = ReportProcessor.withRegistered().process("glued2021.txt", page.getBytes(StandardCharsets.UTF_8));
    Map<String, Object> granted = r.tables().get("applications").stream()
        .filter(row -> "granted".equals(row.get("row_key"))).findFirst().orElseThrow();
    assertThat(granted).containsEntry("natural_person", 27).containsEntry("social_welfare_org", 2)
        .containsEntry("other_org", 1).containsEntry("total", 30);
    assertThat(r.warnings()).noneSatisfy(w -> assertThat(w.code()).isEqualTo("glued_row_ambiguous"))
        .anySatisfy(w -> assertThat(w.message()).contains("row granted").contains("column sums"));
  }
}
