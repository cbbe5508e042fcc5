package org.govdisclosure.extract.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTitleTest {

  private static String title(String... paragraphs) {
    return new Document("text", "UTF-8", List.of(paragraphs).stream().<Block>map(Paragraph::new).toList()).title();
  }

  /** A page copy lists links to other reports above the title: the title is the last before the body begins. */
  @Test
  void linksToOtherReportsAboveTheTitleAreNotIt() {
    assertThat(title("宁武县人民政府门户网站", "首页>政务公开>政府信息公开年报", "相关链接",
        "2018年度宁武县卫生健康局政府信息公开工作年度报告", "代县人民政府2023年政府信息公开工作年度报告",
        "宁武县人民政府2021年度政府信息公开工作年度报告", "发布时间:2022-02-11", "来源:宁武县人民政府办公室",
        "根据《中华人民共和国政府信息公开条例》,编制本报告。", "一、总体情况",
        "上一篇:2020年度宁武县人民政府政府信息公开工作年度报告"))
        .isEqualTo("宁武县人民政府2021年度政府信息公开工作年度报告");
  }

  /**
   * A title printed as a line followed by empty cells (XX局2023年…报告 | ||||) reads as a line: it is the title; a
   * row with other cells filled is a table's.
   */
  @Test
  void aLineFollowedByEmptyCellsIsTheTitle() {
    Table lines = new Table(List.of(
        new Row(List.of(new Cell("洪雅县教育和体育局2023年政府信息公开工作年度报告"), new Cell(""), new Cell(""))),
        new Row(List.of(new Cell("2024年01月25日"), new Cell("")))));
    assertThat(new Document("text", "UTF-8", List.of(lines, new Paragraph("2023年,县教体局编制本报告。"))).title())
        .isEqualTo("洪雅县教育和体育局2023年政府信息公开工作年度报告");
    Table table = new Table(List.of(new Row(List.of(new Cell("某局2023年政府信息公开工作年度报告"), new Cell("3")))));
    assertThat(new Document("text", "UTF-8", List.of(table, new Paragraph("一、总体情况"))).title()).isEqualTo("一、总体情况");
  }

  /** A page copy's metadata line (索引号 … 发文字号 …报告号) repeats the title but is none. */
  @Test
  void aMetadataLineIsNoTitle() {
    assertThat(title("当前位置: 首页>政府信息公开>政府信息公开年报", "东街街道2023年度政府信息公开工作年度报告",
        "发表日期:2024-01-26 发布机构:政务服务管理局", "索引号 620702074/2024-00047 发文字号 东街街道2023年度政府信息公开工作年度报告号",
        "一、总体情况")).isEqualTo("东街街道2023年度政府信息公开工作年度报告");
  }

  /** A short opening sentence that names the report, or a PDF line of the opening, is no title. */
  @Test
  void aSentenceOrAWrappedLineOfTheOpeningIsNoTitle() {
    assertThat(title("宁武县人民政府2021年度政府信息公开工作年度报告", "根据《条例》和上级有关要求,编制本报告。", "一、总体情况"))
        .isEqualTo("宁武县人民政府2021年度政府信息公开工作年度报告");
    assertThat(title("2024年宁武县卫生健康局政府信息公开工作", "年度报告", "根据《条例》的要求,本局编制了2024年度政务公开工作",
        "报告,报告全文包括总体情况、主动公开政府信息情况", "一、总体情况"))
        .isEqualTo("2024年宁武县卫生健康局政府信息公开工作年度报告");
    assertThat(title("宁武县卫生健康局2024年政府信息公开工", "作年度报告", "本报告根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信",
        "息与政务公开办公室关于政府信息公开工作年度报告格式的要求编制", "一、总体情况"))
        .isEqualTo("宁武县卫生健康局2024年政府信息公开工作年度报告");
  }

  /** A crawler's header labels the title; a path naming the same report below it is not the title. */
  @Test
  void aTitleLabelledSoIsTheTitle() {
    assertThat(title("标题:宁武县人民政府2021年度政府信息公开工作年度报告", "发布时间:2022-02-11",
        "本地目录:zwgk/nb/202202/8061_宁武县人民政府2021年度政府信息公开工作年度报告", "====正文===="))
        .isEqualTo("标题:宁武县人民政府2021年度政府信息公开工作年度报告");
  }

  /** A page flattened into one line runs the links and the title together: the title is the last before the body. */
  @Test
  void aPageInOneLineHasTheLastReportTitleBeforeTheBodyAsTitle() {
    assertThat(title("当前位置：首页政务公开年度报告 相关链接 2024年度代县人民政府政府信息公开工作年度报告 "
        + "宁武县卫生健康局2021年度政府信息公开工作年度报告 发布日期：2022-02-11 来源：宁武县人民政府 "
        + "根据《中华人民共和国政府信息公开条例》，编制本报告。一、总体情况2021年，我局主动公开政府信息37条。"))
        .isEqualTo("宁武县卫生健康局2021年度政府信息公开工作年度报告");
  }

  /** A page copy's metadata table labels the title (标 题: | XX乡2019年…报告 |): the cell after the label is the title. */
  @Test
  void theCellAfterATitleLabelIsTheTitle() {
    Table metadata = new Table(List.of(
        new Row(List.of(new Cell("索 引 号"), new Cell("640421031/2020-00003"), new Cell("发文时间"), new Cell("2020-01-23"))),
        new Row(List.of(new Cell("标 题:"), new Cell("原州区中河乡2019年政府信息公开工作年度报告")))));
    assertThat(new Document("text", "UTF-8", List.of(metadata, new Paragraph("根据《条例》规定,编制本报告。"))).title())
        .isEqualTo("原州区中河乡2019年政府信息公开工作年度报告");
  }

  /** A metadata table may label the title as the page's name (名称 | XX管理区2025年…报告 |): the cell after it is the title. */
  @Test
  void theCellAfterANameLabelIsTheTitle() {
    Table metadata = new Table(List.of(
        new Row(List.of(new Cell("名称"), new Cell("城东管理区2025年政府信息公开工作年度报告"), new Cell(""))),
        new Row(List.of(new Cell("索引号"), new Cell("000014349/2026-04314"), new Cell("发布日期"), new Cell("2026-01-20")))));
    assertThat(new Document("text", "UTF-8", List.of(metadata, new Paragraph("一、总体情况"),
        new Paragraph("本报告根据《条例》编制。"))).title())
        .isEqualTo("城东管理区2025年政府信息公开工作年度报告");
  }

  /** A comma-separated export's metadata line (标题,XX局…报告): the comma parts the label's field, the title is after it. */
  @Test
  void aTitleAfterItsLabelsCommaSeparatedFieldIsTheTitle() {
    assertThat(title("标题,淮安市人民政府2020年政府信息公开工作年度报告", "年度,2020", "发布机关,淮安市人民政府"))
        .isEqualTo("淮安市人民政府2020年政府信息公开工作年度报告");
  }
}
