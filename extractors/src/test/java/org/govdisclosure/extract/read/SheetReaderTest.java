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

  /**
   * As LibreOffice Calc writes an HTML table to a sheet: a row whose last values are empty keeps a cell in each of the
   * table's columns (its value stays in its column), and a row with only its label is a table row, not a paragraph,
   * when a group label merged down covers part of it or when its empty cells are drawn across the table; a heading
   * laid alone in a row is still a paragraph and ends the table, and cells a row merely formats past the table's last
   * filled column are dropped.
   */
  @Test
  void tableRowsKeepTheirColumnsAndARowWithOnlyItsLabelStaysInItsTable() throws Exception {
    for (Workbook book : List.of(new XSSFWorkbook(), new HSSFWorkbook())) {
      var sheet = book.createSheet("2021");
      sheet.createRow(0).createCell(0).setCellValue("三、收到和处理政府信息公开申请情况");
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
      var received = sheet.createRow(1);
      received.createCell(0).setCellValue("一、本年新收政府信息公开申请数量");
      received.createCell(2).setCellValue(5);
      received.createCell(3).setCellValue(5);
      sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 1));
      var granted = sheet.createRow(2);
      granted.createCell(0).setCellValue("三、本年度办理结果");
      granted.createCell(1).setCellValue("（一）予以公开");
      granted.createCell(2).setCellValue(3);
      sheet.addMergedRegion(new CellRangeAddress(2, 4, 0, 0));
      sheet.createRow(3).createCell(1).setCellValue("（二）部分公开");
      var total = sheet.createRow(4);
      total.createCell(1).setCellValue("（七）总计");
      total.createCell(3).setCellValue(3);
      var carried = sheet.createRow(5);
      carried.createCell(0).setCellValue("四、结转下年度继续办理");
      for (int c = 2; c <= 6; c++) {
        carried.createCell(c).setBlank();
      }
      sheet.addMergedRegion(new CellRangeAddress(5, 5, 0, 1));
      sheet.createRow(6).createCell(0).setCellValue("四、政府信息公开行政复议、行政诉讼情况");
      ReadResult r = new ReportReader().read(bytes(book));
      assertThat(r.document().blocks()).as(book.getClass().getSimpleName()).containsExactly(
          new Paragraph("三、收到和处理政府信息公开申请情况"),
          new Table(List.of(
              row("一、本年新收政府信息公开申请数量", "5", "5"),
              row("三、本年度办理结果", "（一）予以公开", "3", ""),
              row("", "（二）部分公开", "", ""),
              row("", "（七）总计", "", "3"),
              row("四、结转下年度继续办理", "", ""))),
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
