package org.govdisclosure.extract.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Document;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;
import org.junit.jupiter.api.Test;

class HeadingSplitterTest {

  private static final String PARTS = "一、总体情况,二、主动公开政府信息情况,三、收到和处理政府信息公开申请情况,"
      + "四、政府信息公开行政复议、行政诉讼情况,五、存在的主要问题及改进情况,六、其他需要报告的事项";

  /**
   * An opening that lists the report's parts by their headings (本报告分为六个部分:一、总体情况,二、…) is no glued page:
   * its list is not split into headings, so the sections start at the report's own headings below it.
   */
  @Test
  void theOpeningsListOfPartsIsNotSplitIntoHeadings() {
    String opening = "本年度报告根据《中华人民共和国政府信息公开条例》要求进行公开,由某某乡人民政府党建办编制。本报告分为六个部分:" + PARTS
        + "。本年报中所列数据的统计期限自2025年1月1日起至2025年12月31日止,如对本年报有任何疑问,请与本乡党建办联系。";
    Document document = HeadingSplitter.split(new Document("text", null, List.<Block>of(
        new Paragraph(opening), new Paragraph("一、总体情况"), new Paragraph("2025年,我乡新收依申请公开申请0件。"))));

    assertThat(document.blocks()).hasSize(3);
    assertThat(Sections.of(document).blocks(Sections.OVERVIEW)).extracting(b -> ((Paragraph) b).text())
        .containsExactly("2025年,我乡新收依申请公开申请0件。");
  }

  /**
   * A sheet that titles its parts in rows across it, or a table that draws section 四's rows on under section 三's:
   * the rows holding only a section heading part the table, each heading a paragraph; 四、结转下年度继续办理, a row with
   * figures, stays in it.
   */
  @Test
  void aTableIsPartedAtItsRowsHoldingOnlyASectionHeading() {
    Row carried = row("四、结转下年度继续办理", "1", "2");
    Table table = new Table(List.of(row("三、收到和处理政府信息公开申请情况", "", ""), row("一、本年新收政府信息公开申请数量", "3", "4"), carried,
        new Row(List.of(new Cell("四、政府信息公开行政复议、行政诉讼情况"), Cell.SPANNED, Cell.SPANNED)), row("结果维持", "结果纠正", "总计"),
        row("1", "0", "1")));
    List<Block> blocks = HeadingSplitter.split(new Document("html", null, List.<Block>of(table))).blocks();

    assertThat(blocks).extracting(b -> b.getClass().getSimpleName()).containsExactly("Paragraph", "Table", "Paragraph", "Table");
    assertThat(((Paragraph) blocks.get(2)).text()).isEqualTo("四、政府信息公开行政复议、行政诉讼情况");
    assertThat(((Table) blocks.get(1)).rows()).containsExactly(row("一、本年新收政府信息公开申请数量", "3", "4"), carried);
  }

  /**
   * An export printing each row's section in a column of its own before the row's label: that column is no cell; the
   * table is parted where it changes, the header line over the rows going with them (its first cell, the column's
   * name, dropped too); the lines above, the export's metadata, are left as they are.
   */
  @Test
  void aLeadingColumnRepeatingTheSectionsHeadingIsNoCell() {
    String s3 = "三、收到和处理政府信息公开申请情况";
    String s4 = "四、政府信息公开行政复议、行政诉讼情况";
    Table table = new Table(List.of(row("年度", "2024"), row("部分", "项目", "自然人", "总计"),
        row(s3, "本年新收政府信息公开申请数量", "3", "4"), row(s3, "结转下年度继续办理", "1", "2"),
        row("部分", "项目", "结果维持", "总计"), row(s4, "行政复议", "0", "1")));
    List<Block> blocks = HeadingSplitter.split(new Document("text", null, List.<Block>of(table))).blocks();

    assertThat(blocks).extracting(b -> b.getClass().getSimpleName())
        .containsExactly("Table", "Paragraph", "Table", "Paragraph", "Table");
    assertThat(((Table) blocks.get(0)).rows()).containsExactly(row("年度", "2024"));
    assertThat(((Paragraph) blocks.get(1)).text()).isEqualTo(s3);
    assertThat(((Table) blocks.get(2)).rows()).containsExactly(row("项目", "自然人", "总计"),
        row("本年新收政府信息公开申请数量", "3", "4"), row("结转下年度继续办理", "1", "2"));
    assertThat(((Paragraph) blocks.get(3)).text()).isEqualTo(s4);
    assertThat(((Table) blocks.get(4)).rows()).containsExactly(row("项目", "结果维持", "总计"), row("行政复议", "0", "1"));
  }

  private static Row row(String... cells) {
    return new Row(java.util.Arrays.stream(cells).map(Cell::new).toList());
  }

  @Test
  void aGluedPageIsStillSplitAtItsHeadings() {
    String glued = "一、总体情况2025年,我乡主动公开政府信息12条,工作运行正常,各项制度健全,公开渠道畅通,平台运行平稳,监督保障有力,信息发布审核严格,政务新媒体运行规范,基层政务公开专区建设完成,群众满意度持续提升。"
        + "二、主动公开政府信息情况本年制发件数0件。三、收到和处理政府信息公开申请情况本年新收政府信息公开申请3件,均已按期答复,"
        + "无上年结转,也无结转下年度的申请,全部予以公开。四、政府信息公开行政复议、行政诉讼情况无。";
    Document document = HeadingSplitter.split(new Document("text", null, List.<Block>of(new Paragraph(glued))));

    assertThat(document.blocks()).extracting(b -> ((Paragraph) b).text())
        .contains("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况");
  }
}
