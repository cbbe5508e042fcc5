package org.govdisclosure.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Table;
import org.junit.jupiter.api.Test;

/** Word documents saved as one XML file, and web pages saved as one MIME file, are read as the documents they hold. */
class WordXmlAndWebArchiveTest {

  private static final String TABLE_HTML = "<html><head><meta http-equiv=Content-Type content=\"text/html; charset=gb2312\"></head><body>"
      + "<p>三、收到和处理政府信息公开申请情况</p><table border=1><tr><td>一、本年新收政府信息公开申请数量</td><td>12</td><td>3</td></tr></table>"
      + "</body></html>";

  private final ReportReader reader = new ReportReader();

  @Test
  void word2003XmlIsReadAsAWordDocumentWithItsCellsApartAndMergesLaidOut() {
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<?mso-application progid=\"Word.Document\"?>\n"
        + "<w:wordDocument xmlns:w=\"http://schemas.microsoft.com/office/word/2003/wordml\" "
        + "xmlns:wx=\"http://schemas.microsoft.com/office/word/2003/auxHint\"><w:body><wx:sect>"
        + "<w:p><w:r><w:t>四、政府信息公开行政复议、行政诉讼情况</w:t></w:r></w:p>"
        + "<w:tbl><w:tr><w:tc><w:tcPr><w:vmerge w:val=\"restart\"/></w:tcPr><w:p><w:r><w:t>行政复议</w:t></w:r></w:p></w:tc>"
        + "<w:tc><w:p><w:r><w:t>1</w:t></w:r><w:r><w:t>2</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>3</w:t></w:r></w:p></w:tc></w:tr>"
        + "<w:tr><w:tc><w:tcPr><w:vmerge/></w:tcPr><w:p/></w:tc><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>"
        + "<w:p><w:r><w:t>45</w:t></w:r></w:p></w:tc></w:tr></w:tbl></wx:sect></w:body></w:wordDocument>";
    ReadResult read = reader.read(xml.getBytes(StandardCharsets.UTF_8));
    assertThat(read.document().format()).isEqualTo("docx");
    List<Block> blocks = read.document().blocks();
    assertThat(((Paragraph) blocks.get(0)).text()).isEqualTo("四、政府信息公开行政复议、行政诉讼情况");
    Table t = (Table) blocks.get(1);
    assertThat(t.rows().get(0).cells().stream().map(Cell::text)).containsExactly("行政复议", "12", "3");
    assertThat(t.rows().get(1).cells().stream().map(Cell::text)).containsExactly("", "45", "");
  }

  @Test
  void flatOpcIsReadThroughItsDocumentPart() {
    String xml = "<?xml version=\"1.0\" standalone=\"yes\"?>\r\n<?mso-application progid=\"Word.Document\"?>\r\n"
        + "<pkg:package xmlns:pkg=\"http://schemas.microsoft.com/office/2006/xmlPackage\">"
        + "<pkg:part pkg:name=\"/_rels/.rels\"><pkg:xmlData><Relationships/></pkg:xmlData></pkg:part>"
        + "<pkg:part pkg:name=\"/word/document.xml\"><pkg:xmlData>"
        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>政府集中采购</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>6</w:t></w:r></w:p></w:tc>"
        + "<w:tc><w:p><w:r><w:t>251000元</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document></pkg:xmlData></pkg:part></pkg:package>";
    Table t = (Table) reader.read(xml.getBytes(StandardCharsets.UTF_8)).document().blocks().get(0);
    assertThat(t.rows().get(0).cells().stream().map(Cell::text)).containsExactly("政府集中采购", "6", "251000元");
  }

  @Test
  void wordsSingleFileWebPageIsReadAsTheGbkPageItHolds() {
    byte[] page = TABLE_HTML.getBytes(Charset.forName("GBK"));
    String archive = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_NextPart_01D9.0\"\r\n\r\n"
        + "此文档为“单个文件网页”\r\n\r\n------=_NextPart_01D9.0\r\nContent-Location: file:///C:/report.htm\r\n"
        + "Content-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset=\"gb2312\"\r\n\r\n"
        + quotedPrintable(page, 40) + "\r\n------=_NextPart_01D9.0--\r\n";
    assertTableRead(reader.read(archive.getBytes(Charset.forName("GBK"))));
  }

  @Test
  void aBrowsersMhtmlIsReadAsThePageItHoldsWhateverPartsFollow() {
    String archive = "From: <Saved by Blink>\r\nSubject: =?utf-8?Q?=E5=B9=B4=E6=8A=A5?=\r\nMIME-Version: 1.0\r\n"
        + "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--x1----\"\r\n\r\n\r\n"
        + "------MultipartBoundary--x1----\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + java.util.Base64.getMimeEncoder().encodeToString(TABLE_HTML.replace("gb2312", "utf-8").getBytes(StandardCharsets.UTF_8))
        + "\r\n------MultipartBoundary--x1----\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n"
        + "------MultipartBoundary--x1------\r\n";
    assertTableRead(reader.read(archive.getBytes(StandardCharsets.US_ASCII)));
  }

  /**
   * Excel's single file web page of a workbook: its first page is a frameset (the first sheet in one frame, a tab strip
   * linking the others in the other), which prints nothing; every sheet is read, in order.
   */
  @Test
  void aWorkbooksSingleFileWebPageIsReadSheetBySheet() {
    String frameset = "<html><head><meta name=\"Excel Workbook Frameset\"></head><frameset rows=\"*,39\">"
        + "<frame src=\"book.files/sheet001.htm\" name=\"frSheet\"><frame src=\"book.files/tabstrip.htm\" name=\"frTabs\">"
        + "<noframes><body><p>此页面使用了框架，而您的浏览器不支持框架。</p></body></noframes></frameset></html>";
    String sheet2 = "<html><head><meta http-equiv=Content-Type content=\"text/html; charset=gb2312\"></head><body><table>"
        + "<tr><td colspan=15>四、政府信息公开行政复议、行政诉讼情况</td></tr><tr><td x:num>2</td><td x:num>0</td></tr></table></body></html>";
    String archive = "MIME-Version: 1.0\r\nX-Document-Type: Workbook\r\nContent-Type: multipart/related; boundary=\"----=_NextPart_X\"\r\n\r\n"
        + part("book.htm", frameset.getBytes(Charset.forName("GBK"))) + part("book.files/sheet001.htm", TABLE_HTML.getBytes(Charset.forName("GBK")))
        + part("book.files/sheet002.htm", sheet2.getBytes(Charset.forName("GBK"))) + "------=_NextPart_X--\r\n";
    ReadResult read = reader.read(archive.getBytes(StandardCharsets.ISO_8859_1));

    assertTableRead(read);
    assertThat(read.document().blocks().stream().filter(Table.class::isInstance).map(b -> ((Table) b).rows().get(0).cells().get(0).text()))
        .containsExactly("一、本年新收政府信息公开申请数量", "四、政府信息公开行政复议、行政诉讼情况");
    assertThat(read.document().blocks().stream().filter(Paragraph.class::isInstance).map(b -> ((Paragraph) b).text()))
        .doesNotContain("此页面使用了框架,而您的浏览器不支持框架。");
  }

  private static String part(String name, byte[] html) {
    return "------=_NextPart_X\r\nContent-Location: file:///C:/D3B1/" + name + "\r\nContent-Transfer-Encoding: quoted-printable\r\n"
        + "Content-Type: text/html; charset=\"gb2312\"\r\n\r\n" + quotedPrintable(html, 76) + "\r\n";
  }

  @Test
  void textThatMerelyMentionsMimeHeadersStaysText() {
    String text = "Content-Type: multipart/related\n一、总体情况\n本年新收申请3件。";
    assertThat(reader.read(text.getBytes(StandardCharsets.UTF_8)).document().format()).isEqualTo("text");
  }

  private static void assertTableRead(ReadResult read) {
    assertThat(read.document().format()).isEqualTo("html");
    Table t = (Table) read.document().blocks().stream().filter(Table.class::isInstance).findFirst().orElseThrow();
    assertThat(t.rows().get(0).cells().stream().map(Cell::text)).containsExactly("一、本年新收政府信息公开申请数量", "12", "3");
  }

  /** Quoted-printable with soft line breaks every {@code width} characters, as Word writes it. */
  private static String quotedPrintable(byte[] bytes, int width) {
    StringBuilder out = new StringBuilder();
    int line = 0;
    for (byte b : bytes) {
      int c = b & 0xFF;
      String enc = c >= 33 && c <= 126 && c != '=' ? String.valueOf((char) c) : String.format("=%02X", c);
      if (line + enc.length() > width) {
        out.append("=\r\n");
        line = 0;
      }
      out.append(enc);
      line += enc.length();
    }
    return out.toString();
  }
}
