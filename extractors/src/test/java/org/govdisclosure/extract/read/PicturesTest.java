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

  /** Section 四's table as a picture is wide and low: read, where a rule as wide is not. */
  @Test
  void aWideLowPictureOfATableIsReadAndARuleIsNot() throws Exception {
    RecordingOcr ocr = new RecordingOcr(A_ROW);
    ReadResult r = new ReportReader(ocr).read(page("<p>a</p><img src=\"" + dataUri(900, 110) + "\" width=\"600\" height=\"73\">"
        + "<img src=\"" + dataUri(900, 110) + "\" width=\"600\" height=\"4\"><img src=\"" + dataUri(900, 6) + "\">"));
    assertThat(texts(r.document().blocks())).containsExactly("a", "（一）予以公开\t3");
    assertThat(ocr.seen).hasSize(1);
  }

  @Test
  void linkedPicturesAndPicturesHeldWhileOcrIsOffAreNoted() throws Exception {
    String html = "<p>a</p><img src=\"/upload/2021/W0202101.png\"><img src=\"" + dataUri(600, 400) + "\">";
    assertThat(new ReportReader(new RecordingOcr(A_ROW)).read(page(html)).picturesUnread())
        .isEqualTo("1 picture(s) shown but not read (linked, not in the file: /upload/2021/W0202101.png)");
    assertThat(new ReportReader().read(page(html)).picturesUnread())
        .isEqualTo("2 picture(s) shown but not read (linked, not in the file: /upload/2021/W0202101.png; in the file, OCR off)");
  }

  /**
   * A document's pictures are read by one OCR for the document, which learns its digits from one picture for the
   * next; a document without a picture asks for none (a run over text reports never loads the engine).
   */
  @Test
  void aDocumentsPicturesAreReadByOneOcrForTheDocument() throws Exception {
    RecordingOcr ocr = new RecordingOcr(A_ROW);
    ReportReader reader = new ReportReader(ocr);
    reader.read(page("<p>a</p>"));
    assertThat(ocr.documents).isZero();
    String picture = "<img src=\"" + dataUri(600, 400) + "\">";
    reader.read(page("<p>a</p>" + picture + "<p>b</p>" + picture));
    assertThat(ocr.documents).isEqualTo(1);
    reader.read(docx("before", png(600, 400), png(600, 400), "after"));
    assertThat(ocr.seen).hasSize(4);
    assertThat(ocr.documents).isEqualTo(2);
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

  @Test
  void aPictureWordsSingleFileWebPageHoldsIsReadWhereThePageShowsIt() throws Exception {
    RecordingOcr ocr = new RecordingOcr(A_ROW);
    // Word shows the picture by VML to itself, by its copy for other browsers (image002) to the rest: read once
    byte[] mht = webArchive("file:///C:/8F2A/report.htm", "<p>before</p><p><!--[if gte vml 1]><v:shape><v:imagedata "
        + "src=\"report.files/image001.png\"/></v:shape><![endif]--><![if !vml]><img width=400 height=300 src=\"report.files/image002.png\" "
        + "v:shapes=\"_x0000_i1025\"><![endif]></p><p>after</p>",
        "Content-Location: file:///C:/8F2A/report.files/image001.png", "Content-Location: file:///C:/8F2A/report.files/image002.png");
    ReadResult r = new ReportReader(ocr).read(mht);
    assertThat(texts(r.document().blocks())).containsExactly("before", "（一）予以公开\t3", "after");
    assertThat(r.ocr().pages()).isEqualTo(1);
    assertThat(new ReportReader().read(mht).picturesUnread()).isEqualTo("1 picture(s) shown but not read (in the file, OCR off)");
  }

  @Test
  void aBrowsersMhtmlPicturesAreFoundByTheAddressTheirLinkResolvesToOrByContentId() throws Exception {
    RecordingOcr ocr = new RecordingOcr(A_ROW);
    byte[] mhtml = webArchive("http://www.a.gov.cn/art/2021/3/report.html",
        "<p>a</p><img src=\"/picture/0/t1.png\"><p>b</p><img src=\"cid:image-2@mhtml.blink\"><p>c</p><img src=\"/picture/0/t3.png\">",
        "Content-Location: http://www.a.gov.cn/picture/0/t1.png", "Content-ID: <image-2@mhtml.blink>");
    ReadResult r = new ReportReader(ocr).read(mhtml);
    assertThat(texts(r.document().blocks())).containsExactly("a", "（一）予以公开\t3", "b", "（一）予以公开\t3", "c");
    assertThat(r.picturesUnread()).isEqualTo("1 picture(s) shown but not read (linked, not in the file: /picture/0/t3.png)");
  }

  @Test
  void aWebArchivesPictureIsFoundByItsFileNameWhereToolsEscapedItsAddressOtherwise() throws Exception {
    RecordingOcr ocr = new RecordingOcr(A_ROW);
    // Word escaped the folder's name in the page's charset (GBK), the link names it in characters
    String page = "<p>a</p><img src=\"年报.files/image002.png\">";
    assertThat(texts(new ReportReader(ocr).read(webArchive("file:///C:/8F2A/%C4%EA%B1%A8.htm", page,
        "Content-Location: file:///C:/8F2A/%C4%EA%B1%A8.files/image002.png")).document().blocks()))
        .containsExactly("a", "（一）予以公开\t3");
    // two parts of that name in other folders: which one the link means is not known
    assertThat(new ReportReader(ocr).read(webArchive("file:///C:/8F2A/%C4%EA%B1%A8.htm", page,
        "Content-Location: file:///C:/8F2A/a.files/image002.png", "Content-Location: file:///C:/8F2A/b.files/image002.png"))
        .picturesUnread()).isEqualTo("1 picture(s) shown but not read (linked, not in the file: 年报.files/image002.png)");
  }

  @Test
  void aPictureWord2003XmlHoldsAsBinDataIsReadAfterItsParagraph() throws Exception {
    RecordingOcr ocr = new RecordingOcr(A_ROW);
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><?mso-application progid=\"Word.Document\"?>"
        + "<w:wordDocument xmlns:w=\"http://schemas.microsoft.com/office/word/2003/wordml\" xmlns:v=\"urn:schemas-microsoft-com:vml\"><w:body>"
        + "<w:p><w:r><w:t>before</w:t></w:r></w:p><w:p><w:r><w:pict><w:binData w:name=\"wordml://Image1\">"
        + Base64.getMimeEncoder().encodeToString(png(600, 400)) + "</w:binData><v:shape><v:imagedata src=\"wordml://Image1\"/></v:shape>"
        + "</w:pict></w:r></w:p><w:p><w:r><w:pict><v:shape><v:imagedata src=\"file:///C:/pictures/t.png\"/></v:shape></w:pict></w:r></w:p>"
        + "<w:p><w:r><w:t>after</w:t></w:r></w:p></w:body></w:wordDocument>";
    ReadResult r = new ReportReader(ocr).read(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(texts(r.document().blocks())).containsExactly("before", "（一）予以公开\t3", "after");
    assertThat(r.ocr().pages()).isEqualTo(1);
    assertThat(r.picturesUnread()).isEqualTo("1 picture(s) shown but not read (linked, not in the file: file:///C:/pictures/t.png)");
  }

  @Test
  void aPictureAFlatOpcPackageHoldsIsReadThroughTheMainPartsRelationships() throws Exception {
    RecordingOcr ocr = new RecordingOcr(A_ROW);
    String xml = "<?xml version=\"1.0\" standalone=\"yes\"?><?mso-application progid=\"Word.Document\"?>"
        + "<pkg:package xmlns:pkg=\"http://schemas.microsoft.com/office/2006/xmlPackage\">"
        + "<pkg:part pkg:name=\"/word/document.xml\" pkg:contentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\">"
        + "<pkg:xmlData><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        + "<w:body><w:p><w:r><w:t>before</w:t></w:r></w:p><w:p><w:r><w:drawing><a:blip r:embed=\"rId7\"/></w:drawing></w:r></w:p>"
        + "<w:p><w:r><w:t>after</w:t></w:r></w:p></w:body></w:document></pkg:xmlData></pkg:part>"
        + "<pkg:part pkg:name=\"/word/_rels/document.xml.rels\" pkg:contentType=\"application/vnd.openxmlformats-package.relationships+xml\"><pkg:xmlData>"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId7\" "
        + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/image1.png\"/></Relationships>"
        + "</pkg:xmlData></pkg:part><pkg:part pkg:name=\"/word/media/image1.png\" pkg:contentType=\"image/png\"><pkg:binaryData>"
        + Base64.getMimeEncoder().encodeToString(png(600, 400)) + "</pkg:binaryData></pkg:part></pkg:package>";
    ReadResult r = new ReportReader(ocr).read(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(texts(r.document().blocks())).containsExactly("before", "（一）予以公开\t3", "after");
    assertThat(r.ocr().pages()).isEqualTo(1);
  }

  /** A web archive: the page (UTF-8, at {@code location}), then a 600 × 400 picture under each of the headers given. */
  private static byte[] webArchive(String location, String body, String... pictureHeaders) throws IOException {
    StringBuilder mime = new StringBuilder("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"=_b\"\r\n\r\n--=_b\r\n")
        .append("Content-Location: ").append(location).append("\r\nContent-Transfer-Encoding: base64\r\nContent-Type: text/html; charset=\"utf-8\"\r\n\r\n")
        .append(Base64.getMimeEncoder().encodeToString(new String(page(body), java.nio.charset.StandardCharsets.UTF_8)
            .replace("<html>", "<html><head><meta charset=\"utf-8\"></head>").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    for (String headers : pictureHeaders) {
      mime.append("\r\n--=_b\r\n").append(headers).append("\r\nContent-Transfer-Encoding: base64\r\nContent-Type: image/png\r\n\r\n")
          .append(Base64.getMimeEncoder().encodeToString(png(600, 400)));
    }
    return mime.append("\r\n--=_b--\r\n").toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
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
