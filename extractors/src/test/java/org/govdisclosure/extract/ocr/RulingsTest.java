package org.govdisclosure.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rulings of ruled tables drawn here, as a 150 dpi scan shows them: the grid of columns they part. */
class RulingsTest {

  /** An A4 page's width at 150 dpi; section 四's narrow columns and its text, as Writer sets them, at that scale. */
  private static final int WIDTH = 1240;
  private static final int FONT_PIXELS = 20;
  private static final int COLUMN = 62;

  private static Font font;

  @BeforeAll
  static void loadFont() throws Exception {
    try (InputStream in = RulingsTest.class.getResourceAsStream("/render/cjk-subset.ttf")) {
      font = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont((float) FONT_PIXELS);
    }
  }

  /**
   * Narrow columns whose text is set close against each cell's left border (two-line column names, counts in a row
   * one line high): the text inks one side of every border all along it. Each border, dark from one row border to
   * the next with paper on its other side, parts its columns, so two counts are never one cell.
   */
  @Test
  void bordersWithTextSetCloseAgainstOneSideStillPartTheColumns() {
    BufferedImage image = new BufferedImage(WIDTH, 600, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = Pens.pen(image, font);
    int columns = 8;
    int[] xs = new int[columns + 1];
    for (int c = 0; c <= columns; c++) {
      xs[c] = 150 + c * COLUMN;
    }
    int[] ys = {200, 270, 302};
    g.setStroke(new BasicStroke(2));
    for (int y : ys) {
      g.drawLine(xs[0], y, xs[columns], y);
    }
    for (int x : xs) {
      g.drawLine(x, ys[0], x, ys[2]);
    }
    String[][] names = {{"结果", "维持"}, {"结果", "纠正"}, {"其他", "结果"}, {"尚未", "审结"}};
    String[] counts = {"4", "1", "2", "0", "7", "3", "0", "5"};
    for (int c = 0; c < columns; c++) {
      String[] name = names[c % names.length];
      g.drawString(name[0], xs[c] + 3, ys[0] + 28);
      g.drawString(name[1], xs[c] + 3, ys[0] + 56);
      g.drawString(counts[c], xs[c] + 3, ys[1] + 24);
    }
    g.dispose();

    List<Grid> grids = Grid.of(Rulings.of(Ink.of(image)));

    assertThat(grids).hasSize(1);
    assertThat(grids.get(0).xs).hasSize(columns + 1);
    assertThat(grids.get(0).cells).hasSize(2 * columns);
  }

  /**
   * A heading between two tables on a 150 dpi scan, turned 1.2° and dusty (a strip of a generated report with made-up
   * figures, exported by LibreOffice, rasterized by poppler, in 16 grays): its blurred strokes, with the gaps a scan
   * bridges, run as long as a ruling in every row of the heading, and the columns' borders of the tables reach it;
   * taken for one thick ruling it was erased, and the section it opens lost. The heading's ink is kept.
   */
  @Test
  void aHeadingBetweenTwoTablesIsNotTakenForAThickRuling() throws Exception {
    BufferedImage strip;
    try (InputStream in = RulingsTest.class.getResourceAsStream("heading-between-tables.png")) {
      strip = javax.imageio.ImageIO.read(in);
    }
    Ink ink = Ink.of(strip);

    Rulings rulings = Rulings.of(ink);

    int heading = 0;
    int kept = 0;
    for (int y = 108; y < 130; y++) {
      for (int x = 200; x < 520; x++) {
        heading += ink.at(x, y) ? 1 : 0;
        kept += ink.at(x, y) && !rulings.erased[y * ink.width + x] ? 1 : 0;
      }
    }
    assertThat(heading).isGreaterThan(2000);
    assertThat(kept).as("the heading's ink kept").isEqualTo(heading);
    assertThat(rulings.vertical).as("the tables' column borders").isNotEmpty();
  }

  /**
   * A table's last row carried over alone to the top of the next page (section 四's counts below a header the page
   * before holds): its column borders are one row high, as a stroke of text can be, but they part a row boxed by
   * borders of its own, so it is a grid of its counts, each read as a cell; a line of text in one box is none.
   */
  @Test
  void aRowCarriedOverAloneToTheNextPageIsAGridOfItsCells() {
    BufferedImage image = new BufferedImage(WIDTH, 600, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = Pens.pen(image, font);
    int columns = 15;
    int[] xs = new int[columns + 1];
    for (int c = 0; c <= columns; c++) {
      xs[c] = 150 + c * COLUMN;
    }
    int top = 100;
    int bottom = 132;
    g.setStroke(new BasicStroke(2));
    g.drawLine(xs[0], top, xs[columns], top);
    g.drawLine(xs[0], bottom, xs[columns], bottom);
    for (int x : xs) {
      g.drawLine(x, top, x, bottom);
    }
    for (int c = 0; c < columns; c++) {
      g.drawString(String.valueOf(c % 4), xs[c] + 6, bottom - 8);
    }
    g.drawRect(150, 300, 400, 32);
    g.drawString("五、存在的主要问题及改进情况", 156, 324);
    g.dispose();

    List<Grid> grids = Grid.of(Rulings.of(Ink.of(image)));

    assertThat(grids).hasSize(1);
    assertThat(grids.get(0).ys).hasSize(2);
    assertThat(grids.get(0).xs).hasSize(columns + 1);
    assertThat(grids.get(0).cells).hasSize(columns);
  }

  /**
   * A phone photo of a light gray table: one column's border fades out 7 pixels before the table's bottom border,
   * under a last row taller than a border may run on past its last crossing. Drawn on to the bottom border, it still
   * parts its column in every row, so the counts either side of it are two cells, not one.
   */
  @Test
  void aColumnBorderFadingJustBeforeTheBottomBorderStillPartsItsColumn() {
    BufferedImage image = new BufferedImage(WIDTH, 600, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = Pens.pen(image, font);
    int columns = 6;
    int[] xs = new int[columns + 1];
    for (int c = 0; c <= columns; c++) {
      xs[c] = 150 + c * 2 * COLUMN;
    }
    int[] ys = {100, 150, 200, 300};
    int faded = 3;
    g.setStroke(new BasicStroke(2));
    for (int y : ys) {
      g.drawLine(xs[0], y, xs[columns], y);
    }
    for (int c = 0; c <= columns; c++) {
      g.drawLine(xs[c], ys[0], xs[c], c == faded ? ys[3] - 8 : ys[3]);
    }
    g.dispose();

    List<Grid> grids = Grid.of(Rulings.of(Ink.of(image)));

    assertThat(grids).hasSize(1);
    assertThat(grids.get(0).xs).hasSize(columns + 1);
    assertThat(grids.get(0).cells).hasSize(3 * columns);
  }
}
