package org.govdisclosure.extract.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govdisclosure.extract.ReportProcessor;
import org.govdisclosure.extract.check.CheckResult;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Document;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.section.Sections;
import org.govdisclosure.extract.spi.ReportContext;
import org.govdisclosure.extract.spi.Template;
import org.govdisclosure.extract.spi.Warning;
import org.junit.jupiter.api.Test;

class ProseFallbackTest {

  private static final List<String> COLUMNS = List.of("natural_person", "total");

  private static ReportContext report(String... paragraphs) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Paragraph("某镇2020年政府信息公开工作年度报告"));
    for (String p : paragraphs) {
      blocks.add(new Paragraph(p));
    }
    Document doc = new Document("text", "UTF-8", blocks);
    return new ReportContext(doc, Sections.of(doc), Template.T2019, 2020);
  }

  private static Map<String, Object> tableRow(int total) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("row_key", "new_received");
    row.put("natural_person", total);
    row.put("total", total);
    row.put("source", "table");
    return row;
  }

  @Test
  void withoutATableTheSentenceGivesOnlyTheCellsItFixes() {
    ReportContext context = report("三、收到和处理政府信息公开申请情况", "2020年共收到政府信息公开申请21件，其中予以公开7件。");
    List<Map<String, Object>> rows = ProseFallback.complete(Topic.APPLICATIONS, COLUMNS, List.of(), context);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0)).containsEntry("row_key", "new_received").containsEntry("natural_person", null)
        .containsEntry("total", 21).containsEntry("source", "prose")
        .containsEntry("evidence", "2020年共收到政府信息公开申请21件,其中予以公开7件。");
    assertThat(rows.get(1)).containsEntry("row_key", "granted").containsEntry("total", 7);
    assertThat(context.warnings()).extracting(Warning::code).containsExactly("from_prose");
  }

  @Test
  void aTableThatDisagreesWithTheTextIsAFailedCheckNotAChoice() {
    ReportContext context = report("一、总体情况", "全年共受理政府信息公开申请22件。");
    List<Map<String, Object>> table = List.of(tableRow(21));
    assertThat(ProseFallback.complete(Topic.APPLICATIONS, COLUMNS, table, context)).isSameAs(table);
    assertThat(context.warnings()).extracting(Warning::code).containsExactly("prose_table_mismatch");
    assertThat(context.warnings().get(0).message()).contains("new_received.total: table 21, prose 22");
  }

  /**
   * Section 四 printing only 无 under its heading, up to the next heading (五、… whatever its title): no review and no
   * suit, all their cells 0. A 无 among other lines of the section (a table printed a cell a line) says nothing alone.
   */
  @Test
  void aSectionPrintingOnlyNoneUnderItsHeadingHadNone() {
    List<String> columns = List.of("upheld", "corrected", "other", "pending", "total");
    ReportContext none = report("四、因政府信息公开工作被申请行政复议、提起行政诉讼情况", "无", "五、政府信息公开工作创新性做法",
        "在内容上做到实事求是。");
    assertThat(ProseFallback.complete(Topic.REVIEW_LITIGATION, columns, List.of(), none)).hasSize(3)
        .allSatisfy(row -> assertThat(row).containsEntry("upheld", 0).containsEntry("pending", 0).containsEntry("total", 0));
    ReportContext cells = report("四、因政府信息公开工作被申请行政复议、提起行政诉讼情况", "结果维持", "无", "2");
    assertThat(ProseFallback.complete(Topic.REVIEW_LITIGATION, columns, List.of(), cells)).isEmpty();
  }

  @Test
  void aTableThatAgreesRaisesNothing() {
    ReportContext context = report("一、总体情况", "全年共受理政府信息公开申请21件。");
    ProseFallback.complete(Topic.APPLICATIONS, COLUMNS, List.of(tableRow(21)), context);
    assertThat(context.warnings()).isEmpty();
  }

  @Test
  void sentencesThatDisagreeLeaveTheCellEmpty() {
    ReportContext context = report("三、收到和处理政府信息公开申请情况", "全年共收到政府信息公开申请5件。", "本年度共收到政府信息公开申请6件。");
    List<Map<String, Object>> rows = ProseFallback.complete(Topic.APPLICATIONS, COLUMNS, List.of(), context);
    assertThat(rows.get(0)).containsEntry("total", null);
    assertThat(context.warnings()).extracting(Warning::code).contains("prose_conflict");
  }

  @Test
  void figuresOfAnotherYearAreNotTaken() {
    ReportContext context = report("三、收到和处理政府信息公开申请情况", "2019年共收到政府信息公开申请5件。");
    assertThat(ProseFallback.complete(Topic.APPLICATIONS, COLUMNS, List.of(), context)).isEmpty();
  }

  @Test
  void aCellTheTableLeavesEmptyIsFilledFromTheTextWithTheSentenceAsEvidence() {
    ReportContext context = report("三、收到和处理政府信息公开申请情况", "全年共受理政府信息公开申请21件。");
    Map<String, Object> row = tableRow(21);
    row.put("total", null);
    ProseFallback.complete(Topic.APPLICATIONS, COLUMNS, List.of(row), context);
    assertThat(row).containsEntry("total", 21).containsEntry("source", "table")
        .containsEntry("evidence", "全年共受理政府信息公开申请21件。");
    assertThat(context.warnings()).extracting(Warning::code).containsExactly("filled_from_prose");
  }

  /**
   * A summary sentence beside a table that does not print its row: the row is the sentence's, {@code source = prose},
   * only the cells it states; the table's rows stay as read.
   */
  @Test
  void aRowTheTableDoesNotPrintIsTheSentencesBesideIt() {
    ReportContext context = report("三、收到和处理政府信息公开申请情况", "全年共收到政府信息公开申请9件，其中自然人、商业企业分别为7件、2件。");
    Map<String, Object> granted = tableRow(4);
    granted.put("row_key", "granted");
    List<Map<String, Object>> rows = ProseFallback.complete(Topic.APPLICATIONS, COLUMNS, List.of(granted), context);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0)).isSameAs(granted).containsEntry("total", 4);
    assertThat(rows.get(1)).containsEntry("row_key", "new_received").containsEntry("natural_person", 7)
        .containsEntry("total", 9).containsEntry("source", "prose").containsKey("evidence");
  }

  /**
   * Section 三's sentences run on under section 二's heading, in a report without a table of them: the sentences that
   * name the applications state their figures; section 二's own sentences state none, and beside a table of section
   * 三 the stray sentences are not read.
   */
  @Test
  void sentencesOfApplicationsUnderTheProactiveHeadingAreReadWithoutATable() {
    ReportContext context = report("二、主动公开政府信息情况", "本年度主动公开政府信息35条，其中予以公开的规范性文件3件。",
        "本年共收到政府信息公开申请7件，其中自然人申请6件，均已按时答复。", "三、政府信息公开行政复议、行政诉讼情况",
        "本年度未发生政府信息公开行政复议和行政诉讼。");
    List<Map<String, Object>> rows = ProseFallback.complete(Topic.APPLICATIONS, COLUMNS, List.of(), context);
    assertThat(rows).singleElement().satisfies(r -> assertThat(r).containsEntry("row_key", "new_received")
        .containsEntry("natural_person", 6).containsEntry("total", 7).containsEntry("source", "prose"));
    Map<String, Object> table = tableRow(4);
    table.put("row_key", "granted");
    assertThat(ProseFallback.complete(Topic.APPLICATIONS, COLUMNS, List.of(table), context)).containsExactly(table);
  }

  /**
   * A report keeping the old outline states its applications and reviews under sub-headings of 六、其他需要报告的事项
   * while sections 三 and 四 print their headings only: those parts are the topics' own. A sentence of the closing
   * sections under no such sub-heading is not read.
   */
  @Test
  void aPartOfTheClosingSectionsHeadedByItsTopicIsReadWithoutATable() {
    List<String> columns = List.of("upheld", "corrected", "other", "pending", "total");
    ReportContext context = report("三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的问题及改进措施",
        "一是公开内容时效较慢。", "六、其他需要报告的事项", "（一）依申请公开政府信息和不予公开政府信息的情况",
        "全年未出现依申请公开政府信息和不予公开政府信息的情况。", "（三）因政府信息公开申请行政复议、提起行政诉讼的情况",
        "全年未出现因政府信息公开申请行政复议、提起行政诉讼的情况。");
    assertThat(ProseFallback.complete(Topic.APPLICATIONS, COLUMNS, List.of(), context)).singleElement()
        .satisfies(r -> assertThat(r).containsEntry("row_key", "new_received").containsEntry("total", 0));
    assertThat(ProseFallback.complete(Topic.REVIEW_LITIGATION, columns, List.of(), context)).hasSize(3)
        .allSatisfy(row -> assertThat(row).containsEntry("upheld", 0).containsEntry("total", 0));
    ReportContext unheaded = report("三、收到和处理政府信息公开申请情况", "六、其他需要报告的事项", "全年未收到政府信息公开申请。");
    assertThat(ProseFallback.complete(Topic.APPLICATIONS, COLUMNS, List.of(), unheaded)).isEmpty();
  }

  @Test
  void aCellOcrLeftEmptyIsNotFilledFromTheText() {
    // OCR leaves a printed figure it doubts blank: the sentence's figure may not be what the table prints there.
    ReportContext context = report("三、收到和处理政府信息公开申请情况", "全年共受理政府信息公开申请21件。");
    context.warn(ReportProcessor.OCR, "every value read by OCR");
    Map<String, Object> row = tableRow(21);
    row.put("total", null);
    ProseFallback.complete(Topic.APPLICATIONS, COLUMNS, List.of(row), context);
    assertThat(row).containsEntry("total", null).doesNotContainKey("evidence");
    assertThat(context.warnings()).extracting(Warning::code).containsExactly("ocr", "prose_not_used");
    assertThat(context.warnings().get(1).message()).contains("new_received.total", "21", "OCR");
  }

  /**
   * A sentence giving other figures than the table prints in a row (here a table's damaged proceeding label,
   * 未议直接复议后起诉, read as saying there were none) stands for none of that row's empty cells: it misstates the row.
   */
  @Test
  void aSentenceThatMisstatesARowFillsNoneOfItsEmptyCells() {
    List<String> columns = List.of("upheld", "corrected", "other", "pending", "total");
    ReportContext context = report("四、政府信息公开行政复议、行政诉讼情况", "未议直接复议后起诉");
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("proceeding", "litigation_after_review");
    row.put("upheld", 1);
    row.put("corrected", 2);
    row.put("other", 0);
    row.put("pending", null);
    row.put("total", 4);
    row.put("source", "table");
    ProseFallback.complete(Topic.REVIEW_LITIGATION, columns, List.of(row), context);
    assertThat(row).containsEntry("pending", null).doesNotContainKey("evidence");
    assertThat(context.warnings()).extracting(Warning::code).contains("prose_table_mismatch", "prose_not_used")
        .doesNotContain("filled_from_prose");
  }

  @Test
  void aRowPrintedWithUncertainDigitsIsNotFilledFromTheText() {
    ReportContext context = report("三、收到和处理政府信息公开申请情况", "全年共受理政府信息公开申请21件。");
    Map<String, Object> row = tableRow(21);
    row.put("natural_person", null);
    row.put("total", null);
    ProseFallback.complete(Topic.APPLICATIONS, COLUMNS, List.of(row), java.util.Set.of("new_received"), context);
    assertThat(row).containsEntry("total", null).doesNotContainKey("evidence");
    assertThat(context.warnings()).extracting(Warning::code).containsExactly("prose_not_used");
    assertThat(context.warnings().get(0).message()).contains("new_received.total", "21");
  }

  @Test
  void aSentenceWrappedOverPrintedLinesIsReadWhole() {
    ReportContext context = report("三、收到和处理政府信息公开申请情况",
        "全年收到政府信息公开申请34件，上年结转政府信息公开申请",
        "2件，所有申请均已按要求办理完成。");
    List<Map<String, Object>> rows = ProseFallback.complete(Topic.APPLICATIONS, COLUMNS, List.of(), context);
    assertThat(rows).extracting(r -> r.get("row_key") + "=" + r.get("total"))
        .containsExactly("new_received=34", "carried_over=2");
  }

  /**
   * 全县共收到… is the report's own figure where the county's government reports, and only without a table: then with
   * a warning naming the issuer and the sentence. In a department's report, or beside a table, it is the wider area's.
   */
  @Test
  void theWholeAreasFigureIsTheReportsOwnOnlyWhereItsGovernmentReportsWithoutATable() {
    String[] text = {"三、收到和处理政府信息公开申请情况", "2020年,全县共收到政府信息公开申请13件,结转下年度办理0件。"};
    ReportContext government = report(text);
    government.setIssuer("某县人民政府");
    List<Map<String, Object>> rows = ProseFallback.complete(Topic.APPLICATIONS, COLUMNS, List.of(), government);
    assertThat(rows).extracting(r -> r.get("row_key") + "=" + r.get("total")).containsExactly("new_received=13", "carried_forward=0");
    assertThat(government.warnings()).extracting(Warning::code).contains("scope_from_jurisdiction");
    assertThat(government.warnings()).filteredOn(w -> w.code().equals("scope_from_jurisdiction")).first()
        .extracting(Warning::message).asString().contains("某县人民政府", "全县共收到政府信息公开申请13件");

    ReportContext department = report(text);
    department.setIssuer("某县卫生健康局");
    assertThat(ProseFallback.complete(Topic.APPLICATIONS, COLUMNS, List.of(), department)).isEmpty();

    ReportContext office = report(text);
    office.setIssuer("某县人民政府办公室");
    assertThat(ProseFallback.complete(Topic.APPLICATIONS, COLUMNS, List.of(), office)).isEmpty();

    ReportContext withTable = report(text);
    withTable.setIssuer("某县人民政府");
    Map<String, Object> row = tableRow(4);
    row.put("total", null);
    ProseFallback.complete(Topic.APPLICATIONS, COLUMNS, List.of(row), withTable);
    assertThat(row).containsEntry("total", null);
    assertThat(withTable.warnings()).isEmpty();
  }

  /**
   * A zone or its committee reports for the zone, its 全区, as a government does for its area: 全区共收到… is its own
   * figure without a table; a district's department's 全区 is the wider area's.
   */
  @Test
  void aZonesWholeAreaIsItsOwn() {
    String[] text = {"三、收到和处理政府信息公开申请情况", "2020年,全区共收到政府信息依申请件454件,结转下年办理4件。"};
    for (String zone : List.of("某某高新区", "某某经济开发区管委会")) {
      ReportContext context = report(text);
      context.setIssuer(zone);
      assertThat(ProseFallback.complete(Topic.APPLICATIONS, COLUMNS, List.of(), context))
          .extracting(r -> r.get("row_key") + "=" + r.get("total")).containsExactly("new_received=454", "carried_forward=4");
    }
    ReportContext department = report(text);
    department.setIssuer("某某区卫生健康局");
    assertThat(ProseFallback.complete(Topic.APPLICATIONS, COLUMNS, List.of(), department)).isEmpty();
  }

  /**
   * A government's whole area named as its own name before its parts (某市各级、各部门共收到…) is 全市 too: the area's
   * figures where its government reports; in a department's report 各部门 are others.
   */
  @Test
  void theAreaNamedByItsPartsIsTheWholeAreaOfItsGovernment() {
    String[] text = {"三、收到和处理政府信息公开申请情况", "2020年,甲区各级、各部门共收到政府信息公开申请52件,结转下年度办理2件。"};
    ReportContext government = report(text);
    government.setIssuer("某市甲区人民政府");
    assertThat(ProseFallback.complete(Topic.APPLICATIONS, COLUMNS, List.of(), government))
        .extracting(r -> r.get("row_key") + "=" + r.get("total")).containsExactly("new_received=52", "carried_forward=2");
    assertThat(government.warnings()).extracting(Warning::code).contains("scope_from_jurisdiction");

    ReportContext department = report(text);
    department.setIssuer("某市甲区卫生健康局");
    assertThat(ProseFallback.complete(Topic.APPLICATIONS, COLUMNS, List.of(), department)).isEmpty();

    ReportContext otherArea = report(text);
    otherArea.setIssuer("某市乙区人民政府");
    assertThat(ProseFallback.complete(Topic.APPLICATIONS, COLUMNS, List.of(), otherArea)).isEmpty();
  }

  /**
   * The area's bodies together (全县政府系统各单位) are its whole, as its government reports it; its divisions alone
   * (全县各乡镇) are a part of it, not the government's own figure.
   */
  @Test
  void theAreasBodiesTogetherAreItsWholeItsTownshipsAlonePartOfIt() {
    ReportContext system = report("三、收到和处理政府信息公开申请情况", "2020年,全县政府系统各单位共收到政府信息公开申请7件。");
    system.setIssuer("某县人民政府");
    assertThat(ProseFallback.complete(Topic.APPLICATIONS, COLUMNS, List.of(), system))
        .extracting(r -> r.get("row_key") + "=" + r.get("total")).containsExactly("new_received=7");

    ReportContext townships = report("三、收到和处理政府信息公开申请情况", "2020年,全县各乡镇共收到政府信息公开申请7件。");
    townships.setIssuer("某县人民政府");
    assertThat(ProseFallback.complete(Topic.APPLICATIONS, COLUMNS, List.of(), townships)).isEmpty();
  }

  @Test
  void anAmountTakenFromTheTextKeepsItsPrintedForm() {
    ReportContext context = report("二、主动公开政府信息情况", "全年政府集中采购项目26个,采购金额300.6万元。");
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("item_count", 26);
    row.put("amount_yuan", null);
    row.put("amount_text", null);
    row.put("amount_unit_source", null);
    row.put("source", "table");
    ProseFallback.complete(Topic.PROCUREMENT, List.of("item_count", "amount_yuan", "amount_text", "amount_unit_source"),
        List.of(row), context);
    assertThat(row).containsEntry("amount_yuan", new BigDecimal("3006000.00")).containsEntry("amount_text", "300.6万元")
        .containsEntry("amount_unit_source", "cell");
    assertThat(context.checks()).extracting(CheckResult::status).containsExactly(CheckResult.PASS);
  }
}
