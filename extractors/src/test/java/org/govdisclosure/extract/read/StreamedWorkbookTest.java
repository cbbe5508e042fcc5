package org.govdisclosure.extract.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamedWorkbookTest {

  private final DataFormatter formatter = new DataFormatter();
  private final StreamedWorkbook streamed = new StreamedWorkbook(formatter);

  /**
   * A plain workbook streamed gives each visible sheet's rows, cells' texts, hidden rows and columns and merged
   * regions as POI's workbook model displays them: strings shared and in runs, numbers in their formats.
   */
  @Test
  void plainWorkbookReadsAsPoiDisplaysIt() throws IOException, StreamedWorkbook.Unsupported {
    XSSFWorkbook book = new XSSFWorkbook();
    book.createSheet("草稿").createRow(0).createCell(0).setCellValue("不读");
    book.setSheetHidden(0, true);
    Sheet sheet = book.createSheet("年报");
    var pieces = book.createDataFormat();
    var counted = book.createCellStyle();
    counted.setDataFormat(pieces.getFormat("0\"件\""));
    var thousands = book.createCellStyle();
    thousands.setDataFormat(pieces.getFormat("#,##0"));
    var cents = book.createCellStyle();
    cents.setDataFormat(pieces.getFormat("0.00"));
    sheet.createRow(0).createCell(0).setCellValue("三、收到和处理政府信息公开申请情况");
    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
    var row = sheet.createRow(2);
    XSSFRichTextString runs = new XSSFRichTextString("（一）予以公开");
    runs.applyFont(0, 3, book.createFont());
    row.createCell(0).setCellValue(runs);
    row.createCell(1).setCellValue(7);
    row.getCell(1).setCellStyle(counted);
    row.createCell(2).setCellValue(12345);
    row.getCell(2).setCellStyle(thousands);
    row.createCell(3).setCellValue(8.5);
    row.createCell(5).setCellStyle(cents);
    var hidden = sheet.createRow(3);
    hidden.createCell(0).setCellValue("隐藏行");
    hidden.setZeroHeight(true);
    var amounts = sheet.createRow(4);
    amounts.createCell(0).setCellValue(2.675);
    amounts.getCell(0).setCellStyle(cents);
    amounts.createCell(3).setCellValue(" / ");
    sheet.setColumnHidden(2, true);

    SheetGrid grid = readsAsPoi(bytes(book));

    assertThat(grid.rows().keySet()).containsExactly(0, 2, 3, 4);
    assertThat(grid.rows().get(2).texts().values()).containsExactly("（一）予以公开", "7件", "12,345", "8.5", "");
    assertThat(grid.rows().get(4).texts().values()).containsExactly("2.68", " / ");
  }

  /**
   * What POI displays otherwise than a plain reading would (a formula's cached result, a date, a number beyond
   * Excel's fifteen digits, a scaled format) is left to POI: the workbook is refused, and read as before.
   */
  @Test
  void workbookWithMoreThanPlainCellsIsLeftToPoi() throws IOException {
    List<Consumer<XSSFWorkbook>> extras = new ArrayList<>();
    extras.add(book -> book.getSheetAt(0).getRow(0).createCell(1).setCellFormula("1+1"));
    extras.add(book -> {
      var date = book.createCellStyle();
      date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
      book.getSheetAt(0).getRow(0).createCell(1).setCellValue(45000);
      book.getSheetAt(0).getRow(0).getCell(1).setCellStyle(date);
    });
    extras.add(book -> book.getSheetAt(0).getRow(0).createCell(1).setCellValue(0.1 + 0.2));
    extras.add(book -> {
      var scaled = book.createCellStyle();
      scaled.setDataFormat(book.createDataFormat().getFormat("#,##0,"));
      book.getSheetAt(0).getRow(0).createCell(1).setCellValue(25000);
      book.getSheetAt(0).getRow(0).getCell(1).setCellStyle(scaled);
    });
    extras.add(book -> book.getSheetAt(0).getRow(0).createCell(1).setCellValue(true));
    for (Consumer<XSSFWorkbook> extra : extras) {
      XSSFWorkbook book = new XSSFWorkbook();
      book.createSheet("年报").createRow(0).createCell(0).setCellValue("新收政府信息公开申请数量");
      extra.accept(book);
      byte[] bytes = bytes(book);
      assertThatThrownBy(() -> streamed.visibleSheets(bytes)).isInstanceOf(StreamedWorkbook.Unsupported.class);
      assertThat(new SheetReader().readXlsx(bytes).document().blocks()).isNotEmpty();
    }
  }

  /**
   * What an application adds for itself, and POI leaves unread (alternative content, as Excel writes its file's path
   * in; extension lists), is skipped: the workbook is still streamed, and reads as POI reads it.
   */
  @Test
  void alternativeContentAndExtensionsAreSkipped() throws IOException, StreamedWorkbook.Unsupported {
    XSSFWorkbook book = new XSSFWorkbook();
    var row = book.createSheet("年报").createRow(0);
    row.createCell(0).setCellValue("新收政府信息公开申请数量");
    row.createCell(1).setCellValue(9);
    byte[] bytes = withParts(bytes(book), Map.of(
        "xl/workbook.xml", xml -> xml.replaceFirst("<sheets>", "<mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/"
            + "markup-compatibility/2006\"><mc:Choice Requires=\"x15\"><x15ac:absPath xmlns:x15ac=\"http://schemas.microsoft.com/"
            + "office/spreadsheetml/2010/11/ac\" url=\"D:\\\\年报\\\\\"/></mc:Choice></mc:AlternateContent><sheets>"),
        "xl/worksheets/sheet1.xml", xml -> xml.replace("</worksheet>", "<extLst><ext uri=\"{0}\" xmlns:x14=\"http://schemas.microsoft.com/"
            + "office/spreadsheetml/2009/9/main\"><x14:sparklineGroups/></ext></extLst></worksheet>")));

    SheetGrid grid = readsAsPoi(bytes);

    assertThat(grid.rows().get(0).texts().values()).containsExactly("新收政府信息公开申请数量", "9");
  }

  /**
   * A number is shown in its cell's format from the workbook's number formats: a conditional format's own number
   * format (a {@code dxf}'s), though it shares its id, is none of them.
   */
  @Test
  void aConditionalFormatsNumberFormatIsNotTheCellsFormat() throws IOException, StreamedWorkbook.Unsupported {
    XSSFWorkbook book = new XSSFWorkbook();
    var counted = book.createCellStyle();
    counted.setDataFormat(book.createDataFormat().getFormat("0\"件\""));
    var row = book.createSheet("年报").createRow(0);
    row.createCell(0).setCellValue("新收政府信息公开申请数量");
    row.createCell(1).setCellValue(7);
    row.getCell(1).setCellStyle(counted);
    byte[] bytes = withParts(bytes(book), Map.of("xl/styles.xml", xml -> xml.replace("</styleSheet>",
        "<dxfs count=\"1\"><dxf><numFmt numFmtId=\"" + counted.getDataFormat() + "\" formatCode=\"0.0\"/></dxf></dxfs></styleSheet>")));

    SheetGrid grid = readsAsPoi(bytes);

    assertThat(grid.rows().get(0).texts().values()).containsExactly("新收政府信息公开申请数量", "7件");
  }

  /** A hidden row says so as XML Schema writes a boolean, spaces around it aside; any other word is left to POI. */
  @Test
  void aRowIsHiddenByAnXmlSchemaBoolean() throws IOException, StreamedWorkbook.Unsupported {
    XSSFWorkbook book = new XSSFWorkbook();
    book.createSheet("年报").createRow(0).createCell(0).setCellValue("新收政府信息公开申请数量");
    byte[] plain = bytes(book);
    byte[] spaced = withParts(plain, Map.of("xl/worksheets/sheet1.xml", xml -> xml.replace("<row r=\"1\"", "<row r=\"1\" hidden=\" 1 \"")));
    byte[] worded = withParts(plain, Map.of("xl/worksheets/sheet1.xml", xml -> xml.replace("<row r=\"1\"", "<row r=\"1\" hidden=\"yes\"")));

    assertThat(readsAsPoi(spaced).rows().get(0).hidden()).isTrue();
    assertThatThrownBy(() -> streamed.visibleSheets(worded)).isInstanceOf(StreamedWorkbook.Unsupported.class);
  }

  /**
   * The JDK's own StAX reader streams the workbook, never the one the class path names (on a cluster's, Hadoop's
   * shaded Woodstox, which refuses the hardening): named by the system property as one that cannot be made, the
   * workbook reads all the same; and an outside entity that a part declares is not read.
   */
  @Test
  void theJdksOwnStaxReaderStreamsTheWorkbookAndReadsNoOutsideEntity(@TempDir Path dir) throws IOException, StreamedWorkbook.Unsupported {
    XSSFWorkbook book = new XSSFWorkbook();
    book.createSheet("年报").createRow(0).createCell(0).setCellValue("新收政府信息公开申请数量");
    byte[] plain = bytes(book);
    Path secret = Files.writeString(dir.resolve("secret.txt"), "不该读到");
    byte[] entity = withParts(plain, Map.of("xl/sharedStrings.xml", xml -> xml.replaceFirst("\\?>",
        "?><!DOCTYPE sst [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>").replace("新收政府信息公开申请数量", "&x;")));
    String property = "javax.xml.stream.XMLInputFactory";
    String before = System.getProperty(property);
    System.setProperty(property, "org.example.NoSuchStaxFactory");
    StreamedWorkbook made;
    try {
      made = new StreamedWorkbook(formatter);
    } finally {
      if (before == null) {
        System.clearProperty(property);
      } else {
        System.setProperty(property, before);
      }
    }
    assertThat(made.visibleSheets(plain).get(0).rows().get(0).texts()).containsValue("新收政府信息公开申请数量");
    try {
      assertThat(made.visibleSheets(entity).get(0).rows().get(0).texts().values()).noneMatch(text -> text.contains("不该读到"));
    } catch (StreamedWorkbook.Unsupported refused) {
      // refused is as good: the entity was not read
    }
  }

  /** The one visible sheet streamed from {@code bytes}, checked against POI's reading of it. */
  private SheetGrid readsAsPoi(byte[] bytes) throws IOException, StreamedWorkbook.Unsupported {
    List<SheetGrid> sheets = streamed.visibleSheets(bytes);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      assertThat(sheets).hasSize(1);
      int visible = 0;
      while (book.isSheetHidden(visible)) {
        visible++;
      }
      Sheet sheet = book.getSheetAt(visible);
      SheetGrid grid = sheets.get(0);
      assertThat(grid.firstRow()).isEqualTo(sheet.getFirstRowNum());
      assertThat(grid.lastRow()).isEqualTo(sheet.getLastRowNum());
      assertThat(grid.mergedRegions()).isEqualTo(sheet.getMergedRegions());
      for (int c = 0; c < 8; c++) {
        assertThat(grid.hiddenColumn().test(c)).as("column " + c).isEqualTo(sheet.isColumnHidden(c));
      }
      for (var poiRow : sheet) {
        var texts = new TreeMap<Integer, String>();
        poiRow.forEach(cell -> texts.put(cell.getColumnIndex(), formatter.formatCellValue(cell)));
        assertThat(grid.rows().get(poiRow.getRowNum())).isEqualTo(new SheetGrid.Row(poiRow.getZeroHeight(), texts));
      }
      assertThat(grid.rows()).hasSize(sheet.getPhysicalNumberOfRows());
      return grid;
    }
  }

  /** The archive with some parts' XML rewritten. */
  private static byte[] withParts(byte[] archive, Map<String, UnaryOperator<String>> rewrites) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive)); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] part = in.readAllBytes();
        UnaryOperator<String> rewrite = rewrites.get(e.getName());
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(rewrite == null ? part : rewrite.apply(new String(part, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
      }
    }
    return out.toByteArray();
  }

  private static byte[] bytes(XSSFWorkbook book) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    book.write(out);
    book.close();
    return out.toByteArray();
  }
}
