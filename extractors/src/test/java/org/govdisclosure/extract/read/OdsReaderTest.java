package org.govdisclosure.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;
import org.junit.jupiter.api.Test;

class OdsReaderTest {

  private static String cell(String text) {
    return "<table:table-cell office:value-type=\"string\"><text:p>" + text + "</text:p></table:table-cell>";
  }

  /**
   * A sheet as Calc writes it: a title over merged cells, a table of rows, empty cells and rows repeated to the
   * sheet's edge (read as nothing, not laid out), a collapsed row not read; read as an Excel sheet is.
   */
  @Test
  void aSheetIsReadAsAnExcelSheetIs() throws Exception {
    ReadResult r = new ReportReader().read(ods("<table:table table:name=\"S\">"
        + "<table:table-row><table:table-cell table:number-columns-spanned=\"3\"><text:p>二、主动公开政府信息情况</text:p>"
        + "</table:table-cell><table:covered-table-cell table:number-columns-repeated=\"2\"/>"
        + "<table:table-cell table:number-columns-repeated=\"16381\"/></table:table-row>"
        + "<table:table-row>" + cell("信息内容") + cell("本年新制作数量") + cell("对外公开总数量") + "</table:table-row>"
        + "<table:table-row table:visibility=\"collapse\">" + cell("规章") + cell("9") + cell("9") + "</table:table-row>"
        + "<table:table-row>" + cell("规范性文件") + cell("4") + cell("6")
        + "<table:table-cell table:number-columns-repeated=\"16381\"/></table:table-row>"
        + "<table:table-row table:number-rows-repeated=\"1048572\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>"
        + "</table:table>"));
    assertThat(r.document().format()).isEqualTo("ods");
    assertThat(r.document().blocks()).containsExactly(new Paragraph("二、主动公开政府信息情况"), new Table(List.of(
        new Row(List.of(new Cell("信息内容"), new Cell("本年新制作数量"), new Cell("对外公开总数量"))),
        new Row(List.of(new Cell("规范性文件"), new Cell("4"), new Cell("6"))))));
  }

  /** Filled cells repeated over and over (a few kilobytes asking for millions of cells) are refused, not laid out. */
  @Test
  void aSheetLayingOutFarMoreCellsThanTablesNeedIsTooLarge() throws Exception {
    String row = "<table:table-row table:number-rows-repeated=\"100\"><table:table-cell table:number-columns-repeated=\"100\">"
        + "<text:p>1</text:p></table:table-cell></table:table-row>";
    ReadResult r = new ReportReader().read(ods("<table:table>" + row.repeat(OdsReader.MAX_CELLS / 10_000 + 1) + "</table:table>"));
    assertThat(r.failure()).isEqualTo(ReadResult.TOO_LARGE);
  }

  /** A cell's two paragraphs (Calc's line break in a cell) show two figures one above the other: never the count 121. */
  @Test
  void aCellsParagraphsPartItsFigures() throws Exception {
    ReadResult r = new ReportReader().read(ods("<table:table table:name=\"S\"><table:table-row>" + cell("规章")
        + "<table:table-cell office:value-type=\"string\"><text:p>12</text:p><text:p>1</text:p></table:table-cell>" + cell("3")
        + "</table:table-row><table:table-row>" + cell("规范性文件") + cell("4") + cell("6") + "</table:table-row></table:table>"));
    Table t = (Table) r.document().blocks().get(0);
    assertThat(t.rows().get(0).cells().get(1).raw()).isEqualTo("12\n1");
  }

  private static byte[] ods(String sheets) throws Exception {
    String content = "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\">"
        + "<office:body><office:spreadsheet>" + sheets + "</office:spreadsheet></office:body></office:document-content>";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("mimetype"));
      z.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
      z.putNextEntry(new ZipEntry("content.xml"));
      z.write(content.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
