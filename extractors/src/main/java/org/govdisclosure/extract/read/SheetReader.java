package org.govdisclosure.extract.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
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
import org.govdisclosure.extract.value.CellKind;

/**
 * Reads an Excel workbook (Excel 2007+ {@code .xlsx} streamed by {@link StreamedWorkbook} where it is plain, else with
 * POI XSSF; Excel 97–2003 {@code .xls} with HSSF) that holds
 * a report or its statistics tables, into the same model as the Word readers: each visible sheet's visible rows in
 * order, a row with one filled cell a paragraph (a title, a heading, prose laid over merged cells) unless it continues
 * a table (see {@link OpenTable#continuedBy}), a run of rows with more a table, ended by an empty row. A table is a full
 * grid, as {@link SpanGrid} lays out the tables of other formats: a cell in every visible column of the table for
 * every row, each value in its sheet column; a merged region keeps its text in its first cell, the places it covers
 * along its first row are spanned and those below are empty. Cells read as they are displayed (numbers in their
 * format, formulas as their last result); hidden sheets, rows and columns are not read.
 */
public final class SheetReader {

  private static final String WORKBOOK_STREAM = "Workbook";

  private final DataFormatter formatter = new DataFormatter();
  private final StreamedWorkbook streamed;

  public SheetReader() {
    formatter.setUseCachedValuesForFormulaCells(true);
    streamed = new StreamedWorkbook(formatter);
  }

  static boolean isXls(DirectoryNode root) {
    return root.hasEntry(WORKBOOK_STREAM);
  }

  /** A plain workbook is streamed ({@link StreamedWorkbook}), any other read with POI's XSSF. */
  ReadResult readXlsx(byte[] bytes) {
    try {
      return ReadResult.ok(new Document("xlsx", null, blocks(streamed.visibleSheets(bytes))));
    } catch (StreamedWorkbook.Unsupported e) {
      // Read below, as POI reads it.
    }
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      return ReadResult.ok(new Document("xlsx", null, blocks(book)));
    } catch (IOException | RuntimeException e) {
      // POI reports damage with a variety of runtime exceptions; any of them means the file cannot be read.
      return ReadResult.failed("corrupt", "damaged Excel (.xlsx) file that cannot be opened (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
    }
  }

  /** Sheets another format's reader laid out ({@link OdsReader}), read as an Excel workbook's are. */
  ReadResult read(List<SheetGrid> sheets, String format) {
    return ReadResult.ok(new Document(format, null, blocks(sheets)));
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
    List<SheetGrid> sheets = new ArrayList<>();
    for (int s = 0; s < book.getNumberOfSheets(); s++) {
      if (!book.isSheetHidden(s) && !book.isSheetVeryHidden(s)) {
        sheets.add(grid(book.getSheetAt(s)));
      }
    }
    return blocks(sheets);
  }

  /** A sheet POI read, its cells' texts as displayed. */
  private SheetGrid grid(Sheet sheet) {
    NavigableMap<Integer, SheetGrid.Row> rows = new TreeMap<>();
    for (int r = sheet.getFirstRowNum(); r >= 0 && r <= sheet.getLastRowNum(); r++) {
      org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
      if (row != null) {
        NavigableMap<Integer, String> texts = new TreeMap<>();
        for (org.apache.poi.ss.usermodel.Cell cell : row) {
          texts.put(cell.getColumnIndex(), formatter.formatCellValue(cell));
        }
        rows.put(r, new SheetGrid.Row(row.getZeroHeight(), texts));
      }
    }
    return new SheetGrid(rows, sheet.getFirstRowNum(), sheet.getLastRowNum(), sheet.getMergedRegions(), sheet::isColumnHidden);
  }

  private List<Block> blocks(List<SheetGrid> sheets) {
    List<Block> blocks = new ArrayList<>();
    for (SheetGrid sheet : sheets) {
      OpenTable table = new OpenTable(sheet);
      Regions regions = new Regions(sheet.mergedRegions());
      for (int r = sheet.firstRow(); r >= 0 && r <= sheet.lastRow(); r++) {
        SheetGrid.Row source = sheet.rows().get(r);
        if (source != null && source.hidden()) {
          continue;
        }
        Laid row = lay(sheet, source, r, regions.covering(r));
        if (row.filled() > 1 || row.filled() == 1 && table.continuedBy(row)) {
          table.add(row);
          continue;
        }
        table.end(blocks);
        if (row.filled() == 1) {
          blocks.add(new Paragraph(row.texts().get(row.firstFilledColumn())));
        }
      }
      table.end(blocks);
    }
    return blocks;
  }

  /**
   * Sheet row {@code r} as read: the text of each visible cell present or starting a merged region, by column (the
   * cells a region covers aside); how many cells are drawn, how many filled, the columns of the first and last filled
   * one and of the last drawn one, the merged regions covering the row, and whether one merged down from a row above
   * covers part of it.
   */
  private record Laid(int r, NavigableMap<Integer, String> texts, int drawn, int filled, int firstFilledColumn,
                      int lastFilledColumn, int lastColumn, List<CellRangeAddress> regions, boolean underRegion) {

    /** The cell at column {@code c} of the table's grid, a merged region laid out as {@link SpanGrid} lays one. */
    Cell cellAt(int c) {
      CellRangeAddress region = regionAt(regions, r, c);
      if (region == null || startOf(region, c)) {
        return new Cell(texts.getOrDefault(c, ""));
      }
      return r != region.getFirstRow() ? new Cell("") : Cell.SPANNED;
    }

    /** Whether a cell of this row starts at column {@code c}, rather than a region merged from the left or above covering it. */
    boolean startsAt(int c) {
      CellRangeAddress region = regionAt(regions, r, c);
      return region == null || startOf(region, c);
    }

    private boolean startOf(CellRangeAddress region, int c) {
      return r == region.getFirstRow() && c == region.getFirstColumn();
    }
  }

  /** The rows of the table being read, from its first filled column to its last. */
  private static final class OpenTable {
    private final SheetGrid sheet;
    private final List<Laid> rows = new ArrayList<>();
    private int left = Integer.MAX_VALUE;
    private int width = -1;

    OpenTable(SheetGrid sheet) {
      this.sheet = sheet;
    }

    void add(Laid row) {
      rows.add(row);
      left = Math.min(left, row.firstFilledColumn());
      width = Math.max(width, row.lastFilledColumn());
    }

    /**
     * Whether {@code row}, with a single filled cell, is a row of this table rather than a paragraph: a cell of the
     * table merged down covers part of it (a group's label), or it is drawn as cells across the table's columns (a
     * row whose values are all empty, Calc having written its empty cells). A paragraph laid over a sheet is one
     * cell, merged across or alone.
     */
    boolean continuedBy(Laid row) {
      return !rows.isEmpty() && (row.underRegion() || row.drawn() > 1 && row.lastColumn() >= width);
    }

    /**
     * Ends the table as a full grid, as the readers of other formats with merged cells give theirs: each row has a
     * cell in each column of the table, empty ones included, so that every value stays in its column. The table's
     * columns are the visible ones from its first filled column to its last (at most {@link #MAX_COLUMNS}) in which
     * a cell of one of its rows starts: a sheet's columns are shared by all its tables, and a column that only
     * regions cover (Calc merging a cell across the columns another table needs) is none of this one's. Cells past
     * the last filled column (a sheet merely formatting them) are dropped.
     */
    void end(List<Block> blocks) {
      if (rows.isEmpty()) {
        return;
      }
      List<Integer> columns = new ArrayList<>();
      for (int c = left; c <= width && columns.size() < MAX_COLUMNS; c++) {
        int column = c;
        if (!sheet.hiddenColumn().test(c) && rows.stream().anyMatch(row -> row.startsAt(column))) {
          columns.add(c);
        }
      }
      int apart = sideBySide(columns);
      if (apart < 0) {
        addTable(columns, blocks);
      } else {
        addTable(columns.subList(0, apart), blocks);
        addTable(columns.subList(apart + 1, columns.size()), blocks);
      }
      rows.clear();
      left = Integer.MAX_VALUE;
      width = -1;
    }

    /** The table of the rows in these columns, its rows that fill none of them left out. */
    private void addTable(List<Integer> columns, List<Block> blocks) {
      List<Row> table = new ArrayList<>(rows.size());
      for (Laid row : rows) {
        if (columns.stream().anyMatch(c -> filled(row, c))) {
          table.add(new Row(columns.stream().map(row::cellAt).toList()));
        }
      }
      blocks.add(new Table(table));
    }

    /**
     * Where two tables stand side by side, the index in {@code columns} of the empty column between them, else -1:
     * no row fills it nor spans over it, and the rows of one side holding numbers end while the other side's go on
     * for at least {@link #MIN_ROWS_BEYOND} more (a column left empty inside one table has values on both sides
     * to the table's last row).
     */
    private int sideBySide(List<Integer> columns) {
      for (int i = 1; i < columns.size() - 1; i++) {
        int column = columns.get(i);
        if (rows.stream().anyMatch(row -> filled(row, column) || !row.startsAt(column))) {
          continue;
        }
        int leftEnd = lastRowWithNumber(columns.subList(0, i));
        int rightEnd = lastRowWithNumber(columns.subList(i + 1, columns.size()));
        int shorter = Math.min(leftEnd, rightEnd);
        List<Integer> ended = leftEnd < rightEnd ? columns.subList(0, i) : columns.subList(i + 1, columns.size());
        if (shorter >= 0 && Math.abs(leftEnd - rightEnd) >= MIN_ROWS_BEYOND
            && rows.subList(shorter + 1, rows.size()).stream().noneMatch(row -> ended.stream().anyMatch(c -> filled(row, c)))) {
          return i;
        }
      }
      return -1;
    }

    /** The index of the last of the table's rows holding a number in one of these columns, or -1. */
    private int lastRowWithNumber(List<Integer> columns) {
      for (int r = rows.size() - 1; r >= 0; r--) {
        Laid row = rows.get(r);
        if (columns.stream().anyMatch(c -> CellKind.of(Cell.Text.fold(row.texts().getOrDefault(c, ""))) == CellKind.NUMBER)) {
          return r;
        }
      }
      return -1;
    }

    private static boolean filled(Laid row, int column) {
      return !Cell.Text.fold(row.texts().getOrDefault(column, "")).isEmpty();
    }
  }

  /** Two tables side by side end their rows of numbers at least this many rows apart. */
  private static final int MIN_ROWS_BEYOND = 2;

  /** A table wider than this is no report's: its columns past it are not read, keeping the grid bounded. */
  static final int MAX_COLUMNS = SpanGrid.MAX_SPAN;

  /** Row {@code r} laid out, its hidden columns skipped. */
  private static Laid lay(SheetGrid sheet, SheetGrid.Row row, int r, List<CellRangeAddress> regions) {
    NavigableMap<Integer, String> texts = new TreeMap<>();
    int drawn = 0;
    int last = -1;
    boolean underRegion = false;
    for (CellRangeAddress region : regions) {
      underRegion |= r != region.getFirstRow();
      last = Math.max(last, region.getLastColumn());
      drawn += r == region.getFirstRow() ? 1 : 0;
    }
    if (row != null) {
      for (var cell : row.texts().entrySet()) {
        int c = cell.getKey();
        CellRangeAddress region = regionAt(regions, r, c);
        if (sheet.hiddenColumn().test(c) || region != null && (r != region.getFirstRow() || c != region.getFirstColumn())) {
          continue;
        }
        texts.put(c, cell.getValue());
        drawn += region == null ? 1 : 0;
        last = Math.max(last, c);
      }
    }
    int filled = 0;
    int firstFilled = -1;
    int lastFilled = -1;
    for (var text : texts.entrySet()) {
      if (!Cell.Text.fold(text.getValue()).isEmpty()) {
        filled++;
        firstFilled = firstFilled < 0 ? text.getKey() : firstFilled;
        lastFilled = text.getKey();
      }
    }
    return new Laid(r, texts, drawn, filled, firstFilled, lastFilled, last, regions, underRegion);
  }

  private static CellRangeAddress regionAt(List<CellRangeAddress> regions, int r, int c) {
    for (CellRangeAddress region : regions) {
      if (region.isInRange(r, c)) {
        return region;
      }
    }
    return null;
  }

  /** A sheet's merged regions, handed out row by row as the rows are read in order. */
  private static final class Regions {
    private final List<CellRangeAddress> waiting;
    private final List<CellRangeAddress> open = new ArrayList<>();
    private int next;

    Regions(List<CellRangeAddress> regions) {
      waiting = new ArrayList<>(regions);
      waiting.sort(Comparator.comparingInt(CellRangeAddress::getFirstRow));
    }

    /** The regions covering row {@code r}; rows are asked for in increasing order. */
    List<CellRangeAddress> covering(int r) {
      open.removeIf(region -> region.getLastRow() < r);
      while (next < waiting.size() && waiting.get(next).getFirstRow() <= r) {
        CellRangeAddress region = waiting.get(next++);
        if (region.getLastRow() >= r) {
          open.add(region);
        }
      }
      return List.copyOf(open);
    }
  }
}
