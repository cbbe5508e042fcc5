package org.govdisclosure.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.govdisclosure.extract.TestCorpus;
import org.govdisclosure.extract.evaluate.Gold;
import org.govdisclosure.extract.fixtures.FormatFixtures;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;
import org.junit.jupiter.api.Test;

class SheetReaderTest {

  /** LibreOffice Calc saved each seed's page as .xlsx and as .xls: both give the same paragraphs and tables. */
  @Test
  void excel97AndExcel2007CopiesOfTheSeedsReadAlike() throws Exception {
    for (Gold seed : TestCorpus.under("seeds")) {
      ReadResult xls = new ReportReader().read(Files.readAllBytes(FormatFixtures.xls(seed)));
      ReadResult xlsx = new ReportReader().read(Files.readAllBytes(FormatFixtures.xlsx(seed)));
      assertThat(xls.document().format()).isEqualTo("xls");
      assertThat(xlsx.document().format()).isEqualTo("xlsx");
      assertThat(xlsx.document().blocks()).as(seed.name()).isNotEmpty().isEqualTo(xls.document().blocks());
    }
  }

  /**
   * A merged title is a paragraph; in a table a region keeps its text in its first cell, the cells it covers along
   * its first row are dropped and, below, its first column is an empty cell; numbers read as displayed, formulas as
   * their result; an empty row ends the table.
   */
  @Test
  void mergedRegionsNumbersAndFormulasReadAsDisplayed() throws Exception {
    for (Workbook book : List.of(new XSSFWorkbook(), new HSSFWorkbook())) {
      var sheet = book.createSheet("2021");
      sheet.createRow(0).createCell(0).setCellValue("三、收到和处理政府信息公开申请情况");
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
      var first = sheet.createRow(1);
      first.createCell(0).setCellValue("三、本年度办理结果");
      first.createCell(1).setCellValue("（一）予以公开");
      first.createCell(3).setCellValue(12);
      first.createCell(4).setCellFormula("D2*2");
      sheet.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
      sheet.addMergedRegion(new CellRangeAddress(1, 1, 1, 2));
      var second = sheet.createRow(2);
      second.createCell(1).setCellValue("（二）部分公开");
      second.createCell(3).setCellValue(3.5);
      second.createCell(4).setCellValue("/");
      sheet.createRow(4).createCell(0).setCellValue("四、政府信息公开行政复议、行政诉讼情况");
      book.getCreationHelper().createFormulaEvaluator().evaluateAll();
      ReadResult r = new ReportReader().read(bytes(book));
      assertThat(r.document().blocks()).as(book.getClass().getSimpleName()).containsExactly(
          new Paragraph("三、收到和处理政府信息公开申请情况"),
          new Table(List.of(row("三、本年度办理结果", "（一）予以公开", "12", "24"), row("", "（二）部分公开", "", "3.5", "/"))),
          new Paragraph("四、政府信息公开行政复议、行政诉讼情况"));
    }
  }

  @Test
  void aWorkbookWhoseSheetsUnpackPastTheCapIsTooLargeNotRead() throws Exception {
    byte[] sheet = new byte[(int) OfficeZip.MAX_SHEET_BYTES + 1];
    Arrays.fill(sheet, (byte) ' ');
    ReadResult r = new ReportReader().read(zip(List.of("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"), sheet));
    assertThat(r.failure()).isEqualTo(ReadResult.TOO_LARGE);
    assertThat(r.reason()).startsWith("Excel workbook whose sheets unpack to more than 8 MiB");
  }

  /** A zip bomb: a few hundred kilobytes that would inflate past the cap are refused while counting, never built. */
  @Test
  void anArchiveThatUnpacksPastTheCapOrHoldsTooManyEntriesIsTooLarge() throws Exception {
    byte[] chunk = new byte[16 * 1024 * 1024];
    Arrays.fill(chunk, (byte) ' ');
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      for (long n = 0; n <= OfficeZip.MAX_UNPACKED_BYTES; n += chunk.length) {
        zip.write(chunk);
      }
      zip.closeEntry();
    }
    ReadResult bomb = new ReportReader().read(out.toByteArray());
    assertThat(out.size()).isLessThan(1 << 20);
    assertThat(bomb.failure()).isEqualTo(ReadResult.TOO_LARGE);
    assertThat(bomb.reason()).isEqualTo("ZIP archive that unpacks to more than 256 MiB: not unpacked");

    List<String> names = new java.util.ArrayList<>();
    for (int i = 0; i <= OfficeZip.MAX_ENTRIES; i++) {
      names.add("word/media/image" + i + ".png");
    }
    ReadResult many = new ReportReader().read(zip(names, new byte[1]));
    assertThat(many.failure()).isEqualTo(ReadResult.TOO_LARGE);
    assertThat(many.reason()).isEqualTo("ZIP archive of more than 1000 entries: not unpacked");
  }

  private static Row row(String... cells) {
    return new Row(Arrays.stream(cells).map(Cell::new).toList());
  }

  private static byte[] bytes(Workbook book) throws IOException {
    try (book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      book.write(out);
      return out.toByteArray();
    }
  }

  /** An archive of the named entries, the last holding {@code last} and the others nothing. */
  private static byte[] zip(List<String> names, byte[] last) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < names.size(); i++) {
        zip.putNextEntry(new ZipEntry(names.get(i)));
        zip.write(i == names.size() - 1 ? last : new byte[0]);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
