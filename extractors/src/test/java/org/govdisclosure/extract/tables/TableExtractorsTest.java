package org.govdisclosure.extract.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.govdisclosure.extract.ProcessedReport;
import org.govdisclosure.extract.ReportProcessor;
import org.govdisclosure.extract.spi.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cell reading on small synthetic reports: blanks and markers, units, wrapped rows, unknown rows. */
class TableExtractorsTest {

  private static final ReportProcessor PROCESSOR = ReportProcessor.withRegistered();

  private static ProcessedReport process(String text) {
    return PROCESSOR.process("test.txt", text.getBytes(StandardCharsets.UTF_8));
  }

  private static Map<String, Object> row(ProcessedReport r, String table, String column, String value) {
    return r.tables().get(table).stream().filter(m -> value.equals(m.get(column))).findFirst().orElseThrow();
  }

  /** The counts read in a section 三 row: none where the row is left unread. */
  private static List<Object> counts(ProcessedReport r, String rowKey) {
    return r.tables().get("applications").stream().filter(m -> rowKey.equals(m.get("row_key")))
        .flatMap(m -> m.values().stream()).filter(v -> v instanceof Integer).toList();
  }

  private static List<String> codes(ProcessedReport r) {
    return r.warnings().stream().map(Warning::code).toList();
  }

  @Test
  void blankAndMarkerCellsAreNullNotZeroAndWarned() {
    ProcessedReport r = process("""
        测试镇2020年政府信息公开工作年度报告
        三、收到和处理政府信息公开申请情况
        一、本年新收政府信息公开申请数量\t3\t\t/\t0\t-\t0\t3
        四、政府信息公开行政复议、行政诉讼情况
        """);
    Map<String, Object> received = row(r, "applications", "row_key", "new_received");
    assertThat(received).containsEntry("natural_person", 3).containsEntry("commercial_enterprise", null)
        .containsEntry("research_institution", null).containsEntry("social_welfare_org", 0).containsEntry("total", 3);
    assertThat(codes(r)).contains("blank_cell", "marker_cell");
  }

  /** A report's section 三 opening with a summary table (one column), then the detail table's caption. */
  private static final String SUMMARY_BEFORE_DETAIL = """
      测试镇2020年政府信息公开工作年度报告
      三、收到和处理政府信息公开申请情况
      表一 汇总
      项目	总计
      一、本年新收政府信息公开申请数量	5
      （七）总计	5

      表二 明细
      """;

  /**
   * A table printed twice, a summary of its 总计 column and then the detail: the detail, the widest table, is read
   * alone. Two tables as wide (this year's and another) are no summary and detail: their repeated rows stay unread.
   */
  @Test
  void aSummaryPrintedBeforeTheDetailTableLeavesTheDetailRead() {
    String summary = SUMMARY_BEFORE_DETAIL;
    String detail = """
        一、本年新收政府信息公开申请数量	4	1	0	0	0	0	5
        （一）予以公开	4	1	0	0	0	0	5
        （七）总计	4	1	0	0	0	0	5
        四、政府信息公开行政复议、行政诉讼情况
        """;
    ProcessedReport r = process(summary + detail);
    assertThat(counts(r, "new_received")).containsExactly(4, 1, 0, 0, 0, 0, 5);
    assertThat(counts(r, "total")).containsExactly(4, 1, 0, 0, 0, 0, 5);
    String other = summary.replace("项目\t总计\n", "").replace("\t5\n", "\t3\t2\t0\t0\t0\t0\t5\n");
    ProcessedReport two = process(other + detail);
    assertThat(counts(two, "new_received")).isEmpty();
  }

  /**
   * The detail after its summary parted by a page break (a page number and the running title between two rows): its
   * two parts, as wide and printing rows of their own, are one table, read alone as before.
   */
  @Test
  void aDetailTablePartedByAPageBreakIsReadAloneAfterItsSummary() {
    ProcessedReport r = process(SUMMARY_BEFORE_DETAIL + """
        一、本年新收政府信息公开申请数量	4	1	0	0	0	0	5
        （一）予以公开	4	1	0	0	0	0	5
        -4-
        测试镇2020年政府信息公开工作年度报告
        （六）其他处理	0	0	0	0	0	0	0
        （七）总计	4	1	0	0	0	0	5
        四、政府信息公开行政复议、行政诉讼情况
        """);
    assertThat(counts(r, "new_received")).containsExactly(4, 1, 0, 0, 0, 0, 5);
    assertThat(counts(r, "granted")).containsExactly(4, 1, 0, 0, 0, 0, 5);
    assertThat(counts(r, "total")).containsExactly(4, 1, 0, 0, 0, 0, 5);
  }

  @Test
  void labelsWithDigitsNeverBecomeValuesAndUnknownRowsAreWarned() {
    ProcessedReport r = process("""
        测试镇2020年政府信息公开工作年度报告
        三、收到和处理政府信息公开申请情况
        （三）不予公开\t1.属于国家秘密\t1\t0\t0\t0\t0\t0\t1
        \t9.属于本机关新发明的情形\t1\t0\t0\t0\t0\t0\t1
        \t其他情形：\t1\t0\t0\t0\t0\t0\t1
        """);
    assertThat(row(r, "applications", "row_key", "withheld_state_secret")).containsEntry("natural_person", 1).containsEntry("total", 1);
    assertThat(r.tables().get("applications")).hasSize(1);
    // a label closed by a colon has no ordinal: no numbered row the template lacks
    assertThat(r.warnings()).filteredOn(w -> w.message().contains("is not in the template")).hasSize(1);
  }

  /**
   * A crawled table whose lines all print as many pipes as its widest (| 0 | ||||||||): a row's one figure in its first
   * cell and blanks past the table's columns, its total's among them, lost its cells: which column the figure stands
   * in is unknown. A row as wide as the columns, its total blank, keeps its figure where it stands.
   */
  @Test
  void aCrawledRowWithOneFigureAndBlanksPastTheColumnsLostItsCells() {
    ProcessedReport r = process("""
        测试镇2021年政府信息公开工作年度报告
        三、收到和处理政府信息公开申请情况
        (本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 | ||||||||
        自然人 | 法人或其他组织 | 总计 | |||||||
        商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |||||
        一、本年新收政府信息公开申请数量 | 0 | ||||||||
        二、上年结转政府信息公开申请数量 | 0 | ||||||||
        """);
    assertThat(r.tables().getOrDefault("applications", List.of())).allSatisfy(row -> assertThat(row.get("natural_person")).isNull());
    assertThat(codes(r)).contains("lone_figure");
    ProcessedReport asWide = process("""
        测试镇2020年政府信息公开工作年度报告
        三、收到和处理政府信息公开申请情况
        一、本年新收政府信息公开申请数量\t3\t\t\t\t\t\t
        四、政府信息公开行政复议、行政诉讼情况
        """);
    assertThat(row(asWide, "applications", "row_key", "new_received")).containsEntry("natural_person", 3);
    assertThat(codes(asWide)).doesNotContain("lone_figure");
  }

  @Test
  void aShortRowYieldsNoValuesRatherThanShiftedOnes() {
    ProcessedReport r = process("""
        测试镇2020年政府信息公开工作年度报告
        三、收到和处理政府信息公开申请情况
        （七）总计\t1\t2\t3
        """);
    assertThat(row(r, "applications", "row_key", "total")).containsEntry("natural_person", null).containsEntry("total", null);
    assertThat(codes(r)).contains("short_row");
  }

  /**
   * A table under no header naming its columns, whose figures say 总计 is printed first (each row's first
   * cell the sum of the others, no row's last one; 1 0 0 0 0 0 1 says nothing): read in the template's order every
   * cell would be a column off, so the rows stay empty with a warning. Where the last cell is the sum, the rows read
   * as printed.
   */
  @Test
  void rowsWhoseFiguresPutTheTotalFirstUnderNoHeaderStayEmpty() {
    String rows = """
        一、本年新收政府信息公开申请数量    30    11    4    2    7    2    4
        二、上年结转政府信息公开申请数量    0    0    0    0    0    0    0
        三、本年度办理结果（一）予以公开    3    0    0    0    3    0    0
        （二）部分公开（区分处理的，只计这一情形，不计其他情形）    1    1    0    0    0    0    0
        （三）不予公开1.属于国家秘密    1    0    0    0    0    0    1
        """;
    ProcessedReport first = process("测试镇2020年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n" + rows);
    assertThat(counts(first, "new_received")).isEmpty();
    assertThat(counts(first, "granted")).isEmpty();
    assertThat(codes(first)).contains("total_column_elsewhere");
    String last = rows.replace("30    11    4    2    7    2    4", "11    4    2    7    2    4    30")
        .replace("3    0    0    0    3    0    0", "0    0    0    3    0    0    3")
        .replace("1    1    0    0    0    0    0", "1    0    0    0    0    0    1");
    ProcessedReport inOrder = process("测试镇2020年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n" + last);
    assertThat(counts(inOrder, "new_received")).containsExactly(11, 4, 2, 7, 2, 4, 30);
    assertThat(codes(inOrder)).doesNotContain("total_column_elsewhere");
  }

  /**
   * A stored page copy cut part-way through the line after the 政府集中采购 row (one cell a line): the cut line's start
   * (20 of 2020年…) is no third cell; a text ending in a line break has no cut line, and three cells stay unread. A text
   * cut in the row's last figure leaves that figure unread: it may be cut short.
   */
  @Test
  void theCutLineAfterTheProcurementRowIsNoCellOfIt() {
    String cells = String.join("\n\n", "测试乡2020年政府信息公开工作年度报告", "二、主动公开政府信息情况", "第二十条第(九)项",
        "信息内容", "采购项目数量", "采购总金额", "政府集中采购", "3", "7150", "20");
    Map<String, Object> cut = process(cells).tables().get("procurement").get(0);
    assertThat(cut).containsEntry("item_count", 3).containsEntry("amount_text", "7150");
    assertThat(process(cells + "\n").tables()).doesNotContainKey("procurement");
    // cut in the amount itself (71 of 7150): the count stands, the amount may be cut short
    Map<String, Object> cutAmount = process(cells.substring(0, cells.lastIndexOf("7150") + 2)).tables().get("procurement").get(0);
    assertThat(cutAmount).containsEntry("item_count", 3).containsEntry("amount_text", null).containsEntry("amount_yuan", null);
  }

  /**
   * Only the row the cut text ends in may hold the cut line: an earlier row whose last figure happens to print the same
   * characters (7 here) keeps it.
   */
  @Test
  void anEarlierRowEndingInTheCutLinesFigureKeepsIt() {
    String cells = String.join("\n\n", "测试乡2020年政府信息公开工作年度报告", "二、主动公开政府信息情况", "第二十条第(一)项",
        "信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量", "规章", "2", "0", "7", "第二十条第(九)项",
        "信息内容", "采购项目数量", "采购总金额", "政府集中采购", "3", "7");
    ProcessedReport r = process(cells);
    assertThat(r.tables().get("proactive")).filteredOn(m -> "rules".equals(m.get("item"))).singleElement()
        .satisfies(m -> assertThat(m).containsEntry("new_made", 2).containsEntry("new_published", 0).containsEntry("total_published", 7));
    assertThat(r.tables().get("procurement").get(0)).containsEntry("item_count", 3).containsEntry("amount_text", null);
  }

  @Test
  void procurementUnitComesFromTheCellTheHeaderOrIsAssumed() {
    String template = """
        测试镇2020年政府信息公开工作年度报告
        二、主动公开政府信息情况
        第二十条第（九）项
        信息内容\t采购项目数量\t%s
        政府集中采购\t4\t%s
        三、收到和处理政府信息公开申请情况
        """;
    Map<String, Object> inHeader = process(template.formatted("采购总金额（万元）", "12.5")).tables().get("procurement").get(0);
    assertThat(inHeader).containsEntry("amount_yuan", new BigDecimal("125000.00")).containsEntry("amount_unit_source", "header");
    Map<String, Object> inCell = process(template.formatted("采购总金额", "300.6万")).tables().get("procurement").get(0);
    assertThat(inCell).containsEntry("amount_yuan", new BigDecimal("3006000.00")).containsEntry("amount_unit_source", "cell");
    Map<String, Object> split = process(template.formatted("采购总金额", "73802895.90\t元")).tables().get("procurement").get(0);
    assertThat(split).containsEntry("amount_yuan", new BigDecimal("73802895.90")).containsEntry("amount_unit_source", "cell");
    ProcessedReport assumed = process(template.formatted("采购总金额", "8040"));
    assertThat(assumed.tables().get("procurement").get(0)).containsEntry("amount_unit_source", "assumed");
    assertThat(codes(assumed)).contains("amount_unit_assumed");
  }

  /**
   * A text browser's dump wraps the header cells in their columns ({@code 采购项目数} / {@code 量},
   * {@code 采购总金额} / {@code （万元）}): the unit on the header's second line, run on into the row's label, is the
   * amount column's, so 329.41 is 万元, not yuan.
   */
  @Test
  void procurementUnitOnTheWrappedHeadersNextLineIsTheAmountColumns() {
    ProcessedReport r = process("""
        测试镇2020年政府信息公开工作年度报告
        二、主动公开政府信息情况
           第二十条第
           （九）项
           信息内容     采购项目数   采购总金额
                        量           （万元）
           政府集中采   21           329.41
           购
        三、收到和处理政府信息公开申请情况
        """);
    assertThat(r.tables().get("procurement").get(0)).containsEntry("item_count", 21)
        .containsEntry("amount_yuan", new BigDecimal("3294100.00")).containsEntry("amount_unit_source", "header");
  }

  /**
   * A PDF's narrow amount cell wraps the amount at its decimal point ({@code 2980403} / {@code .14元}, pdftotext's
   * layout): the decimals alone on the next line are the amount's, 2980403.14 yuan, not 2980403.
   */
  @Test
  void procurementAmountWrappedAtItsDecimalPointIsOneAmount() {
    ProcessedReport r = process("""
        测试镇2020年政府信息公开工作年度报告
        二、主动公开政府信息情况
        第二十条第（九）项
        信息内容    采购项目数量    采购总金额
        政府集中采购          387    2980403
                                     .14元
        三、收到和处理政府信息公开申请情况
        """);
    assertThat(r.tables().get("procurement").get(0)).containsEntry("item_count", 387)
        .containsEntry("amount_yuan", new BigDecimal("2980403.14")).containsEntry("amount_text", "2980403.14元");
  }

  /**
   * The amount's unit wrapped onto the next line beside the row label's wrapped tail ({@code 574.6385万} / {@code 购
   * 元}, a text dump of a narrow table): 元 completes the amount's 万, so the amount as printed is 574.6385万元; a bare
   * figure's 元 so wrapped is its unit too.
   */
  @Test
  void procurementUnitWrappedBesideTheLabelsTailIsTheAmounts() {
    ProcessedReport r = process("""
        测试镇2020年政府信息公开工作年度报告
        二、主动公开政府信息情况
        第二十条第（九）项
           信息内容     采购项目数   采购总金额
                        量
           政府集中采   243          574.6385万
           购                        元
        三、收到和处理政府信息公开申请情况
        """);
    assertThat(r.tables().get("procurement").get(0)).containsEntry("item_count", 243)
        .containsEntry("amount_yuan", new BigDecimal("5746385.00")).containsEntry("amount_text", "574.6385万元");
    ProcessedReport bare = process("""
        测试镇2020年政府信息公开工作年度报告
        二、主动公开政府信息情况
        第二十条第（九）项
           信息内容     采购项目数   采购总金额
                        量
           政府集中采   12           80598.5
           购                        元
        三、收到和处理政府信息公开申请情况
        """);
    assertThat(bare.tables().get("procurement").get(0)).containsEntry("amount_yuan", new BigDecimal("80598.50"))
        .containsEntry("amount_text", "80598.5元").containsEntry("amount_unit_source", "cell");
  }

  /**
   * OCR took a row ordinal's period for a comma ({@code 4，保护…}) in a line whose cells are parted by spaces: the 4
   * is the label's ordinal, not an eighth cell of the row above.
   */
  @Test
  void aRowOrdinalWhoseMarkReadsAsACommaIsNoCellOfTheRowAbove() {
    ProcessedReport r = process("""
        测试镇2020年政府信息公开工作年度报告
        三、收到和处理政府信息公开申请情况
        自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计
        3.危及“三安全一稳定” 2 0 0 0 0 1 3
        4，保护第三方合法权益 1 0 0 0 0 0 1
        5:属于三类内部事务信息 0 0 1 0 0 0 1
        四、政府信息公开行政复议、行政诉讼情况
        """);
    assertThat(row(r, "applications", "row_key", "withheld_safety_stability")).containsEntry("natural_person", 2).containsEntry("total", 3);
    assertThat(row(r, "applications", "row_key", "withheld_third_party")).containsEntry("natural_person", 1).containsEntry("total", 1);
    assertThat(row(r, "applications", "row_key", "withheld_internal_affairs")).containsEntry("research_institution", 1).containsEntry("total", 1);
    assertThat(codes(r)).doesNotContain("extra_cells");
  }

  /** OCR read section 四's numeral as its look-alike (囚 for 四): the heading still ends section 三's last row. */
  @Test
  void aHeadingWhoseNumeralOcrMisreadAsALookAlikeStillOpensItsSection() {
    ProcessedReport r = process("""
        测试镇2020年政府信息公开工作年度报告
        三、收到和处理政府信息公开申请情况
        自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计
        （匕）总计 5 1 0 0 0 0 6
        四、结转下年度继续办理 1 0 0 0 0 0 1
        囚、政府信息公开行政复议、行政诉讼情况
        行政复议 2 0 0 1 3
        行政诉讼（未经复议直接起诉） 0 0 0 0 0
        行政诉讼（复议后起诉） 0 1 0 0 1
        五、存在的主要问题及改进情况
        """);
    assertThat(row(r, "applications", "row_key", "total")).containsEntry("natural_person", 5).containsEntry("total", 6);
    assertThat(row(r, "applications", "row_key", "carried_forward")).containsEntry("natural_person", 1).containsEntry("total", 1);
    assertThat(row(r, "review_litigation", "proceeding", "review")).containsEntry("upheld", 2).containsEntry("total", 3);
  }

  /**
   * A scan's header whose OCR misread one column's name (米购项目数量, 采购总金人额) beside the other's, printed exactly:
   * the row's two figures are still the two columns', with the misread name in a warning; a header naming no column
   * exactly names none.
   */
  @Test
  void aHeaderColumnNameMisreadByOneCharacterBesideAnExactOneIsStillItsColumn() {
    String template = """
        测试镇2020年政府信息公开工作年度报告
        二、主动公开政府信息情况
        第二十条第（九）项
        信息内容	%s	%s
        政府集中采购	53	155602.7
        三、收到和处理政府信息公开申请情况
        """;
    for (String[] header : new String[][] {{"米购项目数量", "采购总金额"}, {"采购项目数量", "采购总金人额"}}) {
      ProcessedReport r = process(template.formatted(header[0], header[1]));
      assertThat(r.tables().get("procurement").get(0)).as(String.join(" ", header)).containsEntry("item_count", 53)
          .containsEntry("amount_text", "155602.7");
      String misread = header[0].startsWith("米") ? header[0] : header[1];
      assertThat(r.warnings()).anySatisfy(w -> assertThat(w.code() + " " + w.message()).startsWith("label_fuzzy_match").contains(misread));
    }
    assertThat(process(template.formatted("米购项目数量", "采购总金人额")).tables()).doesNotContainKey("procurement");
  }

  /** A sentence states the procurement amount with its magnitude alone (万), as a cell may print it. */
  @Test
  void aSentenceStatesTheProcurementAmountWithItsMagnitudeAlone() {
    ProcessedReport r = process("""
        测试镇2020年政府信息公开工作年度报告
        二、主动公开政府信息情况
        政府集中采购：采购项目数量12，采购总金额345.6万。
        三、收到和处理政府信息公开申请情况
        """);
    assertThat(r.tables().get("procurement").get(0)).containsEntry("item_count", 12)
        .containsEntry("amount_yuan", new BigDecimal("3456000.00")).containsEntry("amount_text", "345.6万");
  }

  @Test
  void sectionFourProceedingsAreTheirsDespiteAnOcrConfusionOrADoubledCharacter() {
    ProcessedReport r = process("""
        测试镇2020年政府信息公开工作年度报告
        四、政府信息公开行政复议、行政诉讼情况
        行政复议 0 0 0 0 0
        行政诉讼（末经复议直接起诉） 2 0 0 1 3
        行政诉讼（复议议后起诉） 0 1 0 0 1
        五、存在的主要问题及改进情况
        """);
    assertThat(row(r, "review_litigation", "proceeding", "litigation_direct")).containsEntry("upheld", 2).containsEntry("total", 3);
    assertThat(row(r, "review_litigation", "proceeding", "litigation_after_review")).containsEntry("corrected", 1).containsEntry("total", 1);
    assertThat(codes(r)).contains("label_fuzzy_match");
  }

  @Test
  void aProceedingLabelSpanningTheLabelColumnsBesideOneSplitInTwoLeavesNoCellOfItsOwn() {
    // 行政复议 over both label columns, 行政诉讼 down two rows beside its two kinds (a CMS editor's turned table)
    ProcessedReport r = PROCESSOR.process("test.html", """
        <html><body><p>测试镇2020年政府信息公开工作年度报告</p>
        <p>四、政府信息公开行政复议、行政诉讼情况</p>
        <table><tr><td colspan=2>&nbsp;</td><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>
        <tr><td colspan=2>行政复议</td><td>1</td><td>2</td><td>0</td><td>0</td><td>3</td></tr>
        <tr><td rowspan=2>行政诉讼</td><td>未经复议直接起诉</td><td>0</td><td>4</td><td>0</td><td>1</td><td>5</td></tr>
        <tr><td>复议后起诉</td><td>2</td><td>0</td><td>0</td><td>0</td><td>2</td></tr></table>
        <p>五、存在的主要问题及改进情况</p></body></html>
        """.getBytes(StandardCharsets.UTF_8));
    assertThat(row(r, "review_litigation", "proceeding", "review")).containsEntry("upheld", 1).containsEntry("total", 3);
    assertThat(row(r, "review_litigation", "proceeding", "litigation_direct")).containsEntry("corrected", 4).containsEntry("total", 5);
    assertThat(row(r, "review_litigation", "proceeding", "litigation_after_review")).containsEntry("upheld", 2).containsEntry("total", 2);
  }

  /** Section 四 with the outcomes as rows, the proceedings as columns, its last row named {@code total}, and {@code after} it. */
  private static ProcessedReport turnedSectionFour(String total, String after) {
    return PROCESSOR.process("test.html", ("""
        <html><body><p>测试镇2020年政府信息公开工作年度报告</p>
        <p>四、政府信息公开行政复议、行政诉讼情况</p>
        <table><tr><td>类别</td><td>行政复议</td><td>行政诉讼（未经复议直接起诉）</td><td>行政诉讼（复议后起诉）</td></tr>
        <tr><td>结果维持</td><td>1</td><td>0</td><td>2</td></tr>
        <tr><td>结果纠正</td><td>0</td><td>3</td><td>0</td></tr>
        <tr><td>其他结果</td><td>0</td><td>0</td><td>0</td></tr>
        <tr><td>尚未审结</td><td>4</td><td>0</td><td>1</td></tr>
        <tr><td>%s</td><td>5</td><td>3</td><td>3</td></tr>%s</table>
        <p>五、存在的主要问题及改进情况</p></body></html>
        """).formatted(total, after).getBytes(StandardCharsets.UTF_8));
  }

  private static void assertTurnedSectionFourRead(ProcessedReport r) {
    assertThat(row(r, "review_litigation", "proceeding", "review")).containsEntry("upheld", 1).containsEntry("pending", 4)
        .containsEntry("total", 5);
    assertThat(row(r, "review_litigation", "proceeding", "litigation_direct")).containsEntry("corrected", 3).containsEntry("total", 3);
    assertThat(row(r, "review_litigation", "proceeding", "litigation_after_review")).containsEntry("upheld", 2)
        .containsEntry("pending", 1).containsEntry("total", 3);
  }

  @Test
  void sectionFourWithTheOutcomesAsRowsIsReadTurnedBack() {
    assertTurnedSectionFourRead(turnedSectionFour("总计", ""));
  }

  @Test
  void aTurnedSectionFourEndingInWordsRowOfEmptyWidthCellsIsStillReadTurnedBack() {
    assertTurnedSectionFourRead(turnedSectionFour("总计", "<tr height=0>" + "<td width=60></td>".repeat(5) + "</tr>"));
  }

  /**
   * Section 四 turned with 行政诉讼 merged across its two proceedings over a second header row, 类别 and 行政复议 merged
   * down both: turned back, the merges turn too, so no blank stands between a proceeding's name and its five counts.
   */
  @Test
  void aTurnedSectionFourWithLitigationMergedOverItsTwoProceedingsIsReadTurnedBack() {
    ProcessedReport r = PROCESSOR.process("test.html", """
        <html><body><p>测试镇2020年政府信息公开工作年度报告</p>
        <p>四、政府信息公开行政复议、行政诉讼情况</p>
        <table><tr><td rowspan=2>项目</td><td rowspan=2>行政复议</td><td colspan=2>行政诉讼</td></tr>
        <tr><td>未经复议直接起诉</td><td>复议后起诉</td></tr>
        <tr><td>结果维持</td><td>1</td><td>0</td><td>2</td></tr>
        <tr><td>结果纠正</td><td>0</td><td>3</td><td>0</td></tr>
        <tr><td>其他结果</td><td>0</td><td>0</td><td>0</td></tr>
        <tr><td>尚未审结</td><td>4</td><td>0</td><td>1</td></tr>
        <tr><td>总计</td><td>5</td><td>3</td><td>3</td></tr></table>
        <p>五、存在的主要问题及改进情况</p></body></html>
        """.getBytes(StandardCharsets.UTF_8));
    assertTurnedSectionFourRead(r);
  }

  /**
   * The same table copied one cell a line: its header rows are as short as their names, so none stands over its
   * column. Named once each in the template's order, the proceedings are the order of each row's three counts; named
   * in another order, which count is whose is not known, and the table is left unread.
   */
  @Test
  void aTurnedSectionFourCopiedOneCellALineReadsItsCountsInTheHeadersOrder() {
    String cells = String.join("\n\n", "\t项目\n\t行政复议\n\t行政诉讼", "\t%s\n\t%s",
        "\t结果维持\n\t1\n\t0\n\t2", "\t结果纠正\n\t0\n\t3\n\t0", "\t其他结果\n\t0\n\t0\n\t0",
        "\t尚未审结\n\t4\n\t0\n\t1", "\t总计\n\t5\n\t3\n\t3");
    String report = "测试镇2020年政府信息公开工作年度报告\n四、政府信息公开行政复议、行政诉讼情况\n%s\n\n五、存在的主要问题及改进情况\n";
    assertTurnedSectionFourRead(PROCESSOR.process("cells.txt",
        report.formatted(cells.formatted("未经复议直接起诉", "复议后起诉")).getBytes(StandardCharsets.UTF_8)));
    ProcessedReport swapped = PROCESSOR.process("cells.txt",
        report.formatted(cells.formatted("复议后起诉", "未经复议直接起诉")).getBytes(StandardCharsets.UTF_8));
    assertThat(swapped.tables().getOrDefault("review_litigation", List.of())).allSatisfy(m -> assertThat(m.get("total")).isNull());
  }

  /** Every other word for a total the template gives (合计, 共计, 累计) names section 四's total as 总计 does, here a turned table's row. */
  @ParameterizedTest
  @ValueSource(strings = {"合计", "共计", "累计"})
  void anyTotalsWordNamesSectionFoursTotalRowOfATurnedTable(String total) {
    assertTurnedSectionFourRead(turnedSectionFour(total, ""));
  }

  @Test
  void sectionFourInTwoTablesReviewThenBothLitigationsUnderOneHeaderIsReadFiveByFive() {
    ProcessedReport r = PROCESSOR.process("test.html", """
        <html><body><p>测试镇2020年政府信息公开工作年度报告</p>
        <p>四、政府信息公开行政复议、行政诉讼情况</p>
        <table><tr><td colspan=5>行政复议</td></tr>
        <tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>
        <tr><td>1</td><td>0</td><td>0</td><td>2</td><td>3</td></tr></table>
        <table><tr><td colspan=10>行政诉讼</td></tr>
        <tr><td colspan=5>未经复议直接起诉</td><td colspan=5>复议后起诉</td></tr>
        <tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>
        <td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>
        <tr><td>0</td><td>4</td><td>0</td><td>0</td><td>4</td><td>5</td><td>0</td><td>1</td><td>0</td><td>6</td></tr></table>
        <p>五、存在的主要问题及改进情况</p></body></html>
        """.getBytes(StandardCharsets.UTF_8));
    assertThat(row(r, "review_litigation", "proceeding", "review")).containsEntry("pending", 2).containsEntry("total", 3);
    assertThat(row(r, "review_litigation", "proceeding", "litigation_direct")).containsEntry("corrected", 4).containsEntry("total", 4);
    assertThat(row(r, "review_litigation", "proceeding", "litigation_after_review")).containsEntry("upheld", 5)
        .containsEntry("other", 1).containsEntry("total", 6);
  }

  /**
   * Section 四 as two tables, the 行政复议 one printing its header and no row of cells (a spreadsheet saves a row of blank
   * cells as an empty line): the row of ten under 行政诉讼's header is its two proceedings', the review left empty.
   */
  @Test
  void sectionFoursLitigationRowOfTenUnderAReviewTableWithoutCellsIsTheLitigations() {
    ProcessedReport r = PROCESSOR.process("test.txt", """
        测试镇2020年政府信息公开工作年度报告
        四、政府信息公开行政复议、行政诉讼情况
        （一）行政复议情况
        结果维持\t结果纠正\t其他结果\t尚未审结\t总计

        （二）行政诉讼情况
        未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t
        结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计
        4\t1\t0\t2\t7\t1\t\t5\t0\t6
        五、存在的主要问题及改进情况
        """.getBytes(StandardCharsets.UTF_8));
    assertThat(row(r, "review_litigation", "proceeding", "review")).containsEntry("upheld", null).containsEntry("total", null);
    assertThat(row(r, "review_litigation", "proceeding", "litigation_direct")).containsEntry("upheld", 4).containsEntry("total", 7);
    assertThat(row(r, "review_litigation", "proceeding", "litigation_after_review")).containsEntry("upheld", 1)
        .containsEntry("other", 5).containsEntry("total", 6);
  }

  /** A page opening section 三's table under header rows with a 小计 column after the five organisations. */
  private static final String SUBTOTAL_HEADER = """
      <html><body><p>测试镇2020年政府信息公开工作年度报告</p>
      <p>三、收到和处理政府信息公开申请情况</p>
      <table><tr><td rowspan=2>申请人情况</td><td rowspan=2>自然人</td><td colspan=6>法人或其他组织</td><td rowspan=2>总计</td></tr>
      <tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td><td>小计</td></tr>""";

  @Test
  void aSubtotalColumnAfterTheFiveOrganizationColumnsIsNoColumnOfTheMatrix() {
    ProcessedReport r = PROCESSOR.process("test.html", (SUBTOTAL_HEADER + """
        <tr><td>一、本年新收政府信息公开申请数量</td><td>6</td><td>1</td><td>0</td><td>2</td><td>0</td><td>1</td><td>4</td><td>10</td></tr>
        <tr><td>二、上年结转政府信息公开申请数量</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>
        <tr><td>四、结转下年度继续办理</td><td>2</td><td>0</td><td>1</td><td>0</td><td>0</td><td>0</td><td>1</td><td>3</td></tr></table>
        <p>四、政府信息公开行政复议、行政诉讼情况</p></body></html>
        """).getBytes(StandardCharsets.UTF_8));
    assertThat(row(r, "applications", "row_key", "new_received")).containsEntry("natural_person", 6)
        .containsEntry("commercial_enterprise", 1).containsEntry("social_welfare_org", 2).containsEntry("other_org", 1)
        .containsEntry("total", 10);
    assertThat(row(r, "applications", "row_key", "carried_forward")).containsEntry("research_institution", 1).containsEntry("total", 3);
  }

  /** A 小计 cell left blank is the subtotal's place holding no count: the row's other cells are read in their columns. */
  @Test
  void aSubtotalLeftBlankIsDroppedAsTheSubtotal() {
    ProcessedReport r = PROCESSOR.process("test.html", (SUBTOTAL_HEADER + """
        <tr><td>一、本年新收政府信息公开申请数量</td><td>3</td><td>0</td><td>1</td><td>0</td><td>0</td><td>2</td><td></td><td>6</td></tr>
        <tr><td>二、上年结转政府信息公开申请数量</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr></table>
        <p>四、政府信息公开行政复议、行政诉讼情况</p></body></html>
        """).getBytes(StandardCharsets.UTF_8));
    assertThat(row(r, "applications", "row_key", "new_received")).containsEntry("natural_person", 3)
        .containsEntry("research_institution", 1).containsEntry("other_org", 2).containsEntry("total", 6);
  }

  /**
   * The matrix parted into two tables, the column headers (小计 among them) printed over the first only: the second,
   * as wide, has the first's columns, so its 小计 cells are dropped as the first's are.
   */
  @Test
  void aContinuationWithoutHeadersKeepsTheSubtotalColumnOfTheTableItContinues() {
    ProcessedReport r = PROCESSOR.process("test.html", (SUBTOTAL_HEADER + """
        <tr><td>一、本年新收政府信息公开申请数量</td><td>6</td><td>1</td><td>0</td><td>2</td><td>0</td><td>1</td><td>4</td><td>10</td></tr></table>
        <p>（续表）</p>
        <table><tr><td>二、上年结转政府信息公开申请数量</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>
        <tr><td>四、结转下年度继续办理</td><td>2</td><td>0</td><td>1</td><td>0</td><td>0</td><td>2</td><td>3</td><td>5</td></tr></table>
        <p>四、政府信息公开行政复议、行政诉讼情况</p></body></html>
        """).getBytes(StandardCharsets.UTF_8));
    assertThat(row(r, "applications", "row_key", "carried_over")).containsEntry("natural_person", 1).containsEntry("total", 1);
    assertThat(row(r, "applications", "row_key", "carried_forward")).containsEntry("natural_person", 2)
        .containsEntry("research_institution", 1).containsEntry("other_org", 2).containsEntry("total", 5);
  }

  /**
   * The matrix parted one table a row (a PDF-to-markdown converter), the rows under a group printing its label in a
   * column of their own, so wider than the first table that names 小计: each row's cell after the five organisations,
   * counted from its last label, is still the subtotal, dropped where it is their sum; a row where it is not keeps too
   * many counts to be read.
   */
  @Test
  void aContinuationOfAnotherWidthDropsTheSubtotalEachRowPlacesAfterItsLabels() {
    ProcessedReport r = PROCESSOR.process("test.html", (SUBTOTAL_HEADER + """
        <tr><td>一、本年新收政府信息公开申请数量</td><td>6</td><td>1</td><td>0</td><td>2</td><td>0</td><td>1</td><td>4</td><td>10</td></tr></table>
        <p>（一）予以公开</p>
        <table><tr><td>三、本年度办理结果</td><td>（一）予以公开</td><td>4</td><td>1</td><td>0</td><td>2</td><td>0</td><td>0</td><td>3</td><td>7</td></tr></table>
        <p>（二）部分公开</p>
        <table><tr><td>三、本年度办理结果</td><td>（二）部分公开</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>2</td><td>1</td><td>3</td></tr></table>
        <table><tr><td>三、本年度办理结果</td><td>（三）不予公开</td><td>1.属于国家秘密</td><td>0</td><td>0</td><td>3</td><td>0</td><td>0</td><td>0</td><td>3</td><td>3</td></tr></table>
        <p>四、政府信息公开行政复议、行政诉讼情况</p></body></html>
        """).getBytes(StandardCharsets.UTF_8));
    assertThat(row(r, "applications", "row_key", "granted")).containsEntry("natural_person", 4)
        .containsEntry("commercial_enterprise", 1).containsEntry("social_welfare_org", 2).containsEntry("other_org", 0)
        .containsEntry("total", 7);
    assertThat(row(r, "applications", "row_key", "withheld_state_secret")).containsEntry("natural_person", 0)
        .containsEntry("research_institution", 3).containsEntry("other_org", 0).containsEntry("total", 3);
    assertThat(r.tables().get("applications")).noneMatch(row -> "partially_granted".equals(row.get("row_key")) && row.get("total") != null);
  }

  /**
   * A table whose rows are not all as wide (a three-line table's rows laid out by their printed cells: here a row
   * printing only a note) gives its reader no subtotal column; a row of one count more than the matrix's columns still
   * loses its 小计 where it is the five organisations' sum, and a row where it is not keeps too many counts to be read.
   */
  @Test
  void aSubtotalInRowsOfATableNotAllAsWideIsDroppedFromTheRowsItSums() {
    ProcessedReport r = PROCESSOR.process("test.html", (SUBTOTAL_HEADER + """
        <tr><td>一、本年新收政府信息公开申请数量</td><td>7</td><td>2</td><td>0</td><td>3</td><td>0</td><td>1</td><td>6</td><td>13</td></tr>
        <tr><td>单位：件</td></tr>
        <tr><td>二、上年结转政府信息公开申请数量</td><td>2</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>2</td></tr>
        <tr><td>四、结转下年度继续办理</td><td>3</td><td>0</td><td>1</td><td>0</td><td>0</td><td>0</td><td>4</td><td>7</td></tr></table>
        <p>四、政府信息公开行政复议、行政诉讼情况</p></body></html>
        """).getBytes(StandardCharsets.UTF_8));
    assertThat(row(r, "applications", "row_key", "new_received")).containsEntry("natural_person", 7)
        .containsEntry("commercial_enterprise", 2).containsEntry("social_welfare_org", 3).containsEntry("other_org", 1)
        .containsEntry("total", 13);
    assertThat(row(r, "applications", "row_key", "carried_over")).containsEntry("natural_person", 2).containsEntry("total", 2);
    assertThat(r.tables().get("applications")).noneMatch(row -> "carried_forward".equals(row.get("row_key")) && row.get("total") != null);
  }

  /**
   * The header rows printed as a grid of their own, the rows as grids of another width (a sheet's rows parted by labels
   * wrapped out of their cells, each label over two columns): the header's column of 小计 is none of theirs, but a row
   * of one count more than the matrix's columns still loses its 小计 where it is the five organisations' sum.
   */
  @Test
  void aSubtotalNamedInAHeaderPrintedApartIsDroppedFromTheRowsItSums() {
    ProcessedReport r = PROCESSOR.process("test.html", (SUBTOTAL_HEADER + """
        </table><table>
        <tr><td colspan=2>一、本年新收政府信息公开申请数量</td><td>5</td><td>0</td><td>1</td><td>0</td><td>2</td><td>1</td><td>4</td><td>9</td></tr>
        <tr><td colspan=2>二、上年结转政府信息公开申请数量</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>
        <tr><td colspan=2>四、结转下年度继续办理</td><td>3</td><td>0</td><td>1</td><td>0</td><td>0</td><td>0</td><td>4</td><td>7</td></tr></table>
        <p>四、政府信息公开行政复议、行政诉讼情况</p></body></html>
        """).getBytes(StandardCharsets.UTF_8));
    assertThat(row(r, "applications", "row_key", "new_received")).containsEntry("natural_person", 5)
        .containsEntry("research_institution", 1).containsEntry("legal_service_org", 2).containsEntry("other_org", 1)
        .containsEntry("total", 9);
    assertThat(row(r, "applications", "row_key", "carried_over")).containsEntry("natural_person", 1).containsEntry("total", 1);
    assertThat(r.tables().get("applications")).noneMatch(row -> "carried_forward".equals(row.get("row_key")) && row.get("total") != null);
  }

  /**
   * The same matrix as positioned text (a converter's plain text): the header line naming 小计 tells that a row's
   * count after the five organisations is their subtotal where it is their sum; a row where it is not keeps too many
   * counts to be read.
   */
  @Test
  void aSubtotalColumnNamedInPositionedTextIsDroppedFromTheRowsItSums() {
    ProcessedReport r = process("测试镇2020年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
        + "                              自然人   法人或其他组织                                   总计\n"
        + "                                       商业企业 科研机构 社会公益组织 法律服务机构 其他 小计\n"
        + "一、本年新收政府信息公开申请数量      6        1        0            2            0    1    4   10\n"
        + "二、上年结转政府信息公开申请数量      1        0        0            0            0    0    0    1\n"
        + "四、结转下年度继续办理                2        0        1            0            0    0    3    5\n"
        + "四、政府信息公开行政复议、行政诉讼情况\n");
    assertThat(row(r, "applications", "row_key", "new_received")).containsEntry("natural_person", 6)
        .containsEntry("commercial_enterprise", 1).containsEntry("social_welfare_org", 2).containsEntry("other_org", 1)
        .containsEntry("total", 10);
    assertThat(row(r, "applications", "row_key", "carried_over")).containsEntry("natural_person", 1).containsEntry("total", 1);
    assertThat(r.tables().get("applications")).noneMatch(row -> "carried_forward".equals(row.get("row_key")) && row.get("total") != null);
  }

  @Test
  void cellsOnePerLineWithoutRowBreaksAreReadRowByRow() {
    ProcessedReport r = process("测试镇2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
        + "第二十条第(九)项\n\n信息内容\n\n采购项目数量\n\n采购总金额\n\n政府集中采购\n\n1\n\n8040\n\n三、收到和处理政府信息公开申请情况\n");
    assertThat(r.tables().get("procurement").get(0)).containsEntry("item_count", 1).containsEntry("amount_text", "8040");
  }

  /**
   * A page copied one cell a line, each cell on the next line: an empty line between cells is an empty cell, in its
   * place (here a blank 商业企业 and a blank 总计), not a line break to skip.
   */
  @Test
  void anEmptyLineAmongCellsOnConsecutiveLinesIsABlankCellInItsPlace() {
    ProcessedReport r = process("测试镇2021年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
        + "一、本年新收政府信息公开申请数量\n4\n\n0\n0\n0\n1\n5\n"
        + "二、上年结转政府信息公开申请数量\n2\n0\n0\n0\n0\n0\n \n"
        + "四、结转下年度继续办理\n1\n0\n0\n0\n0\n0\n1\n"
        + "四、政府信息公开行政复议、行政诉讼情况\n");
    assertThat(row(r, "applications", "row_key", "new_received")).containsEntry("natural_person", 4)
        .containsEntry("commercial_enterprise", null).containsEntry("other_org", 1).containsEntry("total", 5);
    assertThat(row(r, "applications", "row_key", "carried_over")).containsEntry("natural_person", 2).containsEntry("total", null);
    assertThat(row(r, "applications", "row_key", "carried_forward")).containsEntry("natural_person", 1).containsEntry("total", 1);
  }

  /**
   * pdftotext's default dump parts every cell by a blank line, and gathers a wrapped row's pieces on consecutive lines
   * ({@code 22 3} / {@code 1} / {@code 8}): a line of counts printed apart is no cell of a copy one cell a line, so the
   * blank lines near it stay line breaks, not blank cells that would place the row's counts in columns they are not in.
   */
  @Test
  void countsGatheredOnConsecutiveLinesByADumpThatPartsEveryCellMakeNoBlankCells() {
    ProcessedReport r = process("测试镇2020年政府信息公开工作年度报告\n\n三、收到和处理政府信息公开申请情况\n\n"
        + "（六）其他处理\n\n0\n\n4\n\n17 0\n\n（七）总计\n\n12\n\n35 7\n\n22 3\n1\n8\n\n"
        + "四、结转下年度继续办理\n\n0\n\n0\n\n0\n\n0\n\n0\n\n0\n\n0\n\n四、政府信息公开行政复议、行政诉讼情况\n");
    assertThat(row(r, "applications", "row_key", "other")).containsEntry("commercial_enterprise", null)
        .containsEntry("social_welfare_org", null).containsEntry("other_org", null).containsEntry("total", null);
    assertThat(codes(r)).contains("short_row").doesNotContain("blank_cell");
  }

  /**
   * A page cut inside section 三's header, then the site's footer: the footer's words and digits (an ICP number, the
   * site's code) are no rows of the table, so the table is not read and the sentence's count stands.
   */
  /**
   * pdftotext's default dump parts its pages by form feeds, and prints a row's first count between the pieces of its
   * wrapped label ({@code 机关确认或重} / {@code 4} / {@code 新出具已获取}): a bare number between two lines of text is
   * then a cell, and a page number only where a form feed follows it.
   */
  @Test
  void inTextPagedByFormFeedsABareNumberBetweenLabelPiecesIsACell() {
    String cells = "\n\n0\n\n0\n\n0\n\n0\n\n0\n\n4\n\n";
    ProcessedReport r = process("测试镇2020年政府信息公开工作年度报告\n\n三、收到和处理政府信息公开申请情况\n\n"
        + "1.本机关不掌握相关政府信息\n\n3\n\n0\n\n0\n\n0\n\n0\n\n0\n\n3\n\n- 2 -\n\n"
        + "\f5.要求行政\n机关确认或重\n4\n新出具已获取\n信息" + cells
        + "四、政府信息公开行政复议、行政诉讼情况\n");
    assertThat(row(r, "applications", "row_key", "not_processed_confirm")).containsEntry("natural_person", 4).containsEntry("total", 4);
    assertThat(row(r, "applications", "row_key", "unavailable_not_held")).containsEntry("total", 3);
  }

  /**
   * Section 四 in a dump's own order: without the proceedings' labels found, values printed among the header's names
   * (结果 / 维持 / 2 / 尚未 / 审结 / 0 …) are in no known order; left empty rather than read in the template's.
   */
  @Test
  void sectionFourValuesPrintedAmongItsHeaderNamesWithoutProceedingLabelsAreUnread() {
    ProcessedReport r = process("""
        测试镇2020年政府信息公开工作年度报告
        四、政府信息公开行政复议、行政诉讼情况
        结果
        维持
        2
        1
        尚未
        审结
        3
        0 0 0 0 0 0 0 0 0 0 6
        五、存在的主要问题及改进情况
        """);
    assertThat(r.tables().getOrDefault("review_litigation", List.of())).isEmpty();
    assertThat(r.warnings()).anyMatch(w -> w.code().equals("row_unread") && w.message().contains("among the values"));
  }

  @Test
  void theSiteFooterAfterACutTableIsNoPartOfIt() {
    ProcessedReport r = process("测试镇2022年政府信息公开工作年度报告\n一、总体情况\n全年共受理政府信息公开申请6件，均按时答复。\n"
        + "三、收到和处理政府信息公开申请情况\n申请人情况\n自然人\n法人或其他组织\n总计\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n"
        + "相关链接：\n【打印本页】【关闭窗口】\n主办：测试县人民政府办公室\n测ICP备12345678号-1 政府网站标识码：1234560001\n");
    assertThat(row(r, "applications", "row_key", "new_received")).containsEntry("total", 6).containsEntry("source", "prose");
    assertThat(r.tables().get("applications")).hasSize(1);
  }

  /** A sentence of the report that mentions its site's ICP filing is no footer: the sections after it are read. */
  @Test
  void aSentenceMentioningTheIcpFilingDoesNotEndTheReport() {
    ProcessedReport r = process("""
        测试镇2022年政府信息公开工作年度报告
        一、总体情况
        本年度完成网站ICP备案和公网安备登记，更新政府网站标识码公示。
        三、收到和处理政府信息公开申请情况
        一、本年新收政府信息公开申请数量\t2\t0\t0\t0\t0\t0\t2
        四、政府信息公开行政复议、行政诉讼情况
        """);
    assertThat(row(r, "applications", "row_key", "new_received")).containsEntry("natural_person", 2).containsEntry("source", "table");
  }


  /**
   * A row's ordinal printed apart without its mark at the start of its line ({@code 2 其他法律…}, the head of a wrapped
   * label {@code 7 属于行政}, with its cells or without) is the ordinal, not an eighth cell of the row above.
   */
  @Test
  void anOrdinalApartOpeningItsLineIsNoCellOfTheRowAbove() {
    ProcessedReport r = process("""
        测试镇2020年政府信息公开工作年度报告
        三、收到和处理政府信息公开申请情况
        1.属于国家秘密 1 0 0 0 0 0 1
        2 其他法律行政法规禁止公开 0 2 0 0 0 0 2
        7 属于行政
        0 0 0 0 3 0 3
        执法案卷
        8 属于行政 0 0 0 0 0 4 4
        查询事项
        四、政府信息公开行政复议、行政诉讼情况
        """);
    assertThat(row(r, "applications", "row_key", "withheld_state_secret")).containsEntry("natural_person", 1).containsEntry("total", 1);
    assertThat(row(r, "applications", "row_key", "withheld_law_forbidden")).containsEntry("commercial_enterprise", 2)
        .containsEntry("total", 2);
    assertThat(row(r, "applications", "row_key", "withheld_enforcement_files")).containsEntry("legal_service_org", 3)
        .containsEntry("total", 3);
    assertThat(row(r, "applications", "row_key", "withheld_query_matters")).containsEntry("other_org", 4).containsEntry("total", 4);
  }

  @Test
  void aSectionFlattenedOntoOneSpacedLineIsReadCellByCell() {
    ProcessedReport r = process("测试镇2020年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
        + "一、本年新收政府信息公开申请数量 2 0 0 0 0 0 2 二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0 四、结转下年度继续办理 1 0 0 0 0 0 1\n"
        + "四、政府信息公开行政复议、行政诉讼情况\n");
    assertThat(row(r, "applications", "row_key", "new_received")).containsEntry("natural_person", 2).containsEntry("total", 2);
    assertThat(row(r, "applications", "row_key", "carried_forward")).containsEntry("natural_person", 1).containsEntry("total", 1);
  }

  /** An amount's cell wrapped over two lines prints one amount: its text is the cell's without the line break. */
  @Test
  void anAmountWrappedInItsCellKeepsItsTextWithoutTheBreak() {
    ProcessedReport r = PROCESSOR.process("wrapped.html", """
        <html><body><p>测试镇2020年政府信息公开工作年度报告</p><p>二、主动公开政府信息情况</p>
        <table><tr><td colspan=3>第二十条第（九）项</td></tr><tr><td>信息内容</td><td>采购项目数量</td><td>采购总金额</td></tr>
        <tr><td>政府集中采购</td><td>12</td><td>1,234,567.80<br>元</td></tr></table>
        <p>三、收到和处理政府信息公开申请情况</p></body></html>
        """.getBytes(StandardCharsets.UTF_8));
    assertThat(r.tables().get("procurement").get(0)).containsEntry("amount_text", "1,234,567.80元")
        .containsEntry("amount_yuan", new BigDecimal("1234567.80"));
  }

  /**
   * An amount printed in full-width figures has one text whatever the reader: the printed text folded NFKC, in an HTML
   * cell as in a line of text.
   */
  @Test
  void anAmountInFullWidthFiguresHasItsTextFolded() {
    ProcessedReport html = PROCESSOR.process("full-width.html", """
        <html><body><p>测试镇2020年政府信息公开工作年度报告</p><p>二、主动公开政府信息情况</p>
        <table><tr><td colspan=3>第二十条第（九）项</td></tr><tr><td>信息内容</td><td>采购项目数量</td><td>采购总金额</td></tr>
        <tr><td>政府集中采购</td><td>１２</td><td>５４９．６万元</td></tr></table>
        <p>三、收到和处理政府信息公开申请情况</p></body></html>
        """.getBytes(StandardCharsets.UTF_8));
    ProcessedReport text = process("测试镇2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（九）项\n"
        + "信息内容 采购项目数量 采购总金额\n政府集中采购 １２ ５４９．６万元\n三、收到和处理政府信息公开申请情况\n");
    for (ProcessedReport r : List.of(html, text)) {
      assertThat(r.tables().get("procurement").get(0)).containsEntry("item_count", 12)
          .containsEntry("amount_text", "549.6万元").containsEntry("amount_yuan", new BigDecimal("5496000.00"));
    }
  }

  @Test
  void aGluedProcurementRowIsReadOnlyWhereItsDigitsSplitOneWay() {
    String crawled = """
        测试镇2020年政府信息公开工作年度报告
        二、主动公开政府信息情况
        第二十条第（九）项信息内容采购项目数量采购总金额政府集中采购%s
        三、收到和处理政府信息公开申请情况
        """;
    // 1 and 0.35万元: a whole part cannot open with 0, so 10 and .35 is no reading
    ProcessedReport one = process(crawled.formatted("10.35万元"));
    assertThat(one.tables().get("procurement").get(0)).containsEntry("item_count", 1)
        .containsEntry("amount_text", "0.35万元").containsEntry("amount_yuan", new BigDecimal("3500.00"));
    assertThat(codes(one)).contains("glued_row_split");
    // 2 and 832995元, 28 and 32995元, 283 and 2995元 …: a person cannot tell either
    ProcessedReport several = process(crawled.formatted("2832995元"));
    assertThat(several.tables().get("procurement")).isNull();
    assertThat(several.warnings()).anyMatch(w -> w.code().equals("glued_row_ambiguous") && w.message().contains("2832995元"));
  }

  /**
   * Text dumps of a PDF print an amount in 万 without 元, a cell a line (pdftotext) or its magnitude a space after the
   * digits, where the font changes ({@code pdftotext -layout}); a count alone is never cut into a count and an amount.
   */
  @Test
  void anAmountInWanPrintedApartFromItsDigitsIsOneCell() {
    String report = "测试镇2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（九）项\n%s\n三、收到和处理政府信息公开申请情况\n";
    for (String dump : List.of("信息内容\n\n采购项目数量\n\n采购总金额\n\n政府集中采购\n\n26\n\n300.6万",
        "信息内容         采购项目数量     采购总金额\n政府集中采购           26         300.6 万")) {
      ProcessedReport r = process(report.formatted(dump));
      assertThat(r.tables().get("procurement").get(0)).as(dump).containsEntry("item_count", 26)
          .containsEntry("amount_yuan", new BigDecimal("3006000.00"));
    }
    ProcessedReport alone = process(report.formatted("信息内容\t采购项目数量\t采购总金额\n政府集中采购 26"));
    assertThat(alone.tables().get("procurement")).isNull();
    assertThat(alone.warnings()).anyMatch(w -> w.code().equals("short_row") && w.message().contains("'26' printed apart"));
  }

  /**
   * {@code pdftotext -layout} of a narrow 第二十条第（九）项: the count's header wraps around the amount's ({@code 采购项目} /
   * {@code 采购总金额} / {@code 数量}) and the amount around the row's line ({@code 16.25 万} / the label and count /
   * {@code 元}). The amount printed after the header's last piece and before the row label is no row's, so the row
   * is left unread rather than its count taken for an amount in 元.
   */
  @Test
  void valuesAfterAHeadersWrappedPieceBeforeTheRowLabelLeaveTheRowUnread() {
    ProcessedReport r = process("""
        测试镇2020年政府信息公开工作年度报告
        二、主动公开政府信息情况
        第二十条第（九）项
                  采购项目
        信息内容           采购总金额
                  数量

                         16.25 万
        政府集中采购 8
                         元
        三、收到和处理政府信息公开申请情况
        """);
    assertThat(r.tables().get("procurement")).isNull();
    assertThat(codes(r)).contains("labels_after_values");
  }

  /**
   * pdftotext -layout of cells too narrow for their counts: a count's digits wrap above and below its row's line, so
   * read in order they would make other counts. The row is left unread with a warning; the whole rows are read.
   */
  @Test
  void countsWrappedAroundTheirRowsLineLeaveTheRowUnread() {
    ProcessedReport r = process("""
        测试镇2020年政府信息公开工作年度报告
        三、收到和处理政府信息公开申请情况
                              自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计

                                        ４２ ６３          ５０ ２１
        一、本年新收政府信息公开申请数量      １８３ ２０４            ３１２
                                        ７  ５           １  ８６

        二、上年结转政府信息公开申请数量      ０    ０    ０   ０    ０     ０    ０
        四、政府信息公开行政复议、行政诉讼情况
        """);
    assertThat(row(r, "applications", "row_key", "carried_over")).containsEntry("natural_person", 0).containsEntry("total", 0);
    assertThat(counts(r, "new_received")).isEmpty();
    assertThat(r.warnings()).anyMatch(w -> w.code().equals("illegible_cell") && w.message().contains("new_received"));
  }

  /**
   * pdftotext's flow of section 四's 3-row header prints every proceeding's label before any value, and the cells of
   * 行政诉讼 after the next heading: the five values that follow the labels are 行政复议's by the template's order, not
   * the last label's, and with ten missing none is placed.
   */
  @Test
  void valuesAfterAHeaderOfAllProceedingsAreNotTheLastProceedings() {
    ProcessedReport r = process("""
        测试镇2020年政府信息公开工作年度报告
        四、政府信息公开行政复议、行政诉讼情况
        行政复议

        行政诉讼
        未经复议直接起诉

        复议后起诉

        结果
        维持
        结果 其他 尚未
        总计
        纠正 结果 审结

        6

        2

        0

        1

        9

        五、存在的主要问题及改进情况
        """);
    assertThat(r.tables().get("review_litigation")).isNull();
    assertThat(codes(r)).contains("glued_row_ambiguous");
  }

  /**
   * A page copied with its cells joined by nothing drops its blank cells ({@code 0  0}): a glued run may have lost one
   * too, so {@code 2130006} is 2 1 3 0 0 0 6 or a blank and 2 1 3 0 0 6, and is left unread.
   */
  @Test
  void aGluedRunInTextThatDropsBlankCellsIsNotSplit() {
    ProcessedReport r = process("""
        测试镇2020年政府信息公开工作年度报告
        三、收到和处理政府信息公开申请情况
        一、本年新收政府信息公开申请数量2130006
        二、上年结转政府信息公开申请数量0  0
        四、政府信息公开行政复议、行政诉讼情况
        """);
    assertThat(counts(r, "new_received")).isEmpty();
    assertThat(r.warnings()).anyMatch(w -> w.message().contains("new_received") && w.message().contains("2130006"));
  }

  @Test
  void sectionThreeWithThe2021OtherRowsKeepsThemInAReportOtherwiseIn2019Wording() {
    assertThe2021OtherRowsAreRead("""
        （六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t2\t0\t0\t0\t0\t0\t2
        \t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0
        \t3.其他\t1\t0\t0\t0\t0\t0\t1
        """);
  }

  /**
   * The 2021 rows under a （六）其他处理 that prints no counts of its own, one of them misprinted past its wording
   * (缴纳费, 缴纳费用 short of a character): the 2021 rows still, in a report otherwise in 2019 wording.
   */
  @Test
  void the2021OtherRowsWithOneMisprintedAreKeptUnderAnOtherRowWithoutCounts() {
    assertThe2021OtherRowsAreRead("""
        （六）其他处理
        1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t2\t0\t0\t0\t0\t0\t2
        2.申请人逾期未按收费通知要求缴纳费、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0
        3.其他\t1\t0\t0\t0\t0\t0\t1
        """);
  }

  /**
   * A report in the 2019 template's wording (its section 二's columns) whose section 三 prints {@code otherRows}: the
   * 2021 rows under （六）其他处理 are read, the template still 2019's.
   */
  private static void assertThe2021OtherRowsAreRead(String otherRows) {
    ProcessedReport r = process("""
        测试镇2021年政府信息公开工作年度报告
        二、主动公开政府信息情况
        信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量
        规章\t0\t0\t0
        三、收到和处理政府信息公开申请情况
        """ + otherRows);
    assertThat(r.template()).isEqualTo("2019");
    assertThat(row(r, "applications", "row_key", "other_overdue_correction")).containsEntry("total", 2);
    assertThat(row(r, "applications", "row_key", "other_other")).containsEntry("total", 1);
  }

  @Test
  void sectionsInAnUnusualOrderAreStillFound() {
    ProcessedReport r = process("""
        测试镇2020年政府信息公开工作年度报告
        四、政府信息公开行政复议、行政诉讼情况
        \t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t1
        三、收到和处理政府信息公开申请情况
        一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1
        """);
    assertThat(row(r, "review_litigation", "proceeding", "litigation_after_review")).containsEntry("total", 1);
    assertThat(row(r, "applications", "row_key", "new_received")).containsEntry("total", 1);
  }

  @Test
  void aSentenceThatContradictsTheTableIsAFailedCheckAndTheTableIsKept() {
    ProcessedReport r = process("""
        测试镇2020年政府信息公开工作年度报告
        三、收到和处理政府信息公开申请情况
        本年度共收到政府信息公开申请5件。
        一、本年新收政府信息公开申请数量\t3\t0\t0\t0\t0\t0\t3
        """);
    assertThat(row(r, "applications", "row_key", "new_received")).containsEntry("total", 3).containsEntry("source", "table");
    assertThat(r.tables().get("checks")).anySatisfy(c -> assertThat(c)
        .containsEntry("check", "prose_agrees_with_table").containsEntry("status", "fail")
        .containsEntry("expected", "5").containsEntry("actual", "3"));
    assertThat(r.checksFailed()).isPositive();
  }

  /**
   * Section 四 printed a row per year, this year's beside last year's: the row of the report's year is the report's; a
   * report whose year names no row reads none (which row is its own is unknown).
   */
  @ParameterizedTest
  @ValueSource(strings = {"2022", "2020"})
  void sectionFourPrintedARowPerYearGivesTheReportYearsRow(String year) {
    String[] outcomes = {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};
    StringBuilder header = new StringBuilder("| 年度 |");
    for (String proceeding : new String[] {"行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）"}) {
      for (String outcome : outcomes) {
        header.append(' ').append(proceeding).append('·').append(outcome).append(" |");
      }
    }
    ProcessedReport r = PROCESSOR.process("test.md", ("# 测试镇" + year + "年政府信息公开工作年度报告\n\n"
        + "## 四、政府信息公开行政复议、行政诉讼情况\n\n" + header + "\n|" + "---|".repeat(16) + "\n"
        + "| 2021年 | 0 | 1 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 1 | 1 | 0 | 0 | 2 |\n"
        + "| 2022年 | 2 | 0 | 1 | 0 | 3 | 1 | 0 | 0 | 1 | 2 | 0 | 0 | 0 | 4 | 4 |\n\n"
        + "## 五、存在的主要问题及改进情况\n").getBytes(StandardCharsets.UTF_8));
    if (year.equals("2022")) {
      assertThat(row(r, "review_litigation", "proceeding", "review")).containsEntry("upheld", 2).containsEntry("other", 1)
          .containsEntry("total", 3);
      assertThat(row(r, "review_litigation", "proceeding", "litigation_after_review")).containsEntry("pending", 4)
          .containsEntry("total", 4);
    } else {
      assertThat(r.tables().getOrDefault("review_litigation", List.of())).isEmpty();
      assertThat(codes(r)).contains("rows_by_year");
    }
  }

  /** Section 二 a cell a line, each value with its column named (a phone's layout): the item's row as a table's. */
  @Test
  void itemsPrintedACellALineWithTheirColumnsNamedAreReadAsRows() {
    ProcessedReport r = process("""
        测试局2020年政府信息公开工作年度报告
        二、主动公开政府信息情况
        第二十条第（五）项
        行政许可
        上一年项目数量： 12
        本年增/减： 2
        处理决定数量： 345
        第二十条第（九）项
        政府集中采购
        采购项目数量： 7
        采购总金额： 123.5万元
        三、收到和处理政府信息公开申请情况
        """);
    assertThat(r.tables().get("procurement").get(0)).containsEntry("item_count", 7).containsEntry("amount_text", "123.5万元");
    assertThat(row(r, "proactive", "item", "administrative_licensing")).containsEntry("items_previous_year", 12)
        .containsEntry("items_change", 2).containsEntry("decisions", 345);
    // a column's name holding a colon of its own, its unit
    ProcessedReport fees = process("""
        测试局2022年政府信息公开工作年度报告
        二、主动公开政府信息情况
        第二十条第（八）项
        行政事业性收费
        本年收费金额（单位：万元）：12.5
        三、收到和处理政府信息公开申请情况
        """);
    assertThat(row(fees, "proactive", "item", "administrative_fees")).containsEntry("fee_yuan", new BigDecimal("125000.00"));
  }

  /**
   * Section 四 as three small tables of generic column names, each under a caption naming its proceeding
   * ({@code 表2 行政诉讼（未经复议直接起诉）}), as a page layout prints them: the caption's number is no count, its title
   * labels the table under it, and the generic names are a header, no label text with numbers among the counts.
   */
  @Test
  void sectionFourAsThreeCaptionedTablesOfGenericColumnsIsReadByTheCaptions() {
    ProcessedReport r = process("""
        测试镇2020年政府信息公开工作年度报告
        四、政府信息公开行政复议、行政诉讼情况
        表1 行政复议
        类别   数据1   数据2   数据3   数据4   合计
        件数   1      0      0      2      3
        表2 行政诉讼（未经复议直接起诉）
        类别   数据1   数据2   数据3   数据4   合计
        件数   0      4      0      0      4
        表3 行政诉讼（复议后起诉）
        类别   数据1   数据2   数据3   数据4   合计
        件数   0      0      1      0      1
        五、存在的主要问题及改进情况
        """);
    assertThat(row(r, "review_litigation", "proceeding", "review")).containsEntry("upheld", 1).containsEntry("pending", 2)
        .containsEntry("total", 3).containsEntry("source", "table");
    assertThat(row(r, "review_litigation", "proceeding", "litigation_direct")).containsEntry("corrected", 4).containsEntry("total", 4);
    assertThat(row(r, "review_litigation", "proceeding", "litigation_after_review")).containsEntry("other", 1)
        .containsEntry("upheld", 0).containsEntry("total", 1);
  }

  /**
   * A label wider than its column runs into its row's first cell, a count with its counter as every cell of the row
   * ({@code …不计其他情形）3件  0件 …}): that count is the row's first cell, as a bare count glued there is.
   */
  @Test
  void aCountedCellGluedToAnOverlongLabelIsTheRowsFirstCell() {
    ProcessedReport r = process("""
        测试镇2020年政府信息公开工作年度报告
        三、收到和处理政府信息公开申请情况
        一、本年新收政府信息公开申请数量            3件       0件       0件       1件       0件       0件       4件
        （二）部分公开（区分处理的，只计这一情形，不计其他情形）3件       0件       0件       1件       0件       0件       4件
        四、政府信息公开行政复议、行政诉讼情况
        """);
    assertThat(counts(r, "partially_granted")).containsExactly(3, 0, 0, 1, 0, 0, 4);
  }
}
