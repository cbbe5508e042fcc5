package org.govdisclosure.extract.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.govdisclosure.extract.ProcessedReport;
import org.govdisclosure.extract.ReportProcessor;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govdisclosure.extract.spi.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Section 二 on small synthetic reports in every layout the readers produce: columns by header text, cells, units. */
class ProactiveExtractorTest {

  private static final ReportProcessor PROCESSOR = ReportProcessor.withRegistered();
  private static final String TITLE = "测试镇2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n";
  private static final String NEXT_SECTION = "三、收到和处理政府信息公开申请情况\n";

  private static ProcessedReport process(String text) {
    return PROCESSOR.process("test.txt", text.getBytes(StandardCharsets.UTF_8));
  }

  private static Map<String, Object> item(ProcessedReport r, String item) {
    return r.tables().get("proactive").stream().filter(m -> item.equals(m.get("item"))).findFirst().orElseThrow();
  }

  private static List<String> codes(ProcessedReport r) {
    return r.warnings().stream().map(Warning::code).toList();
  }

  /**
   * A converter that copies a merged cell into each grid column it spans (docling's markdown) prints 采购总金额 twice in
   * the header and the amount twice in the row: one cell, read once with a warning. A row whose last two values differ
   * under such a header is no copy, and stays unread.
   */
  @Test
  void aMergedAmountCopiedUnderItsCopiedHeaderIsReadOnce() {
    String header = "第二十条第（九）项\n\n| 信息内容 | 采购项目数量 | 采购总金额（万元） | 采购总金额（万元） |\n|---|---|---|---|\n";
    ProcessedReport copied = process(TITLE + header + "| 政府集中采购 | 130 | 950.99 | 950.99 |\n\n" + NEXT_SECTION);
    assertThat(copied.tables().get("procurement").get(0)).containsEntry("item_count", 130)
        .containsEntry("amount_yuan", new BigDecimal("9509900.00"));
    assertThat(codes(copied)).contains("merged_cell_copied");
    ProcessedReport differing = process(TITLE + header + "| 政府集中采购 | 130 | 950.99 | 95.99 |\n\n" + NEXT_SECTION);
    assertThat(differing.tables().getOrDefault("procurement", List.of())).isEmpty();
  }

  /**
   * A sub-table copied with 、 between its cells, header and rows alike ({@code 政府集中采购、135、826.2万元}): its
   * rows' cells, as a tabbed copy's.
   */
  @Test
  void cellsListedWithEnumerationCommasUnderTheirHeaderAreARowsCells() {
    ProcessedReport r = process(TITLE + "第二十条第（一）项\n信息内容、本年新制作数量、本年新公开数量、对外公开总数量\n规章、3、0、36\n"
        + "规范性文件、11、-、178\n第二十条第（九）项\n信息内容、采购项目数量、采购总金额\n政府集中采购、135、826.2万元\n" + NEXT_SECTION);
    assertThat(r.tables().get("procurement").get(0)).containsEntry("item_count", 135)
        .containsEntry("amount_yuan", new BigDecimal("8262000.00"));
    assertThat(item(r, "normative_documents")).containsEntry("new_made", 11).containsEntry("total_published", 178);
  }

  /** 采购项目数, 量 left off, heads the count column: the row's two cells are the count and the amount. */
  @Test
  void theItemCountHeaderWithoutItsLastWordNamesTheCountColumn() {
    ProcessedReport r = process(TITLE + "第二十条第(九)项 |\n信息内容 |\n采购项目数 |\n采购总金额 |\n政府集中采购 |\n2 |\n15 |\n"
        + NEXT_SECTION);
    assertThat(r.tables().get("procurement").get(0)).containsEntry("item_count", 2).containsEntry("amount_text", "15");
  }

  /**
   * A markdown table whose header cells a converter wrapped over two rows, each name's pieces stacked in its column
   * ({@code 本年新 | 对外公} over {@code 制作数量 | 开总数量}): one header, as a reader reads it. A caption above names
   * no column joined with it and stays its own row.
   */
  @Test
  void headerCellsWrappedOverTwoGridRowsAreOneHeader() {
    ProcessedReport r = PROCESSOR.process("test.md", ("# 测试镇2020年政府信息公开工作年度报告\n\n## 二、主动公开政府信息情况\n\n" + """
        | 第二十条第（一）项 |  |  |  |
        |---|---|---|---|
        | 信息内容 | 本年新 | 本年新 | 对外公 |
        |  | 制作数量 | 公开数量 | 开总数量 |
        | 规章 | 2 | 31 | 17 |
        | 规范性文件 | 5 | 0 | 44 |

        ## 三、收到和处理政府信息公开申请情况
        """).getBytes(StandardCharsets.UTF_8));
    assertThat(item(r, "rules")).containsEntry("new_made", 2).containsEntry("new_published", 31).containsEntry("total_published", 17);
    assertThat(item(r, "normative_documents")).containsEntry("new_made", 5).containsEntry("total_published", 44);
  }

  @Test
  void template2019TabRowsAreReadByHeaderTextWithSignedChangesBlanksAndMarkers() {
    ProcessedReport r = process(TITLE + """
        第二十条 第(一)项
        信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量
        规章\t0\t0\t0
        规范性文件\t4\t\t106
        其他主动公开文件(含部门文件)\t9\t9\t9
        第二十条第（五）项
        信息内容\t上一年项目数量\t本年增/减\t处理决定数量
        行政许可\t5\t新增1条\t6
        其他对外管理服务事项\t121\t-18\t/
        第二十条第（六）项
        信息内容\t上一年项目数量\t本年增/减\t处理决定数量
        行政处罚\t3\t减少2\t0
        行政强制\t0\t0\t-
        第二十条第（八）项
        信息内容\t上一年项目数量\t本年增/减
        行政事业性收费\t1\t0
        第二十条第（九）项
        信息内容\t采购项目数量\t采购总金额
        政府集中采购\t4\t12.5万元
        """ + NEXT_SECTION);
    assertThat(item(r, "normative_documents")).containsEntry("new_made", 4).containsEntry("new_published", null)
        .containsEntry("total_published", 106).containsEntry("issued", null).containsEntry("source", "table");
    assertThat(item(r, "administrative_licensing")).containsEntry("items_previous_year", 5).containsEntry("items_change", 1)
        .containsEntry("decisions", 6);
    assertThat(item(r, "other_management_services")).containsEntry("items_change", -18).containsEntry("decisions", null);
    assertThat(item(r, "administrative_penalty")).containsEntry("items_change", -2);
    assertThat(item(r, "administrative_coercion")).containsEntry("decisions", null);
    assertThat(item(r, "administrative_fees")).containsEntry("items_previous_year", 1).containsEntry("fee_yuan", null);
    assertThat(r.tables().get("proactive")).extracting(m -> m.get("item")).containsExactly("rules", "normative_documents",
        "administrative_licensing", "other_management_services", "administrative_penalty", "administrative_coercion",
        "administrative_fees");
    assertThat(codes(r)).contains("blank_cell", "marker_cell", "unknown_row");
  }

  /** A sheet's #N/A (a lookup that found nothing) in a column its header leaves unnamed is no value of the row. */
  @Test
  void aSpreadsheetErrorUnderNoColumnsNameIsNoValue() throws Exception {
    try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = book.createSheet("二");
      String[][] rows = {{"测试镇2020年政府信息公开工作年度报告"}, {"二、主动公开政府信息情况"}, {"第二十条第（八）项"},
          {"信息内容", "上一年项目数量", "本年增/减"}, {"行政事业性收费", "7", "2"}, {"三、收到和处理政府信息公开申请情况"}};
      for (int r = 0; r < rows.length; r++) {
        var row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      sheet.getRow(4).createCell(3).setCellErrorValue(FormulaError.NA.getCode());
      book.write(out);

      ProcessedReport r = PROCESSOR.process("test.xlsx", out.toByteArray());

      assertThat(item(r, "administrative_fees")).containsEntry("items_previous_year", 7).containsEntry("items_change", 2);
    }
  }

  @Test
  void sentencesNamingTheColumnsGiveOnlyTheColumnsTheyName() {
    ProcessedReport r = process(TITLE.replace("2020", "2022") + """
        主动公开规章：新制发2件，废止1件，现行有效17件。
        本年制发行政规范性文件6件；现行有效件数58件。
        行政许可方面，处理决定数量1,204件。
        行政处罚：处理决定数量33件；行政政强制：本年处理决定数量4件。
        行政事业性收费：收费金额12.5万元。
        """ + NEXT_SECTION);
    assertThat(item(r, "rules")).containsEntry("issued", 2).containsEntry("repealed", 1).containsEntry("in_force", 17)
        .containsEntry("source", "prose");
    assertThat(item(r, "normative_documents")).containsEntry("issued", 6).containsEntry("repealed", null)
        .containsEntry("in_force", 58);
    assertThat(item(r, "administrative_licensing")).containsEntry("decisions", 1204);
    assertThat(item(r, "administrative_penalty")).containsEntry("decisions", 33);
    assertThat(item(r, "administrative_coercion")).containsEntry("decisions", 4);
    assertThat(item(r, "administrative_fees")).containsEntry("fee_yuan", new BigDecimal("125000.00"));
    assertThat(item(r, "rules").get("evidence")).isEqualTo("主动公开规章：新制发2件，废止1件，现行有效17件。");
    assertThat(codes(r)).contains("label_fuzzy_match");
  }

  /**
   * An amount a sentence states after its column's name without a unit has the unit the template fixes for the column
   * (2021's 收费金额: 万元); 政府集中采购's 采购总金额 has none in the template, so its bare amount stays empty, with a warning,
   * its count read.
   */
  @Test
  void aBareAmountInASentenceTakesTheUnitABareCellWould() {
    ProcessedReport fees = process(TITLE.replace("2020", "2022") + "行政事业性收费：收费金额12.5。\n" + NEXT_SECTION);
    assertThat(item(fees, "administrative_fees")).containsEntry("fee_yuan", new BigDecimal("125000.00"));
    ProcessedReport purchases = process(TITLE + "第二十条第（九）项 政府集中采购：采购项目数量5，采购总金额116.5。\n" + NEXT_SECTION);
    assertThat(purchases.tables().get("procurement").get(0)).containsEntry("item_count", 5)
        .containsEntry("amount_yuan", new BigDecimal("116.50")).containsEntry("amount_unit_source", "assumed");
    assertThat(codes(purchases)).contains("amount_unit_assumed");
  }

  /** An item named again before each column a sentence states is one row with every column it states. */
  @Test
  void anItemNamedAgainWithEachColumnOfASentenceIsOneRow() {
    ProcessedReport r = process(TITLE.replace("2020", "2022") + """
        本年制发行政规范性文件4件，废止行政规范性文件2件，现行有效行政规范性文件31件。
        """ + NEXT_SECTION);
    assertThat(item(r, "normative_documents")).containsEntry("issued", 4).containsEntry("repealed", 2)
        .containsEntry("in_force", 31);
    assertThat(codes(r)).doesNotContain("duplicate_row");
  }

  @Test
  void aSentenceFigureWhoseItemOrNumberIsInDoubtIsLeftEmpty() {
    ProcessedReport r = process(TITLE + """
        行政处罚和行政强制处理决定数量15件。
        行政许可：上一年项目数量1 380项，处理决定数量约40件，本年增/减2项。
        第二十条第（一）项信息内容本年新制作数量本年新公开数量对外公开总数量规章2件
        """ + NEXT_SECTION);
    assertThat(r.tables().get("proactive")).extracting(m -> m.get("item")).doesNotContain("administrative_penalty",
        "administrative_coercion");
    // a header glued to its row, blanks left out, is no sentence: 对外公开总数量 right before 规章 does not count its figure
    assertThat(r.tables().get("proactive")).filteredOn(m -> "rules".equals(m.get("item")))
        .allSatisfy(m -> assertThat(m.get("total_published")).isNotEqualTo(2));
    assertThat(item(r, "administrative_licensing")).containsEntry("items_previous_year", null).containsEntry("decisions", null)
        .containsEntry("items_change", 2);
    assertThat(codes(r)).contains("items_joined");
  }

  /**
   * A sentence that names no column states the item's only column of its figure's sort in the report's template
   * (2021: 处理决定数量, 收费金额); where the row has several (2019), none.
   */
  @Test
  void aSentenceNamingNoColumnStatesTheItemsOnlyColumnOfItsSort() {
    String sentences = """
        行政许可117件，行政处罚1,316件；行政强制三件。
        行政事业性收费项目4个，金额7.5万元。
        """;
    ProcessedReport r2021 = process(TITLE.replace("2020", "2022") + sentences + NEXT_SECTION);
    assertThat(item(r2021, "administrative_licensing")).containsEntry("decisions", 117).containsEntry("source", "prose");
    assertThat(item(r2021, "administrative_penalty")).containsEntry("decisions", 1316);
    assertThat(item(r2021, "administrative_coercion")).containsEntry("decisions", 3);
    assertThat(item(r2021, "administrative_fees")).containsEntry("fee_yuan", new BigDecimal("75000.00"))
        .containsEntry("items_previous_year", null);
    ProcessedReport r2019 = process(TITLE + sentences + NEXT_SECTION);
    assertThat(r2019.tables().getOrDefault("proactive", List.of())).isEmpty();
    assertThat(codes(r2019)).contains("column_unstated");
    // items, a comparison, an amount of something else: no column's figure
    ProcessedReport others = process(TITLE.replace("2020", "2022") + """
        行政许可事项45项，行政处罚同比增长50%。
        行政事业性收费：减免金额3万元。
        """ + NEXT_SECTION);
    assertThat(others.tables().getOrDefault("proactive", List.of())).isEmpty();
    // digits glued to the name of a row of two columns may be both cells run together (4 | 1250元)
    ProcessedReport glued = process(TITLE + "政府集中采购41250元。\n" + NEXT_SECTION);
    assertThat(glued.tables().getOrDefault("procurement", List.of())).allSatisfy(p -> assertThat(p.get("amount_yuan")).isNull());
    assertThat(codes(glued)).contains("column_unstated");
  }

  /** An amount cell printing two figures apart ({@code 67 565488.64元}: the count merged into it) states no amount, nor its text. */
  @Test
  void anAmountCellPrintingTwoFiguresHasNoAmountText() {
    ProcessedReport r = process(TITLE + """
        第二十条第（九）项
        信息内容	采购项目数量	采购总金额
        政府集中采购		67 565488.64元
        """ + NEXT_SECTION);
    assertThat(r.tables().getOrDefault("procurement", List.of()))
        .allSatisfy(p -> assertThat(p).containsEntry("amount_yuan", null).containsEntry("amount_text", null));
  }

  @Test
  void aSentenceStatesTheProcurementAmountWithoutItsCount() {
    ProcessedReport r = process(TITLE + "政府集中采购：采购总金额116万元。\n" + NEXT_SECTION);
    assertThat(r.tables().get("procurement").get(0)).containsEntry("item_count", null)
        .containsEntry("amount_yuan", new BigDecimal("1160000.00")).containsEntry("source", "prose");
  }

  @Test
  void aNegativeCountOutsideTheChangeColumnIsNoValue() {
    ProcessedReport r = process(TITLE + """
        第二十条第（六）项
        信息内容\t上一年项目数量\t本年增/减\t处理决定数量
        行政处罚\t-3\t-3\t2
        """ + NEXT_SECTION);
    assertThat(item(r, "administrative_penalty")).containsEntry("items_previous_year", null).containsEntry("items_change", -3)
        .containsEntry("decisions", 2);
    assertThat(codes(r)).contains("unparseable_cell");
  }

  @Test
  void template2021FeeIsExactYuanInTheUnitOfItsHeaderElseTheTemplates() {
    String template = TITLE.replace("2020", "2021") + """
        第二十条第(五)项\t\t\t
        信息内容\t本年处理决定数量\t\t
        行政许可\t97\t\t
        第二十条第(八)项\t\t\t
        信息内容\t%s\t\t
        行政事业性收费\t%s\t\t
        """ + NEXT_SECTION;
    Map<String, Object> header = item(process(template.formatted("本年收费金额（单位：万元，保留4位小数）", "2.5001")), "administrative_fees");
    assertThat(header).containsEntry("fee_yuan", new BigDecimal("25001.00")).containsEntry("fee_text", "2.5001")
        .containsEntry("fee_unit_source", "header").containsEntry("items_previous_year", null);
    Map<String, Object> byTemplate = item(process(template.formatted("本年收费金额", "3")), "administrative_fees");
    assertThat(byTemplate).containsEntry("fee_yuan", new BigDecimal("30000.00")).containsEntry("fee_unit_source", "template");
    Map<String, Object> inCell = item(process(template.formatted("本年收费金额（单位：万元）", "800元")), "administrative_fees");
    assertThat(inCell).containsEntry("fee_yuan", new BigDecimal("800.00")).containsEntry("fee_unit_source", "cell");
    ProcessedReport blank = process(template.formatted("本年收费金额（万元）", ""));
    assertThat(item(blank, "administrative_fees")).containsEntry("fee_yuan", null).containsEntry("fee_text", null);
    assertThat(codes(blank)).contains("fee_amount_blank");
    assertThat(item(blank, "administrative_licensing")).containsEntry("decisions", 97);
  }

  @Test
  void cellPerLineStreamsWithCaptionHeaderAndRowRunTogetherAreRead() {
    ProcessedReport r = process(TITLE + """
        \t第二十条第（一）项

        \t信息内容
        \t本年新
        制作数量
        \t本年新
        公开数量
        \t对外公开总数量

        \t规章
        \t　　0
        \t 2
        \t　9

        \t第二十条第（八）项

        \t信息内容
        \t上一年项目数量
        \t本年增/减
        \t

        \t行政事业性收费
        \t　1
        \t0\s
        \t

        """ + NEXT_SECTION);
    assertThat(item(r, "rules")).containsEntry("new_made", 0).containsEntry("new_published", 2).containsEntry("total_published", 9);
    assertThat(item(r, "administrative_fees")).containsEntry("items_previous_year", 1).containsEntry("items_change", 0);
  }

  @Test
  void pipeTablesAndHtmlGridsWithSpansAreRead() {
    ProcessedReport pipes = process(TITLE.replace("2020", "2021") + """
        | 第二十条第(一)项 | | | |
        |---|---|---|---|
        | 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
        | 规章 | 0 | 0 | 0 |
        | 行政规范性文件 | 13 | 0 | 55 |
        """ + NEXT_SECTION);
    assertThat(item(pipes, "normative_documents")).containsEntry("issued", 13).containsEntry("repealed", 0).containsEntry("in_force", 55);
    String html = "<html><body><p>测试镇2021年政府信息公开工作年度报告</p><p>二、主动公开政府信息情况</p><table>"
        + "<tr><td colspan=4>第二十条第（六）项</td></tr>"
        + "<tr><td>信息内容</td><td colspan=3>本年处理决定数量</td></tr>"
        + "<tr><td>行政处罚</td><td colspan=3>7</td></tr>"
        + "<tr><td>行政强制</td><td colspan=3>&nbsp;</td></tr>"
        + "</table><p>三、收到和处理政府信息公开申请情况</p></body></html>";
    ProcessedReport grid = PROCESSOR.process("test.html", html.getBytes(StandardCharsets.UTF_8));
    assertThat(item(grid, "administrative_penalty")).containsEntry("decisions", 7);
    assertThat(item(grid, "administrative_coercion")).containsEntry("decisions", null);
    assertThat(codes(grid)).contains("blank_cell");
  }

  /**
   * Two figures a cell prints one above the other (two paragraphs, or {@code 9 67} a conversion merged) are no count:
   * neither 121 nor 12 is what the report says. A count column and a change column alike; a count in inline pieces
   * ({@code <span>1</span><span>5</span>}) is one.
   */
  @Test
  void figuresPrintedApartInACellOfSectionTwoAreNoCount() {
    String html = "<html><body><p>测试镇2019年政府信息公开工作年度报告</p><p>二、主动公开政府信息情况</p><table>"
        + "<tr><td colspan=4>第二十条第（五）项</td></tr>"
        + "<tr><td>信息内容</td><td>上一年项目数量</td><td>本年增/减</td><td>处理决定数量</td></tr>"
        + "<tr><td>行政许可</td><td><p>12</p><p>1</p></td><td>-2 3</td><td><span>1</span><span>5</span></td></tr>"
        + "</table><p>三、收到和处理政府信息公开申请情况</p></body></html>";
    ProcessedReport r = PROCESSOR.process("test.html", html.getBytes(StandardCharsets.UTF_8));
    assertThat(item(r, "administrative_licensing")).containsEntry("items_previous_year", null).containsEntry("items_change", null)
        .containsEntry("decisions", 15);
    assertThat(r.warnings()).filteredOn(w -> w.message().contains("figures_apart")).hasSize(2);
  }

  /**
   * The 2019 template's section 二 drawn on one grid wider than its sub-tables, as CMS pages print it: a value merged
   * across two grid columns is one cell to the eye, so a row has as many cells as its header, not one per grid column.
   */
  @Test
  void aValueMergedAcrossGridColumnsIsOneCell() {
    String html = "<html><body><p>测试镇2019年政府信息公开工作年度报告</p><p>二、主动公开政府信息情况</p><table>"
        + "<tr><td colspan=5>第二十条第（一）项</td></tr>"
        + "<tr><td>信息内容</td><td>本年新制作数量</td><td colspan=2>本年新公开数量</td><td>对外公开总数量</td></tr>"
        + "<tr><td>规范性文件</td><td>8</td><td colspan=2>&nbsp;</td><td>41</td></tr>"
        + "<tr><td colspan=5>第二十条第（六）项</td></tr>"
        + "<tr><td>信息内容</td><td>上一年项目数量</td><td colspan=2>本年增/减</td><td>处理决定数量</td></tr>"
        + "<tr><td>行政处罚</td><td colspan=2>12</td><td>-2</td><td>30</td></tr>"
        + "<tr><td colspan=5>第二十条第（九）项</td></tr>"
        + "<tr><td>信息内容</td><td colspan=2>采购项目数量</td><td colspan=2>采购总金额</td></tr>"
        + "<tr><td>政府集中采购</td><td colspan=2>4</td><td colspan=2>36000元</td></tr>"
        + "</table><p>三、收到和处理政府信息公开申请情况</p></body></html>";
    ProcessedReport r = PROCESSOR.process("test.html", html.getBytes(StandardCharsets.UTF_8));
    assertThat(item(r, "normative_documents")).containsEntry("new_made", 8).containsEntry("new_published", null)
        .containsEntry("total_published", 41);
    assertThat(item(r, "administrative_penalty")).containsEntry("items_previous_year", 12).containsEntry("items_change", -2)
        .containsEntry("decisions", 30);
    assertThat(r.tables().get("procurement").get(0)).containsEntry("item_count", 4)
        .containsEntry("amount_yuan", new BigDecimal("36000.00"));
    assertThat(codes(r)).doesNotContain("extra_cells");
  }

  /**
   * A sub-table narrower than the grid (第二十条第（八）项 with two columns under a four-column caption) leaves blank
   * places right of its header's names: a row whose first value is blank keeps its other value in its own column
   * rather than shedding the blank and moving the value left. A header's note with a number in it
   * ({@code (减用负值表示，如-8)}, {@code (指2019年事项数)}) is header text, not a cell.
   */
  @Test
  void blankPlacesRightOfANarrowHeaderAndNumbersInHeaderNotesAreNoCells() {
    String html = "<html><body><p>测试镇2020年政府信息公开工作年度报告</p><p>二、主动公开政府信息情况</p><table>"
        + "<tr><td colspan=4>第二十条第（五）项</td></tr>"
        + "<tr><td>信息内容</td><td>上一年项目数量(指2019年事项数)</td><td>本年增/减（减用负值表示，如-8）</td><td>处理决定数量</td></tr>"
        + "<tr><td>行政许可</td><td>12</td><td>-3</td><td>140</td></tr>"
        + "<tr><td colspan=4>第二十条第（八）项</td></tr>"
        + "<tr><td>信息内容</td><td>上一年项目数量</td><td>本年增/减</td><td></td></tr>"
        + "<tr><td>行政事业性收费</td><td>&nbsp;</td><td>2</td><td></td></tr>"
        + "</table><p>三、收到和处理政府信息公开申请情况</p></body></html>";
    ProcessedReport r = PROCESSOR.process("test.html", html.getBytes(StandardCharsets.UTF_8));
    assertThat(item(r, "administrative_licensing")).containsEntry("items_previous_year", 12).containsEntry("items_change", -3)
        .containsEntry("decisions", 140);
    assertThat(item(r, "administrative_fees")).containsEntry("items_previous_year", null).containsEntry("items_change", 2);
  }

  /**
   * A grid cell marked none ({@code /}) between one row's label and the next is that row's cell, not punctuation
   * joining the two labels into one; and an empty row between sub-tables (the header row a converter adds to a table
   * without one) gives no blank cells to the row above it.
   */
  @Test
  void aGridRowMarkedNoneAndAnEmptyRowBetweenSubTablesKeepEveryValueInItsRow() {
    ProcessedReport boxed = process(TITLE.replace("2020", "2021") + """
        ┌───────────────┬──────────────┐
        │信息内容       │本年处理决定数量│
        ├───────────────┼──────────────┤
        │行政处罚       │/             │
        ├───────────────┼──────────────┤
        │行政强制       │6             │
        └───────────────┴──────────────┘
        """ + NEXT_SECTION);
    assertThat(item(boxed, "administrative_penalty")).containsEntry("decisions", null);
    assertThat(item(boxed, "administrative_coercion")).containsEntry("decisions", 6);
    ProcessedReport gfm = process(TITLE.replace("2020", "2021") + """
        | 第二十条第（一）项 |  |  |  |
        |---|---|---|---|
        | 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
        | 行政规范性文件 |  | 6 | 0 |

        |  |  |  |  |
        |---|---|---|---|
        | 第二十条第（五）项 |  |  |  |
        | 信息内容 | 本年处理决定数量 |  |  |
        | 行政许可 | 12 |  |  |
        """ + NEXT_SECTION);
    assertThat(item(gfm, "normative_documents")).containsEntry("issued", null).containsEntry("repealed", 6)
        .containsEntry("in_force", 0);
    assertThat(item(gfm, "administrative_licensing")).containsEntry("decisions", 12);
  }

  /**
   * Text that leaves blank cells out (pdftotext -layout): a row with no value runs into the next row's label, whose
   * values they are; and where the header prints its names apart, a row short of cells has blanks left out, not
   * digits glued together ({@code 0  14} is not 0 | 1 | 4).
   */
  @Test
  void rowsWithBlanksLeftOutOfSpacedTextKeepTheirValuesOrNone() {
    ProcessedReport r = process(TITLE + """
        第二十条第（一）项
        信息内容     本年新制作数量   本年新公开数量   对外公开总数量
        规章           0                  14
        第二十条第（六）项
        信息内容     上一年项目数量   本年增/减   处理决定数量
        行政处罚
        行政强制        3             -1          6
        """ + NEXT_SECTION);
    assertThat(item(r, "administrative_coercion")).containsEntry("items_previous_year", 3).containsEntry("items_change", -1)
        .containsEntry("decisions", 6);
    assertThat(r.tables().get("proactive")).extracting(m -> m.get("item")).doesNotContain("rules", "administrative_penalty");
    assertThat(codes(r)).contains("short_row").doesNotContain("glued_row_split");
  }

  /**
   * An item's label wrapped around its value ({@code 其他对外管理} / 7 / {@code 服务事项}) right before the next item's
   * caption and header: the value is the wrapped row's, never the row after the header's.
   */
  @Test
  void aValueInsideAWrappedLabelBeforeTheNextItemsHeaderIsNotThatItemsRow() {
    ProcessedReport r = process(TITLE + """
          第二十条第（五）项
          信息内容      上一年项目数   本年增/减     处理决定数量
                        量
          行政许可                  15
          其他对外管理                                          7
          服务事项
          第二十条第（六）项
          信息内容      上一年项目数   本年增/减     处理决定数量
                        量
          行政处罚                                 0            4
          行政强制                   9                          6
        """ + NEXT_SECTION);
    assertThat(r.tables().getOrDefault("proactive", List.of())).extracting(m -> m.get("items_previous_year")).doesNotContain(7);
  }

  /**
   * A lone value printed apart under a header of two columns (pdftotext -layout, the other cell blank and left out) is
   * one number in a column that is not known: the row stays empty, never split into digits (47 as 4 | 7, 10.35万元 as
   * 1 | 0.35万元); the same digits glued to the label in crawled text are a run of cells, split.
   */
  @Test
  void aLoneValuePrintedApartIsOneNumberInAColumnNotKnown() {
    ProcessedReport spaced = process(TITLE + """
        第二十条第（八）项
        信息内容      上一年项目数量   本年增/减
        行政事业性收费                    47
        第二十条第（九）项
        信息内容      采购项目数量     采购总金额
        政府集中采购                     10.35万元
        """ + NEXT_SECTION);
    assertThat(spaced.tables().getOrDefault("proactive", List.of())).isEmpty();
    assertThat(spaced.tables().getOrDefault("procurement", List.of())).isEmpty();
    assertThat(spaced.warnings()).filteredOn(w -> w.code().equals("short_row") && w.message().contains("printed apart for 2 columns"))
        .hasSize(2);
    ProcessedReport glued = process(TITLE + "第二十条第（八）项信息内容上一年项目数量本年增/减行政事业性收费47\n" + NEXT_SECTION);
    assertThat(item(glued, "administrative_fees")).containsEntry("items_previous_year", 4).containsEntry("items_change", 7);
  }

  /** An amount wrapped around its row's line (its digits above, the rest on the row) leaves the row unread, not 4元. */
  @Test
  void numbersBetweenAHeaderAndItsRowLeaveTheRowUnread() {
    ProcessedReport r = process(TITLE + """
        第二十条第（九）项
        信息内容   采购项目数量 采购总金额
                      3601627.
        政府集中采购 126    4
        """ + NEXT_SECTION);
    assertThat(r.tables().getOrDefault("procurement", List.of())).allMatch(m -> m.get("amount_yuan") == null);
    assertThat(codes(r)).contains("labels_after_values");
  }

  /** A count glued to an amount splits many ways; the amount the report's own sentence prints picks the one. */
  @Test
  void aGluedPurchaseRowIsSplitWhereTheTextPrintsItsAmount() {
    String row = "第二十条第（九）项信息内容采购项目数量采购总金额政府集中采购1284560000.5元\n" + NEXT_SECTION;
    ProcessedReport stated = process(TITLE + "全年通过政府采购平台完成采购128批次，合计4560000.5元。\n" + row);
    assertThat(stated.tables().get("procurement").get(0)).containsEntry("item_count", 128)
        .containsEntry("amount_yuan", new BigDecimal("4560000.50")).containsEntry("amount_text", "4560000.5元");
    assertThat(codes(stated)).contains("glued_row_split");
    ProcessedReport silent = process(TITLE + "全年规范开展政府采购工作。\n" + row);
    assertThat(silent.tables().getOrDefault("procurement", List.of())).isEmpty();
    assertThat(codes(silent)).contains("glued_row_ambiguous");
  }

  /**
   * Lines pasted from a table whose separators the reader takes for no table (a CSV line, a markdown row without its
   * outer pipes and alignment row): the separators part the cells and name no row, so no row is left with its first
   * value alone, split into digits (110 as 1 | 1 | 0); a dash after a separator is a sign.
   */
  @Test
  void commasAndPipesBetweenValuesOfALinePartCellsAndNameNoRow() {
    ProcessedReport r = process(TITLE + """
        第二十条第（五）项
        信息内容,上一年项目数量,本年增/减,处理决定数量
        行政许可,110,-18,3576
        第二十条第（六）项
        信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量
        行政处罚 | 273 | 13 | 7489
        """ + NEXT_SECTION);
    assertThat(item(r, "administrative_licensing")).containsEntry("items_previous_year", 110).containsEntry("items_change", -18)
        .containsEntry("decisions", 3576);
    assertThat(item(r, "administrative_penalty")).containsEntry("items_previous_year", 273).containsEntry("items_change", 13)
        .containsEntry("decisions", 7489);
    assertThat(codes(r)).doesNotContain("glued_row_split", "unknown_row");
  }

  @Test
  void crawledTextIsReadWhereItsDigitsAllowOneReadingOnly() {
    ProcessedReport r = process(TITLE + "第二十条第（一）项信息内容本年新制作数量本年新公开数量对外公开总数量规章000规范性文件121223"
        + "第二十条第（五）项信息内容上一年项目数量本年增/减处理决定数量行政许可5-37其他对外管理服务事项 12 -3 4"
        + "第二十条第（八）项信息内容上一年项目数量本年增/减行政事业性收费350"
        + "第二十条第（九）项信息内容采购项目数量采购总金额政府集中采购 3 12.5万元\n" + NEXT_SECTION);
    assertThat(item(r, "rules")).containsEntry("new_made", 0).containsEntry("new_published", 0).containsEntry("total_published", 0);
    assertThat(item(r, "other_management_services")).containsEntry("items_previous_year", 12).containsEntry("items_change", -3)
        .containsEntry("decisions", 4);
    // 121223 splits many ways, 5-37 leaves the sign's place open, 350 is 3|50 or 35|0: no row rather than a guess
    assertThat(r.tables().get("proactive")).extracting(m -> m.get("item"))
        .containsExactly("rules", "other_management_services");
    assertThat(codes(r)).contains("glued_row_split", "glued_row_ambiguous", "short_row");
    assertThat(r.tables().get("procurement").get(0)).containsEntry("item_count", 3)
        .containsEntry("amount_yuan", new BigDecimal("125000.00")).containsEntry("amount_text", "12.5万元");
  }

  @Test
  void aMisprintedItemLabelIsReadWithAWarningNamingIt() {
    ProcessedReport r = process(TITLE.replace("2020", "2021") + """
        第二十条第（六）项
        信息内容\t本年处理决定数量
        行政处处罚\t7
        """ + NEXT_SECTION);
    assertThat(item(r, "administrative_penalty")).containsEntry("decisions", 7);
    assertThat(r.warnings()).anyMatch(w -> w.code().equals("label_fuzzy_match") && w.message().contains("行政处处罚"));
  }

  @Test
  void otherTablesOfTheSectionAndCaptionsWithDigitsYieldNoRows() {
    ProcessedReport r = process(TITLE + """
        栏目名称\t子栏目\t2020年发布数量(条)
        法规公文\t规范性文件\t4
        政府决策\t行政许可\t11
        第二十条第（1）项\t\t\t
        """ + NEXT_SECTION);
    assertThat(r.tables()).doesNotContainKey("proactive");
    assertThat(codes(r)).contains("missing_tables");
  }

  @Test
  void theYearsPublishedTotalComesFromTheSentencesBesideTheTableAndAnApproximateOneHasNoCount() {
    String template = TITLE + """
        %s
        第二十条第（一）项
        信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量
        规章\t0\t0\t0
        """ + NEXT_SECTION;
    ProcessedReport exact = process(template.formatted("2020年度本镇主动公开政府信息337条，其中政策文件2条。"));
    assertThat(item(exact, "published_total")).containsEntry("published_count", 337).containsEntry("published_text", "337条")
        .containsEntry("source", "prose").containsEntry("evidence", "2020年度本镇主动公开政府信息337条,其中政策文件2条。");
    assertThat(item(exact, "rules")).containsEntry("source", "table");
    ProcessedReport approximate = process(template.formatted("全年主动公开政府信息260余条。"));
    assertThat(item(approximate, "published_total")).containsEntry("published_count", null).containsEntry("published_text", "260余条");
    ProcessedReport subItemOnly = process(template.formatted("主动公开政策文件2条，未发现应主动公开而未公开的情况。"));
    assertThat(subItemOnly.tables().get("proactive")).extracting(m -> m.get("item")).containsExactly("rules");
  }

  /**
   * pdftotext puts a space where the font changes between CJK and digits: {@code 新增 8 条} is one cell of 本年增/减, not
   * a label cutting the row (which left 121 alone, split into 1 | 2 | 1).
   */
  @Test
  void aChangePrintedApartFromItsWordsIsOneCell() {
    ProcessedReport r = process(TITLE + """
        第二十条第（五）项
        信息内容 上一年项目数量 本年增/减 处理决定数量
        行政许可 5 新增 1 条 6
        其他对外管理服务事项 121 新增 8 条 78500
        """ + NEXT_SECTION);
    assertThat(item(r, "administrative_licensing")).containsEntry("items_previous_year", 5).containsEntry("items_change", 1)
        .containsEntry("decisions", 6);
    assertThat(item(r, "other_management_services")).containsEntry("items_previous_year", 121).containsEntry("items_change", 8)
        .containsEntry("decisions", 78500);
  }

  /**
   * A text dump in the order of the table's columns prints values between a header and its first row label
   * ({@code … 对外公开数量 3 3 3 规章 4 4 4 规范性文件}): each row's values may precede its label as well as follow it, so
   * the sub-table's rows are left unread, while a number inside the header's note wrapped apart is no row's.
   */
  @Test
  void valuesPrintedBetweenAHeaderAndItsFirstRowLabelLeaveTheRowsUnread() {
    ProcessedReport r = process(TITLE + """
        第二十条第（一）项
        信息内容 本年新制作数量 本年新公开数量 对外公开数量 3 3 3 规章 4 4 4 规范性文件
        第二十条第（八）项
        信息内容 本年收费金额（单位：万元，保留
        4
        位小数）
        行政事业性收费 0
        """ + NEXT_SECTION);
    assertThat(r.tables().get("proactive")).extracting(m -> m.get("item")).containsExactly("administrative_fees");
    assertThat(r.warnings()).anyMatch(w -> w.code().equals("labels_after_values") && w.message().contains("rules"));
  }

  /**
   * A dump of narrow columns whose header names wrap apart ({@code 上一年} / {@code 项目数量}, {@code 处理决} / {@code 定数量})
   * names one column of three: a row printing three values shows the table has more, so a row printing one under the
   * same header is not that column's, whichever order the rows come in; a row whose values all read the same is.
   */
  @Test
  void rowsNoLongerThanAHeaderThatNamedTooFewColumnsAreLeftUnread() {
    ProcessedReport r = process(TITLE + """
        第二十条第（五）项
        信息内容 上一年 本年增/减 处理决
        项目数量 定数量
        其他对外管理服务 14
        事项 2 0
        行政许可 7 1 23
        第二十条第（六）项
        信息内容 上一年 本年增/减 处理决
        项目数量 定数量
        行政处罚 0 0 0
        行政强制 8
        """ + NEXT_SECTION);
    assertThat(r.tables().getOrDefault("proactive", List.of())).extracting(m -> m.get("item")).containsExactly("administrative_penalty");
    assertThat(item(r, "administrative_penalty")).containsEntry("items_change", 0);
    assertThat(r.warnings()).anyMatch(w -> w.code().equals("header_short") && w.message().contains("other_management_services"))
        .anyMatch(w -> w.code().equals("header_short") && w.message().contains("administrative_coercion"));
  }

  /**
   * A dump in its own reading order runs a header's wrapped pieces on into the first row label ({@code 处理决} /
   * {@code 项目数} / {@code 量} / {@code 行政处罚 5}): the header names one column of three, the rest of its words end up
   * before the row's phrase, so the row's one value is no column's known.
   */
  @Test
  void aHeaderWhoseWordsRunOnIntoTheRowLabelLeavesItsShortRowsUnread() {
    ProcessedReport r = process(TITLE + """
        第二十条
        第（六）项
        信息内容 上一年 本年增/减 处理决
        项目数
        量
        行政处罚 5

        定数量
        1

        2

        行政强制
        """ + NEXT_SECTION);
    assertThat(r.tables().getOrDefault("proactive", List.of())).noneMatch(m -> "administrative_penalty".equals(m.get("item")));
    assertThat(r.warnings()).anyMatch(w -> w.code().equals("header_short") && w.message().contains("处理决项目数量"));
  }

  /**
   * A row printing no value runs its label on into the next row's, misprinted ({@code 行政处罚} / {@code 行政政强制  4}),
   * the first perhaps misprinted too, or letter-spaced: the value is the row's whose label ends the run, never the
   * blank row's.
   */
  @ParameterizedTest
  @CsvSource({"行政处罚, 行政政强制", "行政处处罚, 行 政 政 强 制", "行政处处罚, 行政强强制"})
  void aBlankRowsLabelRunOnIntoAMisprintedNextLabelLeavesTheValueToTheNextRow(String blankRow, String nextRow) {
    ProcessedReport r = process(TITLE + "第二十条第（六）项\n信息内容           本年处理决定数量\n" + blankRow + "\n"
        + nextRow + "         4\n" + NEXT_SECTION);
    assertThat(r.tables().get("proactive")).noneMatch(m -> "administrative_penalty".equals(m.get("item")) && m.get("decisions") != null);
    assertThat(item(r, "administrative_coercion")).containsEntry("decisions", 4);
    assertThat(r.warnings()).anyMatch(w -> w.code().equals("label_fuzzy_match") && w.message().contains("read as administrative_coercion"));
  }

  /**
   * A blank row's label runs on into the next row's, misprinted and going on past the template's phrase
   * ({@code 行政许可} / {@code 其他对外管服务事项 | | -4 | 2}): the values are the next row's, never the blank row's.
   */
  @Test
  void aBlankRowsLabelRunOnIntoAMisprintedLongerNextLabelLeavesTheValuesToTheNextRow() {
    ProcessedReport r = process(TITLE + """
        第二十条第（五）项
        信息内容\t上一年项目数量\t本年增/减\t处理决定数量
        行政许可
        其他对外管服务事项\t\t-4\t2
        """ + NEXT_SECTION);
    assertThat(r.tables().get("proactive")).noneMatch(m -> "administrative_licensing".equals(m.get("item")));
    assertThat(item(r, "other_management_services")).containsEntry("items_previous_year", null).containsEntry("items_change", -4)
        .containsEntry("decisions", 2);
  }

  /**
   * A note on a row's label naming another item ({@code 行政处罚（含行政强制）}) is the row's own: its values stay
   * the row's.
   */
  @Test
  void anItemNamedInANoteOnARowsLabelDoesNotTakeItsValues() {
    ProcessedReport r = process(TITLE + """
        第二十条第（六）项
        信息内容\t上一年项目数量\t本年增/减\t处理决定数量
        行政处罚（含行政强制）\t6\t-4\t2
        """ + NEXT_SECTION);
    assertThat(r.tables().get("proactive")).noneMatch(m -> "administrative_coercion".equals(m.get("item")));
    assertThat(item(r, "administrative_penalty")).containsEntry("items_previous_year", 6);
  }

  /**
   * A header wrapped apart ({@code 本年新制作} / {@code 数量}) names only the column whose pieces ran together: a row
   * printing two alike values and a blank cell ({@code 规章 5 5 _}, kept as a grid's cell or lost in the text) does not
   * show which is the named column's, the blank as likely as either: the row is left unread.
   */
  @ParameterizedTest
  @CsvSource({"规范性文件 2            7            9", "规范性文件 2                         9"})
  void aLongerRowLeavingACellBlankUnderAHeaderNamingTooFewColumnsIsLeftUnread(String nextRow) {
    ProcessedReport r = process(TITLE + """
          第二十条第
          （一）项
          信息内容   本年新制作   本年新公开   对外公开总
                     数量         数量         数量
          规章       5            5
        """ + "  " + nextRow + "\n" + NEXT_SECTION);
    assertThat(r.tables().getOrDefault("proactive", List.of())).noneMatch(m -> "rules".equals(m.get("item"))
        && (m.get("new_made") != null || m.get("new_published") != null || m.get("total_published") != null));
    assertThat(r.warnings()).anyMatch(w -> w.code().equals("header_short") && w.message().contains("rules"));
  }

  /**
   * A header whose first column's name lost its last character to a wrap ({@code 上一年项目数} / {@code 量}) names
   * only the columns after it: a row printing as many values as those is not known to be in them.
   */
  @Test
  void aHeaderPrintingAPieceOfAColumnItDoesNotNameLeavesItsShortRowsUnread() {
    ProcessedReport r = process(TITLE + """
        第二十条第（五）项
        信息内容      上一年项目数   本年增/减      处理决定数量
                      量
        行政许可      20                            2
        """ + NEXT_SECTION);
    assertThat(r.tables().getOrDefault("proactive", List.of()))
        .noneMatch(m -> "administrative_licensing".equals(m.get("item")) && m.get("items_change") != null);
    assertThat(r.warnings()).anyMatch(w -> w.code().equals("header_short") && w.message().contains("上一年项目数"));
  }

  /** The same run of header words into a row label misprinted ({@code 行政处处罚}): the row's one value is still no column's known. */
  @Test
  void aHeaderWhoseWordsRunOnIntoAMisprintedRowLabelLeavesItsShortRowsUnread() {
    ProcessedReport r = process(TITLE + """
        第二十条
        第（六）项
        信息内容 上一年 本年增/减 处理决
        项目数
        量
        行政处处罚 5

        定数量
        1

        2

        行政强制
        """ + NEXT_SECTION);
    assertThat(r.tables().getOrDefault("proactive", List.of())).noneMatch(m -> "administrative_penalty".equals(m.get("item"))
        && m.values().stream().anyMatch(v -> Integer.valueOf(5).equals(v)));
    assertThat(r.warnings()).anyMatch(w -> w.code().equals("header_short") && w.message().contains("处理决项目数量"));
  }

  /**
   * A dump parting every cell by a blank line prints a row's first count between the pieces of its wrapped label
   * ({@code 行政事业性收} / {@code 13} / {@code 费}): the row is the label's whole phrase with every count, never its
   * first count split into the row's two cells.
   */
  @Test
  void aLabelWrappedAroundItsFirstCountIsOneRowWithAllItsCounts() {
    ProcessedReport r = process(TITLE + """
        第二十条第（八）项

        信息内容

        上一年项目数量

        本年增/减

        行政事业性收
        13
        费

        -2

        """ + NEXT_SECTION);
    assertThat(item(r, "administrative_fees")).containsEntry("items_previous_year", 13).containsEntry("items_change", -2);
    assertThat(codes(r)).doesNotContain("glued_row_split");
  }

  /**
   * A grid cell holding a value set against its label where no ruling parts them ({@code 行政事业性收16费}, a
   * three-line table's label wrapped around it): its digits are one cell's, never a line's cells glued together, so
   * they are not split into 1 and 6 to fill the row's two columns.
   */
  @Test
  void digitsInsideAGridCellsLabelAreNeverSplitIntoCells() {
    ProcessedReport r = process(TITLE + """
        第二十条第（八）项
        信息内容\t上一年项目数量\t本年增/减
        行政事业性收16费\t0
        """ + NEXT_SECTION);
    assertThat(r.tables().getOrDefault("proactive", List.of())).noneMatch(m -> "administrative_fees".equals(m.get("item")));
    assertThat(codes(r)).doesNotContain("glued_row_split");
  }

  /**
   * Section 二 exported a line per cell, its labels parted by slashes and its value after a colon, in any order: each
   * value under the column its line names, 本年增/减 a column's name though it holds a slash, and the fee's unit kept.
   */
  @Test
  void linesOfOneCellEachAreReadAsTheirItemsRows() {
    ProcessedReport r = process(TITLE + """
        第二十条第（一）项/规章/对外公开总数量：5
        第二十条第（一）项/规章/本年新制作数量：1
        第二十条第（五）项/行政许可/本年增/减：-3
        第二十条第（一）项/规章/本年新公开数量：4
        第二十条第（五）项/行政许可/上一年项目数量：154
        第二十条第（八）项/行政事业性收费/本年收费金额（单位：万元）：2.5
        """ + NEXT_SECTION);
    assertThat(item(r, "rules")).containsEntry("new_made", 1).containsEntry("new_published", 4).containsEntry("total_published", 5);
    assertThat(item(r, "administrative_licensing")).containsEntry("items_previous_year", 154).containsEntry("items_change", -3);
    assertThat(item(r, "administrative_fees")).containsEntry("fee_yuan", new BigDecimal("25000.00"));
  }

  /**
   * A tab-separated export of section 二, a row per cell under a line of titles: 政府集中采购's two cells are read among
   * the other items' rows, each under the column its row names.
   */
  @Test
  void aLongExportsProcurementCellsAreReadAmongTheOtherItems() {
    ProcessedReport r = process(TITLE + """
        条款\t信息内容\t指标\t数值
        第二十条第（一）项\t规章\t本年新制作数量\t2
        第二十条第（九）项\t政府集中采购\t采购总金额（元）\t7,332,102.56元
        第二十条第（一）项\t规章\t本年新公开数量\t5
        第二十条第（九）项\t政府集中采购\t采购项目数量\t48
        """ + NEXT_SECTION);
    assertThat(item(r, "rules")).containsEntry("new_made", 2).containsEntry("new_published", 5);
    assertThat(r.tables().get("procurement").get(0)).containsEntry("item_count", 48)
        .containsEntry("amount_yuan", new BigDecimal("7332102.56"));
  }
}
