package org.govdisclosure.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small 2019-template report written for a test, with its gold (GOLD-FORMAT.md): the section 三 rows given (each
 * count in the 自然人 and 总计 columns, a null printed as a blank cell), section 四's 15 figures and the procurement
 * row. Rows not given are not printed at all.
 */
record SyntheticReport(String name, String text, ObjectNode gold) {

  /** The template's labels of the section 三 rows, in print order. */
  private static final Map<String, String> LABELS = new LinkedHashMap<>();

  static {
    LABELS.put("new_received", "一、本年新收政府信息公开申请数量");
    LABELS.put("carried_over", "二、上年结转政府信息公开申请数量");
    LABELS.put("granted", "三、本年度办理结果\t（一）予以公开");
    LABELS.put("partially_granted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
    LABELS.put("withheld_state_secret", "（三）不予公开\t1.属于国家秘密");
    LABELS.put("withheld_law_forbidden", "2.其他法律行政法规禁止公开");
    LABELS.put("withheld_safety_stability", "3.危及“三安全一稳定”");
    LABELS.put("withheld_third_party", "4.保护第三方合法权益");
    LABELS.put("withheld_internal_affairs", "5.属于三类内部事务信息");
    LABELS.put("withheld_process_info", "6.属于四类过程性信息");
    LABELS.put("withheld_enforcement_files", "7.属于行政执法案卷");
    LABELS.put("withheld_query_matters", "8.属于行政查询事项");
    LABELS.put("unavailable_not_held", "（四）无法提供\t1.本机关不掌握相关政府信息");
    LABELS.put("unavailable_needs_creation", "2.没有现成信息需要另行制作");
    LABELS.put("unavailable_unclear", "3.补正后申请内容仍不明确");
    LABELS.put("not_processed_petition", "（五）不予处理\t1.信访举报投诉类申请");
    LABELS.put("not_processed_duplicate", "2.重复申请");
    LABELS.put("not_processed_publication", "3.要求提供公开出版物");
    LABELS.put("not_processed_excessive", "4.无正当理由大量反复申请");
    LABELS.put("not_processed_confirm", "5.要求行政机关确认或重新出具已获取信息");
    LABELS.put("other", "（六）其他处理");
    LABELS.put("total", "（七）总计");
    LABELS.put("carried_forward", "四、结转下年度继续办理");
  }

  /**
   * @param rows row key to its count (null: a blank cell); keys in any order
   * @param reviewLitigation section 四's 15 figures: review, then direct and after-review litigation, each as
   *     upheld, corrected, other, pending, total
   */
  static SyntheticReport of(String organization, int year, Map<String, Integer> rows, List<Integer> reviewLitigation,
      int procurementItems, String procurementYuan) {
    ObjectMapper json = new ObjectMapper();
    ObjectNode gold = json.createObjectNode().put("year", year).put("organization", organization).put("template", "2019");
    gold.putObject("procurement").put("item_count", procurementItems).put("amount_yuan", procurementYuan);
    ObjectNode goldRows = gold.putObject("applications").put("source", "table").putObject("rows");
    StringBuilder text = new StringBuilder(organization + year + "年政府信息公开工作年度报告\n一、总体情况\n"
        + year + "年，本局认真贯彻落实《中华人民共和国政府信息公开条例》。\n二、主动公开政府信息情况\n"
        + "第二十条第（九）项\n信息内容\t采购项目数量\t采购总金额\n政府集中采购\t" + procurementItems + "\t" + procurementYuan + "元\n"
        + "三、收到和处理政府信息公开申请情况\n"
        + "申请人情况\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n");
    LABELS.forEach((key, label) -> {
      if (rows.containsKey(key)) {
        Integer n = rows.get(key);
        String cell = n == null ? "" : n.toString();
        text.append(label).append('\t').append(cell).append("\t0\t0\t0\t0\t0\t").append(cell).append('\n');
        ArrayNode values = goldRows.putArray(key);
        values.add(n);
        for (int c = 0; c < 5; c++) {
          values.add(0);
        }
        values.add(n);
      }
    });
    text.append("四、政府信息公开行政复议、行政诉讼情况\n")
        .append("行政复议\t行政诉讼\n")
        .append("结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉\n")
        .append("结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n");
    ArrayNode goldReviews = gold.putObject("review_litigation").put("source", "table").putArray("values");
    StringBuilder figures = new StringBuilder();
    for (Integer n : reviewLitigation) {
      figures.append(figures.isEmpty() ? "" : "\t").append(n);
      goldReviews.add(n);
    }
    text.append(figures).append('\n')
        .append("五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无其他需要报告的事项。\n");
    return new SyntheticReport(organization + year + ".txt", text.toString(), gold);
  }
}
