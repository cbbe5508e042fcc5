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
   * A sheet photographed from a little aside lies on the desk as a four-sided shape whose sides are not a
   * rectangle's (here its top runs level, its left and right sides lean by a degree and a half, the right one
   * longer): no one turn straightens both its rows and its columns. Mapped back onto its rectangle, a column's
   * border runs down one column of pixels and a row's along one row, as on the paper.
   */
  @Test
  void aSheetPhotographedAsideIsSquaredByItsOutline() {
    int width = 1600;
    int height = 1200;
    // The sheet's corners on the desk: top left, top right, bottom right, bottom left.
    double[][] sheet = {{150, 120}, {1450, 120}, {1480, 1100}, {180, 1080}};
    assertSquared(photographed(sheet, width, height));
  }

  /**
   * The same sheet held closer, its top right corner past the picture's edge: the sides still show where they meet,
   * and the sheet is squared by them as when the whole of it is in the picture.
   */
  @Test
  void aSheetWhoseCornerThePictureCutsIsSquaredByItsSides() {
    int width = 1600;
    int height = 1200;
    double[][] sheet = {{150, 120}, {1630, 90}, {1540, 1100}, {180, 1080}};
    assertSquared(photographed(sheet, width, height));
  }

  /**
   * The sheet's column border at two fifths of its width lies in one column of pixels once read: where its ink lies in
   * a row near the top and one near the bottom.
   */
  private static void assertSquared(BufferedImage page) {
    Ink ink = Ink.of(page);
    int top = darkestColumn(ink, 300, 600, 1000);
    int bottom = darkestColumn(ink, 900, 600, 1000);
    assertThat(Math.abs(top - bottom)).as("the column border's drift from top to bottom, " + top + " to " + bottom).isLessThanOrEqualTo(2);
  }

  /**
   * A lamp lighting the right side of the page brighter than most of it: the paper there is lighter than the page's
   * paper. It is paper, as is the dimmer paper left; the print on both sides is ink.
   */
  @Test
  void paperLitBrighterOnOneSideThanMostOfThePageIsPaper() {
    BufferedImage page = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = page.createGraphics();
    g.setColor(new Color(236, 236, 236));
    g.fillRect(0, 0, WIDTH, HEIGHT);
    g.setColor(new Color(251, 251, 251));
    g.fillRect(WIDTH * 3 / 5, 0, WIDTH - WIDTH * 3 / 5, HEIGHT); // the lamp's side
    g.setColor(new Color(90, 90, 90));
    g.fillRect(200, 200, 3, 20); // print on the dim side
    g.fillRect(1000, 200, 3, 20); // and on the bright one
    g.dispose();

    Ink ink = Ink.of(page);

    assertThat(ink.at(400, 100)).as("the dimmer paper").isFalse();
    assertThat(ink.at(1100, 100)).as("the brighter paper").isFalse();
    assertThat(ink.at(201, 210)).as("print on the dim side").isTrue();
    assertThat(ink.at(1001, 210)).as("print on the bright side").isTrue();
  }

  /**
   * A photographed page's gray paper on a dark desk filling a third of the picture: the desk is made the paper's
   * gray, not white, so that the print, not the paper, is told from the desk's level; no grain of the paper is ink.
   */
  @Test
  void theDeskAroundGrayPaperIsMadeThePapersGray() {
    int width = 1600;
    int height = 1200;
    BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    java.util.Random grain = new java.util.Random(7);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        boolean paper = x >= 250 && x < width - 250 && y >= 150 && y < height - 150;
        boolean print = paper && y >= 360 && y < 380 && x % 40 < 4;
        page.getRaster().setSample(x, y, 0, print ? 60 : paper ? 225 + grain.nextInt(16) : 50);
      }
    }

    Ink ink = Ink.of(page);

    int grainInk = 0;
    for (int y = 920; y < 1000; y++) {
      for (int x = 400; x < 1200; x++) {
        grainInk += ink.at(x, y) ? 1 : 0;
      }
    }
    assertThat(grainInk).as("grain taken for ink in a blank part of the paper").isLessThan(100);
    assertThat(ink.at(401, 365)).as("the print").isTrue();
  }

  /** A ruled grid on a sheet lying on a dark desk with the given corners. */
  private static BufferedImage photographed(double[][] sheet, int width, int height) {
    BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        double[] uv = onSheet(sheet, x, y);
        int level = 60; // the desk
        if (uv != null) {
          // Columns at a fifth of its width, rows at a tenth of its height, 3/1000 thick.
          boolean ruling = Math.abs(uv[0] * 5 - Math.round(uv[0] * 5)) < 0.0075 && uv[0] > 0.1 && uv[0] < 0.9
              || Math.abs(uv[1] * 10 - Math.round(uv[1] * 10)) < 0.015 && uv[1] > 0.05 && uv[1] < 0.95;
          level = ruling && uv[0] > 0.18 && uv[0] < 0.82 && uv[1] > 0.08 && uv[1] < 0.92 ? 30 : 235;
        }
        page.getRaster().setSample(x, y, 0, level);
      }
    }
    return page;
  }

  /** Where on the sheet (0–1 across and down) the pixel lies, by the sheet's corners, or null off it. */
  private static double[] onSheet(double[][] c, int x, int y) {
    // Bilinear inverse by a few steps of Newton's method, close enough for a test's drawing.
    double u = 0.5;
    double v = 0.5;
    for (int k = 0; k < 20; k++) {
      double px = (1 - u) * (1 - v) * c[0][0] + u * (1 - v) * c[1][0] + u * v * c[2][0] + (1 - u) * v * c[3][0];
      double py = (1 - u) * (1 - v) * c[0][1] + u * (1 - v) * c[1][1] + u * v * c[2][1] + (1 - u) * v * c[3][1];
      double xu = (1 - v) * (c[1][0] - c[0][0]) + v * (c[2][0] - c[3][0]);
      double xv = (1 - u) * (c[3][0] - c[0][0]) + u * (c[2][0] - c[1][0]);
      double yu = (1 - v) * (c[1][1] - c[0][1]) + v * (c[2][1] - c[3][1]);
      double yv = (1 - u) * (c[3][1] - c[0][1]) + u * (c[2][1] - c[1][1]);
      double det = xu * yv - xv * yu;
      u += ((x - px) * yv - (y - py) * xv) / det;
      v += ((y - py) * xu - (x - px) * yu) / det;
    }
    return u < 0 || u > 1 || v < 0 || v > 1 ? null : new double[] {u, v};
  }

  /** The column between {@code x0} and {@code x1} with the most ink in the rows {@code y ± 20}. */
  private static int darkestColumn(Ink ink, int y, int x0, int x1) {
    int best = -1;
    int most = -1;
    for (int x = x0; x < x1; x++) {
      int n = 0;
      for (int yy = y - 20; yy <= y + 20; yy++) {
        n += ink.at(x, yy) ? 1 : 0;
      }
      if (n > most) {
        most = n;
        best = x;
      }
    }
    return best;
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

  /**
   * A photo's faded print and a hairline ruling photographed out of focus, a fifth of the ink's contrast under the
   * paper: lighter than the level half way from the ink threshold to the paper, but a crease darker than the paper
   * either side. Its pixels are dark, so that the rulings are found in them; the paper's grain, the gray rim of a stroke
   * and the paper just past a stroke's end are not.
   */
  @Test
  void aFaintHairlineIsDarkAndThePapersGrainIsNot() {
    BufferedImage page = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    java.util.Random grain = new java.util.Random(11);
    for (int y = 0; y < HEIGHT; y++) {
      for (int x = 0; x < WIDTH; x++) {
        boolean hairline = (y == 200 || y == 201) && x >= 100 && x < 1100;
        boolean stroke = y >= 250 && y < 350 && y % 40 < 30 && x >= 100 && x < 1200 && x % 10 < 3; // lines of text below
        double level = stroke ? 200 : hairline ? 230 : 238;
        page.setRGB(x, y, 0x010101 * (int) Math.max(0, Math.min(255, level + grain.nextGaussian() * 2)));
      }
    }

    Ink ink = Ink.of(page);

    int line = 0;
    int paper = 0;
    for (int x = 120; x < 1080; x++) {
      line += ink.dark[200 * WIDTH + x] || ink.dark[201 * WIDTH + x] ? 1 : 0;
      for (int y = 100; y < 180; y++) {
        paper += ink.dark[y * WIDTH + x] ? 1 : 0;
      }
    }
    assertThat(ink.at(600, 200)).as("the hairline is no ink").isFalse();
    assertThat(line).as("dark pixels along 960 of the hairline").isGreaterThan(900);
    assertThat(paper).as("dark pixels in 76800 of the paper").isLessThan(20);
    int belowStrokes = 0;
    for (int y = 250; y < 360; y++) {
      for (int x = 100; x < 1200; x++) {
        belowStrokes += y % 40 >= 30 && ink.dark[y * WIDTH + x] ? 1 : 0;
      }
    }
    assertThat(belowStrokes).as("dark pixels in the paper below the strokes' ends, which a mean along a stroke runs into")
        .isLessThan(20);
  }
}
