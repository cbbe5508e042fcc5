package org.govdisclosure.extract.read;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * A PDF page that is a black-and-white picture (a fax or a bilevel scan wrapped in a PDF, as fax servers and scanners
 * save them) read from the picture's own bits, as the same picture in a TIFF is ({@link ImageReader#squared}). Rendered,
 * it came out gray, so its faulty scan lines went unmended (OCR mends pictures of one bit a pixel only), and a
 * standard-mode fax's scan lines, stretched to square pixels, were drawn anew by the renderer. Only a picture drawn
 * upright over the whole page and read at its own pixels is taken; any other page is rendered as before.
 */
final class BilevelScan {

  /** A picture covers the page when each of its edges is within this share of the page's size of the page's edge. */
  private static final double EDGE_SLACK = 0.02;
  /** A picture's gray (its two colours as the image decodes them) below this is ink. */
  private static final int INK_BELOW = 128;

  private BilevelScan() {}

  /**
   * The page's picture of one bit a pixel with square pixels, black and white ({@link BufferedImage#TYPE_BYTE_BINARY});
   * null when the page is not such a picture, or when it is read at {@code dpi} coarser than the picture's own.
   */
  static BufferedImage of(PDPage page, ScanResolution.Scan scan, float dpi) throws IOException {
    if (scan == null || page.getRotation() % 360 != 0 || dpi < scan.dpi()) {
      return null;
    }
    PDImageXObject image = scan.image();
    if (image.getBitsPerComponent() != 1 || image.isStencil() || !coversUpright(scan.placement(), page.getCropBox())) {
      return null;
    }
    double across = scan.width() / image.getWidth();
    double down = scan.height() / image.getHeight();
    return ImageReader.squared(twoLevel(image.getImage()), down / across);
  }

  /** Whether the matrix draws the image unturned, unmirrored, over the box within {@link #EDGE_SLACK}. */
  private static boolean coversUpright(Matrix m, PDRectangle box) {
    if (m.getShearX() != 0 || m.getShearY() != 0 || m.getScaleX() <= 0 || m.getScaleY() <= 0) {
      return false;
    }
    double slackX = EDGE_SLACK * box.getWidth();
    double slackY = EDGE_SLACK * box.getHeight();
    return Math.abs(m.getTranslateX() - box.getLowerLeftX()) <= slackX
        && Math.abs(m.getTranslateX() + m.getScaleX() - box.getUpperRightX()) <= slackX
        && Math.abs(m.getTranslateY() - box.getLowerLeftY()) <= slackY
        && Math.abs(m.getTranslateY() + m.getScaleY() - box.getUpperRightY()) <= slackY;
  }

  /** The decoded picture as one bit a pixel: its dark colour black, its light one white. */
  private static BufferedImage twoLevel(BufferedImage decoded) {
    int width = decoded.getWidth();
    int height = decoded.getHeight();
    BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
    WritableRaster bits = out.getRaster();
    boolean gray = decoded.getType() == BufferedImage.TYPE_BYTE_GRAY;
    Raster raster = decoded.getRaster();
    int[] row = new int[width];
    for (int y = 0; y < height; y++) {
      if (gray) {
        raster.getSamples(0, y, width, 1, 0, row);
      } else {
        decoded.getRGB(0, y, width, 1, row, 0, width);
        for (int x = 0; x < width; x++) {
          int rgb = row[x];
          row[x] = (((rgb >> 16) & 0xff) * 299 + ((rgb >> 8) & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
        }
      }
      for (int x = 0; x < width; x++) {
        row[x] = row[x] < INK_BELOW ? 0 : 1;
      }
      bits.setSamples(0, y, width, 1, 0, row);
    }
    return out;
  }
}
