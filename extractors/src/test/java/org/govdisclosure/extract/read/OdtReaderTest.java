package org.govdisclosure.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.govdisclosure.extract.TestCorpus;
import org.govdisclosure.extract.evaluate.Gold;
import org.govdisclosure.extract.fixtures.FormatFixtures;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;
import org.junit.jupiter.api.Test;

class OdtReaderTest {

  private static final String TEXT_MIMETYPE = "application/vnd.oasis.opendocument.text";

  /** LibreOffice saved each seed's DOCX as ODT: the same paragraphs and tables, merged cells on the same grid. */
  @Test
  void openDocumentCopiesOfTheSeedsReadAsTheirDocx() throws Exception {
    for (Gold seed : TestCorpus.under("seeds")) {
      ReadResult odt = new ReportReader().read(Files.readAllBytes(FormatFixtures.odt(seed)));
      ReadResult docx = new ReportReader().read(Files.readAllBytes(FormatFixtures.docx(seed)));
      assertThat(odt.reason()).isNull();
      assertThat(odt.document().format()).isEqualTo("odt");
      assertThat(odt.document().blocks()).as(seed.name()).isEqualTo(docx.document().blocks());
    }
  }

  /**
   * The tracked deletion, the comment and the footnote are left out, the insertion kept; spaces as printed; a text
   * box after its paragraph; cells merged across and down laid on the grid; a table laying out the page gives its
   * content.
   */
  @Test
  void showsTheTextAsPrintedWithMergedCellsOnTheGrid() throws Exception {
    ReadResult r = new ReportReader().read(Files.readAllBytes(FormatFixtures.DIR.resolve("odt-features.odt")));
    assertThat(r.document().blocks()).containsExactly(
        new Paragraph("一、总体  情况"), new Paragraph("保留新增"), new Paragraph("文本框"), new Paragraph("列表项"),
        new Table(List.of(
            row(new Cell("项目"), Cell.SPANNED, new Cell("数量"), Cell.SPANNED),
            row(new Cell(""), new Cell(""), new Cell("新收"), new Cell("结转")),
            row(new Cell("规章"), new Cell(""), new Cell("3"), new Cell("3")))),
        new Paragraph("版式表格"), new Table(List.of(row(new Cell("行政许可"), new Cell("7")))), new Paragraph("结束"));
  }

  /** A cell repeated to a sheet's edge (a pasted sheet writes a thousand and more) is read a bounded number of times. */
  @Test
  void aCellRepeatedToTheEdgeIsReadABoundedNumberOfTimes() throws Exception {
    String row = "<table:table-row><table:table-cell><text:p>规章</text:p></table:table-cell>"
        + "<table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>";
    ReadResult r = new ReportReader().read(odt(
        "<table:table>" + row + "</table:table>"));
    Table t = (Table) r.document().blocks().get(0);
    assertThat(t.rows().get(0).cells()).hasSize(1 + OdtBody.MAX_REPEAT);
  }

  /** A ZIP naming another OpenDocument kind (a text template) is not read as a report. */
  @Test
  void onlyAnOpenDocumentTextIsReadAsOne() throws Exception {
    ReadResult r = new ReportReader().read(zip("application/vnd.oasis.opendocument.text-template", "<text:p>规章</text:p>"));
    assertThat(r.failure()).isEqualTo("binary");
  }

  /** Two paragraphs of a cell, or a line break in one, show two figures one above the other: never the count 121. */
  @Test
  void aCellsParagraphsAndLineBreaksPartItsFigures() throws Exception {
    String cells = "<table:table-cell><text:p>12</text:p><text:p>1</text:p></table:table-cell>"
        + "<table:table-cell><text:p>12<text:line-break/>1</text:p></table:table-cell>"
        + "<table:table-cell><text:p><text:span>1</text:span><text:span>2</text:span></text:p></table:table-cell>";
    ReadResult r = new ReportReader().read(odt("<table:table><table:table-row>" + cells + "</table:table-row><table:table-row>" + cells
        + "</table:table-row></table:table>"));
    Table t = (Table) r.document().blocks().get(0);
    assertThat(t.rows().get(0).cells().stream().map(Cell::raw)).containsExactly("12\n1", "12\n1", "12");
  }

  private static Row row(Cell... cells) {
    return new Row(List.of(cells));
  }

  private static byte[] odt(String text) throws Exception {
    return zip(TEXT_MIMETYPE, text);
  }

  private static byte[] zip(String mimetype, String text) throws Exception {
    String content = "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\">"
        + "<office:body><office:text>" + text + "</office:text></office:body></office:document-content>";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("mimetype"));
      z.write(mimetype.getBytes(StandardCharsets.US_ASCII));
      z.putNextEntry(new ZipEntry("content.xml"));
      z.write(content.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
