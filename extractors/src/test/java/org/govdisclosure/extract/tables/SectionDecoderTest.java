package org.govdisclosure.extract.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.govdisclosure.extract.ProcessedReport;
import org.govdisclosure.extract.ReportProcessor;
import org.govdisclosure.extract.spi.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The decoder on the renderings that used to lose section 三 or 四: each as a person reads it, or left empty. */
class SectionDecoderTest {

  private static final ReportProcessor PROCESSOR = ReportProcessor.withRegistered();
  private static final String TITLE = "测试镇2020年政府信息公开工作年度报告\n";
  private static final String SECTION_3 = "三、收到和处理政府信息公开申请情况\n";
  private static final String SECTION_4 = "四、政府信息公开行政复议、行政诉讼情况\n";

  private static ProcessedReport process(String name, String text) {
    return PROCESSOR.process(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static Map<String, Object> row(ProcessedReport r, String key) {
    return r.tables().get("applications").stream().filter(m -> key.equals(m.get("row_key"))).findFirst().orElseThrow();
  }

  private static List<String> codes(ProcessedReport r) {
    return r.warnings().stream().map(Warning::code).toList();
  }

  @Test
  void pdfLinesWithWrappedLabelsInterleavedGroupLabelsAFooterAndARepeatedHeaderAreRead() {
    ProcessedReport r = process("lines.txt", TITLE + SECTION_3 + """
        自然人 法人或其他组织 总计
        一、本年新收政府信息公开申
        3 0 0 1 0 0 4
        请数量
        （三）不予公开
        1.属于国家秘密 0 0 0 0 0 0 0
        2.其他法律行政法规禁止公
        本
        1 0 0 0 0 0 1
        年
        开
        - 4 -
        测试镇2020年政府信息公开工作年度报告
        自然人 法人或其他组织 总计
        5.属于三类内部
        度
        2 0 0 0 0 0 2
        事务信息
        （五）不予处理
        5.要求行政机关确认或重新出
        0 1 0 0 0 0 1
        具已获取信息
        （六）其他处理 0 0 0 0 0 0 0
        （七）总计 3 1 0 0 0 0 4
        """ + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 3).containsEntry("social_welfare_org", 1).containsEntry("total", 4);
    assertThat(row(r, "withheld_law_forbidden")).containsEntry("natural_person", 1).containsEntry("total", 1);
    assertThat(row(r, "withheld_internal_affairs")).containsEntry("natural_person", 2).containsEntry("total", 2);
    assertThat(row(r, "not_processed_confirm")).containsEntry("commercial_enterprise", 1).containsEntry("total", 1);
    assertThat(row(r, "other")).containsEntry("total", 0);
    assertThat(row(r, "total")).containsEntry("natural_person", 3).containsEntry("total", 4);
  }

  /**
   * A bare page number closing the section below the tail of the last row's label, wrapped after its cells (a PDF's
   * text whose labels wrap before and after their rows' cells), is no cell of the row.
   */
  @Test
  void aPageNumberBelowTheLastRowsWrappedLabelIsNoCell() {
    ProcessedReport r = process("page-number.txt", TITLE + SECTION_3 + """
        容仍不明确\t2\t0\t0\t0\t0\t0\t2
        1.信访举报投诉
        类申请\t5\t0\t0\t0\t0\t0\t5
        3.要求提供公开
        出版物\t1\t0\t0\t0\t0\t0\t1
        量反复申请\t3\t0\t0\t0\t0\t0\t3
        确认或重新出具已
        按收费通知要求缴
        四、结转下年度继\t0\t0\t0\t4\t0\t0\t4
        续办理

        3

        """ + SECTION_4);
    assertThat(row(r, "carried_forward")).containsEntry("social_welfare_org", 4).containsEntry("total", 4);
    assertThat(codes(r)).doesNotContain("extra_cells");
  }

  /**
   * The header's three grid rows crawled onto one line ({@code 申请人情况 自然人 法人或其他组织 总计 商业企业 … 其他}): the
   * columns after 总计 are the ones under 法人或其他组织, so the rows' cells are in the template's order.
   */
  @ParameterizedTest
  @ValueSource(strings = {" ", "\t"})
  void theHeaderRowsCrawledOntoOneLineNameTheTemplatesColumns(String sep) {
    String header = String.join(sep, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况", "自然人",
        "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");
    ProcessedReport r = process("one-line-header.txt", TITLE + SECTION_3 + header + "\n" + String.join("\n",
        String.join(sep, "一、本年新收政府信息公开申请数量", "6", "2", "0", "1", "0", "0", "9"),
        String.join(sep, "二、上年结转政府信息公开申请数量", "1", "0", "0", "0", "0", "0", "1"),
        String.join(sep, "三、本年度办理结果", "（一）予以公开", "5", "2", "0", "1", "0", "0", "8"),
        String.join(sep, "（七）总计", "5", "2", "0", "1", "0", "0", "8"),
        String.join(sep, "四、结转下年度继续办理", "2", "0", "0", "0", "0", "0", "2")) + "\n" + SECTION_4);
    assertThat(codes(r)).doesNotContain("columns_out_of_order");
    assertThat(row(r, "new_received")).containsEntry("natural_person", 6).containsEntry("commercial_enterprise", 2)
        .containsEntry("social_welfare_org", 1).containsEntry("total", 9);
    assertThat(row(r, "granted")).containsEntry("commercial_enterprise", 2).containsEntry("total", 8);
    assertThat(row(r, "carried_forward")).containsEntry("natural_person", 2).containsEntry("total", 2);
  }

  /**
   * The withheld group's label in full, （三）不予以公开, printing the group's own counts on its row: the 予以公开 it ends
   * with is negated, so its counts are never granted's, as a pipe table, tab-separated text or one cell a line.
   */
  @ParameterizedTest
  @ValueSource(strings = {" | ", "\t", "\n"})
  void aRowLabelledWithheldInFullIsNotGranted(String sep) {
    String cells = String.join("\n",
        rowOf(sep, "本年度办理结果", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"),
        rowOf(sep, "一、本年新收政府信息公开申请数量", "5", "0", "0", "0", "0", "0", "5"),
        rowOf(sep, "（三）不予以公开", "2", "0", "0", "0", "0", "0", "2"),
        rowOf(sep, "1.属于国家秘密", "1", "0", "0", "0", "0", "0", "1"),
        rowOf(sep, "2.其他法律行政法规禁止公开", "1", "0", "0", "0", "0", "0", "1"),
        rowOf(sep, "（七）总计", "5", "0", "0", "0", "0", "0", "5"));
    ProcessedReport r = process("withheld-in-full.txt", TITLE.replace("2020", "2021") + SECTION_3 + cells + "\n" + SECTION_4);
    assertThat(r.tables().get("applications")).noneMatch(m -> "granted".equals(m.get("row_key")) && m.get("total") != null);
    assertThat(row(r, "withheld_state_secret")).containsEntry("natural_person", 1).containsEntry("total", 1);
    assertThat(row(r, "withheld_law_forbidden")).containsEntry("natural_person", 1).containsEntry("total", 1);
  }

  /** 未予以公开 in a sentence of section 三 is within one edit of 予以公开, and its opposite: no label of granted. */
  @Test
  void aWordingNegatedInProseIsNoNearMatchOfItsRow() {
    ProcessedReport r = process("negated-in-prose.txt", TITLE + SECTION_3
        + "本年度未接到群众要求公开政府信息的申请。目前尚未发现应主动公开政府信息而未予以公开的情况。\n" + SECTION_4);
    assertThat(r.warnings()).noneMatch(w -> w.message().contains("read as granted"));
  }

  /** A row of cells parted by {@code sep}, within a pipe table's outer bars where the parting is one. */
  private static String rowOf(String sep, String... cells) {
    String row = String.join(sep, cells);
    return sep.contains("|") ? "| " + row + " |" : row;
  }

  /**
   * A PDF sets a row's label lower than its numbers, next to the total's: {@code （七）总计 | 3.其他} in one row of
   * cells, a row of values without a label above it. Whether the values beside 总计 are the total's or 其他's cannot
   * be told: both rows stay empty, never 其他 with the total's values. A row's own label wrapped after 其他
   * ({@code 2.其他} / {@code 法律行政法规禁止公开}) is no later row's.
   */
  /** The results' total labelled with its group's words, as offices shorten （七）总计 under 三、本年度办理结果, is （七）总计. */
  @ParameterizedTest
  @ValueSource(strings = {"本年度办理结果总计", "办理结果总计", "七、办理结果总计"})
  void theResultsTotalLabelledWithItsGroupsWordsIsTheTotalRow(String label) {
    ProcessedReport r = process("t.txt", """
        测试镇2020年政府信息公开工作年度报告
        三、收到和处理政府信息公开申请情况
        \t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计
        一、本年新收政府信息公开申请数量\t5\t2\t0\t0\t0\t0\t7
        二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0
        三、本年度办理结果
        （一）予以公开\t4\t1\t0\t0\t0\t0\t5
        （二）部分公开\t1\t1\t0\t0\t0\t0\t2
        %s\t5\t2\t0\t0\t0\t0\t7
        四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0
        四、政府信息公开行政复议、行政诉讼情况
        """.formatted(label));
    assertThat(row(r, "total")).containsEntry("natural_person", 5).containsEntry("total", 7);
  }

  /**
   * A 备注 column at the table's right holds remarks, no counts: with the zeros left blank, its blank cell would be an
   * eighth value cell of the row, which a row read in its header's order (科研机构 before 商业企业) could not place.
   * Word's row of width cells closing a table (here section 四's) is narrower, and no row of it.
   */
  @Test
  void aRemarksColumnIsNoColumnOfCounts() {
    String row = "<tr><td>%s</td><td></td><td>%s</td><td></td><td></td><td>%s</td><td></td><td>%s</td><td>%s</td></tr>";
    ProcessedReport r = process("t.html", "<html><body><p>测试镇2020年政府信息公开工作年度报告</p><p>三、收到和处理政府信息公开申请情况</p><table>"
        + "<tr><td>项目</td><td>自然人</td><td>科研机构</td><td>商业企业</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td><td>总计</td><td>备注</td></tr>"
        + row.formatted("一、本年新收政府信息公开申请数量", "6", "2", "8", "含网上申请3件")
        + row.formatted("二、上年结转政府信息公开申请数量", "", "", "", "")
        + row.formatted("（一）予以公开", "4", "2", "6", "")
        + row.formatted("（二）部分公开", "2", "", "2", "")
        + row.formatted("（七）总计", "6", "2", "8", "")
        + row.formatted("四、结转下年度继续办理", "", "", "", "")
        + "</table><p>四、政府信息公开行政复议、行政诉讼情况</p><table><tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td>"
        + "<td>尚未审结</td><td>总计</td></tr><tr><td>1</td><td>0</td><td>0</td><td>2</td><td>3</td></tr>"
        + "<tr height=0><td></td></tr></table><p>五、存在的主要问题及改进情况</p></body></html>");
    assertThat(row(r, "granted")).containsEntry("research_institution", 4).containsEntry("legal_service_org", 2).containsEntry("total", 6);
    assertThat(row(r, "partially_granted")).containsEntry("research_institution", 2).containsEntry("legal_service_org", null)
        .containsEntry("total", 2);
    assertThat(r.tables().get("review_litigation").get(0)).containsEntry("upheld", 1).containsEntry("total", 3);
  }

  /**
   * A grid under a header naming 小计 whose row has blank cells (OCR left them blank, unsure): the subtotal stays the
   * subtotal though the parts printed sum to less, and the blank total is no value, not the subtotal's.
   */
  @Test
  void aSubtotalOverBlankPartsIsStillTheSubtotal() {
    String text = TITLE + SECTION_3 + """
        \t\t\t申请人情况\t\t\t\t\t\t\t
        \t\t\t自然人\t法人或其他组织\t\t\t\t\t\t总计
        \t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t小计\t
        一、本年新收政府信息公开申请数量\t\t\t3\t1\t0\t2\t0\t4\t7\t10
        二、上年结转政府信息公开申请数量\t\t\t0\t0\t0\t0\t0\t0\t0\t0
        三、本年度办理结果\t（一）予以公开\t\t2\t\t0\t0\t\t0\t3\t
        \t（七）总计\t\t3\t1\t0\t2\t0\t4\t7\t10
        四、结转下年度继续办理\t\t\t0\t0\t0\t0\t0\t0\t0\t0
        """ + SECTION_4;
    ProcessedReport r = process("blank-parts.txt", text);
    assertThat(row(r, "granted")).containsEntry("natural_person", 2).containsEntry("commercial_enterprise", null)
        .containsEntry("other_org", 0).containsEntry("total", null);
    assertThat(row(r, "new_received")).containsEntry("other_org", 4).containsEntry("total", 10);
  }

  /**
   * The same column in a copy of one cell a line, its header rows as short as their names: each row of counts ends in
   * its remarks cell, blank or words, which is no count; a copy that left the blank remarks out is read alike.
   */
  @Test
  void aRemarksColumnCopiedOneCellALineIsNoColumnOfCounts() {
    List<List<String>> rows = List.of(List.of("项目", "申请人情况", "备注"), List.of("自然人", "法人或其他组织", "总计"),
        List.of("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "小计"),
        List.of("一、本年新收政府信息公开申请数量", "3", "1", "0", "2", "0", "4", "7", "10", ""),
        List.of("二、上年结转政府信息公开申请数量", "0", "1", "0", "0", "0", "0", "1", "1", "含上年补正1件"),
        List.of("（一）予以公开", "2", "2", "0", "1", "0", "3", "6", "8", ""),
        List.of("（七）总计", "2", "2", "0", "1", "0", "3", "6", "8", ""),
        List.of("四、结转下年度继续办理", "1", "0", "0", "1", "0", "1", "2", "3", ""));
    for (boolean remarksLeftOut : new boolean[] {false, true}) {
      StringBuilder text = new StringBuilder(TITLE + SECTION_3);
      for (List<String> row : rows) {
        List<String> cells = remarksLeftOut && row.size() == 10 && row.get(9).isEmpty() ? row.subList(0, 9) : row;
        cells.forEach(cell -> text.append('\t').append(cell).append('\n'));
        text.append('\n');
      }
      ProcessedReport r = process("remarks-lines.txt", text + SECTION_4);
      assertThat(row(r, "new_received")).as("remarks left out: %s", remarksLeftOut).containsEntry("natural_person", 3)
          .containsEntry("research_institution", 0).containsEntry("other_org", 4).containsEntry("total", 10);
      assertThat(row(r, "carried_over")).containsEntry("commercial_enterprise", 1).containsEntry("total", 1);
      assertThat(row(r, "carried_forward")).containsEntry("legal_service_org", 0).containsEntry("total", 3);
    }
  }

  /**
   * A copy of one cell a line, one of whose lines prints two figures apart (1 6) where every other line prints one and
   * the row has one line a column: that line is one cell, which figure is its count a reader cannot tell; it is left
   * empty with a warning giving it, and the row's other cells keep their columns.
   */
  @Test
  void aLineOfTwoFiguresAmongCellsOneALineIsOneDoubtfulCell() {
    List<List<String>> rows = List.of(List.of("项目", "申请人情况"), List.of("自然人", "法人或其他组织", "总计"),
        List.of("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"),
        List.of("一、本年新收政府信息公开申请数量", "3", "1", "0", "2", "0", "4", "10"),
        List.of("二、上年结转政府信息公开申请数量", "0", "1", "0", "0", "0", "0", "1"),
        List.of("（一）予以公开", "2", "2", "0", "1", "0", "1 6", "8"),
        List.of("（七）总计", "2", "2", "0", "1", "0", "3", "8"),
        List.of("四、结转下年度继续办理", "1", "0", "0", "1", "0", "1", "3"));
    StringBuilder text = new StringBuilder(TITLE + SECTION_3);
    rows.forEach(row -> row.forEach(cell -> text.append(cell).append('\n')));
    ProcessedReport r = process("two-figures-a-line.txt", text + SECTION_4);
    assertThat(row(r, "granted")).containsEntry("natural_person", 2).containsEntry("commercial_enterprise", 2)
        .containsEntry("legal_service_org", 0).containsEntry("other_org", null).containsEntry("total", 8);
    assertThat(row(r, "new_received")).containsEntry("other_org", 4).containsEntry("total", 10);
    assertThat(r.warnings()).anyMatch(w -> w.code().equals("unparseable_cell") && w.message().contains("'1 6'"));
  }

  /**
   * The same in section 三 printed turned, one cell a line (a dump read column by column): the rows' labels, then each
   * applicant column's name and its counts, one of them a line printing two figures apart: that cell is left empty,
   * the table still read turned back.
   */
  @Test
  void aLineOfTwoFiguresInATurnedDumpIsOneDoubtfulCell() {
    StringBuilder text = new StringBuilder(TITLE + SECTION_3 + "申请人情况\n一、本年新收政府信息公开申请数量\n"
        + "二、上年结转政府信息公开申请数量\n（一）予以公开\n（七）总计\n四、结转下年度继续办理\n");
    Map<String, List<String>> columns = new java.util.LinkedHashMap<>();
    columns.put("自然人", List.of("3", "6 2", "2", "2", "1"));
    columns.put("法人或其他组织\n商业企业", List.of("1", "1", "2", "2", "0"));
    columns.put("科研机构", List.of("0", "0", "0", "0", "0"));
    columns.put("社会公益组织", List.of("2", "0", "1", "1", "1"));
    columns.put("法律服务机构", List.of("0", "0", "0", "0", "0"));
    columns.put("其他", List.of("4", "0", "3", "3", "1"));
    columns.put("总计", List.of("10", "1", "8", "8", "3"));
    columns.forEach((name, cells) -> text.append(name).append('\n').append(String.join("\n", cells)).append('\n'));
    ProcessedReport r = process("turned-two-figures.txt", text + SECTION_4);
    assertThat(row(r, "carried_over")).containsEntry("natural_person", null).containsEntry("commercial_enterprise", 1)
        .containsEntry("total", 1);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 3).containsEntry("other_org", 4).containsEntry("total", 10);
    assertThat(r.warnings()).anyMatch(w -> w.code().equals("unparseable_cell") && w.message().contains("'6 2'"));
  }

  /**
   * A 2022 report whose table keeps the 2019 template's single row （六）其他处理 (its counts after its label and a unit
   * column's 件), none of the 2021 rows under it: that row is the 2019 template's, not a group label whose counts
   * would join the row before it.
   */
  @Test
  void aLaterReportKeepingThe2019SingleOtherRowReadsIt() {
    ProcessedReport r = process("other-2019.txt", "测试镇2022年政府信息公开工作年度报告\n" + SECTION_3 + """
        | 申请人情况 | 单位 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
        | 一、本年新收政府信息公开申请数量 | 件 | 4 | 1 | 0 | 0 | 0 | 0 | 5 |
        | 二、上年结转政府信息公开申请数量 | 件 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
        | （一）予以公开 | 件 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |
        | 5.要求行政机关确认或重新出具已获取信息 | 件 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
        | （六）其他处理 | 件 | 1 | 1 | 0 | 0 | 0 | 0 | 2 |
        | （七）总计 | 件 | 4 | 1 | 0 | 0 | 0 | 0 | 5 |
        | 四、结转下年度继续办理 | 件 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
        """ + SECTION_4);
    assertThat(row(r, "not_processed_confirm")).containsEntry("natural_person", 1).containsEntry("total", 1);
    assertThat(row(r, "other")).containsEntry("natural_person", 1).containsEntry("commercial_enterprise", 1)
        .containsEntry("total", 2);
  }

  /** The same with the single row's label printed with a character doubled ({@code （六）其他他处理}): still that row. */
  @Test
  void aLaterReportKeepingThe2019SingleOtherRowMisprintedReadsIt() {
    ProcessedReport r = process("other-2019.txt", "测试镇2022年政府信息公开工作年度报告\n" + SECTION_3 + """
        | 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
        | 一、本年新收政府信息公开申请数量 | 4 | 1 | 0 | 0 | 0 | 0 | 5 |
        | 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
        | （一）予以公开 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |
        | 5.要求行政机关确认或重新出具已获取信息 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
        | （六）其他他处理 | 1 | 1 | 0 | 0 | 0 | 0 | 2 |
        | （七）总计 | 4 | 1 | 0 | 0 | 0 | 0 | 5 |
        | 四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
        """ + SECTION_4);
    assertThat(row(r, "other")).containsEntry("natural_person", 1).containsEntry("commercial_enterprise", 1)
        .containsEntry("total", 2);
  }

  /**
   * pdftotext's text, its page break a form feed on a line of its own after the page number: the bare number before
   * the break is the page's, not a count of the row whose label wrapped around its counts.
   */
  @Test
  void aPageNumberBeforeAFormFeedOnALineOfItsOwnIsNoCount() {
    ProcessedReport r = process("paged.txt", TITLE + SECTION_3 + """
        （三）不予公开 1.属于国家秘密 0 0 0 0 0 0 0
        （四）无法提供 1.本 0 1 3 0 0 2 6
        机关不掌握相关政府信息
        7
        \f
        2.没有现成信息需要另行制作 0 0 0 0 0 0 0
        3.补正后申请内容仍不明确 0 0 0 0 0 0 0
        四、结转下年度继续办理 1 0 0 0 0 0 1
        8
        \f
        """ + SECTION_4);
    assertThat(row(r, "unavailable_not_held")).containsEntry("commercial_enterprise", 1).containsEntry("research_institution", 3)
        .containsEntry("other_org", 2).containsEntry("total", 6);
    assertThat(row(r, "carried_forward")).containsEntry("natural_person", 1).containsEntry("total", 1);
  }

  /**
   * A noisy label near 予以公开 under the ordinal （三） is the withheld group's （三）不予公开 with characters lost, not
   * （一）予以公开: the counts the group prints beside it are never granted's, even where the rows before it are too
   * noisy to bound the search (（）予开, its numeral and two words lost, is no match of its own).
   */
  @Test
  void aNearLabelUnderAnotherRowsOrdinalIsNotThatRow() {
    ProcessedReport r = process("other-ordinal.txt", TITLE + SECTION_3 + """
        三、本年度办理结果
        （）予开 0 0 0 0 0 0 0
        （二）分开（区分处理的，只只计这这一情形，不计其形） 0 0 0 0 0 0 0
        （三）予公幵 1 0 0 0 0 0 1
        1.属于国家秘密 1 0 0 0 0 0 1
        2.其他法律行政法规禁止公开 0 0 0 0 0 0 0
        """ + SECTION_4);
    assertThat(r.tables().get("applications")).filteredOn(m -> "granted".equals(m.get("row_key")))
        .allSatisfy(m -> assertThat(m.get("total")).isNull());
    assertThat(row(r, "withheld_state_secret")).containsEntry("natural_person", 1).containsEntry("total", 1);
    // A numeral printed twice over is the row's own ordinal still.
    ProcessedReport doubled = process("doubled-ordinal.txt", TITLE + SECTION_3 + """
        三、本年度办理结果
        （一一）予以公 2 0 0 0 2 0 4
        （二二）分公开（区分外埋的，只计这一一情，不他形） 1 0 0 0 0 0 1
        （三）不予公开
        1.属于国家秘密 1 0 0 0 0 0 1
        """ + SECTION_4);
    assertThat(row(doubled, "granted")).containsEntry("total", 4);
    assertThat(row(doubled, "partially_granted")).containsEntry("total", 1);
  }

  /**
   * A row's ordinal printed on its group label's line, apart from its counts ({@code （五）不予处理 1 0 2 …}), its label
   * opening the next line with the mark ({@code .信访举报投诉类申请}): one value more than the columns, the first being
   * the ordinal the label lost.
   */
  @Test
  void anOrdinalPrintedApartOnTheGroupLabelsLineIsNoCount() {
    ProcessedReport r = process("ordinal-apart.txt", TITLE + SECTION_3 + """
        （四）无法提供 1.本机关不掌握相关政府信息 0 0 0 0 0 0 0
        2.没有现成信息需要另行制作 0 0 0 0 0 0 0
        3.补正后申请内容仍不明确 0 0 0 0 0 0 0
        （五）不予处理 1 0 2 0 0 1 0 3
        .信访举报投诉类申请
        2.重复申请 0 0 0 0 0 0 0
        """ + SECTION_4);
    assertThat(row(r, "not_processed_petition")).containsEntry("natural_person", 0).containsEntry("commercial_enterprise", 2)
        .containsEntry("legal_service_org", 1).containsEntry("total", 3);
  }

  /**
   * A row's ordinal opening a line of its values, apart from them, its label on the next line opening with the
   * ordinal's mark ({@code 3 2 0 …} / {@code .补正后…}; in a grid, {@code 3 | 1 | 0 | …} / {@code )危及…}): one value
   * more than the columns, the first being the ordinal the label lost, the rest the row's own, not the row's above.
   */
  @ParameterizedTest
  @ValueSource(strings = {"""
      2.没有现成信息需要另行制作 1 0 0 0 0 0 1
      3 2 0 0 0 0 0 2
      .补正后申请内容仍不明确
      """, """
      \t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计
      2.没有现成信息需要另行制作\t1\t0\t0\t0\t\t0\t1
      3\t2\t0\t0\t\t0\t0\t2
      )补正后申请内容仍不明确
      """})
  void anOrdinalOpeningItsRowsValuesBeforeItsWrappedLabelIsNoCount(String rows) {
    ProcessedReport r = process("ordinal-first.txt", TITLE + SECTION_3 + "（四）无法提供\n1.本机关不掌握相关政府信息 0 0 0 0 0 0 0\n"
        + rows + "（五）不予处理\n1.信访举报投诉类申请 0 0 0 0 0 0 0\n" + SECTION_4);
    assertThat(row(r, "unavailable_needs_creation")).containsEntry("natural_person", 1).containsEntry("total", 1);
    assertThat(row(r, "unavailable_unclear")).containsEntry("natural_person", 2).containsEntry("commercial_enterprise", 0)
        .containsEntry("total", 2);
  }

  /**
   * The group's first ordinal alone at the end of the group label's line ({@code （四）无法提供 1}), the row's label
   * opening the next line with the mark and its counts after it: a group label prints no count, so the 1 is the
   * ordinal the label lost, not an eighth cell.
   */
  @Test
  void aGroupsFirstOrdinalAloneOnTheGroupLabelsLineIsNoCount() {
    ProcessedReport r = process("ordinal-alone.txt", TITLE + SECTION_3 + """
        （四）无法提供 1
        .本机关不掌握相关政府信息 2 0 1 0 0 0 3
        2.没有现成信息需要另行制作 0 0 0 0 0 0 0
        3.补正后申请内容仍不明确 0 0 0 0 0 0 0
        （五）不予处理 1
        .信访举报投诉类申请 0 4 0 0 0 1 5
        2.重复申请 0 0 0 0 0 0 0
        """ + SECTION_4);
    assertThat(row(r, "unavailable_not_held")).containsEntry("natural_person", 2).containsEntry("research_institution", 1)
        .containsEntry("total", 3);
    assertThat(row(r, "not_processed_petition")).containsEntry("commercial_enterprise", 4).containsEntry("other_org", 1)
        .containsEntry("total", 5);
  }

  /**
   * The same ordinal alone on a letter-spaced group label's line, that label wrapped over three lines
   * ({@code （ 四 ） 无 法 提 供 1} / {@code . 本 机 关 不 掌} / {@code 握 相 关 … 7 2,677 …}): the label the ordinal's
   * mark opens is read with the lines it wraps onto, so it names its row and the 1 is no count (blind26 067_26_spaced).
   */
  @Test
  void aGroupsFirstOrdinalAloneBeforeARowLabelWrappedOverLinesIsNoCount() {
    ProcessedReport r = process("ordinal-alone-wrapped.txt", TITLE + SECTION_3 + """
        8 . 属 于 行\t0\t0\t0\t9\t0\t8\t17
        政查询事项
        （ 四 ） 无 法 提 供 1
        . 本 机 关 不 掌
        握 相 关 政 府 信 息 \t7　2,677　0　2　0　1731　4,417
        2.没有现成信息需要另行制作\t0　0　0　0　0　0　0
        3 . 补 正 后
        申 请 内 容 仍
        不 明 确　0\t3\t0\t0\t0\t0\t3
        """ + SECTION_4);
    assertThat(row(r, "unavailable_not_held")).containsEntry("natural_person", 7).containsEntry("commercial_enterprise", 2677)
        .containsEntry("other_org", 1731).containsEntry("total", 4417);
  }

  /**
   * The same ordinal alone after a group label wrapped before it ({@code （ 三 ） 不 予 公} / {@code 开 1} /
   * {@code . 属 于 国 家 秘 密 0 0 0 15 …}): the group label read with the line it wraps from ends with the group's
   * wording, so the 1 is no count (blind26 013_26_spaced).
   */
  @Test
  void aGroupsFirstOrdinalAloneAfterItsWrappedGroupLabelIsNoCount() {
    ProcessedReport r = process("ordinal-after-wrapped-group.txt", TITLE + SECTION_3 + """
        （ 二 ） 部 分 公 开 （ 区 分 处 理 的 ， 只 计 这 一 情 形 ， 不　　0\t　0\t　0\t　6\t　0\t　1\t　7
        （ 三 ） 不 予 公
        开 1
        . 属 于 国 家 秘 密\t0　0　0　15　0　0　15
        （六）其他处理2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请　　0　　5　　0　　0　　0　　0　　5
        四 、 结 转 下 年 度 继 续 办 理　　0　1　0　1　0　1　3
        """ + SECTION_4);
    assertThat(row(r, "withheld_state_secret")).containsEntry("natural_person", 0).containsEntry("social_welfare_org", 15)
        .containsEntry("total", 15);
  }

  /**
   * A letter-spaced group label wrapped right after its first character, the ordinal alone before it
   * ({@code （ 四 ） 无} / {@code 法提供1.本机关…}): that 无 is the label's first letter, not a cell marked none, and the
   * row keeps its seven counts (blind26 202_26_spaced).
   */
  @Test
  void aGroupLabelsFirstLetterAloneAfterItsOrdinalIsNoCell() {
    ProcessedReport r = process("group-letter-alone.txt", TITLE + SECTION_3 + """
        （ 三 ） 不　　0　0　0　0　0　0　0
        予 公 开 2 . 其 他 法 律 行 政 法 规 禁 止 公 开
        予公开5.属于三类内部事务信息　　0　　0　　0　　0　　2,572　　0　　2,572
        （ 三 ） 不 予 公 开 8 . 属 于 行 政 查 询 事 项\t2\t1\t0\t0\t1,174\t0\t1177
        （ 四 ） 无
        法提供1.本机关不掌握相关政府信息\t　0 \t9 \t0 \t0 \t3 \t0 \t12
        （ 四 ） 无 法 提 供 2 . 没 有 现 成 信 息 需 要 另 行 制 作　　0\t0\t0\t0\t0\t0\t0
        """ + SECTION_4);
    assertThat(row(r, "unavailable_not_held")).containsEntry("natural_person", 0).containsEntry("commercial_enterprise", 9)
        .containsEntry("legal_service_org", 3).containsEntry("total", 12);
  }

  /**
   * A 2021 row's ordinal alone opening its values' line, its mark and label wrapped below beside the group label
   * ({@code 1  2 0 0 1 0 0 3} / {@code ） 申 请 人 无 正 当} / … {@code （六）其  再 处 理 …}): the 1 is the row's ordinal,
   * its label naming a row of the 2021 template the report prints, not a count of the row above (blind24 ls1
   * layout_text_92).
   */
  @Test
  void anOrdinalOpeningA2021RowsValuesLineIsNoCount() {
    ProcessedReport r = process("ordinal-2021-row.txt", "测试镇2022年政府信息公开工作年度报告\n" + SECTION_3 + """
                              5.要求行政机关确认或重新        0      0      0      0      0      0      0
                              出具已获取信息
                              1                               2      0      0      1      0      0      3
                              ） 申 请 人 无 正 当
                               理 由 逾 期 不 补
                              正 、 行 政 机 关 不
                     （六）其   再 处 理 其 政 府
                     他处理   信 息 公 开 申 请
                              2、申请人逾期未按收费通知       0      4      0      0      0      0      4
                              要求缴纳费用、行政机关不再
                              处理其政府信息公申请
        """ + SECTION_4);
    assertThat(row(r, "other_overdue_correction")).containsEntry("natural_person", 2).containsEntry("social_welfare_org", 1)
        .containsEntry("total", 3);
    assertThat(row(r, "not_processed_confirm")).containsEntry("natural_person", 0).containsEntry("total", 0);
  }

  /**
   * The group label 无法提供 printed down its column beside a row's label wrapped over three lines, and beside the next
   * row's ordinal with pieces of 本年度办理结果 ({@code 1. 本 机 关 不} / {@code （四） 掌 握 相 关 政} and the values /
   * {@code 无　法  府 信 息} / {@code 三、本年度 法  2. 没有现成…}): the 无 is the group's letter, not a cell marked none,
   * the row's label goes on after the group's （四）, and 2. opens the next row after the group columns' pieces, so
   * each row keeps its own values, none placed by position (blind24 ls1 layout_text_38).
   */
  @Test
  void aGroupLabelPrintedDownBesideAWrappedRowLabelLeavesEachRowItsValues() {
    ProcessedReport r = process("group-beside-wrapped-label.txt", TITLE + SECTION_3 + """
                          7)属于行政执法案卷　          　  ０  　        O        　0 　 　 　   O  　   　O   　     ０  　  　　0
                          8.属于行政查事询项　             　O 　   　 ０　       0       0　  　　   ０         O     　    0
                          1　. 本 机   关 　不
                   （四）  　　掌 　握  相  关 政　    　   　      3　 　      0         0  　  　   1            0 　 　 　  0   　　   4
                   无　法  府   信 息
        三、本年度  　法        2.　没有现成信息需要 　    　   0    　    　2  　　     0   　     0  　   　　0        0             　 2
        办理结果   　　提 供　   另行制作
                          3．补正后申请内容仍不 　    　   　   0         　0  　　  　   0 　 　   　 0       　   5      　0　 　    　5
                          明确
        """ + SECTION_4);
    assertThat(row(r, "unavailable_not_held")).containsEntry("natural_person", 3).containsEntry("social_welfare_org", 1)
        .containsEntry("total", 4);
    assertThat(row(r, "unavailable_needs_creation")).containsEntry("commercial_enterprise", 2).containsEntry("total", 2);
    assertThat(codes(r)).doesNotContain("row_from_position", "unknown_row");
  }

  /**
   * A line of the two group columns' pieces alone ({@code 三、本年办  无法提供}, then the row's values) between a row's
   * label and its values is no row the template lacks: the values stay the row's (blind24 ls2 layout_text_blanks_21).
   */
  @Test
  void aLineOfGroupLabelPiecesIsNoUnknownRow() {
    ProcessedReport r = process("group-pieces-line.txt", TITLE + SECTION_3 + """
                              ⑧属于行政查询事项
                                                                0      0             0      0      0      0
                              1．本机关不掌握相关政府信息
                                                                1      0             2      0      0      3
                              2.没有现成信息需要另行制作
        三、本年办  无法提供                                     1             0      0                    1
        度理结果              3、补　正　后　申　请　内
                              容　仍　不　明　确
                                                                1      0             0      0      0      1
                              1)信访报举投诉类申请
                                                                       0             0             0      0
        """ + SECTION_4);
    assertThat(row(r, "unavailable_needs_creation")).containsEntry("natural_person", 1).containsEntry("total", 1);
    assertThat(codes(r)).doesNotContain("unknown_row");
  }

  /**
   * A group label with a letter doubled, its ordinal opening the line a row's label goes on ({@code 3、} and the values /
   * {@code (五)不予予   要求提供公开出版物} / {@code 处理  4.}): the (五) is the group's, so the row opens at its own 3、
   * with the values beside it, not at the group's ordinal (blind24 ls1 layout_text_63).
   */
  @Test
  void aGroupsOrdinalBeforeAGroupPieceAndARowsWordingIsNotTheRows() {
    ProcessedReport r = process("group-ordinal-before-row.txt", "测试镇2022年政府信息公开工作年度报告\n" + SECTION_3 + """
                              1.信访举报投诉类申请       34      0      0      0      0      0     34
                              2.　重复申请                0      0      0      0      0      0      0
                              3、                         0      6      0      0      0      0      6
                 (五)不予予   要求提供公开出版物
                 处理         4.                          0      0      0      0      0      0      0
                              无正当理由大量反复申请
                              5.要求行政机关确认或重      0      0      0      0      0      0      0
                              新出具已获取信息
        """ + SECTION_4);
    assertThat(row(r, "not_processed_publication")).containsEntry("commercial_enterprise", 6).containsEntry("total", 6);
    assertThat(row(r, "not_processed_duplicate")).containsEntry("commercial_enterprise", 0).containsEntry("total", 0);
  }

  /**
   * A row's label cut after 不 and going on beside a piece of the group label printed with a look-alike
   * ({@code 三、本年  1 . 本 机 关 不} and the values / {@code 度办埋结  掌 握 相 关 政}: 埋 for 理 of 本年度办理结果): the
   * row is the template's 本机关不掌握相关政府信息 and keeps its values, no row the template lacks (blind24 ls1
   * layout_text_blanks_91).
   */
  @Test
  void aRowLabelGoingOnBesideAGroupPieceWithALookAlikeKeepsItsValues() {
    ProcessedReport r = process("group-piece-look-alike.txt", TITLE + SECTION_3 + """
                              7.属于行政执法案卷                 0      0             0             0
                              8.属于行政查询事项          0             0      0      0
        三、本年               1 . 本 机 关 不             1                    1      0             2
        度办埋结                掌 握 相 关 政
        果                    府 信 怠
                 （四）　无法  2.                          0      0      0                    0      0
                 提供         没有现成信息需要另行制
                              作
                              3．　补正后申请内容仍       0             0                           0
                              不明确
        """ + SECTION_4);
    assertThat(row(r, "unavailable_not_held")).containsEntry("natural_person", 1).containsEntry("social_welfare_org", 1)
        .containsEntry("total", 2);
    assertThat(codes(r)).doesNotContain("unknown_row");
  }

  @Test
  void aLaterRowsLabelPrintedBeforeAnEarlierRowsLeavesBothEmpty() {
    ProcessedReport r = process("reversed.txt", TITLE + SECTION_3 + """
        自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计
        一、本年新收政府信息公开申请数量\t5\t1\t0\t0\t0\t0\t6
        二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0
        （一）予以公开\t4\t1\t0\t0\t0\t0\t5
        （三）不予公开
        1.属于国家秘密　　0　　0　　0　　0　　0　　0　　0
        2.其他
        法律行政法规禁止公开 \t2 \t0 \t0 \t0 \t0 \t0 \t2
        3.
        危及“三安全一稳定”　　0　　0　　0　　0　　0　　0　　0
        （六）其他处理
        1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0
        2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0
        1\t0\t0\t0\t0\t0\t1
        （七）总计\t3.其他\t5\t1\t0\t0\t0\t0\t6
        四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0
        """ + SECTION_4);
    assertThat(row(r, "other_other")).containsEntry("natural_person", null).containsEntry("total", null);
    assertThat(row(r, "total")).containsEntry("natural_person", null).containsEntry("total", null);
    assertThat(row(r, "granted")).containsEntry("natural_person", 4).containsEntry("total", 5);
    assertThat(row(r, "withheld_law_forbidden")).containsEntry("natural_person", 2).containsEntry("total", 2);
    assertThat(codes(r)).contains("labels_out_of_order");
  }

  /**
   * Rows written as sentences with their cells parted by 、: a number right after a column's name is that column's
   * count whole ({@code 自然人54、}), not a count and the ordinal of the next label (5 and 4、商业企业).
   */
  @Test
  void aCountAfterAColumnNameAndBeforeAnEnumerationCommaIsWhole() {
    ProcessedReport r = process("sentences.txt", TITLE + SECTION_3 + """
        一、本年新收政府信息公开申请数量：自然人54、商业企业39、科研机构0、社会公益组织0、法律服务机构1、其他3、总计97
        二、上年结转政府信息公开申请数量：自然人0、商业企业1、科研机构0、社会公益组织0、法律服务机构0、其他0、总计1
        （一）予以公开：自然人54、商业企业40、科研机构0、社会公益组织0、法律服务机构1、其他3、总计98
        （七）总计：自然人54、商业企业40、科研机构0、社会公益组织0、法律服务机构1、其他3、总计98
        四、结转下年度继续办理：自然人0、商业企业0、科研机构0、社会公益组织0、法律服务机构0、其他0、总计0
        """ + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 54).containsEntry("commercial_enterprise", 39)
        .containsEntry("other_org", 3).containsEntry("total", 97);
    assertThat(row(r, "granted")).containsEntry("natural_person", 54).containsEntry("total", 98);
    assertThat(row(r, "carried_forward")).containsEntry("natural_person", 0).containsEntry("total", 0);
  }

  /**
   * In rows written as sentences that name their cells' columns, a column's name is no part of a row's label: the
   * names 其他 and 总计 before a count are columns, not the rows 其他处理 and （七）总计, and （七）总计：自然人31 is the
   * row （七）总计 (its values once went to 结转下年度). A count before a column's name and 、 is no ordinal: the doubtful
   * {@code 7 7} is two printed numbers, never the 7 of 77.
   */
  @Test
  void columnNamesInSentenceRowsNameNoRow() {
    ProcessedReport r = process("sentences.txt", TITLE + SECTION_3 + """
        （六）其他处理：自然人2；商业企业1；科研机构0；社会公益组织3；法律服务机构5；其他6；总计17
        （七）总计：自然人31、商业企业12、科研机构20、社会公益组织13、法律服务机构41、其他25、总计142
        四 结转下年度继续办理：自然人7件、商业企业0件、科研机构0件、社会公益组织0件、法律服务机构0件、其他0件、总计7件
        """ + SECTION_4);
    assertThat(row(r, "other")).containsEntry("natural_person", 2).containsEntry("other_org", 6).containsEntry("total", 17);
    assertThat(row(r, "total")).containsEntry("natural_person", 31).containsEntry("other_org", 25).containsEntry("total", 142);
    assertThat(r.tables().get("applications")).filteredOn(row -> "carried_forward".equals(row.get("row_key")))
        .allSatisfy(row -> assertThat(row.get("total")).isNotEqualTo(142));

    ProcessedReport doubt = process("sentences.txt", TITLE + SECTION_3 + """
        （七）总计： 自然人64、商业企业56、科研机构60、社会公益组织7 7、法律服务机构45、其他56、总计358
        四、结转下年度继续办理： 自然人0，商业企业0，科研机构0，社会公益组织0，法律服务机构0，其他4，总计4
        """ + SECTION_4);
    assertThat(row(doubt, "total").get("social_welfare_org")).isIn(null, 77);
  }

  /** A page footer with a character that prints nothing in its spacing ({@code — 4 }U+200B{@code —}) is still a footer. */
  @Test
  void aFooterWithAZeroWidthSpaceIsNoCell() {
    ProcessedReport r = process("footer.txt", TITLE + SECTION_3 + """
        一、本年新收政府信息公开申请数量 3 0 0 1 0 0 4
        （一）予以公开 3 0 0 1 0 0 4
        —\u00a04 \u200b—
        （二）部分公开 0 0 0 0 0 0 0
        """ + SECTION_4);
    assertThat(row(r, "granted")).containsEntry("natural_person", 3).containsEntry("total", 4);
    assertThat(row(r, "partially_granted")).containsEntry("natural_person", 0).containsEntry("total", 0);
  }

  /**
   * The running footer naming the issuer beside the page number ({@code 测试镇人民政府  2}), left between two rows by
   * a conversion, is no cell: its page number would fill the row above out to the template's width or past it.
   */
  @Test
  void aRunningFooterNamingTheIssuerIsNoCell() {
    ProcessedReport r = process("running-footer.md", TITLE + SECTION_3 + """
        | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 数据7 |
        |---|---|---|---|---|---|---|
        | 一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 1 | 0 | 1 5 |

        测试镇人民政府    2

        | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 数据7 | 数据8 |
        |---|---|---|---|---|---|---|---|
        | 二、上年结转政府信息公开申请数量 | 0 | 0 | 1 | 0 | 0 | 0 | 1 |

        3    测试镇人民政府

        | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 数据7 | 数据8 |
        |---|---|---|---|---|---|---|---|
        | （一）予以公开 | 3 | 0 | 1 | 1 | 0 | 1 | 6 |
        """ + SECTION_4);
    // Two figures merged into one cell (1 5) make up the row short by one: the page number is not its seventh cell.
    assertThat(row(r, "new_received")).containsEntry("other_org", 1).containsEntry("total", 5);
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w.message()).contains("'1 5'").contains("new_received"));
    assertThat(row(r, "carried_over")).containsEntry("research_institution", 1).containsEntry("total", 1);
    assertThat(row(r, "granted")).containsEntry("natural_person", 3).containsEntry("total", 6);
  }

  /** Latin generic headers a converter gives a table's columns ({@code Column1}, {@code Col 2}) name no column and hold no count. */
  @Test
  void latinGenericColumnHeadersAreNoCells() {
    ProcessedReport r = process("latin-headers.md", TITLE + SECTION_3 + """
        | Column1 | Column2 | Column3 | Column4 | Column5 | Column6 | Column7 | Column8 |
        |---|---|---|---|---|---|---|---|
        | 一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 1 | 0 | 1 | 5 |

        | Col 1 | Col 2 | Col 3 | Col 4 | Col 5 | Col 6 | Col 7 | Col 8 |
        |---|---|---|---|---|---|---|---|
        | 二、上年结转政府信息公开申请数量 | 0 | 0 | 1 | 0 | 0 | 0 | 1 |
        | （一）予以公开 | 3 | 0 | 1 | 1 | 0 | 1 | 6 |
        """ + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 3).containsEntry("other_org", 1).containsEntry("total", 5);
    assertThat(row(r, "carried_over")).containsEntry("research_institution", 1).containsEntry("total", 1);
    assertThat(row(r, "granted")).containsEntry("natural_person", 3).containsEntry("total", 6);
  }

  /**
   * A subtotal column (小计) printed as a mark of none (/) where its parts hold counts: the publisher left it unfilled,
   * it disagrees with nothing; the row's other cells keep their columns under the header.
   */
  @Test
  void aSubtotalMarkedAsNoneStillPartsItsRowsCells() {
    ProcessedReport r = process("subtotal-marked.txt", TITLE + SECTION_3 + """
        \t自然人\t法人或其他组织\t\t\t\t\t\t总计
        \t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t小计
        一、本年新收政府信息公开申请数量\t2\t1\t0\t3\t0\t0\t4\t6
        二、上年结转政府信息公开申请数量\t4\t/\t/\t/\t/\t1\t/\t5
        """ + SECTION_4);
    assertThat(row(r, "carried_over")).containsEntry("natural_person", 4).containsEntry("commercial_enterprise", null)
        .containsEntry("other_org", 1).containsEntry("total", 5);
  }

  /**
   * Text under a header naming a subtotal (小计) prints eight cells a row: a row of eight loses the subtotal where it
   * sums the five organisations; a row of seven left one blank, and which is not known, so it is not read by count
   * (its cells would shift into the wrong columns).
   */
  @Test
  void textUnderAHeaderNamingASubtotalIsReadWithoutItAndItsShortRowsLeftEmpty() {
    ProcessedReport r = process("subtotal.txt", TITLE + SECTION_3 + """
        申请人情况
        自然人 法人或其他组织 总计
        商业企业 科研机构 社会公益组织 法律服务机构 其他 小计
        一、本年新收政府信息公开申请数量 2 1 0 3 0 0 4 6
        二、上年结转政府信息公开申请数量 4 0 1 0 0 5 9
        """ + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 2).containsEntry("social_welfare_org", 3)
        .containsEntry("other_org", 0).containsEntry("total", 6);
    assertThat(row(r, "carried_over")).containsEntry("natural_person", null).containsEntry("total", null);
    assertThat(r.warnings()).anyMatch(w -> w.code().equals("short_row") && w.message().contains("carried_over"));
  }

  /**
   * A copy joining cells by nothing glues the header's words ({@code …其他小计}) and each row's counts: the header still
   * names the subtotal, so a row's digits hold one count more than the columns, the subtotal the five organisations'
   * sum. Split into the columns alone, 1 2 2 5 12 1 22 23 meets the row's sum as 1 2 2 5 1 212 223.
   */
  @Test
  void rowsGluedUnderAGluedHeaderNamingASubtotalKeepTheSubtotalsDigitsApart() {
    ProcessedReport r = process("glued-subtotal.txt", TITLE + SECTION_3 + """
        申请人情况
        自然人法人或其他组织总计
        商业企业科研机构社会公益组织法律服务机构其他小计
        一、本年新收政府信息公开申请数量12251212223
        二、上年结转政府信息公开申请数量02631014040
        """ + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 1).containsEntry("legal_service_org", 12)
        .containsEntry("other_org", 1).containsEntry("total", 23);
    assertThat(row(r, "carried_over")).containsEntry("social_welfare_org", 31).containsEntry("total", 40);
  }

  /**
   * A page copy printing a cell a line, its blank cells as empty lines, and the group label （四）无法提供 letter by letter
   * without its ordinal: the 无 opening it is the label's first letter, no eighth cell of the row before counting
   * none (that row would lose its first blank cell and read each count a column to the left).
   */
  @Test
  void aMarkOfNoneOpeningALabelPrintedLetterByLetterIsNoCell() {
    ProcessedReport r = process("letters.txt", TITLE + SECTION_3 + """
        自然人
        法人或其他组织
        总计
        商业企业
        科研机构
        社会公益组织
        法律服务机构
        其他
        一、本年新收政府信息公开申请数量
        5
        1
        0
        0
        0
        0
        6
        7.属于行政执法案卷



        2

        0

        8.属于行政查询事项

        3
        1

        0

        4
        无 法 提 供
        1.本机关不掌握相关政府信息
        2
        0
        0
        0
        0
        0
        2
        """ + SECTION_4);
    assertThat(row(r, "withheld_query_matters")).containsEntry("natural_person", null).containsEntry("commercial_enterprise", 3)
        .containsEntry("research_institution", 1).containsEntry("social_welfare_org", null).containsEntry("total", 4);
    assertThat(row(r, "unavailable_not_held")).containsEntry("natural_person", 2).containsEntry("total", 2);
  }

  /**
   * A row's label wrapped around its values without its ordinal ({@code 其他} / values / {@code 法律行政法规禁止公开})
   * after a row whose label ends its line: the values may be either row's, so neither is read (before, the first row
   * took the second's values).
   */
  @Test
  void valuesAfterTextOfAnotherLineBeforeALabelWithNoCellsAreLeftEmpty() {
    ProcessedReport r = process("around.txt", TITLE + SECTION_3 + """
        自然人  商业企业  科研机构  社会公益组织  法律服务机构  其他  总计
        一、本年新收政府信息公开申请数量  8  2  0  1  0  0  11
        （三）不予公开
        1.属于国家秘密
        其他  4  0  1  0  0  0  5
        法律行政法规禁止
        公开
        3.危及“三安全一稳定”  1  0  0  0  0  0  1
        """ + SECTION_4);
    assertThat(row(r, "withheld_state_secret")).containsEntry("natural_person", null).containsEntry("total", null);
    assertThat(row(r, "withheld_law_forbidden")).containsEntry("natural_person", null).containsEntry("total", null);
    assertThat(row(r, "withheld_safety_stability")).containsEntry("natural_person", 1).containsEntry("total", 1);
    assertThat(codes(r)).contains("label_around_values");
  }

  /**
   * A mark left before a label's ordinal ({@code ,'（七）总计}: a CSV field's comma and a spreadsheet's apostrophe) does
   * not hide the label: before, （七）总计 went unfound and the row above, its blanks lost, took its figures as its own.
   */
  @ParameterizedTest
  @ValueSource(strings = {"'", ",", ",'"})
  void aMarkBeforeTheTotalsOrdinalLeavesItTheTotal(String mark) {
    ProcessedReport r = process("mark.txt", TITLE + SECTION_3 + """
        自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计
        一、本年新收政府信息公开申请数量 7 2 0 0 0 0 9
        （一）予以公开 5 2 0 0 0 0 7
        （六）其他处理 2 2
        """ + mark + "（七）总计 7 2 0 0 0 0 9\n" + SECTION_4);
    assertThat(row(r, "total")).containsEntry("natural_person", 7).containsEntry("commercial_enterprise", 2).containsEntry("total", 9);
    assertThat(row(r, "other")).containsEntry("natural_person", null).containsEntry("research_institution", null).containsEntry("total", null);
  }

  /** An ordinal closed by a bracket alone ({@code 1)}, {@code 3）}) numbers its label: it is no cell of the row before. */
  @Test
  void anOrdinalClosedByABracketNumbersItsLabel() {
    ProcessedReport r = process("bracket.txt", "测试镇2022年政府信息公开工作年度报告\n" + SECTION_3 + """
        | 类别 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
        | --- | --- | --- | --- | --- | --- | --- | --- |
        | 一、本年新收政府信息公开申请数量 | 6 | 1 | 0 | 0 | 0 | 0 | 7 |
        | （三）不予公开 1)属于国家秘密 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |
        | 2)其他法律行政法规禁止公开 | 0 | 1 | 0 | 0 | 0 | 0 | 1 |
        | （六）其他处理 1）申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
        | 2）申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
        | 3）其他 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |
        | （七）总计 | 6 | 1 | 0 | 0 | 0 | 0 | 7 |
        """ + SECTION_4);
    assertThat(row(r, "withheld_state_secret")).containsEntry("natural_person", 2).containsEntry("total", 2);
    assertThat(row(r, "withheld_law_forbidden")).containsEntry("commercial_enterprise", 1).containsEntry("total", 1);
    assertThat(row(r, "other_overdue_fee")).containsEntry("natural_person", 0).containsEntry("total", 0);
    assertThat(row(r, "other_other")).containsEntry("natural_person", 3).containsEntry("total", 3);
  }

  /**
   * A table dumped to text drops its blank cells: numbers printed apart are whole numbers, not glued digits, unless
   * the row shows it glues cells ({@code 00}) and the row's sum agrees. Seven digits in four runs split one way only,
   * yet 3 0 6 1 1 2 1 breaks the row's sum, so the row stays empty; a spaced row with a glued run whose only split
   * keeps its sum is still read.
   */
  @Test
  void numbersPrintedApartAreNotSplitIntoDigitsAgainstTheRowSum() {
    ProcessedReport r = process("dump.txt", TITLE + SECTION_3 + """
        自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计
        一、本年新收政府信息公开申请数量 30 0 0 0 0 0 30
        （一）予以公开 306 11 2 1
        （二）部分公开 10 0 00 0 1
        （七）总计 30 0 0 0 0 0 30
        """ + SECTION_4);
    assertThat(row(r, "granted")).containsEntry("natural_person", null).containsEntry("total", null);
    assertThat(row(r, "partially_granted")).containsEntry("natural_person", 1).containsEntry("total", 1);
  }

  /**
   * A table whose text prints its runs apart and none of them glued ({@code 00}) shows no cells run together: each
   * run is one number, even where dividing one would keep the sums (11 as 1 | 1), in a row of section 三 (which
   * columns the row's blanks left out is not known) and section 四's block; a row written as a sentence names each
   * count's column, 11 included, and leaves out 其他, which stays empty (the row, as printed, breaking its sum). Where other rows print glued runs ({@code 000}), a run printed apart may be cells run together too, and the
   * row's sum settles it.
   */
  @Test
  void runsPrintedApartAreNotDividedWhereNothingShowsCellsGlued() {
    ProcessedReport r = process("dump.txt", TITLE + SECTION_3 + """
        自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计
        一、本年新收政府信息公开申请数量 30 0 0 0 0 0 30
        （一）予以公开 11 0 0 0 0 2
        （二）部分公开：自然人11，商业企业0，科研机构0，社会公益组织0，法律服务机构0，总计2
        （七）总计 30 0 0 0 0 0 30
        """ + SECTION_4 + """
        行政复议 行政诉讼
        结果维持 结果纠正 其他结果 尚未审结 总计
        11 0 0 2 0 0 0 0 0 0 0 0 0 0
        """);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 30).containsEntry("total", 30);
    assertThat(row(r, "granted")).containsEntry("natural_person", null).containsEntry("other_org", null).containsEntry("total", null);
    assertThat(row(r, "partially_granted")).containsEntry("natural_person", 11).containsEntry("other_org", null)
        .containsEntry("total", 2);
    assertThat(r.tables().getOrDefault("review_litigation", List.of())).allSatisfy(m -> assertThat(m).containsEntry("upheld", null));
    assertThat(codes(r)).doesNotContain("glued_row_split");
    ProcessedReport glued = process("glued.txt", TITLE + SECTION_3 + """
        自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计
        一、本年新收政府信息公开申请数量 30 0 0 0 0 0 30
        （一）予以公开 11 0 0 0 0 2
        （二）部分公开 0 0 0 0 0 000
        （七）总计 30 0 0 0 0 0 30
        """ + SECTION_4);
    assertThat(row(glued, "granted")).containsEntry("natural_person", 1).containsEntry("commercial_enterprise", 1)
        .containsEntry("total", 2);
  }

  /**
   * A number printed with a period after it ({@code 33.}) and no label after that labels nothing: it is 33, not 3 and the
   * ordinal of a label. Spaced, tabbed, a cell a line, and in a table's grid.
   */
  @Test
  void aNumberEndingInAPeriodIsReadWholeNotAsAValueAndAnOrdinal() {
    for (String sep : List.of(" ", "\t", "\n")) {
      ProcessedReport r = process("dotted.txt", TITLE + SECTION_3
          + String.join(sep, "一、本年新收政府信息公开申请数量", "33.", "0", "0", "0", "0", "0", "33.") + "\n"
          + String.join(sep, "（七）总计", "33", "0", "0", "0", "0", "0", "33") + "\n" + SECTION_4);
      assertThat(row(r, "new_received")).as(sep).containsEntry("natural_person", 33).containsEntry("total", 33);
    }
    ProcessedReport grid = process("dotted.md", TITLE + SECTION_3 + """

        | | | | | | | |
        |---|---|---|---|---|---|---|---|
        | 一、本年新收政府信息公开申请数量 | 33. | | | | | | 33 |
        | （七）总计 | 33 | | | | | | 33 |

        """ + SECTION_4);
    assertThat(row(grid, "new_received")).containsEntry("natural_person", 33).containsEntry("total", 33);
    // Where label text follows, the period numbers it: the glued run's last digit is that label's ordinal.
    ProcessedReport glued = process("glued.txt", TITLE + SECTION_3
        + "（四）无法提供 1.本机关不掌握相关政府信息10000012. 没有现成信息需要另行制作 0 0 0 0 0 0 0\n" + SECTION_4);
    assertThat(row(glued, "unavailable_not_held")).containsEntry("natural_person", 1).containsEntry("total", 1);
    assertThat(row(glued, "unavailable_needs_creation")).containsEntry("natural_person", 0);
  }

  /**
   * Markdown a converter made from a web page: opened by a raw {@code <div>}, merged-cell tables kept as HTML, the
   * others as pipe tables whose blank cells stay in place. Both kinds of table are read.
   */
  @Test
  void markdownWithRawHtmlTablesAndPipeTablesIsReadAsText() {
    ProcessedReport r = process("converted.md", "<div class=\"content\">\n\n" + TITLE.replace("2020", "2019")
        + "二、主动公开政府信息情况\n\n<table>\n<tr><td colspan=\"5\">第二十条第（九）项</td></tr>\n"
        + "<tr><td>信息内容</td><td colspan=\"2\">采购项目数量</td><td colspan=\"2\">采购总金额</td></tr>\n"
        + "<tr><td>政府集中采购</td><td colspan=\"2\">4</td><td colspan=\"2\">36000元</td></tr>\n</table>\n\n" + SECTION_3 + """

        | | | | | | | |
        |---|---|---|---|---|---|---|---|
        | 一、本年新收政府信息公开申请数量 | 12 | 3 | | | 1 | | 16 |
        | 二、上年结转政府信息公开申请数量 | 2 | | | | | | 2 |

        """ + SECTION_4 + "</div>\n");
    assertThat(r.tables().get("procurement").get(0)).containsEntry("item_count", 4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 12).containsEntry("commercial_enterprise", 3)
        .containsEntry("research_institution", null).containsEntry("legal_service_org", 1).containsEntry("total", 16);
    assertThat(row(r, "carried_over")).containsEntry("natural_person", 2).containsEntry("total", 2);
  }

  /** A group label printed down its column leaves one character beside a row's label: 三 there is no count. */
  /**
   * OCR read the light strokes of a heading's 三 as a colon: its title and 、 still make it section 三's heading, so
   * the table below it is not left in section 二.
   */
  @Test
  void aHeadingWhoseNumeralOcrLostStillOpensItsSection() {
    for (String heading : List.of(":、", "、")) {
      ProcessedReport r = process("lost.txt", TITLE + "二、主动公开政府信息情况\n" + heading + SECTION_3.substring(2)
          + "\t一、本年新收政府信息公开申请数量\t2\t0\t0\t0\t0\t0\t2\n"
          + "三\t（一）予以公开\t2\t0\t0\t0\t0\t0\t2\n" + SECTION_4);
      assertThat(row(r, "new_received")).as(heading).containsEntry("natural_person", 2).containsEntry("total", 2);
      assertThat(row(r, "granted")).as(heading).containsEntry("total", 2);
    }
  }

  /**
   * OCR read section 四's 四、 as a quote mark: the paragraph is still its whole template title, so section 四's
   * values are its own, not more values of section 三's last row.
   */
  @Test
  void aParagraphThatIsASectionsWholeTitleOpensItThoughItsNumeralIsLost() {
    ProcessedReport r = process("title.txt", TITLE + SECTION_3
        + "\t一、本年新收政府信息公开申请数量\t2\t0\t0\t0\t0\t0\t2\n"
        + "四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1\n"
        + "“政府信息公开行政复议、行政诉讼情况\n"
        + "1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n");
    assertThat(row(r, "carried_forward")).containsEntry("natural_person", 1).containsEntry("total", 1);
    assertThat(r.tables().get("review_litigation")).anySatisfy(m -> assertThat(m).containsEntry("upheld", 1).containsEntry("total", 1));
  }

  @Test
  void aGroupLabelCharacterLeftOfARowLabelIsNotAValue() {
    ProcessedReport r = process("column.txt", TITLE + SECTION_3
        + "\t一、本年新收政府信息公开申请数量\t2\t0\t0\t0\t0\t0\t2\n"
        + "三\t（一）予以公开\t2\t0\t0\t0\t0\t0\t2\n"
        + "、\t（二）部分公开\t0\t0\t0\t0\t0\t0\t0\n" + SECTION_4);
    assertThat(row(r, "granted")).containsEntry("natural_person", 2).containsEntry("total", 2);
    assertThat(row(r, "partially_granted")).containsEntry("total", 0);
  }

  @Test
  void aCrawledPageWhoseLastRowsAreSpacedIsReadWholeAndAGluedPairOfZerosSplitsTheOnlyWayItCan() {
    ProcessedReport r = process("mixed.txt", TITLE + SECTION_3
        + "申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他"
        + "一、本年新收政府信息公开申请数量2000002二、上年结转政府信息公开申请数量0000000三、本年度办理结果"
        + "（一）予以公开2000002（二）部分公开0000000（六）其他处理 0 0 0 0 0 0 0（七）总计 2 0 00 0 0 2"
        + "四、结转下年度继续办理 0 0 0 0 0 0 0\n" + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 2).containsEntry("total", 2);
    assertThat(row(r, "other")).containsEntry("total", 0);
    assertThat(row(r, "total")).containsEntry("natural_person", 2).containsEntry("commercial_enterprise", 0)
        .containsEntry("other_org", 0).containsEntry("total", 2);
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w.message()).contains("row total").contains("2 0 00 0 0 2"));
  }

  @Test
  void aLabelWithAMisprintIsReadAndTheMisprintNamedInAWarning() {
    ProcessedReport r = process("typo.txt", TITLE + SECTION_3 + """
        6.属于四类过程性信息\t0\t0\t0\t0\t0\t0\t0
        7.属于行政执法案件\t2\t0\t0\t0\t0\t0\t2
        8.属于行政查询事项\t0\t0\t0\t0\t0\t0\t0
        """ + SECTION_4);
    assertThat(row(r, "withheld_enforcement_files")).containsEntry("natural_person", 2).containsEntry("total", 2);
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w.code()).isEqualTo("label_fuzzy_match"))
        .anySatisfy(w -> assertThat(w.message()).contains("执法案件").contains("withheld_enforcement_files"));
  }

  /** OCR of a 150 dpi picture drops the period after a label's ordinal or reads it as a comma. */
  @Test
  void anOrdinalWhoseMarkOcrLostOrTookForACommaStaysWithItsLabel() {
    ProcessedReport r = process("ocr.txt", TITLE + SECTION_3 + """
        （三）不予公开\t1属于国家秘密\t2\t0\t0\t0\t0\t0\t2
        （五）不予处理\t1信访举报投诉类申请\t0\t1\t0\t0\t0\t0\t1
        \t2,重复申请\t0\t0\t0\t0\t0\t0\t0
        \t4 ,无正当理由大量反复申请\t3\t0\t0\t0\t0\t0\t3
        """ + SECTION_4);
    assertThat(row(r, "withheld_state_secret")).containsEntry("natural_person", 2).containsEntry("total", 2);
    assertThat(row(r, "not_processed_petition")).containsEntry("commercial_enterprise", 1).containsEntry("total", 1);
    assertThat(row(r, "not_processed_duplicate")).containsEntry("total", 0);
    assertThat(row(r, "not_processed_excessive")).containsEntry("natural_person", 3).containsEntry("total", 3);
  }

  /**
   * OCR of a fax reads a speck beside an ordinal's period as a comma or a dash before it (4,.保护, 3-.要求): the digit is
   * the label's ordinal still, not an eighth cell of the row before, which was then left empty as a row of more cells
   * than columns.
   */
  @Test
  void anOrdinalWithASpeckReadAsACommaBeforeItsPeriodStaysWithItsLabel() {
    ProcessedReport r = process("fax.txt", TITLE + SECTION_3 + """
        （三）不予公开\t1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0
        \t3.危及“三安全一稳定”\t1\t0\t0\t0\t0\t0\t1
        \t4,.保护第三方合法权益\t2\t0\t0\t0\t0\t0\t2
        （五）不予处理\t2.重复申请\t12\t0\t0\t1\t1\t0\t14
        \t3-.要求提供公开出版物\t2\t0\t0\t0\t0\t0\t2
        """ + SECTION_4);
    assertThat(row(r, "withheld_safety_stability")).containsEntry("natural_person", 1).containsEntry("total", 1);
    assertThat(row(r, "withheld_third_party")).containsEntry("natural_person", 2).containsEntry("total", 2);
    assertThat(row(r, "not_processed_duplicate")).containsEntry("natural_person", 12).containsEntry("total", 14);
    assertThat(row(r, "not_processed_publication")).containsEntry("natural_person", 2).containsEntry("total", 2);
  }

  @Test
  void aPdfExportedToMarkdownWithATablePerRowAndSectionFourInThreeTablesIsRead() {
    String perRow = """
        ### %s

        | 类别 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 总计 |
        | --- | --- | --- | --- | --- | --- | --- | --- |
        | %s | %s |

        """;
    String proceeding = """
        ### %s

        | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
        | --- | --- | --- | --- | --- |
        | %s |

        """;
    ProcessedReport r = process("export.md", "# " + TITLE + "\n## " + SECTION_3 + "\n"
        + perRow.formatted("申请人情况", "一、本年新收政府信息公开申请数量", "5 | 1 | 0 | 0 | 0 | 0 | 6")
        + perRow.formatted("三、本年度办理结果", "（一）予以公开", "4 | 1 | 0 | 0 | 0 | 0 | 5")
        + perRow.formatted("（七）总计", "（七）总计", "5 | 1 | 0 | 0 | 0 | 0 | 6")
        + "## " + SECTION_4 + "\n"
        + proceeding.formatted("行政复复议", "1 | 0 | 0 | 0 | 1")
        + proceeding.formatted("行政诉讼（未经复议直接起诉）", "0 | 0 | 0 | 0 | 0")
        + proceeding.formatted("行政诉讼（复议后起诉）", "0 | 2 | 0 | 0 | 2"));
    assertThat(row(r, "new_received")).containsEntry("natural_person", 5).containsEntry("total", 6);
    assertThat(row(r, "granted")).containsEntry("natural_person", 4).containsEntry("total", 5);
    assertThat(row(r, "total")).containsEntry("total", 6);
    List<Map<String, Object>> review = r.tables().get("review_litigation");
    assertThat(review.get(0)).containsEntry("proceeding", "review").containsEntry("upheld", 1).containsEntry("total", 1);
    assertThat(review.get(2)).containsEntry("proceeding", "litigation_after_review").containsEntry("corrected", 2).containsEntry("total", 2);
  }

  /**
   * A label column so narrow that each label wraps two characters a line, its numbers beside the first line
   * (`2.其 30 …` / `他法` / `律行` …): a row's ordinal with one character after it still opens its row, so each row
   * keeps its own numbers instead of taking the next row's, whose distinctive words come later.
   */
  @Test
  void labelsWrappedAfterOneCharacterKeepTheNumbersPrintedBesideTheirOrdinal() {
    ProcessedReport r = process("narrow.txt", TITLE + SECTION_3 + """
        自然人 法人或其他组织 总计
        （三）不予公开
        1.属 3 0 0 0 0 0 3
        于国
        家秘
        密
        2.其 5 0 0 0 0 0 5
        他法
        律行
        政法
        规禁
        止公
        开
        3.危 7 0 0 0 0 0 7
        及“
        三安
        全一
        稳定”
        """ + SECTION_4);
    assertThat(row(r, "withheld_state_secret")).containsEntry("natural_person", 3).containsEntry("total", 3);
    assertThat(row(r, "withheld_law_forbidden")).containsEntry("natural_person", 5).containsEntry("total", 5);
    assertThat(row(r, "withheld_safety_stability")).containsEntry("natural_person", 7).containsEntry("total", 7);
  }

  @Test
  void valuesBetweenTwoLabelsThatDoNotMakeOneRowAreLeftEmptyNotShifted() {
    ProcessedReport r = process("extra.txt", TITLE + SECTION_3 + """
        （一）予以公开 1 0 0 0 0 0 1 2 0 0 0 0 0 2
        （三）不予公开
        1.属于国家秘密 0 0 0 0 0 0 0
        """ + SECTION_4);
    assertThat(row(r, "granted")).containsEntry("natural_person", null).containsEntry("total", null);
    assertThat(row(r, "withheld_state_secret")).containsEntry("total", 0);
    assertThat(r.warnings()).anyMatch(w -> w.code().equals("extra_cells") && w.message().contains("granted") && w.message().endsWith("left empty"));
  }

  /**
   * OCR of a table without rulings whose labels wrap two characters a line: the labels of the rows after （二） are
   * pieces no row is found by, so their values are placed in order. A comma of the wrapped label read as a digit
   * ({@code 的 3 只计}) and a cell lost elsewhere make the count come out right by chance, every row then a cell off:
   * text between the cells of one row of the split says so, and the rows are left empty, never shifted.
   */
  @Test
  void valuesPlacedInOrderWithTextInsideARowAreLeftEmptyNotShifted() {
    ProcessedReport r = process("wrapped.txt", TITLE + SECTION_3 + """
        自然人	商业企业	科研机构	社会公益组织	法律服务机构	其他	总计
        （一）予以公开	4	0	0	0	0	0	4
        （二）部分公开（区分处理	0	0	0	0	0	0	0
        的	3	只计
        这一情
        （三	1.属	2	0	0	0	0	0	2
        )不	于国
        2、	0	0	0	0	1	1
        其他
        3.危	1	0	0	0	0	0	1
        及三
        4.保护第三方合法权益	0	0	0	0	0	0	0
        """ + SECTION_4);
    assertThat(row(r, "partially_granted")).containsEntry("natural_person", null).containsEntry("total", null);
    assertThat(r.tables().get("applications")).noneMatch(m -> m.get("row_key").toString().matches("withheld_(state_secret|law_forbidden)")
        && m.get("total") != null);
    assertThat(row(r, "granted")).containsEntry("natural_person", 4).containsEntry("total", 4);
    assertThat(row(r, "withheld_safety_stability")).containsEntry("natural_person", 1).containsEntry("total", 1);
    assertThat(codes(r)).doesNotContain("row_from_position");
  }

  @Test
  void spacedLabelsAndCellsMarkedNoneAreReadAndALineOfDashesIsNoPageFooter() {
    ProcessedReport r = process("spaced.txt", TITLE + SECTION_3 + """
        自然人 法人或其他组织 总计
        一、本年新收政府信息公开申请数量 3 - 0 / 0 无 3　
        2.其　他　法　律　 1 0 0 0 0 0 1
        行　政　法　规　禁　止　公　开
        5.   属于三类 - 0 0 0 - - -
        内部事务信息
        第 2 页 共 9 页
        （七）总　计 4 0 0 0 0 0 4
        """ + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 3).containsEntry("commercial_enterprise", null)
        .containsEntry("social_welfare_org", null).containsEntry("other_org", null).containsEntry("total", 3);
    assertThat(row(r, "withheld_law_forbidden")).containsEntry("natural_person", 1).containsEntry("total", 1);
    assertThat(row(r, "withheld_internal_affairs")).containsEntry("natural_person", null)
        .containsEntry("commercial_enterprise", 0).containsEntry("total", null);
    assertThat(row(r, "total")).containsEntry("natural_person", 4).containsEntry("total", 4);
  }

  /** A page footer with a comma between its page and its count of pages is furniture too, never two more cells. */
  @Test
  void aPageFooterWithACommaBetweenItsNumbersIsNoCellsOfTheRowAboveIt() {
    ProcessedReport r = process("footer.txt", TITLE + SECTION_3
        + "（一）予以公开 6 0 0 0 0 0 6\n第3页，共12页\n"
        + "（二）部分公开（区分处理的，只计这一情形，\n不计其他情形）   2   0   1   0   0   0   3\n第 4 页, 共 12 页\n"
        + "（七）总计 8 0 1 0 0 0 9\n" + SECTION_4);
    assertThat(row(r, "granted")).containsEntry("natural_person", 6).containsEntry("total", 6);
    assertThat(row(r, "partially_granted")).containsEntry("natural_person", 2).containsEntry("total", 3);
  }

  @Test
  void markdownRowsUnderAWrappedGenericHeaderKeepTheirBlankCellsInPlace() {
    String header = "| 类别 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5\n| 数据6 | 合计 |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n";
    ProcessedReport r = process("rows.md", TITLE + "## " + SECTION_3 + "\n### 申请人情况\n\n" + header
        + "| 一、本年新收政府信息公开申请数量 |  | 2 | 0 | 0 | 0 | 0 | 2 |\u3000 \n\n### 三、本年度办理结果\n\n" + header
        + "| （一）予以公开 | 1 |  | 0 | 0 | 0 | 0 | 1 |\n\n## " + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", null).containsEntry("commercial_enterprise", 2)
        .containsEntry("total", 2);
    assertThat(row(r, "granted")).containsEntry("natural_person", 1).containsEntry("commercial_enterprise", null)
        .containsEntry("total", 1);
  }

  @Test
  void gridCellsPrintedApartFewerThanTheColumnsAreLeftEmptyNotSplitIntoDigits() {
    // Two empty cells lost: 38 0 0 0 38 would split into seven counts as 3 8 0 0 0 3 8, which satisfies the row sum.
    ProcessedReport r = process("lost.md", TITLE + "## " + SECTION_3 + """
        | 类别 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
        | --- | --- | --- | --- | --- | --- | --- | --- |
        | 1.本机关不掌握相关政府信息 | 38 | 0 | 0 | 0 | 38 |
        | 2.没有现成信息需要另行制作 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |

        ## """ + SECTION_4);
    assertThat(row(r, "unavailable_not_held")).containsEntry("natural_person", null).containsEntry("total", null);
    assertThat(row(r, "unavailable_needs_creation")).containsEntry("natural_person", 1).containsEntry("total", 1);
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w.code()).isEqualTo("short_row"))
        .noneSatisfy(w -> assertThat(w.code()).isEqualTo("glued_row_split"));
  }

  /**
   * OCR drops a lone figure from a line whose cells no rules part: the row prints six cells for seven columns. The
   * figures keep their order; the table's column sums leave one placement, and only the cells the lost figure may be
   * stay empty. A table whose printed numbers break its sums places nothing.
   */
  @Test
  void aRowShortByOneLostFigureIsPlacedOnlyWhereTheColumnSumsLeaveOnePlacement() {
    String dropped = "| 2.其他法律行政法规禁止公开 | 2 | 0 | 0 | 0 | 1 | 3 |\n";
    ProcessedReport placed = process("dropped.md", lostFigureTable(dropped, "3 | 0 | 0 | 0 | 0 | 1 | 4"));
    assertThat(row(placed, "withheld_law_forbidden")).containsEntry("natural_person", 2).containsEntry("other_org", 1)
        .containsEntry("total", 3).containsEntry("commercial_enterprise", null).containsEntry("legal_service_org", null);
    assertThat(placed.warnings()).anySatisfy(w -> assertThat(w.code()).isEqualTo("figure_dropped"))
        .noneSatisfy(w -> assertThat(w.code()).isEqualTo("short_row"));
    ProcessedReport broken = process("broken.md", lostFigureTable(dropped, "3 | 0 | 0 | 0 | 0 | 1 | 5"));
    assertThat(row(broken, "withheld_law_forbidden")).containsEntry("natural_person", null).containsEntry("total", null);
    assertThat(codes(broken)).contains("short_row").doesNotContain("figure_dropped");
  }

  /** Section 三 as a ruled table: one received, all granted but {@code dropped}'s row, and the total {@code total}. */
  private static String lostFigureTable(String dropped, String total) {
    StringBuilder t = new StringBuilder(TITLE + "## " + SECTION_3 + """
        | 类别 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
        | --- | --- | --- | --- | --- | --- | --- | --- |
        | 一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 1 | 4 |
        | 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
        | （一）予以公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
        | （二）部分公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
        | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
        """).append(dropped);
    for (String label : List.of("3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息",
        "7.属于行政执法案卷", "8.属于行政查询事项", "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作",
        "3.补正后申请内容仍不明确", "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
        "5.要求行政机关确认或重新出具已获取信息", "（六）其他处理")) {
      t.append("| ").append(label).append(" | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n");
    }
    return t.append("| （七）总计 | ").append(total).append(" |\n| 四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n\n## ")
        .append(SECTION_4).toString();
  }

  /** The same in section 四: each proceeding's sum leaves the fourteen figures one placement. */
  @Test
  void sectionFourShortByOneLostFigureIsPlacedWhereEachProceedingsSumLeavesOnePlacement() {
    ProcessedReport r = process("review.md", TITLE + SECTION_3 + "一、本年新收政府信息公开申请数量 0 0 0 0 0 0 0\n\n"
        + SECTION_4 + """
        | 维持 | 纠正 | 其他 | 未审结 | 总计 | 维持 | 纠正 | 其他 | 未审结 | 总计 | 维持 | 纠正 | 其他 | 未审结 | 总计 |
        | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
        | 0 | 3 | 0 | 0 | 3 | 0 | 0 | 0 | 0 | 0 | 4 | 0 | 0 | 0 |
        """);
    List<Map<String, Object>> review = r.tables().get("review_litigation");
    assertThat(review.get(0)).containsEntry("corrected", 3).containsEntry("total", 3);
    assertThat(review.get(2)).containsEntry("upheld", 4).containsEntry("pending", 0).containsEntry("total", null);
    assertThat(codes(r)).contains("figure_dropped");
  }

  /**
   * pdftotext's default mode prints a table's cells one a line, and a label it wrapped may come before the cells of
   * the row above: two labels, then both rows' cells. Text keeps no place for a blank cell, so the rows are placed in
   * order only where each row's worth sums to its total; otherwise they are left empty.
   */
  @Test
  void cellsOneALineAfterTwoLabelsArePlacedInOrderOnlyWhereEachRowSums() {
    String rows = TITLE + SECTION_3 + "一、本年新收政府信息公开申请数量\n" + String.join("\n", "4", "1", "0", "0", "0", "0", "5")
        + "\n（七）总计\n四、结转下年度继续办理\n";
    ProcessedReport r = process("default.txt", rows + String.join("\n", "3", "1", "0", "0", "0", "1", "5", "1", "0", "0", "0", "0", "0", "1")
        + "\n" + SECTION_4);
    assertThat(row(r, "total")).containsEntry("natural_person", 3).containsEntry("other_org", 1).containsEntry("total", 5);
    assertThat(row(r, "carried_forward")).containsEntry("natural_person", 1).containsEntry("total", 1);
    assertThat(codes(r)).contains("row_from_position");
    ProcessedReport unsummed = process("default.txt", rows + String.join("\n", "3", "1", "0", "0", "0", "1", "4", "1", "0", "0", "0", "0", "0", "1")
        + "\n" + SECTION_4);
    for (String key : List.of("total", "carried_forward")) {
      assertThat(row(unsummed, key)).as(key).containsEntry("natural_person", null).containsEntry("total", null);
    }
  }

  /**
   * A row holding three rows' worth of cells (the lines of rows whose labels were lost run together, as OCR of a
   * photo joins them), a row of one line after it and the last label with none: the last line is among the run
   * together ones, and the row before the lone label may hold the line below it (总计 reading 结转下年度's cells).
   */
  @Test
  void rowsAfterSeveralRowsRunTogetherBeforeALoneLabelAreLeftEmpty() {
    ProcessedReport r = process("run.txt", TITLE + SECTION_3 + """
        自然人 法人或其他组织 总计
        一、本年新收政府信息公开申请数量 6 0 0 1 0 0 7
        （一）予以公开 3 0 0 0 0 0 3
        2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 1 0 0 0 0 0 1 0 0 0 0 0 0 0 2 0 0 0 0 0 2
        （七）总计 0 0 0 1 0 0 1
        四、结转下年度继续办理
        """ + SECTION_4);
    assertThat(row(r, "granted")).containsEntry("natural_person", 3).containsEntry("total", 3);
    for (String key : List.of("total", "carried_forward")) {
      assertThat(row(r, key)).as(key).containsEntry("natural_person", null).containsEntry("total", null);
    }
    assertThat(codes(r)).contains("labels_after_values");
  }

  @Test
  void rowsWhoseLabelsMayFollowTheirValuesAreLeftEmpty() {
    ProcessedReport r = process("after.txt", TITLE + SECTION_3 + """
        自然人 法人或其他组织 总计
        一、本年新收政府信息公开申请数量 4 0 0 0 0 0 4
        （一）予以公开 3 0 0 0 0 0 3
        （六）其他处理 1 0 0 0 0 0 1
        4 0 0 0 0 0 4
        （七）总计
        0 0 0 0 0 0 0
        四、结转下年度继续办理
        """ + SECTION_4);
    assertThat(row(r, "granted")).containsEntry("natural_person", 3).containsEntry("total", 3);
    for (String key : List.of("other", "total", "carried_forward")) {
      assertThat(row(r, key)).as(key).containsEntry("natural_person", null).containsEntry("total", null);
    }
    assertThat(codes(r)).contains("labels_after_values");
    // Printed with every cell 0, either reading gives each row the same counts: they are read, with a warning.
    ProcessedReport zeros = process("zeros.txt", TITLE + SECTION_3 + """
        自然人 法人或其他组织 总计
        一、本年新收政府信息公开申请数量 0 0 0 0 0 0 0
        （六）其他处理 0 0 0 0 0 0 0
        0 0 0 0 0 0 0
        （七）总计
        0 0 0 0 0 0 0
        四、结转下年度继续办理
        """ + SECTION_4);
    for (String key : List.of("other", "total", "carried_forward")) {
      assertThat(row(zeros, key)).as(key).containsEntry("natural_person", 0).containsEntry("total", 0);
    }
    assertThat(codes(zeros)).contains("row_from_position").doesNotContain("labels_after_values");
  }

  @Test
  void rowsWhoseLabelsFollowValuesPrintedBeforeTheFirstLabelAreLeftEmpty() {
    // A row's worth of values before the first row's label, rows of one line each, then a label with none: each row's
    // values may be the line above its label as well as the one below (OCR setting a tall label cell's text below its
    // row's counts); the rows after the lone label print theirs after it.
    ProcessedReport r = process("before.txt", TITLE + SECTION_3 + """
        自然人 法人或其他组织 总计
        商业企业 科研机构 社会公益组织 法律服务机构 其他
        0 0 0 0 0 4 4
        一、本年新收政府信息公开申请数量
        0 0 0 3 0 0 3
        二、上年结转政府信息公开申请数量
        （一）予以公开 3 0 0 0 0 0 3
        （七）总计 3 0 0 0 0 0 3
        四、结转下年度继续办理 0 0 0 0 0 0 0
        """ + SECTION_4);
    for (String key : List.of("new_received", "carried_over")) {
      assertThat(row(r, key)).as(key).containsEntry("natural_person", null).containsEntry("social_welfare_org", null)
          .containsEntry("total", null);
    }
    assertThat(row(r, "granted")).containsEntry("natural_person", 3).containsEntry("total", 3);
    assertThat(codes(r)).contains("labels_after_values");
    // Every cell printing the same, either reading gives each row the same counts: they are read.
    ProcessedReport zeros = process("zeros.txt", TITLE + SECTION_3 + """
        自然人 法人或其他组织 总计
        商业企业 科研机构 社会公益组织 法律服务机构 其他
        0 0 0 0 0 0 0
        一、本年新收政府信息公开申请数量
        0 0 0 0 0 0 0
        二、上年结转政府信息公开申请数量
        （一）予以公开 3 0 0 0 0 0 3
        （七）总计 3 0 0 0 0 0 3
        四、结转下年度继续办理 0 0 0 0 0 0 0
        """ + SECTION_4);
    assertThat(row(zeros, "new_received")).containsEntry("natural_person", 0).containsEntry("total", 0);
    assertThat(codes(zeros)).doesNotContain("labels_after_values");
  }

  @Test
  void rowsWhoseLabelsFollowValuesAreLeftEmptyWhenTheRunBeforeTheFirstLabelLostAFigure() {
    // Every label after its row's values, the first row's run a figure short: values without a label before the first
    // label and a last label with none say each row may be a row off, as a whole row's worth before it does.
    ProcessedReport r = process("lost.txt", TITLE + SECTION_3 + """
        自然人 法人或其他组织 总计
        商业企业 科研机构 社会公益组织 法律服务机构 其他
        3 3 0 1 3 10
        一、本年新收政府信息公开申请数量
        2 3 0 3 0 2 10
        二、上年结转政府信息公开申请数量
        1 3 0 0 2 3 9
        （一）予以公开
        0 0 0 0 0 1 1
        四、结转下年度继续办理
        """ + SECTION_4);
    for (String key : List.of("new_received", "carried_over", "granted", "carried_forward")) {
      assertThat(row(r, key)).as(key).containsEntry("natural_person", null).containsEntry("total", null);
    }
    assertThat(codes(r)).contains("labels_after_values");
  }

  @Test
  void aLabelMisprintedJustBeforeItWrapsIsStillItsRow() {
    ProcessedReport r = process("wrapped.txt", TITLE + SECTION_3 + """
        自然人 法人或其他组织 总计
        一、本年年新
        收政府信息公开 20 0 0 0 0 0 20
        申请数量
        二、上年结转
        政府信息公开申 0 0 0 0 0 0 0
        请数量
        （一）予以公开 8 0 0 0 0 0 8
        """ + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 20).containsEntry("total", 20);
    assertThat(row(r, "carried_over")).containsEntry("natural_person", 0).containsEntry("total", 0);
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w.message()).contains("'本年年新收'").contains("new_received"));
  }

  /** A character printed twice where the label wraps, once at the end of a line and once at the start of the next. */
  @Test
  void aLabelWhoseDoubledCharacterFallsAcrossTheWrapIsStillItsRow() {
    ProcessedReport r = process("wrapped.txt", TITLE + SECTION_3 + """
        自然人 法人或其他组织 总计
        一、本年新
        新收政府信息公开 20 0 0 0 0 0 20
        申请数量
        二、上年结
        结转政府信息公开申请数量 0 0 0 0 0 0 0
        （一）予以公开 8 0 0 0 0 0 8
        """ + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 20).containsEntry("total", 20);
    assertThat(row(r, "carried_over")).containsEntry("natural_person", 0).containsEntry("total", 0);
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w.message()).contains("new_received"));
  }

  /**
   * A row whose label is misprinted past recognition ({@code （一）子以公公开}) comes right after a row whose tab-separated
   * cells alternate with blanks, two rows' worth of cells: they are that row's own, never split into the missing row.
   */
  @Test
  void cellsBeforeALabelNamingNoRowAreNotSplitIntoTheMissingRow() {
    ProcessedReport r = process("tabs.txt", TITLE + SECTION_3
        + "自然人\t法人或其他组织\t总计\n"
        + "一、本年新收政府信息公开申请数量\t6\t0\t0\t0\t0\t0\t6\n"
        + "二、上年结转政府信息公开申请数量量\t\t1\t\t0\t\t0\t\t0\t\t0\t\t0\t\t1\n"
        + "（一）子以公公开\t4\t0\t0\t0\t0\t0\t4\n"
        + "（二）部分公开\t3\t0\t0\t0\t0\t0\t3\n" + SECTION_4);
    assertThat(row(r, "carried_over")).containsEntry("natural_person", 1).containsEntry("total", 1);
    assertThat(r.tables().get("applications")).noneMatch(m -> "granted".equals(m.get("row_key")) && m.get("total") != null);
    assertThat(row(r, "partially_granted")).containsEntry("natural_person", 3).containsEntry("total", 3);
  }

  /**
   * A group label wrapped around the values of the row whose label follows it ({@code （五）不予处} / values /
   * {@code 理1.信访举报投诉类申请}): a group label carries no values, so they are row 1's; the next row's label wrapped
   * around its own values with a misprint in its last piece ({@code 2.重} / values / {@code 复甲请}) is still that row.
   */
  @Test
  void valuesInsideAWrappedGroupLabelAreTheNextRowsAndARowWrappedAroundItsValuesIsFound() {
    ProcessedReport r = process("wrapped.txt", TITLE + SECTION_3 + """
        自然人 法人或其他组织 总计
        3.补正后申请内容仍不明确 1 0 0 0 0 0 1
        （五）不予处 3 12 0 0 0 5 20
        理1.信访举报投诉类申请
        2.重 0 0 7 8 0 0 15
        复甲请
        3.要求提供公开出版物 2 0 0 0 0 0 2
        """ + SECTION_4);
    assertThat(row(r, "unavailable_unclear")).containsEntry("natural_person", 1).containsEntry("total", 1);
    assertThat(row(r, "not_processed_petition")).containsEntry("natural_person", 3).containsEntry("commercial_enterprise", 12)
        .containsEntry("total", 20);
    assertThat(row(r, "not_processed_duplicate")).containsEntry("research_institution", 7).containsEntry("total", 15);
    assertThat(row(r, "not_processed_publication")).containsEntry("natural_person", 2).containsEntry("total", 2);
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w.message()).contains("'重复甲请'").contains("not_processed_duplicate"));
  }

  /**
   * The total's label wrapped around its values ({@code （七）总} / values / {@code 计}, or its ordinal's bracket left
   * open: {@code （七} / values / {@code ）合计}): the two pieces together are the row's ordinal and label, nothing else.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"（七）总 9 0 0 1 0 0 10\\n计", "（七 9 0 0 1 0 0 10\\n）合计"})
  void theTotalsLabelWrappedAroundItsValuesIsFound(String lines) {
    ProcessedReport r = process("wrapped.txt", TITLE + SECTION_3 + """
        自然人 法人或其他组织 总计
        （一）予以公开 9 0 0 1 0 0 10
        （六）其他处理 0 0 0 0 0 0 0
        """ + lines.replace("\\n", "\n") + """

        四、结转下年度继续办理 0 0 0 0 0 0 0
        """ + SECTION_4);
    assertThat(row(r, "total")).containsEntry("natural_person", 9).containsEntry("social_welfare_org", 1)
        .containsEntry("total", 10);
    assertThat(row(r, "carried_forward")).containsEntry("total", 0);
  }

  /**
   * A row's ordinal wrapped apart from its mark ({@code （三）不予公开1} / {@code .属于国家秘密}), its values after the
   * label or on the group label's line before it: the {@code 1} glued to the group label is the ordinal, not a cell.
   */
  @Test
  void anOrdinalsDigitsWrappedApartFromItsMarkAreNoCell() {
    ProcessedReport r = process("wrapped.txt", TITLE + SECTION_3 + """
        自然人 法人或其他组织 总计
        （二）部分公开 6 0 0 0 0 0 6
        （三）不予公开1
        .属于国家秘密 2 0 0 0 0 1 3
        2.其他法律行政法规禁止公开 0 0 0 0 0 0 0
        3.补正后申请内容仍不明确 0 0 0 0 0 0 0
        （五）不予处理1 4 0 0 0 0 0 4
        .信访举报投诉类申请
        2.重复申请 0 0 0 0 0 0 0
        """ + SECTION_4);
    assertThat(row(r, "partially_granted")).containsEntry("natural_person", 6).containsEntry("total", 6);
    assertThat(row(r, "withheld_state_secret")).containsEntry("natural_person", 2).containsEntry("other_org", 1)
        .containsEntry("total", 3);
    assertThat(row(r, "not_processed_petition")).containsEntry("natural_person", 4).containsEntry("total", 4);
  }

  /**
   * A row's values printed on its group label's line, its own label on the lines after, the ordinal alone on the first
   * ({@code （三）不予公开 values} / {@code 1.属于} / {@code 国家秘密}), the group label maybe misprinted with a character
   * doubled ({@code 不予公公开1.属于 values} / {@code 国家} / {@code 秘密}): a group label carries no values, so they
   * are row 1's, not the row's before.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"（三）不予公开 2 0 0 0 0 1 3\\n1.属于\\n国家秘密",
      "（三）不予公公开1.属于 2 0 0 0 0 1 3\\n国家\\n秘密"})
  void valuesOnAGroupLabelsLineBeforeTheRowsWrappedLabelAreTheRows(String lines) {
    ProcessedReport r = process("wrapped.txt", TITLE + SECTION_3 + """
        自然人 法人或其他组织 总计
        （二）部分公开（区分处理的，只计这一情形，不
        计其他情
        形） 6 0 0 0 0 0 6
        """ + lines.replace("\\n", "\n") + """

        2.其他法律行政法规禁止公开 0 0 0 0 0 0 0
        """ + SECTION_4);
    assertThat(row(r, "partially_granted")).containsEntry("natural_person", 6).containsEntry("total", 6);
    assertThat(row(r, "withheld_state_secret")).containsEntry("natural_person", 2).containsEntry("other_org", 1)
        .containsEntry("total", 3);
  }

  /**
   * A PDF label wrapped right after its ordinal, its values printed level with the break ({@code 5.} / values /
   * {@code 属于三类内部事务信息}), or inside its brackets ({@code （二} / values / {@code ）部分公开}): the row starts at
   * the ordinal, so the next row's values are not taken for it.
   */
  @Test
  void aLabelWrappedRightAfterItsOrdinalKeepsTheValuesPrintedAfterTheOrdinal() {
    ProcessedReport r = process("wrapped.txt", TITLE + SECTION_3 + """
        自然人 法人或其他组织 总计
        一、
        7 0 0 0 0 0 7
        本年新收政府信息公开申
        请数量
        二、
        1 0 0 0 0 0 1
        上年结转政府信息公开申请数量
        （二
        4 0 0 0 0 0 4
        ）部分公开（区分处理的，只计这一情形，不计其他情形）
        （三）不予公开
        4.保护第三方合法权益 0 0 0 0 0 0 0
        5.
        3 0 0 0 0 0 3
        属于三类内部事务信息
        6.
        2 0 0 0 0 0 2
        属于四类过
        程性信息
        """ + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 7).containsEntry("total", 7);
    assertThat(row(r, "carried_over")).containsEntry("natural_person", 1).containsEntry("total", 1);
    assertThat(row(r, "partially_granted")).containsEntry("natural_person", 4).containsEntry("total", 4);
    assertThat(row(r, "withheld_internal_affairs")).containsEntry("natural_person", 3).containsEntry("total", 3);
    assertThat(row(r, "withheld_process_info")).containsEntry("natural_person", 2).containsEntry("total", 2);
  }

  /**
   * A text export that doubles its tabs at random between cells: rows of section 三 print exactly their seven figures
   * among blanks standing at different places, so the blanks are separators, in section 四's row too.
   */
  @Test
  void blanksBetweenExactlyTheFiguresOfARowAreSeparatorsWhereTheyStandAtRandom() {
    ProcessedReport r = process("tabs.txt", TITLE + SECTION_3
        + "一、本年新收政府信息公开申请数量\t12\t\t3\t0\t\t0\t1\t0\t\t16\n"
        + "二、上年结转政府信息公开申请数量\t2\t0\t\t0\t0\t0\t\t\t0\t2\n"
        + "三、本年度办理结果\n（一）予以公开\t9\t\t\t2\t0\t0\t0\t0\t11\n"
        + SECTION_4 + "行政复议\t行政诉讼\n"
        + "1\t\t0\t0\t0\t1\t0\t0\t\t0\t2\t\t2\t1\t\t\t2\t0\t0\t3\n");
    assertThat(row(r, "new_received")).containsEntry("natural_person", 12).containsEntry("commercial_enterprise", 3)
        .containsEntry("legal_service_org", 1).containsEntry("total", 16);
    assertThat(row(r, "carried_over")).containsEntry("natural_person", 2).containsEntry("total", 2);
    assertThat(row(r, "granted")).containsEntry("natural_person", 9).containsEntry("commercial_enterprise", 2)
        .containsEntry("total", 11);
    assertThat(r.tables().get("review_litigation").get(0)).containsEntry("upheld", 1).containsEntry("total", 1);
    assertThat(r.tables().get("review_litigation").get(1)).containsEntry("pending", 2).containsEntry("total", 2);
    assertThat(r.tables().get("review_litigation").get(2)).containsEntry("upheld", 1).containsEntry("corrected", 2)
        .containsEntry("total", 3);
    assertThat(codes(r)).contains("blank_separators");
  }

  /**
   * A text whose tabs stand for the spaces that aligned its columns (a layout dump with runs of spaces made tabs) opens
   * rows with a run of blanks after the label and may end them with one: with all seven figures printed, those blanks
   * are separators as well.
   */
  @Test
  void blanksBeforeTheFirstFigureOrAfterTheLastAreSeparatorsWhereTheTextDoublesThem() {
    ProcessedReport r = process("tabs.txt", TITLE + SECTION_3
        + "一、本年新收政府信息公开申请数量\t12\t\t3\t0\t\t0\t1\t0\t\t16\n"
        + "二、上年结转政府信息公开申请数量\t\t\t2\t0\t\t0\t0\t0\t\t\t0\t2\n"
        + "三、本年度办理结果\n（一）予以公开\t\t9\t\t\t2\t0\t0\t0\t0\t11\t\t\n"
        + SECTION_4 + "行政复议\t行政诉讼\n"
        + "\t\t1\t\t0\t0\t0\t1\t0\t0\t\t0\t2\t\t2\t1\t\t\t2\t0\t0\t3\n");
    assertThat(row(r, "carried_over")).containsEntry("natural_person", 2).containsEntry("commercial_enterprise", 0)
        .containsEntry("total", 2);
    assertThat(row(r, "granted")).containsEntry("natural_person", 9).containsEntry("commercial_enterprise", 2)
        .containsEntry("total", 11);
    assertThat(r.tables().get("review_litigation").get(0)).containsEntry("upheld", 1).containsEntry("total", 1);
    assertThat(r.tables().get("review_litigation").get(2)).containsEntry("upheld", 1).containsEntry("corrected", 2)
        .containsEntry("total", 3);
  }

  /**
   * A blank standing at the same place in every row is a column's, and where a row prints fewer figures among blanks
   * they are blank cells: then no blank is a separator, and the rows of seven figures among eight cells stay unread.
   */
  @Test
  void blanksAreNoSeparatorsWhereTheyStandInOneColumnOrARowLeavesCellsBlank() {
    ProcessedReport column = process("column.txt", TITLE + SECTION_3
        + "一、本年新收政府信息公开申请数量\t12\t3\t\t0\t0\t1\t0\t16\n"
        + "二、上年结转政府信息公开申请数量\t2\t0\t\t0\t0\t0\t0\t2\n"
        + "三、本年度办理结果\n（一）予以公开\t9\t2\t\t0\t0\t0\t0\t11\n"
        + SECTION_4);
    assertThat(row(column, "new_received")).containsEntry("natural_person", null).containsEntry("total", null);
    assertThat(codes(column)).doesNotContain("blank_separators");
    ProcessedReport blankCells = process("blank.txt", TITLE + SECTION_3
        + "一、本年新收政府信息公开申请数量\t12\t\t3\t0\t\t0\t1\t0\t\t16\n"
        + "二、上年结转政府信息公开申请数量\t2\t0\t\t0\t0\t0\t\t\t0\t2\n"
        + "三、本年度办理结果\n（一）予以公开\t9\t\t2\t\t\t\t\t11\n"
        + SECTION_4);
    assertThat(row(blankCells, "new_received")).containsEntry("natural_person", null).containsEntry("total", null);
    assertThat(codes(blankCells)).doesNotContain("blank_separators");
  }

  /**
   * OCR's letter O for a 0 among a row's counts, in a line of text and in a tab-separated row, and (1) as an ordinal.
   * A row of nothing but letters is not taken for counts: nothing there shows they are digits.
   */
  @Test
  void aLetterOAmongCountsIsZeroAndABracketedNumberIsAnOrdinal() {
    ProcessedReport r = process("ocr.txt", TITLE + SECTION_3
        + "一、本年新收政府信息公开申请数量　５　O　0　0　0　0　５\n"
        + "（三）不予公开\n"
        + "（1）属于国家秘密\t2\tO\t0\t0\t0\to\t2\n"
        + "（2）其他法律行政法规禁止公开 O O O O O O O\n" + SECTION_4
        + "行政复议 行政诉讼\n结果维持 结果纠正 其他结果 尚未审结 总计\n1 O O O 1 O O O O O O O O O O\n");
    assertThat(row(r, "new_received")).containsEntry("natural_person", 5).containsEntry("commercial_enterprise", 0).containsEntry("total", 5);
    assertThat(row(r, "withheld_state_secret")).containsEntry("natural_person", 2).containsEntry("commercial_enterprise", 0)
        .containsEntry("other_org", 0).containsEntry("total", 2);
    assertThat(row(r, "withheld_law_forbidden")).containsEntry("total", null);
    assertThat(r.tables().get("review_litigation").get(0)).containsEntry("upheld", 1).containsEntry("corrected", 0).containsEntry("total", 1);
    assertThat(codes(r)).contains("letter_read_as_zero");
  }

  /** Rows written as sentences whose counts carry thousands separators are read whole; one stating one cell states it. */
  @Test
  void sentenceRowsWithThousandsSeparatorsAreReadWhole() {
    ProcessedReport r = process("prose.txt", TITLE + SECTION_3
        + "一、本年新收政府信息公开申请数量：自然人２４,７１８件，商业企业３６１件，科研机构０件，社会公益组织０件，法律服务机构０件，其他０件，总计２５,０７９件。\n"
        + "（三）不予公开（1）属于国家秘密：自然人2件，商业企业0件，科研机构0件，社会公益组织0件，法律服务机构0件，其他0件，总计2件。\n"
        + "（四）无法提供1.本机关不掌握相关政府信息：自然人3件。\n"
        + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 24718).containsEntry("commercial_enterprise", 361)
        .containsEntry("total", 25079);
    assertThat(row(r, "withheld_state_secret")).containsEntry("natural_person", 2).containsEntry("total", 2);
    assertThat(row(r, "unavailable_not_held")).containsEntry("natural_person", 3).containsEntry("total", null);
  }

  /** Section 四 as three small tables, one of them printed with every cell blank: that one states nothing. */
  @Test
  void aSmallTableOfSection4PrintedBlankStatesNothingAndTheOthersAreRead() {
    String proceeding = """
        ### %s

        | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
        | --- | --- | --- | --- | --- |
        | %s |

        """;
    ProcessedReport r = process("blank.md", TITLE + SECTION_3 + "一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1\n\n" + SECTION_4 + "\n"
        + proceeding.formatted("行政复议", "5 |  |  | 2 | 7")
        + proceeding.formatted("行政诉讼（未经复议直接起诉）", "8 | | | 1 | 9")
        + proceeding.formatted("行政诉讼（复议后起诉）", " |  |  |  | "));
    List<Map<String, Object>> review = r.tables().get("review_litigation");
    assertThat(review.get(0)).containsEntry("upheld", 5).containsEntry("corrected", null).containsEntry("total", 7);
    assertThat(review.get(1)).containsEntry("upheld", 8).containsEntry("total", 9);
    assertThat(review.get(2)).containsEntry("proceeding", "litigation_after_review").containsEntry("total", null);
  }

  /**
   * A bare page number after a row or between header lines, before the running title, the header printed again or the
   * next row, is no cell (nor does it make up a row's lost cell); a cell OCR
   * could not read (a blot, a ?) keeps its place and stays empty, in a line and in a tab-separated row.
   */
  /**
   * A bare page number below the section's last row, the next section's heading after it (a converter's page footer
   * between two tables), is no cell: the row, whole with its blank cell, is not shifted to take it in.
   */
  @Test
  void aPageNumberBelowTheSectionsLastRowIsNoCell() {
    ProcessedReport r = process("footer.txt", TITLE + SECTION_3 + """
        一、本年新收政府信息公开申请数量	4		1	0	0	0	5
        四、结转下年度继续办理		2	0	0	0	1	3

        7

        """ + SECTION_4);
    assertThat(row(r, "carried_forward")).containsEntry("natural_person", null).containsEntry("commercial_enterprise", 2)
        .containsEntry("other_org", 1).containsEntry("total", 3);
  }

  /**
   * A markdown table whose converter printed a merged label once and left its other places blank (marker): the
   * header's column names place the values (商业企业 in the fifth column puts 自然人 in the fourth), so the blanks
   * right of a label, left of those columns, are no cells, while a blank among the values is one. A period markdown
   * escapes ({@code 1\.属于国家秘密}) is the label's own.
   */
  @Test
  void blankPlacesOfMergedLabelsInAMarkdownTableAreNoCells() {
    ProcessedReport r = process("merged.md", TITLE + SECTION_3 + """
        | 说明 |  |  | 申请人情况 |  |  |  |  |  |  |
        |---|---|---|---|---|---|---|---|---|---|
        |  |  |  |  | 法人或其他组织 |  |  |  |  |  |
        |  |  |  |  | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
        | 一、本年新收政府信息公开申请数量 |  |  | 2 |  | 1 | 0 | 0 | 0 | 3 |
        | 三、本年度办理结果 | （一）予以公开 |  | 1 | 0 |  | 0 | 0 | 0 | 1 |
        |  | （三）不予公开 | 1\\.属于国家秘密 | 1 | 0 | 1 | 0 | 0 | 0 | 2 |
        """ + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 2).containsEntry("commercial_enterprise", null)
        .containsEntry("research_institution", 1).containsEntry("total", 3);
    assertThat(row(r, "granted")).containsEntry("natural_person", 1).containsEntry("research_institution", null)
        .containsEntry("total", 1);
    assertThat(row(r, "withheld_state_secret")).containsEntry("natural_person", 1).containsEntry("research_institution", 1)
        .containsEntry("total", 2);
  }

  /**
   * Section 四 as Tika writes a Word table, a tab after every cell: the blank outcome opening the row is a cell of its
   * own, not dropped to make up for the tab ending the row, which would shift every value left.
   */
  @Test
  void aBlankFirstOutcomeInTabTerminatedRowsKeepsItsPlace() {
    ProcessedReport r = process("tika.txt", TITLE + SECTION_4 + "行政复议\t行政诉讼\t\n"
        + "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉\t\n"
        + "\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t\n"
        + "\t3\t1\t\t4\t0\t\t\t1\t1\t0\t\t\t0\t\t\n");
    List<Map<String, Object>> review = r.tables().get("review_litigation");
    assertThat(review.get(0)).containsEntry("upheld", null).containsEntry("corrected", 3).containsEntry("other", 1)
        .containsEntry("pending", null).containsEntry("total", 4);
    assertThat(review.get(1)).containsEntry("upheld", 0).containsEntry("pending", 1).containsEntry("total", 1);
    assertThat(review.get(2)).containsEntry("upheld", 0).containsEntry("pending", 0).containsEntry("total", null);
  }

  /**
   * A caption over section 四's table dated in its title ({@code 表4 …（2023年）}): its figures are the table's number and
   * its date, no cells, so the blanks of the row stay blank in their places instead of taking the 4 before them.
   */
  @Test
  void aDatedCaptionsFiguresAreNoCells() {
    for (String caption : List.of("表4 行政复议和行政诉讼情况（2023年）", "表4：政府信息公开行政复议、行政诉讼情况（2023年12月31日）",
        "表4 2023年1-12月行政复议和行政诉讼情况")) {
      ProcessedReport r = process("caption.txt", TITLE + SECTION_4 + caption + "\n行政复议\t行政诉讼\n"
          + "\t\t\t\t\t未经复议直接起诉\t\t\t\t\t复议后起诉\n"
          + "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n"
          + "3\t0\t1\t0\t4\t1\t0\t0\t0\t1\t\t\t\t\t\n");
      List<Map<String, Object>> review = r.tables().get("review_litigation");
      assertThat(review.get(0)).as(caption).containsEntry("upheld", 3).containsEntry("other", 1).containsEntry("total", 4);
      assertThat(review.get(1)).as(caption).containsEntry("upheld", 1).containsEntry("total", 1);
      assertThat(review.get(2)).as(caption).containsEntry("upheld", null).containsEntry("total", null);
    }
  }

  /**
   * A spreadsheet's CSV padded past the table (its used range wider than the table): blank places right of the column
   * the header names 总计 are no cells, so a blank opening the values keeps its place, in section 三 and in section 四,
   * even where the row breaks its sum as printed and the sum cannot tell which blanks are extra.
   */
  @Test
  void blanksRightOfTheColumnNamedTotalAreNoCells() {
    ProcessedReport r = process("sheet.csv", TITLE + SECTION_3 + """
        ,,,申请人情况,,,,,,,,
        ,,,自然人,法人或其他组织,,,,,总计,,
        ,,,,商业企业,科研机构,社会公益组织,法律服务机构,其他,,,
        一、本年新收政府信息公开申请数量,,,,2,0,1,0,0,4,,
        """ + SECTION_4 + """
        行政复议,,,,,行政诉讼,,,,,,,,,,,
        结果维持,结果纠正,其他结果,尚未审结,总计,未经复议直接起诉,,,,,复议后起诉,,,,,,
        ,,,,,结果维持,结果纠正,其他结果,尚未审结,总计,结果维持,结果纠正,其他结果,尚未审结,总计,,
        ,3,,1,5,0,2,1,0,3,,4,,0,4,,
        """);
    assertThat(row(r, "new_received")).containsEntry("natural_person", null).containsEntry("commercial_enterprise", 2)
        .containsEntry("social_welfare_org", 1).containsEntry("total", 4);
    List<Map<String, Object>> review = r.tables().get("review_litigation");
    assertThat(review.get(0)).containsEntry("upheld", null).containsEntry("corrected", 3).containsEntry("pending", 1)
        .containsEntry("total", 5);
    assertThat(review.get(1)).containsEntry("upheld", 0).containsEntry("corrected", 2).containsEntry("total", 3);
    assertThat(review.get(2)).containsEntry("upheld", null).containsEntry("corrected", 4).containsEntry("total", 4);
  }

  /**
   * A header whose merged names a converter set left of their columns (总计 in the fourth of ten grid columns, the
   * values running on to the tenth) places no column: a blank right of its 总计 is still a cell of the row.
   */
  @Test
  void aTotalNamedLeftOfTheValuesEndsNoRow() {
    ProcessedReport r = process("shifted.md", TITLE + SECTION_3 + """
        | 说明 | 申请人情况 |  |  |  |  |  |  |  |  |
        |---|---|---|---|---|---|---|---|---|---|
        |  | 自然人 | 法人或其他组织 | 总计 |  |  |  |  |  |  |
        |  |  | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |  |  |  |
        | 一、本年新收政府信息公开申请数量 |  |  | 5 | 0 | 2 |  | 0 | 1 | 8 |
        | 二、上年结转政府信息公开申请数量 |  |  | 0 | 3 |  |  | 1 |  | 4 |
        """ + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 5).containsEntry("commercial_enterprise", 0)
        .containsEntry("social_welfare_org", null).containsEntry("total", 8);
    assertThat(row(r, "carried_over")).containsEntry("natural_person", 0).containsEntry("commercial_enterprise", 3)
        .containsEntry("other_org", null).containsEntry("total", 4);
  }

  /**
   * A column of last year's totals printed right of 总计 for comparison ({@code 上年总计（2019年）}) is no column of this
   * year's counts: the rows keep their seven cells instead of being left empty for one cell too many.
   */
  @Test
  void aColumnOfLastYearsTotalsIsNoColumnOfCounts() {
    ProcessedReport r = process("compared.md", TITLE + SECTION_3 + """
        | 项目 | | | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 | 上年总计（2019年） |
        |---|---|---|---|---|---|---|---|---|---|---|
        | 一、本年新收政府信息公开申请数量 | | | 5 | 2 | 0 | 0 | 1 | 0 | 8 | 11 |
        | 二、上年结转政府信息公开申请数量 | | | 1 | 0 | 0 | 0 | 0 | 0 | 1 | 3 |
        """ + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 5).containsEntry("commercial_enterprise", 2)
        .containsEntry("legal_service_org", 1).containsEntry("total", 8);
    assertThat(row(r, "carried_over")).containsEntry("natural_person", 1).containsEntry("total", 1);
  }

  /**
   * A table copied as key-value lines, one cell a line: a key naming its column with nothing after the colon is a
   * blank cell of that column, so the row keeps its seven cells; a bare page number after the section's last keyed
   * cell is no cell. A row's whole label printed as a key ({@code 总计:}) opens its row, no blank cell.
   */
  @Test
  void aKeyNamingItsColumnWithNothingAfterItIsABlankCell() {
    ProcessedReport r = process("keys.txt", TITLE + SECTION_3 + """
        一、本年新收政府信息公开申请数量:
          申请人情况-自然人: 6
          申请人情况-法人或其他组织-商业企业:\s
          申请人情况-法人或其他组织-科研机构: 2
          申请人情况-法人或其他组织-社会公益组织:
          申请人情况-法人或其他组织-法律服务机构: 0
          申请人情况-法人或其他组织-其他: 1
          申请人情况-总计: 9
        二、上年结转政府信息公开申请数量:
          申请人情况-自然人: 1
          申请人情况-法人或其他组织-商业企业: 0
          申请人情况-法人或其他组织-科研机构: 0
          申请人情况-法人或其他组织-社会公益组织: 0
          申请人情况-法人或其他组织-法律服务机构: 0
          申请人情况-法人或其他组织-其他: 0
          申请人情况-总计: 1
        """ + SECTION_4 + """
          行政复议-结果维持:
          行政复议-结果纠正: 2
          行政复议-其他结果: 0
          行政复议-尚未审结: 1
          行政复议-总计: 3
          行政诉讼-未经复议直接起诉-结果维持: 1
          行政诉讼-未经复议直接起诉-结果纠正:
          行政诉讼-未经复议直接起诉-其他结果: 0
          行政诉讼-未经复议直接起诉-尚未审结: 0
          行政诉讼-未经复议直接起诉-总计: 1
          行政诉讼-复议后起诉-结果维持: 0
          行政诉讼-复议后起诉-结果纠正: 0
          行政诉讼-复议后起诉-其他结果:
          行政诉讼-复议后起诉-尚未审结: 0
          行政诉讼-复议后起诉-总计:

        5

        五、存在的主要问题及改进情况
        """);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 6).containsEntry("commercial_enterprise", null)
        .containsEntry("research_institution", 2).containsEntry("social_welfare_org", null).containsEntry("other_org", 1)
        .containsEntry("total", 9);
    List<Map<String, Object>> review = r.tables().get("review_litigation");
    assertThat(review.get(0)).containsEntry("upheld", null).containsEntry("corrected", 2).containsEntry("total", 3);
    assertThat(review.get(1)).containsEntry("upheld", 1).containsEntry("corrected", null).containsEntry("total", 1);
    assertThat(review.get(2)).containsEntry("upheld", 0).containsEntry("other", null).containsEntry("pending", 0)
        .containsEntry("total", null);
  }

  /**
   * Section 四 copied as key-value rows, one cell a row: a key naming its column with only a mark of none after the
   * colon ({@code 行政复议-结果维持：-}), or a CSV row whose value field is empty ({@code 行政复议,结果维持,}), is that
   * column's cell, marked or blank, so each proceeding keeps its five cells.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"%s-%s：%s|-", "%s,%s,%s|''", "%s,%s,%s|-"})
  void aKeyedRowOfSection4WithAMarkOrNothingAfterItsKeyIsThatColumnsCell(String line, String none) {
    List<String> proceedings = List.of("行政复议", "行政诉讼-未经复议直接起诉", "行政诉讼-复议后起诉");
    List<String> outcomes = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
    int[][] counts = {{-1, 2, 0, 1, 3}, {1, 0, -1, 0, 1}, {0, 0, 0, 2, 2}};
    StringBuilder rows = new StringBuilder();
    for (int p = 0; p < 3; p++) {
      for (int o = 0; o < 5; o++) {
        rows.append(line.formatted(proceedings.get(p), outcomes.get(o), counts[p][o] < 0 ? none : counts[p][o])).append('\n');
      }
    }
    ProcessedReport r = process("keyed-4.txt", TITLE + SECTION_4 + rows + "五、存在的主要问题及改进情况\n无。\n");
    List<Map<String, Object>> review = r.tables().get("review_litigation");
    assertThat(review.get(0)).containsEntry("upheld", null).containsEntry("corrected", 2).containsEntry("pending", 1)
        .containsEntry("total", 3);
    assertThat(review.get(1)).containsEntry("upheld", 1).containsEntry("other", null).containsEntry("total", 1);
    assertThat(review.get(2)).containsEntry("pending", 2).containsEntry("total", 2);
  }

  /**
   * The same rows with each level of the key in a field of its own ({@code 行政诉讼,未经复议直接起诉,结果纠正,}, as an
   * export's key paths are laid out): a blank after a key of header words is that column's cell, not a header row,
   * which names several columns, so the proceeding keeps its five cells.
   */
  @Test
  void aKeyedRowWithABlankCellUnderATwoLevelProceedingIsThatColumnsCell() {
    List<String> proceedings = List.of("行政复议", "行政诉讼,未经复议直接起诉", "行政诉讼,复议后起诉");
    List<String> outcomes = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
    int[][] counts = {{3, 0, 5, 8, 16}, {9, -1, 0, 0, 9}, {0, 8, 0, -1, 8}};
    StringBuilder rows = new StringBuilder();
    for (int p = 0; p < 3; p++) {
      for (int o = 0; o < 5; o++) {
        rows.append(proceedings.get(p)).append(',').append(outcomes.get(o)).append(',')
            .append(counts[p][o] < 0 ? "" : String.valueOf(counts[p][o])).append('\n');
      }
    }
    ProcessedReport r = process("keyed-4.txt", TITLE + SECTION_4 + rows + "五、存在的主要问题及改进情况\n无。\n");
    List<Map<String, Object>> review = r.tables().get("review_litigation");
    assertThat(review.get(0)).containsEntry("upheld", 3).containsEntry("pending", 8).containsEntry("total", 16);
    assertThat(review.get(1)).containsEntry("upheld", 9).containsEntry("corrected", null).containsEntry("other", 0)
        .containsEntry("total", 9);
    assertThat(review.get(2)).containsEntry("corrected", 8).containsEntry("pending", null).containsEntry("total", 8);
  }

  /**
   * A mobile page's copy, one cell a line with its column's name ({@code 自然人：3}): the key 总计 or 其他 before a count
   * names the column, not the row （七）总计 or 其他, so every row after the first keeps its cells.
   */
  @Test
  void aKeyValueLineNamingTheTotalColumnIsNoTotalRow() {
    StringBuilder text = new StringBuilder(TITLE + SECTION_3 + "三、本年度办理结果\n");
    String[] columns = {"自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"};
    String[][] rows = {{"（一）予以公开", "4", "1", "0", "0", "0", "2", "7"}, {"（二）部分公开", "2", "0", "0", "0", "0", "0", "2"},
        {"（六）其他处理", "1", "0", "0", "0", "0", "1", "2"}, {"（七）总计", "7", "1", "0", "0", "0", "3", "11"}};
    for (String[] row : rows) {
      text.append(row[0]).append('\n');
      for (int c = 0; c < columns.length; c++) {
        text.append(columns[c]).append(c % 2 == 0 ? "：" : ": ").append(row[c + 1]).append('\n');
      }
    }
    ProcessedReport r = process("mobile.txt", text + SECTION_4);
    assertThat(row(r, "granted")).containsEntry("natural_person", 4).containsEntry("other_org", 2).containsEntry("total", 7);
    assertThat(row(r, "partially_granted")).containsEntry("natural_person", 2).containsEntry("total", 2);
    assertThat(row(r, "other")).containsEntry("natural_person", 1).containsEntry("other_org", 1).containsEntry("total", 2);
    assertThat(row(r, "total")).containsEntry("natural_person", 7).containsEntry("commercial_enterprise", 1)
        .containsEntry("total", 11);
  }

  /**
   * A PDF viewer's layout copy whose merged group cell prints its text down its column, a few characters on each row's
   * line ({@code （六）} / {@code 其他处} / {@code 理}): the piece {@code 理} before {@code 3.其他} is the group's, so
   * the line is the row 3.其他, not more cells of the row before it.
   */
  @Test
  void aGenericRowAfterAPieceOfItsGroupLabelOnItsLineIsThatRow() {
    ProcessedReport r = process("layout-group-pieces.txt", "测试镇2022年政府信息公开工作年度报告\n" + SECTION_3 + """
        一、本年新收政府信息公开申请数量                 5     0     0     0     0     0     5
                        （五）不予  2.重复申请           1     0     0     0     0     0     1
                        处理        5.要求行政机关确认或重新出具已获取信息    0     0     0     0     0     0     0
                        （六）      1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请     1     0     0     0     0     0     1
                        其他处      2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请     0     0     0     0     0     0     0
                        理          3.其他               3     0     0     0     0     0     3
                        （七）总计                       5     0     0     0     0     0     5
        """ + SECTION_4);
    assertThat(row(r, "other_overdue_fee")).containsEntry("natural_person", 0).containsEntry("total", 0);
    assertThat(row(r, "other_other")).containsEntry("natural_person", 3).containsEntry("total", 3);
    assertThat(row(r, "total")).containsEntry("natural_person", 5).containsEntry("total", 5);
  }

  /**
   * A mobile page's card, a row's cells on one line each after its column's name, parted by spaces or semicolons
   * ({@code 自然人：7 商业企业：1 … 其他：3 总计：11}): a key opening a cell names its column, not the row （七）总计 or
   * 3.其他, so the cards of （六）其他处理, （七）总计 and 结转下年度 keep their cells.
   */
  @ParameterizedTest
  @ValueSource(strings = {" ", "；", "; "})
  void aCardOfKeyedCellsOnOneLineNamesItsColumnsNotRows(String separator) {
    StringBuilder text = new StringBuilder(TITLE + SECTION_3);
    String[] columns = {"自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"};
    String[][] rows = {{"本年新收", "7", "1", "0", "0", "0", "3", "11"}, {"（一）予以公开", "4", "1", "0", "0", "0", "2", "7"},
        {"（六）其他处理", "3", "0", "0", "0", "0", "1", "4"}, {"（七）总计", "7", "1", "0", "0", "0", "3", "11"},
        {"结转下年度", "0", "0", "0", "0", "0", "0", "0"}};
    for (String[] row : rows) {
      text.append("▍").append(row[0]).append('\n');
      for (int c = 0; c < columns.length; c++) {
        text.append(c == 0 ? "" : separator).append(columns[c]).append("：").append(row[c + 1]);
      }
      text.append('\n');
    }
    ProcessedReport r = process("mobile-cards.txt", text + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 7).containsEntry("other_org", 3).containsEntry("total", 11);
    assertThat(row(r, "granted")).containsEntry("natural_person", 4).containsEntry("other_org", 2).containsEntry("total", 7);
    assertThat(row(r, "other")).containsEntry("natural_person", 3).containsEntry("other_org", 1).containsEntry("total", 4);
    assertThat(row(r, "total")).containsEntry("natural_person", 7).containsEntry("commercial_enterprise", 1).containsEntry("total", 11);
    assertThat(row(r, "carried_forward")).containsEntry("natural_person", 0).containsEntry("total", 0);
  }

  /**
   * The same copy with counts printed with thousands separators ({@code 其他：1,200}, {@code 总计：1,202}): the key
   * 总计 before such a count names the column too, so the row keeps its total and the key is no label of the row
   * （七）总计 printed before the next group's first row ({@code （三）不予公开} / {@code 1.属于国家秘密}).
   */
  @Test
  void aKeyValueLineWithThousandsSeparatorsNamingTheTotalColumnIsNoTotalRow() {
    String cells = "自然人：%s\n商业企业：%s\n科研机构：0\n社会公益组织：0\n法律服务机构：0\n其他：%s\n总计：%s\n";
    ProcessedReport r = process("mobile-thousands.txt", TITLE + SECTION_3 + "一、本年新收政府信息公开申请数量\n"
        + cells.formatted("5,377", 0, 113, "5,490") + "三、本年度办理结果\n" + "（二）部分公开\n" + cells.formatted(2, 0, "1,200", "1,202")
        + "（三）不予公开\n" + "1.属于国家秘密\n" + cells.formatted(0, 5, 3, 8) + "2.其他法律行政法规禁止公开\n" + cells.formatted(1, 0, 0, 1)
        + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 5377).containsEntry("total", 5490);
    assertThat(row(r, "partially_granted")).containsEntry("other_org", 1200).containsEntry("total", 1202);
    assertThat(row(r, "withheld_state_secret")).containsEntry("commercial_enterprise", 5).containsEntry("other_org", 3)
        .containsEntry("total", 8);
    assertThat(row(r, "withheld_law_forbidden")).containsEntry("natural_person", 1).containsEntry("total", 1);
    assertThat(codes(r)).doesNotContain("labels_out_of_order");
  }

  /**
   * The same copy with a marker under the key 其他 or 总计 ({@code 其他：—}): the key names the marker's column, as before
   * a count, not the row 3.其他 or （七）总计, so the row keeps its seven cells, the marker's no value.
   */
  @Test
  void aKeyValueLineOfAMarkerNamingTheOtherColumnIsNoOtherRow() {
    String cells = "自然人：%s\n商业企业：—\n科研机构：0\n社会公益组织：0\n法律服务机构：0\n其他：%s\n总计：%s\n";
    ProcessedReport r = process("mobile-marker.txt", TITLE + SECTION_3 + "三、本年度办理结果\n" + "（一）予以公开\n"
        + cells.formatted(54, "—", 54) + "（二）部分公开\n" + cells.formatted(3, 1, 4) + SECTION_4);
    assertThat(row(r, "granted")).containsEntry("natural_person", 54).containsEntry("other_org", null).containsEntry("total", 54);
    assertThat(row(r, "partially_granted")).containsEntry("natural_person", 3).containsEntry("other_org", 1)
        .containsEntry("total", 4);
  }

  /**
   * The same copy with nothing after the key 其他 or 总计 ({@code 其他： }): after a line keyed by a column's name the
   * bare key is its column's blank cell, not the row 3.其他 or （七）总计, and the count after it stays its row's. A
   * mark alone after a card's last cell ({@code ——}) is a rule between cards, no cell.
   */
  @Test
  void aBareKeyNamingTheOtherOrTotalColumnInACardIsABlankCell() {
    String cells = "自然人：%s\n商业企业：1\n科研机构：\n社会公益组织：0\n法律服务机构：0\n其他：%s\n总计：%s\n";
    ProcessedReport r = process("mobile-bare.txt", TITLE + SECTION_3 + "三、本年度办理结果\n" + "（一）予以公开\n"
        + cells.formatted(4, " ", 5) + "——\n（二）部分公开\n" + cells.formatted(3, 1, " ") + "（三）不予公开\n" + "1.属于国家秘密\n"
        + cells.formatted(2, " ", " ") + SECTION_4);
    assertThat(row(r, "granted")).containsEntry("natural_person", 4).containsEntry("other_org", null).containsEntry("total", 5);
    assertThat(row(r, "partially_granted")).containsEntry("natural_person", 3).containsEntry("other_org", 1)
        .containsEntry("total", null);
    assertThat(row(r, "withheld_state_secret")).containsEntry("natural_person", 2).containsEntry("commercial_enterprise", 1)
        .containsEntry("total", null);
  }

  /**
   * A count printed with its counter keeps OCR's letters read as they are without one: {@code 3O件} is 30, never 3
   * and a label {@code O件}; {@code l4件} leaves its cell empty in its place, never 4.
   */
  @Test
  void letterDigitsOfACountWithItsCounterAreReadAsWithoutIt() {
    ProcessedReport r = process("ocr-counter.txt", TITLE + SECTION_3 + """
        （一）予以公开	2	3O件	0	0	0	0	32件
        （二）部分公开	1	l4件	0	0	0	2	17
        """ + SECTION_4);
    assertThat(row(r, "granted")).containsEntry("natural_person", 2).containsEntry("commercial_enterprise", 30)
        .containsEntry("research_institution", 0).containsEntry("total", 32);
    assertThat(row(r, "partially_granted")).containsEntry("natural_person", 1).containsEntry("commercial_enterprise", null)
        .containsEntry("research_institution", 0).containsEntry("other_org", 2).containsEntry("total", 17);
  }

  /**
   * A table set in two halves side by side (a layout copy of a page printing the table's second half beside its first):
   * a blank gutter in every line, the right half's rows opening with their labels, parts the halves; each row reads
   * its own seven cells, never its and the other half's fourteen.
   */
  @Test
  void halvesSideBySideAreReadAsTheLeftHalfThenTheRight() {
    ProcessedReport r = process("halves.txt", TITLE + SECTION_3 + """
        一、本年新收政府信息公开申请数量       4     1     0     2     0     0     7    （六）其他处理               0     0     0     1     0     0     1
        二、上年结转政府信息公开申请数量       1     0     0     0     0     0     1    （七）总计                   4     1     0     2     0     0     7
        （一）予以公开                         3     1     0     1     0     0     5    四、结转下年度继续办理       1     0     0     0     0     0     1
        （二）部分公开                         1     0     0     0     0     0     1

        """ + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 4).containsEntry("social_welfare_org", 2)
        .containsEntry("total", 7);
    assertThat(row(r, "granted")).containsEntry("natural_person", 3).containsEntry("total", 5);
    assertThat(row(r, "other")).containsEntry("social_welfare_org", 1).containsEntry("total", 1);
    assertThat(row(r, "total")).containsEntry("natural_person", 4).containsEntry("commercial_enterprise", 1)
        .containsEntry("total", 7);
    assertThat(row(r, "carried_forward")).containsEntry("natural_person", 1).containsEntry("total", 1);
  }

  /**
   * Halves side by side whose right half runs longer than the left and opens its rows with their ordinals
   * ({@code 1.信访举报投诉类申请}): still parted at the gutter, each row its own seven cells.
   */
  @Test
  void aLongerRightHalfOpeningWithOrdinalsIsPartedToo() {
    ProcessedReport r = process("halves-ordinals.txt", TITLE + SECTION_3 + """
        一、本年新收政府信息公开申请数量       5     1     0     2     0     0     8    1.信访举报投诉类申请           1     0     0     0     0     0     1
        二、上年结转政府信息公开申请数量       1     0     0     0     0     0     1    2.重复申请                     0     0     0     1     0     0     1
        （一）予以公开                         2     1     0     1     0     0     4    3.要求提供公开出版物           1     0     0     0     0     0     1
        （二）部分公开                         1     0     0     0     0     0     1    4.无正当理由大量反复申请       0     0     0     0     0     0     0
                                                                                        （六）其他处理                 0     0     0     0     0     0     0
                                                                                        （七）总计                     5     1     0     2     0     0     8
                                                                                        四、结转下年度继续办理         1     0     0     0     0     0     1

        """ + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 5).containsEntry("social_welfare_org", 2)
        .containsEntry("total", 8);
    assertThat(row(r, "not_processed_petition")).containsEntry("natural_person", 1).containsEntry("total", 1);
    assertThat(row(r, "not_processed_duplicate")).containsEntry("social_welfare_org", 1).containsEntry("total", 1);
    assertThat(row(r, "carried_forward")).containsEntry("natural_person", 1).containsEntry("total", 1);
  }

  /**
   * A letter O among a count's digits ({@code 2O}) is OCR's 0, as a lone O is: the count, never its leading digits as
   * if a label followed; a letter l among them ({@code l3}) may be a 1 or a speck, so that cell stays empty in its place.
   */
  @Test
  void letterZerosAmongACountsDigitsAreZerosAndLetterOnesLeaveTheCellEmpty() {
    ProcessedReport r = process("ocr.txt", TITLE + SECTION_3 + """
        （一）予以公开	1	3O	0	0	0	0	31
        （二）部分公开	2	l3	0	0	0	1	16
        """ + SECTION_4);
    assertThat(row(r, "granted")).containsEntry("natural_person", 1).containsEntry("commercial_enterprise", 30)
        .containsEntry("total", 31);
    assertThat(row(r, "partially_granted")).containsEntry("natural_person", 2).containsEntry("commercial_enterprise", null)
        .containsEntry("other_org", 1).containsEntry("total", 16);
    ProcessedReport named = process("ocr-named.txt", TITLE + SECTION_3 + """
        一、本年新收政府信息公开申请数量:
          申请人-自然人: 4O
          申请人-商业企业: 0
          申请人-科研机构: 0
          申请人-社会公益组织: 0
          申请人-法律服务机构: 0
          申请人-其他: 1
          申请人-总计: 41
        """ + SECTION_4);
    assertThat(row(named, "new_received")).containsEntry("natural_person", 40).containsEntry("total", 41);
  }

  /**
   * Text that leaves cells out (a table cut at the page margin, five of its seven columns printed): a row of spaced
   * counts short of columns is not digits glued together to be split ({@code 22 17 20 11 34} is not
   * 2 2 17 2 0 11 34, which even meets the row's sum); it stays empty.
   */
  @Test
  void spacedCountsShortOfColumnsInTextThatDropsCellsAreNotSplit() {
    ProcessedReport r = process("cut.txt", TITLE + SECTION_3 + """
        自然人 法人或其他组织 总计
        一、本年新收政府信息公开申请数量 1 0 0 0 0
        （七）总计 22 17 20 11 34
        """ + SECTION_4);
    assertThat(row(r, "total")).containsEntry("natural_person", null).containsEntry("total", null);
  }

  /**
   * A running head that cuts the title short with an ellipsis ({@code 测试镇人民政府20……}), left between two rows of a
   * page break by pdftotext {@code -layout}, is no cell: the 2 of the year it cuts is not a count, nor 0 an ordinal.
   */
  @Test
  void aNumberCutByAnEllipsisIsNoCell() {
    String layout = TITLE + SECTION_3 + """
                                                        申请人情况
                                    自然人        法人或其他组织         总计
                                         商业企业 科研机构 社会公益组织 法律服务机构 其他
            一、本年新收政府信息公开申请  4     1     0     2     0     0     7
            二、上年结转政府信息公开申请  1     0     0     0     0     0     1
            （一）予以公开                            0     1     0     0     1
        """;
    String next = """

            （二）部分公开                3     1     0     1     0     0     5
        """ + SECTION_4;
    for (String head : List.of("\f测试镇人民政府20……", "\f测试镇人民政府20…", "\f测试镇人民政府20⋯⋯")) {
      ProcessedReport r = process("running-head.txt", layout + head + next);
      assertThat(row(r, "granted")).as(head).containsEntry("natural_person", null).containsEntry("commercial_enterprise", null)
          .containsEntry("research_institution", 0).containsEntry("social_welfare_org", 1).containsEntry("total", 1);
      assertThat(row(r, "partially_granted")).as(head).containsEntry("natural_person", 3).containsEntry("total", 5);
    }
  }

  /**
   * A letter l or I standing alone among a line's counts is OCR's doubtful 1: its cell keeps its place and stays empty,
   * so neither the row is lost nor, under a header naming its columns in another order with a 小计 column, are the
   * other cells read one column over.
   */
  @Test
  void aLetterLAmongCountsKeepsItsPlaceAndStaysEmpty() {
    ProcessedReport plain = process("letter-l.txt", TITLE + SECTION_3 + """
        自然人 法人或其他组织 总计
        一、本年新收政府信息公开申请数量 3 0 0 1 0 0 4
        （一）予以公开 2 l 0 0 0 0 3
        （二）部分公开 1 0 I 0 0 0 1
        """ + SECTION_4);
    assertThat(row(plain, "granted")).containsEntry("natural_person", 2).containsEntry("commercial_enterprise", null)
        .containsEntry("research_institution", 0).containsEntry("total", 3);
    assertThat(row(plain, "partially_granted")).containsEntry("commercial_enterprise", 0).containsEntry("research_institution", null)
        .containsEntry("total", 1);
    assertThat(codes(plain)).contains("illegible_cell");

    ProcessedReport named = process("letter-l-named.txt", TITLE + SECTION_3 + """
                                                          申请人情况
                                自然人              法人或其他组织                       总计
                                       商业企业 法律服务机构 其他 社会公益组织 科研机构 小计
        （一）予以公开             0       l       0       0       0       0       2       2
        """ + SECTION_4);
    assertThat(row(named, "granted").get("research_institution")).isIn(null, 0); // never the 小计 column's 2
  }

  /**
   * A letter S or B among a count's digits ({@code 3S}, {@code B2}) or alone among counts is OCR's 5 or 8, or a speck:
   * the cell stays empty in its place, never the digits beside the letter read as the count (3 for 3S is a wrong number).
   */
  @Test
  void lettersSAndBAmongCountsLeaveTheirCellEmptyNotTheDigitsBesideThem() {
    ProcessedReport r = process("letters-s-b.txt", TITLE + SECTION_3 + """
        自然人 法人或其他组织 总计
        一、本年新收政府信息公开申请数量 3S 0 0 1 0 0 36
        二、上年结转政府信息公开申请数量 B2 0 0 0 0 0 82
        （一）予以公开 4 S 0 0 0 0 9
        """ + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", null).containsEntry("social_welfare_org", 1)
        .containsEntry("total", 36);
    assertThat(row(r, "carried_over")).containsEntry("natural_person", null).containsEntry("total", 82);
    assertThat(row(r, "granted")).containsEntry("natural_person", 4).containsEntry("commercial_enterprise", null)
        .containsEntry("research_institution", 0).containsEntry("total", 9);
    assertThat(codes(r)).contains("illegible_cell");
  }

  /**
   * A letter D or b alone among counts or among a count's digits is OCR's 0 or 6 ({@code D}, {@code 1b}): the cell keeps its
   * place, empty, so the row is not one count short and never borrows the next label's ordinal, its stop lost
   * ({@code 1信访…}), as its last count.
   */
  @Test
  void lettersDAndBAmongCountsKeepTheirCellSoTheNextOrdinalIsNoCount() {
    ProcessedReport r = process("letters-d-b.txt", TITLE + SECTION_3 + """
        自然人 法人或其他组织 总计
        3补正后申请内容仍不明确 0 0 0 0 0 D 0
        1信访举报投诉类申请 1b 0 0 0 0 0 16
        2.重复申请 0 0 0 0 0 0 0
        """ + SECTION_4);
    assertThat(row(r, "unavailable_unclear")).containsEntry("other_org", null);
    assertThat(row(r, "unavailable_unclear").get("total")).isIn(0, null); // never the next label's ordinal 1
    assertThat(row(r, "not_processed_petition")).containsEntry("natural_person", null).containsEntry("commercial_enterprise", 0)
        .containsEntry("total", 16);
    assertThat(codes(r)).contains("illegible_cell");
  }

  /**
   * A scan's row on a grid with more columns than the template (blank places between the counts), holding a cell OCR
   * could not read ({@code ■}) and, last, a count with a blot read as a character glued to it ({@code 17 和}, which
   * reads like the next label's ordinal): the illegible cell is no piece of a label and keeps its column, so the counts
   * right of it are never read one column to the left (the row, whose ■ may hold two counts, may be left empty).
   */
  @Test
  void anIllegibleCellBeforeACountGluedToAJunkCharacterKeepsItsColumn() {
    ProcessedReport r = process("illegible-junk.txt", TITLE + SECTION_3
        + "一、本年新收政府信息公开申请数量\t12\t0\t\t0\t\t0\t\t■\t\t2\t\t17 和\t\t\t\n" + SECTION_4);

    Map<String, Object> row = row(r, "new_received");
    assertThat(row).containsEntry("legal_service_org", null); // never the 2 of the column right of it
    assertThat(row.get("natural_person")).isIn(12, null);
    assertThat(row.get("other_org")).isIn(2, null);
    assertThat(codes(r)).contains("illegible_cell");
  }

  /**
   * A scan's row whose second count has a blot glued to it, read as digits and characters ({@code 7 .四}, {@code 3加}):
   * between two counts it is a count no reader reads without doubt, never an ordinal or a piece of a label to drop,
   * which would move every count right of it one column to the left.
   */
  @Test
  void aCountWithABlotGluedBetweenCountsKeepsItsColumn() {
    for (String blotted : List.of("7 .四", "3加", "12 和")) {
      ProcessedReport r = process("blot-between.txt", TITLE + SECTION_3
          + "二、上年结转政府信息公开申请数量\t2\t" + blotted + "\t0\t1\t0\t5\t15\t\t\n" + SECTION_4);

      assertThat(row(r, "carried_over")).as(blotted).containsEntry("natural_person", 2).containsEntry("commercial_enterprise", null)
          .containsEntry("research_institution", 0).containsEntry("other_org", 5).containsEntry("total", 15);
    }
  }

  /**
   * A copy of one cell a line whose counts print their counter ({@code 16件}), a label wrapped around its row's first
   * cell ({@code 2.没有现成信息需要} / {@code 0} / {@code 另行制作}): the bare 0 between the label's lines is that cell, as
   * the counts two lines from it ({@code 16件}, {@code 1件}) show, not a page number at a page's end.
   */
  @Test
  void aBareCountBetweenAWrappedLabelsLinesAmongCountsWithCountersIsACell() {
    ProcessedReport r = process("wrapped-around-counted.txt", TITLE + SECTION_3 + """
        （四）无法提供
        1.本机关不掌握相关
        7件
        政府信息
        4件
        4件
        0
        0
        1件
        16件
        2.没有现成信息需要
        0
        另行制作
        1件
        0
        0
        0
        0
        1件
        3.补正后申请内容仍不明确
        0
        0
        0
        0
        0
        0
        0
        """ + SECTION_4);
    assertThat(row(r, "unavailable_needs_creation")).containsEntry("natural_person", 0).containsEntry("commercial_enterprise", 1)
        .containsEntry("total", 1);
    assertThat(row(r, "unavailable_not_held")).containsEntry("natural_person", 7).containsEntry("total", 16);
  }

  /**
   * A 0 on a line of its own between a label's wrapped lines, text two lines before and after it: no page is numbered
   * 0, so it is the row's first cell, not a page number at a page's end.
   */
  @Test
  void aZeroAloneBetweenALabelsLinesIsACellNotAPageNumber() {
    ProcessedReport r = process("zero-in-label.txt", TITLE + SECTION_3 + """
        （六）其他处理
        1.申请人无正当理由逾期
        0
        不补正、行政机关不再处理
        其政府信息公开申请
        0
        0
        0
        0
        0
        0
        2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请
        1
        0
        0
        0
        0
        0
        1
        """ + SECTION_4);
    assertThat(row(r, "other_overdue_correction")).containsEntry("natural_person", 0).containsEntry("total", 0);
    assertThat(row(r, "other_overdue_fee")).containsEntry("natural_person", 1).containsEntry("total", 1);
  }

  /**
   * A cell printing two figures parted by a mark ({@code 0/1}, {@code 20/21}) among a row's counts: no count a reader
   * reads without doubt, nor a label or a page's footer ({@code 7/8} last in the row, like 第7页共8页's 7/8). It stays
   * empty with a warning giving it, keeping its column, and the row's other cells are read, in a grid (marks of none
   * before it) as in a line of text.
   */
  @Test
  void figuresPartedByAMarkAmongARowsCountsAreOneDoubtfulCell() {
    ProcessedReport grid = process("figures-parted-grid.txt", TITLE + SECTION_3
        + "一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n"
        + "（一）予以公开\t47\t无\t0/1\t无\t无\t无\t47\n"
        + "（二）部分公开\t0\t0\t0\t0\t0\t7\t7/8\n（三）不予公开\n1.属于国家秘密\t8\t20/21\t0\t0\t0\t0\t28\n" + SECTION_4);
    assertThat(row(grid, "granted")).containsEntry("natural_person", 47).containsEntry("research_institution", null)
        .containsEntry("total", 47);
    assertThat(row(grid, "partially_granted")).containsEntry("other_org", 7).containsEntry("total", null);
    assertThat(row(grid, "withheld_state_secret")).containsEntry("natural_person", 8).containsEntry("commercial_enterprise", null)
        .containsEntry("research_institution", 0).containsEntry("total", 28);
    assertThat(grid.warnings()).anyMatch(w -> w.code().equals("unparseable_cell") && w.message().contains("'7/8'"));
    ProcessedReport line = process("figures-parted-line.txt", TITLE + SECTION_3
        + "一、本年新收政府信息公开申请数量      3     0     1     0     0     0     4\n"
        + "二、上年结转政府信息公开申请数量      0/1   0     4     0     0     0     4\n" + SECTION_4);
    assertThat(row(line, "carried_over")).containsEntry("natural_person", null).containsEntry("research_institution", 4)
        .containsEntry("total", 4);
    assertThat(line.warnings()).anyMatch(w -> w.code().equals("unparseable_cell") && w.message().contains("'0/1'"));
  }

  /**
   * A scan's row of section 四's fifteen counts under its header, two of them a 1 OCR read as a lone character (工, 于):
   * amid the counts each is a count's cell no reader reads, never a label among the values to leave the whole row
   * unread, nor one to drop, which would move every count right of it one column to the left. Those two stay empty.
   */
  @Test
  void aLoneGlyphAmidARowsCountsIsAnUnreadCountKeepingItsColumn() {
    ProcessedReport r = process("glyph-between.txt", TITLE + SECTION_3 + "一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n"
        + SECTION_4 + "行政复议结果维持\t其他结果\t尚未审结\t总计\t行政诉讼未经复议直接起诉结果维持\t总计\t复议后起诉结果维持\t尚未审结\t总计\n"
        + "2\t0\t0\t工\t3\t于\t0\t0\t0\t1\t0\t0\t0\t0\t0\n");

    List<Map<String, Object>> review = r.tables().get("review_litigation");
    assertThat(review.get(0)).containsEntry("upheld", 2).containsEntry("corrected", 0).containsEntry("pending", null)
        .containsEntry("total", 3);
    assertThat(review.get(1)).containsEntry("upheld", null).containsEntry("corrected", 0).containsEntry("total", 1);
    assertThat(review.get(2)).containsEntry("upheld", 0).containsEntry("total", 0);
    assertThat(codes(r)).contains("unparseable_cell");
  }

  /**
   * A scan's row of exactly as many cells as the template has columns, a blank first (the place of a label merged over
   * two columns) and a cell OCR could not read last, which may hold two counts (1 3 in one box: the border between
   * them lost): read as printed, every count would stand one column right of its own. Left empty, warned.
   */
  @Test
  void aRowWithABlankEndAndAnIllegibleCellThatMayHoldTwoIsLeftEmpty() {
    ProcessedReport r = process("illegible-two.txt", TITLE + SECTION_3 + "（一）予以公开\t\t5\t0\t0\t0\t0\t■\n" + SECTION_4);

    assertThat(row(r, "granted")).containsEntry("natural_person", null).containsEntry("commercial_enterprise", null)
        .containsEntry("other_org", null);
    assertThat(codes(r)).contains("extra_cells");
  }

  @Test
  void aBarePageNumberIsNoCellAndAnIllegibleCellKeepsItsPlace() {
    ProcessedReport r = process("pages.txt", TITLE + SECTION_3 + """
        自然人 法人或其他组织 总计
        一、本年新收政府信息公开申请数量 3 0 0 1 0 0 4
        二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1
        3
        测试镇2020年政府信息公开工作年度报告
        自然人 法人或其他组织 总计
        （一）予以公开 2 ■ 0 0 0 0 2
        """ + "（二）部分公开\t1\t0\t?\t0\t0\t0\t1\n" + """
        （三）不予公开
        4.保护第三方合法权益 ■ 33 0 0 0 0 33
        4
        5.属于三类内部事务信息 0 0 0 0 0 0 0
        （四）无法提供
        1.本机关不掌握相关政府信息 0 0 0 0 0 1
        5
        2.没有现成信息需要另行制作 5 0 0 0 0 0 5
        """ + SECTION_4 + """
        行政复议 行政诉讼
        未经复议直接起诉 复议后起诉
        4
        结果维持 结果纠正 其他结果 尚未审结 总计
        1 0 0 0 1 0 0 0 0 0 0 2 0 0 2
        """);
    assertThat(row(r, "carried_over")).containsEntry("natural_person", 1).containsEntry("total", 1);
    assertThat(row(r, "granted")).containsEntry("natural_person", 2).containsEntry("commercial_enterprise", null)
        .containsEntry("research_institution", 0).containsEntry("total", 2);
    assertThat(row(r, "partially_granted")).containsEntry("natural_person", 1).containsEntry("research_institution", null)
        .containsEntry("total", 1);
    assertThat(codes(r)).contains("illegible_cell");
    assertThat(row(r, "withheld_third_party")).containsEntry("natural_person", null).containsEntry("commercial_enterprise", 33)
        .containsEntry("total", 33);
    assertThat(row(r, "withheld_internal_affairs")).containsEntry("total", 0);
    assertThat(row(r, "unavailable_not_held")).containsEntry("other_org", null).containsEntry("total", null); // a cell lost
    assertThat(row(r, "unavailable_needs_creation")).containsEntry("natural_person", 5).containsEntry("total", 5);
    assertThat(r.tables().get("review_litigation").get(2)).containsEntry("corrected", 2).containsEntry("total", 2);
  }

  /**
   * Section 四 dumped by pdftotext from a table whose columns are narrower than a word: each outcome printed a character
   * a line, its count on the line after. A number between such pieces is the cell beside them, not a page number.
   */
  @Test
  void countsBetweenLabelsWrappedACharacterALineAreCells() {
    StringBuilder text = new StringBuilder(TITLE + SECTION_3 + "一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1\n" + SECTION_4);
    String[] proceedings = {"行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）"};
    String[] outcomes = {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};
    int[][] counts = {{3, 1, 12, 2, 18}, {4, 0, 1, 0, 5}, {2, 1, 0, 1, 4}};
    for (int p = 0; p < 3; p++) {
      text.append(proceedings[p]).append('\n');
      for (int o = 0; o < 5; o++) {
        outcomes[o].chars().forEach(c -> text.append((char) c).append('\n'));
        text.append(counts[p][o]).append('\n');
      }
    }
    ProcessedReport r = process("columns.txt", text + "五、存在的主要问题及改进情况\n");
    List<Map<String, Object>> review = r.tables().get("review_litigation");
    assertThat(review.get(0)).containsEntry("upheld", 3).containsEntry("other", 12).containsEntry("total", 18);
    assertThat(review.get(1)).containsEntry("upheld", 4).containsEntry("total", 5);
    assertThat(review.get(2)).containsEntry("corrected", 1).containsEntry("total", 4);
  }

  /**
   * A dump that lost some of section 四's cells (numbers wrapped inside their cells, read apart) leaves values between
   * the proceedings' labels but not five after each: in the template's order some would fill a proceeding whose label
   * is printed after them, so the section is left empty, never shifted.
   */
  @Test
  void section4ValuesThatWouldCrossTheNextProceedingsLabelAreLeftEmpty() {
    ProcessedReport r = process("lost.txt", TITLE + SECTION_3 + "一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1\n" + SECTION_4 + """
        行政复议
        结果维持 结果纠正 其他结果 尚未审结 总计
        行政诉讼
        未经复议直接起诉
        37 97 19 12 79 16
        6 6 1 0 27 56
        复议后起诉
        51 15 6
        五、存在的主要问题及改进情况
        """);
    assertThat(r.tables()).doesNotContainKey("review_litigation");
    assertThat(r.warnings()).anyMatch(w -> w.code().equals("row_unread") && w.message().startsWith("section 四"));
    // the same fifteen values after the labels printed as a header are the row the template's order gives
    ProcessedReport header = process("header.txt", TITLE + SECTION_3 + "一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1\n" + SECTION_4 + """
        行政复议 行政诉讼
        未经复议直接起诉 复议后起诉
        37 97 19 12 165 16 6 6 1 29 27 56 51 15 149
        五、存在的主要问题及改进情况
        """);
    assertThat(header.tables().get("review_litigation").get(2)).containsEntry("upheld", 27).containsEntry("total", 149);
  }

  /**
   * pdftotext's default dump of a table of narrow columns prints its cells in its own flow: five values after the label
   * of 未经复议直接起诉, ten after 复议后起诉, none after 行政复议. Whose they are is unknown even where the template's
   * order would make every proceeding add up: the section is left empty, never read in that order.
   */
  @Test
  void section4ValuesPartedByTheLabelsOtherwiseThanFiveEachAreLeftEmpty() {
    ProcessedReport r = process("flow.txt", TITLE + SECTION_3 + "一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1\n" + SECTION_4 + """
        行政复议
        行政诉讼
        未经复议直接起诉
        结果维持 结果纠正 其他结果 尚未审结 总计
        2 0 1 0 3
        复议后起诉
        结果维持 结果纠正 其他结果 尚未审结 总计
        4 0 1 0 5 0 1 0 2 3
        五、存在的主要问题及改进情况
        """);
    assertThat(r.tables()).doesNotContainKey("review_litigation");
    assertThat(r.warnings()).anyMatch(w -> w.code().equals("row_unread") && w.message().startsWith("section 四"));
  }

  /**
   * A text row printing one count more than the table's columns (a stray column of the published table): as for grid
   * cells, read where every run of seven reads the same, so which one is extra does not matter; left empty otherwise.
   */
  @Test
  void aTextRowWithOneCountTooManyIsReadOnlyWhereWhichIsExtraDoesNotMatter() {
    ProcessedReport r = process("extra.txt", TITLE + SECTION_3 + """
        一、本年新收政府信息公开申请数量 0 0 0 0 0 0 0 0
        二、上年结转政府信息公开申请数量 3 0 0 0 0 1 4 0
        四、结转下年度继续办理 0 0 0 0 0 0 0
        """ + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 0).containsEntry("total", 0);
    assertThat(r.warnings()).anyMatch(w -> w.code().equals("extra_cells") && w.message().contains("new_received"));
    assertThat(row(r, "carried_over")).containsEntry("natural_person", null).containsEntry("total", null);
  }

  /**
   * A grid line holding only pieces of labels wrapped down their columns (理 | 开 | 秘密: the group labels' characters
   * and the end of 1.属于国家秘密, as a PDF of narrow columns prints them) is no repeated column header: its row label
   * is read whole and keeps its values, while a header printed again after a page break is still dropped.
   */
  @Test
  void aLineOfWrappedLabelPiecesIsNoRepeatedHeader() {
    ProcessedReport r = process("pieces.txt", TITLE + SECTION_3 + """
        \t\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计
        三、本年度办\t（一）予以公开\t\t3\t0\t0\t0\t0\t0\t3
        \t（三）\t1.属于\t2\t0\t0\t0\t0\t1\t3
        \t不予公\t国家
        理\t开\t秘密
        \t\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计
        \t\t2.其他法律行政法规禁止公开\t1\t0\t0\t0\t0\t0\t1
        """ + SECTION_4);
    assertThat(row(r, "granted")).containsEntry("natural_person", 3).containsEntry("total", 3);
    assertThat(row(r, "withheld_state_secret")).containsEntry("natural_person", 2).containsEntry("other_org", 1).containsEntry("total", 3);
    assertThat(row(r, "withheld_law_forbidden")).containsEntry("natural_person", 1).containsEntry("total", 1);
  }

  /**
   * A grid row whose label names no row (OCR's {@code 办理} for 四、结转下年度继续办理) gives its values to no row above:
   * where a page cut the table's right columns, 总计 does not take 58 as its seventh cell; where the row is whole, its
   * values fill the one unlabelled template row by position. Whose they are may not be told (the rest of a label and
   * of a number wrapped onto a second line): the row above is left empty unless its own cells make a whole row.
   */
  @Test
  void aGridRowWhoseLabelNamesNoRowGivesItsValuesToNoRowAbove() {
    String head = TITLE + "## " + SECTION_3 + """
        | 类别 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
        | --- | --- | --- | --- | --- | --- | --- | --- |
        | 2.没有现成信息需要另行制作 | 4 | 0 | 0 | 0 | 0 | 0 | 4 |
        """;
    ProcessedReport cut = process("cut.md", head + """
        | （七）总计 | 640 | 28 | 0 | 0 | 3 | 2 |
        | 办理 | 58 |

        ## """ + SECTION_4);
    assertThat(row(cut, "total")).containsEntry("natural_person", null).containsEntry("total", null);
    assertThat(cut.warnings()).anySatisfy(w -> assertThat(w.message()).contains("'办理'"));
    ProcessedReport whole = process("whole.md", head + """
        | （七）总计 | 640 | 28 | 0 | 0 | 3 | 2 | 673 |
        | 办理 | 58 | 0 | 0 | 0 | 0 | 0 | 58 |

        ## """ + SECTION_4);
    assertThat(row(whole, "total")).containsEntry("natural_person", 640).containsEntry("total", 673);
    assertThat(row(whole, "carried_forward")).containsEntry("natural_person", 58).containsEntry("total", 58);
    // The rest of a label wrapped onto the next line, with the rest of a number wrapped in its column, is no row.
    ProcessedReport wrapped = process("wrapped.md", TITLE + "## " + SECTION_3 + """
        | 类别 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
        | --- | --- | --- | --- | --- | --- | --- | --- |
        | 一、本年新收政府信 | 247 | 18 | 0 | 3 | 9 | 1 | 258 |
        | 息公开申请数量 | 31 |
        | 二、上年结转政府信息公开申请数量 | 412 | 5 | 0 | 2 | 11 | 0 | 430 |

        ## """ + SECTION_4);
    assertThat(row(wrapped, "new_received")).containsEntry("natural_person", null).containsEntry("total", null);
    assertThat(row(wrapped, "carried_over")).containsEntry("natural_person", 412).containsEntry("total", 430);
    // A whole row whose columns sum to its total keeps its cells.
    ProcessedReport whole7 = process("kept.md", head + """
        | 3.补正后申请内容仍不明确 | 19 | 0 | 0 | 0 | 0 | 0 | 19 |
        | 办理 | 5 |

        ## """ + SECTION_4);
    assertThat(row(whole7, "unavailable_unclear")).containsEntry("natural_person", 19).containsEntry("total", 19);
  }

  /**
   * A grid row of counts whose label cells are blank, or hold only the rest of a group's label ({@code 开} of
   * （三）不予公开 wrapped), between two found rows with one template row between them: a row whose label OCR lost,
   * read as that row by position, its blanks in the label columns no cells.
   */
  @Test
  void aGridRowWhoseLabelWasLostIsTheTemplateRowBetweenItsNeighbours() {
    String head = TITLE + "## " + SECTION_3 + """
        | 类别 | | | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
        | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
        """;
    String after = """
        | | | 6.属于四类过程性信息 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |

        ## """ + SECTION_4;
    for (String lost : List.of("| | |", "| 开 | |")) {
      ProcessedReport r = process("lost.md", head + """
          | | （三）不予公开 | 4.保护第三方合法权益 | 2 | 0 | 0 | 0 | 0 | 1 | 3 |
          """ + lost + " 0 | 0 | 0 | 0 | 0 | 4 | 4 |\n" + after);
      assertThat(row(r, "withheld_third_party")).containsEntry("natural_person", 2).containsEntry("total", 3);
      assertThat(row(r, "withheld_internal_affairs")).containsEntry("other_org", 4).containsEntry("total", 4);
      assertThat(row(r, "withheld_process_info")).containsEntry("natural_person", 1).containsEntry("total", 1);
    }
  }

  /**
   * A label wrapped over three lines of a three-line table (no rules between rows) with its values level with the
   * middle line: the piece opening that line is the row's own label, not a row naming none.
   */
  @Test
  void aLabelPieceBeforeAnyCellOfItsRowIsThatRowsLabelWrapped() {
    ProcessedReport r = process("threeline.md", TITLE + "## " + SECTION_3 + """
        | 类别 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
        | --- | --- | --- | --- | --- | --- | --- | --- |
        | （一）予以公开 | 5 | 0 | 0 | 0 | 0 | 0 | 5 |
        | （二）部分公开（区分 |
        | 处理的，只计这一情 | 2 | 1 | 0 | 0 | 0 | 0 | 3 |
        | 形，不计其他情形） |
        | （三）不予公开 |

        ## """ + SECTION_4);
    assertThat(row(r, "partially_granted")).containsEntry("natural_person", 2).containsEntry("total", 3);
    assertThat(r.warnings()).noneMatch(w -> w.message().contains("只计这一情"));
  }

  /**
   * Rows written as sentences whose counts carry their counter ({@code 自然人5件}), parted by ；，、, spaces or tabs:
   * a counter after a column's count counts that cell, it makes no sentence of it.
   */
  @Test
  void aCounterAfterANamedCountKeepsTheCell() {
    ProcessedReport r = process("counted.txt", TITLE + SECTION_3 + """
        一、本年新收政府信息公开申请数量：自然人6件；商业企业2件；科研机构0件；社会公益组织1件；法律服务机构0件；其他3件；总计12件
        二、上年结转政府信息公开申请数量： 自然人1件 商业企业0件 科研机构0件 社会公益组织0件 法律服务机构0件 其他0件 总计1件
        （一）予以公开：自然人4件，商业企业1件，科研机构0件，社会公益组织1件，法律服务机构0件，其他2件，总计8件
        （二）部分公开：自然人2件、商业企业1件、科研机构0件、社会公益组织0件、法律服务机构0件、其他1件、总计4件
        2.重复申请：自然人1件\t商业企业0件\t科研机构0件\t社会公益组织0件\t法律服务机构0件\t其他0件\t总计1件
        （七）总计：自然人7件；商业企业2件；科研机构0件；社会公益组织1件；法律服务机构0件；其他3件；总计13件
        """ + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 6).containsEntry("other_org", 3).containsEntry("total", 12);
    assertThat(row(r, "carried_over")).containsEntry("natural_person", 1).containsEntry("total", 1);
    assertThat(row(r, "granted")).containsEntry("commercial_enterprise", 1).containsEntry("total", 8);
    assertThat(row(r, "partially_granted")).containsEntry("natural_person", 2).containsEntry("total", 4);
    assertThat(row(r, "not_processed_duplicate")).containsEntry("natural_person", 1).containsEntry("total", 1);
    assertThat(row(r, "total")).containsEntry("natural_person", 7).containsEntry("total", 13);
    assertThat(row(r, "total")).containsEntry("source", "table");
  }

  /**
   * Rows written as sentences that print some counts in Chinese numerals ({@code 自然人十四件}, {@code 其他零件}) and
   * others in digits: each is its column's count, so no digit count is taken for another column's or another row's.
   */
  @Test
  void countsInChineseNumeralsAmongDigitsKeepTheirColumns() {
    ProcessedReport r = process("numerals.txt", TITLE + SECTION_3 + """
        （三）不予公开中3.危及“三安全一稳定”：自然人零件，商业企业零件，科研机构0件，社会公益组织零件，法律服务机构零件，其他零件，总计零件。
        （三）不予公开中4.保护第三方合法权益：自然人零件，商业企业0件，科研机构零件，社会公益组织零件，法律服务机构0件，其他零件，总计0件。
        （三）不予公开中5.属于三类内部事务信息：自然人零件，商业企业零件，科研机构零件，社会公益组织零件，法律服务机构零件，其他0件，总计零件。
        （三）不予公开中6.属于四类过程性信息：自然人零件，商业企业零件，科研机构0件，社会公益组织零件，法律服务机构0件，其他0件，总计0件。
        （三）不予公开中7.属于行政执法案卷：自然人十四件，商业企业零件，科研机构0件，社会公益组织0件，法律服务机构零件，其他零件，总计14件。
        （三）不予公开中8.属于行政查询事项：自然人零件，商业企业二件，科研机构零件，社会公益组织0件，法律服务机构零件，其他零件，总计二件。
        """ + SECTION_4);
    assertThat(row(r, "withheld_enforcement_files")).containsEntry("natural_person", 14).containsEntry("commercial_enterprise", 0)
        .containsEntry("legal_service_org", 0).containsEntry("total", 14);
    assertThat(row(r, "withheld_query_matters")).containsEntry("natural_person", 0).containsEntry("commercial_enterprise", 2)
        .containsEntry("total", 2);
  }

  /**
   * A row whose sentence closes before any count (无。, 未发生。) has none: the named counts of the next sentence, whose
   * label names no row, are not its. 合计, 共计 and 累计 name the total column as 总计 does.
   */
  @Test
  void aRowStatedAsNoneTakesNoCountsOfTheNextSentenceAndEveryTotalsNameIsTheTotal() {
    ProcessedReport r = process("none.txt", TITLE + SECTION_3 + """
        一、本年新收政府信息公开申请数量：自然人6件；商业企业2件；其他3件；合计11件
        二、上年结转政府信息公开申请数量：自然人1件，共计1件。
        （四）无法提供1.本机关不掌握相关政府信息：无。
        （四）无法提供2.另需制作：社会公益组织1件，其他0件，总计1件。
        """ + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 6).containsEntry("other_org", 3).containsEntry("total", 11)
        .containsEntry("research_institution", null);
    assertThat(row(r, "carried_over")).containsEntry("natural_person", 1).containsEntry("total", 1);
    assertThat(r.tables().get("applications")).filteredOn(m -> "unavailable_not_held".equals(m.get("row_key")))
        .allSatisfy(m -> assertThat(m.get("social_welfare_org")).isNull()).allSatisfy(m -> assertThat(m.get("total")).isNull());
  }

  /**
   * Rows written as sentences that leave columns out, or list the names first and the counts after 分别为: each count
   * goes to the column it is named by, the columns left out stay empty with a warning, the row is not lost.
   */
  @Test
  void aRowWrittenAsASentenceThatLeavesColumnsOutKeepsTheNamedOnes() {
    ProcessedReport r = process("named.txt", TITLE + SECTION_3 + """
        一、本年新收政府信息公开申请数量：自然人6件；商业企业2件；科研机构0件；社会公益组织1件；法律服务机构0件；其他3件；总计12件
        二、上年结转政府信息公开申请数量：自然人、其他、总计分别为4、1、5件。
        （一）予以公开：自然人4件，商业企业1件，科研机构0件，法律服务机构0件，其他2件，总计8件
        （七）总计：自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他和总计分别是7件、2件、0件、1件、0件、3件、13件。
        """ + SECTION_4);
    assertThat(row(r, "carried_over")).containsEntry("natural_person", 4).containsEntry("commercial_enterprise", null)
        .containsEntry("other_org", 1).containsEntry("total", 5);
    assertThat(row(r, "granted")).containsEntry("natural_person", 4).containsEntry("social_welfare_org", null)
        .containsEntry("legal_service_org", 0).containsEntry("other_org", 2).containsEntry("total", 8);
    assertThat(row(r, "total")).containsEntry("natural_person", 7).containsEntry("social_welfare_org", 1).containsEntry("total", 13);
    assertThat(codes(r)).contains("column_not_stated");
  }

  /**
   * The columns' order said once before rows each listing its counts after 分别为 (以下各项数据依次为…): each row is read
   * under the stated order, Chinese numerals as their counts, a label ending with a column's name (（七）总计) too; a
   * row with more or fewer counts than the names stated is not read by position.
   */
  @Test
  void rowsListingTheirCountsInAnOrderStatedOnceAreReadInThatOrder() {
    ProcessedReport r = process("stated-order.txt", TITLE + SECTION_3 + """
        以下各项数据依次为自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他组织、总计的申请数。
        一、本年新收申请数分别为6、2、0、1、0、3、12件。
        二、上年结转申请数分别为零、零、零、零、零、二、二件。
        （一）予以公开分别为4、1、0、2件。
        （七）总计分别为7、2、0、1、0、3、13件。
        """ + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 6).containsEntry("commercial_enterprise", 2)
        .containsEntry("social_welfare_org", 1).containsEntry("other_org", 3).containsEntry("total", 12);
    assertThat(row(r, "carried_over")).containsEntry("natural_person", 0).containsEntry("other_org", 2).containsEntry("total", 2);
    assertThat(row(r, "total")).containsEntry("natural_person", 7).containsEntry("other_org", 3).containsEntry("total", 13);
    assertThat(r.tables().get("applications")).filteredOn(m -> "granted".equals(m.get("row_key")))
        .allSatisfy(m -> assertThat(m.get("natural_person")).isNull()).allSatisfy(m -> assertThat(m.get("total")).isNull());
  }

  /**
   * Rows whose label a comma closes before the columns' names and 分别为 (（七）总计，自然人、…分别为…): the label is read
   * as before a colon, each count under the column it names.
   */
  @Test
  void aRowLabelClosedByACommaBeforeItsNamedCountsIsReadAsBeforeAColon() {
    ProcessedReport r = process("comma-label.txt", TITLE + SECTION_3 + """
        一、本年新收申请数量，自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计分别为6、2、0、1、0、3、12件。
        （七）总计，自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计分别为7、2、0、1、0、3、13件。
        """ + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 6).containsEntry("other_org", 3).containsEntry("total", 12);
    assertThat(row(r, "total")).containsEntry("natural_person", 7).containsEntry("other_org", 3).containsEntry("total", 13);
  }

  /**
   * An ordinal printed apart from its label by a space, before its closing bracket ({@code 2 )其他法律…}) or without a
   * mark at the head of a row that names its columns ({@code 3 其他：自然人…}): it numbers the label, it is no cell of
   * the row before, and a generic label so numbered is its row.
   */
  @Test
  void anOrdinalPrintedApartFromItsLabelIsNoCell() {
    ProcessedReport r = process("ordinals.txt", "测试镇2022年政府信息公开工作年度报告\n" + SECTION_3 + """
        1.属于国家秘密：自然人1，商业企业0，科研机构0，社会公益组织0，法律服务机构0，其他0，总计1
        2 )其他法律行政法规禁止公开：自然人0，商业企业2，科研机构0，社会公益组织0，法律服务机构0，其他0，总计2
        2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请：自然人0、商业企业0、科研机构0、社会公益组织0、法律服务机构0、其他0、总计0
        3 其他：自然人3、商业企业0、科研机构1、社会公益组织0、法律服务机构0、其他0、总计4
        （七）总计：自然人9、商业企业5、科研机构1、社会公益组织0、法律服务机构0、其他0、总计15
        """ + SECTION_4);
    assertThat(row(r, "withheld_state_secret")).containsEntry("natural_person", 1).containsEntry("total", 1);
    assertThat(row(r, "withheld_law_forbidden")).containsEntry("commercial_enterprise", 2).containsEntry("total", 2);
    assertThat(row(r, "other_overdue_fee")).containsEntry("natural_person", 0).containsEntry("total", 0);
    assertThat(row(r, "other_other")).containsEntry("natural_person", 3).containsEntry("research_institution", 1).containsEntry("total", 4);
  }

  /**
   * A converter that repeats the merged group cells on each row, wrapping the label around the row's values: values
   * printed after a piece of the group label ({@code 三、} / values / {@code 本年度办理结果（四）无法提供3.补正后…}) are
   * the row's whose label follows them, never the row's before (which has its own) nor the next row's.
   */
  @Test
  void valuesInsideARepeatedGroupLabelAreTheRowsWhoseLabelFollows() {
    ProcessedReport r = process("groups.txt", TITLE + SECTION_3 + """
        自然人\t法人或其他组织\t总计
        商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他
        三、本年度办理结果（四）无法提供\t1.本机关不掌握相关政府信息\t3\t0\t0\t0\t0\t1\t4
        三、本年度办理结果\t（四）无法提供\t2.没有现成信息需要另行制作\t0\t2\t0\t0\t0\t0\t2
        三、\t5\t0\t1\t0\t0\t0\t6
        本年度办理结果 （四）无法提供\t3.补正后申请内容仍不明确
        三、本年度办理结果（五）不\t7\t0\t0\t0\t0\t2\t9
        予处理\t1.信访
        举报投诉类申请
        三、本年度办理结果（五）不予处理\t2.重复申请\t0\t0\t0\t0\t0\t0\t0
        """ + SECTION_4);
    assertThat(row(r, "unavailable_needs_creation")).containsEntry("commercial_enterprise", 2).containsEntry("total", 2);
    assertThat(row(r, "unavailable_unclear")).containsEntry("natural_person", 5).containsEntry("research_institution", 1)
        .containsEntry("total", 6);
    assertThat(row(r, "not_processed_petition")).containsEntry("natural_person", 7).containsEntry("other_org", 2)
        .containsEntry("total", 9);
    assertThat(row(r, "not_processed_duplicate")).containsEntry("natural_person", 0).containsEntry("total", 0);
  }

  /**
   * The same wrapping where a row's label is lost ({@code 三、本年度办理结果 （五）不予处} / values, the rest of
   * 5.要求行政机关确认… gone): the values may be that row's, so they are never taken for the next row found, （六）其他处理,
   * which keeps its own.
   */
  @Test
  void valuesInsideAGroupLabelBeforeAMissingRowAreNoLaterRows() {
    ProcessedReport r = process("lost.txt", TITLE + SECTION_3 + """
        自然人\t法人或其他组织\t总计
        商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他
        三、本年度办理结果（五）不予处理\t4.无正当理由大量反复申请\t1\t0\t0\t0\t0\t0\t1
        三、本年度办理结果\t（五）不予处\t2\t0\t0\t0\t0\t0\t2
        （六）其他处理\t3\t0\t0\t0\t0\t0\t3
        """ + SECTION_4);
    assertThat(row(r, "other")).containsEntry("natural_person", 3).containsEntry("total", 3);
  }

  /**
   * A label printed letter-spaced, its ordinal's period apart from its number ({@code 2 . 没 有 现 成 …}): the number
   * is the label's ordinal, no eighth cell of the row above, which keeps its seven counts.
   */
  @Test
  void aLetterSpacedOrdinalIsNoCellOfTheRowAbove() {
    ProcessedReport r = process("spaced.txt", TITLE + SECTION_3 + """
        自然人 法人或其他组织 总计
        商业企业 科研机构 社会公益组织 法律服务机构 其他
        （四）无法提供1.本机关不掌握相关政府信息 4 1 0 0 0 0 5
        2　.　没　有　现　成　信　息　需　要　另　行　制　作 0 0 0 0 0 0 0
        3 . 补 正 后 申 请 内 容 仍 不 明 确 2 0 0 0 0 0 2
        """ + SECTION_4);
    assertThat(row(r, "unavailable_not_held")).containsEntry("natural_person", 4).containsEntry("commercial_enterprise", 1)
        .containsEntry("total", 5);
    assertThat(row(r, "unavailable_needs_creation")).containsEntry("natural_person", 0).containsEntry("total", 0);
    assertThat(row(r, "unavailable_unclear")).containsEntry("natural_person", 2).containsEntry("total", 2);
  }

  /**
   * Section 四's table wider than its page, cut at its right edge (a scan or picture of it): fourteen cells under a
   * header naming the template's first fourteen columns in order are those columns' counts, the one cut off left empty
   * with a warning. A header one of whose names is out of the template's order places no cell; a section of no cells
   * and no header holds no table.
   */
  @Test
  void sectionFourCutAtItsRightEdgeIsReadUnderTheColumnsItsHeaderNames() {
    String head = "行政复议\t\t\t\t\t行政诉讼\n"
        + "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\n"
        + "\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t%s\n";
    String cells = "3\t1\t0\t2\t6\t0\t\t1\t0\t1\t2\t0\t0\t1\n五、存在的主要问题及改进情况\n";
    ProcessedReport r = process("cut.txt", TITLE + SECTION_4 + head.formatted("尚未审结") + cells);
    List<Map<String, Object>> review = r.tables().get("review_litigation");
    assertThat(review.get(0)).containsEntry("upheld", 3).containsEntry("corrected", 1).containsEntry("pending", 2).containsEntry("total", 6);
    assertThat(review.get(1)).containsEntry("upheld", 0).containsEntry("corrected", null).containsEntry("other", 1).containsEntry("total", 1);
    assertThat(review.get(2)).containsEntry("upheld", 2).containsEntry("pending", 1).containsEntry("total", null);
    assertThat(r.warnings()).anyMatch(w -> w.code().equals("columns_cut") && w.message().contains("the last 1 not printed"));

    ProcessedReport disordered = process("cut.txt", TITLE + SECTION_4 + head.formatted("总计") + cells);
    assertThat(disordered.tables()).doesNotContainKey("review_litigation");
    assertThat(disordered.warnings()).noneMatch(w -> w.code().equals("columns_cut"));

    ProcessedReport noCells = process("cut.txt", TITLE + SECTION_4 + "本机关未发生行政复议、行政诉讼案件。\n五、存在的主要问题及改进情况\n");
    assertThat(noCells.tables().getOrDefault("review_litigation", List.of())).noneMatch(m -> "table".equals(m.get("source")));
    assertThat(noCells.warnings()).noneMatch(w -> w.code().equals("columns_cut"));
  }

  /**
   * Section 四's rows written as sentences ({@code 行政复议：结果维持1件，…}) are table rows: read by the decoder, whose
   * tolerance of a misread label ({@code 复仪后起诉}) the sentence rules lack.
   */
  @Test
  void sectionFourRowsWrittenAsSentencesAreTableRows() {
    ProcessedReport r = process("review.txt", TITLE + SECTION_4 + """
        行政复议：结果维持1件，结果纠正0件，其他结果0件，尚未审结2件，总计3件
        行政诉讼（未经复议直接起诉）：结果维持0件，结果纠正1件，其他结果0件，尚未审结0件，总计1件
        行政诉讼（复仪后起诉）：结果维持2件，结果纠正0件，其他结果1件，尚未审结0件，总计3件
        五、存在的主要问题及改进情况
        """);
    List<Map<String, Object>> review = r.tables().get("review_litigation");
    assertThat(review).hasSize(3).allSatisfy(m -> assertThat(m).containsEntry("source", "table"));
    assertThat(review.get(0)).containsEntry("upheld", 1).containsEntry("pending", 2).containsEntry("total", 3);
    assertThat(review.get(2)).containsEntry("upheld", 2).containsEntry("other", 1).containsEntry("total", 3);
  }

  /**
   * A section written as sentences, one of whose numbers is printed with a space in it ({@code 部分公开2 0件}), holds
   * no table: not one row's worth of cells. Its sentences state their figures.
   */
  @Test
  void sentencesWithASpacedNumberAreNoTable() {
    ProcessedReport r = process("prose.txt", TITLE + SECTION_3 + """
        本年新收政府信息公开申请35件；上年结转政府信息公开申请2件。本年度办理结果中，予以公开14件，部分公开2 0件。结转下年度继续办理3件。
        """ + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("total", 35).containsEntry("source", "prose");
    assertThat(row(r, "carried_forward")).containsEntry("total", 3);
    assertThat(codes(r)).doesNotContain("short_row");
  }

  /**
   * A generic row's label printed after its group's in one piece of text ({@code （六）其他处理3.其他：}, or misprinted
   * {@code 其他处处理其他：}) is that row, not the wrapped head of the next row's ({@code （七）总计} once took its values).
   */
  @Test
  void aGenericLabelAfterItsGroupsLabelIsItsRow() {
    for (String printed : List.of("（六）其他处理3.其他", "其他处处理其他")) {
      ProcessedReport r = process("grouped.txt", "测试镇2022年政府信息公开工作年度报告\n" + SECTION_3 + """
          （六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请：自然人0件，商业企业0件，科研机构0件，社会公益组织0件，法律服务机构0件，其他0件，总计0件。
          （六）其他处理2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请：自然人0件，商业企业0件，科研机构0件，社会公益组织0件，法律服务机构0件，其他0件，总计0件。
          %s：自然人2件，商业企业0件，科研机构0件，社会公益组织0件，法律服务机构0件，其他0件，总计2件。
          总计：自然人8件，商业企业1件，科研机构0件，社会公益组织0件，法律服务机构0件，其他3件，总计12件。
          """.formatted(printed) + SECTION_4);
      assertThat(row(r, "other_other")).as(printed).containsEntry("natural_person", 2).containsEntry("total", 2);
      assertThat(row(r, "total")).as(printed).containsEntry("natural_person", 8).containsEntry("total", 12);
    }
  }

  /**
   * A group's ordinal printed with a digit in its brackets ({@code （６）其他处理３．其他}, a full-width copy making 六
   * a 6), before a generic row's label in one piece of text, is still the group's: the piece is the row 3.其他.
   */
  @Test
  void aGenericLabelAfterItsGroupsLabelWithADigitInItsBracketsIsItsRow() {
    ProcessedReport r = process("digit-group.txt", "测试镇2022年政府信息公开工作年度报告\n" + SECTION_3 + """
        （６）其他处理１．申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请　１　０　０　０　０　０　１
        （６）其他处理２．申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请　０　０　０　０　０　０　０
        （６）其他处理３．其他　２　０　０　０　０　１　３
        （７）总计　８　１　０　０　０　３　１２
        四、结转下年度继续办理　０　０　０　０　０　０　０
        """ + SECTION_4);
    assertThat(row(r, "other_other")).containsEntry("natural_person", 2).containsEntry("other_org", 1).containsEntry("total", 3);
    assertThat(row(r, "other_overdue_fee")).containsEntry("natural_person", 0).containsEntry("total", 0);
  }

  /**
   * A key naming every level of a generic row ({@code 三、本年度办理结果（六）其他处理3.其他：}) is that row: its values never
   * join the row before's.
   */
  @Test
  void aGenericLabelAfterTheSectionsAndItsGroupsLabelsIsItsRow() {
    ProcessedReport r = process("levels.txt", "测试镇2022年政府信息公开工作年度报告\n" + SECTION_3 + """
        三、本年度办理结果（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请：自然人0件，商业企业0件，科研机构0件，社会公益组织0件，法律服务机构0件，其他0件，总计0件。
        三、本年度办理结果（六）其他处理2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请：自然人1件，商业企业0件，其他0件，总计1件。
        三、本年度办理结果（六）其他处理3.其他：自然人4件，商业企业0件，科研机构0件，社会公益组织1件，法律服务机构0件，其他0件，总计5件。
        三、本年度办理结果（七）总计：自然人9件，商业企业1件，科研机构0件，社会公益组织1件，法律服务机构0件，其他0件，总计11件。
        """ + SECTION_4);
    assertThat(row(r, "other_other")).containsEntry("natural_person", 4).containsEntry("social_welfare_org", 1).containsEntry("total", 5);
    assertThat(r.tables().get("applications"))
        .noneMatch(m -> "other_overdue_fee".equals(m.get("row_key")) && Integer.valueOf(4).equals(m.get("natural_person")));
    assertThat(row(r, "total")).containsEntry("natural_person", 9).containsEntry("total", 11);
  }

  /**
   * One label cell holding two rows' labels, the second numbered at its end ({@code …公开申请3.其他}, as OCR merges
   * cells): the values beside it are the last label's, and the row before, printed with no value of its own, is empty.
   */
  @Test
  void valuesBesideACellEndingWithTheNextRowsNumberedLabelAreThatRows() {
    ProcessedReport r = process("merged.txt", "测试镇2022年政府信息公开工作年度报告\n" + SECTION_3 + """
        （六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请：自然人0件，商业企业0件，科研机构0件，社会公益组织0件，法律服务机构0件，其他0件，总计0件。
        2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请3.其他：自然人3件，商业企业0件，科研机构0件，社会公益组织2件，法律服务机构0件，其他0件，总计5件。
        （七）总计：自然人9件，商业企业1件，科研机构0件，社会公益组织2件，法律服务机构0件，其他0件，总计12件。
        """ + SECTION_4);
    assertThat(row(r, "other_other")).containsEntry("natural_person", 3).containsEntry("total", 5);
    assertThat(r.tables().get("applications"))
        .noneMatch(m -> "other_overdue_fee".equals(m.get("row_key")) && m.get("natural_person") != null);
  }

  /** Marks of none printed among a label's letter-spaced characters ({@code 无 无 正 当}: 无 printed twice) are its text. */
  @Test
  void marksAmongALabelsSpacedCharactersAreItsText() {
    ProcessedReport r = process("spaced.txt", "测试镇2022年政府信息公开工作年度报告\n" + SECTION_3 + """
        （六）其他处理1.申 请 人 无 无 正 当 理 由 逾 期 不 补 正 、 行 政 机 关 不 再 处 理 其 政 府 信 息 公 开 申 请： 自然人1，商业企业0，科研机构0，社会公益组织0，法律服务机构0，其他0，总计1
        2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请：自然人0，商业企业0，科研机构0，社会公益组织0，法律服务机构0，其他0，总计0
        """ + SECTION_4);
    assertThat(row(r, "other_overdue_correction")).containsEntry("natural_person", 1).containsEntry("total", 1);
  }

  /**
   * A label letter-spaced in its cell, one of its letters 无 printed after the letters before it at the end of the row's
   * line ({@code 1.申 请 人 无  1 0 0 0 0 1}, the label wrapping on): no cell marked none. The row, six figures for seven
   * columns, is left empty, never read with the 无 as its first cell.
   */
  @Test
  void aMarkEndingALetterSpacedLabelsStretchIsNoCell() {
    ProcessedReport r = process("ending.txt", "测试镇2022年政府信息公开工作年度报告\n" + SECTION_3 + """
        （六）其他处理 1.申 请 人 无          1     0      0       0            0       1
            正 当 理 由 逾 期 不 补 正 、 行 政 机 关 不 再 处 理 其 政 府 信 息 公 开 申 请
        2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 0 0 0 0 0 0 0
        3.其他 0 0 0 0 0 0 0
        """ + SECTION_4);
    assertThat(row(r, "other_overdue_correction")).containsEntry("natural_person", null)
        .containsEntry("commercial_enterprise", null).containsEntry("total", null);
    assertThat(codes(r)).contains("short_row");
  }

  /**
   * A row a layout left unplaced between the grids, its label and one figure on a line of their own (its other cells
   * blank): the grids alone are read, and the row, uncertain read from all the section's blocks, stays uncertain. Its
   * line is the table's, no sentence stating the row's total: the figure is not taken for one.
   */
  @Test
  void aRowsLineLeftBetweenTheGridsIsNoSentenceOfItsTotal() {
    ProcessedReport r = process("lone.txt", TITLE + SECTION_3 + """
        \t\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计
        一、本年新收政府信息公开申请数量\t3\t0\t0\t0\t0\t0\t3
        二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0
        三、本年度办理结果 （一）予以公开\t2\t0\t0\t0\t0\t0\t2
        （二）部分公开（区分处理的，只计这一情形，不计其他情形）\t0\t0\t0\t0\t0\t0\t0
        （三）不予公开 1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0
        2.其他法律行政法规禁止公开\t0\t0\t0\t0\t0\t0\t0
        3.危及“三安全一稳定”\t0\t0\t0\t0\t0\t0\t0
        4.保护第三方合法权益\t0\t0\t0\t0\t0\t0\t0
                   公开         5.属于三类内部事务信息                                  0件
        6.属于四类过程性信息\t0\t0\t0\t0\t0\t0\t0
        7.属于行政执法案卷\t0\t0\t0\t0\t0\t0\t0
        8.属于行政查询事项\t0\t0\t0\t0\t0\t0\t0
        （四）无法提供 1.本机关不掌握相关政府信息\t1\t0\t0\t0\t0\t0\t1
        2.没有现成信息需要另行制作\t0\t0\t0\t0\t0\t0\t0
        3.补正后申请内容仍不明确\t0\t0\t0\t0\t0\t0\t0
        （五）不予处理 1.信访举报投诉类申请\t0\t0\t0\t0\t0\t0\t0
        2.重复申请\t0\t0\t0\t0\t0\t0\t0
        3.要求提供公开出版物\t0\t0\t0\t0\t0\t0\t0
        4.无正当理由大量反复申请\t0\t0\t0\t0\t0\t0\t0
        5.要求行政机关确认或重新出具已获取信息\t0\t0\t0\t0\t0\t0\t0
        （六）其他处理\t0\t0\t0\t0\t0\t0\t0
        （七）总计\t3\t0\t0\t0\t0\t0\t3
        四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0
        """ + SECTION_4);
    assertThat(r.tables().get("applications")).noneMatch(m -> "withheld_internal_affairs".equals(m.get("row_key"))
        && m.get("total") != null);
    assertThat(codes(r)).contains("prose_not_used");
    assertThat(row(r, "total")).containsEntry("natural_person", 3).containsEntry("total", 3);
  }

  /**
   * A generic label with one speck OCR printed inside it, in the label or its ordinal ({@code （七）总·计}, {@code （'七）总计}),
   * is its row, with a warning; a mark ending the text is its own punctuation.
   */
  @Test
  void aGenericLabelWithAStrayMarkInsideIsItsRow() {
    for (String printed : List.of("（七）总·计", "（'七）总计")) {
      ProcessedReport r = process("speck.txt", TITLE + SECTION_3 + """
          （六）其他处理：自然人1，商业企业0，科研机构0，社会公益组织0，法律服务机构0，其他0，总计1
          %s：自然人9，商业企业2，科研机构0，社会公益组织0，法律服务机构1，其他0，总计12
          四、结转下年度继续办理：自然人0，商业企业0，科研机构0，社会公益组织0，法律服务机构0，其他0，总计0
          """.formatted(printed) + SECTION_4);
      assertThat(row(r, "total")).as(printed).containsEntry("natural_person", 9).containsEntry("total", 12);
      assertThat(codes(r)).as(printed).contains("label_fuzzy_match");
    }
  }

  /**
   * The same header with OCR's look-alike in a column's name (自然入) is read alike; one naming 总计 first whose other
   * names are not all read leaves the section empty with a warning (by position every cell would shift); lines naming
   * 自然人 and 总计 over the five, whose order across the lines is not known, keep the template's order.
   */
  @Test
  void aHeaderOutOfTheTemplatesOrderIsReadOnlyWhereItNamesEveryColumn() {
    String rows = """
        一、本年新收政府信息公开申请数量\t17\t6\t2\t0\t5\t1\t3
        二、上年结转政府信息公开申请数量\t2\t1\t0\t0\t1\t0\t0
        （七）总计\t16\t5\t2\t0\t6\t1\t2
        四、结转下年度继续办理\t3\t2\t0\t0\t0\t0\t1
        """;
    String others = "\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\n";
    ProcessedReport lookAlike = process("first.txt", TITLE + SECTION_3 + "\t总计\t自然入\t法人或其他组织\n" + others + rows + SECTION_4);
    assertThat(row(lookAlike, "new_received")).containsEntry("total", 17).containsEntry("natural_person", 6).containsEntry("other_org", 3);
    ProcessedReport garbled = process("first.txt", TITLE + SECTION_3 + "\t总计\t目然丫\t法人或其他组织\n" + others + rows + SECTION_4);
    assertThat(row(garbled, "new_received")).containsEntry("total", null).containsEntry("natural_person", null);
    assertThat(codes(garbled)).contains("columns_out_of_order");
    ProcessedReport twoLines = process("lines.txt", TITLE + SECTION_3 + "自然人  总计\n商业企业  科研机构  社会公益组织  法律服务机构  其他\n"
        + rows.replace("\t", "  ") + SECTION_4);
    assertThat(row(twoLines, "new_received")).containsEntry("natural_person", 17).containsEntry("total", 3);
  }

  /**
   * Labels whose characters OCR printed as look-alikes (处理 as 外埋, 总计 as 总汁) are their rows, with a warning:
   * the short generic label too, and a phrase with two look-alikes, beyond the one misread character a label may have.
   */
  @Test
  void labelsPrintedWithLookAlikeCharactersAreTheirRows() {
    ProcessedReport r = process("ocr.txt", TITLE + SECTION_3 + """
        一、本年新收政府信息公开申请数量	4	1	0	0	2	0	7
        二、上年结转政府信息公开申请数量	1	0	0	0	0	0	1
        三、本年度办理结果	（一）予以公开	3	1	0	0	1	0	5
        	（六）其他外埋	1	0	0	0	0	0	1
        	（七）总汁	4	1	0	0	1	0	6
        四、结转下年度继续办理	1	0	0	0	1	0	2
        """ + SECTION_4);
    assertThat(row(r, "other")).containsEntry("natural_person", 1).containsEntry("total", 1);
    assertThat(row(r, "total")).containsEntry("natural_person", 4).containsEntry("legal_service_org", 1).containsEntry("total", 6);
    assertThat(row(r, "carried_forward")).containsEntry("legal_service_org", 1).containsEntry("total", 2);
    assertThat(codes(r)).contains("label_fuzzy_match").doesNotContain("unknown_row");
  }

  /**
   * OCR prints 请 as 清 (讠 read as 氵) and may drop a character besides: {@code 2.复申清} is 2.重复申请, with a warning.
   */
  @Test
  void aLabelWithQingForQingAndADroppedCharacterIsItsRow() {
    ProcessedReport r = process("qing.txt", TITLE + SECTION_3 + """
        （五）不予处理 1.信访举报投诉类申清 0 0 0 0 0 0 0
        2.复申清 4 0 1 0 0 0 5
        3.要求提供公开出版物 0 0 0 0 0 0 0
        """ + SECTION_4);
    assertThat(row(r, "not_processed_duplicate")).containsEntry("natural_person", 4).containsEntry("research_institution", 1)
        .containsEntry("total", 5);
    assertThat(codes(r)).contains("label_fuzzy_match").doesNotContain("unknown_row");
  }

  /**
   * A generic label that lost its first or last character after its ordinal, right before its values
   * ({@code （七）总}, {@code （七）计}: OCR dropped the other), is its row, with a warning.
   */
  @Test
  void aGenericLabelThatLostAnEndCharacterBeforeItsValuesIsItsRow() {
    for (String printed : List.of("（七）总", "（七）计")) {
      ProcessedReport r = process("dropped.txt", TITLE + SECTION_3 + """
          一、本年新收政府信息公开申请数量 6 2 0 1 0 0 9
          二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0
          （一）予以公开 5 2 0 1 0 0 8
          （六）其他处理 1 0 0 0 0 0 1
          %s 6 2 0 1 0 0 9
          四、结转下年度继续办理 0 0 0 0 0 0 0
          """.formatted(printed) + SECTION_4);
      assertThat(row(r, "total")).as(printed).containsEntry("natural_person", 6).containsEntry("social_welfare_org", 1)
          .containsEntry("total", 9);
      assertThat(codes(r)).as(printed).contains("label_fuzzy_match");
    }
  }

  /** Section 三 of a few rows, as two tables each naming its columns (three, then four). */
  private static final String HALVES = """
      | 项目 | 自然人 | 商业企业 | 科研机构 |
      | --- | --- | --- | --- |
      | 一、本年新收政府信息公开申请数量 | 4 | 2 | 1 |
      | （一）予以公开 | 3 | 1 | 0 |
      | （七）总计 | 4 | 2 | 1 |

      （续表）

      | 项目 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
      | --- | --- | --- | --- | --- |
      | 一、本年新收政府信息公开申请数量 | 0 | 1 | 0 | 8 |
      | （一）予以公开 | 0 | 1 | 0 | 5 |
      | （七）总计 | 0 | 1 | 0 | %s |
      """;

  @Test
  void aMatrixPrintedAsTwoTablesNamingTheirColumnsFillsEachTablesColumns() {
    ProcessedReport r = process("halves.md", TITLE + SECTION_3 + HALVES.formatted("8") + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 4).containsEntry("commercial_enterprise", 2)
        .containsEntry("research_institution", 1).containsEntry("social_welfare_org", 0).containsEntry("legal_service_org", 1)
        .containsEntry("other_org", 0).containsEntry("total", 8);
    assertThat(row(r, "granted")).containsEntry("natural_person", 3).containsEntry("legal_service_org", 1).containsEntry("total", 5);
    assertThat(row(r, "total")).containsEntry("research_institution", 1).containsEntry("total", 8);
    assertThat(codes(r)).contains("columns_by_name");
  }

  /**
   * A header printing 总计 before the applicant columns, 法人或其他组织 over the five on its next line (as text lines,
   * and as a grid repeating the spanning word in each column): each row's cells are read in the header's order.
   */
  @Test
  void aHeaderPrintingTheTotalFirstPlacesEachCellInTheColumnItNames() {
    String lines = """
        （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况
        \t总计\t自然人\t法人或其他组织
        \t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他
        """;
    String grid = """
        | 项目 | 总计 | 自然人 | 法人或其他组织 | 法人或其他组织 | 法人或其他组织 | 法人或其他组织 | 法人或其他组织 |
        | --- | --- | --- | --- | --- | --- | --- | --- |
        | 项目 | 总计 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |
        """;
    for (String header : List.of(lines, grid)) {
      String sep = header == lines ? "\t" : " | ";
      String open = header == lines ? "" : "| ";
      String close = header == lines ? "" : " |";
      ProcessedReport r = process(header == lines ? "first.txt" : "first.md", TITLE + SECTION_3 + header
          + open + String.join(sep, "一、本年新收政府信息公开申请数量", "17", "6", "2", "0", "5", "1", "3") + close + "\n"
          + open + String.join(sep, "二、上年结转政府信息公开申请数量", "2", "1", "0", "0", "1", "0", "0") + close + "\n"
          + open + String.join(sep, "（七）总计", "16", "5", "2", "0", "6", "1", "2") + close + "\n"
          + open + String.join(sep, "四、结转下年度继续办理", "3", "2", "0", "0", "0", "0", "1") + close + "\n"
          + SECTION_4);
      assertThat(row(r, "new_received")).as(header).containsEntry("total", 17).containsEntry("natural_person", 6)
          .containsEntry("commercial_enterprise", 2).containsEntry("social_welfare_org", 5).containsEntry("other_org", 3);
      assertThat(row(r, "total")).as(header).containsEntry("total", 16).containsEntry("natural_person", 5)
          .containsEntry("other_org", 2);
      assertThat(row(r, "carried_forward")).as(header).containsEntry("total", 3).containsEntry("other_org", 1);
      assertThat(codes(r)).as(header).contains("columns_by_name");
    }
  }

  /**
   * A browser's text copy of a header whose cells break their words (科研<br>机构): each break ends a line inside the
   * header, the word's pieces on two lines. Joined again, the header names its columns in its own order and each cell
   * goes to the column it names; left apart, 机构 passed for a corner and the rows were read in the template's order.
   */
  @Test
  void aHeaderWordBrokenOverTwoLinesNamesItsColumn() {
    String brokenInGrid = """
        申请情况\t自然人\t商业
        企业\t科研
        机构\t法律服务机构\t社会公
        益组织\t其他\t总计
        """;
    String brokenBetweenGrids = """
        \t申请人情况
        自然人\t法人或其他组织\t总计
        科研
        机构\t商业企业\t社会公益组织\t法律服务机构\t其他
        """;
    String brokenAfterAShortName = """
        \t申请人情况
        自然人\t法人或其他组织\t总计
        \t社会公益组织\t法律服务
        机构\t商业企业\t科研机构\t其他
        """;
    // the counts 4, 2, 7, 1 of each header's organisations in its order: commercial, research, social, legal
    Map<String, List<Integer>> organisations = Map.of(brokenInGrid, List.of(4, 2, 1, 7), brokenBetweenGrids, List.of(2, 4, 7, 1),
        brokenAfterAShortName, List.of(7, 1, 4, 2));
    organisations.forEach((header, counts) -> {
      ProcessedReport r = process("broken.txt", TITLE + SECTION_3 + header
          + String.join("\t", "一、本年新收政府信息公开申请数量", "9", "4", "2", "7", "1", "3", "26") + "\n"
          + String.join("\t", "二、上年结转政府信息公开申请数量", "0", "0", "0", "0", "0", "0", "0") + "\n"
          + SECTION_4);
      assertThat(row(r, "new_received")).as(header).containsEntry("natural_person", 9)
          .containsEntry("commercial_enterprise", counts.get(0)).containsEntry("research_institution", counts.get(1))
          .containsEntry("social_welfare_org", counts.get(2)).containsEntry("legal_service_org", counts.get(3))
          .containsEntry("other_org", 3).containsEntry("total", 26);
      assertThat(codes(r)).as(header).contains("columns_by_name");
    });
  }

  /** Rows of section 三 with their counts in a header's order 自然人 科研机构 商业企业 社会公益组织 法律服务机构 其他 总计. */
  private static final String SWAPPED_ROWS = """
      一、本年新收政府信息公开申请数量  6  2  1  0  0  0  9
      二、上年结转政府信息公开申请数量  1  0  3  0  0  0  4
      （七）总计  5  2  4  0  0  0  11
      四、结转下年度继续办理  2  0  0  0  0  0  2
      """;

  private static void assertSwappedRead(ProcessedReport r, String as) {
    assertThat(row(r, "new_received")).as(as).containsEntry("natural_person", 6).containsEntry("research_institution", 2)
        .containsEntry("commercial_enterprise", 1).containsEntry("total", 9);
    assertThat(row(r, "carried_over")).as(as).containsEntry("research_institution", 0).containsEntry("commercial_enterprise", 3);
    assertThat(row(r, "total")).as(as).containsEntry("research_institution", 2).containsEntry("commercial_enterprise", 4);
  }

  /**
   * A header naming the five 法人或其他组织 columns in another order than the template's, printed again after a page
   * break without its second line or with its words wrapped in narrow cells: the section is read in the order the
   * whole header names, which the repetition does not contradict.
   */
  @Test
  void aHeaderPrintedAgainInPartKeepsTheOrderItsWholePrintingNames() {
    String whole = "        自然人    法人或其他组织    总计\n        科研机构  商业企业  社会公益组织  法律服务机构  其他\n";
    String[] rows = SWAPPED_ROWS.split("\n");
    for (String again : List.of("        自然人    法人或其他组织    总计\n",
        "        自然人    法人或其他组织    总计\n        科研  商业  社会  法律  其他\n        机构  企业  公益组织  服务机构\n")) {
      ProcessedReport r = process("again.txt", TITLE + SECTION_3 + whole + rows[0] + "\n" + rows[1] + "\n- 2 -\n" + again
          + rows[2] + "\n" + rows[3] + "\n" + SECTION_4);
      assertSwappedRead(r, again);
      assertThat(codes(r)).as(again).contains("columns_by_name");
    }
  }

  /** A header whose words wrap in narrow cells ({@code 科研} / {@code 机构}) names its columns by their first lines. */
  @Test
  void headerWordsWrappedInNarrowCellsNameTheirColumnsInPrintOrder() {
    ProcessedReport r = process("wrapped.txt", TITLE + SECTION_3 + """
                自然人    法人或其他组织    总计
                          科研  商业  社会  法律  其他
                          机构  企业  公益组织  服务机构
        """ + SWAPPED_ROWS + SECTION_4);
    assertSwappedRead(r, "wrapped");
  }

  /**
   * The same in a converter's grid: the header printed again after the page break with the organisations' names
   * wrapped over two rows of narrow cells, the first naming the columns, the second adding nothing.
   */
  @Test
  void aGridHeaderPrintedAgainWithItsNamesWrappedKeepsTheOrder() {
    String top = "| 项目 | 自然人 | 法人或其他组织 |  |  |  |  | 总计 |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n";
    String[] rows = SWAPPED_ROWS.lines().map(l -> "| " + l.strip().replaceAll(" +", " | ") + " |").toArray(String[]::new);
    ProcessedReport r = process("again.md", TITLE + SECTION_3 + top
        + "|  |  | 科研机构 | 商业企业 | 社会公益组织 | 法律服务机构 | 其他 |  |\n" + rows[0] + "\n" + rows[1] + "\n\n- 2 -\n\n" + top
        + "|  |  | 科研 | 商业 | 社会 | 法律 | 其他 |  |\n|  |  | 机构 | 企业 | 公益组织 | 服务机构 |  |  |\n" + rows[2] + "\n" + rows[3]
        + "\n\n" + SECTION_4);
    assertSwappedRead(r, "grid");
  }

  /**
   * Wrapped header words naming a 小计 after the organisations: rows printing one cell more drop their subtotal, and a
   * row printing a cell less, its blank not placed, is left empty rather than read shifted.
   */
  @Test
  void wrappedHeaderWordsNamingASubtotalTellRowsOfOneCellMore() {
    ProcessedReport r = process("subtotal.txt", TITLE + SECTION_3 + """
                自然人    法人或其他组织    总计
                          商业  科研  社会  法律  其他  小计
                          企业  机构  公益组织  服务机构
        一、本年新收政府信息公开申请数量  6  1  2  0  0  0  3  9
        二、上年结转政府信息公开申请数量  1  3  0  0  0  0  3  4
        （七）总计  0  4  2  0  0  0  6  11
        四、结转下年度继续办理  2  0  0  0  0  0  2
        """ + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 6).containsEntry("research_institution", 2)
        .containsEntry("total", 9);
    assertThat(row(r, "carried_over")).containsEntry("commercial_enterprise", 3).containsEntry("total", 4);
    assertThat(row(r, "carried_forward")).containsEntry("natural_person", null).containsEntry("total", null);
  }

  /**
   * The same header naming the organisations in another order (科研 before 商业): the subtotal is still after the five,
   * so rows printing one cell more drop it where it is their sum and read the rest in the header's order; a row where
   * it is not keeps too many cells to be read.
   */
  @Test
  void aSubtotalUnderAHeaderNamingTheOrganisationsInAnotherOrderIsDropped() {
    ProcessedReport r = process("subtotal-order.txt", TITLE + SECTION_3 + """
                自然人    法人或其他组织    总计
                          科研  其他  法律  社会  商业  小计
                          机构      服务机构 公益组织 企业
        一、本年新收政府信息公开申请数量  6  2  0  1  0  4  7  13
        二、上年结转政府信息公开申请数量  1  0  3  0  0  0  3  4
        （七）总计  0  4  2  0  0  0  5  11
        """ + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 6).containsEntry("research_institution", 2)
        .containsEntry("legal_service_org", 1).containsEntry("commercial_enterprise", 4).containsEntry("total", 13);
    assertThat(row(r, "carried_over")).containsEntry("other_org", 3).containsEntry("commercial_enterprise", 0)
        .containsEntry("total", 4);
    assertThat(row(r, "total")).containsEntry("natural_person", null).containsEntry("total", null);
  }

  /**
   * The same header copied one cell a line (a browser's copy of the table), its 小计 among the organisations' names:
   * the header still names every column, in its order, and the subtotal after the five.
   */
  @Test
  void aHeaderCopiedOneCellALineNamingASubtotalPlacesTheColumnsInItsOrder() {
    ProcessedReport r = process("subtotal-lines.txt", TITLE + SECTION_3 + String.join("\n", "申请人情况", "自然人", "法人或其他组织",
        "总计", "法律服务机构", "社会公益组织", "科研机构", "商业企业", "其他", "小计",
        "一、本年新收政府信息公开申请数量", "5", "1", "0", "2", "3", "4", "10", "15",
        "二、上年结转政府信息公开申请数量", "1", "0", "0", "0", "2", "0", "2", "3", "") + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 5).containsEntry("legal_service_org", 1)
        .containsEntry("social_welfare_org", 0).containsEntry("research_institution", 2).containsEntry("commercial_enterprise", 3)
        .containsEntry("other_org", 4).containsEntry("total", 15);
    assertThat(row(r, "carried_over")).containsEntry("commercial_enterprise", 2).containsEntry("total", 3);
  }

  /**
   * Rows placed by position with blank cells (read as a grid) under wrapped header words printed as lines of text
   * naming a 小计 after the organisations: a row of one cell more loses its subtotal where it is the five's sum or left
   * blank, as under the grid's own header row; a row where it is neither keeps too many cells to be read.
   */
  @Test
  void aTextHeaderNamingASubtotalTellsAGridsRowsOfOneCellMore() {
    ProcessedReport r = process("grid-subtotal.txt", TITLE + SECTION_3 + """
                                自然人        法人或其他组织               总计
                                       商业  科研  社会  法律  其他  小计
                                       企业  机构 公益组织 服务机构
        一、本年新收政府信息公开申请数量  31    12    4     -     1     6     23    54
        二、上年结转政府信息公开申请数量  2     0     3     1     0     0           6
        （七）总计                        8     1     -     0     2     0     3     11
        四、结转下年度继续办理            3     1     0     0     0     0     2     4
        """ + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 31).containsEntry("commercial_enterprise", 12)
        .containsEntry("social_welfare_org", null).containsEntry("legal_service_org", 1).containsEntry("total", 54);
    assertThat(row(r, "carried_over")).containsEntry("research_institution", 3).containsEntry("social_welfare_org", 1)
        .containsEntry("total", 6);
    assertThat(row(r, "total")).containsEntry("natural_person", 8).containsEntry("total", 11);
    assertThat(row(r, "carried_forward")).containsEntry("natural_person", null).containsEntry("total", null);
  }

  /**
   * A text that leaves its blank cells out, a row's label split by a group label's piece so that it is not found: its
   * figures follow the row before, which then prints more figures than columns, all 0. Which are that row's is not
   * known (its blanks are none of them), so it is left empty rather than read as seven 0s.
   */
  @Test
  void moreFiguresThanColumnsInATextLeavingBlanksOutAreNotReadAsARowOfZeros() {
    ProcessedReport r = process("lost-label.txt", TITLE + SECTION_3 + """
        一、本年新收政府信息公开申请数量
                                         4      1      2      7
        （三）不予公开
                6.属于四类过程性信息
                                         0      0      0      0
                7.属于行政执法案卷
                                         0      0      0
                （8）属于行政询
        三.     事项
        本年度                           0      0      0      0      0
        """ + SECTION_4);
    assertThat(row(r, "withheld_enforcement_files")).containsEntry("natural_person", null).containsEntry("total", null);
    assertThat(codes(r)).contains("extra_cells");
  }

  /**
   * Rows placed by position with blank cells (read as a grid) under a header printed as lines of text naming the
   * organisations in another order: the header places the cells; the grid read alone would place them by position.
   */
  @Test
  void aTextHeaderOverRowsPlacedByPositionPlacesTheirCells() {
    ProcessedReport r = process("placed.txt", TITLE + SECTION_3 + """
                                            自然人    法人或其他组织    总计
                                                 科研机构 商业企业 社会公益组织 法律服务机构 其他
            一、本年新收政府信息公开申请数量  6       2       1       0       0       0       9
            二、上年结转政府信息公开申请数量  1               3       0       0       0       4
            （七）总计                        5       2       4       0       0       0       11
            四、结转下年度继续办理            2       0               0       0       0       2
        """ + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("research_institution", 2).containsEntry("commercial_enterprise", 1)
        .containsEntry("total", 9);
    assertThat(row(r, "carried_over")).containsEntry("research_institution", null).containsEntry("commercial_enterprise", 3);
    assertThat(row(r, "total")).containsEntry("research_institution", 2).containsEntry("commercial_enterprise", 4);
  }

  /**
   * A table printing a column the template lacks (a subtotal its header does not name): rows print 8 figures. A row
   * whose first cell is blank then prints 7 figures after it; dropping the blank as a label's place would shift every
   * figure one column left, so the row is left empty with a warning.
   */
  @Test
  void aBlankEndIsARowsCellWhereOtherRowsPrintAColumnMore() {
    ProcessedReport r = process("wider.txt", TITLE + SECTION_3 + """
                                                        申请人情况
                                        自然人        法人或其他组织               总计
                                             商业企业 科研机构 社会公益组织 法律服务机构 其他
        一、本年新收政府信息公开申请数量  21    5     6     1     2     3     17    38
        二、上年结转政府信息公开申请数量  1     0     1     0     0     1     2     3
        三、（一）予以公开                9     2     2     0     1     1     6     15
        （二）部分公开                    2     1     1     0     0     0     2     4
        1.属于国家秘密                    0     0     0     0     0     0     0     0
        4.无正当理由大量反复申请                0     7     0     0     0     7     7
        （七）总计                        22    5     7     1     2     4     19    41
        四、结转下年度继续办理            0     0     0     0     0     0     0     0
        """ + SECTION_4);
    Map<String, Object> excessive = row(r, "not_processed_excessive");
    assertThat(excessive.get("commercial_enterprise")).isNull();
    assertThat(excessive.get("research_institution")).isNull();
    assertThat(r.warnings()).anyMatch(w -> w.code().equals("extra_cells") && w.message().contains("not_processed_excessive")
        && w.message().contains("a column more"));
  }

  /**
   * A layout text printing 总计 only on the key rows, each row's figures on a line below its label: a line whose 总计
   * is blank then prints blanks at both ends of its grid row. The rows printing 总计 show the first place to be the
   * label's, so the blank at the end is the row's 总计 left blank, though dropping it instead happens to meet the sum
   * (2 + 0 + 1 + 0 = 3, the 3 under 其他).
   */
  @Test
  void aBlankTotalIsTheRowsOwnWhereRowsPrintingTheirTotalShowTheLabelsPlace() {
    ProcessedReport r = process("blank-totals.txt", TITLE + SECTION_3 + """
        （本列数据的勾稽关系为：第一项加第二项之                       申请人情况
        和，等于第三项加第四项之和）              自然人            法人或其他组织            总计
                                                          商业企业  科研机构  社会公益组织  法律服务机构  其他
        一、本年新收政府信息公开申请数量
                                                      3                    2             5     10
        二、上年结转政府信息公开申请数量
                                                      0                    4             0      4
                 （一）予以公开
                                                     2             0      1      0      3
                 （二）部分公开（区分处理的，
                 只计这一情形，不计其他情形）
                                                     1      0      0      0      0
        """ + SECTION_4);
    assertThat(row(r, "granted")).containsEntry("natural_person", 2).containsEntry("commercial_enterprise", null)
        .containsEntry("social_welfare_org", 1).containsEntry("legal_service_org", 0).containsEntry("other_org", 3)
        .containsEntry("total", null);
    assertThat(codes(r)).doesNotContain("extra_cells");
  }

  /**
   * Labels letter-spaced glyph by glyph, their ordinal's number apart from its 、 ({@code 2 、其他…},
   * {@code 4 、 保 护 第 三 方}): the number is the label's ordinal, no count of the row above, whose own counts stand.
   */
  @Test
  void aLetterSpacedLabelsOrdinalApartFromItsMarkIsNoCountOfTheRowAbove() {
    ProcessedReport r = process("spaced.txt", TITLE + SECTION_3 + """
                                                        申请人情况
                                        自然人        法人或其他组织         总计
                                             商业企业 科研机构 社会公益组织 法律服务机构 其他
        一、本年新收政府信息公开申请数量        3     0     0     0     0     0     3
        二、上年结转政府信息公开申请数量        0     0     0     0     0     0     0
        （一）予以公开                          3     0     0     0     0     0     3
        1.属于国家秘密                          0     0     0     0     0     0     0
        2 、其他法律行政法规禁止公开            0     0     0     0     0     0     0
        3.危及“三安全一稳定”                  0     0     0     0     0     0     0
        4 、 保 护 第 三 方 合 法 权 益         0     0     0     0     0     0     0
        5 、 属 于 三 类 内 部 事 务 信 息     0     0     0     0     0     0     0
        （七）总计                              3     0     0     0     0     0     3
        四、结转下年度继续办理                  0     0     0     0     0     0     0
        """ + SECTION_4);
    for (String key : List.of("withheld_state_secret", "withheld_law_forbidden", "withheld_safety_stability",
        "withheld_third_party", "withheld_internal_affairs")) {
      assertThat(row(r, key)).as(key).containsEntry("natural_person", 0).containsEntry("total", 0);
    }
  }

  /**
   * A table placed by position printing 总计 only on the rows the identities join: wrapped labels part the detail rows
   * from the rows that fill the column, and their blank 总计 is still a blank cell in its place, not a column past
   * the table's edge.
   */
  @Test
  void aTotalColumnBlankOnTheRowsBetweenWrappedLabelsKeepsItsPlace() {
    ProcessedReport r = process("totals.txt", TITLE + SECTION_3 + """
                                                        申请人情况
                                        自然人        法人或其他组织         总计
                                             商业企业 科研机构 社会公益组织 法律服务机构 其他
        一、本年新收政府信息公开申请数量        0     1     0     0     0     3     4
        二、上年结转政府信息公开申请数量        0     2     0     0     0     0     2
        （一）予以公开                          0     3     0     0     0     0
        （二）部分公开（区分处理的，只计这一    0     0     0     0     0     0
        情形，不计其他情形）
        1.属于国家秘密                          0     0     0     0     0     0
        2.其他法律行政法规禁止公开              0     0     0     0     0     0
        3.危及“三安全一稳                      0     0     0     0     0     3
        定”
        （七）总计                              0     3     0     0     0     3     6
        四、结转下年度继续办理                  0     0     0     0     0     0     0
        """ + SECTION_4);
    assertThat(row(r, "withheld_state_secret")).containsEntry("natural_person", 0).containsEntry("other_org", 0)
        .containsEntry("total", null);
    assertThat(row(r, "withheld_safety_stability")).containsEntry("other_org", 3).containsEntry("total", null);
  }

  /**
   * Rows placed by position across page breaks, a blank cell between the counts of a row that is placed by position:
   * the row is no whole row of counts to sum, and reading it costs no more than its own cells.
   */
  @Test
  void aBlankCellBetweenCountsOfARowPlacedByPositionIsNoCountToSum() {
    ProcessedReport r = process("gaps.txt", TITLE + SECTION_3 + """
            3.危及“三安全一稳定”      0     0     0     0     0     0     0
        果  6.属 于四类过程性信息     0     0     0     0     0           0

        - 3 -
        测试镇2020年政府……


        — 4 —
        测试镇2020年政府信息公开工作年度报告

                                                    申请人情况
                                    自然人        法人或其他组织         总计
                                         商业企业 科研机构 社会公益组织 法律服务机构 其他
            1.本机关不掌握相关政府
            信息                            0     0     0     0     2     2
            2.没有现成信息需要另行
            制作                      0     0     2     0     0     0     2
            3..补 正后申请内容仍
            不明确                    2                 0           0     2
            1.信访举报投诉类申请      0     0     0           0           0
            2.重复申请                0     0           0     0     2     2
            3.要求 提供公开出版物     0     0     0     0     0
            4.无正当埋由大量反复申
            请                        0           0     0     0     3     3
            5.要求行政机关确认或重
            新出 具已获取信息         0     0                 0     0     0
            （六）其他处理            0                       0     3     3
            （七)总计                 5     2     3           0     14    24
            四、结转下年度继续办理          0     1     1     1     0     3
        """ + SECTION_4);
    assertThat(codes(r)).doesNotContain("extractor_failed");
    assertThat(r.tables().get("applications")).isNotEmpty();
  }

  /**
   * A tab-separated row a page break cut: its first cells after its label, the page's footer and running head, then the
   * rest on a row whose label places are blank. Together they make a whole row summing to its total, read as one; a
   * rest that does not sum with them may be another row's, and the row stays empty.
   */
  @Test
  void aRowAPageBreakCutIsReadWholeWhereItsPartsSumToItsTotal() {
    String before = TITLE + SECTION_3 + "一、本年新收政府信息公开申请数量\t5\t0\t0\t0\t0\t0\t5\n"
        + "\t（五）不予处理\t1.信访举报投诉类申请\t103\t2\t0\n第 2 页 共 8 页\n\n测试镇政务公开\n";
    String after = "\t\t2.重复申请\t0\t0\t0\t0\t0\t0\t0\n" + SECTION_4;
    ProcessedReport whole = process("cut.txt", before + "\t\t\t0\t0\t0\t105\n" + after);
    assertThat(row(whole, "not_processed_petition")).containsEntry("natural_person", 103)
        .containsEntry("commercial_enterprise", 2).containsEntry("other_org", 0).containsEntry("total", 105);
    assertThat(row(whole, "not_processed_duplicate")).containsEntry("total", 0);
    assertThat(codes(whole)).contains("row_continued");
    ProcessedReport notSumming = process("cut.txt", before + "\t\t\t0\t0\t0\t104\n" + after);
    assertThat(row(notSumming, "not_processed_petition")).containsEntry("natural_person", null).containsEntry("total", null);
    assertThat(codes(notSumming)).doesNotContain("row_continued");
  }

  /**
   * A header copied from a browser one word a line: the words under 法人或其他组织 name their columns in print order,
   * in the template's order or not.
   */
  @Test
  void aHeaderCopiedOneWordALineNamesItsColumnsInPrintOrder() {
    String cells = SWAPPED_ROWS.replaceAll("  ", "\n");
    ProcessedReport swapped = process("lines.txt", TITLE + SECTION_3
        + "申请人情况\n自然人\n法人或其他组织\n总计\n科研机构\n商业企业\n社会公益组织\n法律服务机构\n其他\n" + cells + SECTION_4);
    assertSwappedRead(swapped, "swapped");
    ProcessedReport inOrder = process("lines.txt", TITLE + SECTION_3
        + "申请人情况\n自然人\n法人或其他组织\n总计\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n" + cells + SECTION_4);
    assertThat(row(inOrder, "new_received")).containsEntry("commercial_enterprise", 2).containsEntry("research_institution", 1);
    assertThat(codes(inOrder)).doesNotContain("columns_out_of_order", "columns_by_name");
  }

  /**
   * A header as {@code pdftotext -raw} copies it: its cells in the content stream's order, words on one baseline joined
   * by a space, so 总计, merged down the header's two rows, opens the line of the words under 法人或其他组织, and
   * 社会公益组织 and 法律服务机构 wrap in their narrow cells. The header's rows read one after another name the columns
   * in the template's order; 总计 before 商业企业 on a line is the copy's, and the rows are read by position. Without
   * 自然人 the run names not every column, and the line's order stands: left empty.
   */
  @Test
  void aHeaderCopiedBaselineByBaselineWithItsMergedTotalOnTheSubHeaderLineKeepsTheTemplatesOrder() {
    String rows = """
        一、本年新收政府信息公开申请数量 9 2 1 0 0 3 15
        二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1
        （七）总计 9 2 1 0 0 3 15
        四、结转下年度继续办理 1 0 0 0 0 0 1
        """;
    for (String header : List.of("总计 商业企业 科研机构 社会公益\n组织\n法律服务\n机构\n其他\n",
        "总计 商业企业 科研机构 社会公益组织\n法律服务机构\n其他\n")) {
      ProcessedReport r = process("raw.txt", TITLE + SECTION_3 + "申请人情况\n自然人\n法人或其他组织\n" + header + rows + SECTION_4);
      assertThat(row(r, "new_received")).as(header).containsEntry("natural_person", 9).containsEntry("commercial_enterprise", 2)
          .containsEntry("research_institution", 1).containsEntry("other_org", 3).containsEntry("total", 15);
      assertThat(codes(r)).as(header).doesNotContain("columns_out_of_order");
    }
    ProcessedReport noPerson = process("raw.txt", TITLE + SECTION_3 + "申请人情况\n法人或其他组织\n"
        + "总计 商业企业 科研机构 社会公益组织\n法律服务机构\n其他\n" + rows + SECTION_4);
    assertThat(row(noPerson, "new_received")).containsEntry("natural_person", null).containsEntry("total", null);
  }

  /**
   * Headers printed again naming the columns in two different orders, one of them against the template's: where each
   * cell belongs is not known, and no row is read by position.
   */
  @Test
  void headersNamingTheColumnsInTwoOrdersLeaveTheRowsEmpty() {
    String[] rows = SWAPPED_ROWS.split("\n");
    ProcessedReport r = process("two.txt", TITLE + SECTION_3 + "自然人  法人或其他组织  总计\n科研机构  商业企业  社会公益组织  法律服务机构  其他\n"
        + rows[0] + "\n" + rows[1] + "\n- 2 -\n自然人  商业企业  科研机构  社会公益组织  法律服务机构  其他  总计\n" + rows[2] + "\n"
        + rows[3] + "\n" + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("research_institution", null).containsEntry("commercial_enterprise", null);
    assertThat(codes(r)).contains("columns_out_of_order");
  }

  /**
   * The same as lines of text: a spaced header line naming each part's columns, their names whole or wrapped in their
   * narrow cells ({@code 社会公益组} / {@code 织}).
   */
  @Test
  void aMatrixPrintedAsTwoPartsOfSpacedLinesFillsEachPartsColumns() {
    String whole = "项目  科研机构  社会公益组织  法律服务机构  其他  总计\n";
    String wrapped = "项目  科研机构  社会公益组  法律服务机  其他  总计\n                织          构\n";
    for (String header : List.of(whole, wrapped)) {
      ProcessedReport r = process("halves.txt", TITLE + SECTION_3 + """
          项目  商业企业  自然人
          一、本年新收政府信息公开申请数量  2  4
          （七）总计  2  4

          """ + header + """
          一、本年新收政府信息公开申请数量  1  3  5  0  15
          （七）总计  1  3  5  0  15
          """ + SECTION_4);
      assertThat(row(r, "new_received")).as(header).containsEntry("natural_person", 4).containsEntry("commercial_enterprise", 2)
          .containsEntry("research_institution", 1).containsEntry("social_welfare_org", 3).containsEntry("legal_service_org", 5)
          .containsEntry("total", 15);
      assertThat(row(r, "total")).as(header).containsEntry("natural_person", 4).containsEntry("total", 15);
    }
  }

  /** A column two parts name with different counts is in doubt: left empty, the others read. */
  @Test
  void aColumnTwoPartsNameWithDifferentCountsIsLeftEmpty() {
    ProcessedReport r = process("twice.md", TITLE + SECTION_3 + HALVES.replace("| 科研机构 |", "| 总计 |").formatted("7") + SECTION_4);
    assertThat(row(r, "total")).containsEntry("natural_person", 4).containsEntry("total", null);
    assertThat(row(r, "new_received")).containsEntry("total", null);
    assertThat(row(r, "granted")).containsEntry("total", null).containsEntry("legal_service_org", 1);
    assertThat(codes(r)).contains("column_named_twice");
  }

  /** Section 三 turned: a row per applicant column, the template's rows across; read turned back, as a grid or as text. */
  @Test
  void aMatrixPrintedTurnedIsReadTurnedBack() {
    String grid = """
        | 申请人情况 | 一、本年新收政府信息公开申请数量 | （一）予以公开 | （七）总计 |
        | --- | --- | --- | --- |
        | 自然人 | 6 | 4 | 6 |
        | 商业企业 | 2 | 1 | 2 |
        | 科研机构 | 0 | 0 | 0 |
        | 社会公益组织 | 1 | 1 | 1 |
        | 法律服务机构 | 0 | 0 | 0 |
        | 其他 | 0 | 0 | 0 |
        | 总计 | 9 | 6 | 9 |
        """;
    String text = grid.lines().filter(l -> !l.contains("---")).map(l -> l.replaceAll("^\\| | \\|$", "").replace(" | ", "  "))
        .reduce("", (a, b) -> a + b + "\n");
    for (String printed : List.of(grid, text)) {
      ProcessedReport r = process("turned.md", TITLE + SECTION_3 + printed + SECTION_4);
      assertThat(row(r, "new_received")).as(printed).containsEntry("natural_person", 6).containsEntry("commercial_enterprise", 2)
          .containsEntry("social_welfare_org", 1).containsEntry("total", 9);
      assertThat(row(r, "granted")).as(printed).containsEntry("natural_person", 4).containsEntry("total", 6);
      assertThat(row(r, "total")).as(printed).containsEntry("other_org", 0).containsEntry("total", 9);
    }
  }

  /** Turned lines of text one of which lacks a count: which count is whose row's is unknown, so every row stays empty. */
  @Test
  void turnedLinesShortOfACountLeaveTheRowsEmpty() {
    ProcessedReport r = process("turned.txt", TITLE + SECTION_3 + """
        申请人情况  一、本年新收政府信息公开申请数量  （一）予以公开  （七）总计
        自然人  6  4  6
        商业企业  2  2
        科研机构  0  0  0
        总计  8  5  8
        """ + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", null).containsEntry("total", null);
    assertThat(row(r, "total")).containsEntry("natural_person", null);
    assertThat(codes(r)).contains("row_unread");
  }

  /** The 2019 template's row labels as a report prints them across a turned header. */
  private static final List<String> TURNED_LABELS = List.of("一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量",
      "（一）予以公开", "（二）部分公开", "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
      "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项", "1.本机关不掌握相关政府信息",
      "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确", "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物",
      "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息", "（六）其他处理", "（七）总计", "四、结转下年度继续办理");

  /**
   * Section 三 turned, its row labels wrapped over two header lines (each line holding a piece of every label, so
   * the labels' pieces come interleaved), with the applicant lines holding {@code counts} counts each (natural
   * persons' k-th count k, the others' 1).
   */
  private static String turnedWrapped(int counts) {
    StringBuilder first = new StringBuilder("申请人情况");
    StringBuilder second = new StringBuilder("     ");
    for (String label : TURNED_LABELS) {
      first.append("  ").append(label, 0, label.length() / 2);
      second.append("  ").append(label.substring(label.length() / 2));
    }
    StringBuilder b = new StringBuilder(first).append('\n').append(second).append('\n');
    for (String column : List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")) {
      b.append(column);
      for (int k = 0; k < counts; k++) {
        b.append("  ").append(column.equals("自然人") ? k : 1);
      }
      b.append('\n');
    }
    return b.toString();
  }

  /**
   * Turned, with row labels wrapped so that their interleaved pieces name only some rows: lines holding one count
   * per row of the template are its rows in order; lines holding fewer say nothing of which count is whose.
   */
  @Test
  void turnedLinesUnderWrappedLabelsHoldingACountPerTemplateRowAreItsRowsInOrder() {
    ProcessedReport r = process("turned.txt", TITLE + SECTION_3 + turnedWrapped(TURNED_LABELS.size()) + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 0).containsEntry("commercial_enterprise", 1);
    assertThat(row(r, "withheld_state_secret")).containsEntry("natural_person", 4).containsEntry("total", 1);
    assertThat(row(r, "carried_forward")).containsEntry("natural_person", 22).containsEntry("other_org", 1);
    assertThat(codes(r)).contains("row_from_position");

    ProcessedReport short_ = process("turned.txt", TITLE + SECTION_3 + turnedWrapped(TURNED_LABELS.size() - 1) + SECTION_4);
    assertThat(short_.tables().getOrDefault("applications", List.of())).allSatisfy(m -> assertThat(m.get("natural_person")).isNull());
  }

  /** An applicant column's name wrapped in its narrow cell ({@code 社会公益组} / {@code 织}) still names its line. */
  @Test
  void aTurnedLineWhoseColumnNameWrapsIsThatColumns() {
    ProcessedReport r = process("turned.txt", TITLE + SECTION_3 + """
        申请人情况  一、本年新收政府信息公开申请数量  （一）予以公开  （七）总计
        自然人  6  4  6
        商业企业  2  1  2
        社会公益组  1  1  1
        织
        法律服务机  3  2  3
        构
        总计  12  8  12
        """ + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 6).containsEntry("social_welfare_org", 1)
        .containsEntry("legal_service_org", 3).containsEntry("total", 12);
    assertThat(row(r, "granted")).containsEntry("legal_service_org", 2);
  }

  /**
   * Rows written as sentences, one naming its columns apart from its counts ({@code 自然人 6 商业企业 3 …}): the
   * column names beside counts below rows already read are no turned matrix's lines.
   */
  @Test
  void columnNamesBesideCountsInARowOfASentenceTableAreNoTurnedMatrix() {
    ProcessedReport r = process("sentences.txt", TITLE + SECTION_3 + """
        二、上年结转政府信息公开申请数量：0 1 0 0 0 0 1
        （一）予以公开：2 0 0 1 0 0 3
        （六）其他处理：自然人 1 商业企业 0 科研机构 0 社会公益组织 0 法律服务机构 0 其他 0 总计 1
        """ + SECTION_4);
    assertThat(row(r, "carried_over")).containsEntry("commercial_enterprise", 1).containsEntry("total", 1);
    assertThat(row(r, "granted")).containsEntry("natural_person", 2).containsEntry("total", 3);
  }

  /** A crawled row whose first cell, a slash, is glued to its label: the slash is that cell, the label the row's. */
  @Test
  void aSlashGluedToTheLabelIsTheRowsFirstCell() {
    ProcessedReport r = process("slash.txt", TITLE + SECTION_3 + """
        自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计
        一、本年新收政府信息公开申请数量/ 2 / / / / 2
        二、上年结转政府信息公开申请数量/ / / / / / /
        三、本年度办理结果 （一）予以公开/ 2 / / / / 2
        （七）总计/ 2 / / / / 2
        四、结转下年度继续办理/ / / / / / /
        """ + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", null).containsEntry("commercial_enterprise", 2).containsEntry("total", 2);
    assertThat(row(r, "granted")).containsEntry("commercial_enterprise", 2).containsEntry("total", 2);
    assertThat(row(r, "total")).containsEntry("commercial_enterprise", 2).containsEntry("total", 2);
  }

  /** The same in rows whose cells are parted by tabs: the glued slash is the row's first cell, a mark of none. */
  @Test
  void aSlashGluedToTheLabelOfATabbedRowIsTheRowsFirstCell() {
    ProcessedReport r = process("slash.txt", TITLE + SECTION_3 + "\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n"
        + "一、本年新收政府信息公开申请数量/\t3\t/\t/\t/\t/\t3\n"
        + "三、本年度办理结果\t（一）予以公开/\t/\t1\t/\t/\t/\t1\n"
        + "（七）总计/\t/\t1\t/\t/\t/\t1\n" + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", null).containsEntry("commercial_enterprise", 3).containsEntry("total", 3);
    assertThat(row(r, "granted")).containsEntry("commercial_enterprise", null).containsEntry("research_institution", 1)
        .containsEntry("total", 1);
    assertThat(row(r, "total")).containsEntry("research_institution", 1).containsEntry("total", 1);
  }

  /**
   * pdftotext -layout prints the group label column left of the row labels, a group's lines beside a row label that
   * wraps with its values on its second line ({@code 1.本机关不掌握} / {@code （四） 相关政府信息  2 0 …}): the group's
   * ordinal or piece inside the row's label is the group's, the rest of the line the row's label and its values the
   * row's, where the rest ends the row's template wording. A label there that does not is still an unknown row.
   */
  @Test
  void aGroupsOrdinalPrintedInsideAWrappedRowLabelIsTheGroupsAndTheValuesTheRows() {
    String head = "测试县2022年政府信息公开工作年度报告\n" + SECTION_3 + """
                                  自然人  商业企业  科研机构  社会公益组织  法律服务机构  其他  总计
        一、本年新收政府信息公开申请数量           6       1       0       0       0       1       8
        二、上年结转政府信息公开申请数量           1       0       0       0       0       0       1
             （一）予以公开                        2       1       0       0       0       0       3
        三、 （二）部分公开（区分处理的，只计这一情形，不计其他情形）   1   0   0   0   0   0   1
        本年        1.属于国家秘密                 0       0       0       0       0       0       0
        度办        2.其他法律行政法规禁止公开     0       0       0       0       0       0       0
        理结 （三） 3.危及“三安全一稳定”           0       0       0       0       0       0       0
        果   不予公 4.保护第三方合法权益           0       0       0       0       0       0       0
             开     5.属于三类内部事务信息         0       0       0       0       0       0       0
                    6.属于四类过程性信息           0       0       0       0       0       0       0
                    7.属于行政执法案卷             0       0       0       0       0       0       0
                    8.属于行政查询事项             0       0       0       0       0       0       0
                    1.本机关不掌握
             （四） 相关政府信息                   2       0       0       0       0       1       3
             无法提 2.没有现成信息需要另行制作     0       0       0       0       0       0       0
             供     3.补正后申请内容仍不明确       0       0       0       0       0       0       0
                    1.信访举报投诉类申请           0       0       0       0       0       0       0
             （五） 2.重复申请                     0       0       0       0       0       0       0
             不予处 3.要求提供公开出版物           0       0       0       0       0       0       0
             理     4.无正当理由大量反复申请       0       0       0       0       0       0       0
                    5.要求行政机关确认或重新出具已获取信息   0   0   0   0   0   0   0
                    1.申请人无正当理由逾期不补正、行政机关不
             （六） 再处理其政府信息公开申请       1       0       0       0       0       0       1
             其他处 2.申请人逾期未按收费通知要求缴纳费用、行   0       0       0       0       0       0       0
             理     政机关不再处理其政府信息公开申请
                    3.其他                         0       0       0       0       0       0       0
             （七）总计                            6       1       0       0       0       1       8
        四、结转下年度继续办理                     1       0       0       0       0       0       1
        """;
    ProcessedReport r = process("layout.txt", head + SECTION_4);
    assertThat(row(r, "unavailable_not_held")).containsEntry("natural_person", 2).containsEntry("other_org", 1).containsEntry("total", 3);
    assertThat(row(r, "other_overdue_correction")).containsEntry("natural_person", 1).containsEntry("total", 1);
    assertThat(codes(r)).doesNotContain("unknown_row", "no_cells");
    ProcessedReport other = process("other.txt", head.replace("（六） 再处理其政府信息公开申请", "（六） 另作其他安排的申请    ") + SECTION_4);
    assertThat(row(other, "other_overdue_correction")).containsEntry("natural_person", null).containsEntry("total", null);
    assertThat(other.warnings()).anySatisfy(w -> assertThat(w.message()).contains("另作其他安排的申请"));
  }

  /**
   * A remark after a row's counts (含网上申请 under 备注) is no label of it: a mark of none among its counts stays a cell,
   * not the place of a merged label, so the counts keep their columns (rows one cell a line, tab-indented, as a
   * word processor's text export prints a table whose rows are not all as wide).
   */
  @Test
  void aRemarkAfterTheCountsKeepsTheMarksAmongThem() {
    String rows = String.join("\n\n", "\t申请情况\n\t申请人情况\n\t备注", "\t自然人\n\t法人或者其他组织\n\t合计",
        "\t商业企业\n\t科研机构\n\t社会公益组织\n\t法律服务机构\n\t其他\n\t小计",
        "\t一、本年新收政府信息公开申请数量\n\t4\n\t2\n\t1\n\t5\n\t—\n\t3\n\t11\n\t15\n\t含网上申请",
        "\t二、上年结转政府信息公开申请数量\n\t—\n\t—\n\t—\n\t—\n\t1\n\t—\n\t1\n\t1\n\t",
        "\t三、本年度办理结果\n\t(一)予以公开\n\t—\n\t1\n\t—\n\t1\n\t—\n\t—\n\t2\n\t2\n\t");
    ProcessedReport r = process("remark.txt", TITLE + SECTION_3 + rows + "\n\n" + SECTION_4);
    assertThat(r.tables().get("applications")).filteredOn(m -> "new_received".equals(m.get("row_key")))
        .allSatisfy(m -> assertThat(m.get("other_org")).isIn(3, null));
  }

  /** A stored copy of a page's beginning stops inside section 三: the last row prints its first cells only. */
  private static final String CUT_TABLE = TITLE + SECTION_3 + """
      (本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 |
      自然人 | 法人或其他组织 | 总计 |
      商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |
      一、本年新收政府信息公开申请数量 | 9 | 2 | 0 | 0 | 1 | 0 | 12 |
      二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
      三、本年度办理结果 | (一)予以公开 | 4 | 1 | 0 | 0 | 0 | 0 | 5 |
      """;

  @Test
  void theRowTheTextEndsInGivesItsFirstColumns() {
    // the copy stops at a character count, mid-line: no line break after the last row
    ProcessedReport r = process("cut.txt", CUT_TABLE + "(二)部分公开(区分处理的,只计这一情形,不计其他情形) | 0 | 0 | 0 | 0 | 0 | 0 |");
    assertThat(row(r, "partially_granted")).containsEntry("natural_person", 0).containsEntry("commercial_enterprise", 0)
        .containsEntry("other_org", 0).containsEntry("total", null);
    assertThat(codes(r)).contains("text_ends_in_row");
    assertThat(row(r, "new_received")).containsEntry("total", 12);
  }

  /** The last cell may be cut short too (2 of 25): kept only when it is 0, which no longer count begins with. */
  @Test
  void theCellTheTextEndsOnIsKeptOnlyWhenItIsZero() {
    ProcessedReport r = process("cut.txt", CUT_TABLE + "(二)部分公开(区分处理的,只计这一情形,不计其他情形) | 3 | 0 | 0 | 0 | 0 | 2");
    assertThat(row(r, "partially_granted")).containsEntry("natural_person", 3).containsEntry("legal_service_org", 0)
        .containsEntry("other_org", null).containsEntry("total", null);
  }

  /**
   * A text cut right after the pipe closing a cell (… | 1 | ) stopped between cells: its last figure is whole, kept as
   * its column's, though not 0.
   */
  @Test
  void theCellAPipeClosesBeforeTheCutIsKept() {
    ProcessedReport r = process("cut.txt", CUT_TABLE + "(二)部分公开(区分处理的,只计这一情形,不计其他情形) | 1 | ");
    assertThat(row(r, "partially_granted")).containsEntry("natural_person", 1).containsEntry("commercial_enterprise", null)
        .containsEntry("total", null);
  }

  /** A short row before the next section, or ending a text's last line, is no cut text: which zero is lost is unknown. */
  @Test
  void aShortRowBeforeTheNextSectionIsNoCutRow() {
    ProcessedReport r = process("short.txt", CUT_TABLE + "(二)部分公开(区分处理的,只计这一情形,不计其他情形) | 0 | 0 | 0 | 0 | 0 | 0 |\n"
        + SECTION_4 + "本年度未发生政府信息公开行政复议、行政诉讼。\n");
    assertThat(codes(r)).doesNotContain("text_ends_in_row");
    assertThat(r.tables().get("applications")).noneMatch(m -> "partially_granted".equals(m.get("row_key"))
        && m.get("natural_person") != null);
    ProcessedReport ended = process("ended.txt", CUT_TABLE + "(二)部分公开(区分处理的,只计这一情形,不计其他情形) | 0 | 0 | 0 | 0 | 0 | 0 |\n");
    assertThat(codes(ended)).doesNotContain("text_ends_in_row");
  }

  /**
   * A short row printed a cell a line that the next row's label follows, the copy stopping in that label ((三)不予公开 |
   * 1.): the row ended whole, so which column its one count is is not known; no cut row.
   */
  @Test
  void aShortRowTheNextLabelFollowsIsNoCutRow() {
    ProcessedReport r = process("short.txt", CUT_TABLE + "(二)部分公开(区分处理的,只计这一情形,不计其他情形) |\n0 |\n||||||||\n(三)不予公开 |\n1.");
    assertThat(codes(r)).doesNotContain("text_ends_in_row");
    assertThat(r.tables().get("applications")).noneMatch(m -> "partially_granted".equals(m.get("row_key"))
        && m.get("natural_person") != null);
    assertThat(row(r, "new_received")).containsEntry("total", 12);
  }

  /**
   * A page copy one cell a line that stops after a figure's line break inside the table, before its last row: the text
   * is cut all the same (a report never ends there), and its last row's figures are its first columns, each whole.
   */
  @Test
  void aCellALineCopyEndingAfterALineBreakMidTableGivesTheFirstColumns() {
    String page = TITLE + SECTION_3 + String.join("\n", "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)", "申请人情况",
        "自然人", "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他",
        "一、本年新收政府信息公开申请数量", "5", "1", "0", "0", "0", "0", "6",
        "二、上年结转政府信息公开申请数量", "0", "0", "0", "0", "0", "0", "0",
        "三、本年度办理结果", "(一)予以公开", "4", "1", "0", "0", "0", "0", "5",
        "(二)部分公开(区分处理的,只计这一情形,不计其他情形)", "0", "0", "0", "3") + "\n";
    ProcessedReport r = process("copy.txt", page);
    assertThat(row(r, "partially_granted")).containsEntry("natural_person", 0).containsEntry("social_welfare_org", 3)
        .containsEntry("legal_service_org", null).containsEntry("total", null);
    assertThat(codes(r)).contains("text_ends_in_row");
    assertThat(row(r, "granted")).containsEntry("total", 5);
  }

  /**
   * A page copy one cell a line, its blank cells empty lines, cut part-way through the next row's label (2 of
   * 2.其他法律行政法规禁止公开): the 2 is no eighth cell of the row before, whose blanks keep their places; cut in a row's
   * last figure, that figure may be cut short.
   */
  @Test
  void theCutLineAfterARowOfCellALineIsNoCellOfIt() {
    String page = TITLE + SECTION_3 + String.join("\n", "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)", "申请人情况",
        "自然人", "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他",
        "一、本年新收政府信息公开申请数量", "2", "0", "0", "0", "0", "1", "3",
        "二、上年结转政府信息公开申请数量", "0", "0", "0", "0", "0", "0", "0",
        "三、本年度办理结果", "(一)予以公开", "2", "0", "0", "0", "0", "0", "2",
        "(二)部分公开(区分处理的,只计这一情形,不计其他情形)", "0", "0", "0", "0", "0", "1", "1",
        "(三)不予公开", "1.属于国家秘密", "", "0", "", "0", "", "0", "0", "2");
    ProcessedReport r = process("cut.txt", page);
    assertThat(row(r, "withheld_state_secret")).containsEntry("natural_person", null).containsEntry("commercial_enterprise", 0)
        .containsEntry("legal_service_org", null).containsEntry("other_org", 0).containsEntry("total", 0);
    assertThat(row(r, "granted")).containsEntry("total", 2);
    // cut in the row's last figure (1 of 12), its blanks printed: the total may be cut short and stays unread
    ProcessedReport inTotal = process("cut.txt", page.substring(0, page.indexOf("(二)部分公开"))
        .replace("\n2\n0\n0\n0\n0\n0\n2\n", "\n11\n\n\n0\n1\n0\n12\n").replace("\n12\n", "\n1"));
    assertThat(row(inTotal, "granted")).containsEntry("natural_person", 11).containsEntry("legal_service_org", 1)
        .containsEntry("total", null);
  }

  /** A group label printed a character a line: its first character 无 (无法提供) is no cell marked none of the row above. */
  @Test
  void aMarkOpeningAGroupLabelPrintedDownItsColumnIsNoCell() {
    ProcessedReport r = process("down.txt", TITLE + SECTION_3 + """
        8.属于行政查询事项 2 0 0 0 3 0 5
        （
        四
        ）
        无
        法
        提
        供
        1.本机关不掌握相关政府信息 4 1 0 0 0 0 5
        """ + SECTION_4);
    assertThat(row(r, "withheld_query_matters")).containsEntry("natural_person", 2).containsEntry("legal_service_org", 3)
        .containsEntry("total", 5);
    assertThat(row(r, "unavailable_not_held")).containsEntry("natural_person", 4).containsEntry("total", 5);
  }

  /**
   * The same label down its column among the rows it spans, the group's characters interleaved: 无 follows a row's
   * values, and 法 提 供 come on lines of their own further down.
   */
  @Test
  void aMarkOpeningAGroupLabelInterleavedWithItsRowsIsNoCell() {
    ProcessedReport r = process("interleaved.txt", TITLE + SECTION_3 + """
        （四）
        1.本机关不掌
        3 0 1 0 0 0 4
        握相关政府信息
        无
        办
        2.没有现成信
        0 2 0 0 0 0 2
        法
        息需要另行制作
        提
        3.补正后申请
        1 0 0 0 0 0 1
        供
        内容仍不明确
        """ + SECTION_4);
    assertThat(row(r, "unavailable_not_held")).containsEntry("natural_person", 3).containsEntry("research_institution", 1)
        .containsEntry("total", 4);
    assertThat(row(r, "unavailable_needs_creation")).containsEntry("commercial_enterprise", 2).containsEntry("total", 2);
  }

  /** The table's caption printed again where it goes on: 表3's 3 is the table's number, no cell of the row above. */
  @Test
  void aContinuedTablesCaptionIsNoCell() {
    for (String caption : List.of("表3 收到和处理政府信息公开申请情况（续）", "续表3")) {
      ProcessedReport r = process("caption.txt", TITLE + SECTION_3 + """
          3.危及“三安全一稳定”  0  0  2  0  0  0  2
          %s
          4.保护第三方合法权益  1  0  0  0  0  5  6
          """.formatted(caption) + SECTION_4);
      assertThat(row(r, "withheld_safety_stability")).as(caption).containsEntry("research_institution", 2)
          .containsEntry("total", 2);
      assertThat(row(r, "withheld_third_party")).as(caption).containsEntry("other_org", 5).containsEntry("total", 6);
    }
  }

  /**
   * Labels a spreadsheet cut at their column's edge ({@code 1.属于国家} of 属于国家秘密), each beside its own counts
   * and followed by the next row's ordinal, are their rows, with a warning; a cut that starts two rows' wordings
   * ({@code 属于行政}: 执法案卷, 查询事项) stays unread.
   */
  @Test
  void labelsCutAtTheirColumnsEdgeAreTheRowsTheyStart() {
    ProcessedReport r = process("cut.txt", TITLE + SECTION_3 + """
        （二）部分公开	4	0	0	0	0	0	4
        1.属于国家	3	0	0	0	0	1	4
        2.其他法律	0	2	0	0	0	0	2
        3.危及“三安全一稳定”	0	0	0	0	0	0	0
        4.保护第三方合法权益	0	0	0	0	0	0	0
        5.属于三类	1	0	0	0	0	0	1
        6.属于四类	0	0	5	0	0	0	5
        7.属于行政	2	0	0	0	0	0	2
        （三）不予8.属于行政	6	0	0	0	0	0	6
        1.本机关不	7	0	0	0	0	0	7
        （六）其他处理	0	0	0	0	0	0	0
        """ + SECTION_4);
    assertThat(row(r, "withheld_state_secret")).containsEntry("natural_person", 3).containsEntry("total", 4);
    assertThat(row(r, "withheld_law_forbidden")).containsEntry("commercial_enterprise", 2).containsEntry("total", 2);
    assertThat(row(r, "withheld_internal_affairs")).containsEntry("total", 1);
    assertThat(row(r, "withheld_process_info")).containsEntry("research_institution", 5).containsEntry("total", 5);
    assertThat(row(r, "unavailable_not_held")).containsEntry("natural_person", 7).containsEntry("total", 7);
    assertThat(r.tables().get("applications")).noneMatch(m -> ("withheld_enforcement_files".equals(m.get("row_key"))
        || "withheld_query_matters".equals(m.get("row_key"))) && m.get("total") != null);
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w.code() + " " + w.message()).contains("label_fuzzy_match")
        .contains("'属于国家'").contains("withheld_state_secret"));
  }

  /**
   * A label that starts one row's wording beside fewer counts than the table has columns is no cut label: a
   * spreadsheet prints every cell, and a line of a wrapped label with blanks may have lost the rest of its label.
   */
  @Test
  void aLabelStartingOneRowsWordingBesideTooFewCountsIsNoCutLabel() {
    ProcessedReport r = process("short.txt", TITLE + SECTION_3 + """
        4.保护第三方合法权益\t0\t0\t0\t0\t0\t0\t0
        5.属于三类内\t1\t2\t0\t3
        6.属于四类过程性信息\t0\t0\t0\t0\t0\t0\t0
        """ + SECTION_4);
    assertThat(r.tables().get("applications"))
        .noneMatch(m -> "withheld_internal_affairs".equals(m.get("row_key")) && m.get("natural_person") != null);
  }

  /**
   * A label wrapped over two lines whose first line starts one row's wording is no cut label: the counts beside that
   * line follow the end of another row's label ({@code )}), and the rest of the wording follows on the next line.
   */
  @Test
  void aWrappedLabelsFirstLineBesideAnotherRowsCountsIsNoCutLabel() {
    ProcessedReport r = process("wrapped.txt", TITLE + SECTION_3 + """
        （二）部分公开（区分处理的
        ）	1.属于国家	8	0	0	2	0	0	10
        	秘密	1	0	0	0	0	0	1
        2.其他法律行政法规禁止公开	0	0	0	0	0	0	0
        """ + SECTION_4);
    assertThat(r.tables().get("applications"))
        .noneMatch(m -> "withheld_state_secret".equals(m.get("row_key")) && Integer.valueOf(10).equals(m.get("total")));
  }

  /**
   * A group's label cut at its column's edge before a row's own ordinal and label ({@code 三、本年度（七）总计}, the
   * spreadsheet's group column printing 三、本年度办理结果 only as far as it is wide) is that row.
   */
  @Test
  void aRowLabelAfterItsGroupsLabelCutShortIsTheRow() {
    ProcessedReport r = process("cut-group.txt", "测试镇2022年政府信息公开工作年度报告\n" + SECTION_3 + """
        （五）不予5.要求行政机关确认或重新出具已获取信息	0	0	0	0	0	0	0
        1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请	1	0	0	0	0	0	1
        2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请	0	0	0	0	0	0	0
        （六）其他3.其他	0	0	0	0	0	2	2
        三、本年度（七）总计	8	0	1	0	0	2	11
        四、结转下年度继续办理	0	0	0	0	0	3	3
        """ + SECTION_4);
    assertThat(row(r, "total")).containsEntry("natural_person", 8).containsEntry("research_institution", 1).containsEntry("total", 11);
    assertThat(row(r, "other_other")).doesNotContainEntry("total", 11);
  }

  /**
   * OCR lost the ruling under section 四's header on a scan: the last header row and the row of counts below it were
   * read as one, so the litigation columns' counts stand glued to their titles and the row of counts keeps only the
   * review's. Read in order, the glued counts would be the review's, every proceeding's sum still holding (0 2 2 0 4,
   * 1 0 0 0 1, 3 0 1 0 4): which proceeding's each count is, is unknown, so the section stays empty, with the cells as
   * evidence. Glued to two titles only, the rest of the row in its cells, it is doubted alike.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "\t\t\t\t\t结果维持0\t结果纠正2\t其他结果2\t尚未审结0\t总计4\t结果维持1\t结果纠正0\t其他结果0\t尚未审结0\t总计1\n"
          + "3\t0\t1\t0\t4\t\t\t\t\t\t\t\t\t\t\n",
      "\t\t\t\t\t结果维持\t结果纠正2\t其他结果2\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n"
          + "3\t0\t1\t0\t4\t0\t0\t4\t1\t0\t0\t0\t1\n"})
  void countsGluedToSectionFoursColumnTitlesLeaveItEmpty(String rows) {
    ProcessedReport r = process("glued-titles.txt", TITLE + SECTION_4
        + "行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t\n"
        + "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t\n"
        + rows + "五、存在的主要问题及改进情况\n无\n");
    assertThat(r.tables().getOrDefault("review_litigation", List.of()))
        .allSatisfy(m -> assertThat(m).containsEntry("upheld", null).containsEntry("total", null));
    assertThat(r.warnings()).anyMatch(w -> w.code().equals("counts_glued_to_titles") && w.message().contains("结果纠正2"));
  }

  /**
   * The same under section 三's header: the first row's counts glued to the column titles, its label to the corner's
   * note. They are no row's by position: the row stays empty, the rows below are read by their labels.
   */
  @Test
  void countsGluedToSectionThreesColumnTitlesAreNoRowsByPosition() {
    ProcessedReport r = process("glued-titles.txt", TITLE + SECTION_3
        + "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）一、本年新收政府信息公开申请数量\t\t\t申请人情况\t\t\t\t\t\t\t\n"
        + "\t\t\t自然人196\t法人或其他组织\t\t\t\t\t总计207\n"
        + "\t\t\t\t商业企业0\t科研机构0\t社会公益组织2\t法律服务机构3\t其他6\t\n"
        + "二、上年结转政府信息公开申请数量\t\t\t0\t0\t0\t0\t0\t0\t0\n"
        + "三、本年度办理结果\t（一）予以公开\t\t70\t0\t0\t1\t0\t2\t73\n" + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", null).containsEntry("commercial_enterprise", null)
        .containsEntry("total", null);
    assertThat(row(r, "granted")).containsEntry("natural_person", 70).containsEntry("total", 73);
    assertThat(r.warnings()).anyMatch(w -> w.code().equals("counts_glued_to_titles") && w.message().contains("自然人196"));
  }

  /**
   * A scan's section 三 header printed again after a page break, OCR misreading a title in each print (三然人 for
   * 自然人, 三他 for 其他): the two prints name the template's columns in its order but for one or two, and name most
   * of them alike, so they are one header printed twice, not a table split into parts of its columns; the rows are read
   * by position under it, not as six or five named columns with a cell too many.
   */
  @Test
  void aHeaderPrintedAgainWithATitleMisreadInEachPrintIsNoTableSplitIntoParts() {
    ProcessedReport r = process("printed-again.txt", TITLE + SECTION_3
        + "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t\t申请人情况\t\t\t\t\t\t\n"
        + "\t\t\t三然人\t法人或其他组织\t\t\t\t\t总计\n"
        + "\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\n"
        + "一、本年新收政府信息公开申请数量\t\t\t2\t0\t0\t0\t0\t2\t4\n"
        + "二、上年结转政府信息公开申请数量\t\t\t3\t0\t2\t3\t0\t0\t8\n"
        + "三、本年度办理结果\t（一）予以公开\t\t3\t0\t1\t1\t0\t0\t5\n"
        + "\t（七）总计\t\t5\t0\t2\t3\t0\t2\t12\n"
        + "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\t\t\t\t\t\t\n"
        + "\t三然人\t法人或其他组织\t\t\t\t\t总计\n"
        + "\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t三他\t\n"
        + "四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0\n" + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 2).containsEntry("other_org", 2).containsEntry("total", 4);
    assertThat(row(r, "carried_over")).containsEntry("natural_person", 3).containsEntry("research_institution", 2).containsEntry("total", 8);
    assertThat(row(r, "total")).containsEntry("natural_person", 5).containsEntry("total", 12);
    assertThat(row(r, "carried_forward")).containsEntry("natural_person", 0).containsEntry("total", 0);
    assertThat(codes(r)).doesNotContain("columns_by_name", "extra_cells");
  }

  /**
   * A docling-like markdown grid copying each merged label cell into every column it spans, its group's label joined to
   * the row's in one cell by a mark ({@code 三、本年度办理结果 \| （一）予以公开}, or a comma, a 、 or a slash): the cell
   * holds both labels, as if a space parted them. The row above keeps its cells (the copies of its label are its own),
   * and each row its own, also where the group's label lost its ordinal and a character ({@code 本度办理结果，（一）予以公开}).
   */
  @ParameterizedTest
  @ValueSource(strings = {"三、本年度办理结果 \\| ", "三、本年度办理结果，", "三、本年度办理结果、", "三、本年度办理结果/", "三、本年度办理结果：", "本度办理结果，"})
  void aGroupLabelJoinedToTheRowsLabelByAMarkInOneCellKeepsEveryRowsCells(String group) {
    ProcessedReport r = process("merged-copies.md", TITLE + SECTION_3 + """
        | 项目 | 项目 | 项目 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
        |---|---|---|---|---|---|---|---|---|---|
        | 一、本年新收政府信息公开申请数量 | 一、本年新收政府信息公开申请数量 | 一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 1 | 4 |
        | 二、上年结转政府信息公开申请数量 | 二、上年结转政府信息公开申请数量 | 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 2 | 2 |
        | GROUP（一）予以公开 | （一）予以公开 | （一）予以公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
        | GROUP（二）部分公开（区分处理的，只计这一情形，不计其他情形） | （二）部分公开（区分处理的，只计这一情形，不计其他情形） | （二）部分公开（区分处理的，只计这一情形，不计其他情形） | 0 | 0 | 0 | 0 | 0 | 3 | 3 |
        | GROUP（三）不予公开 | （三）不予公开 | 1、属于国家秘密 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |
        | GROUP（七）总计 | （七）总计 | （七）总计 | 3 | 0 | 0 | 0 | 0 | 3 | 6 |
        | 四、结转下年度继续办理 | 四、结转下年度继续办理 | 四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
        """.replace("GROUP", group) + SECTION_4);
    assertThat(row(r, "carried_over")).containsEntry("other_org", 2).containsEntry("total", 2);
    assertThat(row(r, "granted")).containsEntry("natural_person", 1).containsEntry("other_org", 0).containsEntry("total", 1);
    assertThat(row(r, "partially_granted")).containsEntry("other_org", 3).containsEntry("total", 3);
    assertThat(row(r, "withheld_state_secret")).containsEntry("natural_person", 2).containsEntry("total", 2);
    assertThat(row(r, "total")).containsEntry("natural_person", 3).containsEntry("total", 6);
    assertThat(codes(r)).doesNotContain("no_cells", "extra_cells");
  }

  /**
   * The same grid where something a reader does not part labels by stands between them ({@code 三、本年度办理结果——（一）予以公开}):
   * the copies of the row above's label are still that row's, so its cells stay with it, never moved to the row below.
   */
  @Test
  void theCopiesOfTheRowAbovesLabelKeepItsCells() {
    ProcessedReport r = process("merged-copies.md", TITLE + SECTION_3 + """
        | 项目 | 项目 | 项目 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
        |---|---|---|---|---|---|---|---|---|---|
        | 一、本年新收政府信息公开申请数量 | 一、本年新收政府信息公开申请数量 | 一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 1 | 4 |
        | 二、上年结转政府信息公开申请数量 | 二、上年结转政府信息公开申请数量 | 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 2 | 2 |
        | 三、本年度办理结果——（一）予以公开 | （一）予以公开 | （一）予以公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
        | 三、本年度办理结果——（二）部分公开（区分处理的，只计这一情形，不计其他情形） | （二）部分公开（区分处理的，只计这一情形，不计其他情形） | （二）部分公开（区分处理的，只计这一情形，不计其他情形） | 0 | 0 | 0 | 0 | 0 | 3 | 3 |
        | 四、结转下年度继续办理 | 四、结转下年度继续办理 | 四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
        """ + SECTION_4);
    assertThat(row(r, "carried_over")).containsEntry("other_org", 2).containsEntry("total", 2);
    assertThat(r.tables().get("applications")).noneMatch(m -> "granted".equals(m.get("row_key")) && Integer.valueOf(2).equals(m.get("total")));
  }

  /**
   * PDF text of a narrow label column: a row's bracketed ordinal wrapped before its closing bracket, the row's values on
   * the ordinal's line ({@code （3} and the values, {@code ）补正…} below; a group's {@code 三、本年度办 （一} and the
   * values, {@code 理结果 ）} and {@code 予以公开} below). The values are the row the ordinal opens, never the row before's
   * or after's; a digit after the bracket is the ordinal's, not a cell.
   */
  @Test
  void aBracketedOrdinalWrappedBeforeItsClosingBracketOpensTheRowOnItsLine() {
    ProcessedReport r = process("wrapped-brackets.txt", "测试镇2022年政府信息公开工作年度报告\n" + SECTION_3 + """
                       自然人  商业企业  科研机构  社会公益组织  法律服务机构  其他  总计
          一、本年新收政府信息公开申请数量  21  0  4  0  0  1  26
          二、上年结转政府信息公开申请数量  0  3  1  0  0  3  7
          三、本年度办 （一  11  1  3  0  0  0  15
          理结果       ）
                       予以
                       公开
                       （二）部分公开  2  0  0  0  0  1  3
                       （四）无法提供
                       1.本机关不掌握相关政府信息  0  3  0  0  0  1  4
                       2.没有现成信息需要另行制作  0  0  0  0  0  0  0
                       （3   0  0  1  0  0  0  1
                       ）
                       补正
                       后申请内容仍不明确
                       （七）总计  13  4  5  0  0  2  24
          """ + SECTION_4);
    assertThat(row(r, "granted")).containsEntry("natural_person", 11).containsEntry("research_institution", 3).containsEntry("total", 15);
    assertThat(row(r, "partially_granted")).containsEntry("natural_person", 2).containsEntry("total", 3);
    assertThat(row(r, "unavailable_needs_creation")).containsEntry("research_institution", 0).containsEntry("total", 0);
    assertThat(row(r, "unavailable_unclear")).containsEntry("natural_person", 0).containsEntry("research_institution", 1).containsEntry("total", 1);
  }

  /**
   * Layout text whose row label wrapped below its ordinal, the ordinal alone on the values' line after the group
   * column's characters, which the layout printed out of their order ({@code 结理果  3.  0    0  0 …} /
   * {@code 补正后申请内容仍不明确}): the values are that row's, not the row above's, whose line printed one figure only
   * (its other cells blank).
   */
  @Test
  void aRowOrdinalAloneOnTheValuesLineOpensTheRowWhoseLabelWrappedBelowIt() {
    ProcessedReport r = process("ordinal-alone.txt", "测试镇2022年政府信息公开工作年度报告\n" + SECTION_3 + """
        （本列数据的勾稽关系为：第一项加第二项之和，等于第                       申请人情况
        三项加第四项之和）                                  自然人            法人或其他组织            总计
                                                                    商业企业  科研机构  社会公益组织  法律服务机构  其他
        一、本年新收政府信息公开申请数量                        8             0                    4     12
                            8.属于行政查询事项                0             0                    1      1
                            1) 本机关不掌握相关政府信         2      0      0      0                    2
                     （四）  息
                     无法提  2. 没有现成信息需要另行制                       0
        三、本年度办  供     作
        结理果              3.                                0             0      0             0
                            补正后申请内容仍不明确
                            3.其他                            1      0      0      0      0      0      1
                     （七）总计                                7             0      0             4     11
        """ + SECTION_4);
    assertThat(row(r, "unavailable_unclear")).containsEntry("natural_person", 0).containsEntry("commercial_enterprise", null)
        .containsEntry("research_institution", 0).containsEntry("other_org", 0);
    assertThat(row(r, "unavailable_needs_creation")).containsEntry("natural_person", null).containsEntry("total", null);
  }

  /**
   * A PDF grid row whose reader set two cells too close and read them as one ({@code 0件1件}): each count closed by its
   * counter is a cell, as a person reads it.
   */
  @Test
  void countsGluedByTheirCountersInOneGridCellAreTwoCells() {
    ProcessedReport r = process("glued-counters.md", TITLE + SECTION_3 + """
        | 项目 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
        |---|---|---|---|---|---|---|---|
        | 一、本年新收政府信息公开申请数量 | 1件 | 0件 | 0件 | 0件 | 0件 | 0件1件 |
        | 二、上年结转政府信息公开申请数量 | 0件 | 0件 | 0件 | 0件 | 0件 | 0件 | 0件 |
        """ + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 1).containsEntry("other_org", 0).containsEntry("total", 1);
  }

  /** Section 三 of 2021 with its groups' subtotal rows: 不予公开's before its rows, 无法提供's after them, misprinted. */
  private static final List<List<String>> SUBTOTALLED = List.of(
      List.of("申请人情况", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"),
      List.of("一、本年新收政府信息公开申请数量", "9", "1", "0", "0", "0", "0", "10"),
      List.of("（一）予以公开", "3", "0", "0", "0", "0", "0", "3"),
      List.of("（三）不予公开", "2", "1", "0", "0", "0", "0", "3"),
      List.of("1.属于国家秘密", "1", "0", "0", "0", "0", "0", "1"),
      List.of("2.其他法律行政法规禁止公开", "1", "1", "0", "0", "0", "0", "2"),
      List.of("1.本机关不掌握相关政府信息", "2", "0", "0", "0", "0", "0", "2"),
      List.of("2.没有现成信息需要另行制作", "1", "0", "0", "0", "0", "0", "1"),
      List.of("3.补正后申请内容仍不明确", "1", "0", "0", "0", "0", "0", "1"),
      List.of("（四）无法提供", "5", "0", "0", "0", "0", "0", "5"),
      List.of("（七）总计", "9", "1", "0", "0", "0", "0", "10"));

  private static String subtotalled(String rendering) {
    if (rendering.equals("html")) {
      StringBuilder b = new StringBuilder("<html><body><p>测试镇2021年政府信息公开工作年度报告</p><p>三、收到和处理政府信息公开申请情况</p><table>");
      SUBTOTALLED.forEach(row -> b.append("<tr><td>").append(String.join("</td><td>", row)).append("</td></tr>"));
      return b.append("</table><p>四、政府信息公开行政复议、行政诉讼情况</p></body></html>").toString();
    }
    String sep = rendering.equals("glued") ? "" : rendering;
    List<String> rows = SUBTOTALLED.stream().map(row -> rowOf(sep, row.toArray(String[]::new))).toList();
    return TITLE.replace("2020", "2021") + SECTION_3 + String.join(sep.isEmpty() ? "" : "\n", rows) + "\n" + SECTION_4;
  }

  /**
   * A group label printed with figures of its own, before its rows or after them, is the group's subtotal: no row of the
   * template, its figures nobody's, the rows around it read; its figures are told beside the sums of the group's rows
   * where those are read (无法提供's 5 against its rows' 4), as a pipe table, tab-separated text, one cell a line, an
   * HTML grid and text whose cells are glued.
   */
  @ParameterizedTest
  @ValueSource(strings = {" | ", "\t", "\n", "html", "glued"})
  void aGroupLabelPrintedWithFiguresIsTheGroupsSubtotalNoRow(String rendering) {
    ProcessedReport r = process(rendering.equals("html") ? "subtotals.html" : "subtotals.txt", subtotalled(rendering));
    assertThat(row(r, "granted")).containsEntry("natural_person", 3).containsEntry("total", 3);
    assertThat(row(r, "withheld_state_secret")).containsEntry("natural_person", 1).containsEntry("total", 1);
    assertThat(row(r, "withheld_law_forbidden")).containsEntry("commercial_enterprise", 1).containsEntry("total", 2);
    assertThat(row(r, "unavailable_unclear")).containsEntry("natural_person", 1).containsEntry("total", 1);
    assertThat(row(r, "total")).containsEntry("natural_person", 9).containsEntry("total", 10);
    assertThat(codes(r)).doesNotContain("extra_cells", "row_from_position");
    List<String> subtotals = r.warnings().stream().filter(w -> w.code().equals("group_subtotal_row")).map(Warning::message).toList();
    assertThat(subtotals).hasSize(2);
    assertThat(subtotals.get(0)).contains("不予公开").contains("left out");
    if (!rendering.equals("glued")) {
      assertThat(subtotals.get(1)).contains("无法提供", "'5 0 0 0 0 0 5'", "differs", "'4 0 0 0 0 0 4'");
    }
  }

  /**
   * Figures on a group label's line before a row's label printed with none of its own may be that row's: no subtotal
   * is read from them, and no row either.
   */
  @Test
  void figuresOnAGroupLabelsLineBeforeARowWithNoneOfItsOwnAreNoSubtotal() {
    ProcessedReport r = process("group-line.txt", TITLE + SECTION_3 + """
        自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计
        一、本年新收政府信息公开申请数量 3 0 0 0 0 0 3
        （一）予以公开 1 0 0 0 0 0 1
        （三）不予公开 2 0 0 0 0 0 2
        1.属于国家秘密
        2.其他法律行政法规禁止公开 0 0 0 0 0 0 0
        （七）总计 3 0 0 0 0 0 3
        """ + SECTION_4);
    assertThat(row(r, "withheld_state_secret")).containsEntry("natural_person", null).containsEntry("total", null);
    assertThat(codes(r)).doesNotContain("group_subtotal_row");
  }

  /**
   * A flat table whose label cells open with their group's name, each row's own words wrapped onto a line of their own
   * ({@code （三）不予公开} and the figures on one line, {@code 1.属于国家秘密} on the next): the group label printed with
   * figures before each of its rows is no subtotal, and which row each line of figures is is unclear, so the group's
   * rows are left empty, with a warning, rather than each read with the next row's figures.
   */
  @Test
  void aGroupLabelPrintedWithFiguresBeforeEachOfItsRowsLeavesTheGroupEmpty() {
    ProcessedReport r = process("group-lines.txt", TITLE + SECTION_3 + """
        自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计
        一、本年新收政府信息公开申请数量 9 0 0 0 0 0 9
        （一）予以公开 1 0 0 0 0 0 1
        （三）不予公开 2 0 0 0 0 0 2
        1.属于国家秘密
        （三）不予公开 3 0 0 0 0 0 3
        2.其他法律行政法规禁止公开
        （三）不予公开 3 0 0 0 0 0 3
        3.危及“三安全一稳定”
        （七）总计 9 0 0 0 0 0 9
        """ + SECTION_4);
    assertThat(row(r, "withheld_state_secret")).containsEntry("natural_person", null).containsEntry("total", null);
    assertThat(row(r, "withheld_law_forbidden")).containsEntry("natural_person", null).containsEntry("total", null);
    assertThat(row(r, "granted")).containsEntry("natural_person", 1);
    assertThat(codes(r)).contains("group_label_figures");
  }

  /** English glosses after a bilingual table's labels and column names ({@code （七）总计 / Total}) are skipped, as a reader skips them. */
  @Test
  void englishGlossesAfterLabelsAreSkipped() {
    ProcessedReport r = process("glossed.md", TITLE + SECTION_3 + """
        | 项目 | 自然人 Natural persons | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他（Others） | 总计 / Total |
        |---|---|---|---|---|---|---|---|
        | 一、本年新收政府信息公开申请数量 (New applications) | 2 | 0 | 0 | 0 | 0 | 1 | 3 |
        | （一）予以公开 / Disclosed | 2 | 0 | 0 | 0 | 0 | 1 | 3 |
        | （七）总计 / Total | 2 | 0 | 0 | 0 | 0 | 1 | 3 |
        """ + SECTION_4);
    assertThat(row(r, "total")).containsEntry("natural_person", 2).containsEntry("other_org", 1).containsEntry("total", 3);
    assertThat(row(r, "new_received")).containsEntry("total", 3);
  }
  /**
   * A column comparing each row with last year ({@code 同比增减}: +3, -2, 持平) right of 总计 is no column of counts, and
   * a footnote's mark after a label ({@code [1]}) no cell: the rows keep their seven cells.
   */
  @Test
  void aComparisonColumnAndAFootnoteMarkAreNoCells() {
    ProcessedReport r = process("compared.md", TITLE + SECTION_3 + """
        | 项目 | | | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 | 同比增减 |
        |---|---|---|---|---|---|---|---|---|---|---|
        | 一、本年新收政府信息公开申请数量[1] | | | 5 | 2 | 0 | 0 | 1 | 0 | 8 | +3 |
        | 二、上年结转政府信息公开申请数量 | | | 1 | 0 | 0 | 0 | 0 | 0 | 1 | 持平 |
        """ + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 5).containsEntry("commercial_enterprise", 2)
        .containsEntry("legal_service_org", 1).containsEntry("total", 8);
    assertThat(row(r, "carried_over")).containsEntry("natural_person", 1).containsEntry("total", 1);
  }

  /** A copy of one cell a line printing a count of none as 零: that line is the row's cell, 0, in its place. */
  @Test
  void zeroWordOnALineOfItsOwnIsACell() {
    ProcessedReport r = process("cells.txt", TITLE + SECTION_3 + """
        一、本年新收政府信息公开申请数量
        0
        零
        13
        0
        零
        4
        17

        二、上年结转政府信息公开申请数量
        零
        0
        4
        0
        零
        4
        8
        """ + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 0).containsEntry("commercial_enterprise", 0)
        .containsEntry("research_institution", 13).containsEntry("social_welfare_org", 0).containsEntry("legal_service_org", 0)
        .containsEntry("other_org", 4).containsEntry("total", 17);
    assertThat(row(r, "carried_over")).containsEntry("natural_person", 0).containsEntry("research_institution", 4)
        .containsEntry("legal_service_org", 0).containsEntry("other_org", 4).containsEntry("total", 8);
  }

  /**
   * An export of one line per cell (label, column, count), in any order of its lines: read as the grid it stands for,
   * each count under the column its line names.
   */
  @Test
  void linesOfOneCellEachAreReadAsTheirGrid() {
    List<String> columns = List.of("自然人", "法人或其他组织-商业企业", "法人或其他组织-科研机构", "法人或其他组织-社会公益组织",
        "法人或其他组织-法律服务机构", "法人或其他组织-其他", "总计");
    StringBuilder text = new StringBuilder("项目\t申请人类别\t数量\n");
    for (int c = columns.size() - 1; c >= 0; c--) {
      text.append("一、本年新收政府信息公开申请数量\t").append(columns.get(c)).append('\t').append(c == 6 ? 9 : c).append('\n');
      text.append("二、上年结转政府信息公开申请数量\t").append(columns.get(c)).append('\t').append(c == 0 || c == 6 ? 2 : 0).append('\n');
      text.append("（三）不予公开1.属于国家秘密\t").append(columns.get(c)).append('\t').append(c == 6 ? 1 : c == 2 ? 1 : 0).append('\n');
    }
    ProcessedReport r = process("long.txt", TITLE + SECTION_3 + text + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 0).containsEntry("commercial_enterprise", 1)
        .containsEntry("other_org", 5).containsEntry("total", 9);
    assertThat(row(r, "carried_over")).containsEntry("natural_person", 2).containsEntry("other_org", 0).containsEntry("total", 2);
    assertThat(row(r, "withheld_state_secret")).containsEntry("research_institution", 1).containsEntry("total", 1);
  }
  /**
   * A browser's print of the page cuts section 三 with the lines it prints at each page's foot and top: the page's
   * address and its number of the pages, the date and time printed and the page's title. Their figures are no cells.
   */
  @Test
  void aBrowsersPrintLinesAreNoCells() {
    ProcessedReport r = process("printed.txt", TITLE + SECTION_3 + """
        一、本年新收政府信息公开申请数量    5    2    0    0    1    0    8

        http://www.example.gov.cn/art/2022/1/16/art_1229_82126.html          1/2
        2022/1/17 下午4:22          测试镇2021年政府信息公开工作年度报告
        二、上年结转政府信息公开申请数量    1    0    0    0    0    0    1
        """ + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 5).containsEntry("total", 8);
    assertThat(row(r, "carried_over")).containsEntry("natural_person", 1).containsEntry("total", 1);
  }

  /**
   * Section 三 in two markdown tables under generic headers numbering the value columns ({@code 数据1}…{@code 数据4},
   * then {@code 数据5 数据6 总计}), the labels repeated: each part's cells fill the columns their names number.
   */
  @Test
  void numberedGenericHeadersOfSectionThreesPartsNameTheirColumns() {
    ProcessedReport r = process("halves.md", TITLE + SECTION_3 + """
        | 类别 | 数据1 | 数据2 | 数据3 | 数据4 |
        |---|---|---|---|---|
        | 一、本年新收政府信息公开申请数量 | 1 | 12 | 0 | 4 |
        | 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 |

        | 类别 | 数据5 | 数据6 | 总计 |
        |---|---|---|---|
        | 一、本年新收政府信息公开申请数量 | 1 | 0 | 18 |
        | 二、上年结转政府信息公开申请数量 | 0 | 2 | 2 |
        """ + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 1).containsEntry("commercial_enterprise", 12)
        .containsEntry("social_welfare_org", 4).containsEntry("legal_service_org", 1).containsEntry("other_org", 0)
        .containsEntry("total", 18);
    assertThat(row(r, "carried_over")).containsEntry("other_org", 2).containsEntry("total", 2);
  }

  /**
   * Section 四's row under its header with some cells that read as no count ({@code ^1件^}, markup a converter did not
   * know): they hold places among the counts, so the ten readable ones are not the two litigation proceedings' and no
   * proceeding is filled by their number; the section is left empty.
   */
  @Test
  void unreadableCellsAmongSectionFoursCountsLeaveItEmpty() {
    ProcessedReport r = process("marked.md", TITLE + SECTION_4 + """
        | 行政复议 | | | | | 行政诉讼 | | | | | | | | | |
        |---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
        | | | | | | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |
        | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
        | 0件 | 0件 | 0件 | 0件 | 0件 | ^1件^ | 0件 | ^3件^ | 0件 | ^4件^ | 0件 | 0件 | ^3件^ | 0件 | ^3件^ |

        五、存在的主要问题及改进情况
        """);
    assertThat(r.tables().getOrDefault("review_litigation", List.of()))
        .allSatisfy(m -> assertThat(m).containsEntry("upheld", null).containsEntry("total", null));
    assertThat(codes(r)).contains("row_unread");
  }

  /**
   * Section 三 exported a line per cell as {@code label/…/column：count}, a column's lines after the other's: each count
   * under the column its line names, never the lines' counts taken in turn as one row's.
   */
  @Test
  void keyPathLinesInColumnOrderAreReadAsTheirGrid() {
    ProcessedReport r = process("long.txt", TITLE + SECTION_3 + """
        一、本年新收政府信息公开申请数量/自然人：5
        二、上年结转政府信息公开申请数量/自然人：1
        三、本年度办理结果/（一）予以公开/自然人：4
        一、本年新收政府信息公开申请数量/商业企业：2
        二、上年结转政府信息公开申请数量/商业企业：0
        三、本年度办理结果/（一）予以公开/商业企业：
        一、本年新收政府信息公开申请数量/总计：7
        二、上年结转政府信息公开申请数量/总计：1
        三、本年度办理结果/（一）予以公开/总计：6
        """ + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 5).containsEntry("commercial_enterprise", 2)
        .containsEntry("total", 7);
    assertThat(row(r, "carried_over")).containsEntry("natural_person", 1).containsEntry("commercial_enterprise", 0)
        .containsEntry("total", 1);
    assertThat(row(r, "granted")).containsEntry("natural_person", 4).containsEntry("commercial_enterprise", null)
        .containsEntry("total", 6);
  }

  /**
   * A web page's text with its cells parted by {@code &emsp;} (an em space) alone, 零 among them: each its own cell, as
   * an ideographic space parts them, never glued into one run of digits.
   */
  @Test
  void emSpacesPartCells() {
    ProcessedReport r = process("page.txt", TITLE + SECTION_3 + """
        一、本年新收政府信息公开申请数量&emsp;2&emsp;0&emsp;零&emsp;1&emsp;0&emsp;0&emsp;3
        二、上年结转政府信息公开申请数量\u2003零\u20030\u2003零\u20031\u2003零\u20030\u20031
        """ + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 2).containsEntry("research_institution", 0)
        .containsEntry("social_welfare_org", 1).containsEntry("total", 3);
    assertThat(row(r, "carried_over")).containsEntry("natural_person", 0).containsEntry("social_welfare_org", 1)
        .containsEntry("total", 1);
  }

  /**
   * Section 三 of the 2021 template after its first row as OCR misprints some labels (上牛结转, 1.属家秘, 3.要求提公开出):
   * one missing row's label per gap, each keeping most of its wording in order.
   */
  private static final String OCR_MISPRINTED_ROWS_AFTER_THE_FIRST = """
        二、上牛结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0
        三、本年度办理结果
        （一）予以公开\t2\t1\t0\t0\t0\t0\t3
        （二）部分公开（区分处理的，只计这一情形，不计其他情形）\t1\t0\t0\t0\t0\t0\t1
        （三）不予公开
        1.属家秘\t1\t0\t0\t0\t0\t0\t1
        2.其他法律行政法规禁止公开\t0\t0\t0\t0\t0\t0\t0
        3.危及“三安全一稳定”\t0\t0\t0\t0\t0\t0\t0
        4.保护第三方合法权益\t0\t0\t0\t0\t0\t0\t0
        5.属于三类内部事务信息\t0\t0\t0\t0\t0\t0\t0
        6.属于四类过程性信息\t0\t0\t0\t0\t0\t0\t0
        7.属于行政执法案卷\t0\t0\t0\t0\t0\t0\t0
        8.属于行政查询事项\t0\t0\t0\t0\t0\t0\t0
        9.属于本机关新发明的情形\t0\t0\t0\t0\t0\t0\t0
        （四）无法提供
        1.本机关掌相关玫府信\t1\t0\t0\t0\t0\t0\t1
        2.没现成息需另制\t0\t0\t0\t0\t0\t0\t0
        3.补正后申请内容仍不明确\t0\t0\t0\t0\t0\t0\t0
        （五）不予处理
        1.信访举报投诉类申请\t0\t0\t0\t0\t0\t0\t0
        2.重复申请\t0\t0\t0\t0\t0\t0\t0
        3.要求提公开出\t0\t0\t0\t0\t0\t0\t0
        4.无正当理由大量反复申请\t0\t0\t0\t0\t0\t0\t0
        5.要求行政机关确认或重新出具已获取信息\t0\t0\t0\t0\t0\t0\t0
        （六）其他处理
        1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0
        2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0
        3.其他\t0\t0\t0\t0\t0\t0\t0
        （七）总计\t4\t1\t0\t0\t0\t0\t5
        四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1
        """;

  /**
   * Labels OCR misprinted past recognition (characters dropped and confused) are their rows where they stand: a numbered
   * label naming no row, alone where the template's one row is missing between two found rows (or before the first),
   * keeping most of that row's wording in order. Where the labels there outnumber the rows missing (a row the template
   * lacks among them, 9.属于本机关新发明的情形), which is which is unknown: they stay unknown.
   */
  @Test
  void misprintedLabelsAreTheMissingRowsWhereTheyStand() {
    ProcessedReport r = process("ocr.txt", TITLE.replace("2020", "2021") + SECTION_3 + """
        \t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计
        一、年新政府信息公开中请数量\t5\t1\t0\t0\t0\t0\t6
        """ + OCR_MISPRINTED_ROWS_AFTER_THE_FIRST + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 5).containsEntry("commercial_enterprise", 1)
        .containsEntry("total", 6);
    assertThat(row(r, "withheld_state_secret")).containsEntry("natural_person", 1).containsEntry("total", 1);
    assertThat(row(r, "not_processed_publication")).containsEntry("natural_person", 0).containsEntry("total", 0);
    assertThat(r.tables().get("applications").stream().map(m -> m.get("row_key")))
        .doesNotContain("unavailable_not_held", "unavailable_needs_creation");
    assertThat(codes(r)).contains("label_misprinted", "unknown_row");
  }

  /**
   * A label within an edit of one row's phrase that keeps more of another row's wording is that other row misprinted:
   * {@code 4.无当理由大反复申请} holds 反复申请, an edit from 重复申请, but is 无正当理由大量反复申请 to a reader; the damaged
   * {@code 2.申请} before it is 重复申请, where the template leaves it missing.
   */
  @Test
  void aNearMatchOfOneRowInALabelKeepingMoreOfAnothersWordingIsTheOther() {
    ProcessedReport r = process("ocr.txt", TITLE.replace("2020", "2021") + SECTION_3 + """
        \t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计
        一、本年新收政府信息公开申请数量\t5\t1\t0\t0\t0\t0\t6
        二、上牛结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0
        三、本年度办理结果
        （一）予以公开\t2\t1\t0\t0\t0\t0\t3
        （二）部分公开（区分处理的，只计这一情形，不计其他情形）\t1\t0\t0\t0\t0\t0\t1
        （三）不予公开
        1.属于国家秘密\t1\t0\t0\t0\t0\t0\t1
        2.其他法律行政法规禁止公开\t0\t0\t0\t0\t0\t0\t0
        3.危及“三安全一稳定”\t0\t0\t0\t0\t0\t0\t0
        4.保护第三方合法权益\t0\t0\t0\t0\t0\t0\t0
        5.属于三类内部事务信息\t0\t0\t0\t0\t0\t0\t0
        6.属于四类过程性信息\t0\t0\t0\t0\t0\t0\t0
        7.属于行政执法案卷\t0\t0\t0\t0\t0\t0\t0
        8.属于行政查询事项\t0\t0\t0\t0\t0\t0\t0
        （四）无法提供
        1.本机关不掌握相关政府信息\t1\t0\t0\t0\t0\t0\t1
        2.没有现成信息需要另行制作\t0\t0\t0\t0\t0\t0\t0
        3.补正后申请内容仍不明确\t0\t0\t0\t0\t0\t0\t0
        （五）不予处理
        1.信访举报投诉类申请\t0\t0\t0\t0\t0\t0\t0
        2.申请\t3\t0\t0\t0\t0\t0\t3
        3.要求提供开出版物\t0\t0\t0\t0\t0\t0\t0
        4.无当理由大反复申请\t1\t0\t0\t0\t0\t0\t1
        5.要求行政机关确认或重新出具已获取信息\t0\t0\t0\t0\t0\t0\t0
        （六）其他处理
        1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0
        2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0
        3.其他\t0\t0\t0\t0\t0\t0\t0
        （七）总计\t8\t1\t0\t0\t0\t0\t9
        四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1
        """ + SECTION_4);
    assertThat(row(r, "not_processed_duplicate")).containsEntry("natural_person", 3).containsEntry("total", 3);
    assertThat(row(r, "not_processed_excessive")).containsEntry("natural_person", 1).containsEntry("total", 1);
  }

  /**
   * A misprinted label taken where its row is missing keeps the row's figures whole: one ending in a letter OCR prints
   * for a digit ({@code 一、本年政信息开申I589}) may have taken the first count's digit (1589 read as I and 589), so
   * the row stays empty.
   */
  @Test
  void aMisprintedLabelEndingInALetterForADigitIsNoRowByPlace() {
    ProcessedReport r = process("ocr.txt", TITLE.replace("2020", "2021") + SECTION_3 + """
        \t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计
        一、本年政信息开申I589\t0\t64\t56\t0\t0\t1709
        """ + OCR_MISPRINTED_ROWS_AFTER_THE_FIRST + SECTION_4);
    assertThat(r.tables().get("applications").stream().filter(m -> "new_received".equals(m.get("row_key"))))
        .allSatisfy(m -> assertThat(m.get("natural_person")).isNull());
    assertThat(row(r, "withheld_state_secret")).containsEntry("natural_person", 1).containsEntry("total", 1);
  }

  /**
   * A thin space ({@code U+2009}) or a narrow no-break space ({@code U+202F}) between two figures parts them as any
   * space does, among tabs and doubled spaces: seven figures in a row of seven columns are its cells in order, never
   * one cell {@code 6 1} that leaves the rest under the wrong columns.
   */
  @Test
  void thinAndNarrowSpacesPartCells() {
    ProcessedReport r = process("page.txt", TITLE + SECTION_3
        + "\u3000申请人情况\u3000自然人\u00a0商\u2009业\u2009企\u2009业\u3000科研机构\u3000社\u3000会\u3000公\u3000益\u3000组\u3000织\u00a0\u00a0法律服务机构 \t其他 \t总\u2009计 \n"
        + "一、本年新收政府信息公开申请数量\u200936 \t13\u20092\u20092\u00a03\u00a0\u00a04\u300060\n"
        + "\u3000二 、 上 年 结 转 政 府 信 息 公 开 申 请 数 量\u202f0\u202f0  0\u20020\u30000\u20091\u20021\t\n"
        + " 三、本年度办理结果\n"
        + "\u3000（一）予以公开  10\t6\u202f1\u20020 \t1  3\u00a0\u00a021\t\n"
        + " （\u2009二\u2009）\u2009部\u2009分\u2009公\u2009开\u2009（\u2009区\u2009分\u2009处\u2009理\u2009的\u2009，\u2009只\u2009计\u2009这\u2009一\u2009情\u2009形\u2009，\u2009不\u2009计\u2009其\u2009他\u2009情\u2009形\u2009） \t9\u20090\u20090\u20020 \t0 \t0\u00a09 \n" + SECTION_4);
    assertThat(row(r, "carried_over")).containsEntry("natural_person", 0).containsEntry("legal_service_org", 0)
        .containsEntry("other_org", 1).containsEntry("total", 1);
    assertThat(row(r, "granted")).containsEntry("natural_person", 10).containsEntry("commercial_enterprise", 6)
        .containsEntry("research_institution", 1).containsEntry("social_welfare_org", 0).containsEntry("legal_service_org", 1)
        .containsEntry("other_org", 3).containsEntry("total", 21);
  }

  /**
   * A narrow label column as {@code pdftotext -raw} prints it, a piece of label a line: {@code （六）其他} / {@code 处理}
   * is the group 其他处理 wrapped, not the row 3.其他 printed before its siblings; and {@code 3.其} / {@code 他} right
   * before its figures is the row 3.其他 wrapped.
   */
  @ParameterizedTest
  @ValueSource(strings = {"3.其他 4 0 0 0 0 1 5\n", "3.其\n他\n4 0 0 0 0 1 5\n"})
  void aNarrowColumnsWrappedGroupLabelAndRowLabelAreReadAsWrapped(String otherRow) {
    ProcessedReport r = process("narrow.txt", TITLE + SECTION_3 + """
        自然人 法人或其他组织 总计
        商业企业 科研机构 社会公益组织 法律服务机构 其他
        一、本年新收政府信息公开申请数量 5 3 0 0 0 3 11
        二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0
        （五）不予
        处理
        1.信访举报投诉类申请 0 0 0 0 0 0 0
        （六）其他
        处理
        1.申请人无正当理由逾
        期不补正、行政机关
        不再处理其政府信息
        公开申请
        0 3 0 0 0 2 5
        2.申请人逾期未按收费
        通知要求缴纳费用、
        行政机关不再处理其
        政府信息公开申请
        1 0 0 0 0 0 1
        """ + otherRow + """
        （七）总计 5 3 0 0 0 3 11
        四、结转下年度继续办理 0 0 0 0 0 0 0
        """ + SECTION_4);
    assertThat(row(r, "other_overdue_correction")).containsEntry("commercial_enterprise", 3).containsEntry("total", 5);
    assertThat(row(r, "other_overdue_fee")).containsEntry("natural_person", 1).containsEntry("total", 1);
    assertThat(row(r, "other_other")).containsEntry("natural_person", 4).containsEntry("other_org", 1).containsEntry("total", 5);
    assertThat(codes(r)).doesNotContain("labels_out_of_order");
  }

  /**
   * A group's label in its own column of a grid, wrapped down it beside its rows ({@code （六）其他 | 1.申请人…} then
   * {@code 处理 | 2.申请人…}): {@code （六）其他} heads the group 其他处理, it is not the row 3.其他 printed first.
   */
  @Test
  void aGroupsLabelInItsColumnBesideARowsNumberedLabelIsNoGenericRow() {
    ProcessedReport r = process("group-column.txt", TITLE + SECTION_3 + """
        \t\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计
        一、本年新收政府信息公开申请数量\t\t8\t0\t0\t0\t0\t48\t56
        （六）其他\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0
        处理\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t8\t0\t0\t0\t0\t7\t15
        \t3.其他\t0\t0\t0\t0\t0\t41\t41
        （七）总计\t\t8\t0\t0\t0\t0\t48\t56
        """ + SECTION_4);
    assertThat(row(r, "other_overdue_correction")).containsEntry("natural_person", 0).containsEntry("total", 0);
    assertThat(row(r, "other_overdue_fee")).containsEntry("natural_person", 8).containsEntry("total", 15);
    assertThat(row(r, "other_other")).containsEntry("other_org", 41).containsEntry("total", 41);
    assertThat(codes(r)).doesNotContain("labels_out_of_order");
  }
  /**
   * Rows written one after another as sentences listing their counts after 分别为, their columns named with the 其他
   * column said as 其他组织, a row labelled 其他处理中其他 (the other of （六）其他处理) and one labelled 总计 alone after the
   * semicolon ending the row before: each row whole; 法人或其他组织 before a count is the five columns together, no cell.
   */
  @Test
  void sentenceRowsNamingTheOtherColumnAsOtherOrganisationsAreReadWhole() {
    String names = "自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他组织、总计分别为";
    ProcessedReport r = process("fenbie.txt", TITLE.replace("2020", "2022") + SECTION_3
        + "一、本年新收政府信息公开申请数量，" + names + "1、2、0、0、0、4、7件；"
        + "其他处理中其他，" + names + "0、0、0、0、1、3、4件；"
        + "总计，" + names + "1、2、0、0、1、7、11件；"
        + "四、结转下年度继续办理，" + names + "0、0、0、0、0、1、1件。\n" + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 1).containsEntry("other_org", 4).containsEntry("total", 7);
    assertThat(row(r, "other_other")).containsEntry("legal_service_org", 1).containsEntry("other_org", 3).containsEntry("total", 4);
    assertThat(row(r, "total")).containsEntry("natural_person", 1).containsEntry("other_org", 7).containsEntry("total", 11);
    assertThat(row(r, "carried_forward")).containsEntry("other_org", 1).containsEntry("total", 1);
    assertThat(codes(r)).doesNotContain("column_not_stated");

    ProcessedReport legal = process("fenbie.txt", TITLE + SECTION_3
        + "一、本年新收政府信息公开申请数量，自然人、法人或其他组织、总计分别为1、6、7件。\n" + SECTION_4);
    assertThat(legal.tables().getOrDefault("applications", List.of())).allSatisfy(m -> assertThat(m.get("other_org")).isNull());
  }

  /**
   * A summary's plain table labelling the received row by its abbreviation (新收申请) and a group's rows after their
   * group and a mark (其他处理·其他): each row is the template's.
   */
  @Test
  void anAbbreviatedReceivedLabelAndGroupMarkedLabelsNameTheirRows() {
    ProcessedReport r = process("abbr.txt", TITLE.replace("2020", "2022") + SECTION_3 + """
        事项\t自然人\t企业\t科研机构\t公益组织\t法律服务机构\t其他\t合计
        新收申请\t95\t0\t56\t244\t0\t142\t537
        上年结转\t2\t0\t0\t0\t0\t3\t5
        其他处理·申请人逾期未按收费通知要求缴纳费用\t0\t0\t0\t6\t0\t5\t11
        其他处理中其他\t27\t0\t0\t6\t0\t0\t33
        """ + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 95).containsEntry("other_org", 142).containsEntry("total", 537);
    assertThat(row(r, "other_overdue_fee")).containsEntry("social_welfare_org", 6).containsEntry("total", 11);
    assertThat(row(r, "other_other")).containsEntry("natural_person", 27).containsEntry("total", 33);
  }

  /**
   * Key paths naming each cell by its row and column ({@code (一)予以公开/总计：0件}): the column 总计 after the row 予以公开,
   * whose words are within one misprint of the group 不予公开, is that row's cell, not the row （七）总计 after a group.
   */
  @Test
  void aKeyPathsColumnAfterARowLikeAGroupIsNoRowOfIt() {
    StringBuilder text = new StringBuilder(TITLE.replace("2020", "2022") + SECTION_3);
    String[] columns = {"自然人", "法人或其他组织-商业企业", "法人或其他组织-科研机构", "法人或其他组织-社会公益组织",
        "法人或其他组织-法律服务机构", "法人或其他组织-其他", "总计"};
    for (String row : new String[] {"一、本年新收政府信息公开申请数量", "(一)予以公开", "(二)部分公开"}) {
      for (int c = 0; c < columns.length; c++) {
        text.append(row).append('/').append(columns[c]).append('：').append(c == 0 || c == 6 ? 2 : 0).append("件\n");
      }
    }
    ProcessedReport r = process("keys.txt", text + SECTION_4);
    assertThat(row(r, "granted")).containsEntry("natural_person", 2).containsEntry("total", 2);
    assertThat(row(r, "partially_granted")).containsEntry("natural_person", 2).containsEntry("total", 2);
    assertThat(r.tables().get("applications").stream().filter(m -> "total".equals(m.get("row_key"))))
        .allSatisfy(m -> assertThat(m.get("total")).isNull());
  }

  /**
   * A PDF viewer's copy printing 页 as the radical ⻚ (U+2EDA, which NFKC leaves as it is): the page line 第 2 ⻚ 共 5 ⻚
   * between two rows is a page line, its numbers no cells of the row above.
   */
  @Test
  void aPageLinePrintedWithARadicalIsNoCell() {
    ProcessedReport r = process("kangxi.txt", TITLE + SECTION_3 + """
        一、本年新收政府信息公开申请数量　3　0　0　1　0　0　4
        （一）予以公开　3　0　0　1　0　0　4

        第 2 ⻚ 共 5 ⻚

        （二）部分公开　0　0　0　0　0　0　0
        """ + SECTION_4);
    assertThat(row(r, "granted")).containsEntry("natural_person", 3).containsEntry("total", 4);
    assertThat(row(r, "partially_granted")).containsEntry("natural_person", 0).containsEntry("total", 0);
  }

  /**
   * A CSV export numbering its groups in Arabic within brackets before the row's ordinal ({@code (3)不予公开1.属于国家秘密}),
   * and fields holding a figure a reader doubts ({@code 0/1}, {@code "0,1"}): each record is a row of the table, the
   * doubtful field no count, the row's other cells read.
   */
  @Test
  void csvRowsWithArabicGroupOrdinalsAndDoubtfulFieldsAreTableRows() {
    ProcessedReport r = process("export.csv", TITLE.replace("2020", "2019") + SECTION_3 + """
        ,自然人,商业企业,科研机构,社会公益组织,法律服务机构,其他,总计
        一、本年新收政府信息公开申请数量,0,0,0,43,0,184,227
        (1)予以公开,／,0,0,0,0,0,0
        (3)不予公开1.属于国家秘密,0,0,0,0,0,0,0
        (3)不予公开2.其他法律行政法规禁止公开,0,"0",／,0,0,47,47
        (5)不予处理3.要求提供公开出版物,0,0,0,"0,1",0,0,0
        (6)其他处理,0/1,0,7,0,0,0,7
        """ + SECTION_4);
    assertThat(row(r, "withheld_law_forbidden")).containsEntry("natural_person", 0).containsEntry("research_institution", null)
        .containsEntry("other_org", 47).containsEntry("total", 47);
    assertThat(row(r, "not_processed_publication")).containsEntry("natural_person", 0).containsEntry("social_welfare_org", null)
        .containsEntry("total", 0);
    assertThat(row(r, "other")).containsEntry("natural_person", null).containsEntry("research_institution", 7).containsEntry("total", 7);
  }

  /**
   * A piece of text with no ordinal right after a numbered label line's values is that label's wrap: {@code 复申清}
   * below {@code 4.无正理由由大量量}'s counts is row 4 (无正当理由大量反复申请) wrapped, no misprint of 重复申请. A
   * piece with counts of its own is a row whose ordinal was lost ({@code 其他外理}, 其他处理 misprinted); {@code 2.申清}
   * is then row 2 by its number.
   */
  @Test
  void aWrapBelowANumberedLabelsCountsIsThatLabelsNotAnotherRow() {
    ProcessedReport r = process("wrap.txt", TITLE.replace("2020", "2019") + SECTION_3 + """
        申请人情况 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计
        （五）不予处理
        1.信访举报投诉类申请 86 0 1 1 0 9 97
        2.申清 92 0 0 8 0 13 113
        3.要求求提供开出版物 43 0 0 0 0 9 52
        4.无正理由由大量量 17 0 0 0 0 3 20
        复申清
        5.要求政机关确认或重新出具已获取信息 18 0 0 2 0 5 25
        其他外理 270 0 2 9 0 34 315
        """ + SECTION_4);
    assertThat(row(r, "not_processed_duplicate")).containsEntry("natural_person", 92).containsEntry("total", 113);
    assertThat(row(r, "not_processed_excessive")).containsEntry("natural_person", 17).containsEntry("total", 20);
    assertThat(row(r, "other")).containsEntry("natural_person", 270).containsEntry("total", 315);
  }

  /**
   * A numbered label naming no row, where one row of its group is missing, is that row when it bears the row's number
   * and the found rows around it bear theirs ({@code 2.申清} between 1.信访… and 3.要求提供…: 重复申请); a number that does
   * not fit the place leaves it unknown.
   */
  @Test
  void aLabelNumberedAsTheMissingRowOfItsGroupIsThatRow() {
    String rows = """
        申请人情况 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计
        （五）不予处理
        1.信访举报投诉类申请 86 0 1 1 0 9 97
        %s 92 0 0 8 0 13 113
        3.要求提供公开出版物 43 0 0 0 0 9 52
        4.无正当理由大量反复申请 17 0 0 0 0 3 20
        """;
    ProcessedReport r = process("numbered.txt", TITLE.replace("2020", "2019") + SECTION_3 + rows.formatted("2.申清") + SECTION_4);
    assertThat(row(r, "not_processed_duplicate")).containsEntry("natural_person", 92).containsEntry("total", 113);
    assertThat(codes(r)).contains("label_misprinted");
    ProcessedReport misnumbered = process("misnumbered.txt", TITLE.replace("2020", "2019") + SECTION_3 + rows.formatted("3.申清") + SECTION_4);
    assertThat(misnumbered.tables().get("applications"))
        .noneMatch(m -> "not_processed_duplicate".equals(m.get("row_key")) && m.get("total") != null);
  }

  /**
   * A negation reaches over a character printed twice: {@code （）不予予公开} is the withheld group's label with 予
   * doubled, and the 予公开 in it no near match of 予以公开 (the granted row, printed damaged as 公开, stays empty).
   */
  @Test
  void aNegationBeforeADoubledCharacterStillNegates() {
    ProcessedReport r = process("doubled.txt", TITLE.replace("2020", "2019") + SECTION_3 + """
        申请人情况 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计
        三、本年办理果
        （一）公开　　264　　0　　0　　34　　48　　0　　346
        （二）部分公幵（处理	69 	0 	0 	15 	17 	0 	101
        的，只计这一情形，不计其情形）
        （）不予予公开
        1.属国家秘密  10  0  0  1  3  0  14
        """ + SECTION_4);
    assertThat(r.tables().get("applications")).noneMatch(m -> "granted".equals(m.get("row_key")) && m.get("total") != null);
    assertThat(row(r, "partially_granted")).containsEntry("natural_person", 69).containsEntry("total", 101);
  }

  /**
   * Values after a bare ordinal before a row's label are that label's only when the row comes right after the row
   * before: （七） / values / {@code 、转下年度继办理} with 总计 missing may be the total's, so 结转下年度 is left empty,
   * as is （六）其他处理 above them.
   */
  @Test
  void aBareOrdinalsValuesGoToNoRowAfterAMissingOne() {
    ProcessedReport r = process("bare.txt", TITLE.replace("2020", "2019") + SECTION_3 + """
        申请人情况	自然人	商业企业	科研机构	社会公益组织	法律服务机构	其他	总计
        5.要求行政机关确认或重新出具己获取信息							
        （六）其他处理	2						2
        （七）	15		3		2	1	21
        、转下年度继办理							
        """ + SECTION_4);
    assertThat(r.tables().get("applications")).noneMatch(m -> "carried_forward".equals(m.get("row_key")) && m.get("total") != null);
  }

  /**
   * （七） alone in place of 总计's label (a converter dropping the words after the ordinal): the row the template numbers
   * （七） in section 三 when it stands where that row is missing and the rows around it print counts of their own; an
   * ordinal that is not the missing row's (（五）) is no row.
   */
  @ParameterizedTest
  @ValueSource(strings = {" | ", "\t", "\n"})
  void anOrdinalAloneIsTheRowItNumbersWhereTheRowsAroundItAgree(String sep) {
    String table = String.join("\n",
        rowOf(sep, "本年度办理结果", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"),
        rowOf(sep, "一、本年新收政府信息公开申请数量", "6", "1", "0", "0", "0", "0", "7"),
        rowOf(sep, "二、上年结转政府信息公开申请数量", "1", "0", "0", "0", "0", "0", "1"),
        rowOf(sep, "（一）予以公开", "3", "1", "0", "0", "0", "0", "4"),
        rowOf(sep, "（二）部分公开", "2", "0", "0", "0", "0", "0", "2"),
        rowOf(sep, "3.其他", "1", "0", "0", "0", "0", "0", "1"),
        rowOf(sep, "%s", "6", "1", "0", "0", "0", "0", "7"),
        rowOf(sep, "四、结转下年度继续办理", "1", "0", "0", "0", "0", "0", "1"));
    ProcessedReport r = process("ordinal-alone.txt", TITLE.replace("2020", "2021") + SECTION_3 + table.formatted("（七）") + "\n" + SECTION_4);
    assertThat(row(r, "total")).containsEntry("natural_person", 6).containsEntry("commercial_enterprise", 1).containsEntry("total", 7);
    assertThat(row(r, "other_other")).containsEntry("natural_person", 1).containsEntry("total", 1);
    assertThat(row(r, "carried_forward")).containsEntry("natural_person", 1).containsEntry("total", 1);
    if (sep.equals("\n")) {
      // one cell a line, where no grid places the row's values by position
      ProcessedReport other = process("other-ordinal.txt", TITLE.replace("2020", "2021") + SECTION_3 + table.formatted("（五）") + "\n" + SECTION_4);
      assertThat(other.tables().get("applications")).noneMatch(m -> "total".equals(m.get("row_key")) && m.get("total") != null);
    }
  }

  /**
   * The 2019 template's （七） alone below （六）其他处理, itself a row there, one cell a line: 总计 too; not where the row
   * after it prints no counts (its label may be set below the counts).
   */
  @Test
  void anOrdinalAloneIsTheTotalOfThe2019Template() {
    String table = """
        申请人情况	自然人	商业企业	科研机构	社会公益组织	法律服务机构	其他	总计
        一、本年新收政府信息公开申请数量	9	0	0	0	0	2	11
        （一）予以公开	5	0	0	0	0	1	6
        （六）其他处理	4	0	0	0	0	1	5
        （七）	9	0	0	0	0	2	11
        四、结转下年度继续办理%s
        """.replace('\t', '\n');
    ProcessedReport r = process("ordinal-alone-2019.txt", TITLE.replace("2020", "2019") + SECTION_3
        + table.formatted("\n0\n0\n0\n0\n0\n0\n0") + SECTION_4);
    ProcessedReport unclear = process("ordinal-alone-2019-last.txt", TITLE.replace("2020", "2019") + SECTION_3
        + table.formatted("") + SECTION_4);
    assertThat(unclear.tables().get("applications")).noneMatch(m -> "total".equals(m.get("row_key")) && m.get("total") != null);
    assertThat(row(r, "total")).containsEntry("natural_person", 9).containsEntry("other_org", 2).containsEntry("total", 11);
    assertThat(row(r, "other")).containsEntry("natural_person", 4).containsEntry("total", 5);
  }

  /**
   * Section 四 as sentences naming each count's outcome in another order than the template's ({@code 行政复议：总计1件，其中
   * 结果维持0件，结果纠正1件，…}): each count is its named outcome's, as a reader reads it (in the template's order
   * upheld 1, other 1, total 0: three wrong); names that do not give every count its own outcome leave the table's
   * reading of the proceeding empty.
   */
  @Test
  void reviewSentencesNamingTheirOutcomesPlaceEachCountByItsName() {
    String rest = "\n行政诉讼（未经复议直接起诉）：维持1件，纠正0件，其他0件，尚未审结0件，总计1件。\n"
        + "行政诉讼（复议后起诉）：维持0件，纠正0件，其他0件，尚未审结0件，总计0件。\n";
    ProcessedReport r = process("named.txt", TITLE.replace("2020", "2021") + SECTION_4
        + "行政复议：总计1件，其中结果维持0件，结果纠正1件，其他结果0件，尚未审结0件。" + rest);
    Map<String, Object> review = r.tables().get("review_litigation").get(0);
    assertThat(review).containsEntry("proceeding", "review").containsEntry("upheld", 0).containsEntry("corrected", 1)
        .containsEntry("other", 0).containsEntry("total", 1);
    ProcessedReport twice = process("named-twice.txt", TITLE.replace("2020", "2021") + SECTION_4
        + "行政复议：总计1件，其中结果维持0件，结果维持1件，其他结果0件，尚未审结0件。" + rest);
    // the table's reading left empty (what prose then fills is the sentence's own statement, the first 结果维持0件)
    assertThat(twice.tables().get("review_litigation").get(0)).containsEntry("proceeding", "review")
        .containsEntry("corrected", null).doesNotContainEntry("upheld", 1);
  }

  /**
   * Each proceeding's outcome names printed together as its header line, its counts on the line below in the same order
   * ({@code 行政复议：结果维持 结果纠正 其他结果 尚未审结 总计} / {@code 1 0 0 0 1}): a header, not a name before each count,
   * read as the header orders them (the first count was once taken as named 总计 and the proceeding left empty).
   */
  @Test
  void reviewHeaderLinesOverTheirCountsAreReadAsHeaders() {
    String header = "：结果维持 结果纠正 其他结果 尚未审结 总计\n";
    ProcessedReport r = process("headed.txt", TITLE.replace("2020", "2021") + SECTION_4
        + "行政复议" + header + "    1 0 0 0 1\n"
        + "行政诉讼（未经复议直接起诉）" + header + "    0 0 1 0 1\n"
        + "行政诉讼（复议后起诉）" + header + "    0 1 0 0 1\n");
    List<Map<String, Object>> rows = r.tables().get("review_litigation");
    assertThat(rows.get(0)).containsEntry("proceeding", "review").containsEntry("upheld", 1).containsEntry("total", 1);
    assertThat(rows.get(1)).containsEntry("other", 1).containsEntry("total", 1);
    assertThat(rows.get(2)).containsEntry("corrected", 1).containsEntry("total", 1);
  }

  /**
   * Section 四 as one line of key-value prose whose every key joins the proceeding and the outcome (the table's row and
   * column headers) before its count: each count is placed by its key, in any order, counters and full-width marks
   * optional; a key naming no one proceeding (行政诉讼, which two share) or one cell keyed twice with different counts
   * leaves that cell empty with a warning, the others read.
   */
  @Test
  void sectionFourKeyedByProceedingAndOutcomeIsPlacedByTheKeys() {
    String line = "复议诉讼情况：行政复议结果维持6，行政复议结果纠正0，行政复议其他结果1，行政复议尚未审结2，行政复议总计9，"
        + "直接起诉结果纠正0，直接起诉其他结果0，直接起诉尚未审结0，直接起诉总计1，"
        + "复议后起诉结果维持1，复议后起诉结果纠正4，复议后起诉其他结果0，%s0件，复议后起诉总计5，未经复议直接起诉结果维持1件。\n";
    ProcessedReport r = process("keyed.txt", TITLE + SECTION_4 + line.formatted("复议后起诉尚未审结")
        + "五、存在的主要问题及改进情况\n");
    List<Map<String, Object>> review = r.tables().get("review_litigation");
    assertThat(review.get(0)).containsEntry("proceeding", "review").containsEntry("upheld", 6).containsEntry("corrected", 0)
        .containsEntry("other", 1).containsEntry("pending", 2).containsEntry("total", 9).containsEntry("source", "table");
    assertThat(review.get(1)).containsEntry("upheld", 1).containsEntry("other", 0).containsEntry("total", 1);
    assertThat(review.get(2)).containsEntry("upheld", 1).containsEntry("corrected", 4).containsEntry("pending", 0)
        .containsEntry("total", 5);
    assertThat(codes(r)).contains("keyed_cells");

    ProcessedReport unclear = process("keyed-unclear.txt", TITLE + SECTION_4 + line.formatted("行政诉讼尚未审结")
        + "五、存在的主要问题及改进情况\n");
    List<Map<String, Object>> left = unclear.tables().get("review_litigation");
    assertThat(left.get(0)).containsEntry("upheld", 6).containsEntry("total", 9);
    assertThat(left.get(2)).containsEntry("corrected", 4).containsEntry("total", 5);
    assertThat(unclear.warnings()).anyMatch(w -> w.code().equals("row_unread") && w.message().contains("行政诉讼尚未审结"));

    ProcessedReport twice = process("keyed-twice.txt", TITLE + SECTION_4
        + line.formatted("复议后起诉尚未审结").replace("行政复议总计9，", "行政复议总计9，行政复议结果维持7，") + "五、存在的主要问题及改进情况\n");
    assertThat(twice.tables().get("review_litigation").get(0)).containsEntry("corrected", 0).containsEntry("total", 9)
        .doesNotContainEntry("upheld", 7);
    assertThat(twice.warnings()).anyMatch(w -> w.code().equals("row_unread") && w.message().contains("printed twice"));
  }

  /**
   * Prose naming the proceedings in counts of their own ({@code 行政复议案件2件}) keys no cell by outcome: it is no
   * table the keyed reading places.
   */
  @Test
  void proseCountingCasesIsNoKeyedSectionFour() {
    ProcessedReport r = process("cases.txt", TITLE + SECTION_4
        + "本年度发生行政复议案件2件，行政复议维持1件，行政诉讼案件1件，复议后起诉案件1件。\n五、存在的主要问题及改进情况\n");
    assertThat(r.warnings()).noneMatch(w -> w.code().equals("keyed_cells"));
  }

  /**
   * A row written as a sentence naming its cells, those without a count marked none ({@code 商业企业—}): the marks
   * name their columns as counts do, so the row is such a sentence and its counts are read by their names.
   */
  @Test
  void aSentenceRowMarkingBlankCellsReadsItsNamedCounts() {
    ProcessedReport r = process("marked.txt", TITLE.replace("2020", "2019") + SECTION_3 + """
        一、本年新收政府信息公开申请数量：自然人4%1$s总计4。
        二、上年结转政府信息公开申请数量：自然人—%1$s总计—。
        三、本年度办理结果
        （一）予以公开：自然人1%1$s总计1。
        （二）部分公开（区分处理的，只计这一情形，不计其他情形）：自然人1%1$s总计1。
        （三）不予公开
        1.属于国家秘密：自然人—%1$s总计—。
        2.其他法律行政法规禁止公开：自然人—%1$s总计—。
        3.危及“三安全一稳定”：自然人—%1$s总计—。
        4.保护第三方合法权益：自然人—%1$s总计—。
        5.属于三类内部事务信息：自然人—%1$s总计—。
        6.属于四类过程性信息：自然人—%1$s总计—。
        7.属于行政执法案卷：自然人1%1$s总计1。
        8.属于行政查询事项：自然人1%1$s总计1。
        （四）无法提供
        1.本机关不掌握相关政府信息：自然人—%1$s总计—。
        2.没有现成信息需要另行制作：自然人—%1$s总计—。
        3.补正后申请内容仍不明确：自然人—%1$s总计—。
        （五）不予处理
        1.信访举报投诉类申请：自然人—%1$s总计—。
        2.重复申请：自然人—%1$s总计—。
        3.要求提供公开出版物：自然人—%1$s总计—。
        4.无正当理由大量反复申请：自然人—%1$s总计—。
        5.要求行政机关确认或重新出具已获取信息：自然人—%1$s总计—。
        （六）其他处理：自然人—%1$s总计—。
        （七）总计：自然人4%1$s总计4。
        四、结转下年度继续办理：自然人—%1$s总计—。
        """.formatted("，商业企业—，科研机构—，社会公益组织—，法律服务机构—，其他—，") + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 4).containsEntry("commercial_enterprise", null)
        .containsEntry("total", 4);
    assertThat(row(r, "granted")).containsEntry("natural_person", 1).containsEntry("total", 1);
    assertThat(row(r, "withheld_query_matters")).containsEntry("natural_person", 1).containsEntry("legal_service_org", null)
        .containsEntry("total", 1);
    assertThat(row(r, "total")).containsEntry("natural_person", 4).containsEntry("other_org", null).containsEntry("total", 4);
  }

  /**
   * A sentence row naming its cells takes each column's count from that column's clause alone: a count in Chinese
   * numerals ({@code 总计六件}) or digits, a mark of none ({@code 商业企业—}) a blank cell, a clause printing no count
   * ({@code 总计无}) none; never the next clause's figure nor the next row's ordinal ({@code 2.重复申请}).
   */
  @Test
  void aSentenceRowsColumnCountIsOnlyWhatItsClausePrints() {
    assertCountsOnlyFromTheirClauses("，商业企业—，科研机构—，社会公益组织—，法律服务机构—，其他—，");
  }

  /** The same with the blank cells' clauses printing 无 glued to their names ({@code 商业企业无，}). */
  @Test
  void aSentenceRowsBlankClausesOfNoneGluedToTheirNamesAreBlankCells() {
    assertCountsOnlyFromTheirClauses("，商业企业无，科研机构无，社会公益组织无，法律服务机构无，其他无，");
  }

  private static void assertCountsOnlyFromTheirClauses(String blanks) {
    ProcessedReport r = process("clauses.txt", TITLE.replace("2020", "2019") + SECTION_3 + """
        一、本年新收政府信息公开申请数量：自然人十二件%1$s总计12件。
        二、上年结转政府信息公开申请数量：自然人—%1$s总计—。
        （一）予以公开：自然人二件%1$s总计二件。
        （二）部分公开（区分处理的，只计这一情形，不计其他情形）：自然人—%1$s总计无。
        （三）不予公开中1.属于国家秘密：自然人—%1$s总计无。
        （三）不予公开中2.其他法律行政法规禁止公开：自然人—%1$s总计无。
        （三）不予公开中3.危及“三安全一稳定”：自然人—%1$s总计无。
        （三）不予公开中4.保护第三方合法权益：自然人—%1$s总计无。
        （三）不予公开中5.属于三类内部事务信息：自然人—%1$s总计无。
        （三）不予公开中6.属于四类过程性信息：自然人—%1$s总计无。
        （三）不予公开中7.属于行政执法案卷：自然人—%1$s总计无。
        （三）不予公开中8.属于行政查询事项：自然人—%1$s总计无。
        （四）无法提供中1.本机关不掌握相关政府信息：自然人—%1$s总计无。
        （四）无法提供中2.没有现成信息需要另行制作：自然人—%1$s总计无。
        （四）无法提供中3.补正后申请内容仍不明确：自然人二件%1$s总计2件。
        （五）不予处理中1.信访举报投诉类申请：自然人六件%1$s总计六件。
        （五）不予处理中2.重复申请：自然人—%1$s总计无。
        （五）不予处理中3.要求提供公开出版物：自然人2件%1$s总计二件。
        （五）不予处理中4.无正当理由大量反复申请：自然人—%1$s总计—。
        （五）不予处理中5.要求行政机关确认或重新出具已获取信息：自然人—%1$s总计无。
        （六）其他处理：自然人—%1$s总计无。
        （七）总计：自然人十二件%1$s总计十二件。
        四、结转下年度继续办理：自然人—%1$s总计无。
        """.formatted(blanks) + SECTION_4);
    assertThat(row(r, "unavailable_unclear")).containsEntry("natural_person", 2).containsEntry("total", 2);
    assertThat(row(r, "not_processed_petition")).containsEntry("natural_person", 6).containsEntry("commercial_enterprise", null)
        .containsEntry("other_org", null).containsEntry("total", 6);
    assertThat(row(r, "not_processed_duplicate")).containsEntry("natural_person", null).containsEntry("total", null);
    assertThat(row(r, "not_processed_publication")).containsEntry("natural_person", 2).containsEntry("total", 2);
    assertThat(row(r, "not_processed_excessive")).containsEntry("natural_person", null).containsEntry("total", null);
    assertThat(row(r, "total")).containsEntry("natural_person", 12).containsEntry("total", 12);
  }

  /**
   * A sentence row keying its blank cells by their columns' names ({@code 科研机构：无}, {@code 其他：/}), most of them
   * blank: each keyed mark names its column as a count does, so the row is such a sentence, its counts read by name.
   */
  @Test
  void aSentenceRowKeyingBlankCellsReadsItsNamedCounts() {
    String blank = "自然人：无，商业企业：/，科研机构：无，社会公益组织：无，法律服务机构：无，其他：/，总计：无。";
    ProcessedReport r = process("keyed.txt", TITLE.replace("2020", "2019") + SECTION_3 + """
        一、本年新收政府信息公开申请数量：自然人：无，商业企业3件，科研机构：无，社会公益组织：无，法律服务机构0件，其他：/，总计3件。
        二、上年结转政府信息公开申请数量：%1$s
        （一）予以公开：自然人：无，商业企业：无，科研机构：无，社会公益组织：无，法律服务机构：无，其他2件，总计2件。
        （二）部分公开（区分处理的，只计这一情形，不计其他情形）：%1$s
        （三）不予公开1.属于国家秘密：%1$s
        （三）不予公开2.其他法律行政法规禁止公开：%1$s
        （三）不予公开3.危及“三安全一稳定”：%1$s
        （三）不予公开4.保护第三方合法权益：%1$s
        （三）不予公开5.属于三类内部事务信息：%1$s
        （三）不予公开6.属于四类过程性信息：%1$s
        （三）不予公开7.属于行政执法案卷：%1$s
        （三）不予公开8.属于行政查询事项：%1$s
        （四）无法提供1.本机关不掌握相关政府信息：自然人：无，商业企业1件，科研机构：无，社会公益组织：无，法律服务机构：无，其他：无，总计1件。
        （四）无法提供2.没有现成信息需要另行制作：%1$s
        （四）无法提供3.补正后申请内容仍不明确：%1$s
        （五）不予处理1.信访举报投诉类申请：%1$s
        （五）不予处理2.重复申请：%1$s
        （五）不予处理3.要求提供公开出版物：%1$s
        （五）不予处理4.无正当理由大量反复申请：%1$s
        （五）不予处理5.要求行政机关确认或重新出具已获取信息：%1$s
        （六）其他处理：%1$s
        （七）总计：自然人：无，商业企业1件，科研机构：无，社会公益组织：无，法律服务机构：无，其他2件，总计3件。
        四、结转下年度继续办理：%1$s
        """.formatted(blank) + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", null).containsEntry("commercial_enterprise", 3)
        .containsEntry("legal_service_org", 0).containsEntry("other_org", null).containsEntry("total", 3);
    assertThat(row(r, "granted")).containsEntry("commercial_enterprise", null).containsEntry("other_org", 2).containsEntry("total", 2);
    assertThat(row(r, "unavailable_not_held")).containsEntry("commercial_enterprise", 1).containsEntry("total", 1);
    assertThat(row(r, "total")).containsEntry("commercial_enterprise", 1).containsEntry("other_org", 2).containsEntry("total", 3);
  }

  /**
   * Section 四's rows each printing its five counts apart in one cell, under a label naming the five
   * ({@code ｜行政复议（结果维持、…、总计）｜0　0　1　0　1｜}): five cells, as a reader counts them; a cell of four figures
   * apart is no proceeding's five.
   */
  @Test
  void sectionFourRowsOfFiveFiguresApartInOneCellAreFiveCells() {
    String rows = """
        ｜行政复议（结果维持、结果纠正、其他结果、尚未审结、总计）｜0　0　1　0　1｜
        ｜行政诉讼：未经复议直接起诉（同上五项）｜1　0　1　0　2｜
        ｜行政诉讼：复议后起诉（同上五项）｜%s｜
        五、存在的主要问题及改进情况
        """;
    ProcessedReport r = process("apart.txt", TITLE + SECTION_4 + rows.formatted("1　0　0　0　1"));
    List<Map<String, Object>> review = r.tables().get("review_litigation");
    assertThat(review.get(0)).containsEntry("upheld", 0).containsEntry("other", 1).containsEntry("total", 1)
        .containsEntry("source", "table");
    assertThat(review.get(1)).containsEntry("upheld", 1).containsEntry("other", 1).containsEntry("total", 2);
    assertThat(review.get(2)).containsEntry("upheld", 1).containsEntry("total", 1);

    ProcessedReport four = process("apart-four.txt", TITLE + SECTION_4 + rows.formatted("1　0　0　1"));
    assertThat(four.tables().getOrDefault("review_litigation", List.of())).noneMatch(m -> "table".equals(m.get("source")));
  }

  /** Section 三 of 2021 as noisy plain text prints it: each row's label and counts on a line, parted by spaces. */
  private static final String SPACED_2021_ROWS = """
       自然人  商业企业  科研机构  社会公益组织  法律服务机构  其他  总计
      一、本年新收政府信息公开申请数量  5  1  0  0  0  0  6
      二、上年结转政府信息公开申请数量  1  0  0  0  0  0  1
      三、本年度办理结果
      （一）予以公开  2  1  0  0  0  0  3
      （二）部分公开（区分处理的，只计这一情形，不计其他情形）  1  0  0  0  0  0  1
      （三）不予公开
      1.属于国家秘密  1  0  0  0  0  0  1
      2.其他法律行政法规禁止公开  0  0  0  0  0  0  0
      3.危及“三安全一稳定”  0  0  0  0  0  0  0
      4.保护第三方合法权益  0  0  0  0  0  0  0
      5.属于三类内部事务信息  0  0  0  0  0  0  0
      6.属于四类过程性信息  0  0  0  0  0  0  0
      7.属于行政执法案卷  0  0  0  0  0  0  0
      8.属于行政查询事项  0  0  0  0  0  0  0
      （四）无法提供
      1.本机关不掌握相关政府信息  1  0  0  0  0  0  1
      2.没有现成信息需要另行制作  0  0  0  0  0  0  0
      3.补正后申请内容仍不明确  0  0  0  0  0  0  0
      （五）不予处理
      1.信访举报投诉类申请  0  0  0  0  0  0  0
      2.重复申请  0  0  0  0  0  0  0
      3.要求提供公开出版物  0  0  0  0  0  0  0
      4.无正当理由大量反复申请  0  0  0  0  0  0  0
      5.要求行政机关确认或重新出具已获取信息  1  0  0  0  0  0  1
      （六）其他处理
      1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请  0  0  0  0  0  0  0
      2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请  0  0  0  0  0  0  0
      3.其他  0  0  0  0  0  0  0
      （七）总计  5  1  0  0  0  0  6
      四、结转下年度继续办理  1  0  0  0  0  0  1
      """;

  private static ProcessedReport spaced2021(String printed, String as) {
    assertThat(SPACED_2021_ROWS).contains(printed);
    return process("noisy.txt", TITLE.replace("2020", "2021") + SECTION_3 + SPACED_2021_ROWS.replace(printed, as) + SECTION_4);
  }

  /**
   * Labels followed by a dot leader to their counts ({@code 3.其他………… 0}, {@code （七）总计·········· 5}): the dots are
   * no part of the label, so the short labels 3.其他 and （七）总计 still name their rows.
   */
  @Test
  void aDotLeaderAfterALabelIsNoPartOfIt() {
    String leadered = SPACED_2021_ROWS.lines().map(l -> l.replaceFirst("^(\\S+?)  (\\d)", "$1…………$2").replaceAll("  (\\d)", " $1"))
        .collect(Collectors.joining("\n", "", "\n")).replace("…………", "……………").replace("（七）总计……………", "（七）总计··········");
    assertThat(leadered).contains("3.其他……………0 0").contains("（七）总计··········5 1");
    ProcessedReport r = process("leader.txt", TITLE.replace("2020", "2021") + SECTION_3 + leadered + SECTION_4);
    assertThat(row(r, "other_other")).containsEntry("natural_person", 0).containsEntry("total", 0);
    assertThat(row(r, "total")).containsEntry("natural_person", 5).containsEntry("commercial_enterprise", 1).containsEntry("total", 6);
    assertThat(row(r, "carried_forward")).containsEntry("natural_person", 1).containsEntry("total", 1);
  }

  /**
   * An ordinal whose numeral OCR lost still opens its row: the brackets left of it ({@code （）计} for （七）总计) or the
   * mark after it ({@code 、上年结转…}), so the row's label is its own, and the counts before it stay the row's above
   * (where the row above is misprinted past recognition, as {@code 一、年新玫府信公公开申请} / {@code 数量}).
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "（七）总计|（）计",
      "一、本年新收政府信息公开申请数量  5  1  0  0  0  0  6\\n二、|一、年新玫府信公公开申请  5  1  0  0  0  0  6\\n数量\\n、"})
  void anOrdinalWhoseNumeralWasLostStillOpensItsRow(String printed, String as) {
    ProcessedReport r = spaced2021(printed.replace("\\n", "\n"), as.replace("\\n", "\n"));
    assertThat(row(r, "new_received")).containsEntry("natural_person", 5).containsEntry("total", 6);
    assertThat(row(r, "carried_over")).containsEntry("natural_person", 1).containsEntry("total", 1);
    assertThat(row(r, "total")).containsEntry("natural_person", 5).containsEntry("commercial_enterprise", 1)
        .containsEntry("total", 6);
  }

  /**
   * The 2019 template's single row （六）其他处理 printed with the brackets of its ordinal alone ({@code （）其他处理}) opens
   * its own row: the counts of the misprinted row before it ({@code 5.要玫机确认重出已获信}) stay that row's.
   */
  @Test
  void aRowOpenedByEmptyBracketsTakesNoCountsOfTheRowBefore() {
    ProcessedReport r = process("noisy-2019.txt", TITLE + SECTION_3 + """
         自然人  商业企业  科研机构  社会公益组织  法律服务机构  其他  总计
        一、本年新收政府信息公开申请数量  4  0  0  0  0  0  4
        二、上年结转政府信息公开申请数量  0  0  0  0  0  0  0
        三、本年度办理结果
        （一）予以公开  2  0  0  0  0  0  2
        （二）部分公开（区分处理的，只计这一情形，不计其他情形）  0  0  0  0  0  0  0
        （三）不予公开
        1.属于国家秘密  0  0  0  0  0  0  0
        2.其他法律行政法规禁止公开  0  0  0  0  0  0  0
        3.危及“三安全一稳定”  0  0  0  0  0  0  0
        4.保护第三方合法权益  0  0  0  0  0  0  0
        5.属于三类内部事务信息  0  0  0  0  0  0  0
        6.属于四类过程性信息  0  0  0  0  0  0  0
        7.属于行政执法案卷  0  0  0  0  0  0  0
        8.属于行政查询事项  0  0  0  0  0  0  0
        （四）无法提供
        1.本机关不掌握相关政府信息  0  0  0  0  0  0  0
        2.没有现成信息需要另行制作  0  0  0  0  0  0  0
        3.补正后申请内容仍不明确  0  0  0  0  0  0  0
        （五）不予处理
        1.信访举报投诉类申请  1  0  0  0  0  0  1
        2.重复申请  0  0  0  0  0  0  0
        3.要求提供公开出版物  0  0  0  0  0  0  0
        4.无正当理由大量反复申请  0  0  0  0  0  0  0
        5.要玫机确认重出已获信  1  0  0  0  0  0  1
        （）其他处理  0  0  0  0  0  0  0
        （七）总计  4  0  0  0  0  0  4
        四、结转下年度继续办理  0  0  0  0  0  0  0
        """ + SECTION_4);
    assertThat(row(r, "not_processed_confirm")).containsEntry("natural_person", 1).containsEntry("total", 1);
    assertThat(row(r, "other")).containsEntry("natural_person", 0).containsEntry("total", 0);
  }

  /** An ordinal's closing bracket printed twice ({@code （七））总汁}, 计 read as 汁 too) is a stutter read past: 总计. */
  @Test
  void anOrdinalsClosingBracketPrintedTwiceStillClosesIt() {
    ProcessedReport r = spaced2021("（七）总计", "（七））总汁");
    assertThat(row(r, "total")).containsEntry("natural_person", 5).containsEntry("total", 6);
  }

  /**
   * An ordinal whose closing bracket OCR lost ({@code (七总计}: a faint bracket read as nothing) before the row's own
   * label is the row: its numeral and its words are both （七）总计's. A numeral not the row's names nothing.
   */
  @Test
  void anOrdinalsLostClosingBracketBeforeItsRowsLabelIsThatRow() {
    assertThat(row(spaced2021("（七）总计", "(七总计"), "total")).containsEntry("natural_person", 5).containsEntry("total", 6);
    assertThat(spaced2021("（七）总计", "(六总计").tables().get("applications")).noneMatch(m -> "total".equals(m.get("row_key")));
  }

  /** {@code （七）计计}: 总计 with its first character lost and the other printed twice, a stutter read past, is 总计. */
  @Test
  void aGenericLabelLosingAnEndAndPrintingTheOtherTwiceIsStillItsRow() {
    ProcessedReport r = spaced2021("（七）总计", "（七）计计");
    assertThat(row(r, "total")).containsEntry("natural_person", 5).containsEntry("total", 6);
  }

  /**
   * A misprinted label wrapped below its counts ({@code 二、上年年结政府} / counts / {@code 信公开申请数数量}) keeps its
   * row's wording with the tail line: where that row is missing between found rows, it is that row.
   */
  @Test
  void aMisprintedLabelsTailBelowItsCountsCountsToItsWording() {
    ProcessedReport r = spaced2021("二、上年结转政府信息公开申请数量  1  0  0  0  0  0  1",
        "二、上年年结政府  1  0  0  0  0  0  1\n信公开申请数数量");
    assertThat(row(r, "carried_over")).containsEntry("natural_person", 1).containsEntry("total", 1);
    assertThat(codes(r)).contains("label_misprinted");
  }

  /**
   * Characters OCR prints as their look-alikes in the template's labels (牛 for 年, 中 for 申, 幵 for 开) leave a label
   * within an edit of its phrase besides them: {@code 一、牛新收玫府信} / counts / {@code 息公幵申清数量} is 本年新收.
   */
  @Test
  void aLabelWithOcrLookAlikesAndACharacterLostIsItsRow() {
    ProcessedReport r = spaced2021("一、本年新收政府信息公开申请数量  5  1  0  0  0  0  6",
        "一、牛新收玫府信  5  1  0  0  0  0  6\n息公幵中清数量");
    assertThat(row(r, "new_received")).containsEntry("natural_person", 5).containsEntry("total", 6);
    assertThat(row(r, "carried_over")).containsEntry("natural_person", 1).containsEntry("total", 1);
  }

  /**
   * A label opening with the mark left of an ordinal whose numeral OCR lost ({@code ，年新玫府信公公开申请} / counts /
   * {@code 数量}: 一、本年新收… misprinted) is the row missing where it stands, as a numbered misprinted label is; a line
   * of a wrapped label opening with a comma ({@code （二）部分公开（区分处理的} / {@code ，只计这一情形 counts}) is no row.
   */
  @Test
  void aMisprintedLabelOpeningWithTheMarkOfALostOrdinalIsTheRowMissingThere() {
    ProcessedReport r = spaced2021("一、本年新收政府信息公开申请数量  5  1  0  0  0  0  6",
        "，年新玫府信公公开申请  5  1  0  0  0  0  6\n数量");
    assertThat(row(r, "new_received")).containsEntry("natural_person", 5).containsEntry("total", 6);
    assertThat(row(r, "carried_over")).containsEntry("natural_person", 1).containsEntry("total", 1);
    ProcessedReport wrapped = spaced2021("（二）部分公开（区分处理的，只计这一情形，不计其他情形）  1  0  0  0  0  0  1",
        "（二）部分公开（区分处理的\n，只计这一情形  1  0  0  0  0  0  1\n，不计其他情形）");
    assertThat(row(wrapped, "partially_granted")).containsEntry("natural_person", 1).containsEntry("total", 1);
  }

  /**
   * In a text whose pages are parted by form feeds in some places only (pages joined from several copies), a number
   * alone on its line right before the report's title printed again is a page number: the page ends there too, and the
   * row above keeps its seven counts.
   */
  @Test
  void aNumberBeforeTheRunningTitleIsAPageNumberWhereOtherPagesEndInFormFeeds() {
    String title = TITLE.replace("2020", "2021").strip();
    ProcessedReport fed = process("fed.txt", TITLE.replace("2020", "2021") + SECTION_3 + SPACED_2021_ROWS
        .replace("不计其他情形）  1  0  0  0  0  0  1\n", "不计其他情形）  1  0  0  0  0  0  1\n\n3\n\f\n" + title + "\n\n")
        .replace("7.属于行政执法案卷  0  0  0  0  0  0  0\n", "7.属于行政执法案卷  0  0  0  0  0  0  0\n\n4\n\n" + title + "\n\n")
        + SECTION_4);
    assertThat(row(fed, "withheld_enforcement_files")).containsEntry("natural_person", 0).containsEntry("total", 0);
    assertThat(row(fed, "partially_granted")).containsEntry("natural_person", 1).containsEntry("total", 1);
  }

  /**
   * A header wrapped at a forum's width (申请人情况 and five columns, then 其他 总计 on the next line) names the columns
   * in the template's order; rows wrapped alike keep their last cells on the next line, a lone one among them the
   * row's total (its cells' sum), not a page number.
   */
  @Test
  void aHeaderAndRowsWrappedAtAForumsWidthAreReadInTheTemplatesOrder() {
    ProcessedReport r = process("forum.txt", TITLE + SECTION_3 + """
        申请人情况    自然人    商业企业    科研机构    社会公益组织    法律服务机构
        其他    总计
        一、本年新收政府信息公开申请数量    1056     109     233      82       1     417
        1898
        二、上年结转政府信息公开申请数量     136       0       0      12       0      63
        211
        三、本年度办理结果
        （一）予以公开     275      37      66      39       1     108     526
        （七）总计    1192     109     233      94       1     480    2109
        四、结转下年度继续办理       0       0       0       0       0       0       0
        """ + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 1056).containsEntry("commercial_enterprise", 109)
        .containsEntry("other_org", 417).containsEntry("total", 1898);
    assertThat(row(r, "carried_over")).containsEntry("natural_person", 136).containsEntry("other_org", 63).containsEntry("total", 211);
    assertThat(row(r, "granted")).containsEntry("natural_person", 275).containsEntry("total", 526);
    assertThat(codes(r)).doesNotContain("columns_by_name");
  }

  /** A lone number after a row a cell short that is not the sum of its cells stays a page number: the row is unread. */
  @Test
  void aLoneNumberThatIsNotTheShortRowsTotalCompletesNoRow() {
    ProcessedReport r = process("page.txt", TITLE + SECTION_3 + """
        自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计
        一、本年新收政府信息公开申请数量 5 0 0 1 0 0
        7
        二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0
        """ + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", null).containsEntry("total", null);
  }

  /** Three proceedings under a markdown header naming the outcomes in another order: each count goes to its outcome. */
  @Test
  void aReviewGridNamingTheOutcomesInAnotherOrderPlacesEachCountByName() {
    ProcessedReport r = process("sorted.md", TITLE + SECTION_4 + """
        | 类型 | 其他结果 | 结果纠正 | 尚未审结 | 结果维持 | 总计 |
        |---|---|---|---|---|---|
        | 行政复议 | 0 | 1 | 2 | 3 | 6 |
        | 行政诉讼（未经复议直接起诉） | 1 | 0 | 0 | 0 | 1 |
        | 行政诉讼（复议后起诉） | 0 | 0 | 0 | 2 | 2 |

        五、存在的主要问题及改进情况
        """);
    assertThat(r.tables().get("review_litigation")).anySatisfy(m -> assertThat(m).containsEntry("proceeding", "review")
        .containsEntry("upheld", 3).containsEntry("corrected", 1).containsEntry("other", 0).containsEntry("pending", 2).containsEntry("total", 6));
    assertThat(r.tables().get("review_litigation")).anySatisfy(m -> assertThat(m).containsEntry("proceeding", "litigation_direct")
        .containsEntry("upheld", 0).containsEntry("other", 1).containsEntry("total", 1));
    assertThat(r.tables().get("review_litigation")).anySatisfy(m -> assertThat(m).containsEntry("proceeding", "litigation_after_review")
        .containsEntry("upheld", 2).containsEntry("total", 2));
  }

  /** A screen reader's export speaking each row on one line, every cell after its column's number, is read as a grid. */
  @Test
  void rowsSpokenOneALineWithTheirColumnsNumbersAreReadAsAGrid() {
    ProcessedReport r = process("spoken.txt", TITLE + SECTION_3 + """
        表格，6行，8列
        第1行 列2 自然人 列3 商业企业 列4 科研机构 列5 社会公益组织 列6 法律服务机构 列7 其他 列8 总计
        第2行 列1 一、本年新收政府信息公开申请数量 列2 12 列3 3 列4 0 列5 1 列6 空白 列7 0 列8 16
        第3行 列1 二、上年结转政府信息公开申请数量 列2 2 列3 0 列4 0 列5 0 列6 0 列7 0 列8 2
        第4行 列1 三、本年度办理结果
        第5行 列1 （七）总计 列2 14 列3 3 列4 0 列5 1 列6 0 列7 0 列8 18
        第6行 列1 四、结转下年度继续办理 列2 0 列3 0 列4 0 列5 0 列6 0 列7 0 列8 0
        表格结束
        """ + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 12).containsEntry("commercial_enterprise", 3)
        .containsEntry("legal_service_org", null).containsEntry("total", 16);
    assertThat(row(r, "total")).containsEntry("natural_person", 14).containsEntry("total", 18);
  }

  /**
   * A portal's text version tagging each line in lenticular brackets (a row's label after 【行】, each cell after its
   * column's name, 【空】 a blank): read as the grid, each cell under the column its tag names.
   */
  @Test
  void aTextVersionTaggingEachCellWithItsColumnIsReadAsAGrid() {
    StringBuilder text = new StringBuilder(TITLE + SECTION_3 + "【表格开始】\n");
    String[] columns = {"自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"};
    String[][] rows = {{"一、本年新收政府信息公开申请数量", "5", "1", "0", "0", "【空】", "0", "6"},
        {"二、上年结转政府信息公开申请数量", "1", "0", "0", "0", "0", "0", "1"}, {"（七）总计", "6", "1", "0", "0", "0", "0", "7"},
        {"四、结转下年度继续办理", "0", "0", "0", "0", "0", "0", "0"}};
    for (String[] row : rows) {
      text.append("【行】").append(row[0]).append('\n');
      for (int c = 0; c < columns.length; c++) {
        text.append('【').append(columns[c]).append('】').append(row[c + 1]).append('\n');
      }
    }
    text.append("【表格结束】\n").append(SECTION_4).append("""
        【行】行政复议
        【结果维持】1
        【结果纠正】0
        【其他结果】0
        【尚未审结】1
        【总计】2
        五、存在的主要问题及改进情况
        """);
    ProcessedReport r = process("text-version.txt", text.toString());
    assertThat(row(r, "new_received")).containsEntry("natural_person", 5).containsEntry("commercial_enterprise", 1)
        .containsEntry("legal_service_org", null).containsEntry("total", 6);
    assertThat(row(r, "total")).containsEntry("natural_person", 6).containsEntry("total", 7);
    assertThat(r.tables().get("review_litigation")).anySatisfy(m -> assertThat(m).containsEntry("proceeding", "review")
        .containsEntry("upheld", 1).containsEntry("pending", 1).containsEntry("total", 2));
  }

  /**
   * A sentence before the table naming its first rows' words with their totals (本年新收…申请19件，上年结转0件。) is
   * prose, not the rows: the table's own rows below it keep their cells.
   */
  @Test
  void aSentenceNamingTheFirstRowsBeforeTheTableLeavesThemTheirCells() {
    ProcessedReport r = process("sentence.txt", TITLE + SECTION_3 + """
        2020年度，本机关本年新收政府信息公开申请19件，上年结转0件，按时办结。
                                                自然人      商业企业    科研机构    社会公益组织 法律服务机构 其他        总计
        一、本年新收政府信息公开申请数量        4           2           2           0           8           3           19
        二、上年结转政府信息公开申请数量        0           0           0           0           0           0           0
        （七）总计                              4           2           2           0           8           3           19
        四、结转下年度继续办理                  0           0           0           0           0           0           0
        """ + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 4).containsEntry("legal_service_org", 8).containsEntry("total", 19);
    assertThat(row(r, "carried_over")).containsEntry("natural_person", 0).containsEntry("total", 0);
  }

  /** A crawled page whose rows lost their breaks (a cell ended by a tab, a row by a space) is read row by row. */
  @Test
  void aCrawledTableWhoseRowsWereJoinedBySpacesIsReadRowByRow() {
    String row = String.join("\t", "一、本年新收政府信息公开申请数量", "5", "1", "0", "0", "", "0", "6") + " "
        + String.join("\t", "二、上年结转政府信息公开申请数量", "1", "0", "0", "0", "0", "0", "1") + " "
        + String.join("\t", "三、本年度办理结果", "（七）总计", "6", "1", "0", "0", "0", "0", "7") + " "
        + String.join("\t", "四、结转下年度继续办理", "0", "0", "0", "0", "0", "0", "0");
    ProcessedReport r = process("crawled.txt", TITLE + SECTION_3 + "申请人情况\t自然人\t法人或其他组织\t总计 "
        + String.join("\t", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他") + " " + row + "\n" + SECTION_4);
    assertThat(row(r, "new_received")).containsEntry("natural_person", 5).containsEntry("commercial_enterprise", 1)
        .containsEntry("legal_service_org", null).containsEntry("total", 6);
    assertThat(row(r, "carried_over")).containsEntry("natural_person", 1).containsEntry("total", 1);
    assertThat(row(r, "total")).containsEntry("natural_person", 6).containsEntry("total", 7);
  }

  /**
   * A grid's outcome titles misread so that they name some outcomes twice and others not (OCR's 结果果纠, 结维持) place
   * nothing: the counts are read in the template's order, as where the titles name it.
   */
  @Test
  void aReviewGridWhoseTitlesNameTooFewOutcomesIsReadInTheTemplatesOrder() {
    ProcessedReport r = process("ocr-titles.txt", TITLE + SECTION_4 + """
        政复	行政诉讼
        	未复议直接起诉	复议后起诉
        结果	结果果纠	其他结果	未审结	总计	结果维	结果纠正	其他结	尚未审结	总计	结维持	结果纠正	其他结果	尚未审结	总计
        0	0	2	2	4	0	0	0	0	0	7	2	3	0	12
        五、存在的主要问题及改进情况
        """);
    assertThat(r.tables().get("review_litigation")).anySatisfy(m -> assertThat(m).containsEntry("proceeding", "review")
        .containsEntry("other", 2).containsEntry("pending", 2).containsEntry("total", 4));
    assertThat(r.tables().get("review_litigation")).anySatisfy(m -> assertThat(m).containsEntry("proceeding", "litigation_after_review")
        .containsEntry("upheld", 7).containsEntry("corrected", 2).containsEntry("total", 12));
  }
}
