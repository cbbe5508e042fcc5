package org.govdisclosure.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Structured exports (JSON, YAML, XML) told from their content and written as the text lines they stand for. */
class StructuredExportTest {

  /** The export's lines, null when the content is no export. */
  private static List<String> lines(String content) {
    StructuredExport.Parsed parsed = StructuredExport.parse(content);
    return parsed == null ? null : ExportLines.text(parsed).lines().toList();
  }

  /** Nested objects under Chinese keys: a value under its labels is a row of them, the section's title its heading. */
  @Test
  void nestedKeysAreRowsOfTheirLabelsUnderTheirSectionsHeading() {
    assertThat(lines("""
        {"标题": "测试镇2021年政府信息公开工作年度报告", "年度": 2021,
         "三、收到和处理政府信息公开申请情况": {"一、本年新收政府信息公开申请数量": {"自然人": 5, "总计": 5},
           "三、本年度办理结果": {"（一）予以公开": {"自然人": 3, "总计": 3}}}}
        """)).containsExactly("测试镇2021年政府信息公开工作年度报告", "年度：2021", "", "三、收到和处理政府信息公开申请情况",
        "一、本年新收政府信息公开申请数量\t自然人\t5", "一、本年新收政府信息公开申请数量\t总计\t5",
        "三、本年度办理结果\t（一）予以公开\t自然人\t3", "三、本年度办理结果\t（一）予以公开\t总计\t3");
  }

  /**
   * A flat key's labels are parted by its dots, save the dot of an item's ordinal (1.属于国家秘密); a section's numeral
   * alone is no heading to write; an export this flat in YAML is one too.
   */
  @Test
  void dottedKeysArePathsAndAnOrdinalsDotPartsNothing() {
    String yaml = """
        三.本年新收政府信息公开申请数量.自然人: 5
        三.本年度办理结果.（三）不予公开.1.属于国家秘密.自然人: 0
        三.本年度办理结果.（三）不予公开.1.属于国家秘密.总计: ""
        """;
    assertThat(lines(yaml)).containsExactly("本年新收政府信息公开申请数量\t自然人\t5",
        "本年度办理结果\t（三）不予公开\t1.属于国家秘密\t自然人\t0", "本年度办理结果\t（三）不予公开\t1.属于国家秘密\t总计\t");
  }

  /** Plain key: value lines, a report's own text, are read as text; so is YAML giving a key twice. */
  @Test
  void plainKeyValueLinesAndRepeatedKeysAreNoExport() {
    assertThat(lines("标题: 测试镇2021年政府信息公开工作年度报告\n自然人: 5\n总计: 5\n")).isNull();
    assertThat(lines("三:\n  自然人: 5\n三:\n  自然人: 6\n")).isNull();
  }

  /**
   * A page copy opening with a bracketed line (a web proxy's {@code [go: up one dir, main page]}) is text, though the
   * line alone parses as a YAML flow list: an export is the whole file.
   */
  @Test
  void aBracketedFirstLineBeforeTextIsNoExport() {
    assertThat(lines("[go: up one dir, main page]\n\n汝州市住房和城乡建设局2021年政府信息公开工作年度报告\n\n一、总体情况\n")).isNull();
    assertThat(lines("{三: {自然人: 3, 总计: 3}}\n")).isNotNull();
  }

  /** A list's item is named by its label under the export's own word; its bookkeeping (an index) is left out. */
  @Test
  void anItemIsNamedByItsLabelAndItsListsKeyIsNoLabel() {
    assertThat(lines("""
        {"shenqing": [{"id": 7, "xiangmu": "（一）予以公开", "shuju": {"自然人": 3, "总计": 3}},
                      {"id": 8, "xiangmu": "（二）部分公开", "shuju": {"自然人": 1, "总计": 1}}]}
        """)).containsExactly("（一）予以公开\t自然人\t3", "（一）予以公开\t总计\t3", "（二）部分公开\t自然人\t1", "（二）部分公开\t总计\t1");
  }

  /** A list of flat row objects is a table under their names, the rows' labels first, under its section's title. */
  @Test
  void rowObjectsAreATableUnderTheirSectionsTitle() {
    assertThat(lines("""
        {"tables": [{"section": "四、政府信息公开行政复议、行政诉讼情况",
                     "rows": [{"结果维持": 1, "label": "行政复议", "总计": 1}]}]}
        """)).containsExactly("", "四、政府信息公开行政复议、行政诉讼情况", "label\t结果维持\t总计", "行政复议\t1\t1");
  }

  /** A paragraph's object ({@code {"type": "p", "text": …}}) holds no row: its text is a line, as a crawler dumps it. */
  @Test
  void aParagraphsObjectIsItsText() {
    assertThat(lines("""
        {"url": "http://example.gov.cn/1.html", "content": [{"type": "p", "text": "三、收到和处理政府信息公开申请情况"},
          {"type": "table", "rows": [{"row": 1, "cells": ["（一）予以公开", "3", "", "3"]}]}]}
        """)).containsExactly("三、收到和处理政府信息公开申请情况", "（一）予以公开\t3\t\t3");
  }

  /** XML: an element is named by its labelled attribute; a cell is an attribute or a child element named by its column. */
  @Test
  void xmlElementsAreNamedByTheirAttributesAndCellsAreAttributesOrElements() {
    assertThat(lines("""
        <?xml version="1.0" encoding="UTF-8"?>
        <report title="测试镇2021年政府信息公开工作年度报告">
          <部分 名称="三、收到和处理政府信息公开申请情况">
            <行 名称="（一）予以公开"><自然人>3</自然人><总计>3</总计></行>
            <行 名称="（二）部分公开"><自然人>1</自然人><总计>1</总计></行>
          </部分>
          <部分 名称="四、政府信息公开行政复议、行政诉讼情况">
            <行 名称="行政复议" 结果维持="2" 总计="2"/><行 名称="行政诉讼/复议后起诉" 结果维持="0" 总计="0"/></部分>
        </report>
        """)).containsExactly("测试镇2021年政府信息公开工作年度报告", "", "三、收到和处理政府信息公开申请情况", "名称\t自然人\t总计",
        "（一）予以公开\t3\t3", "（二）部分公开\t1\t1", "", "四、政府信息公开行政复议、行政诉讼情况", "名称\t结果维持\t总计", "行政复议\t2\t2",
        "行政诉讼/复议后起诉\t0\t0");
  }

  /**
   * A page of XHTML, or a fragment of HTML well-formed as XML, is a page, no export; XML reads no DTD, so an entity
   * naming a local file reads nothing of it.
   */
  @Test
  void xhtmlIsNoExportAndNoEntityIsResolved() {
    assertThat(lines("<?xml version=\"1.0\"?>\n<html><body><p>一、总体情况</p></body></html>")).isNull();
    assertThat(lines("<section><table><tr><td>（一）予以公开</td><td>3</td></tr></table></section>")).isNull();
    List<String> lines = lines("<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<r><标题>&x;</标题></r>");
    assertThat(lines == null ? List.of() : lines).noneMatch(l -> l.contains("root"));
  }

  /** YAML in flow style is the same tree as in block style. */
  @Test
  void flowYamlIsReadAsBlockYamlIs() {
    assertThat(lines("{三、收到和处理政府信息公开申请情况: {（一）予以公开: {自然人: 3, 总计: 3}, （二）部分公开: {自然人: 1, 总计: 1}}}"))
        .isEqualTo(lines("三、收到和处理政府信息公开申请情况:\n  （一）予以公开:\n    自然人: 3\n    总计: 3\n  （二）部分公开:\n    自然人: 1\n    总计: 1\n"))
        .contains("（一）予以公开\t自然人\t3");
  }

  /** Nesting past the cap is refused with its reason, in each format; the report is not read. */
  @Test
  void nestingPastTheCapIsRefused() {
    int depth = StructuredExport.MAX_DEPTH + 10;
    String json = "[".repeat(depth) + "\"三\"" + "]".repeat(depth);
    String xml = "<a>".repeat(depth) + "三" + "</a>".repeat(depth);
    String yaml = "{三: ".repeat(depth) + "1" + "}".repeat(depth);
    for (String deep : List.of(json, xml, yaml)) {
      assertThat(StructuredExport.parse(deep).tooDeep()).contains("deeper than " + StructuredExport.MAX_DEPTH);
      ReadResult read = new ReportReader().read(deep.getBytes(StandardCharsets.UTF_8));
      assertThat(read.failure()).isEqualTo(ReadResult.TOO_DEEP);
    }
  }

  /** JSON cut short is no export: read as the text it is, as before. */
  @Test
  void jsonCutShortIsReadAsText() {
    assertThat(StructuredExport.parse("{\"三\": {\"自然人\": 5,")).isNull();
  }

  /** A key path line whose value is a slash (a blank cell) is a row with that blank. */
  @Test
  void aKeyPathsSlashValueIsABlankCell() {
    assertThat(KeyPathRows.row("（一）予以公开/自然人：/")).isEqualTo("（一）予以公开\t自然人\t/");
  }

  /**
   * Items named by their own label and their group's under keys of the export's own (pinyin, the own label's key
   * first): the group's label, the one several items give, stands before the item's own as one path, as a row's
   * label under its group is printed; an item without a group keeps its label alone.
   */
  @Test
  void aGroupsLabelSharedByItemsStandsBeforeEachItemsOwn() {
    assertThat(lines("""
        {"shenqing": [
          {"xiangmu": "一、本年新收政府信息公开申请数量", "fenlei": "", "shuju": {"自然人": 5}},
          {"xiangmu": "（六）其他处理", "fenlei": "三、本年度办理结果", "shuju": {"自然人": 1}},
          {"xiangmu": "（七）总计", "fenlei": "三、本年度办理结果", "shuju": {"自然人": 3}}]}
        """)).containsExactly("一、本年新收政府信息公开申请数量\t自然人\t5", "三、本年度办理结果／（六）其他处理\t自然人\t1",
        "三、本年度办理结果／（七）总计\t自然人\t3");
  }

  /**
   * An XML export whose root element has no attributes is XML still: an element named by its attribute (one 行, no
   * list of them) is an item named so, its element's name no label of its values.
   */
  @Test
  void anElementNamedByItsAttributeIsAnItemThoughTheRootHasNone() {
    assertThat(lines("""
        <?xml version="1.0" encoding="UTF-8"?><报告><标题>测试镇2020年政府信息公开工作年度报告</标题>\
        <部分 名称="二、主动公开政府信息情况"><行 名称="政府集中采购"><采购项目数量>73</采购项目数量></行></部分></报告>
        """)).containsExactly("测试镇2020年政府信息公开工作年度报告", "二、主动公开政府信息情况\t政府集中采购\t采购项目数量\t73");
  }
}
