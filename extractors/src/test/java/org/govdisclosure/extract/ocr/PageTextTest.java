package org.govdisclosure.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.read.PageOcr;
import org.govdisclosure.extract.value.CellKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tables drawn without rulings, as office programs export an HTML or pandoc table, in pictures drawn here: the
 * lines outside any ruled grid are read piece by piece.
 */
class PageTextTest {

  /** A picture of section 三 stacked from several pages at 150 dpi: an A4 page's width, four pages high. */
  private static final int WIDTH = 1240;
  private static final int HEIGHT = 7000;
  private static final int FONT_PIXELS = 22;
  private static final int LINE_PITCH = 30;
  /** A label wrapped in its cell, its lines set closer than paragraphs. */
  private static final int WRAP_PITCH = 24;
  private static final int[] COLUMNS = {100, 420, 560, 680, 800};

  private static Font font;

  @BeforeAll
  static void loadFont() throws Exception {
    try (InputStream in = PageTextTest.class.getResourceAsStream("/render/cjk-subset.ttf")) {
      font = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont((float) FONT_PIXELS);
    }
  }

  /**
   * A number too wide for its column goes on on the next line ({@code 241} over {@code 75} for 24175) with no
   * label there: read as its first line, or joined with a guess, it could be a wrong number no check flags. It is
   * left without a value (printed illegible, so that it keeps its column), its lines named in the warning, and its
   * rest is no row of its own. The row's other numbers, and the next row, whose label starts it, are read. A line
   * of digits alone is lower than a line of characters, and on a picture several pages high it is still no speck.
   */
  @Test
  void aNumberWrappedInItsColumnOfABorderlessTableIsLeftBlankAndNamed() {
    BufferedImage page = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = pen(page);
    int y = 3000;
    draw(g, y, "（七）总计", "241", "361", "0", "44");
    g.drawString("75", COLUMNS[1], y + LINE_PITCH);
    draw(g, y + 3 * LINE_PITCH, "四、结转下年度继续办理", "517", "6", "0", "2");
    g.dispose();

    List<PageText.Line> lines = new PageText(new TesseractRecognizer()).read(page);

    assertThat(lines).extracting(PageText.Line::cells).containsExactly(
        List.of("(七)总计", CellKind.ILLEGIBLE, "361", "0", "44"),
        List.of("四、结转下年度继续办理", "517", "6", "0", "2"));
    assertThat(lines.get(0).reads()).anySatisfy(r -> {
      assertThat(r.confidence()).isEqualTo(PageText.DOUBT);
      assertThat(r.text()).isEqualTo("241 / 75");
    });
  }

  /**
   * Columns narrower than their numbers print them a word's gap apart ({@code 24175 361}), which the engine reads
   * as one piece: each number is a cell of its own, placed where the piece's gap parts them.
   */
  @Test
  void numbersAWordsGapApartAreTwoCells() {
    BufferedImage page = new BufferedImage(WIDTH, HEIGHT / 4, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = pen(page);
    int y = 500;
    draw(g, y, "（七）总计", "", "", "0", "44");
    g.drawString("24175 361", COLUMNS[1], y);
    g.dispose();

    List<PageText.Line> lines = new PageText(new TesseractRecognizer()).read(page);

    assertThat(lines).extracting(PageText.Line::cells).containsExactly(List.of("(七)总计", "24175", "361", "0", "44"));
  }

  /**
   * A label set closer to its row's first number than a cell gap (a long label in a table without rulings) is parted
   * from it where the other rows show the column's edge: blank through every row of the table.
   */
  @Test
  void aLabelSetCloseToItsFirstNumberIsPartedWhereTheOtherRowsShowTheColumn() {
    BufferedImage page = new BufferedImage(WIDTH, HEIGHT / 4, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = pen(page);
    int y = 500;
    String close = "1.本机关不掌握相关政府信息";
    draw(g, y, "", "3075", "50", "0", "89");
    g.drawString(close, COLUMNS[1] - 12 - g.getFontMetrics().stringWidth(close), y);
    draw(g, y + 2 * LINE_PITCH, "2.没有现成信息需要另行制作", "177", "3", "0", "0");
    draw(g, y + 4 * LINE_PITCH, "3.补正后申请内容仍不明确", "19", "0", "0", "0");
    g.dispose();

    List<PageText.Line> lines = new PageText(new TesseractRecognizer()).read(page);

    assertThat(lines).extracting(PageText.Line::cells).containsExactly(
        List.of("1.本机关不掌握相关政府信息", "3075", "50", "0", "89"),
        List.of("2.没有现成信息需要另行制作", "177", "3", "0", "0"),
        List.of("3.补正后申请内容仍不明确", "19", "0", "0", "0"));
  }

  /**
   * Labels set closer to their row's first number than a cell gap that wrap in their column, the rest on the line
   * below (a line of one piece between every two rows): the rows around such lines are still one table, and each
   * label is parted from its first number where the other rows show the column's edge, then joined to its rest.
   */
  @Test
  void aLabelSetCloseToItsFirstNumberIsPartedAlsoWhereEveryLabelWraps() {
    BufferedImage page = new BufferedImage(WIDTH, HEIGHT / 4, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = pen(page);
    String[][] rows = {
        {"1.本机关不掌握相关", "政府信息", "3075", "50", "0", "89"},
        {"2.没有现成信息需要", "另行制作", "177", "3", "0", "0"},
        {"3.补正后申请内容仍", "不明确", "19", "0", "0", "0"}};
    int y = 500;
    for (String[] row : rows) {
      int x = COLUMNS[1] - 12 - g.getFontMetrics().stringWidth(row[0]);
      g.drawString(row[0], x, y);
      g.drawString(row[1], x, y + LINE_PITCH);
      draw(g, y, "", row[2], row[3], row[4], row[5]);
      y += 3 * LINE_PITCH;
    }
    g.dispose();

    List<PageText.Line> lines = new PageText(new TesseractRecognizer()).read(page);

    assertThat(lines).extracting(PageText.Line::cells).containsExactly(
        List.of("1.本机关不掌握相关政府信息", "3075", "50", "0", "89"),
        List.of("2.没有现成信息需要另行制作", "177", "3", "0", "0"),
        List.of("3.补正后申请内容仍不明确", "19", "0", "0", "0"));
  }

  /**
   * Rows printing their group's title on the line of their counts and their own words, opened by the item's ordinal,
   * wrapped below it ({@code （三）不予公开} / {@code 1.属于国家秘密}): the item's line is the rest of the label, no row of
   * its own (which would print its counts on its line), so the counts are the item's, not a subtotal of the group.
   */
  @Test
  void anItemWrappedBelowItsGroupsTitleIsTheRestOfTheLabel() {
    BufferedImage page = new BufferedImage(WIDTH, HEIGHT / 4, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = pen(page);
    int y = 500;
    draw(g, y, "（三）不予公开", "0", "0", "2", "2");
    g.drawString("1.属于国家秘密", COLUMNS[0], y + LINE_PITCH);
    draw(g, y + 3 * LINE_PITCH, "（三）不予公开", "0", "3", "5", "8");
    g.drawString("2.其他法律行政法规", COLUMNS[0], y + 4 * LINE_PITCH);
    g.drawString("禁止公开", COLUMNS[0], y + 5 * LINE_PITCH);
    g.dispose();

    List<PageText.Line> lines = new PageText(new TesseractRecognizer()).read(page);

    assertThat(lines).extracting(PageText.Line::cells).containsExactly(
        List.of("(三)不予公开1.属于国家秘密", "0", "0", "2", "2"),
        List.of("(三)不予公开2.其他法律行政法规禁止公开", "0", "3", "5", "8"));
  }

  /**
   * A label printing its group's title and its item's ordinal on the line of its counts, its words wrapped below
   * ({@code （三）不予公开 2.} / {@code 其他法律行政法规…}), whose last stop the engine surely reads as nothing or as a
   * comma, or its group's title alone there and the ordinal opening the next line ({@code （五）不予处理} /
   * {@code 1.信访举报…}), the stop read as nothing: the ink shows a dot right of the digit, so the label keeps its stop,
   * and no count is glued to the group's title ({@code 不予公开2其他…} was read as the group's subtotal 2 and the
   * group's rows left empty).
   */
  @Test
  void anOrdinalsStopTheEngineLostAtALinesEndIsReadWhereTheInkShowsIt() {
    BufferedImage page = new BufferedImage(WIDTH, HEIGHT / 4, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = pen(page);
    int y = 500;
    draw(g, y, "（三）不予公开 2.", "0", "3", "5", "8");
    g.drawString("其他法律行政法规", COLUMNS[0], y + WRAP_PITCH);
    g.drawString("禁止公开", COLUMNS[0], y + 2 * WRAP_PITCH);
    draw(g, y + 4 * LINE_PITCH, "（四）无法提供 3.", "1", "0", "0", "1");
    g.drawString("补正后申请内容仍不明确", COLUMNS[0], y + 4 * LINE_PITCH + WRAP_PITCH);
    draw(g, y + 7 * LINE_PITCH, "（五）不予处理", "2", "0", "1", "3");
    g.drawString("1.信访举报投诉类申请", COLUMNS[0], y + 7 * LINE_PITCH + WRAP_PITCH);
    g.dispose();

    List<PageText.Line> lines = new PageText(new StopLost(new TesseractRecognizer())).read(page);

    assertThat(lines).extracting(l -> l.cells().stream().map(Cell.Text::fold).toList()).containsExactly(
        List.of("(三)不予公开2.其他法律行政法规禁止公开", "0", "3", "5", "8"),
        List.of("(四)无法提供3.补正后申请内容仍不明确", "1", "0", "0", "1"),
        List.of("(五)不予处理1.信访举报投诉类申请", "2", "0", "1", "3"));
  }

  /**
   * Reads as the wrapped engine does, but a line ending in 2 and its stop as ending in 2, in 3 and its stop in 3 and a
   * comma, and one opening with 1 and its stop as opening with 1, surely.
   */
  private record StopLost(Recognizer engine) implements Misreading {

    @Override
    public Read readDigits(BufferedImage block) {
      return engine.readDigits(block);
    }

    @Override
    public Read misread(Read read) {
      String text = read.text().strip().replaceFirst("2\\s*[.．]$", "2").replaceFirst("3\\s*[.．]$", "3,").replaceFirst("^1\\s*[.．]\\s*", "1");
      return text.equals(read.text().strip()) ? read : new Read(text, 90);
    }
  }

  /**
   * Labels opened by a bracketed ordinal at the same place in every row of a table without rulings: the blank half
   * of the full-width closing bracket (drawn here as a gap after it) runs down the rows like a column's edge, but the
   * ordinal is no cell of its own.
   */
  @Test
  void aBracketedOrdinalIsNoCellOfItsOwn() {
    BufferedImage page = new BufferedImage(WIDTH, HEIGHT / 4, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = pen(page);
    int y = 500;
    String[][] rows = {{"（四）", "无法提供", "0", "44", "0", "44"}, {"（五）", "不予处理", "1", "0", "3", "4"}, {"（六）", "其他处理", "0", "0", "0", "0"}};
    for (String[] row : rows) {
      g.drawString(row[1], COLUMNS[0] + g.getFontMetrics().stringWidth(row[0]) + 16, y);
      draw(g, y, row[0], row[2], row[3], row[4], row[5]);
      y += 2 * LINE_PITCH;
    }
    g.dispose();

    List<PageText.Line> lines = new PageText(new TesseractRecognizer()).read(page);

    assertThat(lines).extracting(PageText.Line::cells).containsExactly(
        List.of("(四)无法提供", "0", "44", "0", "44"),
        List.of("(五)不予处理", "1", "0", "3", "4"),
        List.of("(六)其他处理", "0", "0", "0", "0"));
  }

  /**
   * A page turned to landscape for a wide table (A4 at 200 dpi, 2339 × 1654) prints in the type of the portrait pages:
   * a line of it is its height's share high, not its width's. Measured by its width, a small 0 is less than half a
   * line high, taken for a speck of dust, and every row loses its zeros.
   */
  @Test
  void aPageTurnedToLandscapeIsReadInTheTypeOfAPortraitPage() {
    BufferedImage page = new BufferedImage(2339, 1654, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = pen(page);
    int y = 500;
    draw(g, y, "2.没有现成信息需要另行制作", "0", "0", "3", "3");
    draw(g, y + 2 * LINE_PITCH, "（七）总计", "102", "0", "57", "159");
    draw(g, y + 4 * LINE_PITCH, "四、结转下年度继续办理", "0", "0", "1", "1");
    g.dispose();

    List<PageText.Line> lines = new PageText(new TesseractRecognizer()).read(page);

    assertThat(lines).extracting(PageText.Line::cells).containsExactly(
        List.of("2.没有现成信息需要另行制作", "0", "0", "3", "3"),
        List.of("(七)总计", "102", "0", "57", "159"),
        List.of("四、结转下年度继续办理", "0", "0", "1", "1"));
  }

  /**
   * Labels wrapped over two lines in a table without rulings whose label column is as wide as its labels: each row's
   * first count, set close to the label's first line, stands between its two lines and joins them into one band of
   * ink. The count is parted from the label, which is read line by line; nothing is read as the count but the count.
   */
  @Test
  void aCountBesideALabelWrappedOverTwoLinesIsPartedFromIt() {
    BufferedImage page = new BufferedImage(WIDTH, HEIGHT / 4, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = pen(page);
    String[][] rows = {
        {"2.其他法律行政法规", "禁止公开", "12", "0", "3", "15"},
        {"5.属于三类内部事务", "信息", "4", "1", "0", "5"},
        {"6.属于四类过程", "性信息", "7", "0", "2", "9"}};
    int y = 500;
    for (String[] row : rows) {
      g.drawString(row[0], COLUMNS[1] - 8 - g.getFontMetrics().stringWidth(row[0]), y);
      g.drawString(row[1], COLUMNS[1] - 8 - g.getFontMetrics().stringWidth(row[0]), y + WRAP_PITCH);
      draw(g, y + WRAP_PITCH / 2, "", row[2], row[3], row[4], row[5]);
      y += 3 * LINE_PITCH;
    }
    g.dispose();

    List<PageText.Line> lines = new PageText(new TesseractRecognizer()).read(page);

    assertThat(lines).extracting(PageText.Line::cells).containsExactly(
        List.of("2.其他法律行政法规禁止公开", "12", "0", "3", "15"),
        List.of("5.属于三类内部事务信息", "4", "1", "0", "5"),
        List.of("6.属于四类过程性信息", "7", "0", "2", "9"));
  }

  /**
   * A ruled table whose borders between the count columns a small picture or a JPEG lost in a row (drawn in the row
   * above): the row's counts are read one column at a time, where the columns drawn above part them, also beside a
   * label whose border was lost too; a header merged over those columns, its text across their borders, stays one cell.
   */
  @Test
  void countsOfARowThatLostTheBordersBetweenTheirColumnsAreReadEachInItsColumn() {
    BufferedImage page = new BufferedImage(WIDTH, HEIGHT / 4, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = pen(page);
    int[] xs = {100, 500, 640, 780, 920, 1060};
    int[] ys = {400, 460, 520, 580, 640};
    g.setStroke(new java.awt.BasicStroke(2));
    for (int y : ys) {
      g.drawLine(xs[0], y, xs[xs.length - 1], y);
    }
    g.drawLine(xs[0], ys[0], xs[0], ys[4]);
    g.drawLine(xs[1], ys[0], xs[1], ys[3]);
    g.drawLine(xs[5], ys[0], xs[5], ys[4]);
    String[] more = {"7", "0", "1", "8"};
    g.drawString("2.其他法律行政法规禁止公开", xs[0] + 10, ys[3] + 40);
    for (int k = 0; k < 4; k++) {
      g.drawString(more[k], xs[k + 1] + 8, ys[3] + 40);
    }
    for (int k = 2; k < 5; k++) {
      g.drawLine(xs[k], ys[1], xs[k], ys[2]); // drawn in the row of column names only
    }
    g.drawString("申请人情况", 700, ys[0] + 40);
    String[] names = {"自然人", "商业企业", "其他", "总计"};
    String[] counts = {"12", "0", "3", "15"};
    g.drawString("1.属于国家秘密", xs[0] + 10, ys[2] + 40);
    for (int k = 0; k < 4; k++) {
      g.drawString(names[k], xs[k + 1] + 8, ys[1] + 40);
      g.drawString(counts[k], xs[k + 1] + 8, ys[2] + 40);
    }
    g.dispose();

    List<PageText.Line> lines = new PageText(new TesseractRecognizer()).read(page);

    assertThat(lines).extracting(PageText.Line::cells).containsExactly(
        List.of("", "申请人情况", "", "", ""),
        List.of("", "自然人", "商业企业", "其他", "总计"),
        List.of("1.属于国家秘密", "12", "0", "3", "15"),
        List.of("2.其他法律行政法规禁止公开", "7", "0", "1", "8"));
  }

  /**
   * A ruled table wider than its page, cut by the picture's edge (or whose closing border the scan lost): its row
   * borders run on past the last column border to the edge. The last column's counts are read as its cells, each in
   * its row; read as text beside the table, each row would be a count short, its counts placed a column off.
   */
  @Test
  void theLastColumnOfATableCutByThePicturesEdgeIsReadAsItsCells() {
    BufferedImage page = new BufferedImage(WIDTH, HEIGHT / 4, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = pen(page);
    int[] xs = {100, 500, 640, 780, 920};
    int[] ys = {400, 460, 520, 580};
    g.setStroke(new java.awt.BasicStroke(2));
    for (int y : ys) {
      g.drawLine(xs[0], y, WIDTH, y);
    }
    for (int x : xs) {
      g.drawLine(x, ys[0], x, ys[3]);
    }
    String[][] rows = {{"", "自然人", "商业企业", "其他", "总计"}, {"1.属于国家秘密", "12", "0", "3", "15"},
        {"2.其他法律行政法规禁止公开", "7", "0", "1", "8"}};
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < xs.length; c++) {
        g.drawString(rows[r][c], xs[c] + 10, ys[r] + 40);
      }
    }
    g.dispose();

    List<PageText.Line> lines = new PageText(new TesseractRecognizer()).read(page);

    assertThat(lines).extracting(PageText.Line::cells).containsExactly(
        List.of(rows[0]), List.of(rows[1]), List.of(rows[2]));
  }

  /**
   * A column border that runs on, past the row border it ends at, into a stroke of the character below it (其 of a
   * label merged across the columns, a few pixels below the border, as a narrow page's larger text sets it): the scan
   * joins the two, and the border is still kept as far as the rows it parts, so the labels either side of it stay
   * two cells.
   */
  @Test
  void aColumnBorderJoinedToAStrokeBelowItsEndIsKept() {
    BufferedImage page = new BufferedImage(WIDTH, HEIGHT / 4, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = pen(page);
    int[] xs = {100, 260, 560, 700, 840, 980, 1120};
    int[] ys = {400, 460, 520, 580};
    g.setStroke(new java.awt.BasicStroke(2));
    for (int y : ys) {
      g.drawLine(xs[0], y, xs[xs.length - 1], y);
    }
    for (int k = 0; k < xs.length; k++) {
      g.drawLine(xs[k], ys[0], xs[k], k == 1 ? ys[2] : ys[3]);
    }
    g.setStroke(new java.awt.BasicStroke(3));
    g.drawLine(xs[1], ys[2] + 8, xs[1], ys[2] + 8 + page.getWidth() / 45); // a glyph's stroke below the border's end
    String[][] rows = {{"其他", "1.属于国家秘密", "12", "0", "3", "15"}, {"", "2.其他法律", "7", "0", "1", "8"}};
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < xs.length - 1; c++) {
        g.drawString(rows[r][c], xs[c] + 10, ys[r] + 40);
      }
    }
    g.drawString("其他", xs[1] + 14, ys[2] + 40);
    g.drawString("4", xs[2] + 10, ys[2] + 40);
    g.dispose();

    List<PageText.Line> lines = new PageText(new TesseractRecognizer()).read(page);

    assertThat(lines).extracting(PageText.Line::cells).startsWith(List.of(rows[0]), List.of(rows[1]));
  }

  /**
   * A group's label merged down over its items' rows, the border between it and one item's label lost: the cells the
   * lost border joins make no rectangle, so they are no merged cell. The group's label is read alone, each item's in
   * its row, never the items' labels in the group's box and the item's own left blank.
   */
  @Test
  void aGroupLabelJoinedToAnItemByALostBorderIsReadApartFromIt() {
    BufferedImage page = new BufferedImage(WIDTH, HEIGHT / 4, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = pen(page);
    int[] xs = {100, 260, 560, 700, 840, 980, 1120};
    int[] ys = {400, 460, 520, 580};
    g.setStroke(new java.awt.BasicStroke(2));
    g.drawLine(xs[0], ys[0], xs[6], ys[0]);
    g.drawLine(xs[0], ys[3], xs[6], ys[3]);
    for (int y = 1; y < ys.length - 1; y++) {
      g.drawLine(xs[1], ys[y], xs[6], ys[y]); // the group's column merged down
    }
    for (int k = 0; k < xs.length; k++) {
      if (k == 1) {
        g.drawLine(xs[k], ys[0], xs[k], ys[1]);
        g.drawLine(xs[k], ys[2], xs[k], ys[3]); // lost beside the second item
      } else {
        g.drawLine(xs[k], ys[0], xs[k], ys[3]);
      }
    }
    String[][] rows = {{"不予公开", "1.属于国家秘密", "12", "0", "3", "15"}, {"", "2.其他法律", "7", "0", "1", "8"}, {"", "3.危及", "2", "0", "0", "2"}};
    for (int r = 0; r < rows.length; r++) {
      for (int c = 1; c < xs.length - 1; c++) {
        g.drawString(rows[r][c], xs[c] + 10, ys[r] + 40);
      }
    }
    g.drawString(rows[0][0], xs[0] + 10, ys[1] + 40);
    g.dispose();

    List<PageText.Line> lines = new PageText(new TesseractRecognizer()).read(page);

    assertThat(lines).extracting(PageText.Line::cells).containsExactly(List.of(rows[0]), List.of(rows[1]), List.of(rows[2]));
  }

  /**
   * Labels of a table without rulings wrapped a few characters a line in their narrow column, the cells' text set at
   * their top (a narrow page of an HTML table): each row's counts stand on its label's first line, which opens with
   * an ordinal, and the rest of the label below is joined to it; the next row's label, which opens with its own
   * ordinal, and a heading after the table, wider than the label's column, are not.
   */
  @Test
  void theRestOfALabelWrappedBelowItsRowIsJoinedToIt() {
    BufferedImage page = new BufferedImage(WIDTH, HEIGHT / 4, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = pen(page);
    int y = 400;
    draw(g, y, "3.危及", "2", "0", "1", "3");
    g.drawString("三安全", COLUMNS[0], y + WRAP_PITCH);
    g.drawString("一稳定", COLUMNS[0], y + 2 * WRAP_PITCH);
    y += 2 * WRAP_PITCH + LINE_PITCH;
    draw(g, y, "4.保护", "5", "0", "0", "5");
    g.drawString("第三方", COLUMNS[0], y + WRAP_PITCH);
    y += WRAP_PITCH + LINE_PITCH;
    draw(g, y, "5.属于", "6", "4", "0", "10");
    g.drawString("四、政府信息公开行政复议、行政诉讼情况", COLUMNS[0], y + WRAP_PITCH + 4);
    g.dispose();

    List<PageText.Line> lines = new PageText(new TesseractRecognizer()).read(page);

    assertThat(lines).extracting(PageText.Line::cells).containsExactly(
        List.of("3.危及三安全一稳定", "2", "0", "1", "3"), List.of("4.保护第三方", "5", "0", "0", "5"),
        List.of("5.属于", "6", "4", "0", "10"), List.of("四、政府信息公开行政复议、行政诉讼情况"));
  }

  /**
   * A three-line table's header whose narrow columns print their titles a character a line (自 / 然 / 人), its rules
   * blurred a line's fifth high: the titles are one row, each read as the word it is, in its column over the counts;
   * the rules cross no column border and are no text (read as {@code 一一一}, the heading below would be joined to them).
   */
  @Test
  void aHeaderPrintingItsTitlesACharacterALineIsOneRowOfWordsAndItsRulesNoText() {
    BufferedImage page = new BufferedImage(WIDTH, HEIGHT / 4, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = pen(page);
    int y = 300;
    g.fillRect(COLUMNS[0], y - LINE_PITCH, 900, 5);
    String[] titles = {"自然人", "商业企业", "科研机构", "总计"};
    g.drawString("信息内容", COLUMNS[0], y);
    for (int c = 0; c < titles.length; c++) {
      for (int k = 0; k < titles[c].length(); k++) {
        g.drawString(titles[c].substring(k, k + 1), COLUMNS[c + 1], y + k * LINE_PITCH);
      }
    }
    y += 4 * LINE_PITCH;
    draw(g, y, "（一）予以公开", "2", "0", "1", "3");
    g.fillRect(COLUMNS[0], y + LINE_PITCH / 2, 900, 5);
    g.drawString("四、政府信息公开行政复议、行政诉讼情况", COLUMNS[0], y + 2 * LINE_PITCH);
    g.dispose();

    List<PageText.Line> lines = new PageText(new TesseractRecognizer()).read(page);

    assertThat(lines).extracting(PageText.Line::cells).containsExactly(
        List.of("信息内容", "自然人", "商业企业", "科研机构", "总计"), List.of("(一)予以公开", "2", "0", "1", "3"),
        List.of("四、政府信息公开行政复议、行政诉讼情况"));
  }

  /**
   * Two rows of a table without rulings that a group's label, set across their border, joins into one band of ink:
   * each column of counts holds two lines, one count each. The band is parted between them and each row's counts
   * are read on its label's line, none doubted as a number wrapped in its column. A row whose label and counts all
   * wrap (no ordinal opens the label's second line) is one row: its counts stay doubted.
   */
  @Test
  void twoRowsAGroupLabelJoinsAreReadEachWithItsCounts() {
    BufferedImage page = new BufferedImage(WIDTH, HEIGHT / 8, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = pen(page);
    g.drawString("不予", 20, 215);
    g.drawString("公开", 20, 241);
    g.drawString("4.保护第三方", COLUMNS[0] + 20, 200);
    g.drawString("合法权益", COLUMNS[0] + 20, 226);
    draw(g, 213, "", "2", "0", "1", "3");
    g.drawString("5.属于三类", COLUMNS[0] + 20, 256);
    draw(g, 256, "", "6", "4", "0", "10");
    g.drawString("四、结转下年", COLUMNS[0] + 20, 500);
    draw(g, 500, "", "241", "133", "100", "12");
    g.drawString("度继续办理", COLUMNS[0] + 20, 518);
    draw(g, 518, "", "75", "64", "21", "3");
    g.dispose();

    List<PageText.Line> lines = new PageText(new TesseractRecognizer()).read(page);

    assertThat(lines).hasSize(3);
    assertThat(lines.get(0).cells()).endsWith("4.保护第三方合法权益", "2", "0", "1", "3");
    assertThat(lines.get(1).cells()).endsWith("5.属于三类", "6", "4", "0", "10");
    assertThat(lines.get(2).cells()).endsWith("", "", "", "");
  }

  /**
   * A three-line table's rows whose labels wrap over two lines, each row's counts set between its label's lines, a
   * pixel above the second, and a group's label joining the rows into one band of ink: each label's line goes with
   * the counts nearest it, not parted where the least ink is, the group label's top just above a label's second line
   * (the row's label read as its first line, the next row's as the rest of it and its own, or no row parted).
   */
  @Test
  void wrappedLabelsGoWithTheCountsNearestThemWhereAGroupLabelJoinsTheRows() {
    BufferedImage page = new BufferedImage(WIDTH, HEIGHT / 8, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = pen(page);
    draw(g, 150, "2.重复申请", "16", "0", "0", "16");
    String[][] rows = {{"3.要求提供公", "开出版物", "3", "0", "0", "3"}, {"4.无正当理由", "大量反复申请", "3", "1", "0", "4"}};
    int y = 220;
    for (String[] row : rows) {
      g.drawString(row[0], COLUMNS[0] + 80, y);
      g.drawString(row[1], COLUMNS[0] + 80, y + 35);
      draw(g, y + 15, "", row[2], row[3], row[4], row[5]);
      y += 58;
    }
    g.drawString("（五）不予处", 10, 252);
    g.drawString("理", 10, 272);
    g.dispose();

    List<PageText.Line> lines = new PageText(new TesseractRecognizer()).read(page);

    assertThat(lines).hasSize(3);
    assertThat(lines.get(1).cells()).endsWith("3.要求提供公开出版物", "3", "0", "0", "3");
    assertThat(lines.get(2).cells()).endsWith("4.无正当理由大量反复申请", "3", "1", "0", "4");
  }

  /**
   * An engine that reads a lone 1 as a character and, allowed digits only, as nothing (as Tesseract's Chinese model
   * reads a serif 1: 工, 亚): the cells holding a 1 are read by the shapes of the digits the table prints in its other
   * counts, ruled or not; a character where a count stands that matches no digit learned is still left blank.
   */
  @Test
  void aOneTheEngineMisreadsIsReadByTheShapesOfTheTablesOtherDigits() {
    String[][] rows = {{"1.属于国家秘密", "12", "0", "3", "15"}, {"2.其他法律行政法规禁止公开", "1", "0", "1", "2"},
        {"3.危及", "31", "7", "亚", "38"}};
    BufferedImage page = page(HEIGHT / 4, g -> {
      ruled(g, rows);
      int y = 800;
      draw(g, y, "4.保护第三方合法权益", "20", "1", "0", "21");
      draw(g, y + LINE_PITCH, "5.属于三类内部事务信息", "0", "10", "12", "22");
      draw(g, y + 2 * LINE_PITCH, "6.属于四类过程性信息", "11", "0", "1", "12");
    });

    List<PageText.Line> lines = new PageText(new LoneOne(new TesseractRecognizer(), new Recognizer.Read("工", 60), false)).read(page);

    assertThat(lines).extracting(PageText.Line::cells).containsExactly(
        List.of(rows[0]), List.of(rows[1]), List.of("3.危及", "31", "7", "", "38"),
        List.of("4.保护第三方合法权益", "20", "1", "0", "21"), List.of("5.属于三类内部事务信息", "0", "10", "12", "22"),
        List.of("6.属于四类过程性信息", "11", "0", "1", "12"));
  }

  /**
   * An engine that finds nothing in a ruled cell holding a lone 1 (Tesseract's Chinese model drops a thin glyph) but
   * reads it allowed digits only: the cell, standing where counts stand, is read again as digits; a blank cell is not.
   */
  @Test
  void aRuledCellWhoseInkTheEngineReadAsNothingIsReadAgainAsDigits() {
    String[][] rows = {{"1.属于国家秘密", "12", "0", "3", "15"}, {"2.其他法律行政法规禁止公开", "20", "0", "1", "21"},
        {"3.危及", "31", "7", "", "38"}};
    BufferedImage page = page(HEIGHT / 4, g -> ruled(g, rows));

    List<PageText.Line> lines = new PageText(new LoneOne(new TesseractRecognizer(), new Recognizer.Read("", 0), true)).read(page);

    assertThat(lines).extracting(PageText.Line::cells).containsExactly(List.of(rows[0]), List.of(rows[1]), List.of(rows[2]));
  }

  /**
   * An engine that finds nothing in a lone 0, in lines or allowed digits only (a photo's faint, blurred 0, a few dozen
   * levels under its paper), but reads it in black and white as a word of digits: the cells holding a 0, where counts
   * stand, are read again so; an engine unsure of that reading too leaves them blank, never guessed.
   */
  @Test
  void aLoneZeroTheLineModelFindsNothingInIsReadAgainInBlackAndWhiteAsAWord() {
    BufferedImage page = new BufferedImage(WIDTH, HEIGHT / 4, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = pen(page);
    String[][] rows = {{"1.属于国家秘密", "12", "0", "3", "15"}, {"2.其他法律行政法规禁止公开", "21", "0", "1", "22"},
        {"3.危及", "31", "7", "0", "38"}};
    ruled(g, rows);
    g.dispose();

    List<PageText.Line> sure = new PageText(new ZeroUnseen(new TesseractRecognizer(), 90)).read(page);
    List<PageText.Line> unsure = new PageText(new ZeroUnseen(new TesseractRecognizer(), 40)).read(page);

    assertThat(sure).extracting(PageText.Line::cells).containsExactly(List.of(rows[0]), List.of(rows[1]), List.of(rows[2]));
    assertThat(unsure).extracting(PageText.Line::cells).containsExactly(List.of("1.属于国家秘密", "12", "", "3", "15"),
        List.of("2.其他法律行政法规禁止公开", "21", "", "1", "22"), List.of("3.危及", "31", "7", "", "38"));
  }

  /**
   * Reads as the wrapped engine does, but finds nothing in a lone 0 but in black and white as a word of digits, there
   * with {@code confidence}.
   */
  private record ZeroUnseen(Recognizer engine, float confidence) implements Misreading {

    @Override
    public Read readDigits(BufferedImage block) {
      return misread(engine.readDigits(block));
    }

    @Override
    public Read readDigitWord(BufferedImage block) {
      Read read = engine.readDigitWord(block);
      boolean twoLevel = java.util.Arrays.stream(block.getRaster().getSamples(0, 0, block.getWidth(), block.getHeight(), 0, (int[]) null))
          .allMatch(v -> v == 0 || v == 255);
      return !read.text().equals("0") ? read : twoLevel ? new Read("0", confidence) : new Read("", 0);
    }

    @Override
    public Read misread(Read read) {
      return read.text().equals("0") ? new Read("", 0) : read;
    }
  }

  /**
   * A document's pictures, section 三's table and then section 四's, whose one row of counts holds a lone 1 the
   * engine misreads as a character (as in a Word file's pictures): read by one OCR for the document, the 1 is read by
   * the shapes of the digits section 三's picture printed; read alone, the picture teaches too few digits, and the
   * cell is left without a value, printed illegible.
   */
  @Test
  void aOneTheEngineMisreadsInAPictureIsReadByTheDigitsOfTheDocumentsPictureBefore() {
    BufferedImage applications = page(HEIGHT / 4, g -> ruled(g, new String[][] {{"1.属于国家秘密", "12", "0", "3", "15"},
        {"2.其他法律行政法规禁止公开", "20", "0", "6", "26"}, {"3.危及", "31", "7", "4", "42"}}));
    BufferedImage review = page(HEIGHT / 4, g -> ruled(g, new String[][] {{"行政复议", "维持", "纠正", "其他", "总计"},
        {"结果", "尚未审结", "结果", "审结", "合计"}, {"数量", "6", "1", "0", "7"}}));
    OcrPages ocr = new OcrPages(new LoneOne(new TesseractRecognizer(), new Recognizer.Read("工", 0), false), "test");

    String alone = ocr.read(1, p -> review).text();
    PageOcr document = ocr.forDocument();
    document.read(1, p -> applications);
    String afterApplications = document.read(1, p -> review).text();

    assertThat(alone).contains("数量\t6\t" + CellKind.ILLEGIBLE + "\t0\t7");
    assertThat(afterApplications).contains("数量\t6\t1\t0\t7");
  }

  /**
   * The same in a three-line table (no rulings, its lines read piece by piece): section 四's one row of counts, no
   * other count above or below its misread 1, is read by the shapes of the digits section 三's picture printed, as
   * a ruled cell right of a count is.
   */
  @Test
  void aOneTheEngineMisreadsInTheOneRowOfCountsOfATableWithoutRulingsIsReadByTheDocumentsDigits() {
    BufferedImage applications = page(HEIGHT / 4, g -> {
      draw(g, 300, "1.属于国家秘密", "12", "0", "3", "15");
      draw(g, 300 + LINE_PITCH, "2.其他法律行政法规禁止公开", "20", "0", "6", "26");
      draw(g, 300 + 2 * LINE_PITCH, "3.危及", "31", "7", "4", "42");
    });
    BufferedImage review = page(HEIGHT / 4, g -> {
      draw(g, 300, "行政复议", "维持", "纠正", "其他", "总计");
      draw(g, 300 + LINE_PITCH, "数量", "6", "1", "0", "7");
    });
    PageOcr document = new OcrPages(new LoneOne(new TesseractRecognizer(), new Recognizer.Read("工", 0), false), "test").forDocument();

    document.read(1, p -> applications);

    assertThat(document.read(1, p -> review).text()).contains("数量\t6\t1\t0\t7");
  }

  /**
   * Digits the engine reads glued to a ruled label (its last character, wrapped to a line of its own, read 1; a 3.
   * read 23.) are no count: the row's counts stand in cells of their own. They are dropped, so that no decoder takes
   * them for a count of the row, or of the row above; where most labels of the column end in digits (its border to
   * the first counts lost all down the table), they are kept.
   */
  @Test
  void digitsTheEngineGluesToARuledLabelAreNoCount() {
    String[][] rows = {{"1.属于国家秘密", "12", "0", "3", "15"}, {"2.其他法律行政法规禁止公开", "20", "0", "1", "21"},
        {"3.危及", "31", "7", "0", "38"}};
    BufferedImage page = page(HEIGHT / 4, g -> ruled(g, rows));
    Map<String, String> lastCharacter = Map.of("2.其他法律行政法规禁止公开", "2.其他法律行政法规禁止公开1");
    Map<String, String> ordinal = Map.of("3.危及", "23.危及");
    Map<String, String> everyLabel = Map.of("1.属于国家秘密", "1.属于国家秘密1", "2.其他法律行政法规禁止公开", "2.其他法律行政法规禁止公开0");

    List<PageText.Line> afterLastCharacter = new PageText(new Misreads(new TesseractRecognizer(), lastCharacter)).read(page);
    List<PageText.Line> inOrdinal = new PageText(new Misreads(new TesseractRecognizer(), ordinal)).read(page);
    List<PageText.Line> inEveryLabel = new PageText(new Misreads(new TesseractRecognizer(), everyLabel)).read(page);

    assertThat(afterLastCharacter).extracting(PageText.Line::cells).containsExactly(List.of(rows[0]), List.of(rows[1]), List.of(rows[2]));
    assertThat(inOrdinal).extracting(PageText.Line::cells).containsExactly(
        List.of(rows[0]), List.of(rows[1]), List.of("危及", "31", "7", "0", "38"));
    assertThat(inEveryLabel).extracting(l -> l.cells().get(0)).containsExactly("1.属于国家秘密1", "2.其他法律行政法规禁止公开0", "3.危及");
  }

  /**
   * A dash (none) alone in a ruled cell, which the engine reads as a character ({@code 加}): its ink, one flat
   * solid stroke at a count's middle height, is the mark it shows, not a count left illegible.
   */
  @Test
  void aDashTheEngineReadsAsACharacterIsTheMarkOfNone() {
    String[][] rows = {{"1.属于国家秘密", "12", "0", "3", "15"}, {"2.其他法律行政法规禁止公开", "20", "0", "1", "21"},
        {"3.危及", "31", "7", "", "38"}};
    BufferedImage page = page(HEIGHT / 4, g -> {
      ruled(g, rows);
      g.fillRect(790, 452, 12, 3);
    });

    List<PageText.Line> lines = new PageText(new SmallInkAs(new TesseractRecognizer(), "加")).read(page);

    assertThat(lines).extracting(PageText.Line::cells).containsExactly(
        List.of(rows[0]), List.of(rows[1]), List.of("3.危及", "31", "7", Dashes.DASH, "38"));
  }

  /**
   * The same dash first in a row of counts under titles (section 四's one row), where no count stands before it nor
   * above it: read, unsure, as a character, it is still the mark it shows, and the counts after it keep their columns.
   */
  @Test
  void aDashOpeningARowOfCountsUnderTitlesIsTheMarkOfNone() {
    BufferedImage page = page(HEIGHT / 4, g -> {
      ruled(g, new String[][] {{"行政复议", "维持", "纠正", "其他", "总计"}, {"结果", "审结", "结果", "审结", "合计"}, {"", "6", "1", "0", "7"}});
      g.fillRect(290, 452, 12, 3);
    });

    List<PageText.Line> lines = new PageText(new SmallInkAs(new TesseractRecognizer(), "四")).read(page);

    assertThat(lines.get(lines.size() - 1).cells()).containsExactly(Dashes.DASH, "6", "1", "0", "7");
  }

  /** Reads as the wrapped engine does, but a piece too low for a glyph (a dash) as {@code text}, unsure. */
  private record SmallInkAs(Recognizer engine, String text) implements ForwardingRecognizer {

    @Override
    public Read read(BufferedImage block) {
      return block.getHeight() < 2 * 8 + 6 ? new Read(text, 40) : engine.read(block);
    }

    @Override
    public Read readWord(BufferedImage block) {
      return block.getHeight() < 2 * 2 * 8 + 12 ? new Read(text, 0) : engine.readWord(block);
    }
  }

  /** Reads as the wrapped engine does, but the texts {@code as} maps as it maps them. */
  private record Misreads(Recognizer engine, Map<String, String> as) implements Misreading {

    @Override
    public Read readDigits(BufferedImage block) {
      return engine.readDigits(block);
    }

    @Override
    public Read misread(Read read) {
      return new Read(as.getOrDefault(read.text(), read.text()), read.confidence());
    }
  }

  /** A recognizer reading as {@code engine()} does, each read of text (not digits alone) through {@link #misread}. */
  private interface Misreading extends Recognizer {

    Recognizer engine();

    Read misread(Read read);

    @Override
    default Read read(BufferedImage block) {
      return misread(engine().read(block));
    }

    @Override
    default Read readWord(BufferedImage block) {
      return misread(engine().readWord(block));
    }

    /** Digits alone read as one word as they are read as a line. */
    @Override
    default Read readDigitWord(BufferedImage block) {
      return readDigits(block);
    }
  }

  /** Reads as the wrapped engine does, but a lone 1 as {@code asText}; allowed digits only, as 1 or as nothing. */
  private record LoneOne(Recognizer engine, Read asText, boolean seenAsDigits) implements Misreading {

    @Override
    public Read readDigits(BufferedImage block) {
      Read read = engine.readDigits(block);
      return read.text().equals("1") && !seenAsDigits ? new Read("", 0) : read;
    }

    @Override
    public Read misread(Read read) {
      return read.text().equals("1") ? asText : read;
    }
  }

  /** A ruled table of {@code rows} at the top of the page, a cell a value. */
  private static void ruled(Graphics2D g, String[][] rows) {
    int[] xs = {100, 500, 640, 780, 920, 1060};
    int[] ys = {300, 360, 420, 480};
    g.setStroke(new java.awt.BasicStroke(2));
    for (int y : ys) {
      g.drawLine(xs[0], y, xs[xs.length - 1], y);
    }
    for (int x : xs) {
      g.drawLine(x, ys[0], x, ys[ys.length - 1]);
    }
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < rows[r].length; c++) {
        g.drawString(rows[r][c], xs[c] + 10, ys[r] + 40);
      }
    }
  }

  /**
   * A speck of dust a cell gap right of a heading (a tick of 2 × 6 pixels, more than a speck of three) is no cell of
   * its line: read as a character it made the heading a line of two cells, which opens no section. A dash marking
   * none in a table without rulings is a cell still.
   */
  @Test
  void aSpeckRightOfAHeadingIsNoCellAndADashIs() {
    BufferedImage page = new BufferedImage(WIDTH, HEIGHT / 8, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = pen(page);
    g.drawString("三、收到和处理政府信息公开申请情况", COLUMNS[0], 200);
    g.fillRect(900, 188, 2, 6);
    draw(g, 300, "（七）总计", "24", "", "0", "44");
    g.fillRect(COLUMNS[2], 292, 9, 2); // a dash, 9 × 2 pixels
    g.dispose();

    List<PageText.Line> lines = new PageText(new TesseractRecognizer()).read(page);

    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).cells()).containsExactly("三、收到和处理政府信息公开申请情况");
    assertThat(lines.get(1).cells()).hasSize(5).startsWith("(七)总计", "24").endsWith("0", "44");
  }

  /**
   * A blot of dust a cell gap right of a heading, too big for a speck, that the engine reads as a character it doubts
   * ({@code 四}): no cell of the heading's line, which would then be a row of two cells and open no section (the
   * section's table was read as section 二's). The counts of the line below, as wide as the blot, are read.
   */
  @Test
  void aBlotRightOfAHeadingReadAsADoubtedCharacterIsNoCell() {
    BufferedImage page = new BufferedImage(WIDTH, HEIGHT / 8, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = pen(page);
    g.drawString("三、收到和处理政府信息公开申请情况", COLUMNS[0], 200);
    g.fillOval(900, 182, 14, 16);
    draw(g, 300, "（七）总计", "24", "16", "0", "40");
    g.dispose();

    List<PageText.Line> lines = new PageText(new Blot(new TesseractRecognizer(), 40, new Recognizer.Read("四", 20))).read(page);

    assertThat(lines).extracting(PageText.Line::cells).containsExactly(
        List.of("三、收到和处理政府信息公开申请情况"), List.of("(七)总计", "24", "16", "0", "40"));
  }

  /** Reads as the wrapped engine does, but a block at most {@code width} wide that is no digits as {@code as}. */
  private record Blot(Recognizer engine, int width, Read as) implements ForwardingRecognizer {

    @Override
    public Read read(BufferedImage block) {
      return misread(block, engine.read(block));
    }

    @Override
    public Read readWord(BufferedImage block) {
      return misread(block, engine.readWord(block));
    }

    private Read misread(BufferedImage block, Read read) {
      return block.getWidth() <= width && !read.text().matches("\\d+") ? as : read;
    }
  }

  /**
   * Two numbers a word's gap apart in a ruled count cell (a 0 and a 1 beside it: a blot read as a digit, or a border
   * the scan lost) are left without a value (printed illegible, keeping their column) and named, never folded into
   * one count ({@code 01}, 1), nor read again as one.
   */
  @Test
  void numbersAWordsGapApartInARuledCellAreLeftBlank() {
    BufferedImage page = new BufferedImage(WIDTH, HEIGHT / 8, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = pen(page);
    int[] xs = {100, 420, 560, 680, 800, 920};
    int[] ys = {100, 140, 180, 220};
    g.setStroke(new java.awt.BasicStroke(2));
    for (int y : ys) {
      g.drawLine(xs[0], y, xs[5], y);
    }
    for (int x : xs) {
      g.drawLine(x, ys[0], x, ys[3]);
    }
    String[][] rows = {{"（一）予以公开", "5", "0", "7", "12"}, {"（二）部分公开", "3", "0", "1", "4"}, {"（三）不予公开", "6", "0     1", "2", "8"}};
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < rows[r].length; c++) {
        g.drawString(rows[r][c], xs[c] + 8, ys[r] + 30);
      }
    }
    g.dispose();

    List<PageText.Line> lines = new PageText(new TesseractRecognizer()).read(page);

    assertThat(lines.get(2).cells()).containsExactly("(三)不予公开", "6", CellKind.ILLEGIBLE, "2", "8");
    assertThat(lines.get(2).reads()).anySatisfy(r -> assertThat(r.confidence()).isEqualTo(PageText.DOUBT));
  }

  /**
   * A count in a box one row high across two grid columns (the border between them drawn in the other rows, lost in
   * this one) that the engine reads with a character glued to it ({@code 17和}: a blot beside the digits): standing
   * right of the row's counts, it is read again as a count, as a cell of one column is, never kept as a label (the
   * decoder took it for a second label, and every count before it shifted one column).
   */
  @Test
  void aCountInABoxAcrossTwoColumnsMisreadWithACharacterIsReadAgainAsACount() {
    BufferedImage page = new BufferedImage(WIDTH, HEIGHT / 8, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = pen(page);
    int[] xs = {100, 420, 560, 680, 800, 920, 1040};
    int[] ys = {100, 140, 180, 220};
    g.setStroke(new java.awt.BasicStroke(2));
    for (int y : ys) {
      g.drawLine(xs[0], y, xs[6], y);
    }
    for (int x : xs) {
      g.drawLine(x, ys[0], x, x == xs[5] ? ys[2] : ys[3]);
    }
    String[][] rows = {{"（一）予以公开", "5", "0", "7", "12"}, {"（二）部分公开", "3", "0", "1", "4"}, {"（三）不予公开", "6", "2", "9", "17"}};
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < rows[r].length; c++) {
        g.drawString(rows[r][c], xs[c] + 8, ys[r] + 30);
      }
    }
    g.dispose();

    List<PageText.Line> lines = new PageText(new Misread(new TesseractRecognizer(), "17", "17和")).read(page);

    assertThat(lines.get(2).cells()).containsExactly("(三)不予公开", "6", "2", "9", "17", "");
  }

  /**
   * An engine that reads a 0 as 9 surely, whatever it is asked (as Tesseract reads a 0 with a speck of dust inside):
   * a ring is no 9, so the cell is left blank, printed illegible among the counts; a 9 and a 6 stay as read.
   */
  @Test
  void aZeroTheEngineReadsAsNineIsLeftIllegible() {
    BufferedImage page = new BufferedImage(WIDTH, HEIGHT / 4, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = pen(page);
    String[][] rows = {{"1.属于国家秘密", "12", "0", "3", "15"}, {"2.其他法律行政法规禁止公开", "19", "9", "6", "34"},
        {"3.危及", "31", "0", "9", "40"}};
    ruled(g, rows);
    g.dispose();

    List<PageText.Line> lines = new PageText(new ZeroAsNine(new TesseractRecognizer())).read(page);

    assertThat(lines).extracting(PageText.Line::cells).containsExactly(List.of("1.属于国家秘密", "12", CellKind.ILLEGIBLE, "3", "15"),
        List.of(rows[1]), List.of("3.危及", "31", CellKind.ILLEGIBLE, "9", "40"));
  }

  /**
   * A cell printing a slash ({@code ／}, no such item: a thin stroke leaning right), which the engine reads as 1, surely
   * or not, also allowed digits only: it is the slash it shows, never a count of 1. A 1 of the type stays a 1.
   */
  @Test
  void aSlashTheEngineReadsAsOneIsTheSlash() {
    BufferedImage page = new BufferedImage(WIDTH, HEIGHT / 4, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = pen(page);
    String[][] rows = {{"1.属于国家秘密", "12", "", "3", "15"}, {"2.其他法律行政法规禁止公开", "1", "", "", "1"},
        {"3.危及", "31", "7", "", "38"}};
    ruled(g, rows);
    int[][] slashes = {{0, 2}, {1, 2}, {1, 3}, {2, 3}};
    for (int[] at : slashes) {
      int x = new int[] {100, 500, 640, 780, 920, 1060}[at[1]] + 12;
      int y = 300 + 60 * at[0] + 42;
      g.drawLine(x, y, x + 18, y - 20);
    }
    g.dispose();

    List<PageText.Line> lines = new PageText(new SlashAsOne(new TesseractRecognizer())).read(page);

    assertThat(lines).extracting(PageText.Line::cells).containsExactly(List.of("1.属于国家秘密", "12", "／", "3", "15"),
        List.of("2.其他法律行政法规禁止公开", "1", "／", "／", "1"), List.of("3.危及", "31", "7", "／", "38"));
  }

  /**
   * Reads as the wrapped engine does, but a short reading that is no number (what Tesseract makes of a lone slash:
   * {@code 了}, {@code 人}, {@code ]}) as 1, surely; allowed digits only, nothing as 1.
   */
  private record SlashAsOne(Recognizer engine) implements Misreading {

    @Override
    public Read readDigits(BufferedImage block) {
      Read read = engine.readDigits(block);
      return read.text().isEmpty() ? new Read("1", 90) : read;
    }

    @Override
    public Read misread(Read read) {
      return !read.text().isEmpty() && read.text().length() <= 2 && !CellKind.isPlainDigits(read.text()) ? new Read("1", 90) : read;
    }
  }

  /** Reads as the wrapped engine does, but a 0 as 9, surely, also allowed digits only. */
  private record ZeroAsNine(Recognizer engine) implements Misreading {

    @Override
    public Read readDigits(BufferedImage block) {
      return misread(engine.readDigits(block));
    }

    @Override
    public Read misread(Read read) {
      return read.text().equals("0") ? new Read("9", 92) : read;
    }
  }

  /** Reads as the wrapped engine does, but {@code text} as {@code as}, unsure; allowed digits only, as it is. */
  private record Misread(Recognizer engine, String text, String as) implements Misreading {

    @Override
    public Read readDigits(BufferedImage block) {
      return engine.readDigits(block);
    }

    @Override
    public Read misread(Read read) {
      return read.text().equals(text) ? new Read(as, 70) : read;
    }
  }

  private static Graphics2D pen(BufferedImage page) {
    return Pens.pen(page, font);
  }

  /** A page of the full width and {@code height} with what {@code drawing} draws on it with {@link #pen}. */
  private static BufferedImage page(int height, Consumer<Graphics2D> drawing) {
    BufferedImage page = new BufferedImage(WIDTH, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = pen(page);
    drawing.accept(g);
    g.dispose();
    return page;
  }

  private static void draw(Graphics2D g, int y, String label, String... numbers) {
    if (!label.isEmpty()) {
      g.drawString(label, COLUMNS[0], y);
    }
    for (int i = 0; i < numbers.length; i++) {
      if (!numbers[i].isEmpty()) {
        g.drawString(numbers[i], COLUMNS[i + 1], y);
      }
    }
  }
}
