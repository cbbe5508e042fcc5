package org.govdisclosure.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** A fax's faulty scan lines: a streak is cleared and a dropped line filled; print, rulings and borders stay. */
class FaxLinesTest {

  /** A page of 200 dpi turned to landscape, as a fax of a wide table: a line of text is 1653 / 57 = 29 pixels high. */
  private static final int WIDTH = 2338;
  private static final int HEIGHT = 1653;

  /**
   * A table of two rows with a count in each cell, its borders a scan line thick; a streak runs through the counts of
   * the first row from the middle of a cell on past the table, and another from the picture's left edge to the middle
   * of a cell: both are cleared but where a stroke or a border crosses them. The table's hairline borders, ending on
   * the borders that cross them, and a hairline drawn by a turned page (a scan line at a time, each piece going on
   * one line over) stay.
   */
  @Test
  void aStreakIsClearedAndHairlineRulingsStay() {
    BufferedImage fax = faxOfTable(1, g -> {
      g.fillRect(700, 230, 1500, 1); // a streak through the first row's counts, on past the table
      g.fillRect(0, 300, 601, 1); // a streak from the picture's edge, ending on a border by chance
      g.fillRect(300, 560, 1, 80); // a hairline of a turned page between two borders, one scan line lower every 200 pixels
      g.fillRect(1301, 560, 1, 80);
      for (int k = 0; k < 5; k++) {
        g.fillRect(300 + 200 * k, 600 + k, 201, 1);
      }
    });

    BufferedImage mended = FaxLines.mended(fax);

    assertThat(ink(mended, 1300, 230)).as("the streak in a cell").isFalse();
    assertThat(ink(mended, 2100, 230)).as("the streak past the table").isFalse();
    assertThat(ink(mended, 400, 300)).as("the streak from the edge").isFalse();
    assertThat(ink(mended, 1022, 230)).as("a count's stroke it crossed").isTrue();
    assertThat(ink(mended, 1000, 230)).as("a border it crossed").isTrue();
    assertThat(ink(mended, 800, 200)).as("the table's hairline border").isTrue();
    assertThat(ink(mended, 800, 260)).as("the hairline between the rows").isTrue();
    assertThat(ink(mended, 650, 601) && ink(mended, 350, 600) && ink(mended, 1250, 604)).as("the turned hairline").isTrue();
  }

  /**
   * A streak from a table's border to the next through a line of words (a header's, strokes shorter than a line of
   * text crossing it every few pixels) ends on borders as a ruling does, but runs through text, as no ruling does: it
   * is cleared but where the strokes cross it. The table's hairline borders, crossed only by borders, stay.
   */
  @Test
  void aStreakThroughWordsBetweenBordersIsCleared() {
    BufferedImage fax = faxOfTable(1, g -> {
      for (int x = 110; x < 590; x += 12) {
        g.fillRect(x, 280, 2, 20); // the words' strokes in the second row's first cell
      }
      g.fillRect(100, 290, 501, 1); // the streak, from the table's left border to the next
    });

    BufferedImage mended = FaxLines.mended(fax);

    assertThat(ink(mended, 300, 290)).as("the streak between strokes").isFalse();
    assertThat(ink(mended, 302, 290)).as("a stroke it crossed").isTrue();
    assertThat(ink(mended, 800, 260) && ink(mended, 300, 260)).as("the hairline between the rows").isTrue();
    assertThat(ink(mended, 800, 320)).as("the table's bottom border").isTrue();
  }

  /** A scan line dropped white through a table's borders and counts is filled where the lines either side have ink. */
  @Test
  void aDroppedScanLineIsFilled() {
    BufferedImage fax = faxOfTable(1, g -> {
      g.setColor(Color.WHITE);
      g.fillRect(0, 240, WIDTH, 1);
    });

    BufferedImage mended = FaxLines.mended(fax);

    assertThat(ink(mended, 1000, 240)).as("a border across it").isTrue();
    assertThat(ink(mended, 622, 240)).as("a count's stroke").isTrue();
    assertThat(ink(mended, 640, 240)).as("paper between strokes").isFalse();
  }

  /**
   * In a standard-mode fax (each scan line two rows), a dropped scan line through a 0 between its top arc and its
   * sides, which stand a pixel aside of the arc's ends (a curve crosses the line aslant), is filled there too: the 0
   * is closed again, not an arc over a U. Paper inside the 0, under neither, stays paper. In a fine-mode fax, where a
   * curve moves less a scan line, the line is filled straight under the strokes only.
   */
  @Test
  void aDroppedScanLineIsFilledUnderACurve() {
    BufferedImage standard = zeroCutByADroppedLine(2);
    BufferedImage mended = FaxLines.mended(standard);
    assertThat(ink(mended, 1107, 273) && ink(mended, 1112, 273)).as("the 0's curve").isTrue();
    assertThat(ink(mended, 1110, 273)).as("paper inside the 0").isFalse();
    assertThat(ink(mended, 1000, 273)).as("a border across it").isTrue();

    BufferedImage fine = FaxLines.mended(zeroCutByADroppedLine(1));
    assertThat(ink(fine, 1107, 271) || ink(fine, 1112, 271)).as("a fine fax's line, aside of the strokes").isFalse();
    assertThat(ink(fine, 1000, 271)).as("a fine fax's border across it").isTrue();
  }

  /**
   * The table of scan lines {@code rows} pixels high, a 0 in its second row, the scan line under its top arc dropped;
   * a speck in the margin on each scan line, as a scan's grain differs from one line to the next.
   */
  private static BufferedImage zeroCutByADroppedLine(int rows) {
    int top = 270;
    return faxOfTable(rows, g -> {
      for (int y = 0; y < HEIGHT; y += rows) {
        g.fillRect(20 + y / rows * 7 % 60, y, 1, rows);
      }
      g.fillRect(1108, top, 4, rows); // the 0's top arc
      g.fillRect(1105, top + 2 * rows, 3, rows); // its sides, a pixel aside of the arc's ends
      g.fillRect(1112, top + 2 * rows, 3, rows);
      g.fillRect(1105, top + 2 * rows, 2, 14 * rows);
      g.fillRect(1113, top + 2 * rows, 2, 14 * rows);
      g.setColor(Color.WHITE);
      g.fillRect(0, top + rows, WIDTH, rows);
    });
  }

  /**
   * A fax in standard mode stretched to square pixels repeats each scan line: a streak two rows high is one scan
   * line, cleared as one; the table's borders, as thick, stay, blended with the rows beside them as a bilinear
   * stretch draws them.
   */
  @Test
  void aStandardModeScanLineIsItsRowsRepeated() {
    BufferedImage fax = faxOfTable(2, g -> g.fillRect(700, 230, 1500, 2));

    BufferedImage mended = FaxLines.mended(fax);

    assertThat(ink(mended, 1300, 230) || ink(mended, 1300, 231)).as("the streak").isFalse();
    assertThat(ink(mended, 800, 200) && ink(mended, 800, 201)).as("the border").isTrue();
    assertThat(ink(mended, 1000, 230)).as("a border it crossed").isTrue();
    assertThat(mended.getRaster().getSample(800, 199, 0)).as("the row above the border, blended").isEqualTo(191);
  }

  /** A gray picture (a scan, a photo, a rendering) has no scan lines of a fax: it is read as it is. */
  @Test
  void aGrayPictureIsLeftAsItIs() {
    BufferedImage gray = page(BufferedImage.TYPE_BYTE_GRAY, g -> g.fillRect(700, 230, 1500, 1));

    assertThat(FaxLines.mended(gray)).isSameAs(gray);
  }

  /** A fax (black and white) of {@link #table} with borders {@code line} pixels thick, and what {@code more} draws on it. */
  private static BufferedImage faxOfTable(int line, Consumer<Graphics2D> more) {
    return page(BufferedImage.TYPE_BYTE_BINARY, g -> {
      table(g, line);
      more.accept(g);
    });
  }

  /** A white page of the picture {@code type}, with what {@code drawing} draws on it in black. */
  private static BufferedImage page(int type, Consumer<Graphics2D> drawing) {
    BufferedImage page = new BufferedImage(WIDTH, HEIGHT, type);
    Graphics2D g = page.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, HEIGHT);
    g.setColor(Color.BLACK);
    drawing.accept(g);
    g.dispose();
    return page;
  }

  /**
   * Two rows from y 200 to 320 between x 100 and 1900, columns at 600, 1000 and 1400, borders {@code line} pixels
   * thick; in each cell right of the first a count, two strokes 3 pixels wide and 30 high.
   */
  private static void table(Graphics2D g, int line) {
    for (int y : new int[] {200, 260, 320}) {
      g.fillRect(100, y, 1800 + line, line);
    }
    for (int x : new int[] {100, 600, 1000, 1400, 1900}) {
      g.fillRect(x, 200, line, 120 + line);
    }
    for (int x : new int[] {620, 1020, 1420}) {
      for (int y : new int[] {215, 275}) {
        g.fillRect(x, y, 3, 30);
        g.fillRect(x + 15, y, 3, 30);
      }
    }
  }

  /** Whether the level the picture holds at {@code x, y} is ink (its raster's, not getRGB's colour-managed one). */
  private static boolean ink(BufferedImage image, int x, int y) {
    return image.getRaster().getSample(x, y, 0) * (image.getColorModel().getPixelSize() == 1 ? 255 : 1) < 128;
  }
}
