package org.govdisclosure.extract.read;

import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads an OpenDocument spreadsheet (ODS, as LibreOffice Calc and WPS save it): each sheet of its {@code content.xml},
 * streamed, is laid out as a {@link SheetGrid} (cells as shown, merged cells as merged regions, collapsed rows hidden)
 * that {@link SheetReader} reads as it reads an Excel sheet. A sheet's empty cells and rows repeated to its edge are skipped,
 * not laid out; a filled cell or row repeated is laid out at most {@link OdtBody#MAX_REPEAT} times.
 */
final class OdsReader {

  /** A statistics sheet has some dozens of rows and columns; past these the sheet is not read further. */
  static final int MAX_ROWS = 10_000;
  static final int MAX_COLUMNS = 1_000;
  /**
   * A statistics workbook lays out some thousands of cells; a few kilobytes of XML repeating filled cells could
   * otherwise ask for gigabytes of heap.
   */
  static final int MAX_CELLS = 200_000;

  /** Thrown when a workbook lays out more than {@link #MAX_CELLS} cells. */
  private static final class TooManyCells extends Exception {
    TooManyCells() {
      super(null, null, false, false);
    }
  }

  private int cellsLaid;

  private final SheetReader sheets;

  /** A reader of ODS files whose workbooks {@code sheets} reads. */
  OdsReader(SheetReader sheets) {
    this.sheets = sheets;
  }

  ReadResult read(byte[] bytes) {
    try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
      ZipArchiveEntry content = zip.getEntry(OfficeZip.ODF_CONTENT);
      if (content == null) {
        return ReadResult.failed("corrupt", "damaged OpenDocument (.ods) file that cannot be opened (no content.xml)");
      }
      try (InputStream xml = OfficeZip.unpacked(zip, content)) {
        return sheets.read(new OdsReader(sheets).lay(xml), "ods");
      }
    } catch (TooManyCells e) {
      return ReadResult.failed(ReadResult.TOO_LARGE, "OpenDocument spreadsheet laying out more than " + MAX_CELLS
          + " filled cells, far more than statistics tables need: not read, to keep memory bounded");
    } catch (IOException | XMLStreamException | RuntimeException e) {
      return ReadResult.failed("corrupt", "damaged OpenDocument (.ods) file that cannot be opened (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
    }
  }

  /** Lays out the sheets; a reader lays out one workbook ({@link #cellsLaid} counts its cells). */
  private List<SheetGrid> lay(InputStream content) throws XMLStreamException, TooManyCells {
    List<SheetGrid> laid = new ArrayList<>();
    OdtBody.Cursor c = new OdtBody.Cursor(DocxBody.parser(content));
    try {
      while (c.xml.hasNext()) {
        if (c.next() == START_ELEMENT && c.is(OdtBody.TABLE, "table")) {
          laid.add(sheet(c));
        }
      }
    } finally {
      c.xml.close();
    }
    return laid;
  }

  /** Lays out a table:table's rows; row groups and header rows are read through. ODF columns are never hidden here. */
  private SheetGrid sheet(OdtBody.Cursor c) throws XMLStreamException, TooManyCells {
    NavigableMap<Integer, SheetGrid.Row> rows = new TreeMap<>();
    List<CellRangeAddress> merged = new ArrayList<>();
    int r = 0;
    for (int top = c.depth(); c.nextWithin(top); ) {
      if (c.is(OdtBody.TABLE, "table-row")) {
        int repeated = c.count(OdtBody.TABLE, "number-rows-repeated", Integer.MAX_VALUE);
        boolean hidden = c.xml.getAttributeValue(OdtBody.TABLE, "visibility") != null
            && !"visible".equals(c.xml.getAttributeValue(OdtBody.TABLE, "visibility"));
        r = row(c, rows, merged, r, repeated, hidden);
      } else if (!c.is(OdtBody.TABLE, "table-header-rows") && !c.is(OdtBody.TABLE, "table-rows") && !c.is(OdtBody.TABLE, "table-row-group")) {
        c.skip(); // a row group's rows are walked next
      }
    }
    return rows.isEmpty() ? new SheetGrid(rows, -1, -1, merged, column -> false)
        : new SheetGrid(rows, rows.firstKey(), rows.lastKey(), merged, column -> false);
  }

  /** Lays out a row (repeated {@code repeated} times) from sheet row {@code r}; returns the sheet row after it. */
  private int row(OdtBody.Cursor c, NavigableMap<Integer, SheetGrid.Row> rows, List<CellRangeAddress> merged, int r,
      int repeated, boolean hidden) throws XMLStreamException, TooManyCells {
    NavigableMap<Integer, String> texts = new TreeMap<>();
    int col = 0;
    for (int e = c.next(); e != END_ELEMENT; e = c.next()) {
      if (e != START_ELEMENT) {
        continue;
      }
      boolean cell = c.is(OdtBody.TABLE, "table-cell");
      int times = c.count(OdtBody.TABLE, "number-columns-repeated", Integer.MAX_VALUE);
      int columns = c.count(OdtBody.TABLE, "number-columns-spanned", SpanGrid.MAX_SPAN);
      int down = c.count(OdtBody.TABLE, "number-rows-spanned", SpanGrid.MAX_SPAN);
      String text = cell ? OdtBody.cellText(c) : null;
      if (!cell) {
        c.skip();
      }
      if (text == null || text.isEmpty() || r >= MAX_ROWS) {
        col = (int) Math.min(MAX_COLUMNS, (long) col + times);
        continue;
      }
      for (int k = 0; k < Math.min(times, OdtBody.MAX_REPEAT) && col < MAX_COLUMNS; k++, col++) {
        laid(1);
        texts.put(col, text);
        if (columns > 1 || down > 1) {
          merged.add(new CellRangeAddress(r, r + down - 1, col, col + columns - 1));
        }
      }
    }
    if (!texts.isEmpty()) {
      // A filled row repeated: laid out again below, as a sheet shows it (its cells' texts shared, never changed).
      for (int k = 0; k < Math.min(repeated, OdtBody.MAX_REPEAT) && r + k < MAX_ROWS; k++) {
        laid(k == 0 ? 0 : texts.size());
        rows.put(r + k, new SheetGrid.Row(hidden, texts));
      }
    }
    return (int) Math.min(MAX_ROWS, (long) r + repeated);
  }

  private void laid(int cells) throws TooManyCells {
    cellsLaid += cells;
    if (cellsLaid > MAX_CELLS) {
      throw new TooManyCells();
    }
  }
}
