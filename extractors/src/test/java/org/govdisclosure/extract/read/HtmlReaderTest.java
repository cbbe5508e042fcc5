package org.govdisclosure.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Table;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

  private final HtmlReader reader = new HtmlReader();

  @Test
  void spansAreExpandedIntoAFullGridWithEmptyCoveredCells() {
    String html = "<table>"
        + "<tr><td rowspan=2>（三）不予公开</td><td>1.属于国家秘密</td><td>0</td></tr>"
        + "<tr><td>2.其他法律行政法规禁止公开</td><td>1</td></tr>"
        + "<tr><td colspan=2>（七）总计</td><td>5</td></tr>"
        + "</table>";
    Table t = (Table) reader.read(html).get(0);
    assertThat(t.rows().get(0).cells().stream().map(Cell::text)).containsExactly("(三)不予公开", "1.属于国家秘密", "0");
    assertThat(t.rows().get(1).cells().stream().map(Cell::text)).containsExactly("", "2.其他法律行政法规禁止公开", "1");
    assertThat(t.rows().get(2).cells().stream().map(Cell::text)).containsExactly("(七)总计", "", "5");
  }

  @Test
  void textOutsideTablesBecomesParagraphsAndNavigationIsSkipped() {
    String html = "<html><body><nav>首页 &gt; 信息公开</nav><div class=article><h1>岛石镇2020年政府信息公开工作年度报告</h1>"
        + "<p>一、总体情况</p><p>全年收到申请<span>3</span>件。<br>二、主动公开政府信息情况</p>"
        + "<table><tr><td>政府集中采购</td><td>23</td><td><span>73802895.90</span></td><td>元</td></tr></table></div></body></html>";
    List<Block> blocks = reader.read(html);
    assertThat(blocks.stream().filter(b -> b instanceof Paragraph).map(b -> ((Paragraph) b).text()))
        .containsExactly("岛石镇2020年政府信息公开工作年度报告", "一、总体情况", "全年收到申请3件。", "二、主动公开政府信息情况");
    assertThat(blocks.get(blocks.size() - 1)).isInstanceOf(Table.class);
  }

  @Test
  void wordsPlaceholderCellsAreNoCellsOfTheRow() {
    // Word's "save as web page" pads a row shorter than the grid with invisible cells; a blank cell of the row stays.
    String placeholder = "<td style='mso-cell-special:placeholder;border:none;padding:0cm 0cm 0cm 0cm' width=0><p class='MsoNormal'>&nbsp;</td>";
    String html = "<table><tr><td>结果维持</td><td>结果纠正</td><td>总计</td></tr>"
        + "<tr><td>&nbsp;</td><td>4</td><td>7</td>" + placeholder + "</tr></table>";
    Table t = (Table) reader.read(html).get(0);
    assertThat(t.rows().get(1).cells().stream().map(Cell::text)).containsExactly("", "4", "7");
  }

  @Test
  void strayBlankCellsPastTheTablesRightEdgeAreNoCells() {
    // Two rows end in an editor's stray empty cell, past the edge the header and the other rows end at in print.
    String html = "<table><tr><td>标签</td><td>自然人</td><td>商业企业</td><td>总计</td></tr>"
        + "<tr><td>1.信访举报投诉类申请</td><td>&nbsp;</td><td>0</td><td>&nbsp;</td><td></td></tr>"
        + "<tr><td>2.重复申请</td><td>2</td><td>&nbsp;</td><td>2</td></tr>"
        + "<tr><td>3.要求提供公开出版物</td><td>&nbsp;</td><td>0</td><td>&nbsp;</td><td>&nbsp;</td></tr></table>";
    Table t = (Table) reader.read(html).get(0);
    assertThat(t.rows().get(1).cells().stream().map(Cell::text)).containsExactly("1.信访举报投诉类申请", "", "0", "");
    assertThat(t.rows().get(3).cells().stream().map(Cell::text)).containsExactly("3.要求提供公开出版物", "", "0", "");
  }

  @Test
  void aSpreadsheetsEmptyColumnBesideEveryRowIsNoColumnUnderAHeader() {
    // Excel's "save as web page" writes the used range: here one empty column more than the header names.
    String html = "<table x:str><col width=72 span=4><tr><td>标签</td><td x:str>自然人</td><td>总计</td><td class=xl67></td></tr>"
        + "<tr><td>3.其他</td><td></td><td x:num>0</td><td class=xl67></td></tr></table>";
    Table t = (Table) reader.read(html).get(0);
    assertThat(t.rows().get(0).cells()).hasSize(3);
    assertThat(t.rows().get(1).cells().stream().map(Cell::text)).containsExactly("3.其他", "", "0");
  }

  @Test
  void aTableContinuedWithoutItsHeaderLosesTheStrayCellsPastTheRowsThatEndInATotal() {
    String html = "<table><tr><td>1.信访举报投诉类申请</td><td>&nbsp;</td><td>0</td><td>0</td><td></td></tr>"
        + "<tr><td>2.重复申请</td><td>3</td><td>&nbsp;</td><td>3</td></tr>"
        + "<tr><td>四、结转下年度继续办理</td><td>&nbsp;</td><td>1</td><td>1</td><td>&nbsp;</td></tr></table>";
    Table t = (Table) reader.read(html).get(0);
    assertThat(t.rows().get(0).cells().stream().map(Cell::text)).containsExactly("1.信访举报投诉类申请", "", "0", "0");
    assertThat(t.rows().get(2).cells()).hasSize(4);
  }

  @Test
  void aTableWhoseRowsAllEndBlankKeepsItsLastColumn() {
    // A table continued without its header, its 总计 column left blank: no header says where the table ends.
    String html = "<table><tr><td>1.信访举报投诉类申请</td><td>1</td><td>&nbsp;</td></tr>"
        + "<tr><td>2.重复申请</td><td>2</td><td>&nbsp;</td></tr></table>";
    Table t = (Table) reader.read(html).get(0);
    assertThat(t.rows().get(0).cells()).hasSize(3);
  }

  @Test
  void wordsCommentAndFootnoteMarksAreNotTextAndTheCommentsAreNotTheReports() {
    String html = "<html><body><table class=MsoNormalTable><tr><td><p class=MsoNormal>重复申请</p></td>"
        + "<td><p class=MsoNormal><span lang=EN-US>24</span><span class=MsoCommentReference><span lang=EN-US style='font-size:9.0pt'>"
        + "<![if !supportAnnotations]><a class=msocomanchor id=\"_anchor_7\" href=\"#_msocom_7\" name=\"_msoanchor_7\">[A7]</a><![endif]>"
        + "<span style='mso-special-character:comment'>&nbsp;</span></span></span></p></td>"
        + "<td><p class=MsoNormal>3<a style='mso-footnote-id:ftn1' href=\"#_ftn1\" name=\"_ftnref1\"><span class=MsoFootnoteReference>[1]</span></a></p></td>"
        + "</tr></table><div style='mso-element:comment-list'><div style='mso-element:comment'><p class=MsoCommentText>"
        + "<span class=MsoCommentReference>[A7]</span>请核对：原填25件</p></div></div></body></html>";
    List<Block> blocks = reader.read(html);
    assertThat(((Table) blocks.get(0)).rows().get(0).cells().stream().map(Cell::text)).containsExactly("重复申请", "24", "3");
    assertThat(blocks).hasSize(1);
  }

  @Test
  void nbspCellsAreBlank() {
    Table t = (Table) reader.read("<table><tr><td>规章</td><td>&nbsp;</td></tr></table>").get(0);
    assertThat(t.rows().get(0).cells().get(1).isBlank()).isTrue();
  }

  @Test
  void aReportHeldInAScriptStringIsRead() {
    String article = "<p>三、收到和处理政府信息公开申请情况</p><table><tr><td>一、本年新收政府信息公开申请数量</td>"
        + "<td>2</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>2</td></tr></table>" + "<p>说明</p>".repeat(20);
    String script = "var content = \"" + article.replace("\"", "\\\"").replace("/", "\\/") + "\";document.write(content);";
    List<Block> blocks = reader.read("<html><body><div id=app></div><script>" + script + "</script></body></html>");
    assertThat(blocks).anySatisfy(b -> assertThat(b).isInstanceOf(Table.class));
    assertThat(((Paragraph) blocks.get(0)).text()).isEqualTo("三、收到和处理政府信息公开申请情况");
  }

  @Test
  void aLayoutTableIsOpenedAndOnlyTheInnerTablesAreData() {
    String html = "<table><tr><td><p>二、主动公开政府信息情况</p>"
        + "<table><tr><td>政府集中采购</td><td>3</td><td>12万元</td></tr></table></td></tr></table>";
    List<Block> blocks = reader.read(html);
    assertThat(blocks).hasSize(2);
    assertThat(((Paragraph) blocks.get(0)).text()).isEqualTo("二、主动公开政府信息情况");
    assertThat(((Table) blocks.get(1)).rows().get(0).cells()).extracting(Cell::text).containsExactly("政府集中采购", "3", "12万元");
  }

  @Test
  void rowsLaidOutWithCssAreATableWhoseEmptyCellsKeepTheirPlace() {
    String html = "<style>.tr{display:flex}</style><div>"
        + "<div class=tr><p>4.保护第三方合法权益</p><p>3</p><p></p><p>1</p></div>"
        + "<div style='display: table-row'><section>5.属于三类内部事务信息</section><section>2</section><section>7</section><section> </section></div>"
        + "</div>";
    assertThat(firstTable(html)).containsExactly(List.of("4.保护第三方合法权益", "3", "", "1"), List.of("5.属于三类内部事务信息", "2", "7", ""));
  }

  @Test
  void aCssGridPlacesItsCellsByTheirLinesAndSpans() {
    String html = "<div style='display:grid;grid-template-columns:repeat(3,1fr)'>"
        + "<div style='grid-row:1 / span 2;grid-column:1'>（四）无法提供</div><div style='grid-area:1 / 2 / 2 / 3'>1.本机关不掌握相关政府信息</div>"
        + "<div style='grid-row:1;grid-column:3'>6</div><div style='grid-row:2;grid-column:2'>2.没有现成信息需要另行制作</div>"
        + "<div style='grid-row:2;grid-column:3'></div></div>";
    assertThat(firstTable(html)).containsExactly(List.of("(四)无法提供", "1.本机关不掌握相关政府信息", "6"), List.of("", "2.没有现成信息需要另行制作", ""));
  }

  @Test
  void aFlexLineWithTextOfItsOwnIsAParagraph() {
    String html = "<div style='display:flex'>规章<span> 3</span><span> 1</span></div><div style='display:flex'>规范性文件<span> 2</span><span> 0</span></div>";
    assertThat(reader.read(html)).extracting(b -> ((Paragraph) b).raw()).containsExactly("规章 3 1", "规范性文件 2 0");
  }

  @Test
  void aFlexLayoutOfThePageIsNoTable() {
    String html = "<div style='display:flex'><nav>首页</nav><div>" + "<p>一、总体情况</p>".repeat(3) + "<p>" + "全年".repeat(200) + "</p></div></div>"
        + "<div style='display:flex'><div>版权所有</div><div>" + "联系我们".repeat(100) + "</div></div>";
    assertThat(reader.read(html)).allSatisfy(b -> assertThat(b).isInstanceOf(Paragraph.class));
  }

  @Test
  void textPlacedRunByRunOutOfReadingOrderIsReadInThePagesReadingOrderALineARow() {
    // Written column by column, as some PDF-to-HTML converters do: the markup climbs the page once per column. The
    // blank cell prints no run; its place is the column's.
    String[][] rows = {{"1.信访举报投诉类申请", "4", "0", "4"}, {"2.重复申请", "9", "1", "10"}, {"3.要求提供公开出版物", "0", "", "2"}};
    StringBuilder page = new StringBuilder("<style>.pc{position:absolute;left:0;top:0}.x0{left:40px}</style><div class=pc>");
    for (int c = 0; c < 4; c++) {
      for (int r = 0; r < rows.length; r++) {
        page.append(c == 0 ? "<div class='x0' style='top:" + (100 + 24 * r) + "px'>"
            : "<div style='position:absolute;left:" + (200 + 40 * c) + "pt;top:" + (100.5 + 24 * r) + "px'>").append(rows[r][c]).append("</div>");
      }
    }
    assertThat(firstTable(page.append("</div>").toString())).containsExactly(
        List.of("1.信访举报投诉类申请", "4", "0", "4"), List.of("2.重复申请", "9", "1", "10"), List.of("3.要求提供公开出版物", "0", "", "2"));
  }

  @Test
  void textPlacedRunByRunInReadingOrderKeepsItsOrder() {
    // A wrapped label and the row's number centred beside it: the markup's order is the row's.
    String html = "<div style='position:relative'><p style='position:absolute;left:40px;top:100px'>（二）部分公开（区分处理的，</p>"
        + "<p style='position:absolute;left:40px;top:120px'>只计这一情形，不计其他情形）</p><p style='position:absolute;left:300px;top:110px'>3</p>"
        + "<p style='position:absolute;left:40px;top:140px'>（三）不予公开</p></div>";
    assertThat(reader.read(html)).extracting(b -> ((Paragraph) b).text())
        .containsExactly("(二)部分公开(区分处理的,", "只计这一情形,不计其他情形)", "3", "(三)不予公开");
  }

  @Test
  void aCellsBlockChildrenAndLineBreaksPartItsLinesAndInlineElementsRunOn() {
    // A browser shows each block on a line of its own: two figures one above the other are never one count.
    String[] parted = {"<div>12</div><div>1</div>", "<p>12</p><p>1</p>", "12<br>1", "<ul><li>12</li><li>1</li></ul>",
        "<span style='display:block'>12</span><span style='display:block'>1</span>", "<span class=line>12</span><span class=line>1</span>",
        "<p class=MsoNormal><span>12</span></p><p class=MsoNormal><span>1<o:p></o:p></span></p>"};
    for (String cell : parted) {
      assertThat(firstRawCell("<style>.line{display:block}</style><table><tr><td>" + cell + "</td></tr></table>")).as(cell).isEqualTo("12\n1");
    }
    String[] joined = {"<span>1</span><span>2</span>", "<b>1</b><font color=red>2</font>", "<p style='display:inline'>1</p><p style='display:inline'>2</p>",
        "<p><span>1</span>2</p>"};
    for (String cell : joined) {
      assertThat(firstRawCell("<table><tr><td>" + cell + "</td></tr></table>")).as(cell).isEqualTo("12");
    }
  }

  @Test
  void aCssTablesCellPartsItsBlockChildrenToo() {
    String html = "<div style='display:table-row'><div>1.信访举报投诉类申请</div><div><p>12</p><p>1</p></div></div>"
        + "<div style='display:table-row'><div>2.重复申请</div><div>3</div></div>";
    assertThat(((Table) reader.read(html).get(0)).rows().get(0).cells().get(1).raw()).isEqualTo("12\n1");
  }

  private String firstRawCell(String html) {
    return ((Table) reader.read(html).get(0)).rows().get(0).cells().get(0).raw();
  }

  /**
   * A betting site's anchor a hacked page injected into its text (its title, X_Y官网, and a colon) is no part of the
   * report, in a paragraph as in a cell, as a page copy's text reads it (PlainTextReaderTest); 官网 alone stays.
   */
  @Test
  void anInjectedBettingAdIsDroppedFromParagraphsAndCells() {
    String html = "<p>未发生<a href='http://example.com'>金沙城中心赌场_澳门金沙官网</a>:政府信息公开的行政复议、行政诉讼案件。</p>"
        + "<p>在区政府官网:发布信息12条。</p><table><tr><td>uedbet体育_uedbet官网@:政府集中采购</td><td>23</td></tr></table>";
    List<Block> blocks = reader.read(html);
    assertThat(blocks.subList(0, 2)).extracting(b -> ((Paragraph) b).text())
        .containsExactly("未发生政府信息公开的行政复议、行政诉讼案件。", "在区政府官网:发布信息12条。");
    assertThat(((Table) blocks.get(2)).rows().get(0).cells()).extracting(Cell::text).containsExactly("政府集中采购", "23");
  }

  /** The first block, a table, as its cells' folded texts row by row. */
  private List<List<String>> firstTable(String html) {
    return ((Table) reader.read(html).get(0)).rows().stream().map(r -> r.cells().stream().map(Cell::text).toList()).toList();
  }
}
