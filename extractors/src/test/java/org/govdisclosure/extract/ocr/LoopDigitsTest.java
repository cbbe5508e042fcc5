package org.govdisclosure.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A 0 with dust inside, which the engine reads as 9, is told from a 9 and a 6, and a 6 the engine reads as 5 from a 5:
 * each is closed where the digit read is open.
 */
class LoopDigitsTest {

  private static Font font;

  @BeforeAll
  static void loadFont() throws Exception {
    font = Pens.testFont(22f);
  }

  @Test
  void aZeroWithDustInsideIsNoNine() {
    Ink page = Ink.of(page("0", "10", "9", "6", "19", "0"));
    boolean[] erased = new boolean[page.ink.length];
    speckInside(page, line(page, 0), 0);
    speckInside(page, line(page, 1), 1);

    assertThat(LoopDigits.closedWhereOpen(page, erased, line(page, 0), "9")).isTrue();
    assertThat(LoopDigits.closedWhereOpen(page, erased, line(page, 1), "19")).isTrue();
    assertThat(LoopDigits.closedWhereOpen(page, erased, line(page, 2), "9")).as("a 9").isFalse();
    assertThat(LoopDigits.closedWhereOpen(page, erased, line(page, 3), "6")).as("a 6").isFalse();
    assertThat(LoopDigits.closedWhereOpen(page, erased, line(page, 4), "19")).as("a 19").isFalse();
    assertThat(LoopDigits.closedWhereOpen(page, erased, line(page, 5), "0")).as("a 0 read as 0").isFalse();
  }

  @Test
  void aSixIsNoFive() {
    assertThat(closedWhereOpen("6", "5")).as("a 6 read as 5").isTrue();
    assertThat(closedWhereOpen("56", "55")).as("56 read as 55").isTrue();
    assertThat(closedWhereOpen("36", "35")).as("36 read as 35").isTrue();
    assertThat(closedWhereOpen("5", "5")).as("a 5").isFalse();
    assertThat(closedWhereOpen("56", "56")).as("a 56").isFalse();
    assertThat(closedWhereOpen("15", "15")).as("a 15").isFalse();
  }

  /** Whether {@code read} reads a page printing {@code printed} alone as a glyph closed where the digit read is open. */
  private static boolean closedWhereOpen(String printed, String read) {
    Ink page = Ink.of(page(printed));
    int[] b = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1};
    for (int y = 0; y < page.height; y++) {
      for (int x = 0; x < page.width; x++) {
        if (page.ink[y * page.width + x]) {
          b = new int[] {Math.min(b[0], x), Math.min(b[1], y), Math.max(b[2], x + 1), Math.max(b[3], y + 1)};
        }
      }
    }
    return LoopDigits.closedWhereOpen(page, new boolean[page.ink.length], b, read);
  }

  /** A blot of a few pixels in the middle of the {@code glyph}th glyph's hole (the glyphs of the line from the right). */
  private static void speckInside(Ink page, int[] line, int glyphFromRight) {
    int right = line[2];
    for (int k = 0; k < glyphFromRight; k++) {
      right = leftEdge(page, line, right) - 1;
      while (!inkedColumn(page, line, right - 1)) {
        right--;
      }
    }
    int left = leftEdge(page, line, right);
    int cx = (left + right) / 2;
    int cy = (line[1] + line[3]) / 2;
    for (int y = cy - 1; y <= cy + 1; y++) {
      for (int x = cx - 1; x <= cx + 1; x++) {
        page.ink[y * page.width + x] = true;
      }
    }
  }

  private static int leftEdge(Ink page, int[] line, int right) {
    int x = right - 1;
    while (inkedColumn(page, line, x - 1)) {
      x--;
    }
    return x;
  }

  private static boolean inkedColumn(Ink page, int[] line, int x) {
    for (int y = line[1]; y < line[3]; y++) {
      if (page.ink[y * page.width + x]) {
        return true;
      }
    }
    return false;
  }

  /** The bounds of the ink of the {@code i}th line. */
  private static int[] line(Ink page, int i) {
    int[] b = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1};
    for (int y = 300 + i * Pens.ROW - 30; y < 300 + i * Pens.ROW + 15; y++) {
      for (int x = 190; x < 600; x++) {
        if (page.ink[y * page.width + x]) {
          b = new int[] {Math.min(b[0], x), Math.min(b[1], y), Math.max(b[2], x + 1), Math.max(b[3], y + 1)};
        }
      }
    }
    return b;
  }

  private static BufferedImage page(String... texts) {
    return Pens.lines(font, texts);
  }
}
