package org.govdisclosure.extract.read;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.function.IntFunction;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Document;
import org.govdisclosure.extract.model.TraditionalForms;
import org.w3c.dom.Node;

/**
 * Reads a picture of report pages (PNG, JPEG, TIFF, one page per TIFF frame) through {@link PageOcr}. Each frame's
 * size is read from its header before any pixel: a frame too large to be a page is refused, and a large page
 * scanned finer than OCR needs is read subsampled, so no image can take more than some tens of megabytes of heap.
 */
final class ImageReader {

  /** A page scanned at 600 dpi on A3 has some 70 million pixels; a picture beyond this is not a page. */
  static final long MAX_PIXELS = 100_000_000L;

  /** Scans' text is 9–12 pt: at this resolution a stroke is a few pixels wide, enough for OCR and not more. */
  static final int PDF_DPI = 200;
  private static final float POINTS_PER_INCH = 72;

  /** Resolutions stated as 72 and 71.9 dpi, or in rounded millimetres a pixel, are one: pixels within this are square. */
  private static final double SQUARE_SLACK = 1.1;

  private final PageOcr ocr;

  ImageReader(PageOcr ocr) {
    this.ocr = ocr;
  }

  ReadResult read(byte[] bytes) {
    return read(bytes, 1, 1);
  }

  /**
   * Reads a picture a document shows, when it is at least {@code minLong} pixels its longer way and {@code minShort}
   * the other (smaller ones are icons, logos, seals or rules, not a table worth OCR's seconds): a failure
   * {@code too_small} without OCR otherwise.
   */
  ReadResult readPicture(byte[] bytes, int minLong, int minShort) {
    return read(bytes, minLong, minShort);
  }

  private ReadResult read(byte[] bytes, int minLong, int minShort) {
    if (ocr == null) {
      return ReadResult.failed("ocr_off", "an image: its text can only be read by OCR, which is switched off");
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<javax.imageio.ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return ReadResult.failed("corrupt", "an image in a format or variant that cannot be decoded");
      }
      javax.imageio.ImageReader reader = readers.next();
      try {
        reader.setInput(in);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (Math.max(width, height) < minLong || Math.min(width, height) < minShort) {
          return ReadResult.failed("too_small", "a picture of " + width + " × " + height + " pixels, too small to hold a table");
        }
        int frames = Math.min(reader.getNumImages(true), PdfReader.MAX_PAGES);
        for (int i = 0; i < frames; i++) {
          long pixels = (long) reader.getWidth(i) * reader.getHeight(i);
          if (pixels > MAX_PIXELS) {
            return ReadResult.failed("image_too_large", "image page " + (i + 1) + " of " + reader.getWidth(i) + " × " + reader.getHeight(i)
                + " pixels, over the " + MAX_PIXELS / 1_000_000 + " million a scanned page can have: not read, to keep memory bounded");
          }
        }
        return document("image", read(ocr, frames, i -> frame(reader, i)));
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      // Image decoders report damage with a variety of runtime exceptions; any of them means the file cannot be read.
      return ReadResult.failed("corrupt", "damaged image that cannot be decoded (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
    }
  }

  /**
   * Reads the first {@code pages} pages of a PDF without a usable text layer by OCR, each rendered as a gray image at
   * its scan's resolution ({@link #dpi}), or, where the page is a black-and-white picture, read from the picture's own
   * bits ({@link BilevelScan}).
   */
  static ReadResult ocrPdf(PageOcr ocr, PDDocument pdf, int pages) {
    PDFRenderer renderer = new PDFRenderer(pdf);
    return document("pdf", read(ocr, pages, i -> {
      try {
        PDPage page = pdf.getPage(i);
        ScanResolution.Scan scan = ScanResolution.scanOf(page);
        float dpi = dpi(page, scan);
        BufferedImage bits = BilevelScan.of(page, scan, dpi);
        return bits != null ? bits : renderer.renderImageWithDPI(i, dpi, ImageType.GRAY);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }));
  }

  /**
   * The resolution a page is rendered at for OCR: a scan's own, as a picture is read at its own pixels (within
   * {@link PageOcr#maxScale}); {@link #PDF_DPI} for a page without one. Rendered finer, a coarse scan's dust blurs into
   * marks the engine reads; coarser, a fine scan's hairline rulings, a pixel thick, fall between the pixels sampled on
   * some rows and fade out, so its table's rows run together.
   */
  private static float dpi(PDPage page, ScanResolution.Scan pageScan) {
    float scan = ScanResolution.of(pageScan);
    if (scan <= 0) {
      return PDF_DPI;
    }
    PDRectangle box = page.getCropBox();
    double scale = PageOcr.maxScale(Math.round(box.getWidth() * scan / POINTS_PER_INCH), Math.round(box.getHeight() * scan / POINTS_PER_INCH));
    return (float) (scan * Math.min(1, scale));
  }

  /** Reads the pages by {@code ocr}, each counted as it is started ({@link OcrPageCount}). */
  private static PageOcr.Result read(PageOcr ocr, int count, IntFunction<BufferedImage> page) {
    return ocr.read(count, i -> {
      OcrPageCount.pageStarted();
      return page.apply(i);
    });
  }

  private static ReadResult document(String format, PageOcr.Result read) {
    if (Cell.Text.fold(read.text()).isEmpty()) {
      return format.equals("pdf")
          ? ReadResult.failed("no_text_layer", "no text layer (image-only PDF), and OCR found no text on its pages", read)
          : ReadResult.failed("no_text_found", "OCR found no text in the image", read);
    }
    return ReadResult.ok(new Document(format, null, new PlainTextReader().read(TraditionalForms.ocrRead(read.text()))), null, read);
  }

  private static BufferedImage frame(javax.imageio.ImageReader reader, int i) {
    try {
      ImageReadParam param = reader.getDefaultReadParam();
      int step = (int) Math.ceil(1 / PageOcr.maxScale(reader.getWidth(i), reader.getHeight(i)));
      if (step > 1) {
        param.setSourceSubsampling(step, step, 0, 0);
      }
      return squared(reader.read(i, param), pixelShape(reader, i));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A pixel's height over its width as the file states its resolution (TIFF's X and Y resolutions, PNG's pHYs, JPEG's
   * density), 1 where it states none. A fax in standard mode is scanned at 200 dpi across and 100 down: read pixel for
   * pixel, its print is squashed to half its height, its rows of text to the height of a ruling's gap.
   */
  static double pixelShape(javax.imageio.ImageReader reader, int i) throws IOException {
    IIOMetadata metadata = reader.getImageMetadata(i);
    if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
      return 1;
    }
    Node dimension = child(metadata.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName), "Dimension");
    Node across = child(dimension, "HorizontalPixelSize");
    Node down = child(dimension, "VerticalPixelSize");
    if (across == null || down == null) {
      return 1;
    }
    try {
      double shape = Double.parseDouble(value(down)) / Double.parseDouble(value(across));
      return Double.isFinite(shape) && shape > 0 ? shape : 1;
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /**
   * The frame with square pixels, as the page was printed: its coarser side stretched by {@code shape} (a pixel's
   * height over its width) where the two sides differ by more than a rounding of the stated resolutions. A frame of
   * black and white (a fax) is stretched by repeating its pixels, not blending them, and stays black and white: each
   * scan line stays rows of its own, whose faults OCR can tell from print (a streak or a dropped line is one scan line).
   */
  static BufferedImage squared(BufferedImage frame, double shape) {
    if (Math.abs(Math.log(shape)) < Math.log(SQUARE_SLACK)) {
      return frame;
    }
    int width = (int) Math.round(frame.getWidth() * Math.max(1, 1 / shape));
    int height = (int) Math.round(frame.getHeight() * Math.max(1, shape));
    boolean twoLevel = frame.getColorModel().getPixelSize() == 1;
    BufferedImage out = new BufferedImage(width, height, twoLevel ? BufferedImage.TYPE_BYTE_BINARY : BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
        twoLevel ? RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR : RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(frame, 0, 0, width, height, null);
    g.dispose();
    return out;
  }

  private static Node child(Node parent, String name) {
    for (Node n = parent == null ? null : parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeName().equals(name)) {
        return n;
      }
    }
    return null;
  }

  private static String value(Node node) {
    Node value = node.getAttributes().getNamedItem("value");
    return value == null ? "" : value.getNodeValue();
  }
}
