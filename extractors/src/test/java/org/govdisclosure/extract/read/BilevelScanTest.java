package org.govdisclosure.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.stream.IntStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/** A PDF page that is a black-and-white picture reaches OCR as that picture's bits, as a TIFF of it would. */
class BilevelScanTest {

  private static final String A_REPORT = "政府信息公开工作年度报告\n";

  /**
   * A fax in standard mode (200 dpi across, 100 down) wrapped in a PDF as its CCITT bits reaches OCR black and white,
   * its scan lines repeated: a scan line black across is two rows black across, nothing gray beside them. Rendered,
   * the page came out gray and OCR's fax mending never saw it.
   */
  @Test
  void aStandardModeFaxInAPdfReachesOcrAsItsScanLines() throws IOException {
    BufferedImage seen = seenOf(standardFax(), (pdf, fax) -> CCITTFactory.createFromImage(pdf, fax), 0, 0, 1);
    assertThat(seen.getColorModel().getPixelSize()).isEqualTo(1);
    assertThat(seen.getHeight()).isEqualTo(2200);
    assertThat(IntStream.range(995, 1006).map(y -> seen.getRGB(864, y) & 0xFF).toArray())
        .containsExactly(255, 255, 255, 255, 255, 0, 0, 255, 255, 255, 255);
  }

  /** A picture of one bit a pixel stored losslessly (not CCITT) is one as well. */
  @Test
  void aLosslessBilevelPictureIsReadFromItsBits() throws IOException {
    BufferedImage seen = seenOf(standardFax(), LosslessFactory::createFromImage, 0, 0, 1);
    assertThat(seen.getColorModel().getPixelSize()).isEqualTo(1);
  }

  /** A fax drawn on part of a page only (a picture among other print) is rendered with the page, as before. */
  @Test
  void aFaxOverPartOfThePageIsRendered() throws IOException {
    BufferedImage seen = seenOf(standardFax(), (pdf, fax) -> CCITTFactory.createFromImage(pdf, fax), 0, 100, 0.8f);
    assertThat(seen.getColorModel().getPixelSize()).isEqualTo(8);
  }

  /** A gray scan is rendered, as before. */
  @Test
  void aGrayScanIsRendered() throws IOException {
    BufferedImage gray = new BufferedImage(1728, 2200, BufferedImage.TYPE_BYTE_GRAY);
    BufferedImage seen = seenOf(gray, LosslessFactory::createFromImage, 0, 0, 1);
    assertThat(seen.getColorModel().getPixelSize()).isEqualTo(8);
  }

  /** 1728 dots across at 200 dpi, 1100 scan lines at 100 dpi; scan line 500 black across. */
  private static BufferedImage standardFax() {
    BufferedImage fax = new BufferedImage(1728, 1100, BufferedImage.TYPE_BYTE_BINARY);
    Graphics2D g = fax.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 1728, 1100);
    g.setColor(Color.BLACK);
    g.fillRect(0, 500, 1728, 1);
    g.dispose();
    return fax;
  }

  private interface Stored {
    PDImageXObject of(PDDocument pdf, BufferedImage picture) throws IOException;
  }

  /**
   * The page image OCR is given for a page 8.64 × 11 inches showing the picture drawn at {@code (x, y)} points,
   * {@code scale} of the page's size.
   */
  private static BufferedImage seenOf(BufferedImage picture, Stored stored, float x, float y, float scale) throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      PDRectangle paper = new PDRectangle(1728 * 72f / 200, 11 * 72f);
      PDPage page = new PDPage(paper);
      pdf.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
        content.drawImage(stored.of(pdf, picture), x, y, paper.getWidth() * scale, paper.getHeight() * scale);
      }
      RecordingOcr ocr = new RecordingOcr(A_REPORT);
      ImageReader.ocrPdf(ocr, pdf, 1);
      return ocr.seen.get(0);
    }
  }
}
