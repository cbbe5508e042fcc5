package org.govdisclosure.extract.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.govdisclosure.extract.AllocatedBytes;
import org.govdisclosure.extract.EveryText;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Document;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;
import org.govdisclosure.extract.spi.ReportContext;
import org.govdisclosure.extract.spi.Template;
import org.govdisclosure.extract.template.NationalTemplate;
import org.govdisclosure.extract.value.CellKind;
import org.govdisclosure.extract.value.Numerals;
import org.junit.jupiter.api.Test;

class SectionTokensTest {

  /**
   * A line is cut into the pieces the regex split gave: every text of up to four characters from spaces of each kind
   * (an en space a web page's {@code &ensp;} prints among them, a thin space), a character that is no space to it (a
   * zero-width space) and letters.
   */
  @Test
  void aLineIsCutWhereTheRegexOfSpacesCutIt() {
    Pattern spaces = Pattern.compile("[\\s\u00a0\u3000\u2000-\u200a\u202f\u205f]+");
    EveryText.upTo(" \t\u000B\u00a0\u3000\u200b\u2002\u2009a八", 4,
        line -> assertThat(SectionTokens.spaceParted(line)).as("[%s]", line).isEqualTo(spaces.splitAsStream(line).toList()));
  }

  /**
   * A cell is figures parted by marks exactly where the regex says so: every folded text of up to five characters of
   * digits, marks, a letter, an ideograph, a full-width digit and a half of a character outside the BMP.
   */
  @Test
  void figuresPartedByMarksAreWhatTheRegexSays() {
    Pattern figures = Pattern.compile("\\d+(?:[^\\d\\p{L}\\s]\\d+)+");
    EveryText.upTo("07/-.a八\uff15\ud83d", 5, text -> {
      if (Cell.Text.fold(text).equals(text)) {
        assertThat(SectionTokens.isFiguresPartedByMarks(text)).as("[%s]", text).isEqualTo(figures.matcher(text).matches());
      }
    });
    assertThat(SectionTokens.isFiguresPartedByMarks("1\ud83d\ude002")).isTrue(); // a mark outside the BMP is one mark
    assertThat(SectionTokens.isFiguresPartedByMarks("1\ud840\udc002")).isFalse(); // a letter outside it is none
  }

  /**
   * A piece with a digit is one cell exactly where the regexes of an amount and of a count say it is, or where it is a
   * number opening with no digit: every piece of up to five characters of digits, a separator, a decimal point, a
   * unit, a counter, a sign, an approximation word, a full-width digit and a letter.
   */
  @Test
  void aPieceIsOneCellWhereTheRegexesOfAmountsAndCountsSaySo() {
    Pattern amount = Pattern.compile(Numerals.AMOUNT_CELL);
    Pattern countCell = Pattern.compile("(?:\\d{1,3}(?:,\\d{3})+|\\d+(?=\\D))" + Numerals.alternation(Numerals.COUNTERS) + "?");
    EveryText.upTo("07,.万件-约\uff15a", 5, piece -> {
      if (piece.chars().anyMatch(c -> c >= '0' && c <= '9')) {
        boolean byRegex = amount.matcher(piece).matches() || countCell.matcher(piece).matches()
            || !Character.isDigit(piece.charAt(0)) && CellKind.of(piece) == CellKind.NUMBER;
        assertThat(SectionTokens.isWholeCell(piece)).as("[%s]", piece).isEqualTo(byRegex);
      }
    });
  }

  /**
   * A section's blocks are cut once per report: asked again (section 三 by the decoder of its rows and by the check of
   * its labels), the cut tokens are joined without looking at the grids' columns again.
   */
  @Test
  void blocksCutBeforeAreNotLookedAtAgain() {
    NationalTemplate.Matrix matrix = NationalTemplate.of(Template.T2021).applications();
    List<Row> rows = new ArrayList<>();
    rows.add(new Row(java.util.stream.Stream.of("", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "小计", "总计")
        .map(Cell::new).toList()));
    for (int r = 0; r < 40; r++) {
      rows.add(new Row(java.util.stream.Stream.of("甲乙丙" + r, "1", "2", "3", "4", "5", "6", "20", "21").map(Cell::new).toList()));
    }
    List<Block> blocks = List.of(new Paragraph("三、收到和处理政府信息公开申请情况"), new Table(rows));
    ReportContext context = new ReportContext(new Document("text", "UTF-8", blocks), null, Template.T2021, 2023);
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    List<SectionTokens.Token> first = SectionTokens.of(blocks, matrix, context);
    boolean same = true;
    long again = 0;
    for (int round = 0; round < 3; round++) { // the classes loaded and the calls linked before counting
      long before = threads.getCurrentThreadAllocatedBytes();
      same &= SectionTokens.of(blocks, matrix, context).equals(first);
      again = threads.getCurrentThreadAllocatedBytes() - before;
    }
    // the joined tokens' lists (about 115 bytes a row), where looking at every cell's kind again for the grid's
    // subtotal column took as much again
    assertThat(again).isLessThan(150L * rows.size());
    assertThat(same).isTrue();
    assertThat(first).hasSizeGreaterThan(8 * rows.size());
  }

  /**
   * A grid cut the first time: each cell's kind, whether it is a letter O or an unreadable mark, a row's naming of
   * columns and whether a label is a footer are told by scans, not by matchers and copies of cells.
   */
  @Test
  void aGridIsCutWithoutAMatcherPerCell() {
    NationalTemplate.Matrix matrix = NationalTemplate.of(Template.T2021).applications();
    List<Row> rows = new ArrayList<>();
    rows.add(new Row(java.util.stream.Stream.of("", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")
        .map(Cell::new).toList()));
    for (int r = 0; r < 40; r++) {
      rows.add(new Row(java.util.stream.Stream.of("（一）甲乙丙" + r, " 1 ", "2", "3", "4", "5", "6", "21").map(Cell::new).toList()));
    }
    List<Block> blocks = List.of(new Paragraph("三、收到和处理政府信息公开申请情况"), new Table(rows));
    Document document = new Document("text", "UTF-8", blocks);
    long perRow = AllocatedBytes.perCall(150,
        () -> SectionTokens.of(blocks, matrix, new ReportContext(document, null, Template.T2021, 2023)).size()) / rows.size();
    // the tokens, their cells and lists: about 2 200 bytes a row, where matching each cell took 4 300 (and each
    // label ending with a digit, matched as a footer with the issuer's name, 2 500)
    assertThat(perRow).isLessThan(2_350L);
    assertThat(AllocatedBytes.perCall(2_000, () -> (SectionTokens.isIllegible("l2") ? 1 : 0) + (SectionTokens.isIllegible("属于") ? 2 : 0))).isZero();
    assertThat(SectionTokens.isIllegible("l2")).isTrue();
  }

  /**
   * A label letter-spaced and wrapped in its cell ({@code 申 请 人 无 正 当 理 由…}): its letter 无, printed after the
   * letters before it at the end of the row's line or opening the next line before the letters after it, spells a
   * stretch of the wording with them and is no value (a cell marked none), under either template's cut.
   */
  @Test
  void aMarkSpellingAStretchOfALetterSpacedLabelIsNoValue() {
    for (Template template : Template.values()) {
      NationalTemplate.Matrix matrix = NationalTemplate.of(template).applications();
      for (List<String> lines : List.of(List.of("（六）其他处理 1.申 请 人 无   1   0   0   0   0   1", "正 当 理 由 逾 期"),
          List.of("（六）其他处理 1.申 请 人   1   0   0   0   0   0   1", "无 正 当 理", "由 逾 期 不 补 正"))) {
        List<Block> blocks = new ArrayList<>(List.of(new Paragraph("三、收到和处理政府信息公开申请情况")));
        lines.forEach(l -> blocks.add(new Paragraph(l)));
        ReportContext context = new ReportContext(new Document("text", "UTF-8", blocks), null, Template.T2021, 2023);
        List<String> values = SectionTokens.of(blocks, matrix, context).stream()
            .filter(SectionTokens.Token::isValue).map(t -> t.value().text()).toList();
        assertThat(values).as(template + " " + lines).doesNotContain("无").contains("1");
      }
    }
  }

  /**
   * A grid cell holding a label and then a line's figures apart (a line whose spaces a layout narrowed, cut at the
   * label's column: {@code （一）予以公开 5 0 0 2 0 0}): each figure is a value of its own, never the digits glued into
   * one count (500200).
   */
  @Test
  void aLabelCellWithFiguresApartGivesEachFigureAsAValue() {
    NationalTemplate.Matrix matrix = NationalTemplate.of(Template.T2021).applications();
    List<Row> rows = List.of(
        new Row(java.util.stream.Stream.of("", "", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")
            .map(Cell::new).toList()),
        new Row(java.util.stream.Stream.of("三、本年度办理结果", "（一）予以公开 5 0 0 2 0 0", "7", "", "", "", "", "", "")
            .map(Cell::new).toList()));
    List<Block> blocks = List.of(new Paragraph("三、收到和处理政府信息公开申请情况"), new Table(rows));
    ReportContext context = new ReportContext(new Document("text", "UTF-8", blocks), null, Template.T2021, 2023);
    List<String> values = SectionTokens.of(blocks, matrix, context).stream()
        .filter(t -> t.isValue() && !t.value().isBlank()).map(t -> t.value().text()).toList();
    assertThat(values).containsExactly("5", "0", "0", "2", "0", "0", "7");
  }

  /**
   * A grid cell printing OCR's letter O and figures apart ({@code O ４ 4}: cells a column cut merged) is no count whose
   * O is its 0 (44): it stays in doubt, while a cell {@code 2O} alone is 20.
   */
  @Test
  void aSpacedCellWithALetterOIsNoCount() {
    NationalTemplate.Matrix matrix = NationalTemplate.of(Template.T2021).applications();
    List<Row> rows = List.of(
        new Row(java.util.stream.Stream.of("", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")
            .map(Cell::new).toList()),
        new Row(java.util.stream.Stream.of("（一）予以公开", "2O", "0", "O ４ 4", "0", "0", "0", "20").map(Cell::new).toList()));
    List<Block> blocks = List.of(new Paragraph("三、收到和处理政府信息公开申请情况"), new Table(rows));
    ReportContext context = new ReportContext(new Document("text", "UTF-8", blocks), null, Template.T2021, 2023);
    List<Integer> values = SectionTokens.of(blocks, matrix, context).stream().filter(SectionTokens.Token::isValue)
        .map(t -> org.govdisclosure.extract.value.Counts.parse(t.value()).value()).toList();
    assertThat(values).containsExactly(20, 0, null, 0, 0, 0, 20);
  }
}
