package org.govdisclosure.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.govdisclosure.extract.ProcessedReport;
import org.govdisclosure.extract.ReportProcessor;
import org.junit.jupiter.api.Test;

/**
 * Section 三 tables in text whose rows a reader reads apart from the way they are laid out: numbered rows, labels
 * after their values, values parted by slashes, list numbers before labels, halves side by side with a rule between.
 */
class RowLayoutsInTextTest {

  private static final ReportProcessor PROCESSOR = ReportProcessor.withRegistered();

  /** The 2019 template's rows as a flat text table prints them, group labels on their first row. */
  private static final List<String> LABELS = List.of("一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量",
      "三、本年度办理结果（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（三）不予公开1.属于国家秘密",
      "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息",
      "7.属于行政执法案卷", "8.属于行政查询事项", "（四）无法提供1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作",
      "3.补正后申请内容仍不明确", "（五）不予处理1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
      "5.要求行政机关确认或重新出具已获取信息", "（六）其他处理", "（七）总计", "四、结转下年度继续办理");
  private static final List<String> KEYS = List.of("new_received", "carried_over", "granted", "partially_granted",
      "withheld_state_secret", "withheld_law_forbidden", "withheld_safety_stability", "withheld_third_party",
      "withheld_internal_affairs", "withheld_process_info", "withheld_enforcement_files", "withheld_query_matters",
      "unavailable_not_held", "unavailable_needs_creation", "unavailable_unclear", "not_processed_petition",
      "not_processed_duplicate", "not_processed_publication", "not_processed_excessive", "not_processed_confirm", "other",
      "total", "carried_forward");

  /** Row {@code i}'s counts: distinct per row, so a row read with another's counts shows. */
  private static List<Integer> counts(int i) {
    return List.of(i + 1, 0, 0, 0, 0, i % 3, i + 1 + i % 3);
  }

  private static String joined(List<Integer> counts, String separator) {
    return String.join(separator, counts.stream().map(String::valueOf).toList());
  }

  /** A report whose section 三 prints each row as {@code line} makes it of its index and label. */
  private static ProcessedReport report(String header, BiFunction<Integer, String, String> line) {
    List<String> lines = new ArrayList<>(List.of("测试县教育局2020年政府信息公开工作年度报告", "三、收到和处理政府信息公开申请情况", header));
    for (int i = 0; i < LABELS.size(); i++) {
      lines.add(line.apply(i, LABELS.get(i)));
    }
    lines.add("四、政府信息公开行政复议、行政诉讼情况");
    return PROCESSOR.process("test.txt", (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static void assertEveryRowRead(ProcessedReport r) {
    assertEveryRowRead(r, RowLayoutsInTextTest::counts);
  }

  private static void assertEveryRowRead(ProcessedReport r, IntFunction<List<Integer>> counts) {
    List<Map<String, Object>> rows = r.tables().get("applications");
    for (int i = 0; i < KEYS.size(); i++) {
      String key = KEYS.get(i);
      Map<String, Object> row = rows.stream().filter(m -> key.equals(m.get("row_key"))).findFirst().orElseThrow();
      assertThat(Arrays.asList(row.get("natural_person"), row.get("commercial_enterprise"), row.get("research_institution"),
          row.get("social_welfare_org"), row.get("legal_service_org"), row.get("other_org"), row.get("total")))
          .as(key).isEqualTo(counts.apply(i));
    }
  }

  /** The counts with each 0 printed as a blank cell's mark: no value. */
  private static List<Integer> blankForZero(List<Integer> counts) {
    return counts.stream().map(c -> c == 0 ? null : c).toList();
  }

  /**
   * Counts parted by ASCII gaps, each blank cell an ideographic space standing alone between them: each place is a
   * blank cell, so the row prints all its cells and is read by position, also with the label glued to its first count
   * or to a blank place, or wrapped around its line of counts. A line whose only such space is glued to its label (it
   * may pad the label) is left as printed.
   */
  @Test
  void blankCellsPrintedAsLoneIdeographicSpacesAmongCountsAreCells() {
    assertThat(BlankPlaceCells.row("（一）予以公开\u3000 3 \u3000 \u3000 0 \u3000 3")).isEqualTo("（一）予以公开\t\t3\t\t\t0\t\t3");
    assertThat(BlankPlaceCells.row("二、上年结转政府信息公开申请数量9 \u3000 9 0 0 \u3000 18"))
        .isEqualTo("二、上年结转政府信息公开申请数量\t9\t\t9\t0\t0\t\t18");
    assertThat(BlankPlaceCells.row("2 0 \u3000 0 \u3000 \u3000 2")).isEqualTo("2\t0\t\t0\t\t\t2");
    assertThat(BlankPlaceCells.row("（一）予以公开\u3000 0 0 0 0 0 0")).isNull();
    assertThat(BlankPlaceCells.row("本年共收到申请 \u3000 5 件")).isNull();
    IntFunction<List<Integer>> read = i -> Arrays.asList(i + 1, null, null, null, null, i % 3 == 0 ? null : i % 3, i + 1 + i % 3);
    IntFunction<String> cells = i -> (i + 1) + " \u3000 \u3000 \u3000 \u3000 " + (i % 3 == 0 ? "\u3000" : String.valueOf(i % 3))
        + " " + (i + 1 + i % 3);
    assertEveryRowRead(report("项目 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计", (i, label) -> i == 5
        ? label.substring(0, 7) + "\n" + cells.apply(i) + "\n" + label.substring(7)
        : label + (i % 2 == 0 ? " " : "") + cells.apply(i)), read);
  }

  /**
   * A row whose first cell, the word 无 a table prints for none, is glued to its label, its other cells parted by
   * spaces: no row's label ends in 无 (4.无正当理由… opens with it), so the row prints all its cells, read by position;
   * none is a mark, no count.
   */
  @Test
  void theWordNoneGluedToARowsLabelIsItsFirstCell() {
    assertThat(BlankPlaceCells.row("二、上年结转政府信息公开申请数量无 0 无 无 0 0 无"))
        .isEqualTo("二、上年结转政府信息公开申请数量\t无\t0\t无\t无\t0\t0\t无");
    assertThat(BlankPlaceCells.row("4.无正当理由大量反复申请无 0 0 无 0 无 无")).isEqualTo("4.无正当理由大量反复申请\t无\t0\t0\t无\t0\t无\t无");
    assertThat(BlankPlaceCells.row("本年度无 申请")).isNull();
    assertThat(BlankPlaceCells.row("（六）其他   1.申请人无     0    0    0    0    0   0   0")).isNull(); // 申请人无|正当理由…
    IntFunction<List<Integer>> read = i -> Arrays.asList(null, 0, 0, 0, 0, i % 3, i % 3);
    assertEveryRowRead(report("项目 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计",
        (i, label) -> label + "无 0 0 0 0 " + (i % 3) + " " + (i % 3)), read);
  }

  @Test
  void aSerialColumnNumbersTheRowsAndHoldsNoCount() {
    assertEveryRowRead(report("序号  项目  自然人  商业企业  科研机构  社会公益组织  法律服务机构  其他  总计",
        (i, label) -> (i + 1) + "  " + label + "  " + joined(counts(i), "  ")));
  }

  @Test
  void aSpreadsheetsRowHeadersNumberTheRowsAndHoldNoCount() {
    assertEveryRowRead(report("\tA\tB\tC\tD\tE\tF\tG\tH",
        (i, label) -> (i + 2) + "\t" + label + "\t" + joined(counts(i), "\t")));
  }

  /**
   * Cells parted by the CJK stroke 丨 (a Chinese input method's bar), the full-width ｜ or a box-drawing │ between a
   * label and its counts, blank cells too: pipe rows. A title's one or two bars are no table.
   */
  @Test
  void cellsPartedByAVerticalLineOtherThanThePipeAreRows() {
    for (String bar : List.of("丨", "｜", "│")) {
      assertEveryRowRead(report(String.join(bar, "", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"),
          (i, label) -> label + bar + joined(counts(i), bar)));
    }
    List<String> title = List.of("首页丨政务公开丨年报", "测试县教育局2020年政府信息公开工作年度报告");
    assertThat(VerticalBars.asPipes(title)).isSameAs(title);
  }

  @Test
  void rowNumbersAreTakenOffOnlyWhereTheyCountTheLinesOneByOne() {
    List<String> lines = List.of("1 属于国家秘密", "2 其他法律行政法规禁止公开", "3 危及三安全一稳定");
    assertThat(RowNumbers.stripped(lines)).isSameAs(lines); // a group's ordinals, no column of its own
    List<String> named = List.of("序号 结果维持 结果纠正", "1 行政复议 0 1", "2 行政诉讼 1 0");
    assertThat(RowNumbers.stripped(named)).containsExactly("序号 结果维持 结果纠正", "  行政复议 0 1", "  行政诉讼 1 0");
  }

  /** Without the rule each row took the next row's counts, the first row's lost: wrong numbers in every row. */
  @Test
  void labelsPrintedAfterTheirValuesOnTheirLineAreTheirs() {
    assertEveryRowRead(report("自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计 项目",
        (i, label) -> joined(counts(i), "  ") + "    " + label));
  }

  /**
   * A PDF viewer's copy of a table whose label column is copied first: per page the rows' labels, one a line, then
   * their values, one row a line. A reader pairs the n-th label with the n-th line of values, whether or not each row
   * sums to its total (a printed table may break its identities: the row is read as printed).
   */
  @Test
  void labelsCopiedBeforeTheirPagesValuesAreTheirsInOrder() {
    IntFunction<List<Integer>> brokenSum = i -> i == 9 ? List.of(10, 0, 0, 0, 0, 0, 11) : counts(i);
    List<String> lines = new ArrayList<>(List.of("测试县教育局2020年政府信息公开工作年度报告", "三、收到和处理政府信息公开申请情况",
        "自然人　商业企业　科研机构　社会公益组织　法律服务机构　其他　总计"));
    for (int from = 0, page = 3; from < LABELS.size(); from += 7, page++) {
      int to = Math.min(from + 7, LABELS.size());
      lines.addAll(LABELS.subList(from, to));
      for (int i = from; i < to; i++) {
        lines.add(joined(brokenSum.apply(i), " "));
      }
      lines.add("第 " + page + " 页");
    }
    lines.add("四、政府信息公开行政复议、行政诉讼情况");
    assertEveryRowRead(PROCESSOR.process("test.txt", (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)), brokenSum);
  }

  /** A label wrapped onto two lines makes one label more than lines of values: which is whose is not counted out. */
  @Test
  void labelsCopiedBeforeValuesAreLeftAsPrintedWhereTheirNumbersDiffer() {
    List<String> lines = List.of("自然人 商业企业 总计", "（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，", "不计其他情形）",
        "1 0 1", "2 0 2", "第 3 页");
    assertThat(LabelColumnFirst.paired(lines)).isSameAs(lines);
    List<String> paired = List.of("自然人 商业企业 总计", "（一）予以公开", "（二）部分公开", "1 0 1", "2 0 2");
    assertThat(LabelColumnFirst.paired(paired)).containsExactly("自然人 商业企业 总计", "（一）予以公开\t1 0 1", "（二）部分公开\t2 0 2");
  }

  /**
   * A PDF converted to Word, its text boxes in order: the label column (its head 项目, then the labels), then the value
   * columns (their header, then one row a line). The n-th label takes the n-th line of values, its cells counts or 无;
   * a group label among the labels leaves a label where the head is looked for, and the block as printed.
   */
  @Test
  void aLabelColumnUnderItsHeadBeforeTheValuesHeaderPairsInOrder() {
    List<String> lines = new ArrayList<>(List.of("测试县教育局2020年政府信息公开工作年度报告", "三、收到和处理政府信息公开申请情况", "项目"));
    lines.addAll(LABELS);
    lines.add("自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计");
    for (int i = 0; i < LABELS.size(); i++) {
      lines.add(joined(counts(i), " "));
    }
    lines.add("四、政府信息公开行政复议、行政诉讼情况");
    assertEveryRowRead(PROCESSOR.process("test.txt", (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)), RowLayoutsInTextTest::counts);
    List<String> paired = LabelColumnFirst.paired(lines);
    assertThat(paired.subList(2, 5)).containsExactly("自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计",
        LABELS.get(0) + "\t" + joined(counts(0), " "), LABELS.get(1) + "\t" + joined(counts(1), " "));
    assertThat(paired).hasSize(lines.size() - LABELS.size() - 1);
    List<String> grouped = List.of("项目", "（三）不予公开", "1.属于国家秘密", "2.其他法律行政法规禁止公开", "自然人 总计", "1 1", "2 2");
    assertThat(LabelColumnFirst.paired(grouped)).isSameAs(grouped);
    // a cell 无 (none) is a value, its line one of values
    List<String> none = List.of("项目", "（一）予以公开", "（二）部分公开", "自然人 商业企业 总计", "1 无 1", "无 0 无");
    assertThat(LabelColumnFirst.paired(none)).containsExactly("自然人 商业企业 总计", "（一）予以公开\t1 无 1", "（二）部分公开\t无 0 无");
  }

  /**
   * The value box printing a blank cell as an ideographic space standing alone between the gaps: that space is the
   * cell's place (not an indent, nor a gap), so each line holds as many cells as the header names, the n-th label takes
   * the n-th line, and each place stays a blank cell where the counts after it keep their columns.
   */
  @Test
  void aBlankCellsIdeographicSpaceInTheValueBoxIsACellsPlace() {
    List<String> blanks = List.of("项目", "（一）予以公开", "（二）部分公开", "（三）总计", "自然人 商业企业 其他 总计",
        "\u3000  72  \u3000  72", "\u3000  \u3000  \u3000  0", "0  5  \u3000  \u3000");
    assertThat(LabelColumnFirst.paired(blanks)).containsExactly("自然人 商业企业 其他 总计",
        "（一）予以公开\t\u3000\t72\t\u3000\t72", "（二）部分公开\t\u3000\t\u3000\t\u3000\t0", "（三）总计\t0\t5\t\u3000\t\u3000");
    List<String> lines = new ArrayList<>(List.of("测试县教育局2020年政府信息公开工作年度报告", "三、收到和处理政府信息公开申请情况", "项目"));
    lines.addAll(LABELS);
    lines.add("自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计");
    for (int i = 0; i < LABELS.size(); i++) {
      lines.add("\u3000  " + joined(counts(i).subList(1, 7), "  "));
    }
    lines.add("四、政府信息公开行政复议、行政诉讼情况");
    ProcessedReport r = PROCESSOR.process("test.txt", (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    List<Map<String, Object>> rows = r.tables().get("applications");
    for (int i = 0; i < KEYS.size(); i++) {
      String key = KEYS.get(i);
      Map<String, Object> row = rows.stream().filter(m -> key.equals(m.get("row_key"))).findFirst().orElseThrow();
      assertThat(row.get("natural_person")).as(key).isNull();
      assertThat(Arrays.asList(row.get("commercial_enterprise"), row.get("research_institution"), row.get("social_welfare_org"),
          row.get("legal_service_org"), row.get("other_org"), row.get("total"))).as(key).isEqualTo(counts(i).subList(1, 7));
    }
  }

  /**
   * A crawled page gluing each row's one-character cells to its label, blank cells marked: a mark is a cell, so a row
   * of marks and digits has as many characters as cells ({@code 00-0000}, and {@code 申请-000000} a dash after the
   * label), and its marks tell nothing of cells dropped elsewhere: every glued row is read.
   */
  @Test
  void aGluedRowsMarksAreCellsAndLeaveTheOtherGluedRowsRead() {
    ProcessedReport r = report("项目自然人商业企业科研机构社会公益组织法律服务机构其他总计",
        (i, label) -> label + (i == 4 ? "-000000" : i == 12 ? "00-0000" : i == 19 ? "10-0001" : (i % 4) + "00001" + (i % 4 + 1)));
    List<Map<String, Object>> rows = r.tables().get("applications");
    for (int i = 0; i < KEYS.size(); i++) {
      String key = KEYS.get(i);
      Map<String, Object> row = rows.stream().filter(m -> key.equals(m.get("row_key"))).findFirst().orElseThrow();
      List<Integer> expected = i == 4 ? Arrays.asList(null, 0, 0, 0, 0, 0, 0) : i == 12 ? Arrays.asList(0, 0, null, 0, 0, 0, 0)
          : i == 19 ? Arrays.asList(1, 0, null, 0, 0, 0, 1) : List.of(i % 4, 0, 0, 0, 0, 1, i % 4 + 1);
      assertThat(Arrays.asList(row.get("natural_person"), row.get("commercial_enterprise"), row.get("research_institution"),
          row.get("social_welfare_org"), row.get("legal_service_org"), row.get("other_org"), row.get("total")))
          .as(key).isEqualTo(expected);
    }
  }

  /** Counts listed with 、 leaving a blank cell's slot empty: as many slots as columns, each slot is one cell. */
  @Test
  void anEmptySlotInACountListIsABlankCell() {
    ProcessedReport r = report("（以下数据依次为：自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计）",
        (i, label) -> label + "：" + (i == 2 ? "3、、、、、2、5" : joined(counts(i), "、")));
    Map<String, Object> granted = r.tables().get("applications").stream().filter(m -> "granted".equals(m.get("row_key")))
        .findFirst().orElseThrow();
    assertThat(Arrays.asList(granted.get("natural_person"), granted.get("commercial_enterprise"), granted.get("research_institution"),
        granted.get("social_welfare_org"), granted.get("legal_service_org"), granted.get("other_org"), granted.get("total")))
        .isEqualTo(Arrays.asList(3, null, null, null, null, 2, 5));
    assertThat(r.tables().get("applications").stream().filter(m -> "carried_over".equals(m.get("row_key"))).findFirst()
        .orElseThrow().get("total")).isEqualTo(3);
  }

  /** A mark of no value in a list of counts (无, -, /) holds its blank cell's slot, as an empty slot does. */
  @Test
  void aMarkOfNoValueInACountListIsABlankCell() {
    ProcessedReport r = report("（以下数据依次为：自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计）",
        (i, label) -> label + "：" + String.join("、", counts(i).stream().map(c -> c == 0 ? "无" : String.valueOf(c)).toList()));
    assertEveryRowRead(r, i -> blankForZero(counts(i)));
  }

  /**
   * Counts listed with full-width commas or semicolons, a mark of no value (—, /) holding a blank cell's slot: each
   * slot one cell, as with 、.
   */
  @Test
  void aMarkOfNoValueInACountListPartedByCommasOrSemicolonsIsABlankCell() {
    for (String separator : List.of("，", "；")) {
      for (String mark : List.of("—", "/")) {
        ProcessedReport r = report("（各项数据依次为：自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计）",
            (i, label) -> label + "：" + String.join(separator, counts(i).stream().map(c -> c == 0 ? mark : String.valueOf(c)).toList()));
        assertEveryRowRead(r, i -> blankForZero(counts(i)));
      }
    }
  }

  /**
   * OCR that closed the gap after a 0 in a row printing marks of no value ({@code 5 / 00 0 2 7}): one cell short, the
   * piece no count is printed as ({@code 00}) is the two cells it splits into.
   */
  @Test
  void aZeroGluedToTheNextCellInARowWithMarksIsTwoCells() {
    ProcessedReport r = report("自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计", (i, label) -> {
      List<Integer> c = counts(i);
      return label + " " + c.get(0) + " / " + c.get(2) + c.get(3) + " " + c.get(4) + " " + c.get(5) + " " + c.get(6);
    });
    assertEveryRowRead(r, i -> {
      List<Integer> c = new ArrayList<>(counts(i));
      c.set(1, null);
      return c;
    });
  }

  /**
   * A mobile page's card a row, a cell a line, a mark of no value a space after its key's colon ({@code 总计： -}): the
   * key 总计 names the cell's column, not the row （七）总计, whose card follows.
   */
  @Test
  void aMarkASpaceAfterAKeyThatIsARowsLabelIsTheKeysCell() {
    List<String> columns = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");
    IntFunction<List<Integer>> counts = i -> i == 20 ? List.of(0, 0, 0, 0, 0, 0, 0) : counts(i);
    ProcessedReport r = report("", (i, label) -> label + "\n" + String.join("\n", IntStream.range(0, 7)
        .mapToObj(c -> columns.get(c) + "： " + (counts.apply(i).get(c) == 0 ? "-" : counts.apply(i).get(c))).toList()) + "\n");
    assertEveryRowRead(r, i -> blankForZero(counts.apply(i)));
  }

  /** A sentence naming each cell's column fills an empty one with 空 (empty), bracketed: no value, the others read. */
  @Test
  void anEmptyMarkInASentenceRowIsABlankCell() {
    List<String> columns = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");
    ProcessedReport r = report("（按申请人情况分列：自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计）", (i, label) -> {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < columns.size(); c++) {
        int count = counts(i).get(c);
        cells.add(columns.get(c) + (count == 0 ? "（空）" : count + "件"));
      }
      return label + "：" + String.join("，", cells) + "。";
    });
    assertEveryRowRead(r, i -> blankForZero(counts(i)));
  }

  /**
   * Rows whose labels OCR damaged past matching are read where they stand by their number in their group: also a
   * group's first row printed after the group's label ({@code （四）无法提供1.本机机关不握握相政信息}), and a label
   * with two characters doubled, one doubling short of its row's words ({@code 6.属于于四类过过程程性信息}).
   */
  @Test
  void aDamagedLabelAfterItsGroupsOrDoubledTwiceIsReadByItsNumber() {
    assertEveryRowRead(report("项目  自然人  商业企业  科研机构  社会公益组织  法律服务机构  其他  总计", (i, label) -> (i == 9
        ? "6.属于于四类过过程程性信息" : i == 12 ? "（四）无法提供1.本机机关不握握相政信息" : label) + "  " + joined(counts(i), "  ")));
  }

  /**
   * Lines listing with 、 are cells only under a line of as many names and with a figure after a label: prose listing
   * words or figures, and a row's counts after its label's colon (read by the decoder), stay as printed.
   */
  @Test
  void onlyFiguresListedUnderAsManyNamesAreCellsOfEnumeratedRows() {
    List<String> tabled = EnumeratedCells.tabbed(List.of("信息内容、采购项目数量、采购总金额", "政府集中采购、135、826.2万元"));
    assertThat(tabled).containsExactly("信息内容\t采购项目数量\t采购总金额", "政府集中采购\t135\t826.2万元");
    List<String> prose = List.of("主动公开规章、规范性文件、政策解读", "本年度办理、3件、5件", "自然人、商业企业、科研机构",
        "（一）予以公开：3、0、3");
    assertThat(EnumeratedCells.tabbed(prose)).isSameAs(prose);
  }

  @Test
  void aLineWithValuesOnBothSidesOfItsLabelIsLeftAsItIs() {
    List<String> lines = List.of("1 0 0  予以公开 3", "1 0 0  部分公开 3", "1 0 0  国家秘密 3", "1 0 0  禁止公开 3", "1 0 0  三安全 3");
    assertThat(LabelsAfterValues.turned(lines)).isSameAs(lines);
  }

  @Test
  void valuesPartedBySlashesAreARowsCells() {
    assertEveryRowRead(report("（数值依次为：自然人 / 商业企业 / 科研机构 / 社会公益组织 / 法律服务机构 / 其他 / 总计）",
        (i, label) -> label + "：" + joined(counts(i), " / ")));
  }

  /** Seven space-parted cells, three of them blank marked by slashes: read as four slash-parted values, cells lost. */
  @Test
  void slashesMarkingBlankCellsBetweenCountsStayCells() {
    List<String> lines = List.of("（一）予以公开 1 / 2 / 3 / 6");
    assertThat(SlashPartedValues.tabbed(lines)).isSameAs(lines);
  }

  @Test
  void aListsNumbersBeforeTheLabelsAreNoCounts() {
    assertEveryRowRead(report("（各项依次为：自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计）",
        (i, label) -> (i == 2 ? "3. 本年度办理结果\n3.1 " + label.substring("三、本年度办理结果".length()) : i == 3 ? "3.2 " + label : label)
            + "：" + joined(counts(i), "  ")));
  }

  /**
   * Each row's values on the line above its label (the figures top-aligned, the labels centred in their cells): the
   * first line of values, under the column titles, has no label above it to take it, so each takes the label below.
   */
  @Test
  void valuesPrintedAboveTheirLabelsUnderTheColumnTitlesAreTheLabelsBelow() {
    assertEveryRowRead(report("          自然人  商业企业  科研机构  社会公益组织  法律服务机构  其他  总计",
        (i, label) -> "                " + joined(counts(i), "   ") + "\n" + (label.length() > 15
            ? label.substring(0, 9) + "\n" + label.substring(9) : label)));
  }

  /** An outline's number before a sub-row's own arabic ordinal ({@code 3.3.3.2 2.其他…}) is the outline's, no count. */
  @Test
  void anOutlinesNumberBeforeASubRowsArabicOrdinalIsNoCount() {
    assertThat(OutlineNumbers.joined(List.of("3.3.5.2 2.重复申请：- - - 1 0 - 1")))
        .containsExactly("        2.重复申请：- - - 1 0 - 1");
    assertEveryRowRead(report("（各项数据依次为：自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计）",
        (i, label) -> "3." + (i + 1) + (Character.isDigit(label.charAt(0)) ? "." + label.charAt(0) : "") + " " + label + "："
            + joined(counts(i), " ")));
  }

  /**
   * An outline's number before a label without an ordinal that runs to a colon ({@code 4.1 行政复议：1，0，…}) is the
   * outline's, no count; a decimal before text with no colon stays as it is.
   */
  @Test
  void anOutlinesNumberBeforeALabelRunningToItsColonIsNoCount() {
    assertThat(OutlineNumbers.joined(List.of("4.1 行政复议：1，0，0，0，1", "4.2 行政诉讼（未经复议直接起诉）：0，0，0，0，0")))
        .containsExactly("    行政复议：1，0，0，0，1", "    行政诉讼（未经复议直接起诉）：0，0，0，0，0");
    List<String> amounts = List.of("4.1 万元 政府集中采购");
    assertThat(OutlineNumbers.joined(amounts)).isSameAs(amounts);
  }

  /**
   * A row whose label OCR cut to its ordinal: a tab or a layout's gap after it ends the label's cell, and l (a 1) or
   * 无 (a blank) is its first cell.
   */
  @Test
  void anOrdinalBeforeATabOrALetterForADigitKeepsItsCells() {
    List<String> lines = List.of("3.\tl\t0\t1", "3. l 0 1", "1. 无 0 0", "1.          无      O      0");
    assertThat(OutlineNumbers.joined(lines)).isSameAs(lines);
    assertThat(OutlineNumbers.joined(List.of("3. 本年度办理结果", "3.1 （一）予以公开 1 0"))).containsExactly("3.本年度办理结果 ", "    （一）予以公开 1 0");
  }

  @Test
  void aRuledSecondHalfBesideTheFirstIsReadAfterIt() {
    int half = (LABELS.size() + 1) / 2;
    List<String> lines = new ArrayList<>(List.of("测试县教育局2020年政府信息公开工作年度报告", "三、收到和处理政府信息公开申请情况",
        "项目  自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计  ‖  项目  自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计"));
    for (int i = 0; i < half; i++) {
      String left = LABELS.get(i) + "  " + joined(counts(i), "  ");
      lines.add(i + half < LABELS.size() ? left + "  ‖  " + LABELS.get(i + half) + "  " + joined(counts(i + half), "  ") : left + "  ‖");
    }
    lines.add("四、政府信息公开行政复议、行政诉讼情况");
    assertEveryRowRead(PROCESSOR.process("test.txt", String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aYamlMappingOfLabelsToListsOfValuesIsATable() {
    assertEveryRowRead(report("列: [自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计]",
        (i, label) -> "  " + label + ": [" + joined(counts(i), ", ") + "]"));
  }

  /**
   * Cells joined by a bar without outer borders: a row whose first cell holds text opens at the margin, the rows around
   * it with the bar (their first cell blank). It is a row of the box-drawn table as they are, not a numbered heading.
   */
  @Test
  void aRowOpeningAtTheMarginAmongRowsOpeningWithTheBarIsOneOfThem() {
    for (String bar : List.of("｜", "│")) {
      List<String> lines = List.of(bar + bar + "二、上年结转政府信息公开申请数量" + bar + "-" + bar + "2",
          "三、本年度办理结果" + bar + bar + "（一）予以公开" + bar + "-" + bar + "3",
          bar + bar + "（二）部分公开" + bar + "-" + bar + "1", "四、政府信息公开行政复议、行政诉讼情况");
      assertThat(VerticalBars.asPipes(lines)).containsExactly(lines.get(0), bar + lines.get(1), lines.get(2), lines.get(3));
    }
  }

  @Test
  void fullWidthVerticalLinesRuleCellsAsPipesDo() {
    assertEveryRowRead(report("｜项目｜自然人｜商业企业｜科研机构｜社会公益组织｜法律服务机构｜其他｜总计｜",
        (i, label) -> "｜" + label.replace("1.", "1．") + "｜" + joined(counts(i), "｜") + "｜"));
  }
}
