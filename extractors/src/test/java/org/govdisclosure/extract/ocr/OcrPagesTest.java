package org.govdisclosure.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Ruled tables in a long picture of stacked pages, drawn here: how the rows the pages' breaks cut are laid out. */
class OcrPagesTest {

  private static final int WIDTH = 1240;
  private static final int[] XS = {100, 500, 640, 780, 920, 1060};

  private static Font font;

  @BeforeAll
  static void loadFont() throws Exception {
    try (InputStream in = OcrPagesTest.class.getResourceAsStream("/render/cjk-subset.ttf")) {
      font = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(22f);
    }
  }

  /**
   * A table whose header the next page does not repeat, a row's label cut by the break: the rest of the label, below
   * the row's label and nothing else, is joined to the row, never left a row of its own. A row the next page opens
   * with counts of its own, or text where the row above has counts, is a row of its own.
   */
  @Test
  void theRestOfALabelThePageBreakCarriedOverIsJoinedToItsRowWithoutARepeatedHeader() {
    BufferedImage page = new BufferedImage(WIDTH, 1200, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = pen(page);
    table(g, 100, new String[][] {{"1.属于国家秘密", "12", "0", "3", "15"}, {"2.其他法律", "7", "0", "1", "8"}});
    table(g, 500, new String[][] {{"行政法规禁止公开", "", "", "", ""}, {"3.其他", "4", "0", "0", "4"}});
    g.dispose();

    String text = new OcrPages(new TesseractRecognizer(), "tesseract").read(1, i -> page).text();

    assertThat(text.lines()).containsExactly(
        "1.属于国家秘密\t12\t0\t3\t15", "2.其他法律行政法规禁止公开\t7\t0\t1\t8", "3.其他\t4\t0\t0\t4");
  }

  /**
   * A header the next page repeats over columns drawn otherwise (its rows part the label's column in two, which the
   * header spans) is read by what it says and dropped, and the rows above are laid into the next page's columns, so
   * that each count stays under its title.
   */
  @Test
  void aHeaderRepeatedOverColumnsDrawnOtherwiseIsDroppedAndTheRowsLaidIntoOneGrid() {
    BufferedImage page = new BufferedImage(WIDTH, 1200, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = pen(page);
    String[] header = {"申请人情况", "自然人", "商业企业", "科研机构", "总计"};
    table(g, 100, new int[][] {XS, XS}, new String[][] {header, {"1.属于国家秘密", "12", "0", "3", "15"}});
    int[] parted = {100, 300, 500, 640, 780, 920, 1060};
    table(g, 500, new int[][] {XS, parted}, new String[][] {header, {"不予公开", "2.其他", "7", "0", "1", "8"}});
    g.dispose();

    String text = new OcrPages(new TesseractRecognizer(), "tesseract").read(1, i -> page).text();

    assertThat(text.lines()).containsExactly(
        "申请人情况\t\t自然人\t商业企业\t科研机构\t总计", "1.属于国家秘密\t\t12\t0\t3\t15", "不予公开\t2.其他\t7\t0\t1\t8");
  }

  /**
   * A row whose values are all marks of none ({@code 无}), its label cut by the break: the rest of the label is
   * joined to it as to a row of counts, never left a row of its own.
   */
  @Test
  void theRestOfALabelIsJoinedToARowOfMarksOfNone() {
    BufferedImage page = new BufferedImage(WIDTH, 1200, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = pen(page);
    table(g, 100, new String[][] {{"1.属于国家秘密", "12", "0", "3", "15"}, {"2.其他法律", "无", "无", "无", "无"}});
    table(g, 500, new String[][] {{"行政法规禁止公开", "", "", "", ""}, {"3.其他", "4", "0", "0", "4"}});
    g.dispose();

    String text = new OcrPages(new TesseractRecognizer(), "tesseract").read(1, i -> page).text();

    assertThat(text.lines()).containsExactly(
        "1.属于国家秘密\t12\t0\t3\t15", "2.其他法律行政法规禁止公开\t无\t无\t无\t无", "3.其他\t4\t0\t0\t4");
  }

  /**
   * A header the next page repeats drawn higher, whose short titles OCR reads with one character otherwise in one
   * print ({@code 科研机枸}): one misread in the row's characters is the odd one OCR makes, and the header is dropped,
   * not read as rows of the table.
   */
  @Test
  void aHeaderRepeatedWithOneTitleMisreadOnceIsDropped() {
    BufferedImage page = new BufferedImage(WIDTH, 1200, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = pen(page);
    String[] header = {"申请人情况", "自然人", "商业企业", "科研机构", "总计"};
    table(g, 100, new String[][] {header, {"1.属于国家秘密", "12", "0", "3", "15"}});
    table(g, 500, new int[][] {XS, XS}, new String[][] {header, {"2.其他", "7", "0", "1", "8"}}, 90);
    g.dispose();
    Recognizer misreadOnce = new MisreadOnce(new TesseractRecognizer(), "科研机构", "科研机枸", new AtomicBoolean());

    String text = new OcrPages(misreadOnce, "tesseract").read(1, i -> page).text();

    assertThat(text.lines()).containsExactly(
        "申请人情况\t自然人\t商业企业\t科研机枸\t总计", "1.属于国家秘密\t12\t0\t3\t15", "2.其他\t7\t0\t1\t8");
  }

  /** Reads as the wrapped engine does, but {@code text} as {@code as} the first time. */
  private record MisreadOnce(Recognizer engine, String text, String as, AtomicBoolean done) implements ForwardingRecognizer {

    @Override
    public Read read(BufferedImage block) {
      Read read = engine.read(block);
      return read.text().equals(text) && !done.getAndSet(true) ? new Read(as, read.confidence()) : read;
    }
  }

  /**
   * A page whose widest line is a paragraph's only one, which tells no margin: the section heading below it opens a
   * line of its own and is never joined to it, while a line that is no heading below it is (the paragraph wrapped).
   */
  @Test
  void aSectionHeadingBelowAParagraphsWidestLineStaysALineOfItsOwn() {
    BufferedImage page = Pens.lines(font, "本机关认真做好政府信息公开工作。", "二、主动公开政府信息情况", "第二十条第(一)项",
        "本机关认真做好政府信息公开工作，", "收到和处理政府信息公开申请");

    String text = new OcrPages(new TesseractRecognizer(), "tesseract").read(1, i -> page).text();

    assertThat(text.lines()).containsExactly("本机关认真做好政府信息公开工作。", "二、主动公开政府信息情况", "第二十条第(一)项",
        "本机关认真做好政府信息公开工作，收到和处理政府信息公开申请");
  }

  /**
   * A table whose label column lost its rulings (a photo's faint left border and the label cells' borders): each label,
   * left of the grid and level with a row, is read before that row's counts, as a reader pairs them, not after them
   * as the top of its ink, under the row's top border, would place it (the decoder paired each label with the next
   * row's counts).
   */
  @Test
  void aLabelLeftOfTheGridLevelWithARowGoesBeforeItsCounts() {
    BufferedImage page = new BufferedImage(WIDTH, 1200, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = pen(page);
    String[][] rows = {{"一、本年新收", "27", "0", "6", "33"}, {"二、上年结转", "4", "0", "0", "4"}};
    for (int r = 0; r <= rows.length; r++) {
      g.drawLine(XS[1], 100 + 60 * r, XS[XS.length - 1], 100 + 60 * r);
    }
    for (int c = 1; c < XS.length; c++) {
      g.drawLine(XS[c], 100, XS[c], 100 + 60 * rows.length);
    }
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < rows[r].length; c++) {
        g.drawString(rows[r][c], XS[c] + 10, 100 + 60 * r + 40);
      }
    }
    g.dispose();

    String text = new OcrPages(new TesseractRecognizer(), "tesseract").read(1, i -> page).text();

    assertThat(text.lines()).containsExactly("一、本年新收", "27\t0\t6\t33", "二、上年结转", "4\t0\t0\t4");
  }

  /** The page made white, and a pen drawing black text in the CJK font and 2-pixel rules. */
  private static Graphics2D pen(BufferedImage page) {
    Graphics2D g = Pens.pen(page, font);
    g.setStroke(new BasicStroke(2));
    return g;
  }

  /** A ruled table of the rows at {@code top}, one row each 60 pixels, each row ruled at its own {@code xs}. */
  private static void table(Graphics2D g, int top, int[][] xs, String[][] rows) {
    table(g, top, xs, rows, 60);
  }

  /** The same, its first row {@code headerHeight} pixels high. */
  private static void table(Graphics2D g, int top, int[][] xs, String[][] rows, int headerHeight) {
    int[] ys = new int[rows.length + 1];
    for (int r = 0; r <= rows.length; r++) {
      ys[r] = r == 0 ? top : top + headerHeight + 60 * (r - 1);
      g.drawLine(XS[0], ys[r], XS[XS.length - 1], ys[r]);
    }
    for (int r = 0; r < rows.length; r++) {
      for (int x : xs[r]) {
        g.drawLine(x, ys[r], x, ys[r + 1]);
      }
      for (int c = 0; c < rows[r].length; c++) {
        g.drawString(rows[r][c], xs[r][c] + 10, ys[r + 1] - 20);
      }
    }
  }

  /** A ruled table of the rows at {@code top}, one row each 60 pixels. */
  private static void table(Graphics2D g, int top, String[][] rows) {
    int bottom = top + 60 * rows.length;
    for (int r = 0; r <= rows.length; r++) {
      g.drawLine(XS[0], top + 60 * r, XS[XS.length - 1], top + 60 * r);
    }
    for (int x : XS) {
      g.drawLine(x, top, x, bottom);
    }
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < rows[r].length; c++) {
        g.drawString(rows[r][c], XS[c] + 10, top + 60 * r + 40);
      }
    }
  }
}
