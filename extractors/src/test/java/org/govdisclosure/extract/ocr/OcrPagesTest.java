package org.govdisclosure.extract.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.govdisclosure.extract.ProcessedReport;
import org.govdisclosure.extract.ReportProcessor;
import org.govdisclosure.extract.fixtures.ScanFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

  /**
   * Section 四's table printed over two pages, its header at the foot of one and its row of counts alone atop the
   * next, as an office scanner and a phone's camera (turned further, softer, less contrast) image them: the row is a
   * row of the table, each count read in its cell, and the decoder takes it below the header across the page break,
   * every count as printed, or left empty where the engine doubts it (the photo's thin {@code 1}s, 13 of its 15
   * counts read as measured), never another number.
   */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void sectionFoursCountsAloneAtopTheNextPageAreReadAsItsRow(boolean photographed) throws Exception {
    int[] counts = {4, 0, 0, 0, 4, 0, 0, 1, 0, 1, 0, 3, 0, 0, 3};
    Random rnd = new Random(40);
    List<BufferedImage> pages = new ArrayList<>();
    for (BufferedImage page : sectionFourOverTwoPages(counts)) {
      pages.add(photographed ? photo(page, rnd) : ScanFixtures.scanned(page, rnd));
    }

    PageText.Line row = new PageText(new TesseractRecognizer()).read(pages.get(1)).get(0);
    assertThat(row.ruled()).as("the row of counts is a row of a table").isTrue();
    assertThat(row.cells()).hasSize(counts.length);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument pdf = new PDDocument()) {
      for (BufferedImage page : pages) {
        PDRectangle paper = new PDRectangle(page.getWidth() * 72f / 150, page.getHeight() * 72f / 150);
        PDPage p = new PDPage(paper);
        pdf.addPage(p);
        try (PDPageContentStream content = new PDPageContentStream(pdf, p)) {
          content.drawImage(LosslessFactory.createFromImage(pdf, page), 0, 0, paper.getWidth(), paper.getHeight());
        }
      }
      pdf.save(out);
    }
    ProcessedReport r;
    try (ReportProcessor processor = ReportProcessor.withRegistered()) {
      r = processor.process("split.pdf", out.toByteArray());
    }

    List<Map<String, Object>> rows = r.tables().get("review_litigation");
    String[] columns = {"upheld", "corrected", "other", "pending", "total"};
    int read = 0;
    for (int k = 0; k < counts.length; k++) {
      Object value = rows.get(k / 5).get(columns[k % 5]);
      assertThat(value).as(rows.get(k / 5).get("proceeding") + " " + columns[k % 5]).isIn(counts[k], null);
      read += value == null ? 0 : 1;
    }
    assertThat(read).as("counts read of " + rows).isGreaterThanOrEqualTo(photographed ? counts.length - 2 : counts.length);
  }

  /**
   * An A4 page at 150 dpi ending with section 四's heading and its table's three header rows (行政复议's five columns
   * merged down over two, 行政诉讼's ten under two titles), and the next one opening with the table's row of counts,
   * then section 五.
   */
  private static List<BufferedImage> sectionFourOverTwoPages(int[] counts) {
    int columns = counts.length;
    int width = 64;
    int[] xs = new int[columns + 1];
    for (int c = 0; c <= columns; c++) {
      xs[c] = 140 + c * width;
    }
    BufferedImage first = new BufferedImage(Pens.WIDTH, Pens.HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = pen(first);
    g.drawString("本机关严格按照条例要求，认真做好政府信息公开工作。", 140, 1200);
    g.drawString("四、政府信息公开行政复议、行政诉讼情况", 140, 1300);
    int[] ys = {1330, 1370, 1410, 1490};
    g.drawLine(xs[0], ys[0], xs[columns], ys[0]);
    g.drawLine(xs[5], ys[1], xs[columns], ys[1]);
    g.drawLine(xs[5], ys[2], xs[columns], ys[2]);
    g.drawLine(xs[0], ys[3], xs[columns], ys[3]);
    for (int c = 0; c <= columns; c++) {
      int from = c == 0 || c == 5 || c == columns ? ys[0] : c == 10 ? ys[1] : c < 5 ? ys[1] : ys[2];
      g.drawLine(xs[c], from, xs[c], ys[3]);
    }
    g.drawString("行政复议", xs[0] + 6, ys[1] - 12);
    g.drawString("行政诉讼", xs[5] + 6, ys[1] - 12);
    g.drawString("未经复议直接起诉", xs[5] + 6, ys[2] - 12);
    g.drawString("复议后起诉", xs[10] + 6, ys[2] - 12);
    String[][] titles = {{"结果", "维持"}, {"结果", "纠正"}, {"其他", "结果"}, {"尚未", "审结"}, {"总计", ""}};
    for (int c = 0; c < columns; c++) {
      String[] title = c == 4 ? new String[] {"合计", ""} : titles[c % 5];
      int top = c < 5 ? ys[1] : ys[2];
      g.drawString(title[0], xs[c] + 6, top + 26);
      g.drawString(title[1], xs[c] + 6, top + 52);
    }
    g.drawString("- 2 -", 600, 1680);
    g.dispose();
    BufferedImage second = new BufferedImage(Pens.WIDTH, Pens.HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
    g = pen(second);
    g.drawLine(xs[0], 120, xs[columns], 120);
    g.drawLine(xs[0], 152, xs[columns], 152);
    for (int c = 0; c <= columns; c++) {
      g.drawLine(xs[c], 120, xs[c], 152);
    }
    for (int c = 0; c < columns; c++) {
      g.drawString(String.valueOf(counts[c]), xs[c] + 8, 144);
    }
    g.drawString("五、存在的主要问题及改进情况", 140, 240);
    g.drawString("本机关将进一步完善信息发布机制。", 140, 300);
    g.drawString("- 3 -", 600, 1680);
    g.dispose();
    return List.of(first, second);
  }

  /**
   * The page as a phone photographs it: turned 2.5°, its print softened and grayer on grayer paper, with the
   * camera's grain.
   */
  private static BufferedImage photo(BufferedImage page, Random rnd) {
    BufferedImage turned = ScanFixtures.turned(page, 2.5);
    BufferedImage soft = new ConvolveOp(new Kernel(3, 3, new float[] {1 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 4 / 16f, 2 / 16f,
        1 / 16f, 2 / 16f, 1 / 16f}), ConvolveOp.EDGE_NO_OP, null).filter(turned, null);
    for (int y = 0; y < soft.getHeight(); y++) {
      for (int x = 0; x < soft.getWidth(); x++) {
        int v = 70 + soft.getRaster().getSample(x, y, 0) * 130 / 255 + (int) Math.round(rnd.nextGaussian() * 6);
        soft.getRaster().setSample(x, y, 0, Math.max(0, Math.min(255, v)));
      }
    }
    return soft;
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
