package org.govdisclosure.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;
import org.junit.jupiter.api.Test;

class PlainTextReaderTest {

  private final PlainTextReader reader = new PlainTextReader();

  private static List<String> texts(Row row) {
    return row.cells().stream().map(Cell::text).toList();
  }

  @Test
  void cellPerLineRowsAreSeparatedByBlankLinesAndWrappedCellsRejoined() {
    List<Block> blocks = reader.read("二、主动公开政府信息情况\n\t信息内容\n\t本年新\n 制作数量\n\t对外公开总数量\n\n\t规章\n\t0\n\t 3\n\n三、收到和处理政府信息公开申请情况\n");
    assertThat(blocks).hasSize(3);
    Table table = (Table) blocks.get(1);
    assertThat(texts(table.rows().get(0))).containsExactly("信息内容", "本年新制作数量", "对外公开总数量");
    assertThat(texts(table.rows().get(1))).containsExactly("规章", "0", "3");
    assertThat(((Paragraph) blocks.get(2)).text()).startsWith("三、");
  }

  /**
   * A scan's text of a pipe table that lost some pipes between cells kept their wide space instead: each figure so
   * parted is a cell, as in a tab-separated line; a label's own space before its figure is no such part.
   */
  @Test
  void figuresPartedByWideSpaceInAPipeRowAreCellsOfTheirOwn() {
    List<Block> blocks = reader.read("| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n| 0 | 0      5 | 41 | 46 |\n"
        + "| （三）不予公开3.危及“三安全一稳定”      0      0 | 5 |\n");
    Table table = (Table) blocks.get(0);
    assertThat(texts(table.rows().get(1))).containsExactly("0", "0", "5", "41", "46");
    assertThat(texts(table.rows().get(2))).containsExactly("(三)不予公开3.危及“三安全一稳定”", "0", "0", "5");
  }

  /** Question marks opening a line are its indent lost to a wrong encoding; a lone one is kept (a cell printed so). */
  @Test
  void questionMarksOpeningALineAreItsLostIndent() {
    List<Block> blocks = reader.read("??一、总体情况\n??2025年,辽宁省人民政府办公厅坚持依法公开。\n?\n");
    assertThat(blocks.stream().map(b -> ((Paragraph) b).text()).toList())
        .containsExactly("一、总体情况", "2025年,辽宁省人民政府办公厅坚持依法公开。", "?");
  }

  /**
   * A betting site's anchor a hacked page injected (its title, X_Y官网, and a colon) is no part of the report: the
   * sentence around it reads as printed. 官网 without such a title before it stays.
   */
  @Test
  void anInjectedBettingAdIsDropped() {
    List<Block> blocks = reader.read("未发生金沙城中心赌场_澳门金沙官网:政府信息公开的行政复议、行政诉讼案件。\n"
        + "现编制形成了《uedbet体育_uedbet官网@:西柳镇人民政府2022年政府信息公开工作年度报告》。\n在区政府官网:发布信息12条。\n");
    assertThat(blocks.stream().map(b -> ((Paragraph) b).text()).toList()).containsExactly(
        "未发生政府信息公开的行政复议、行政诉讼案件。", "现编制形成了《西柳镇人民政府2022年政府信息公开工作年度报告》。", "在区政府官网:发布信息12条。");
  }

  /**
   * A page copy indenting its headings and paragraphs with a tab: the tab is indentation, not a cell on its own line,
   * where most sentences are so indented; cell-per-line tables print their prose unindented.
   */
  @Test
  void paragraphsIndentedWithATabAreParagraphs() {
    List<Block> blocks = reader.read("\t一、总体情况 \n\t(一)主动公开情况。全年公开信息12条。 \n\t(二)依申请公开情况。全年共收到申请3件。 \n");
    assertThat(blocks).allMatch(b -> b instanceof Paragraph);
    assertThat(blocks.stream().map(b -> ((Paragraph) b).text()).toList())
        .containsExactly("一、总体情况", "(一)主动公开情况。全年公开信息12条。", "(二)依申请公开情况。全年共收到申请3件。");
    // prose unindented, cells indented: the cells' tabs still mark cells
    List<Block> cells = reader.read("二、主动公开政府信息情况。\n\t规章\n\t0\n\t3\n\n三、收到和处理政府信息公开申请情况\n");
    assertThat(cells.get(1)).isInstanceOf(Table.class);
  }

  /**
   * Cells one a line: where filled cells stand on consecutive lines, an empty line among them is an empty cell; where
   * a blank line parts every cell, blank lines mark nothing.
   */
  @Test
  void emptyLinesAreCellsOnlyWhereCellsStandOnConsecutiveLines() {
    List<Block> consecutive = reader.read("规章\n0\n\n3\n行政规范性文件\n2\n0\n5\n");
    assertThat(consecutive.stream().map(b -> ((Paragraph) b).text()).toList())
        .containsExactly("规章", "0", "", "3", "行政规范性文件", "2", "0", "5");
    assertThat(consecutive.get(2)).isSameAs(Paragraph.BLANK_CELL);
    List<Block> parted = reader.read("规章\n\n0\n\n3\n\n行政规范性文件\n\n2\n");
    assertThat(parted.stream().map(b -> ((Paragraph) b).text()).toList()).containsExactly("规章", "0", "3", "行政规范性文件", "2");
    // A dump parting every cell by a blank line puts a wrapped label's pieces beside the count printed between them.
    List<Block> wrapped = reader.read("7.属于行政执法\n0\n案卷\n\n1\n\n0\n\n8.属于行政查询\n2\n事项\n\n0\n");
    assertThat(wrapped).noneMatch(b -> b == Paragraph.BLANK_CELL);
  }

  /**
   * A crawl one cell a line closed by a pipe ({@code 56 |}) prints an empty cell as a lone pipe: between two counts it
   * is a blank cell in place; after a row's last count, before the next label, or as a run of pipes, the row's end.
   */
  @Test
  void lonePipeLinesBetweenCountsAreBlankCellsInPlace() {
    Table table = (Table) reader.read("一、本年新收政府信息公开申请数量 |\n7 |\n|\n|\n2 |\n||\n"
        + "(一)予以公开 |\n4 |\n|\n|\n二、上年结转政府信息公开申请数量 |\n0 |\n||||||\n").get(0);
    assertThat(texts(table.rows().get(0))).containsExactly("一、本年新收政府信息公开申请数量", "7", "", "", "2");
    assertThat(texts(table.rows().get(1))).containsExactly("(一)予以公开", "4");
    assertThat(texts(table.rows().get(2))).containsExactly("二、上年结转政府信息公开申请数量", "0");
  }

  /**
   * In the same crawl a row whose first cells are empty prints lone pipes right after its labels: blank cells in place
   * when a count or a closing run of pipes follows; before the next label they end the row, as after a count.
   */
  @Test
  void lonePipeLinesAfterALabelAreBlankCellsBeforeACount() {
    Table table = (Table) reader.read("一、本年新收政府信息公开申请数量 |\n|\n|\n|\n|\n|\n|\n3 |\n||\n"
        + "二、上年结转政府信息公开申请数量 |\n|\n|\n三、本年度办理结果 |\n(一)予以公开 |\n|\n|\n"
        + "(三)不予公开 |\n1.属于国家秘密 |\n|\n2 |\n|\n||\n|\n5 |\n||\n").get(0);
    assertThat(texts(table.rows().get(0))).containsExactly("一、本年新收政府信息公开申请数量", "", "", "", "", "", "", "3");
    assertThat(texts(table.rows().get(1))).containsExactly("二、上年结转政府信息公开申请数量");
    assertThat(texts(table.rows().get(2))).containsExactly("三、本年度办理结果", "(一)予以公开");
    assertThat(texts(table.rows().get(3))).containsExactly("(三)不予公开", "1.属于国家秘密", "", "2", "");
    assertThat(texts(table.rows().get(4))).containsExactly("", "5");
  }

  /**
   * A page copy that closes every line of its text with a cell's edge ({@code …申请。 |}): without a count among them and
   * with sentences, the lines are paragraphs, not a table one cell a line.
   */
  @Test
  void linesOfTextClosedByAPipeAreParagraphs() {
    List<Block> text = reader.read("一、总体情况 |\n(二)依申请公开情况 |\n2023年,藏坝乡未收到公民提交的政府信息公开申请。 |\n"
        + "(三)政府信息管理情况 |\n一是线上平台建设。\n");
    assertThat(text).hasSize(5).allMatch(b -> b instanceof Paragraph);
    assertThat(((Paragraph) text.get(2)).text()).isEqualTo("2023年,藏坝乡未收到公民提交的政府信息公开申请。");
    assertThat(reader.read("三、本年度办理结果 |\n(一)予以公开 |\n一是线上平台建设。\n").get(0)).isInstanceOf(Table.class);
  }

  /**
   * A copy cut inside a pipe table's row, its closing pipe never printed: the cells printed so far are that row's (the
   * cut's rules then decide which of them to keep); with the line ended, such a line is text.
   */
  @Test
  void aCopyCutInAPipeRowKeepsTheRowsCellsSoFar() {
    List<Block> cut = reader.read("规章 | 0 | 0 | 0 |\n一、本年新收政府信息公开申请数量 | 0 | 2 | 0 ");
    assertThat(texts(((Table) cut.get(0)).rows().get(1))).containsExactly("一、本年新收政府信息公开申请数量", "0", "2", "0");
    List<Block> whole = reader.read("规章 | 0 | 0 | 0 |\n一、本年新收政府信息公开申请数量 | 0 | 2 | 0\n");
    assertThat(((Table) whole.get(0)).rows()).hasSize(1);
  }

  /**
   * A copy one cell a line closed by a pipe, cut inside a row right after a count's digits: its last line, a count
   * without its pipe, is the row's last cell, not a paragraph; a count line that does not end the text stays one.
   */
  @Test
  void aCountWithoutItsPipeEndingTheTextIsTheLastCellOfTheRowBefore() {
    Table table = (Table) reader.read("(一)予以公开 |\n3 |\n0 |\n2 \n\n").get(0);
    assertThat(texts(table.rows().get(0))).containsExactly("(一)予以公开", "3", "0", "2");
    List<Block> notLast = reader.read("(一)予以公开 |\n3 |\n0 |\n2\n四、结转下年度继续办理\n");
    assertThat(((Table) notLast.get(0)).rows().get(0).cells()).hasSize(3);
  }

  /**
   * A sparse copy one cell a line with no two filled cells touching: a label followed at once by a count, blank lines
   * and a count followed at once by the next label are a row whose blank lines are its empty cells.
   */
  @Test
  void emptyLinesAreCellsOfASparseRowBetweenTwoLabels() {
    List<Block> sparse = reader.read("一、本年新收\n4\n\n\n\n4\n二、上年结转\n\n\n\n\n\n");
    assertThat(sparse.stream().map(b -> ((Paragraph) b).text()).toList())
        .containsExactly("一、本年新收", "4", "", "", "", "4", "二、上年结转");
    assertThat(sparse.subList(2, 5)).allMatch(b -> b == Paragraph.BLANK_CELL);
  }

  /**
   * Grid tables as page dumps and converters draw them: box characters with blank cells kept in place, and
   * {@code +---+} rules around rows whose cells wrap over several lines, each such row read as one.
   */
  @Test
  void gridTablesDrawnWithBoxCharactersOrRulesGiveOneRowBetweenTwoRules() {
    List<Block> boxed = reader.read("""
        ┌────────────┬────┬────┬────┐
        │信息内容    │数量│    │合计│
        ├────────────┼────┼────┼────┤
        │规章        │ 12 │    │ 12 │
        └────────────┴────┴────┴────┘
        """);
    Table box = (Table) boxed.get(0);
    assertThat(box.rows()).hasSize(2);
    assertThat(texts(box.rows().get(1))).containsExactly("规章", "12", "", "12");
    List<Block> ruled = reader.read("""
        +----------+-----+-----+
        | 二、上年 | 7   | 7   |
        | 结转数量 |     |     |
        +==========+=====+=====+
        | 规章     | 0   |     |
        +----------+-----+-----+
        """);
    Table grid = (Table) ruled.get(0);
    assertThat(grid.rows()).hasSize(2);
    assertThat(texts(grid.rows().get(0))).containsExactly("二、上年结转数量", "7", "7");
    assertThat(texts(grid.rows().get(1))).containsExactly("规章", "0", "");
  }

  /**
   * Two lines between two rules whose pieces would join into figures led by a zero ({@code 0} over {@code 0}), or
   * that each print a figure or a mark in every cell after the label, are no one row's wrapped cells but two rows
   * whose rule was lost: each stays a row (joined, {@code 409} over {@code 155} would read as one figure 409155).
   */
  @Test
  void linesBetweenTwoRulesThatAreWholeRowsStayRowsOfTheirOwn() {
    Table table = (Table) reader.read("""
        ├──────────┼────┼──┼──┼────┤
        │一、本年新收│1172│0│30│1202│
        ├──────────┼────┼──┼──┼────┤
        │予以公开│409│0│15│424│
        │部分公开│155│0│5│160│
        ├──────────┼────┼──┼──┼────┤
        │不予公开│25│0│1│26│
        └──────────┴────┴──┴──┴────┘
        """).get(0);
    assertThat(table.rows()).hasSize(4);
    assertThat(texts(table.rows().get(1))).containsExactly("予以公开", "409", "0", "15", "424");
    assertThat(texts(table.rows().get(2))).containsExactly("部分公开", "155", "0", "5", "160");
    // no zero, but each line a figure or a mark in every cell: two rows (81 over 3 is no figure 813)
    Table marked = (Table) reader.read("""
        ├──────────┼────┼──┼──┼────┤
        │一、本年新收│81│-│-│81│
        │二、上年结转│-│1│2│3│
        ├──────────┼────┼──┼──┼────┤
        │不予公开│25│-│1│26│
        └──────────┴────┴──┴──┴────┘
        """).get(0);
    assertThat(marked.rows()).hasSize(3);
    assertThat(texts(marked.rows().get(0))).containsExactly("一、本年新收", "81", "-", "-", "81");
    Table wrapped = (Table) reader.read("""
        +----------+-----+-----+-----+
        | 二、上年 | 1   | 0   | 1   |
        | 结转数量 | 72  |     | 72  |
        +----------+-----+-----+-----+
        """).get(0);
    assertThat(wrapped.rows()).hasSize(1);
    assertThat(texts(wrapped.rows().get(0))).containsExactly("二、上年结转数量", "172", "0", "172");
  }

  /**
   * A drawn table's merged cell is the rectangle its rules close: its text may stand on any of its lines, across the
   * rules of the cells beside it (a group label centred down its rows), and is still that one cell's.
   */
  @Test
  void aDrawnMergedCellsTextAcrossItsNeighboursRulesIsThatCells() {
    List<Block> boxed = reader.read("""
        ┌──────────┬──────────┬────┬────┐
        │          │ （一）予 │  3 │  3 │
        │ 三、办理 │ 以公开   │    │    │
        │ 结果     ├──────────┼────┼────┤
        │          │ （二）部 │    │  1 │
        │          │ 分公开   │    │    │
        └──────────┴──────────┴────┴────┘
        """);
    Table box = (Table) boxed.get(0);
    assertThat(box.rows()).hasSize(2);
    assertThat(texts(box.rows().get(0))).containsExactly("三、办理结果", "(一)予以公开", "3", "3");
    assertThat(texts(box.rows().get(1))).containsExactly("", "(二)部分公开", "", "1");
  }

  /**
   * LaTeX tables as PDF-to-markdown converters write them (Mathpix): {@code \multirow} and {@code \multicolumn} are
   * merged cells, an empty cell where a {@code \multirow} above reaches is the merged cell's place, another empty
   * cell a blank one; rules are no rows.
   */
  @Test
  void latexTabularsAreReadWithTheirMergedCells() {
    List<Block> blocks = reader.read("""
        \\begin{tabular}{|c|c|c|c|}
        \\hline
        \\multicolumn{2}{|c|}{\\multirow{2}{*}{项目}} & \\multicolumn{2}{|c|}{申请人情况} \\\\
        \\hline
        \\multicolumn{2}{|c|}{} & 自然人 & 总计 \\\\[2pt]
        \\hline
        \\multirow{2}{*}{三、办理结果} & （一）予以公开 & 3 & 3 \\\\
        \\cline{2-4}
         & （二）部分公开 &  & 1 \\\\
        \\hline
        \\end{tabular}
        """);
    Table table = (Table) blocks.get(0);
    assertThat(table.rows()).hasSize(4);
    assertThat(texts(table.rows().get(2))).containsExactly("三、办理结果", "(一)予以公开", "3", "3");
    assertThat(texts(table.rows().get(3))).containsExactly("", "(二)部分公开", "", "1");
  }

  /**
   * In a multiline table (its lines run on to a closing rule), a row without values whose label opens like a heading
   * ({@code 二、上年结转}) is a row of the table, not the text after it.
   */
  @Test
  void aValuelessRowOfAMultilineTableIsNoHeading() {
    List<Block> blocks = reader.read("""
        ----------------------------
        项目          自然人   总计
        ------------  -------  ----
        一、本年新收  3        3

        二、上年结转

        三、总计      3        3
        ----------------------------
        """);
    Table table = (Table) blocks.stream().filter(b -> b instanceof Table).findFirst().orElseThrow();
    assertThat(table.rows()).extracting(r -> texts(r).get(0)).containsExactly("一、本年新收", "二、上年结转", "三、总计");
    assertThat(texts(table.rows().get(1))).containsExactly("二、上年结转", "", "");
  }

  /** A markdown escape in a pipe row is the mark itself: an escaped period or star is text, an escaped pipe parts no cells. */
  @Test
  void markdownEscapesInPipeRowsAreTheMarksThemselves() {
    List<Block> blocks = reader.read("""
        | 信息内容 | 数量 | 说明 |
        |---|---|---|
        | 1\\.属于\\*秘密 | 4 | 甲\\|乙 |
        """);
    Table table = (Table) blocks.get(0);
    assertThat(texts(table.rows().get(table.rows().size() - 1))).containsExactly("1.属于*秘密", "4", "甲|乙");
  }

  /**
   * Strong, emphasis or code-span marks round a pipe cell's whole text are markup, not the count's text; marks round
   * nothing stay.
   */
  @Test
  void emphasisRoundAPipeCellIsMarkup() {
    List<Block> blocks = reader.read("""
        | 项目 | 自然人 | 商业企业 | 科研机构 | 其他 | 总计 |
        |---|---|---|---|---|---|
        | **（一）予以公开** | **12** | *0* | __3__ | `5` | 20 |
        | 2.重复申请 | ___ |  | * | 1 | 1 |
        """);
    Table table = (Table) blocks.get(0);
    assertThat(texts(table.rows().get(table.rows().size() - 2))).containsExactly("(一)予以公开", "12", "0", "3", "5", "20");
    assertThat(texts(table.rows().get(table.rows().size() - 1))).containsExactly("2.重复申请", "___", "", "*", "1", "1");
  }

  /**
   * AsciiDoc (pandoc's or docling's): a section title after {@code ==} is a heading, and a table between {@code |===}
   * lines is read with its merged cells expanded, rows ending where their columns are filled (a span above covering
   * places of the rows below), not at line ends; the spans' figures ({@code 3+|}) and the attribute line are no text.
   */
  @Test
  void asciiDocTablesAreReadWithTheirSpansAndTitlesAsHeadings() {
    List<Block> blocks = reader.read("""
        == 三、收到和处理政府信息公开申请情况

        [cols="2*2,3*1",options="header"]
        |===
        2.2+|甲 3+|乙

        |丙 |丁 |戊

        2+|一、本年新收 |4 | |6
        .2+|三、办理结果 |（一）予以公开
        |3 |0
        |13

        |（二）部分公开 |1 |2 |3
        |===
        """);
    assertThat(((Paragraph) blocks.get(0)).text()).isEqualTo("三、收到和处理政府信息公开申请情况");
    Table table = (Table) blocks.get(1);
    assertThat(table.rows()).hasSize(5);
    assertThat(texts(table.rows().get(1))).containsExactly("", "", "丙", "丁", "戊");
    assertThat(texts(table.rows().get(2))).containsExactly("一、本年新收", "", "4", "", "6");
    assertThat(texts(table.rows().get(3))).containsExactly("三、办理结果", "(一)予以公开", "3", "0", "13");
    assertThat(texts(table.rows().get(4))).containsExactly("", "(二)部分公开", "1", "2", "3");
  }

  /**
   * A table placed by position under dash rules (pandoc plain): a blank cell is a gap in its column's span, a CJK
   * character two columns wide, an ambiguous-width quote one; lines parted by blank lines are one row; text that
   * crosses the columns (the paragraph after a simple table) is no row.
   */
  /**
   * Markdown from an HTML page (pandoc) keeps the page's inline markup: attribute spans and raw tags whose styles
   * hold numbers ({@code font-size:10.5pt}) that are no cells, and headings in strong marks. The text inside is kept.
   */
  /** A converter's comment where a picture was ({@code <!-- image -->}) is no text: the page number below it stays apart. */
  @Test
  void aCommentLineIsNoText() {
    List<Block> blocks = reader.read("""
        | 甲 | 1 | 2 |

        <!-- image -->
        7

        | 乙 | 3 | 4 |
        """);
    assertThat(blocks).noneMatch(b -> b instanceof Paragraph p && p.text().contains("<!--"));
    assertThat(blocks.stream().filter(b -> b instanceof Paragraph p && !p.text().isBlank()).map(b -> ((Paragraph) b).text()))
        .containsExactly("7");
  }

  @Test
  void inlineMarkupAndStrongMarksAroundAHeadingLeaveTheirText() {
    List<Block> gfm = reader.read("""
        **二、主动公开政府信息情况**

        | <span lang="EN-US" style="font-size:10.5pt">行政事业性收费</span> | <span style="font-size:10.5pt">3.06</span><br> |
        """);
    assertThat(((Paragraph) gfm.get(0)).text()).isEqualTo("二、主动公开政府信息情况");
    assertThat(texts(((Table) gfm.get(1)).rows().get(0))).containsExactly("行政事业性收费", "3.06");
    Table pandoc = (Table) reader.read("""
          ------------------------------------------------------------- --------------------------------------------------------------------- ------------
          [信息内容]{lang="EN-US" style="font-size:10.5pt"}             [本年收费金额（单位：万元）]{lang="EN-US" style="font-size:10.5pt"}
          [行政事业性收费]{lang="EN-US" style="font-size:10.5pt"}       [[0.8]{lang="EN-US"}]{style="font-size:10.5pt"}                       []{}
          ------------------------------------------------------------- --------------------------------------------------------------------- ------------
        """).get(0);
    assertThat(texts(pandoc.rows().get(pandoc.rows().size() - 1))).containsExactly("行政事业性收费", "0.8", "");
  }

  @Test
  void aLineInWikiBoldMarksLeavesItsText() {
    List<Block> blocks = reader.read("""
        '''某县某镇人民政府2020年政府信息公开工作年度报告'''

        ''二、主动公开政府信息情况''
        """);
    assertThat(blocks.stream().filter(b -> b instanceof Paragraph p && !p.text().isBlank()).map(b -> ((Paragraph) b).text()))
        .containsExactly("某县某镇人民政府2020年政府信息公开工作年度报告", "二、主动公开政府信息情况");
  }

  @Test
  void cellsPlacedByPositionUnderDashRulesKeepTheirColumns() {
    Table simple = (Table) reader.read("""
          ------------------ ---------- ----- -----
          一、本年新收数量   “三安”     12    3
          （二）部分公开                      7
          ------------------ ---------- ----- -----
        """).get(0);
    assertThat(simple.rows()).hasSize(2);
    assertThat(texts(simple.rows().get(0))).containsExactly("一、本年新收数量", "“三安”", "12", "3");
    assertThat(texts(simple.rows().get(1))).containsExactly("(二)部分公开", "", "", "7");
    List<Block> multiline = reader.read("""
          ------------ ----- -----
          二、上年结转 7
          数量
        
          规章               0
          ------------ ----- -----
        一段不在表格中的文字，比任何一列都宽得多。
        """);
    Table rows = (Table) multiline.get(0);
    assertThat(rows.rows()).hasSize(2);
    assertThat(texts(rows.rows().get(0))).containsExactly("二、上年结转数量", "7", "");
    assertThat(texts(rows.rows().get(1))).containsExactly("规章", "", "0");
    assertThat(multiline.get(1)).isInstanceOf(Paragraph.class);
    List<Block> headed = reader.read("""
        项目       数量   金额
        --------- ------ --------
        采购       6      25万元

        五、存在的主要问题及改进情况
        """);
    assertThat(texts(((Table) headed.get(1)).rows().get(0))).containsExactly("采购", "6", "25万元");
    assertThat(headed.get(2)).isInstanceOf(Paragraph.class);
  }

  /**
   * Rows placed by position without rules: where a line prints every column, the others' values are placed under
   * theirs and blank cells kept; where no line does, or a label reaches into the values, the lines stay text.
   */
  @Test
  void rowsPlacedBySpacesAloneKeepTheirBlankCellsWhereALinePrintsEveryColumn() {
    Table table = (Table) reader.read("""
        一、本年新收数量      12    3    4   19
        二、上年结转数量       7         1    8
        （一）予以公开              2        2
        行政许可                    -3       5
        """).get(0);
    assertThat(texts(table.rows().get(0))).containsExactly("一、本年新收数量", "12", "3", "4", "19");
    assertThat(texts(table.rows().get(1))).containsExactly("二、上年结转数量", "7", "", "1", "8");
    assertThat(texts(table.rows().get(2))).containsExactly("(一)予以公开", "", "2", "", "2");
    assertThat(texts(table.rows().get(3))).containsExactly("行政许可", "", "-3", "", "5");
    assertThat(reader.read("""
        一、本年新收数量      12    3         19
        二、上年结转数量       7         1    8
        """)).allMatch(b -> b instanceof Paragraph);
    assertThat(reader.read("""
        一、本年新收数量      12    3    4   19
        二、上年结转政府信息公开数量 1    8
        """)).allMatch(b -> b instanceof Paragraph);
  }

  /**
   * Rows after a page break printing no line of every column (blank cells among them), or fewer columns than the
   * rows before the break, are placed under the columns of those rows (so are the next page's under theirs), where
   * each value starts under one of them; lines whose values stand between those columns stay text.
   */
  @Test
  void rowsAfterAPageBreakWithoutALineOfEveryColumnTakeTheColumnsOfTheRowsBefore() {
    List<Block> blocks = reader.read("""
        一、本年新收数量      12    3     4     19
        二、上年结转数量      7           1     8

        第2页
        年度报告

        （一）予以公开              2           2
        （二）部分公开        5     1           6

        第3页
        年度报告

        （三）不予公开        4           3
        （四）无法提供              1           1
        """);
    Table after = (Table) blocks.get(blocks.size() - 4);
    assertThat(texts(after.rows().get(0))).containsExactly("(一)予以公开", "", "2", "", "2");
    assertThat(texts(after.rows().get(1))).containsExactly("(二)部分公开", "5", "1", "", "6");
    Table last = (Table) blocks.get(blocks.size() - 1);
    assertThat(texts(last.rows().get(0))).containsExactly("(三)不予公开", "4", "", "3", "");
    assertThat(texts(last.rows().get(1))).containsExactly("(四)无法提供", "", "1", "", "1");
    List<Block> between = reader.read("""
        一、本年新收数量      12    3     4     19
        二、上年结转数量      7           1     8

        第2页
        年度报告

        （一）予以公开           2           2
        """);
    assertThat(between.get(between.size() - 1)).isInstanceOf(Paragraph.class);
  }

  /**
   * A layout pads each row's label to its own width, so a row's figures stand a character or two off the row's above,
   * and no line prints every column: each line is the grid the others show moved by a few characters, its figures'
   * ends on the grid's columns, and its blank cells are placed so. A line whose figures stand between the columns
   * stays as printed.
   */
  @Test
  void figuresMovedByACharacterOrTwoFromLineToLineArePlacedOnTheGridTheLinesShare() {
    List<Block> blocks = reader.read("""
        一、本年新收                 5     12            17
        二、上年结转                  3             4      7
          （一）予以公开                      6      2      8
          （二）部分公开                9      1            10
        三、其他                     1      1      2
        """);
    Table first = (Table) blocks.get(0);
    assertThat(texts(first.rows().get(0))).containsExactly("一、本年新收", "5", "12", "", "17");
    assertThat(texts(first.rows().get(1))).containsExactly("二、上年结转", "3", "", "4", "7");
    assertThat(texts(first.rows().get(2))).containsExactly("(一)予以公开", "", "6", "2", "8");
    assertThat(((Paragraph) blocks.get(1)).text()).isEqualTo("(二)部分公开9110");
    assertThat(texts(((Table) blocks.get(2)).rows().get(0))).containsExactly("三、其他", "1", "1", "2", "");
  }

  /**
   * A line of one-digit figures set left under columns of two-digit ones stands on the grid by its ends moved one
   * character and by its starts unmoved: both put each figure in the same column, so its places are in no doubt.
   */
  @Test
  void oneDigitFiguresUnderTwoDigitColumnsAreInTheSameColumnsByEitherEdge() {
    List<Block> blocks = reader.read("""
        一、本年新收      16     96     64      0     64           240
        二、上年结转       10                    0      0     64     74
        （一）予以公开    1      2      3             6
        """);
    Table table = (Table) blocks.get(0);
    assertThat(table.rows()).hasSize(3);
    assertThat(texts(table.rows().get(2))).containsExactly("(一)予以公开", "1", "2", "3", "", "6", "", "");
  }

  /**
   * A line moved off the grid places its figures on the columns in order, those other lines added between the first
   * line's too: its own column (the fifth, printed on that line only) is the grid's, and every line is placed.
   */
  @Test
  void aLineIsPlacedOnColumnsOtherLinesAddedBetweenTheFirstLinesOwn() {
    List<Block> blocks = reader.read("""
        一、本年新收                 1      2             3             6
        二、上年结转                4             5                    9
        （一）予以公开                              7             8     15
        （二）部分公开                      1      1      1
        （三）不予公开                             2      2      2
        """);
    Table table = (Table) blocks.get(0);
    assertThat(table.rows()).hasSize(5);
    assertThat(texts(table.rows().get(2))).containsExactly("(一)予以公开", "", "", "7", "", "8", "15");
    assertThat(texts(table.rows().get(4))).containsExactly("(三)不予公开", "", "", "2", "2", "2", "");
  }

  /**
   * A lone line of figures set right in cells of one width from the line's start (section 四's row under a header the
   * text does not align with it) is cut into those cells: blank ones where the figures step two widths or more, or
   * stand a width or more from the line's start or its end. A line whose figures step off that width, or show it once
   * only, stays text.
   */
  @Test
  void aLoneLineOfFiguresInCellsOfOneWidthIsCutIntoThem() {
    String header = "结果维持  结果纠正  其他结果  尚未审结  总计  结果维持  结果纠正  其他结果  尚未审结  总计\n\n";
    String row = "%7s".repeat(10).formatted("", "3", "0", "", "3", "1", "1", "", "1", "") + "\n";
    Table table = (Table) reader.read(header + row).get(1);
    assertThat(texts(table.rows().get(0))).containsExactly("", "", "3", "0", "", "3", "1", "1", "", "1", "");
    assertThat(reader.read(header + row.replace("1      1", "1     1"))).allMatch(b -> b instanceof Paragraph);
    assertThat(reader.read(header + "%7s".repeat(10).formatted("3", "", "0", "", "3", "", "1", "", "1", "") + "\n"))
        .allMatch(b -> b instanceof Paragraph);
  }

  /**
   * A line printing one figure amid a table's rows placed by position, after its label or alone under its label's
   * line, is a row of one cell, placed in the column it stands under; one alone under a blank line (a page's number)
   * stays text, and so does one standing near no column.
   */
  @Test
  void aLineOfOneFigureAmidRowsPlacedByPositionIsPlacedInTheColumnItStandsUnder() {
    String rows = """
        一、本年新收数量      12    3    4   19
        二、上年结转数量       7         1    8
        （一）予以公开              2
        （二）部分公开
                                              9
        （三）不予公开
                               1    1         2
        """;
    List<Block> blocks = reader.read(rows);
    assertThat(texts(((Table) blocks.get(0)).rows().get(2))).containsExactly("(一)予以公开", "", "2", "", "");
    assertThat(texts(((Table) blocks.get(2)).rows().get(0))).containsExactly("", "", "", "", "9");
    List<Block> apart = reader.read(rows.replace("（二）部分公开\n", "\n").replace("予以公开              2", "予以公开                             2"));
    assertThat(apart.stream().filter(b -> b instanceof Paragraph p && (p.text().equals("9") || p.text().endsWith("予以公开2"))))
        .hasSize(2);
  }

  /**
   * Two neighbouring columns no line prints together (总计 printed only on rows leaving 其他 blank) are two columns
   * where they stand farther apart than two lines' moves could set one: each line is placed by its other figures.
   */
  @Test
  void neighbouringColumnsNoLinePrintsTogetherAreTwoWhereFarApart() {
    List<Block> blocks = reader.read("""
        一、本年新收                 1      2      3             4            10
        二、上年结转                1             1      1      1      1
        （一）予以公开                    2      2      2      2
        （二）部分公开               3      3      3             3            12
        """);
    Table table = (Table) blocks.get(0);
    assertThat(texts(table.rows().get(0))).containsExactly("一、本年新收", "1", "2", "3", "", "4", "", "10");
    assertThat(texts(table.rows().get(1))).containsExactly("二、上年结转", "1", "", "1", "1", "1", "1", "");
    assertThat(texts(table.rows().get(2))).containsExactly("(一)予以公开", "", "2", "2", "2", "2", "", "");
  }

  /**
   * A grid anchored on lines that all leave a column blank is narrower than the table's: a line apart from both grids
   * continues the wider one beyond it, not the narrower one next to it (its 2 read a column left), and so do the
   * narrower grid's own lines.
   */
  @Test
  void aLineApartContinuesTheWiderGridNotANarrowerOneLackingAColumn() {
    List<Block> blocks = reader.read("""
        一、本年新收                 5                    2      7
        二、上年结转政府信息公开
        申请数量（本行跨页）
        说明一
        说明二
        说明三
        （一）予以公开               1      1             2
        （二）部分公开                     3             3      6
        （三）不予公开                4                    4      8
        （四）无法提供
        说明四
        说明五
        说明六
        说明七
        （五）不予处理               1      2      3      6
        （六）其他处理                     1      1      2      4
        """);
    List<Table> tables = blocks.stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    assertThat(texts(tables.get(0).rows().get(0))).containsExactly("一、本年新收", "5", "", "", "2", "7");
    assertThat(texts(tables.get(1).rows().get(0))).containsExactly("(一)予以公开", "1", "1", "", "2", "");
    assertThat(texts(tables.get(1).rows().get(2))).containsExactly("(三)不予公开", "4", "", "", "4", "8");
  }

  /**
   * A label printed letter-spaced whose last glyph one space after the others could mark a cell none ({@code 无}) keeps
   * it as a letter: no column of its own before the figures, nor a cell split off the label.
   */
  @Test
  void aLetterSpacedLabelsLastGlyphIsALetterNotACellMarkingNone() {
    Table table = (Table) reader.read("""
        一、本年新收                 1      2      3      4     10
        二、上年结转                 1             1      1      3
        1 . 申 请 人 无              0      0             0      0
           正 当 理 由
        """).get(0);
    assertThat(texts(table.rows().get(0))).containsExactly("一、本年新收", "1", "2", "3", "4", "10");
    assertThat(texts(table.rows().get(2))).containsExactly("1.申请人无", "0", "0", "", "0", "0");
  }

  /**
   * A label's ordinal printed alone beside its row's values, its text wrapped onto the next line, stands in the labels'
   * column: left of the other labels' ends and of every figure of the labelled rows, it is the row's label, no column.
   */
  @Test
  void anOrdinalInTheLabelsColumnBesideARowsValuesIsItsLabel() {
    Table table = (Table) reader.read("""
        （二）部分公开                               1      2      3      4     10
                  1.属于国家秘密                     2             2             4
                  3                                  1      1             1      3
                  ）危及“三安全一稳定”
                  4.保护第三方合法权益                      5      5            10
        """).get(0);
    assertThat(texts(table.rows().get(1))).containsExactly("1.属于国家秘密", "2", "", "2", "", "4");
    assertThat(texts(table.rows().get(2))).containsExactly("3", "1", "1", "", "1", "3");
  }

  /**
   * Two figures on a line of their own below a row's label (its other cells blank) are that row, placed under the
   * columns of the rows around it; a page footer, marks around one number, is still none.
   */
  @Test
  void twoFiguresOnALineOfTheirOwnAreARowPlacedUnderTheColumns() {
    List<Block> blocks = reader.read("""
        一、本年新收
                                     5      1      2      3     11
        二、上年结转
                                     4                           4
        （一）予以公开
                                      6             2             8
                                 — 1 —
        """);
    List<Row> rows = blocks.stream().filter(Table.class::isInstance).flatMap(b -> ((Table) b).rows().stream()).toList();
    assertThat(rows).hasSize(3);
    assertThat(texts(rows.get(1))).containsExactly("", "4", "", "", "", "4");
    assertThat(((Paragraph) blocks.get(blocks.size() - 1)).text()).isEqualTo("—1—");
  }

  /**
   * A row's figures on a line of their own below its label (a cell aligned to its bottom) are a row placed as the
   * others; a page footer, marks around one number, is none.
   */
  @Test
  void figuresOnALineOfTheirOwnAreARowButAPageFooterIsNot() {
    List<Block> blocks = reader.read("""
        一、本年新收
                          5     12            17
        二、上年结转
                          3      1      4      8
        （一）予以公开
                                 6      2      8
                         — 1 —
        """);
    List<Row> rows = blocks.stream().filter(Table.class::isInstance).flatMap(b -> ((Table) b).rows().stream()).toList();
    assertThat(rows).hasSize(3);
    assertThat(texts(rows.get(0))).containsExactly("", "5", "12", "", "17");
    assertThat(texts(rows.get(2))).containsExactly("", "", "6", "2", "8");
    assertThat(((Paragraph) blocks.get(blocks.size() - 1)).text()).isEqualTo("—1—");
  }

  /**
   * OCR's counts with their counter ({@code 7件}) and its letter O for a 0 are values of their columns: the figure
   * starts its column, so the blank cells of the lines still have their places.
   */
  @Test
  void countsWithTheirCounterAndALetterOStillPlaceTheBlankCells() {
    Table table = (Table) reader.read("""
        一、本年新收数量      12    3     4     19
        二、上年结转数量      7件         O     7
        （一）予以公开              2件   1     3
        """).get(0);
    assertThat(texts(table.rows().get(1))).containsExactly("二、上年结转数量", "7件", "", "O", "7");
    assertThat(texts(table.rows().get(2))).containsExactly("(一)予以公开", "", "2件", "1", "3");
  }

  /**
   * A full-width digit takes two display columns: in a narrow column it may leave one space to the next, whose place
   * the other lines' aligned values still give; where every column is a space apart, the lines stay text.
   */
  @Test
  void aFullWidthDigitOneSpaceBeforeTheNextColumnStillPlacesTheBlankCells() {
    Table table = (Table) reader.read("""
        一、本年新收数量      12    3     ４ 5   24
        二、上年结转数量      7           1  6   14
        （一）予以公开        9     2        ０  11
        """).get(0);
    assertThat(texts(table.rows().get(1))).containsExactly("二、上年结转数量", "7", "", "1", "6", "14");
    assertThat(texts(table.rows().get(2))).containsExactly("(一)予以公开", "9", "2", "", "0", "11");
    assertThat(reader.read("""
        一、本年新收数量 12 3 4 5
        二、上年结转数量 7    6 8
        """)).allMatch(b -> b instanceof Paragraph);
  }

  /**
   * A converter that pads the labels by display width but the values by characters counts a wide 无 as one column:
   * the values after it fall one column right of their column, yet by characters from the first they line up.
   */
  @Test
  void valuesPaddedByCharactersAfterALabelPaddedByWidthKeepTheirBlankCells() {
    Table table = (Table) reader.read("""
        一、本年新收数量        12     3     4    19
        二、上年结转数量         无           1     1
        （一）予以公开           7     2     5    14
        """).get(0);
    assertThat(texts(table.rows().get(1))).containsExactly("二、上年结转数量", "无", "", "1", "1");
    assertThat(texts(table.rows().get(2))).containsExactly("(一)予以公开", "7", "2", "5", "14");
    // The left half of a table printed beside the right one: its values stand among the labels' words.
    assertThat(reader.read("""
        一、新收 12 3 5 20  （一）予以公开      4     5     6     15
        二、结转  7 1 0  8  （二）部分公开      2           1     3
        三、办结  9 2 4 15  （三）不予公开      1     1     1     3
        """)).allMatch(b -> b instanceof Paragraph);
  }

  /**
   * A PDF's text with its layout kept (pdfplumber's {@code layout=True}) pads every glyph to one column, a CJK character
   * too: the values of rows whose labels differ in length line up by characters from the line's start, neither by
   * display width nor from their first value, and a blank cell is the gap under its column.
   */
  @Test
  void valuesPlacedByCharactersFromTheLineStartKeepTheirBlankCells() {
    Table table = (Table) reader.read("""
        一、本年新收政府信息公开申请数量      6     1     3     10
        （一）予以公开               4     1     2     7
        1.属于国家秘密                    2     1     3
        2.重复申请                2           1     3
        """).get(0);
    assertThat(texts(table.rows().get(2))).containsExactly("1.属于国家秘密", "", "2", "1", "3");
    assertThat(texts(table.rows().get(3))).containsExactly("2.重复申请", "2", "", "1", "3");
  }

  /**
   * A number a PDF-to-markdown converter wrote in TeX's inline math ({@code $7$}, MinerU's {@code $1 2$} and
   * {@code $\\mathbf{3 0}$}) is the number the page shows, in a table's cell and in prose alike.
   */
  @Test
  void numbersInInlineMathAreTheNumbers() {
    List<Block> blocks = reader.read("""
        全年共收到申请$1 2$件。
        <table><tr><td>规章</td><td>$7$</td><td>$\\mathbf{3 0}$</td><td>$ ０ $</td></tr></table>
        """);
    assertThat(((Paragraph) blocks.get(0)).text()).isEqualTo("全年共收到申请12件。");
    assertThat(texts(((Table) blocks.get(1)).rows().get(0))).containsExactly("规章", "7", "30", "0");
  }

  /**
   * A converter's marks between blocks count pages or tables, not the report's figures: Marker's page separator
   * ({@code {2}-----}) and Textract's caption {@code Table: Table_3} are no lines of the report.
   */
  @Test
  void aConvertersPageAndTableMarksAreNoText() {
    List<Block> blocks = reader.read("""
        |（一）予以公开|4|
        |---|---|

        {2}------------------------------------------------

        Table: Table_3
        （七）总计
        """);
    assertThat(blocks).hasSize(2);
    assertThat(((Paragraph) blocks.get(1)).text()).isEqualTo("(七)总计");
  }

  /**
   * Column names wrapped over the lines above rows placed by position are joined name by name, whether the text places
   * a CJK character on one column (pdftotext) or two (a browser's dump): the measure under which they stand over the
   * values. Names that stand over one another without lining up with the values stay as printed.
   */
  @Test
  void columnNamesWrappedAboveRowsPlacedBySpacesAreJoinedNameByName() {
    String byCharacters = """
                            本年废止 现行有效
        信息内容     本年制发件数
                            件数   件数

        规章       12         5   7
        """;
    String byWidth = """
                              本年废止  现行有效
        信息内容  本年制发件数
                              件数      件数

        规章      12            5         7
        """;
    for (String text : List.of(byCharacters, byWidth)) {
      assertThat(raws(reader.read(text))).as(text).containsExactly("信息内容  本年制发件数  本年废止件数  现行有效件数", text.lines().toList().get(4));
    }
    String straddling = """
                    本年废止 现行有效
        信息内容  本年制发件数
                    件数   件数

        规章       12         5   7
        """;
    assertThat(raws(reader.read(straddling))).hasSize(4).contains("信息内容  本年制发件数");
    // A heading and a caption right above, standing over the labels only, are no pieces of the labels' column's name.
    String underCaption = """
        二、主动公开政府信息情况
          第二十条第（一）项
          信息内容      本年新制作数   本年新公开数  对外公开总数
                        量             量            量
          规章                       2             0            5
        """;
    assertThat(raws(reader.read(underCaption))).containsExactly("二、主动公开政府信息情况", "  第二十条第（一）项",
        "信息内容  本年新制作数量  本年新公开数量  对外公开总数量", underCaption.lines().toList().get(4));
  }

  /**
   * A piece narrower than the one below it is no line of that name wrapped (text breaks where its line is full): 总计
   * over 社会公益组织 is another column's, and the header stays as printed, though the names so joined would stand over
   * the values.
   */
  @Test
  void aNarrowerPieceOverAWiderOneIsNoLineOfItsNameWrapped() {
    String text = """
                          总计
        信息内容  甲方  社会公益组织    乙方
        规章      1     2               3
        """;
    assertThat(raws(reader.read(text))).containsExactlyElementsOf(text.lines().toList());
  }

  private static List<String> raws(List<Block> blocks) {
    return blocks.stream().map(b -> ((Paragraph) b).raw()).toList();
  }

  @Test
  void tabSeparatedRowsKeepLeadingPlaceholderCells() {
    Table table = (Table) reader.read("(三) 不予公开\t1.属于国家秘密\t0\t1\n\t2.其他法律法规禁止公开\t\t2\n").get(0);
    assertThat(texts(table.rows().get(0))).containsExactly("(三)不予公开", "1.属于国家秘密", "0", "1");
    assertThat(texts(table.rows().get(1))).containsExactly("", "2.其他法律法规禁止公开", "", "2");
  }

  /**
   * Lines of comma-separated values that line up are a table: each comma parts cells (47,317 is two), quotes keep a
   * field's commas; prose with ASCII commas and counters, and a lone line, stay paragraphs.
   */
  @Test
  void commaSeparatedRowsThatLineUpAreATable() {
    List<Block> blocks = reader.read("""
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",,3,"1,024"
        三、本年度办理结果,（七）总计,47,317
        全年共收到申请5件,其中自然人3件,法人2件,均已答复
        本年新收5件,上年结转0件,结转下年度1件,办结4件
        规章,3,4
        """);
    Table table = (Table) blocks.get(0);
    assertThat(table.rows()).hasSize(2);
    assertThat(texts(table.rows().get(0))).containsExactly("(二)部分公开(区分处理的,只计这一情形,不计其他情形)", "", "3", "1,024");
    assertThat(texts(table.rows().get(1))).containsExactly("三、本年度办理结果", "(七)总计", "47", "317");
    assertThat(blocks.subList(1, blocks.size())).allMatch(b -> b instanceof Paragraph);
  }

  /**
   * A whole report saved from a spreadsheet as CSV pads every row to the sheet's width: a row whose only filled field is
   * its first is a line of the report (a heading, a paragraph, an empty row a blank line), not a table's row, unless a
   * row of values follows it, where it is a group label of the table.
   */
  @Test
  void aSpreadsheetRowFilledInItsFirstFieldOnlyIsALineOfTextUnlessValuesFollow() {
    List<Block> blocks = reader.read("""
        二、主动公开政府信息情况,,,,
        信息内容,本年制发件数,本年废止件数,现行有效件数,
        规章,2,0,5,
        ,,,,
        三、收到和处理政府信息公开申请情况,,,,
        项目,自然人,商业企业,总计,
        （三）不予公开,,,,
        1.属于国家秘密,3,1,4,
        （一）存在问题。公开深度不够,,,,
        """);
    assertThat(blocks).hasSize(5);
    assertThat(((Paragraph) blocks.get(0)).text()).isEqualTo("二、主动公开政府信息情况");
    assertThat(texts(((Table) blocks.get(1)).rows().get(1))).containsExactly("规章", "2", "0", "5");
    assertThat(((Paragraph) blocks.get(2)).text()).isEqualTo("三、收到和处理政府信息公开申请情况");
    Table applications = (Table) blocks.get(3);
    assertThat(applications.rows()).hasSize(3);
    assertThat(texts(applications.rows().get(1)).get(0)).isEqualTo("(三)不予公开");
    assertThat(((Paragraph) blocks.get(4)).text()).isEqualTo("(一)存在问题。公开深度不够");
  }

  /**
   * A spreadsheet saves a table narrower than the sheet with empty fields past its right edge: where its header ends
   * in words (总计), the fields past it empty in every row are no cells; a table without such a header keeps them.
   */
  @Test
  void aSheetsEmptyFieldsPastATablesHeaderAreNoCells() {
    List<Block> blocks = reader.read("""
        结果维持,结果纠正,其他结果,尚未审结,总计,,
        2,0,1,0,3,,
        （二）主动公开情况
        规章,4,,,,,
        规范性文件,5,1,,,,
        """);
    Table headed = (Table) blocks.get(0);
    assertThat(texts(headed.rows().get(1))).containsExactly("2", "0", "1", "0", "3");
    Table unheaded = (Table) blocks.get(blocks.size() - 1);
    assertThat(texts(unheaded.rows().get(0))).startsWith("规章", "4", "", "", "");
  }

  /** A spreadsheet's cell may print a count with its counter ({@code 7件}, {@code "3,105件"}): its row is still a CSV row. */
  @Test
  void commaSeparatedCountsWithTheirCountersAreCells() {
    List<Block> blocks = reader.read("""
        一、本年新收政府信息公开申请数量,,5件,"3,105件",2,"3,112"
        二、上年结转政府信息公开申请数量,,0,1个,,1件
        """);
    Table table = (Table) blocks.get(0);
    assertThat(table.rows()).hasSize(2);
    assertThat(texts(table.rows().get(0))).containsExactly("一、本年新收政府信息公开申请数量", "", "5件", "3,105件", "2", "3,112");
    assertThat(texts(table.rows().get(1))).containsExactly("二、上年结转政府信息公开申请数量", "", "0", "1个", "", "1件");
  }

  /** Tab-separated rows that each end with a tab (Tika's text of a Word table, a tab after every cell) have no blank last cell. */
  @Test
  void aTabEndingEveryRowIsNoCell() {
    List<Block> blocks = reader.read("信息内容\t数量\t总计\t\n规章\t\t4\t\n规范性文件\t2\t\t\n");
    Table table = (Table) blocks.get(0);
    assertThat(texts(table.rows().get(0))).containsExactly("信息内容", "数量", "总计");
    assertThat(texts(table.rows().get(1))).containsExactly("规章", "", "4");
    assertThat(texts(table.rows().get(2))).containsExactly("规范性文件", "2", "");
  }

  /**
   * A table printed with pipes between its cells and none at its edges: a pipe opening or closing a line there is the
   * edge of a blank first or last cell, kept in its place, where every line parts into as many cells and one of them
   * does not close with a pipe (markdown rows all do); a markdown table with outer pipes keeps its rows as they were.
   */
  @Test
  void pipesAtTheEndsOfRowsWithoutOuterPipesPartBlankCells() {
    List<Block> blocks = reader.read("""
        结果维持 | 结果纠正 | 总计 | 
         |  | 结果维持 | 总计
         | 2 | 1 | 
        说明
        | 规章 | 3 | 5 |
        | 规范性文件 |  | 1 |
        """);
    Table bare = (Table) blocks.get(0);
    assertThat(texts(bare.rows().get(0))).containsExactly("结果维持", "结果纠正", "总计", "");
    assertThat(texts(bare.rows().get(1))).containsExactly("", "", "结果维持", "总计");
    assertThat(texts(bare.rows().get(2))).containsExactly("", "2", "1", "");
    Table markdown = (Table) blocks.get(2);
    assertThat(texts(markdown.rows().get(0))).containsExactly("规章", "3", "5");
    assertThat(texts(markdown.rows().get(1))).containsExactly("规范性文件", "", "1");
  }

  /**
   * A markdown table without outer pipes whose header row's last cell is blank ({@code 第二十条第（一）项 |  |  | }): that
   * line reads first as a pipe row that lost its leading pipe; the delimiter row under it makes it the header of a
   * table without outer pipes, its last pipe a blank cell's edge, and the lines after the table's rows.
   */
  @Test
  void aHeaderEndingInABlankCellOverABareDelimiterOpensATableWithoutOuterPipes() {
    List<Block> blocks = reader.read("""
        第二十条第（一）项 |  |  | 
        ---|---|---|---
        信息内容 | 本年新 | 本年新 | 对外公
         | 制作数量 | 公开数量 | 开总数量
        规章 | 0 | 4 | 2
        """);
    assertThat(blocks).hasSize(1);
    Table table = (Table) blocks.get(0);
    assertThat(texts(table.rows().get(0))).containsExactly("第二十条第(一)项", "", "", "");
    assertThat(texts(table.rows().get(1))).containsExactly("信息内容", "本年新", "本年新", "对外公");
    assertThat(texts(table.rows().get(2))).containsExactly("", "制作数量", "公开数量", "开总数量");
    assertThat(texts(table.rows().get(3))).containsExactly("规章", "0", "4", "2");
  }

  /**
   * A quoted field holding line breaks (camelot's or a spreadsheet's CSV of a label wrapped in its cell) makes its lines
   * one row, the label's pieces joined; a line with a quote left open and nothing to close it stays a paragraph.
   */
  @Test
  void quotedFieldsWithLineBreaksMakeOneRow() {
    List<Block> blocks = reader.read("""
        "一、本年新收政
        府信息公开申请
        数量","","4","","6"
        "（七）总计","","2","0","2"
        说明"未完
        """);
    Table table = (Table) blocks.get(0);
    assertThat(table.rows()).hasSize(2);
    assertThat(texts(table.rows().get(0))).containsExactly("一、本年新收政府信息公开申请数量", "", "4", "", "6");
    assertThat(texts(table.rows().get(1))).containsExactly("(七)总计", "", "2", "0", "2");
    assertThat(blocks.subList(1, blocks.size())).allMatch(b -> b instanceof Paragraph);
  }

  /**
   * A table's rows printed as Python lists (pdfplumber's {@code extract_table} printed by a script): {@code None} and
   * {@code ''} are blank cells, an escaped line break joins a wrapped label, and the brackets around the rows are no text.
   */
  @Test
  void rowsPrintedAsPythonListsAreATable() {
    List<Block> blocks = reader.read("""
        [
        ['一、本年新收\\n政府信息', None, '4', '', '6'],
        ['（七）总计', None, "2", '0', '2'],
        ]
        ['甲']
        """);
    Table table = (Table) blocks.get(0);
    assertThat(table.rows()).hasSize(2);
    assertThat(texts(table.rows().get(0))).containsExactly("一、本年新收政府信息", "", "4", "", "6");
    assertThat(texts(table.rows().get(1))).containsExactly("(七)总计", "", "2", "0", "2");
    assertThat(blocks).hasSize(2);
  }

  /** A row of values right above column names wrapped over lines is no line of theirs: the names below it are joined. */
  @Test
  void aRowOfValuesAboveWrappedColumnNamesIsNoneOfTheirs() {
    String text = """
        行政许可     3          1   2
                            本年废止 现行有效
        信息内容     本年制发件数
                            件数   件数

        规章       12         5   7
        """;
    assertThat(raws(reader.read(text))).contains("信息内容  本年制发件数  本年废止件数  现行有效件数", text.lines().toList().get(5))
        .doesNotContain(text.lines().toList().get(2));
  }

  @Test
  void markdownPipeRowsSkipTheSeparatorLine() {
    Table table = (Table) reader.read("| 信息内容 | 本年制发件数 |\n|---|---|\n| 规章 | 0 |\n").get(0);
    assertThat(table.rows()).hasSize(2);
    assertThat(texts(table.rows().get(1))).containsExactly("规章", "0");
  }

  /** A markdown table whose rows leave off both outer pipes is one under its delimiter row, blank cells kept. */
  @Test
  void pipeRowsWithoutOuterPipesUnderADelimiterRowAreATable() {
    List<Block> blocks = reader.read("信息内容 | 上一年项目数量 | 本年增/减\n---|:---:|---\n行政许可 |  | -2\n行政处罚 | 7 | \n四、其他\n");
    Table table = (Table) blocks.get(0);
    assertThat(table.rows()).hasSize(3);
    assertThat(texts(table.rows().get(1))).containsExactly("行政许可", "", "-2");
    assertThat(texts(table.rows().get(2))).containsExactly("行政处罚", "7", "");
    assertThat(blocks.get(1)).isInstanceOf(Paragraph.class);
  }

  @Test
  void pipeRowsWithoutTheLeadingPipeAreRows() {
    Table table = (Table) reader.read("第二十条第(一)项 | |||\n信息内容 | 本年制发件数 | 本年废止件数 |\n规章 | 0 | 2 |\n").get(0);
    assertThat(texts(table.rows().get(0))).containsExactly("第二十条第(一)项", "", "", "");
    assertThat(texts(table.rows().get(2))).containsExactly("规章", "0", "2");
  }

  @Test
  void cellsClosedByAPipeFormRowsUpToALineOfPipes() {
    List<Block> blocks = reader.read("二、主动公开政府信息情况\n|\n信息内容 |\n本年制发件数 |\n|||\n规章 |\n0 |\n|\n三、收到和处理政府信息公开申请情况\n");
    Table table = (Table) blocks.get(1);
    assertThat(table.rows()).hasSize(2);
    assertThat(texts(table.rows().get(0))).containsExactly("信息内容", "本年制发件数");
    assertThat(texts(table.rows().get(1))).containsExactly("规章", "0");
    assertThat(((Paragraph) blocks.get(2)).text()).startsWith("三、");
  }

  @Test
  void exportDebrisIsDropped() {
    Table table = (Table) reader.read("\t[bookmark: _GoBack]第二十条第（一）项\n").get(0);
    assertThat(texts(table.rows().get(0))).containsExactly("第二十条第(一)项");
  }

  @Test
  void aSectionHeadingRightAfterACellIsNotAContinuation() {
    List<Block> blocks = reader.read("\t116万元\n三、收到和处理政府信息公开申请情况\n");
    assertThat(blocks).hasSize(2);
    assertThat(blocks.get(1)).isInstanceOf(Paragraph.class);
  }

  /**
   * A markdown table whose spaces were turned into tabs or no-break and ideographic spaces (an editor's paste) is still
   * one markdown table: a row spaced with tabs is no tab-separated row of pipe cells, a delimiter row spaced so is no row.
   */
  @Test
  void markdownRowsAndDelimiterRowsSpacedWithOtherSpacesStayMarkdown() {
    List<Block> blocks = reader.read("| 信息内容 | 数量 |\n|\u00a0:---\u3000|\u00a0---:\u00a0|\n|\t规章\t|\t12\t|\n| 规范性文件 | 3 |\n");
    assertThat(blocks).hasSize(1);
    Table table = (Table) blocks.get(0);
    assertThat(table.rows()).hasSize(3);
    assertThat(texts(table.rows().get(1))).containsExactly("规章", "12");
    assertThat(texts(table.rows().get(2))).containsExactly("规范性文件", "3");
  }

  @Test
  void figuresPartedBySpacesInATabSeparatedLineAreCellsOfTheirOwn() {
    Table table = (Table) reader.read("（一）予以公开  ３\t\t0   5   0\t/ 2件 1\t11\n").get(0);
    assertThat(texts(table.rows().get(0))).containsExactly("(一)予以公开", "3", "", "0", "5", "0", "/", "2件", "1", "11");
    Table labels = (Table) reader.read("商 业 企\t科研机\t2.重复申请\n").get(0);
    assertThat(texts(labels.rows().get(0))).containsExactly("商业企", "科研机", "2.重复申请");
  }

  /**
   * OCR's letter O for a 0 among figures parted by spaces in a tab-separated line is a figure of its own: folding the
   * spaces away would glue the cell into one count ({@code 10 0 0 O} read as 1000).
   */
  @Test
  void aLetterOAmongFiguresPartedBySpacesIsACellOfItsOwn() {
    Table table = (Table) reader.read("5.属于三类内部事务信息\t20    0   0 0    0   0 O\n").get(0);
    assertThat(texts(table.rows().get(0))).containsExactly("5.属于三类内部事务信息", "20", "0", "0", "0", "0", "0", "O");
    Table inside = (Table) reader.read("（二）部分公开\t3   O   0  0   1  0   4\n").get(0);
    assertThat(texts(inside.rows().get(0))).containsExactly("(二)部分公开", "3", "O", "0", "0", "1", "0", "4");
    // a lone O after the label's words is no figure before the figures: it stays with the label
    Table label = (Table) reader.read("维生素 O   4   5   6\t1\n").get(0);
    assertThat(texts(label.rows().get(0))).containsExactly("维生素O", "4", "5", "6", "1");
  }

  /** A label with a circled ordinal, which folds into more characters than it prints (⑧ to 8.), parts its figure too. */
  @Test
  void aFigurePartedFromALabelWithACircledOrdinalIsACellOfItsOwn() {
    Table table = (Table) reader.read("⑧属于行政查询事项 31\t0\t2\t0\t0\t0\t33\n").get(0);
    assertThat(texts(table.rows().get(0))).containsExactly("8.属于行政查询事项", "31", "0", "2", "0", "0", "0", "33");
  }

  @Test
  void aSpaceInsideTheLabelDoesNotKeepItsWidelySpacedFiguresTogether() {
    // the single space is the label's (between the group and the row), not between two figures
    Table table = (Table) reader.read("（四）无法提供 1.本机关不掌握相关政府信息   27   5\t0\t0   3   6   41\n").get(0);
    assertThat(texts(table.rows().get(0)))
        .containsExactly("(四)无法提供1.本机关不掌握相关政府信息", "27", "5", "0", "0", "3", "6", "41");
    Table typo = (Table) reader.read("（四）无法提供 1.本机关不掌握相关政府信息 2 7\t0\n").get(0);
    assertThat(texts(typo.rows().get(0)).get(0)).endsWith("27");
  }

  @Test
  void theOneSpaceAfterTheLabelDoesNotKeepWidelySpacedFiguresTogether() {
    // one space between the label and its first figure is no space between two figures
    Table table = (Table) reader.read("2.重复申请 4  0\t0\t9\t19\t0\t32\n").get(0);
    assertThat(texts(table.rows().get(0))).containsExactly("2.重复申请", "4", "0", "0", "9", "19", "0", "32");
  }

  @Test
  void oneSpaceBetweenFiguresPartsCellsInALineThatPartsOthersBySpaces() {
    // three figures parted by spaces in the last cell: the line's spaces part cells, the single ones too
    Table table = (Table) reader.read("3.危及“三安全一稳定”0 4\t2 0\t3 0 9\n").get(0);
    assertThat(texts(table.rows().get(0))).containsExactly("3.危及“三安全一稳定”0", "4", "2", "0", "3", "0", "9");
    // no cell parts figures by spaces: one space between two may be a typo inside one figure
    Table typo = (Table) reader.read("（一）予以公开\t3 1\t8\n").get(0);
    assertThat(texts(typo.rows().get(0))).containsExactly("(一)予以公开", "31", "8");
  }

  @Test
  void oneSpaceBetweenFiguresPartsCellsWhereTwoCellsOfTheLineHaveOne() {
    // a typo inside a figure in each of two cells is less likely than a line mixing tabs and spaces between cells
    Table table = (Table) reader.read("2.重复申请\t9 0 \t0 0\t0\t4 \t13\n").get(0);
    assertThat(texts(table.rows().get(0))).containsExactly("2.重复申请", "9", "0", "0", "0", "0", "4", "13");
  }
  /**
   * MediaWiki markup: a table between {@code {|} and {@code |}} is read with its merged cells expanded, cells parted
   * by {@code ||} or a line each, headers by {@code !!}; the attributes' figures ({@code rowspan="2"}) are no cells.
   */
  @Test
  void mediaWikiTablesAreReadWithTheirSpans() {
    List<Block> blocks = reader.read("""
        == 三、收到和处理政府信息公开申请情况 ==
        {| class="wikitable"
        |-
        ! colspan="2" | 甲 !! 自然人 !! 总计
        |-
        | rowspan="2" | 三、办理结果 || （一）予以公开 || 3 || 3
        |-
        | （二）部分公开
        | 1
        | 1
        |}
        """);
    assertThat(((Paragraph) blocks.get(0)).text()).startsWith("三、收到和处理政府信息公开申请情况");
    Table table = (Table) blocks.get(1);
    assertThat(table.rows()).hasSize(3);
    assertThat(texts(table.rows().get(1))).containsExactly("三、办理结果", "(一)予以公开", "3", "3");
    assertThat(texts(table.rows().get(2))).containsExactly("", "(二)部分公开", "1", "1");
  }

  /**
   * An org-mode table: its rules ({@code |---+---|}) part rows of one line each, never join the lines between them as
   * a grid table's rules do; an outline heading's stars ({@code * }) and a Jira heading's mark ({@code h2. }) are no text.
   */
  @Test
  void orgTableRulesPartRowsOfALineEach() {
    List<Block> blocks = reader.read("""
        * 三、收到和处理政府信息公开申请情况

        |------------------+--------+------|
        | 项目             | 自然人 | 总计 |
        |------------------+--------+------|
        | 一、本年新收     | 3      | 3    |
        | 二、上年结转     | 0      | 0    |
        |------------------+--------+------|

        h2. 四、政府信息公开行政复议、行政诉讼情况
        """);
    assertThat(((Paragraph) blocks.get(0)).text()).isEqualTo("三、收到和处理政府信息公开申请情况");
    Table table = (Table) blocks.get(1);
    assertThat(table.rows()).hasSize(3);
    assertThat(texts(table.rows().get(1))).containsExactly("一、本年新收", "3", "3");
    assertThat(texts(table.rows().get(2))).containsExactly("二、上年结转", "0", "0");
    assertThat(((Paragraph) blocks.get(2)).text()).isEqualTo("四、政府信息公开行政复议、行政诉讼情况");
  }

  /** A copy of a page's source: its character references read as the characters they stand for, a lone {@code &nbsp;} blank. */
  @Test
  void characterReferencesAreReadAsTheirCharacters() {
    Table table = (Table) reader.read("3.危及&ldquo;三安全一稳定&rdquo;\t&#x0031;\t&nbsp;\t&#24037;作\n2.重复申请\t0\t1\t1\n").get(0);
    assertThat(texts(table.rows().get(0))).containsExactly("3.危及“三安全一稳定”", "1", "", "工作");
  }

  /** A report forwarded in an e-mail: the quote marks before its lines ({@code > }) are the mail's, not its text's. */
  @Test
  void mailQuoteMarksAreNoText() {
    List<Block> blocks = reader.read("> 三、收到和处理政府信息公开申请情况\n>\n> 一、本年新收\t3\t3\n> 二、上年结转\t0\t0\n");
    assertThat(((Paragraph) blocks.get(0)).text()).isEqualTo("三、收到和处理政府信息公开申请情况");
    assertThat(texts(((Table) blocks.get(1)).rows().get(0))).containsExactly("一、本年新收", "3", "3");
  }

  /**
   * An export printing a line per cell (label, column, count): its lines have one count each, so many of them make a
   * table, a label that joins its group's before its ordinal ({@code (三)不予公开1.属于国家秘密}) a cell.
   */
  @Test
  void commaSeparatedLinesOfOneCountEachAreATable() {
    StringBuilder text = new StringBuilder("项目,申请人类别,数量\n");
    for (String column : List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")) {
      text.append("（三）不予公开1.属于国家秘密,").append(column).append(",0\n");
    }
    Table table = (Table) reader.read(text.toString()).get(0);
    assertThat(table.rows()).hasSize(8);
    assertThat(texts(table.rows().get(1))).containsExactly("(三)不予公开1.属于国家秘密", "自然人", "0");
  }

  /**
   * A run of lines each a cell's path of labels and its value ({@code 三、本年度办理结果/（一）予以公开/自然人：28}) is
   * read as rows of those labels and the value, a colon in brackets part of its label; a lone such line (a date and
   * time) stays text.
   */
  @Test
  void keyPathLinesAreRowsOfTheirLabelsAndValue() {
    List<Block> blocks = reader.read("""
        打印于2024/1/17 10:30
        一、本年新收申请数/自然人：71
        三、本年度办理结果/(一)予以公开/自然人：7
        第二十条第（八）项/行政事业性收费/本年收费金额（单位：万元）：2.5
        """);
    assertThat(blocks.get(0)).isInstanceOf(Paragraph.class);
    Table table = (Table) blocks.get(1);
    assertThat(texts(table.rows().get(0))).containsExactly("一、本年新收申请数", "自然人", "71");
    assertThat(texts(table.rows().get(1))).containsExactly("三、本年度办理结果", "(一)予以公开", "自然人", "7");
    assertThat(texts(table.rows().get(2))).containsExactly("第二十条第(八)项", "行政事业性收费", "本年收费金额(单位:万元)", "2.5");
  }

  /**
   * A table as a screen reader speaks it: a row's label on its own line (its group's on the line before), then a line
   * per cell naming its column, a comma's pause and its value ({@code 自然人，6}, {@code 法人或其他组织 商业企业，0},
   * {@code 空白} a blank): each cell the row of its labels, its column's names and its value. A screen reader's
   * announcement of the row ({@code 第 5 行}) is no label, and its heading announcement ({@code 标题 2 级}) no part of
   * the heading.
   */
  @Test
  void cardsAreRowsOfTheirLabelsColumnsAndValues() {
    List<Block> blocks = reader.read("""
        标题 2 级 三、收到和处理政府信息公开申请情况
        第 4 行
        一、本年新收政府信息公开申请数量
        自然人，6
        法人或其他组织 商业企业，0
        总计，空白
        第 5 行
        （三）不予公开
        1.属于国家秘密
        自然人，1
        法人或其他组织 商业企业，0
        总计，1
        """);
    assertThat(((Paragraph) blocks.get(0)).text()).isEqualTo("三、收到和处理政府信息公开申请情况");
    List<Block> itemBlocks = reader.read("""
        第二十条第（六）项
        行政处罚
        上一年项目数量，12
        本年增/减，0
        处理决定数量，40
        第二十条第（八）项
        行政事业性收费
        上一年项目数量，3
        本年增/减，-1
        第二十条第（九）项
        政府集中采购
        采购项目数量，6
        采购总金额，251000元
        """);
    Table items = (Table) itemBlocks.get(1);
    assertThat(texts(items.rows().get(1))).containsExactly("行政处罚", "本年增/减", "0");
    assertThat(texts(items.rows().get(6))).containsExactly("第二十条第(九)项", "政府集中采购", "采购总金额", "251000元");
    Table table = (Table) blocks.get(2);
    assertThat(texts(table.rows().get(0))).containsExactly("一、本年新收政府信息公开申请数量", "自然人", "6");
    assertThat(texts(table.rows().get(1))).containsExactly("一、本年新收政府信息公开申请数量", "法人或其他组织", "商业企业", "0");
    assertThat(texts(table.rows().get(2))).containsExactly("一、本年新收政府信息公开申请数量", "总计", "");
    assertThat(texts(table.rows().get(3))).containsExactly("(三)不予公开", "1.属于国家秘密", "自然人", "1");
  }

  /**
   * A card under no row's label (section 四's one row) is that row under a header of its columns' names, a blank in
   * its place, and the screen reader's announcements of the table ({@code 表格，4 行，15 列}: no cells' figures) are
   * dropped; a heading followed by an export's line per cell ({@code …/自然人：5}) is no card.
   */
  @Test
  void aCardWithoutLabelIsOneRowUnderItsColumnsNames() {
    List<Block> blocks = reader.read("""
        表格，4 行，15 列
        第 4 行
        行政复议 结果维持，0
        行政复议 结果纠正，空白
        行政复议 其他结果，2
        行政复议 尚未审结，0
        行政复议 总计，2
        行政诉讼 未经复议直接起诉 结果维持，1
        表格结尾
        """);
    assertThat(blocks).hasSize(1);
    Table table = (Table) blocks.get(0);
    assertThat(texts(table.rows().get(0))).containsExactly("行政复议结果维持", "行政复议结果纠正", "行政复议其他结果",
        "行政复议尚未审结", "行政复议总计", "行政诉讼未经复议直接起诉结果维持");
    assertThat(texts(table.rows().get(1))).containsExactly("0", "", "2", "0", "2", "1");
    List<Block> export = reader.read("""
        三、收到和处理政府信息公开申请情况
        一、本年新收申请数/自然人：71
        二、上年结转申请数/自然人：1
        三、本年度办理结果/(一)予以公开/自然人：7
        """);
    assertThat(((Paragraph) export.get(0)).text()).startsWith("三、");
    assertThat(texts(((Table) export.get(1)).rows().get(0))).containsExactly("一、本年新收申请数", "自然人", "71");
  }

  /**
   * A forwarded e-mail's quoted lines that its client wrapped: the lines without quote marks between quoted ones are
   * the tail of the line before (a count, or the rest of a word broken between Han characters), not lines of their own;
   * the reply above the quote stays.
   */
  @Test
  void unquotedLinesBetweenQuotedOnesAreAWrappedLinesTail() {
    List<Block> blocks = reader.read("""
        请核对。
        谢谢！

        > 一、本年新收政府信息公开申请数量 632 0 0 / 12 /
        644
        > 二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0
        > （六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政
        府信息公开申请 0 0 0 0 0 0
        0
        > 三、本年度办理结果 （一）予以公开 1 0 0 0 0 0 1
        > （二）部分公开 0 0 0 0 0 0 0
        > （七）总计 1 0 0 0 0 0 1
        > 四、结转下年度继续办理 0 0 0 0 0 0 0
        """);
    assertThat(blocks).extracting(b -> ((Paragraph) b).raw()).contains("请核对。",
        "一、本年新收政府信息公开申请数量 632 0 0 / 12 / 644",
        "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 0 0 0 0 0 0 0").doesNotContain("644", "0");
  }

  /**
   * A lenticular bracket opening an article's heading adorns it whether it is closed at the line's end or never
   * ({@code 【四、…情况}): the heading starts its line; brackets round a piece of a line ({@code 【2020年】…}) stay.
   */
  @Test
  void anUnclosedBracketOpeningAHeadingIsNoPartOfIt() {
    List<Block> blocks = reader.read("【三、收到和处理政府信息公开申请情况】\n\n【四、政府信息公开行政复议、行政诉讼情况\n\n【2020年】测试镇报告\n");
    assertThat(blocks).extracting(b -> ((Paragraph) b).raw())
        .containsExactly("三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "【2020年】测试镇报告");
  }
}
