package org.govdisclosure.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.govdisclosure.extract.BadFiles;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;

class DocxReaderTest {

  private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
  private static final String MC = "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"";

  @Test
  void mergedCellsOfTheTemplateHeaderAreLaidOutOnTheFullGrid() throws Exception {
    Table table = tables(new DocxReader().read(BadFiles.seedDocx()).document().blocks()).stream()
        .filter(t -> t.rows().get(0).cells().get(0).text().contains("勾稽"))
        .findFirst().orElseThrow();
    assertThat(table.rows()).allMatch(r -> r.cells().size() == 11);
    assertThat(texts(table.rows().get(0)).subList(0, 5)).containsExactly(table.rows().get(0).cells().get(0).text(), "", "", "申请人情况", "");
    assertThat(texts(table.rows().get(1)).subList(0, 10)).containsExactly("", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计");
    assertThat(texts(table.rows().get(2)).subList(0, 10)).containsExactly("", "", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "");
    // 三、本年度办理结果 is merged down its rows; the rows below hold its empty continuations.
    assertThat(texts(table.rows().get(5)).subList(0, 4)).containsExactly("三、本年度办理结果", "(一)予以公开", "", "0");
    assertThat(texts(table.rows().get(6)).get(0)).isEmpty();
    assertThat(texts(table.rows().get(7)).subList(0, 3)).containsExactly("", "(三)不予公开", "1.属于国家秘密");
    assertThat(texts(table.rows().get(8)).subList(0, 3)).containsExactly("", "", "2.其他法律行政法规禁止公开");
  }

  @Test
  void trackedChangesContentControlsAndTextBoxesGiveTheTextAsShown() throws Exception {
    List<Block> blocks = read(
        "<w:p><w:r><w:t>保留</w:t></w:r>"
            + "<w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>删去</w:delText></w:r></w:del>"
            + "<w:ins w:id=\"2\" w:author=\"a\"><w:r><w:t>新增</w:t></w:r></w:ins>"
            + "<w:moveFrom w:id=\"3\" w:author=\"a\"><w:r><w:t>移走</w:t></w:r></w:moveFrom></w:p>"
            + "<w:sdt><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>控件里的段落</w:t></w:r></w:p></w:sdtContent></w:sdt>"
            + "<w:p><w:r><w:t>正文</w:t></w:r><w:r><mc:AlternateContent " + MC + ">"
            + "<mc:Choice Requires=\"wps\"><w:pict><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Choice>"
            + "<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback>"
            + "</mc:AlternateContent></w:r></w:p>");
    assertThat(blocks).containsExactly(new Paragraph("保留新增"), new Paragraph("控件里的段落"), new Paragraph("正文"), new Paragraph("文本框"));
  }

  @Test
  void aTableHoldingATableGivesItsContentAndTheInnerTable() throws Exception {
    List<Block> blocks = read(
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>版式表格</w:t></w:r></w:p>"
            + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>规章</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>3</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
            + "<w:p/></w:tc></w:tr></w:tbl>");
    assertThat(blocks).containsExactly(new Paragraph("版式表格"), new Table(List.of(new Row(List.of(new Cell("规章"), new Cell("3"))))));
  }

  @Test
  void fieldsLinksRubyAndFootnoteMarksGiveTheTextShownAndTablesInContentControlsStayTables() throws Exception {
    List<Block> blocks = read(
        "<w:p><w:r><w:t>第</w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            + "<w:hyperlink><w:r><w:t>页</w:t></w:r></w:hyperlink><w:customXml w:element=\"x\"><w:r><w:t>共</w:t></w:r></w:customXml>"
            + "<w:r><w:ruby><w:rt><w:r><w:t>pin</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>12</w:t></w:r></w:rubyBase></w:ruby></w:r>"
            + "<w:r><w:footnoteReference w:id=\"1\"/></w:r><w:r><w:t>件</w:t><w:tab/><w:t>止</w:t></w:r></w:p>"
            + "<w:sdt><w:sdtPr/><w:sdtContent><w:tbl><w:tr>"
            + "<w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p><w:r><w:t>规章</w:t></w:r></w:p></w:tc>"
            + "<w:tc><w:p><w:r><w:t>3</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:sdtContent></w:sdt>");
    assertThat(blocks).containsExactly(new Paragraph("第3页共12件\t止"),
        new Table(List.of(new Row(List.of(new Cell("规章"), Cell.SPANNED, new Cell("3"))))));
  }

  @Test
  void theMainPartIsTheOneThePackageRelationshipsName() throws Exception {
    byte[] renamed = renamedMainPart(BadFiles.seedDocx(), "word/document2.xml");
    assertThat(new DocxReader().read(renamed).document()).isEqualTo(new DocxReader().read(BadFiles.seedDocx()).document());
  }

  /** {@code docx} with its main part moved to {@code name} and the package's relationships pointing there. */
  private static byte[] renamedMainPart(byte[] docx, String name) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx)); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        if (e.getName().equals("_rels/.rels")) {
          content = new String(content, StandardCharsets.UTF_8).replace("word/document.xml", name).getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(e.getName().equals("word/document.xml") ? name : e.getName()));
        zip.write(content);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** Two paragraphs of a cell, or a line break in one, show two figures one above the other: never the count 121. */
  @Test
  void aCellsParagraphsAndLineBreaksPartItsFigures() throws Exception {
    String cell = "<w:tc><w:p><w:r><w:t>12</w:t></w:r></w:p><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc>"
        + "<w:tc><w:p><w:r><w:t>12</w:t><w:br/><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>1</w:t></w:r><w:r><w:t>2</w:t></w:r></w:p></w:tc>";
    Table t = tables(read("<w:tbl><w:tr>" + cell + "</w:tr><w:tr>" + cell + "</w:tr></w:tbl>")).get(0);
    assertThat(t.rows().get(0).cells().stream().map(Cell::raw)).containsExactly("12\n1", "12\n1", "12");
  }

  private static List<Block> read(String bodyXml) throws Exception {
    try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      docx.getDocument().getBody().set(CTBody.Factory.parse("<xml-fragment " + W + ">" + bodyXml + "</xml-fragment>"));
      docx.write(out);
      ReadResult r = new DocxReader().read(out.toByteArray());
      assertThat(r.reason()).isNull();
      assertThat(r.document().format()).isEqualTo("docx");
      return r.document().blocks();
    }
  }

  private static List<Table> tables(List<Block> blocks) {
    return blocks.stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
  }

  private static List<String> texts(Row row) {
    return row.cells().stream().map(Cell::text).toList();
  }
}
