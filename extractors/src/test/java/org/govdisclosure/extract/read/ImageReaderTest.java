package org.govdisclosure.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.govdisclosure.extract.model.Paragraph;
import org.junit.jupiter.api.Test;

/** Pictures reach OCR frame by frame, never past the pixel cap; without OCR they are unreadable with a reason. */
class ImageReaderTest {

  /** What the stand-in engine reads on every frame. */
  private static final String A_REPORT = "政府信息公开工作年度报告\n";


  @Test
  void everyFrameOfAMultiPageTiffIsRead() throws Exception {
    RecordingOcr ocr = new RecordingOcr(A_REPORT);
    ReadResult r = new ReportReader(ocr).read(tiff(new BufferedImage(300, 400, BufferedImage.TYPE_BYTE_GRAY),
        new BufferedImage(320, 420, BufferedImage.TYPE_BYTE_GRAY)));
    assertThat(r.isReadable()).isTrue();
    assertThat(r.document().format()).isEqualTo("image");
    assertThat(ocr.seen).extracting(BufferedImage::getWidth).containsExactly(300, 320);
    assertThat(r.ocr().pages()).isEqualTo(2);
  }

  @Test
  void pngAndJpegAreRead() throws Exception {
    for (String format : List.of("png", "jpeg")) {
      RecordingOcr ocr = new RecordingOcr(A_REPORT);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB), format, out);
      assertThat(new ReportReader(ocr).read(out.toByteArray()).isReadable()).as(format).isTrue();
      assertThat(ocr.seen).as(format).hasSize(1);
    }
  }

  /** A Traditional scan's 資訊公開, which OCR's Simplified model reads as 资讯公开, is the report's 信息公开. */
  @Test
  void aTraditionalScansWordForInformationIsReadAsXinxi() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB), "png", out);
    ReadResult r = new ReportReader(new RecordingOcr("某某海事局2020年政府资讯公开工作年度报告\n")).read(out.toByteArray());
    assertThat(((Paragraph) r.document().blocks().get(0)).text()).contains("政府信息公开工作年度报告");
  }

  /**
   * A long picture of a table, five pages at 150 dpi stacked, is read at its resolution: a page's worth of pixels is
   * measured on one page of it, not on all five, which would halve the resolution of each.
   */
  @Test
  void aLongPictureOfStackedPagesIsReadAtItsResolution() throws Exception {
    RecordingOcr ocr = new RecordingOcr(A_REPORT);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(1240, 5 * 1754, BufferedImage.TYPE_BYTE_GRAY), "png", out);
    assertThat(new ReportReader(ocr).read(out.toByteArray()).isReadable()).isTrue();
    assertThat(ocr.seen).extracting(BufferedImage::getWidth).containsExactly(1240);
  }

  /** A page scanned finer than OCR needs, or a picture of more pixels than {@link PageOcr#MAX_READ_PIXELS}, is read subsampled. */
  @Test
  void aFinePageOrAVeryLongPictureIsReadSubsampled() {
    assertThat(PageOcr.maxScale(4960, 7016)).as("A4 at 600 dpi").isLessThan(0.6);
    assertThat(PageOcr.maxScale(1240, 1754)).as("A4 at 150 dpi").isGreaterThan(1);
    assertThat(PageOcr.maxScale(1240, 40 * 1754)).as("forty pages at 150 dpi").isLessThan(1);
  }

  /** The size is read from the header: no pixel of a 50 000 × 50 000 picture is decoded. */
  @Test
  void aHugePictureIsRefusedFromItsHeader() {
    RecordingOcr ocr = new RecordingOcr(A_REPORT);
    ReadResult r = new ReportReader(ocr).read(pngHeader(50_000, 50_000));
    assertThat(r.failure()).isEqualTo("image_too_large");
    assertThat(r.reason()).contains("50000 × 50000");
    assertThat(ocr.seen).isEmpty();
  }

  /**
   * A fax in standard mode, 200 dpi across and 100 down (as its TIFF states), reaches OCR with square pixels, its
   * height doubled as the page was printed; a frame stating square pixels (200 by 200) is read as it is.
   */
  @Test
  void aFaxInStandardModeIsReadWithSquarePixels() throws Exception {
    RecordingOcr ocr = new RecordingOcr(A_REPORT);
    new ReportReader(ocr).read(tiffAt(200, 100, new BufferedImage(1728, 1100, BufferedImage.TYPE_BYTE_BINARY)));
    new ReportReader(ocr).read(tiffAt(200, 200, new BufferedImage(1728, 2200, BufferedImage.TYPE_BYTE_BINARY)));
    assertThat(ocr.seen).extracting(BufferedImage::getWidth).containsExactly(1728, 1728);
    assertThat(ocr.seen).extracting(BufferedImage::getHeight).containsExactly(2200, 2200);
  }

  /**
   * A fax in standard mode is stretched by repeating its scan lines, and stays black and white: a scan line one
   * pixel high, black across, reaches OCR as two rows black across and nothing gray beside them.
   */
  @Test
  void aFaxInStandardModeRepeatsItsScanLines() throws Exception {
    BufferedImage fax = new BufferedImage(1728, 1100, BufferedImage.TYPE_BYTE_BINARY);
    java.awt.Graphics2D g = fax.createGraphics();
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, 1728, 1100);
    g.setColor(java.awt.Color.BLACK);
    g.fillRect(0, 500, 1728, 1);
    g.dispose();
    RecordingOcr ocr = new RecordingOcr(A_REPORT);
    new ReportReader(ocr).read(tiffAt(200, 100, fax));
    BufferedImage seen = ocr.seen.get(0);
    assertThat(seen.getColorModel().getPixelSize()).isEqualTo(1);
    assertThat(java.util.stream.IntStream.range(995, 1006).map(y -> seen.getRGB(864, y) & 0xFF).toArray())
        .containsExactly(255, 255, 255, 255, 255, 0, 0, 255, 255, 255, 255);
  }

  @Test
  void withoutOcrAPictureIsUnreadable() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(20, 20, BufferedImage.TYPE_BYTE_GRAY), "png", out);
    assertThat(new ReportReader().read(out.toByteArray()).failure()).isEqualTo("ocr_off");
  }

  @Test
  void aDamagedPictureIsCorrupt() {
    byte[] png = pngHeader(100, 100);
    assertThat(new ReportReader(new RecordingOcr(A_REPORT)).read(png).failure()).isEqualTo("corrupt");
  }

  private static byte[] tiff(BufferedImage... pages) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      writer.prepareWriteSequence(null);
      for (BufferedImage p : pages) {
        writer.writeToSequence(new IIOImage(p, null, null), null);
      }
      writer.endWriteSequence();
    }
    writer.dispose();
    return bytes.toByteArray();
  }

  /** A TIFF of one frame stating its resolution across and down, in dots per inch. */
  private static byte[] tiffAt(int across, int down, BufferedImage page) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
    IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(page), writer.getDefaultWriteParam());
    IIOMetadataNode dimension = new IIOMetadataNode("Dimension");
    dimension.appendChild(pixelSize("HorizontalPixelSize", across));
    dimension.appendChild(pixelSize("VerticalPixelSize", down));
    IIOMetadataNode root = new IIOMetadataNode(IIOMetadataFormatImpl.standardMetadataFormatName);
    root.appendChild(dimension);
    metadata.mergeTree(IIOMetadataFormatImpl.standardMetadataFormatName, root);
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      writer.write(new IIOImage(page, null, metadata));
    }
    writer.dispose();
    return bytes.toByteArray();
  }

  /** A pixel's size in millimetres at {@code dpi}. */
  private static IIOMetadataNode pixelSize(String name, int dpi) {
    IIOMetadataNode node = new IIOMetadataNode(name);
    node.setAttribute("value", String.valueOf(25.4 / dpi));
    return node;
  }

  /** A PNG signature and header chunk for a gray picture of the given size, and no pixel data. */
  private static byte[] pngHeader(int width, int height) {
    ByteBuffer ihdr = ByteBuffer.allocate(17);
    ihdr.put(new byte[] {'I', 'H', 'D', 'R'}).putInt(width).putInt(height).put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
    CRC32 crc = new CRC32();
    crc.update(ihdr.array());
    ByteBuffer png = ByteBuffer.allocate(8 + 4 + 17 + 4);
    png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}).putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
    return png.array();
  }
}
