package org.govdisclosure.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** A page's ink: a speck of dust is paper, the least mark of print and the rulings are kept. */
class InkTest {

  /** A page of 150 dpi. */
  private static final int WIDTH = 1240;
  private static final int HEIGHT = 400;

  /**
   * A speck of a pixel or two, off by itself (above a count, in a cell's corner) is no ink, nor shown in a picture of
   * the cell; a decimal point of six pixels two pixels from its digits, a stroke, a lone dot of four pixels are kept.
   */
  @Test
  void aSpeckOfDustIsPaperAndADecimalPointIsInk() {
    BufferedImage page = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = page.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, HEIGHT);
    g.setColor(Color.BLACK);
    g.fillRect(50, 350, 1100, 2); // a ruling: the page lies straight
    g.fillRect(100, 200, 3, 15); // a stroke of a digit (the 4 of 4.53)
    g.fillRect(105, 212, 3, 2); // its decimal point
    g.fillRect(110, 205, 3, 10); // the next digit
    g.fillRect(300, 300, 2, 2); // a dot by itself, four pixels
    g.fillRect(110, 190, 1, 1); // dust above the digit
    g.fillRect(500, 100, 2, 1); // dust in a cell's corner
    g.fillRect(600, 100, 1, 1); // dust two pixels below a cell's border
    g.fillRect(550, 97, 200, 1);
    g.fillRect(700, 150, 1, 1); // two specks four pixels apart
    g.fillRect(700, 154, 1, 1);
    g.dispose();

    Ink ink = Ink.of(page);
    boolean[] ruled = new boolean[WIDTH * HEIGHT];
    java.util.Arrays.fill(ruled, 97 * WIDTH + 550, 97 * WIDTH + 750, true);
    ink.clearSpecks(ruled);

    assertThat(ink.at(110, 190)).as("dust above a digit").isFalse();
    assertThat(ink.at(500, 100) || ink.at(501, 100)).as("dust of two pixels").isFalse();
    assertThat(ink.at(600, 100)).as("dust by a border").isFalse();
    assertThat(ink.at(700, 150) || ink.at(700, 154)).as("dust four pixels apart").isFalse();
    assertThat(ink.at(650, 97)).as("the border").isTrue();
    assertThat(ink.crop(499, 99, 503, 102, new boolean[WIDTH * HEIGHT]).getRaster().getSample(1, 1, 0)).as("shown as paper").isGreaterThan(200);
    assertThat(ink.at(106, 213)).as("decimal point").isTrue();
    assertThat(ink.at(101, 210)).as("stroke").isTrue();
    assertThat(ink.at(300, 300)).as("dot of four pixels").isTrue();
  }

  /**
   * A page photographed on a desk: the dark field around the paper is paper, not ink (it would set the ink threshold
   * and read as rulings); the print on the page, a bold bar and a ruling that runs to the picture's edge stay ink.
   */
  @Test
  void theDarkFieldAroundThePaperIsNoInk() {
    BufferedImage page = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = page.createGraphics();
    g.setColor(new Color(70, 70, 70));
    g.fillRect(0, 0, WIDTH, HEIGHT);
    g.setColor(new Color(235, 235, 235));
    g.fillRect(60, 40, WIDTH - 120, HEIGHT - 80); // the paper
    g.setColor(Color.BLACK);
    g.fillRect(100, 300, WIDTH - 100, 2); // a ruling cut by the picture's edge, across the field
    g.fillRect(200, 100, 6, 40); // a bold stroke
    g.fillRect(300, 120, 40, 3); // a thin one
    g.dispose();

    Ink ink = Ink.of(page);

    assertThat(ink.at(20, 200)).as("the field left of the paper").isFalse();
    assertThat(ink.at(600, 20)).as("the field above it").isFalse();
    assertThat(ink.at(WIDTH - 10, HEIGHT - 10)).as("a corner of the field").isFalse();
    assertThat(ink.at(62, 200)).as("the paper's edge").isFalse();
    assertThat(ink.at(203, 120)).as("the bold stroke").isTrue();
    assertThat(ink.at(320, 121)).as("the thin stroke").isTrue();
    assertThat(ink.at(600, 300)).as("the ruling on the paper").isTrue();
  }

  /**
   * A header row printed on a gray fill and a page whose far side the lamp lit less: a reader sees paper under the
   * fill and in the dim part, the print on both and the rulings around the fill. Read with the page's one threshold,
   * the fill was speckled with dark pixels, which lined up as rulings all across it.
   */
  @Test
  void aShadedFillAndDimLightAreNoInk() {
    BufferedImage page = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    java.util.Random grain = new java.util.Random(7);
    for (int y = 0; y < HEIGHT; y++) {
      for (int x = 0; x < WIDTH; x++) {
        double lamp = x < 800 ? 1 : 1 - 0.3 * (x - 800) / (WIDTH - 800.0); // dimmer towards the right
        boolean fill = x > 100 && x < 700 && y > 100 && y < 170;
        boolean ruling = (y == 100 || y == 101 || y == 170 || y == 171) && x >= 100 && x <= 700
            || (x == 100 || x == 101 || x == 700 || x == 701) && y >= 100 && y <= 171;
        boolean stroke = (x >= 300 && x < 303 || x >= 1000 && x < 1003) && y >= 120 && y < 150 || x >= 300 && x < 330 && y == 135
            || y >= 250 && y < 350 && y % 40 < 30 && x >= 100 && x < 1200 && x % 10 < 3; // lines of text below
        double level = stroke ? 90 : ruling ? 140 : fill ? 205 : 238;
        page.setRGB(x, y, 0x010101 * (int) Math.max(0, Math.min(255, level * lamp + grain.nextGaussian() * 6)));
      }
    }

    Ink ink = Ink.of(page);

    int fillDark = 0;
    int dimDark = 0;
    for (int y = 110; y < 160; y++) {
      for (int x = 120; x < 280; x++) {
        fillDark += ink.dark[y * WIDTH + x] || ink.at(x, y) ? 1 : 0;
      }
      for (int x = 1050; x < 1200; x++) {
        dimDark += ink.dark[y * WIDTH + x] || ink.at(x, y) ? 1 : 0;
      }
    }
    assertThat(fillDark).as("dark pixels in 8000 of the fill").isLessThan(40);
    assertThat(dimDark).as("dark pixels in 7500 of the dim paper").isLessThan(40);
    assertThat(ink.at(301, 130)).as("a stroke on the fill").isTrue();
    assertThat(ink.at(1001, 130)).as("a stroke on the dim paper").isTrue();
    assertThat(ink.dark[170 * WIDTH + 400] && ink.dark[135 * WIDTH + 100]).as("the fill's rulings").isTrue();
  }
}
