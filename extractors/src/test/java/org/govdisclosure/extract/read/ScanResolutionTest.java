package org.govdisclosure.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/** A scanned PDF page is rendered for OCR at its scan's resolution, within the pixels OCR reads a page at. */
class ScanResolutionTest {

  /** A4's width in points. */
  private static final float WIDTH = PDRectangle.A4.getWidth();

  @Test
  void aPageScannedAt150DpiIsReadAtItsOwnPixels() throws IOException {
    assertThat(widthRead(1240, WIDTH)).isBetween(1239, 1241);
  }

  /**
   * A page scanned at 300 dpi is read at its own pixels too, as a picture is: rendered at 200 dpi, its hairline
   * rulings faded out on some rows and its table's rows ran together.
   */
  @Test
  void aPageScannedAt300DpiIsReadAtItsOwnPixels() throws IOException {
    assertThat(widthRead(2480, WIDTH)).isBetween(2479, 2481);
  }

  /** A finer scan is read at the pixels OCR reads a page at, as a picture is ({@link PageOcr#maxScale}). */
  @Test
  void aFinerScanIsReadWithinAPagesPixels() throws IOException {
    int height = Math.round(3307 * PDRectangle.A4.getHeight() / WIDTH);
    int within = (int) Math.round(3307 * PageOcr.maxScale(3307, height));
    assertThat(widthRead(3307, WIDTH)).isBetween(within - 1, within + 1);
  }

  /** A page whose only picture is a small one (a seal) is no scan: it is read at OCR's resolution, as before. */
  @Test
  void aSmallPictureLeavesTheResolutionAsItWas() throws IOException {
    int atPdfDpi = Math.round(WIDTH * ImageReader.PDF_DPI / 72);
    assertThat(widthRead(100, WIDTH / 4)).isBetween(atPdfDpi - 1, atPdfDpi + 1);
  }

  /** The width of the page image OCR is given for an A4 page showing a picture {@code pixels} wide, {@code points} wide. */
  private static int widthRead(int pixels, float points) throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      pdf.addPage(page);
      BufferedImage picture = new BufferedImage(pixels, Math.round(pixels * PDRectangle.A4.getHeight() / WIDTH), BufferedImage.TYPE_BYTE_GRAY);
      PDImageXObject image = LosslessFactory.createFromImage(pdf, picture);
      try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
        content.drawImage(image, 0, 0, points, points * PDRectangle.A4.getHeight() / WIDTH);
      }
      RecordingOcr ocr = new RecordingOcr("政府信息公开工作年度报告\n");
      ImageReader.ocrPdf(ocr, pdf, 1);
      return ocr.seen.get(0).getWidth();
    }
  }
}
