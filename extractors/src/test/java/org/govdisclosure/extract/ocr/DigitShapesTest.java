package org.govdisclosure.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Digits read by the shapes of the digits a page prints elsewhere, where the engine cannot read them. */
class DigitShapesTest {

  private static Font font;

  @BeforeAll
  static void loadFont() throws Exception {
    font = Pens.testFont(22f);
  }

  /** A count whose glyphs are all learned, from counts and from a label's ordinal, is read; one unlearned is not. */
  @Test
  void aCountIsReadByTheShapesOfDigitsLearnedOnThePage() {
    String[] printed = {"10", "23", "1.属于国家秘密", "1", "31", "7", "工"};
    Ink page = Ink.of(page(printed));
    boolean[] erased = new boolean[page.ink.length];
    DigitShapes shapes = new DigitShapes();
    shapes.learn(page, erased, box(0), "10");
    shapes.learn(page, erased, box(1), "23");

    assertThat(shapes.read(page, erased, box(3))).isEqualTo("1");
    assertThat(shapes.read(page, erased, box(4))).as("no 3 learned yet").isEqualTo("31");
    assertThat(shapes.read(page, erased, box(5))).as("no 7 learned").isNull();
    assertThat(shapes.read(page, erased, box(6))).as("a character is no digit").isNull();
  }

  /** A page whose counts are misread everywhere still prints its digits in its labels' ordinals. */
  @Test
  void anOrdinalTeachesItsDigit() {
    Ink page = Ink.of(page("1.属于国家秘密", "1", "2.其他"));
    boolean[] erased = new boolean[page.ink.length];
    DigitShapes shapes = new DigitShapes();

    assertThat(shapes.read(page, erased, box(1))).isNull();
    shapes.learnOrdinal(page, erased, box(0), "1.属于国家秘密");
    assertThat(shapes.read(page, erased, box(1))).isEqualTo("1");
  }

  /** A label wrapped in its narrow column teaches the digit its first line opens with. */
  @Test
  void aWrappedLabelsOrdinalTeachesItsDigit() {
    BufferedImage image = page();
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.BLACK);
    g.setFont(font);
    g.drawString("1.本", 200, 300);
    g.drawString("机关不掌", 200, 329);
    g.drawString("1", 200, 420);
    g.dispose();
    Ink page = Ink.of(image);
    boolean[] erased = new boolean[page.ink.length];
    DigitShapes shapes = new DigitShapes();

    shapes.learnOrdinal(page, erased, new int[] {190, 270, 600, 345}, "1.本机关不掌");
    assertThat(shapes.read(page, erased, new int[] {190, 390, 600, 435})).isEqualTo("1");
  }

  /**
   * A sharp rendering may part the edge of a 1's flag from its stem by a blank column: that speck is no digit, so an
   * ordinal opening with it teaches nothing and a count holding it is not read (it would read 11).
   */
  @Test
  void aSpeckPartedFromItsDigitIsNoDigit() {
    Ink page = Ink.of(page("1.属于国家秘密", "1", "10", "1"));
    for (int row : new int[] {0, 1}) {
      int[] one = inkBounds(page, box(row));
      for (int x = one[0] - 3; x < one[0] - 1; x++) {
        page.ink[one[1] * page.width + x] = true;
        page.ink[(one[1] + 1) * page.width + x] = true;
      }
    }
    boolean[] erased = new boolean[page.ink.length];
    DigitShapes shapes = new DigitShapes();
    shapes.learn(page, erased, box(2), "10");
    shapes.learnOrdinal(page, erased, box(0), "1.属于国家秘密");

    assertThat(shapes.read(page, erased, inkBounds(page, box(1)))).isNull();
    assertThat(shapes.read(page, erased, inkBounds(page, box(3)))).isEqualTo("1");
  }

  /** The bounds of the ink in a box. */
  private static int[] inkBounds(Ink page, int[] box) {
    int[] b = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1};
    for (int y = box[1]; y < box[3]; y++) {
      for (int x = box[0]; x < box[2]; x++) {
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

  /** The box of the {@code i}th text, as a cell holds it. */
  private static int[] box(int i) {
    return new int[] {190, 300 + i * Pens.ROW - 30, 600, 300 + i * Pens.ROW + 15};
  }
}
