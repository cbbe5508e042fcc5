package org.govdisclosure.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.govdisclosure.extract.AllocatedBytes;
import org.junit.jupiter.api.Test;

/** Comma-separated and Python-list rows ({@link CsvRows}, {@link PythonListRows}) among a text's lines. */
class TabbedRowsTest {

  private static final List<String> PROSE = List.of("一、总体情况", "本机关全年共收到申请12件，办结11件。", "\t自然人\t3", "（一）予以公开");

  /** Every line of a text file is looked at: lines that are no such rows are passed on with nothing made for them. */
  @Test
  void linesOfNoRowAreLookedAtWithoutAllocating() {
    assertThat(AllocatedBytes.perCall(2_000, () -> CsvRows.tabbed(PROSE).size() + PythonListRows.tabbed(PROSE).size())).isZero();
    assertThat(CsvRows.tabbed(PROSE)).isSameAs(PROSE);
    assertThat(PythonListRows.tabbed(PROSE)).isSameAs(PROSE);
  }

  @Test
  void rowsAmongOtherLinesAreTabbed() {
    List<String> lines = List.of("说明", "自然人,3,4", "商业企业,1,0", "完", "['自然人', '3']", "['商业企业', None]", "完");
    assertThat(PythonListRows.tabbed(CsvRows.tabbed(lines)))
        .containsExactly("说明", "自然人\t3\t4", "商业企业\t1\t0", "完", "自然人\t3", "商业企业\t", "完");
  }

  /**
   * An OCR service's CSV export (Textract's) marks each field as text with an apostrophe ({@code '12 }), no part of the
   * cell, and prints under its heading a grid of its confidence in each cell, figures that are none of the report's.
   */
  @Test
  void aSpreadsheetsTextMarksAreNoPartOfTheCellsAndAConfidenceGridIsNoTable() {
    List<String> lines = List.of("'（一）予以公开 ,'5 ,,'3 ", ",'（二）部分公开 ,'1 ,'2 ", "", "Confidence Scores % (Table Cell)",
        "'97.5 ,'88.14 ,'61.0 ,'93.2 ", "'90.35 ,'72.4 ,'99.01 ,'85.5 ", "", "四、结转下年度继续办理");
    assertThat(CsvRows.tabbed(lines)).containsExactly("（一）予以公开\t5\t\t3", "\t（二）部分公开\t1\t2", "", "", "四、结转下年度继续办理");
  }

  /**
   * A CSV export quoting every field writes its title, headings and captions as one quoted field on their lines: in a
   * text holding comma-separated rows those lines are their text (a heading must be found as one); a quoted line with a
   * comma or a quote left inside stays as it is.
   */
  @Test
  void aLineOfOneQuotedFieldInAnExportIsItsText() {
    List<String> lines = List.of("\"三、收到和处理政府信息公开申请情况\"", "\"（一）予以公开\",\"5\",\"0\",\"5\"",
        "\"（二）部分公开\",\"1\",\"2\",\"3\"", "\"他说\"\"是\"\"\"", "\"a,b\"");
    assertThat(CsvRows.tabbed(lines)).containsExactly("三、收到和处理政府信息公开申请情况", "（一）予以公开\t5\t0\t5",
        "（二）部分公开\t1\t2\t3", "他说\"是\"", "\"a,b\"");
    List<String> prose = List.of("\"三、收到和处理政府信息公开申请情况\"", "本机关全年共收到申请12件。");
    assertThat(CsvRows.tabbed(prose)).isSameAs(prose);
  }

  /**
   * A Traditional mirror's export prints an amount's unit in its script ({@code 429.28萬元}): the amount is a value as
   * {@code 429.28万元} is, so that the procurement row of a count and an amount is a table's row.
   */
  @Test
  void anAmountWithItsUnitInTraditionalScriptIsAValue() {
    List<String> lines = List.of("\"信息內容\",\"采購項目數量\",\"采購總金額\",", "\"政府集中采購\",\"２２５\",\"４２９．２８萬元\",");
    assertThat(CsvRows.tabbed(lines)).containsExactly("信息內容\t采購項目數量\t采購總金額", "政府集中采購\t２２５\t４２９．２８萬元");
  }
  /**
   * tabula's stream mode writes two columns it drew no boundary between as one field, their texts joined by a space in
   * every row ({@code 0 7}, {@code / /}, the header's {@code 社会公益 法律服务}): such a field is as many cells. Where a
   * row holds one count there ({@code 7}, its neighbour blank), no one can tell its column, and each row of the run is a
   * column short: the run is no CSV rows.
   */
  @Test
  void aColumnAStreamExtractorJoinedIsPartedInEveryRowAlike() {
    List<String> lines = List.of(",,自然人,商业企业,社会公益 法律服务,总计", "一、本年新收政府信息公开申请数量,,159,27,0 7,193",
        "（一）予以公开,,15,2,/ /,17");
    assertThat(CsvRows.tabbed(lines)).containsExactly("\t\t自然人\t商业企业\t社会公益\t法律服务\t总计",
        "一、本年新收政府信息公开申请数量\t\t159\t27\t0\t7\t193", "（一）予以公开\t\t15\t2\t/\t/\t17");
    List<String> marks = List.of(",,自然人,商业企业,社会公益 法律服务,总计", "一、本年新收,,18,1,- -,19", "（一）予以公开,,-,-,- -,-");
    assertThat(CsvRows.tabbed(marks)).containsExactly("\t\t自然人\t商业企业\t社会公益\t法律服务\t总计", "一、本年新收\t\t18\t1\t-\t-\t19",
        "（一）予以公开\t\t-\t-\t-\t-\t-");
    List<String> unparted = List.of("一、本年新收,,159,27,7,193", "二、上年结转,,1,0,0 0,1", "（一）予以公开,,15,2,/ /,17");
    assertThat(CsvRows.tabbed(unparted)).isEqualTo(unparted);
  }

  /**
   * Under a header whose field names the joined columns ({@code 商业企业 科研机构}) a reader sees them: a row's count
   * alone there ({@code 3}, its neighbour blank) leaves both its cells unplaced, the rest of the run read.
   */
  @Test
  void aCountAloneInAColumnJoinedUnderItsNamedHeaderLeavesBothCellsUnplaced() {
    List<String> lines = List.of(",,自然人,商业企业 科研机构,社会公益组织,总计", "一、本年新收政府信息公开申请数量,,159,1 4,0,164",
        "5.属于三类内部事务信息,,,3,,3", "（一）予以公开,,15,,2,17");
    assertThat(CsvRows.tabbed(lines)).containsExactly("\t\t自然人\t商业企业\t科研机构\t社会公益组织\t总计",
        "一、本年新收政府信息公开申请数量\t\t159\t1\t4\t0\t164", "5.属于三类内部事务信息\t\t\t?\t?\t\t3", "（一）予以公开\t\t15\t\t\t2\t17");
  }
}
