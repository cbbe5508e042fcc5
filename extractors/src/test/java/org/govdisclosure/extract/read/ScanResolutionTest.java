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

/** A scanned PDF page is rendered for OCR at its scan's resolution where that is coarser than OCR's. */
class ScanResolutionTest {

  /** A4's width in points. */
  private static final float WIDTH = PDRectangle.A4.getWidth();

  @Test
  void aPageScannedAt150DpiIsReadAtItsOwnPixels() throws IOException {
    assertThat(widthRead(1240, WIDTH)).isBetween(1239, 1241);
  }

  /** Finer scans are read at OCR's resolution, as before; so is a page whose only picture is a small one (a seal). */
  @Test
  void aFineScanOrASmallPictureLeavesTheResolutionAsItWas() throws IOException {
    int atPdfDpi = Math.round(WIDTH * ImageReader.PDF_DPI / 72);
    assertThat(widthRead(2480, WIDTH)).isBetween(atPdfDpi - 1, atPdfDpi + 1);
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
