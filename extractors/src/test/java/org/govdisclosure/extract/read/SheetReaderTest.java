package org.govdisclosure.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.govdisclosure.extract.ProcessedReport;
import org.govdisclosure.extract.ReportProcessor;
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
   * A merged title is a paragraph; in a table a region keeps its text in its first cell, the places it covers along
   * its first row are spanned (no cell of their own) and those below are empty cells; numbers read as displayed,
   * formulas as their result; an empty row ends the table.
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
          new Table(List.of(new Row(List.of(new Cell("三、本年度办理结果"), new Cell("（一）予以公开"), Cell.SPANNED, new Cell("12"),
              new Cell("24"))), row("", "（二）部分公开", "", "3.5", "/"))),
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
              new Row(List.of(new Cell("一、本年新收政府信息公开申请数量"), Cell.SPANNED, new Cell("5"), new Cell("5"))),
              row("三、本年度办理结果", "（一）予以公开", "3", ""),
              row("", "（二）部分公开", "", ""),
              row("", "（七）总计", "", "3"),
              new Row(List.of(new Cell("四、结转下年度继续办理"), Cell.SPANNED, new Cell(""), new Cell(""))))),
          new Paragraph("四、政府信息公开行政复议、行政诉讼情况"));
    }
  }

  /**
   * A sheet's table read as a full grid, as a grid of another format is: from the table's first filled column (an
   * empty column A is no column of it) to its last, each row with a cell in every column whether the sheet holds one
   * there or not, each value in its sheet column; hidden rows and columns are not read, as they are not displayed.
   */
  @Test
  void aTableIsAFullGridOfItsVisibleColumns() throws Exception {
    for (Workbook book : List.of(new XSSFWorkbook(), new HSSFWorkbook())) {
      var sheet = book.createSheet("三");
      var header = sheet.createRow(0);
      header.createCell(1).setCellValue("申请人情况");
      header.createCell(2).setCellValue("自然人");
      header.createCell(4).setCellValue("总计");
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 2, 3));
      var received = sheet.createRow(1);
      received.createCell(1).setCellValue("一、本年新收政府信息公开申请数量");
      received.createCell(2).setCellValue(4);
      received.createCell(3).setCellValue(9);
      received.createCell(4).setCellValue(13);
      received.createCell(5).setCellValue(777);
      var scratch = sheet.createRow(2);
      scratch.createCell(1).setCellValue("草稿");
      scratch.createCell(2).setCellValue(555);
      scratch.setZeroHeight(true);
      var carried = sheet.createRow(3);
      carried.createCell(1).setCellValue("四、结转下年度继续办理");
      carried.createCell(2).setCellValue(2);
      sheet.setColumnHidden(5, true);
      ReadResult r = new ReportReader().read(bytes(book));
      assertThat(r.document().blocks()).as(book.getClass().getSimpleName()).containsExactly(new Table(List.of(
          new Row(List.of(new Cell("申请人情况"), new Cell("自然人"), Cell.SPANNED, new Cell("总计"))),
          row("一、本年新收政府信息公开申请数量", "4", "9", "13"),
          row("四、结转下年度继续办理", "2", "", ""))));
    }
  }

  /**
   * Calc lays tables of different widths on one sheet's columns, merging a cell across the columns another table
   * needs: a column that only merged regions cover, no cell of the table starting in it, is none of the table's.
   */
  @Test
  void aColumnThatOnlyMergedCellsCoverIsNoColumnOfTheTable() throws Exception {
    for (Workbook book : List.of(new XSSFWorkbook(), new HSSFWorkbook())) {
      var sheet = book.createSheet("四");
      var header = sheet.createRow(0);
      header.createCell(0).setCellValue("类别");
      header.createCell(2).setCellValue("结果维持");
      header.createCell(4).setCellValue("总计");
      var review = sheet.createRow(1);
      review.createCell(0).setCellValue("行政复议");
      review.createCell(2).setCellValue(1);
      review.createCell(4).setCellValue(1);
      for (int r = 0; r <= 1; r++) {
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 1));
        sheet.addMergedRegion(new CellRangeAddress(r, r, 2, 3));
      }
      assertThat(new ReportReader().read(bytes(book)).document().blocks()).as(book.getClass().getSimpleName())
          .containsExactly(new Table(List.of(row("类别", "结果维持", "总计"), row("行政复议", "1", "1"))));
    }
  }

  /**
   * Two tables side by side on one sheet, an empty column between them, the right one's rows of numbers ending two
   * rows before the left one's: two tables, left then right. A column left empty inside one table, with numbers on
   * both sides to its last row, parts nothing.
   */
  @Test
  void tablesSideBySideAreTwoTablesAndAnEmptyColumnInsideOneIsNot() throws Exception {
    for (Workbook book : List.of(new XSSFWorkbook(), new HSSFWorkbook())) {
      var sheet = book.createSheet("三四");
      String[][] cells = {
        {"申请人情况", "自然人", "总计", "", "行政复议", "总计"},
        {"一、本年新收", "6", "8", "", "结果维持", "3"},
        {"二、上年结转", "1", "2", "", "4", "3"},
        {"（一）予以公开", "5", "7"},
        {"四、结转下年度继续办理", "2", "3"},
      };
      for (int r = 0; r < cells.length; r++) {
        var row = sheet.createRow(r);
        for (int c = 0; c < cells[r].length; c++) {
          if (!cells[r][c].isEmpty()) {
            row.createCell(c).setCellValue(cells[r][c]);
          }
        }
      }
      var apart = sheet.createRow(6);
      apart.createCell(0).setCellValue("结果维持");
      apart.createCell(2).setCellValue("总计");
      var under = sheet.createRow(7);
      under.createCell(0).setCellValue("9");
      under.createCell(2).setCellValue("9");

      assertThat(new ReportReader().read(bytes(book)).document().blocks()).as(book.getClass().getSimpleName()).containsExactly(
          new Table(List.of(row("申请人情况", "自然人", "总计"), row("一、本年新收", "6", "8"), row("二、上年结转", "1", "2"),
              row("（一）予以公开", "5", "7"), row("四、结转下年度继续办理", "2", "3"))),
          new Table(List.of(row("行政复议", "总计"), row("结果维持", "3"), row("4", "3"))),
          new Table(List.of(row("结果维持", "", "总计"), row("9", "", "9"))));
    }
  }

  /** However far right a sheet fills a cell, a table is at most {@link SheetReader#MAX_COLUMNS} wide: the grid stays bounded. */
  @Test
  void aTableIsNoWiderThanTheCap() throws Exception {
    for (Workbook book : List.of(new XSSFWorkbook(), new HSSFWorkbook())) {
      var row = book.createSheet("四").createRow(0);
      row.createCell(0).setCellValue("行政复议");
      row.createCell(1).setCellValue(1);
      row.createCell(250).setCellValue(2);
      Table table = (Table) new ReportReader().read(bytes(book)).document().blocks().get(0);
      assertThat(table.rows().get(0).cells()).as(book.getClass().getSimpleName()).hasSize(SheetReader.MAX_COLUMNS);
    }
  }

  /** A hidden sheet (scratch figures, a lookup list) is not displayed, so not read as part of the report. */
  @Test
  void hiddenSheetsAreNotRead() throws Exception {
    for (Workbook book : List.of(new XSSFWorkbook(), new HSSFWorkbook())) {
      book.createSheet("报告").createRow(0).createCell(0).setCellValue("一、总体情况");
      book.createSheet("草稿").createRow(0).createCell(0).setCellValue("三、收到和处理政府信息公开申请情况");
      book.createSheet("底稿").createRow(0).createCell(0).setCellValue("四、结转下年度继续办理");
      book.setSheetHidden(1, true);
      book.setSheetVisibility(2, org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
      assertThat(new ReportReader().read(bytes(book)).document().blocks()).as(book.getClass().getSimpleName())
          .containsExactly(new Paragraph("一、总体情况"));
    }
  }

  /**
   * Section 三 on a sheet with a 小计 column after the five organisation columns, its headers merged: laid out on a
   * full grid, each row's subtotal is found in its column and dropped where it is the sum of the five before it.
   */
  @Test
  void aSubtotalColumnOfASheetIsDroppedWhereItSumsItsRow() throws Exception {
    for (Workbook book : List.of(new XSSFWorkbook(), new HSSFWorkbook())) {
      var sheet = sectionThreeHeader(book, "测试镇2020年政府信息公开工作年度报告", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "小计");
      values(sheet.createRow(4), "一、本年新收政府信息公开申请数量", 6, 1, 0, 2, 0, 1, 4, 10);
      values(sheet.createRow(5), "二、上年结转政府信息公开申请数量", 1, 0, 0, 0, 0, 0, 0, 1);
      values(sheet.createRow(6), "四、结转下年度继续办理", 2, 0, 1, 0, 0, 0, 1, 3);
      sheet.createRow(8).createCell(0).setCellValue("四、政府信息公开行政复议、行政诉讼情况");
      ProcessedReport r = ReportProcessor.withRegistered().process("test.xlsx", bytes(book));
      assertThat(applications(r, "new_received")).as(book.getClass().getSimpleName()).containsEntry("natural_person", 6)
          .containsEntry("commercial_enterprise", 1).containsEntry("social_welfare_org", 2).containsEntry("other_org", 1)
          .containsEntry("total", 10);
      assertThat(applications(r, "carried_forward")).containsEntry("research_institution", 1).containsEntry("total", 3);
    }
  }

  /**
   * A formula whose result is an error (a reference deleted, a division by zero) shows its error code, not a count:
   * that cell is null with a warning naming the error, and the row's other cells are read.
   */
  @Test
  void anErrorCellIsNullAndTheRestOfItsRowIsRead() throws Exception {
    for (Workbook book : List.of(new XSSFWorkbook(), new HSSFWorkbook())) {
      var sheet = sectionThreeHeader(book, "测试镇2021年政府信息公开工作年度报告", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");
      var received = sheet.createRow(4);
      values(received, "一、本年新收政府信息公开申请数量", 7, 2, 0, 1, 0, 0, 10);
      received.getCell(2).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.REF.getCode());
      var carried = sheet.createRow(5);
      values(carried, "二、上年结转政府信息公开申请数量", 3, 0, 0, 0, 0, 0, 3);
      carried.getCell(7).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.DIV0.getCode());
      sheet.createRow(7).createCell(0).setCellValue("四、政府信息公开行政复议、行政诉讼情况");
      ProcessedReport r = ReportProcessor.withRegistered().process("test.xlsx", bytes(book));
      String kind = book.getClass().getSimpleName();
      assertThat(applications(r, "new_received")).as(kind).containsEntry("natural_person", 7)
          .containsEntry("commercial_enterprise", null).containsEntry("research_institution", 0).containsEntry("total", 10);
      assertThat(applications(r, "carried_over")).as(kind).containsEntry("natural_person", 3).containsEntry("total", null);
      assertThat(r.warnings()).as(kind).anyMatch(w -> w.code().equals("error_cell") && w.message().contains("#REF!"))
          .anyMatch(w -> w.code().equals("error_cell") && w.message().contains("#DIV/0!"));
    }
  }

  /** A sheet with the title and section 三's two header rows, the organisations' columns under 法人或其他组织 as given. */
  private static org.apache.poi.ss.usermodel.Sheet sectionThreeHeader(Workbook book, String title, String... organisations) {
    var sheet = book.createSheet("报告");
    sheet.createRow(0).createCell(0).setCellValue(title);
    sheet.createRow(1).createCell(0).setCellValue("三、收到和处理政府信息公开申请情况");
    int total = 2 + organisations.length;
    var top = sheet.createRow(2);
    top.createCell(0).setCellValue("申请人情况");
    top.createCell(1).setCellValue("自然人");
    top.createCell(2).setCellValue("法人或其他组织");
    top.createCell(total).setCellValue("总计");
    sheet.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
    sheet.addMergedRegion(new CellRangeAddress(2, 3, 1, 1));
    sheet.addMergedRegion(new CellRangeAddress(2, 2, 2, total - 1));
    sheet.addMergedRegion(new CellRangeAddress(2, 3, total, total));
    var names = sheet.createRow(3);
    for (int c = 0; c < organisations.length; c++) {
      names.createCell(2 + c).setCellValue(organisations[c]);
    }
    return sheet;
  }

  private static void values(org.apache.poi.ss.usermodel.Row row, String label, int... counts) {
    row.createCell(0).setCellValue(label);
    for (int c = 0; c < counts.length; c++) {
      row.createCell(1 + c).setCellValue(counts[c]);
    }
  }

  private static Map<String, Object> applications(ProcessedReport r, String rowKey) {
    return r.tables().get("applications").stream().filter(m -> rowKey.equals(m.get("row_key"))).findFirst().orElseThrow();
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

  /** A line break in a cell (Alt+Enter) shows two figures one above the other, in either format: never the count 121. */
  @Test
  void aLineBreakInACellPartsItsFigures() throws Exception {
    for (Workbook book : List.of(new XSSFWorkbook(), new HSSFWorkbook())) {
      var sheet = book.createSheet("2021");
      for (int r = 0; r < 2; r++) {
        var row = sheet.createRow(r);
        row.createCell(0).setCellValue("规章");
        row.createCell(1).setCellValue("12\n1");
        row.createCell(2).setCellValue(3);
      }
      Table t = (Table) new ReportReader().read(bytes(book)).document().blocks().get(0);
      assertThat(t.rows().get(0).cells().get(1).raw()).as(book.getClass().getSimpleName()).isEqualTo("12\n1");
    }
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
