package org.govdisclosure.extract.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.govdisclosure.extract.AllocatedBytes;
import org.govdisclosure.extract.ProcessedReport;
import org.govdisclosure.extract.ReportProcessor;
import org.junit.jupiter.api.Test;

/** A report mirrored in Traditional script reads as its Simplified original. */
class TraditionalFormsTest {

  @Test
  void paragraphsAndCellsAreReadInSimplifiedScript() {
    Document read = new Document("html", null, List.of(new Paragraph("三、收到和處理政府信息公開申請情況"),
        new Table(List.of(new Row(List.of(new Cell("（三）不予公開"), Cell.SPANNED, new Cell("1.屬於國家秘密"), new Cell("２")))))));
    Document simplified = TraditionalForms.simplify(read);
    assertThat(((Paragraph) simplified.blocks().get(0)).text()).isEqualTo("三、收到和处理政府信息公开申请情况");
    List<Cell> cells = ((Table) simplified.blocks().get(1)).rows().get(0).cells();
    assertThat(cells).extracting(Cell::text).containsExactly("(三)不予公开", "", "1.属于国家秘密", "2");
    assertThat(cells.get(1).spanned()).isTrue();
  }

  /** 資訊 is Traditional script's word for 信息: a big5 gateway prints 政府資訊公開 for 政府信息公开. */
  @Test
  void traditionalScriptsWordForInformationIsXinxi() {
    assertThat(TraditionalForms.simplify("某某海事局2020年政府資訊公開工作年度報告")).isEqualTo("某某海事局2020年政府信息公开工作年度报告");
    assertThat(TraditionalForms.simplify("发布行业资讯3条")).isEqualTo("发布行业资讯3条");
  }

  /**
   * OCR's Simplified model reads a Traditional scan's 政府資訊公開 as 政府资讯公开: a text printing 资讯公开 has 资讯 as 信息
   * throughout; elsewhere 资讯 is Simplified script's word and stays.
   */
  @Test
  void aTraditionalScansWordForInformationReadByOcrIsXinxi() {
    assertThat(TraditionalForms.ocrRead("某某海事局2020年政府资讯公开工作年度报告\n对外公开资讯1740条"))
        .isEqualTo("某某海事局2020年政府信息公开工作年度报告\n对外公开信息1740条");
    assertThat(TraditionalForms.ocrRead("政府信息公开工作年度报告\n发布行业资讯3条")).isEqualTo("政府信息公开工作年度报告\n发布行业资讯3条");
  }

  /** A mirror glossing characters in pinyin (水務(wù)局, 行政復(fù)議) reads as the words without the glosses. */
  @Test
  void pinyinGlossesAfterCharactersAreNotPartOfTheWords() {
    assertThat(TraditionalForms.simplify("某某州水務(wù)局未發(fā)生行政復(fù)議(2件)"))
        .isEqualTo("某某州水务局未发生行政复议(2件)");
  }

  /** A gloss may give the tone as a digit (報(bao4)告, 鄉(xiang1)); a bracketed figure or an English word stays. */
  @Test
  void pinyinGlossesWithToneDigitsAreNotPartOfTheWords() {
    assertThat(TraditionalForms.simplify("宣恩縣教育局編制了年度報(bao4)告,鄉(xiang1)政府"))
        .isEqualTo("宣恩县教育局编制了年度报告,乡政府");
    assertThat(TraditionalForms.simplify("未發生行政復議(2件),附件(app)")).isEqualTo("未发生行政复议(2件),附件(app)");
  }

  @Test
  void simplifiedTextAndCharactersBothScriptsUseAreLeftAlone() {
    Document read = new Document("text", null, List.of(new Paragraph("覆盖面广,成效显著,俱乐部总计3件")));
    assertThat(TraditionalForms.simplify(read)).isSameAs(read);
    assertThat((int) TraditionalForms.simplified('覆')).isZero();
    assertThat((int) TraditionalForms.simplified('公')).isZero();
  }

  /** 於 is a Traditional form, but Simplified township names write it too: alone it tells no Traditional document. */
  @Test
  void aSimplifiedTownshipNameWith於IsLeftAsPrinted() {
    Document read = new Document("text", null, List.of(new Paragraph("临安区於潜镇人民政府2020年政府信息公开工作年度报告")));
    assertThat(TraditionalForms.simplify(read)).isSameAs(read);
  }

  /** Places are read in Simplified script too (瀏陽 as 浏阳), but not a county whose Simplified name writes 乾. */
  @Test
  void aTraditionalMirrorNamesItsCounty() {
    ReportProcessor processor = ReportProcessor.withRegistered();
    ProcessedReport mirrored = processor.process("mirror.txt",
        "湖南省長沙市瀏陽市人民政府2021年政府信息公開工作年度報告\n一、總體情況\n".getBytes(StandardCharsets.UTF_8));
    assertThat(mirrored.region().countyCode()).isEqualTo("430181");
    ProcessedReport qianan = processor.process("mirror.txt",
        "吉林省松原市乾安縣人民政府2021年政府信息公開工作年度報告\n一、總體情況\n".getBytes(StandardCharsets.UTF_8));
    assertThat(qianan.region().countyCode()).isEqualTo("220723");
  }

  /**
   * A mirror's converter glosses some characters with their pinyin (鄉(xiāng), 數(shù)量): the glosses go with the
   * conversion, so the issuer's name and the procurement row's labels read as printed.
   */
  @Test
  void aMirrorsPinyinGlossesAreDropped() {
    ReportProcessor processor = ReportProcessor.withRegistered();
    ProcessedReport mirrored = processor.process("mirror.txt", String.join("\n",
        "沅陵縣北溪鄉(xiāng)人民政府2020年政府信息公開工作年度報告",
        "二、主動公開政府信息情況",
        "第二十條第(九)項", "信息內容", "採購項目數(shù)量", "採購總金額", "政府集中採購", "12", "345600",
        "三、收到和處理政府信息公開申請情況").getBytes(StandardCharsets.UTF_8));
    assertThat(mirrored.organization()).isEqualTo("沅陵县北溪乡人民政府");
    assertThat(mirrored.tables().get("procurement")).singleElement()
        .satisfies(row -> assertThat(row).containsEntry("item_count", 12).containsEntry("amount_text", "345600"));
    Document kept = TraditionalForms.simplify(new Document("text", null, List.of(new Paragraph("總計(含上年結轉)3件"))));
    assertThat(((Paragraph) kept.blocks().get(0)).text()).isEqualTo("总计(含上年结转)3件");
  }

  /** Every report is asked: one printing no Traditional form is scanned once, nothing copied. */
  @Test
  void aDocumentWithoutTraditionalFormsIsNotCopied() {
    Document read = new Document("text", null, List.of(new Paragraph("三、收到和处理政府信息公开申请情况"),
        new Table(List.of(new Row(List.of(new Cell("（一）予以公开"), new Cell("3"), new Cell("0")))))));
    assertThat(AllocatedBytes.perCall(2_000, () -> TraditionalForms.simplify(read) == read ? 1 : 0)).isZero();
  }

  @Test
  void aTraditionalReportGivesItsYearProcurementAndApplications() {
    String report = """
        某縣某局2021年政府信息公開工作年度報告
        本報告中所列數據的統計期限自2021年1月1日起至2021年12月31日止。
        二、主動公開政府信息情況
        第二十條第(九)項 |
        信息內容 | 採購項目數量 | 採購總金額 |
        政府集中採購 | 4 | 13.5萬元 |
        三、收到和處理政府信息公開申請情況
        (本列數據的勾稽關係為:第一項加第二項之和,等於第三項加第四項之和) | 申請人情況 |
        自然人 | 法人或其他組織 | 總計 |
        商業企業 | 科研機構 | 社會公益組織 | 法律服務機構 | 其他 |
        一、本年新收政府信息公開申請數量 | 6 | 2 | 0 | 0 | 1 | 0 | 9 |
        二、上年結轉政府信息公開申請數量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
        """;
    ProcessedReport r = ReportProcessor.withRegistered().process("trad.txt", report.getBytes(StandardCharsets.UTF_8));
    assertThat(r.year()).isEqualTo(2021);
    Map<String, Object> received = r.tables().get("applications").stream()
        .filter(m -> "new_received".equals(m.get("row_key"))).findFirst().orElseThrow();
    assertThat(received).containsEntry("natural_person", 6).containsEntry("commercial_enterprise", 2)
        .containsEntry("legal_service_org", 1).containsEntry("total", 9);
    assertThat(r.tables().get("procurement").get(0)).containsEntry("item_count", 4);
  }
}
