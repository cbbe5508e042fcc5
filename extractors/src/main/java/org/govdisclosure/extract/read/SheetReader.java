package org.govdisclosure.extract.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Document;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;

/**
 * Reads an Excel workbook (Excel 2007+ {@code .xlsx} with POI XSSF, Excel 97–2003 {@code .xls} with HSSF) that holds
 * a report or its statistics tables, into the same model as the Word readers: each sheet's rows in order, a row with
 * one filled cell a paragraph (a title, a heading, prose laid over merged cells), a run of rows with more a table,
 * ended by an empty row. Cells read as they are displayed (numbers in their format, formulas as their last result).
 * A merged region keeps its text in its first cell: the cells it covers along its first row are dropped, as a
 * sheet's columns are shared by all its tables and a table's cell may span several of them; in the rows below, the
 * region leaves an empty cell in its first column, as a Word table merged down does.
 */
public final class SheetReader {

  private static final String WORKBOOK_STREAM = "Workbook";

  private final DataFormatter formatter = new DataFormatter();

  public SheetReader() {
    formatter.setUseCachedValuesForFormulaCells(true);
  }

  static boolean isXls(DirectoryNode root) {
    return root.hasEntry(WORKBOOK_STREAM);
  }

  ReadResult readXlsx(byte[] bytes) {
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      return ReadResult.ok(new Document("xlsx", null, blocks(book)));
    } catch (IOException | RuntimeException e) {
      // POI reports damage with a variety of runtime exceptions; any of them means the file cannot be read.
      return ReadResult.failed("corrupt", "damaged Excel (.xlsx) file that cannot be opened (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
    }
  }

  ReadResult readXls(DirectoryNode root) {
    try {
      int size = ((DocumentEntry) root.getEntry(WORKBOOK_STREAM)).getSize();
      if (size > OfficeZip.MAX_SHEET_BYTES) {
        return ReadResult.failed(ReadResult.TOO_LARGE, "Excel (.xls) workbook of " + size + " bytes, far more than statistics tables need: not read, to keep memory bounded");
      }
      try (Workbook book = new HSSFWorkbook(root, true)) {
        return ReadResult.ok(new Document("xls", null, blocks(book)));
      }
    } catch (EncryptedDocumentException e) {
      return DocReader.encrypted();
    } catch (OldExcelFormatException e) {
      return ReadResult.failed("binary", "Excel 5/95 workbook, older than Excel 97: not supported (save it as XLSX)");
    } catch (IOException | RuntimeException e) {
      return ReadResult.failed("corrupt", "damaged Excel (.xls) file that cannot be opened (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
    }
  }

  private List<Block> blocks(Workbook book) {
    List<Block> blocks = new ArrayList<>();
    for (Sheet sheet : book) {
      List<CellRangeAddress> regions = sheet.getMergedRegions();
      List<Row> table = new ArrayList<>();
      for (int r = sheet.getFirstRowNum(); r >= 0 && r <= sheet.getLastRowNum(); r++) {
        List<Cell> cells = cells(sheet.getRow(r), r, regions);
        long filled = cells.stream().filter(c -> !c.isBlank()).count();
        if (filled < 2) {
          endTable(table, blocks);
        }
        if (filled == 1) {
          blocks.add(new Paragraph(cells.stream().filter(c -> !c.isBlank()).findFirst().orElseThrow().raw()));
        } else if (filled > 1) {
          table.add(new Row(cells));
        }
      }
      endTable(table, blocks);
    }
    return blocks;
  }

  private static void endTable(List<Row> table, List<Block> blocks) {
    if (!table.isEmpty()) {
      blocks.add(new Table(table));
      table.clear();
    }
  }

  /** Row {@code r}'s cells from the first column to its last filled one, merged regions laid out as described above. */
  private List<Cell> cells(org.apache.poi.ss.usermodel.Row row, int r, List<CellRangeAddress> regions) {
    List<Cell> cells = new ArrayList<>();
    if (row == null || row.getLastCellNum() < 0) {
      return cells;
    }
    int last = 0;
    for (int c = 0; c < row.getLastCellNum(); c++) {
      CellRangeAddress region = regionAt(regions, r, c);
      if (region != null && c != region.getFirstColumn()) {
        continue;
      }
      String text = region != null && r != region.getFirstRow() ? "" : formatter.formatCellValue(row.getCell(c));
      cells.add(new Cell(text));
      last = Cell.Text.fold(text).isEmpty() ? last : cells.size();
    }
    return new ArrayList<>(cells.subList(0, last));
  }

  private static CellRangeAddress regionAt(List<CellRangeAddress> regions, int r, int c) {
    for (CellRangeAddress region : regions) {
      if (region.isInRange(r, c)) {
        return region;
      }
    }
    return null;
  }
}
