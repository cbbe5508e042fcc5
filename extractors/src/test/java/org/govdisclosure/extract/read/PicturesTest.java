package org.govdisclosure.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Table;
import org.junit.jupiter.api.Test;

/**
 * A document's pictures: one a web page or Word file holds, large enough to be a table, is read by OCR where it
 * stands; icons are passed over; pictures only linked, or held while OCR is off, are noted for the report's warnings.
 */
class PicturesTest {

  /** What the stand-in engine reads on every frame. */
  private static final String A_ROW = "（一）予以公开\t3\n";


  @Test
  void aPictureThePageHoldsIsReadWhereItStands() throws Exception {
    RecordingOcr ocr = new RecordingOcr(A_ROW);
    ReadResult r = new ReportReader(ocr).read(page("<p>before</p><img src=\"" + dataUri(600, 400) + "\"><p>after</p>"));
    assertThat(texts(r.document().blocks())).containsExactly("before", "（一）予以公开\t3", "after");
    assertThat(r.ocr().pages()).isEqualTo(1);
    assertThat(r.picturesUnread()).isNull();
  }

  @Test
  void iconsAreNeitherReadNorNoted() throws Exception {
    RecordingOcr ocr = new RecordingOcr(A_ROW);
    ReadResult r = new ReportReader(ocr).read(page("<p>a</p><img src=\"" + dataUri(600, 400) + "\" width=\"32px\" height=\"32\">"
        + "<img src=\"" + dataUri(120, 40) + "\"><img src=\"/icons/print.gif\" width=\"16\">"));
    assertThat(ocr.seen).isEmpty();
    assertThat(r.ocr()).isNull();
    assertThat(r.picturesUnread()).isNull();
  }

  @Test
  void linkedPicturesAndPicturesHeldWhileOcrIsOffAreNoted() throws Exception {
    String html = "<p>a</p><img src=\"/upload/2021/W0202101.png\"><img src=\"" + dataUri(600, 400) + "\">";
    assertThat(new ReportReader(new RecordingOcr(A_ROW)).read(page(html)).picturesUnread())
        .isEqualTo("1 picture(s) shown but not read (linked, not in the file: /upload/2021/W0202101.png)");
    assertThat(new ReportReader().read(page(html)).picturesUnread())
        .isEqualTo("2 picture(s) shown but not read (linked, not in the file: /upload/2021/W0202101.png; in the file, OCR off)");
  }

  @Test
  void aGalleryIsReadOnlyUpToItsCap() throws Exception {
    RecordingOcr ocr = new RecordingOcr(A_ROW);
    String picture = "<img src=\"" + dataUri(600, 400) + "\">";
    ReadResult r = new ReportReader(ocr).read(page("<p>a</p>" + picture.repeat(Pictures.MAX_READ + 2)));
    assertThat(ocr.seen).hasSize(Pictures.MAX_READ);
    assertThat(r.picturesUnread()).startsWith("2 picture(s) shown but not read (in the file, past the");
  }

  @Test
  void aPictureAWordFileHoldsIsReadAfterItsParagraphAndAnIconIsNot() throws Exception {
    RecordingOcr ocr = new RecordingOcr(A_ROW);
    ReadResult r = new ReportReader(ocr).read(docx("before", png(600, 400), png(48, 48), "after"));
    assertThat(texts(r.document().blocks())).containsExactly("before", "（一）予以公开\t3", "after");
    assertThat(ocr.seen).hasSize(1);
    assertThat(r.ocr().pages()).isEqualTo(1);
    assertThat(new ReportReader().read(docx("before", png(600, 400), "after")).picturesUnread())
        .isEqualTo("1 picture(s) shown but not read (in the file, OCR off)");
  }

  @Test
  void aPictureInATableCellIsReadAfterTheTableThatFramesIt() throws Exception {
    RecordingOcr ocr = new RecordingOcr(A_ROW);
    String framed = "<table><tr><td>framed</td></tr><tr><td><img src=\"" + dataUri(600, 400) + "\"></td></tr></table>";
    assertThat(texts(new ReportReader(ocr).read(page(framed + "<p>after</p>")).document().blocks()))
        .containsExactly("framed\n", "（一）予以公开\t3", "after");
    assertThat(texts(new ReportReader(ocr).read(docxFramingPicture()).document().blocks()))
        .containsExactly("framed\n", "（一）予以公开\t3", "after");
    assertThat(ocr.seen).hasSize(2);
  }

  @Test
  void aWord97FilesPicturesAreReadAfterTheirParagraphOrTable() throws Exception {
    RecordingOcr ocr = new RecordingOcr(A_ROW);
    byte[] doc = Files.readAllBytes(Path.of("src/test/resources/formats/word97-pictures.doc"));
    ReadResult r = new ReportReader(ocr).read(doc);
    assertThat(texts(r.document().blocks()))
        .containsExactly("before", "（一）予以公开\t3", "after", "framed\n", "（一）予以公开\t3", "end");
    assertThat(r.ocr().pages()).isEqualTo(2);
    assertThat(new ReportReader().read(doc).picturesUnread()).startsWith("2 picture(s) shown but not read (in the file, OCR off");
  }

  @Test
  void aWord97FilesPictureFloatingOverThePageIsReadAfterTheParagraphItIsAnchoredTo() throws Exception {
    RecordingOcr ocr = new RecordingOcr(A_ROW);
    byte[] doc = Files.readAllBytes(Path.of("src/test/resources/formats/word97-floating.doc"));
    assertThat(texts(new ReportReader(ocr).read(doc).document().blocks())).containsExactly("before", "（一）予以公开\t3", "after");
    assertThat(new ReportReader().read(doc).picturesUnread()).isEqualTo("1 picture(s) shown but not read (in the file, OCR off)");
  }

  /** A Word file: a table whose second row shows a picture (PNG bytes), then a paragraph. */
  private static byte[] docxFramingPicture() throws Exception {
    try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFTable table = docx.createTable(2, 1);
      table.getRow(0).getCell(0).setText("framed");
      table.getRow(1).getCell(0).getParagraphs().get(0).createRun()
          .addPicture(new ByteArrayInputStream(png(600, 400)), Document.PICTURE_TYPE_PNG, "table.png", Units.toEMU(300), Units.toEMU(200));
      docx.createParagraph().createRun().setText("after");
      docx.write(out);
      return out.toByteArray();
    }
  }

  /** A Word file of paragraphs, a paragraph per text and a paragraph showing each picture (PNG bytes). */
  private static byte[] docx(Object... content) throws Exception {
    try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (Object item : content) {
        XWPFRun run = docx.createParagraph().createRun();
        if (item instanceof String text) {
          run.setText(text);
        } else {
          run.addPicture(new ByteArrayInputStream((byte[]) item), Document.PICTURE_TYPE_PNG, "table.png", Units.toEMU(300), Units.toEMU(200));
        }
      }
      docx.write(out);
      return out.toByteArray();
    }
  }

  private static byte[] page(String body) {
    return ("<html><body>" + body + "</body></html>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static String dataUri(int width, int height) throws IOException {
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(width, height));
  }

  private static byte[] png(int width, int height) throws IOException {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY), "png", png);
    return png.toByteArray();
  }

  private static List<String> texts(List<Block> blocks) {
    return blocks.stream().map(b -> b instanceof Paragraph p ? p.text() : rows((Table) b)).toList();
  }

  private static String rows(Table table) {
    return table.rows().stream().map(r -> r.cells().stream().map(Cell::raw).collect(Collectors.joining("\t"))).collect(Collectors.joining("\n"));
  }
}
