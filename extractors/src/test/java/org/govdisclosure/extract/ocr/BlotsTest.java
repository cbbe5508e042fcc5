package org.govdisclosure.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/**
 * Blots of dust on a 150 dpi page whose type has strokes 3 pixels wide: a round solid blot or a dot apart from the
 * print is paper; a decimal point between its digits, an ordinal's full stop, a colon, a small ring of a 0, a hyphen
 * and a blot that touches a digit stay ink.
 */
class BlotsTest {

  private static final int WIDTH = 1240;
  private static final int HEIGHT = 400;

  @Test
  void aBlotApartFromThePrintIsPaperAndADecimalPointIsInk() {
    BufferedImage picture = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = picture.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, HEIGHT);
    g.setColor(Color.BLACK);
    g.fillRect(50, 380, 1100, 2); // a ruling: the page lies straight
    for (int k = 0; k < 40; k++) {
      g.fillRect(60 + 25 * k, 330, 3, 15); // a line of upright strokes: the type's stroke width
    }
    digit(g, 100, 100); // 0.0: a decimal point 10 pixels from each digit
    g.fillRect(119, 112, 3, 3);
    digit(g, 132, 100);
    g.fill(new Ellipse2D.Double(300, 100, 8, 8)); // a blot alone in a cell
    digit(g, 400, 100); // a count with a blot 5 pixels right of it
    g.fill(new Ellipse2D.Double(413, 104, 8, 7));
    g.fillRect(500, 200, 4, 4); // a dot of dust, far from any print
    g.fillRect(600, 100, 4, 4); // a colon's dots, one above the other
    g.fillRect(600, 112, 4, 4);
    digit(g, 700, 100); // a blot touching a digit
    g.fill(new Ellipse2D.Double(707, 104, 7, 7));
    g.fillRect(800, 106, 7, 3); // a hyphen
    g.fillRect(900, 200, 2, 2); // a lone dot smaller than a stroke
    g.fillRect(1000, 100, 3, 15); // an ordinal's 1, its full stop, and its label a wide space on
    g.fillRect(1008, 112, 3, 3);
    digit(g, 1036, 100);
    g.dispose();

    Ink ink = Ink.of(picture);
    boolean[] ruled = new boolean[WIDTH * HEIGHT];
    java.util.Arrays.fill(ruled, 380 * WIDTH + 50, 380 * WIDTH + 1150, true);
    java.util.Arrays.fill(ruled, 381 * WIDTH + 50, 381 * WIDTH + 1150, true);
    Blots.clear(ink, ruled);

    assertThat(ink.at(304, 104)).as("blot in a cell").isFalse();
    assertThat(ink.crop(300, 100, 310, 110, new boolean[WIDTH * HEIGHT]).getRaster().getSample(4, 4, 0)).as("shown as paper").isGreaterThan(200);
    assertThat(ink.at(416, 107)).as("blot beside a count").isFalse();
    assertThat(ink.at(501, 201)).as("dot of dust").isFalse();
    assertThat(ink.at(120, 113)).as("decimal point").isTrue();
    assertThat(ink.at(601, 101) && ink.at(601, 113)).as("colon").isTrue();
    assertThat(ink.at(401, 105)).as("the count's 0").isTrue();
    assertThat(ink.at(710, 107)).as("blot touching a digit").isTrue();
    assertThat(ink.at(803, 107)).as("hyphen").isTrue();
    assertThat(ink.at(900, 200)).as("dot smaller than a stroke").isTrue();
    assertThat(ink.at(1009, 113)).as("an ordinal's full stop").isTrue();
  }

  /**
   * A bold heading's 、 ({@code 二、主动公开…} at 200 dpi, its rows as the page printed them) is as solid as a blot, apart
   * from the glyphs either side and further from the next than a line's height, but a stroke across its box's diagonal,
   * not round: it stays ink (erased, it left a gap that parted the heading's numeral from its title). A round blot in
   * its place is paper.
   */
  @Test
  void aHeadingsEnumerationCommaIsInkAndARoundBlotInItsPlacePaper() {
    int width = 1654; // an A4 page at 200 dpi: a line 29 pixels high
    int[][] comma = {{21, 2}, {20, 4}, {19, 6}, {17, 9}, {17, 10}, {19, 9}, {20, 9}, {21, 9}, {22, 9}, {23, 8}, {24, 7}, {24, 5}, {25, 3}, {26, 1}};
    BufferedImage picture = new BufferedImage(width, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = picture.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, HEIGHT);
    g.setColor(Color.BLACK);
    g.fillRect(50, 380, 1500, 2); // a ruling: the page lies straight
    for (int k = 0; k < 40; k++) {
      g.fillRect(60 + 25 * k, 330, 3, 15); // a line of upright strokes: the type's stroke width
    }
    for (int[] at : new int[][] {{100, 100}, {500, 100}}) {
      g.fillRect(at[0], at[1] + 5, 13, 6); // the foot of 二 left of it, and 主's 31 pixels right of it
      g.fillRect(at[0] + 62, at[1] + 8, 30, 5);
    }
    for (int r = 0; r < comma.length; r++) {
      g.fillRect(100 + comma[r][0], 100 + r, comma[r][1], 1);
    }
    g.fill(new Ellipse2D.Double(517, 100, 12, 12));
    g.dispose();

    Ink ink = Ink.of(picture);
    boolean[] ruled = new boolean[width * HEIGHT];
    java.util.Arrays.fill(ruled, 380 * width + 50, 380 * width + 1550, true);
    java.util.Arrays.fill(ruled, 381 * width + 50, 381 * width + 1550, true);
    Blots.clear(ink, ruled);

    assertThat(ink.at(125, 108)).as("the heading's 、").isTrue();
    assertThat(ink.at(523, 106)).as("a round blot in its place").isFalse();
  }

  /** A 0 of the page's type: a ring 9 pixels wide and 15 high, strokes 3 pixels wide. */
  private static void digit(Graphics2D g, int x, int y) {
    g.fillRect(x, y, 9, 3);
    g.fillRect(x, y + 12, 9, 3);
    g.fillRect(x, y, 3, 15);
    g.fillRect(x + 6, y, 3, 15);
  }
}
