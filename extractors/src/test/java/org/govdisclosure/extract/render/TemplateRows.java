package org.govdisclosure.extract.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The two national templates as the generator prints them, written out here from the official notices (国办公开办函
 * 〔2019〕60号 and 〔2021〕30号) independently of the extractors, so that the renderings test what the extractors
 * read rather than repeat it.
 */
final class TemplateRows {

  /**
   * A data row of section 三: its gold key, its label, and the merged labels printed left of it ({@code group}:
   * 三、本年度办理结果; {@code subgroup}: （三）不予公开 …), null where there is none.
   */
  record Row(String key, Label label, Label group, Label subgroup) {

    /** Rows of the result block are the ones whose cells add up to （七）总计. */
    boolean isDetail() {
      return group != null && !key.equals("total");
    }
  }

  /** Section 二: one caption (第二十条第（X）项) with its column headers and items. */
  record ProactiveTable(String caption, List<String> headers, List<String> items, List<String> itemKeys, List<String> columns) {

    /** The header row as printed: the item column's, then the table's. */
    List<String> headerRow() {
      return withItemHeader(headers);
    }

    /** Item {@code i}'s row as {@code r} prints it: its label through {@code noise}, then its figures. */
    List<String> row(int i, GeneratedReport r, LabelNoise noise) {
      List<String> cells = new ArrayList<>(List.of(noise.print(Label.plain(items.get(i)))));
      String item = itemKeys.get(i);
      columns.forEach(c -> cells.add(r.proactiveCell(item, c)));
      return cells;
    }

    /** Every item's {@link #row}, in order. */
    List<List<String>> rows(GeneratedReport r, LabelNoise noise) {
      List<List<String>> rows = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        rows.add(row(i, r, noise));
      }
      return rows;
    }
  }

  static final Label RESULTS = Label.top(3, "本年度办理结果");
  static final Label WITHHELD = Label.paren(3, "不予公开");
  static final Label UNAVAILABLE = Label.paren(4, "无法提供");
  static final Label NOT_PROCESSED = Label.paren(5, "不予处理");
  static final Label OTHER = Label.paren(6, "其他处理");

  static final String NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
  static final String APPLICANTS_HEADER = "申请人情况";
  static final String LEGAL_PERSONS = "法人或其他组织";
  static final List<String> APPLICANTS = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");
  static final String TOTAL = "总计";

  static final List<String> PROCEEDINGS = List.of("行政复议", "未经复议直接起诉", "复议后起诉");
  static final String LITIGATION = "行政诉讼";
  static final List<String> OUTCOMES = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

  static final List<String> HEADINGS = List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");

  private TemplateRows() {}

  /** What a renderer printing a report line by line puts under the headings of sections 二, 三 and 四. */
  interface SectionLines {
    void proactive(List<String> lines);

    void applications(List<String> lines);

    void reviewLitigation(List<String> lines);
  }

  /**
   * A report printed line by line: its title, then each section's heading with the renderer's lines under 二 to 四
   * and {@code filler} under the others, a blank line after each.
   */
  static List<String> lineByLine(String title, String filler, SectionLines body) {
    List<String> lines = new ArrayList<>(List.of(title, ""));
    for (int s = 0; s < HEADINGS.size(); s++) {
      lines.add(HEADINGS.get(s));
      switch (s) {
        case 1 -> body.proactive(lines);
        case 2 -> body.applications(lines);
        case 3 -> body.reviewLitigation(lines);
        default -> lines.add(filler);
      }
      lines.add("");
    }
    return lines;
  }

  /** Section 三's 23 (2019) or 25 (2021) data rows in template order. */
  static List<Row> applications(String template) {
    List<Row> rows = new ArrayList<>();
    rows.add(new Row("new_received", Label.top(1, "本年新收政府信息公开申请数量"), null, null));
    rows.add(new Row("carried_over", Label.top(2, "上年结转政府信息公开申请数量"), null, null));
    rows.add(new Row("granted", Label.paren(1, "予以公开"), RESULTS, null));
    rows.add(new Row("partially_granted", Label.paren(2, "部分公开（区分处理的，只计这一情形，不计其他情形）"), RESULTS, null));
    String[][] withheld = {{"withheld_state_secret", "属于国家秘密"}, {"withheld_law_forbidden", "其他法律行政法规禁止公开"},
        {"withheld_safety_stability", "危及“三安全一稳定”"}, {"withheld_third_party", "保护第三方合法权益"},
        {"withheld_internal_affairs", "属于三类内部事务信息"}, {"withheld_process_info", "属于四类过程性信息"},
        {"withheld_enforcement_files", "属于行政执法案卷"}, {"withheld_query_matters", "属于行政查询事项"}};
    addNumbered(rows, withheld, WITHHELD);
    String[][] unavailable = {{"unavailable_not_held", "本机关不掌握相关政府信息"},
        {"unavailable_needs_creation", "没有现成信息需要另行制作"}, {"unavailable_unclear", "补正后申请内容仍不明确"}};
    addNumbered(rows, unavailable, UNAVAILABLE);
    String[][] notProcessed = {{"not_processed_petition", "信访举报投诉类申请"}, {"not_processed_duplicate", "重复申请"},
        {"not_processed_publication", "要求提供公开出版物"}, {"not_processed_excessive", "无正当理由大量反复申请"},
        {"not_processed_confirm", "要求行政机关确认或重新出具已获取信息"}};
    addNumbered(rows, notProcessed, NOT_PROCESSED);
    if (template.equals("2019")) {
      rows.add(new Row("other", OTHER, RESULTS, null));
    } else {
      String[][] other = {{"other_overdue_correction", "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"},
          {"other_overdue_fee", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"}, {"other_other", "其他"}};
      addNumbered(rows, other, OTHER);
    }
    rows.add(new Row("total", Label.paren(7, "总计"), RESULTS, null));
    rows.add(new Row("carried_forward", Label.top(4, "结转下年度继续办理"), null, null));
    return rows;
  }

  private static void addNumbered(List<Row> rows, String[][] keyAndBody, Label subgroup) {
    for (int i = 0; i < keyAndBody.length; i++) {
      rows.add(new Row(keyAndBody[i][0], Label.arabic(i + 1, keyAndBody[i][1]), RESULTS, subgroup));
    }
  }

  /** Section 二's sub-tables; 2019 ends with 政府集中采购 (第二十条第（九）项), which 2021 dropped. */
  static List<ProactiveTable> proactive(String template) {
    if (template.equals("2019")) {
      List<String> counts = List.of("上一年项目数量", "本年增/减", "处理决定数量");
      List<String> countColumns = List.of("items_previous_year", "items_change", "decisions");
      return List.of(
          new ProactiveTable("第二十条第（一）项", List.of("本年新制作数量", "本年新公开数量", "对外公开总数量"), List.of("规章", "规范性文件"),
              List.of("rules", "normative_documents"), List.of("new_made", "new_published", "total_published")),
          new ProactiveTable("第二十条第（五）项", counts, List.of("行政许可", "其他对外管理服务事项"),
              List.of("administrative_licensing", "other_management_services"), countColumns),
          new ProactiveTable("第二十条第（六）项", counts, List.of("行政处罚", "行政强制"),
              List.of("administrative_penalty", "administrative_coercion"), countColumns),
          new ProactiveTable("第二十条第（八）项", List.of("上一年项目数量", "本年增/减"), List.of("行政事业性收费"),
              List.of("administrative_fees"), List.of("items_previous_year", "items_change")));
    }
    List<String> decisions = List.of("本年处理决定数量");
    return List.of(
        new ProactiveTable("第二十条第（一）项", List.of("本年制发件数", "本年废止件数", "现行有效件数"), List.of("规章", "行政规范性文件"),
            List.of("rules", "normative_documents"), List.of("issued", "repealed", "in_force")),
        new ProactiveTable("第二十条第（五）项", decisions, List.of("行政许可"), List.of("administrative_licensing"), List.of("decisions")),
        new ProactiveTable("第二十条第（六）项", decisions, List.of("行政处罚", "行政强制"),
            List.of("administrative_penalty", "administrative_coercion"), List.of("decisions")),
        new ProactiveTable("第二十条第（八）项", List.of("本年收费金额（单位：万元）"), List.of("行政事业性收费"), List.of("administrative_fees"),
            List.of("fee_yuan")));
  }

  static final String PROCUREMENT_CAPTION = "第二十条第（九）项";
  static final List<String> PROCUREMENT_HEADERS = List.of("采购项目数量", "采购总金额");
  static final String PROCUREMENT_ITEM = "政府集中采购";
  static final String ITEM_HEADER = "信息内容";

  /** The procurement table's header row as printed: the item column's, then its own. */
  static List<String> procurementHeaderRow() {
    return withItemHeader(PROCUREMENT_HEADERS);
  }

  /** The procurement table's one row as {@code r} prints it: its label through {@code noise}, then its figures. */
  static List<String> procurementRow(GeneratedReport r, LabelNoise noise) {
    return List.of(noise.print(Label.plain(PROCUREMENT_ITEM)), r.procurementCount(), r.procurementAmountText());
  }

  private static List<String> withItemHeader(List<String> headers) {
    List<String> header = new ArrayList<>(List.of(ITEM_HEADER));
    header.addAll(headers);
    return header;
  }
}
