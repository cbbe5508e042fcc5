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
 * one filled cell a paragraph (a title, a heading, prose laid over merged cells) unless it continues a table (see
 * {@link OpenTable#continuedBy}), a run of rows with more a table, ended by an empty row; a table's rows keep a cell
 * for each of its columns, empty ones included, so that values stay in their columns. Cells read as they are displayed (numbers in their format, formulas as their last result).
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
      OpenTable table = new OpenTable(sheet.getMergedRegions());
      for (int r = sheet.getFirstRowNum(); r >= 0 && r <= sheet.getLastRowNum(); r++) {
        Laid row = lay(sheet.getRow(r), r, table.regions, -1);
        if (row.filled() > 1 || row.filled() == 1 && table.continuedBy(row)) {
          table.add(row);
          continue;
        }
        table.end(blocks);
        if (row.filled() == 1) {
          blocks.add(new Paragraph(row.cells().stream().filter(c -> !c.isBlank()).findFirst().orElseThrow().raw()));
        }
      }
      table.end(blocks);
    }
    return blocks;
  }

  /**
   * Sheet row {@code r} laid out: its cells with the sheet column each starts at, merged regions as described above;
   * how many are filled, the column of the last filled one and of the last present one, and whether a region merged
   * down from a row above covers part of it.
   */
  private record Laid(org.apache.poi.ss.usermodel.Row source, int r, List<Cell> cells, int[] columns, int filled,
                      int lastFilledColumn, int lastColumn, boolean underRegion) {}

  /** The rows of the table being read, and its width: the last column any of them fills. */
  private final class OpenTable {
    private final List<CellRangeAddress> regions;
    private final List<Laid> rows = new ArrayList<>();
    private int width = -1;

    OpenTable(List<CellRangeAddress> regions) {
      this.regions = regions;
    }

    void add(Laid row) {
      rows.add(row);
      width = Math.max(width, row.lastFilledColumn());
    }

    /**
     * Whether {@code row}, with a single filled cell, is a row of this table rather than a paragraph: a cell of the
     * table merged down covers part of it (a group's label), or it is drawn as cells across the table's columns (a
     * row whose values are all empty, Calc having written its empty cells). A paragraph laid over a sheet is one
     * cell, merged across or alone.
     */
    boolean continuedBy(Laid row) {
      return !rows.isEmpty() && (row.underRegion() || row.cells().size() > 1 && row.lastColumn() >= width);
    }

    /**
     * Ends the table with a cell in each of its columns for every row, so that values stay in their columns: a row
     * ending before the table's last filled column (its last values empty) is laid out again up to there, and cells
     * past there (a sheet merely formatting them) are dropped.
     */
    void end(List<Block> blocks) {
      if (rows.isEmpty()) {
        return;
      }
      List<Row> table = new ArrayList<>(rows.size());
      for (Laid row : rows) {
        Laid full = row.source().getLastCellNum() <= width ? lay(row.source(), row.r(), regions, width) : row;
        int n = 0;
        while (n < full.cells().size() && full.columns()[n] <= width) {
          n++;
        }
        table.add(new Row(full.cells().subList(0, n)));
      }
      blocks.add(new Table(table));
      rows.clear();
      width = -1;
    }
  }

  /** Row {@code r} laid out from its first column to its last present one or column {@code through}, whichever is further. */
  private Laid lay(org.apache.poi.ss.usermodel.Row row, int r, List<CellRangeAddress> regions, int through) {
    int end = row == null ? 0 : Math.max(row.getLastCellNum(), through + 1);
    List<Cell> cells = new ArrayList<>();
    int[] columns = new int[end];
    int filled = 0;
    int lastFilled = -1;
    int last = -1;
    boolean underRegion = false;
    for (int c = 0; c < end; c++) {
      CellRangeAddress region = regionAt(regions, r, c);
      if (region != null && c != region.getFirstColumn()) {
        continue;
      }
      boolean below = region != null && r != region.getFirstRow();
      underRegion |= below;
      String text = below ? "" : formatter.formatCellValue(row.getCell(c));
      columns[cells.size()] = c;
      cells.add(new Cell(text));
      if (!Cell.Text.fold(text).isEmpty()) {
        filled++;
        lastFilled = c;
      }
      if (region != null || row.getCell(c) != null) {
        last = region == null ? c : region.getLastColumn();
      }
    }
    return new Laid(row, r, cells, columns, filled, lastFilled, last, underRegion);
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
