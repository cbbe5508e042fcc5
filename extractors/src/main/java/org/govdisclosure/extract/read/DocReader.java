package org.govdisclosure.extract.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.model.PicturesTable;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.OfficeDrawing;
import org.apache.poi.hwpf.usermodel.OfficeDrawings;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Document;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Row;

/**
 * Reads an OLE2 (legacy Office) file. A Word 97–2003 document ({@code .doc}, and the {@code .wps} files WPS Office
 * saves in that format) is read with Apache POI HWPF into the same model as {@link DocxReader}: body paragraphs and
 * tables in document order, tracked deletions left out and insertions kept, field codes dropped and their results
 * kept. Word 97 stores no table grid: each row lists its cells by their left and right edges, a horizontally merged
 * cell being one wider cell, so the edges of all rows give the grid columns; vertical merges are flagged per cell.
 * A picture in the text, or floating over the page anchored to it, is read or noted by {@link Pictures} after its
 * paragraph, or after its table when a cell shows it.
 * An Excel 97–2003 workbook is read by {@link SheetReader}; any other OLE2 file gets a reason naming what it is.
 */
public final class DocReader {

  private static final String WORD_STREAM = "WordDocument";
  /** Stream names of the OLE2 formats met among downloaded attachments, to say what a non-Word file is. */
  private static final Map<String, String> OTHER_FORMATS = Map.of(
      "Book", "an Excel 5/95 (.xls) workbook",
      "PowerPoint Document", "a PowerPoint (.ppt) presentation",
      "MatOST", "a Microsoft Works (.wps) document");
  /**
   * Cell edges (twips) closer than this are one grid line: rows drawn against the same column can differ by a few
   * twips of rounding. 30 twips are half a millimetre, far narrower than any real column.
   */
  private static final int EDGE_TOLERANCE = 30;
  /** Word's in-text marks: cell and row ends, page and section breaks, anchors of pictures, footnotes, drawings. */
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0c-\\x1f]");
  private static final char LINE_BREAK = '\u000b';
  /** The mark ending a table cell's last paragraph. */
  private static final String CELL_MARK = "\u0007";
  /** The character a floating drawing (a picture or shape over the page, not in the text) is anchored to. */
  private static final char DRAWING_ANCHOR = '\u0008';
  private static final char NON_BREAKING_HYPHEN = '\u001e';

  private final SheetReader sheets = new SheetReader();

  /** The document, its pictures not read. */
  public ReadResult read(byte[] bytes) {
    return read(bytes, new Pictures(null));
  }

  /** The document, the pictures in its text read or noted by {@code pictures}. */
  ReadResult read(byte[] bytes, Pictures pictures) {
    DirectoryNode root;
    try {
      root = new POIFSFileSystem(new ByteArrayInputStream(bytes)).getRoot();
    } catch (IOException | RuntimeException e) {
      return corrupt("legacy Office (OLE2)", e);
    }
    if (root.hasEntry("EncryptionInfo")) {
      // An encrypted DOCX (or XLSX) is an OLE2 container holding the encrypted package.
      return encrypted();
    }
    if (SheetReader.isXls(root)) {
      return sheets.readXls(root);
    }
    if (!root.hasEntry(WORD_STREAM)) {
      return ReadResult.failed("binary", "legacy Office (OLE2) file that is not a Word document but " + whatElse(root)
          + ": not a report format");
    }
    try {
      HWPFDocument doc = new HWPFDocument(root);
      List<Block> blocks = new ArrayList<>();
      body(doc.getRange(), 0, blocks, range -> pictured(range, doc.getPicturesTable(), doc.getOfficeDrawingsMain(), pictures));
      return ReadResult.ok(new Document("doc", null, blocks)).withPictures(pictures.ocr(), pictures.unread());
    } catch (EncryptedDocumentException e) {
      return encrypted();
    } catch (OldWordFileFormatException e) {
      return ReadResult.failed("binary", "Word 6.0/95 document, older than Word 97: not supported (save it as DOCX)");
    } catch (IOException | RuntimeException e) {
      // HWPF reports damage with a variety of runtime exceptions; any of them means the file cannot be read.
      return corrupt("Word 97 (.doc)", e);
    }
  }

  static ReadResult encrypted() {
    return ReadResult.failed("encrypted", "password-protected (encrypted) Office file: cannot be read without the password");
  }

  private static ReadResult corrupt(String format, Exception e) {
    return ReadResult.failed("corrupt", "damaged " + format + " file that cannot be opened (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
  }

  private static String whatElse(DirectoryNode root) {
    for (Map.Entry<String, String> format : OTHER_FORMATS.entrySet()) {
      if (root.hasEntry(format.getKey())) {
        return format.getValue();
      }
    }
    return "an unknown kind (streams: " + String.join(", ", new TreeSet<>(root.getEntryNames())) + ")";
  }

  /**
   * The paragraphs and tables of a range whose own paragraphs sit at table nesting level {@code level}, each
   * followed by the blocks {@code pictured} reads from the pictures it shows.
   */
  private static void body(Range range, int level, List<Block> out, Function<Range, List<Block>> pictured) {
    for (int i = 0; i < range.numParagraphs(); ) {
      var p = range.getParagraph(i);
      if (p.isInTable() && p.getTableLevel() > level) {
        Table t;
        try {
          t = range.getTable(p);
        } catch (RuntimeException e) {
          // HWPF fails on some table properties LibreOffice writes (a row's properties read past their record): the
          // cells are still there, in order, each ending in its mark
          i = cellsInOrder(range, i, level, out);
          continue;
        }
        table(t, out, pictured);
        i += Math.max(1, t.numParagraphs());
      } else {
        if (!p.isTableRowEnd()) {
          addParagraph(text(p), out);
          out.addAll(pictured.apply(p));
        }
        i++;
      }
    }
  }

  /**
   * The table starting at paragraph {@code from} read from its paragraphs alone, where HWPF cannot read its rows'
   * properties: a cell ends at a paragraph ending in a cell mark, a row at a row's end (or at a paragraph HWPF cannot
   * read, which only a row's end holds the properties of); merged cells unknown, each row's cells from its left. The
   * decoder aligns such rows by their labels, as it does any table whose spans are lost. Returns the index of the
   * paragraph after the table.
   */
  private static int cellsInOrder(Range range, int from, int level, List<Block> out) {
    List<Row> rows = new ArrayList<>();
    List<Cell> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int i = from;
    for (; i < range.numParagraphs(); i++) {
      org.apache.poi.hwpf.usermodel.Paragraph p;
      try {
        p = range.getParagraph(i);
      } catch (RuntimeException e) {
        endRow(cells, rows);
        continue;
      }
      if (!p.isInTable() || p.getTableLevel() <= level) {
        break;
      }
      if (p.isTableRowEnd()) {
        endRow(cells, rows);
        continue;
      }
      cell.append(cell.isEmpty() ? "" : "\n").append(text(p));
      if (p.text().endsWith(CELL_MARK)) {
        cells.add(new Cell(cell.toString().strip()));
        cell.setLength(0);
      }
    }
    endRow(cells, rows);
    if (!rows.isEmpty()) {
      out.add(new org.govdisclosure.extract.model.Table(rows));
    }
    return i;
  }

  private static void endRow(List<Cell> cells, List<Row> rows) {
    if (!cells.isEmpty()) {
      rows.add(new Row(List.copyOf(cells)));
      cells.clear();
    }
  }

  /**
   * The blocks read from the pictures a range shows: those in its text, and those floating over the page (drawings
   * Word keeps apart from the text, each anchored to a character of it, {@link #DRAWING_ANCHOR}).
   */
  private static List<Block> pictured(Range range, PicturesTable table, OfficeDrawings drawings, Pictures pictures) {
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < range.numCharacterRuns(); i++) {
      CharacterRun run = range.getCharacterRun(i);
      if (table.hasPicture(run)) {
        blocks.addAll(pictures.held(table.extractPicture(run, true).getContent()));
        continue;
      }
      String text = run.text();
      for (int at = text.indexOf(DRAWING_ANCHOR); run.isSpecialCharacter() && at >= 0; at = text.indexOf(DRAWING_ANCHOR, at + 1)) {
        OfficeDrawing drawing = drawings.getOfficeDrawingAt(run.getStartOffset() + at);
        byte[] picture = drawing == null ? null : drawing.getPictureData();
        if (picture != null) { // a drawn shape or text box holds no picture
          blocks.addAll(pictures.held(picture));
        }
      }
    }
    return blocks;
  }

  private static void addParagraph(String text, List<Block> out) {
    if (!Cell.Text.fold(text).isEmpty()) {
      out.add(new Paragraph(text.strip()));
    }
  }

  private static void table(Table t, List<Block> out, Function<Range, List<Block>> pictured) {
    if (holdsTables(t)) {
      // A table holding tables lays out the page; only the innermost tables hold data.
      forEachCell(t, cell -> body(cell, t.getTableLevel(), out, pictured));
      return;
    }
    List<Integer> columns = gridColumns(t);
    List<List<SpanGrid.WordCell>> grid = new ArrayList<>();
    for (int r = 0; r < t.numRows(); r++) {
      TableRow row = t.getRow(r);
      List<SpanGrid.WordCell> cells = new ArrayList<>();
      for (int c = 0; c < row.numCells(); c++) {
        TableCell cell = row.getCell(c);
        int col = column(columns, cell.getLeftEdge());
        int end = Math.max(col + 1, column(columns, cell.getLeftEdge() + cell.getWidth()));
        if (cell.isMerged() && !cell.isFirstMerged() && !cells.isEmpty()) {
          // Word 6's horizontal merge, still written by some tools: the cell widens the one before it.
          SpanGrid.WordCell first = cells.remove(cells.size() - 1);
          cells.add(new SpanGrid.WordCell(first.text(), first.col(), SpanGrid.clamp(end - first.col()), first.continues()));
        } else {
          boolean continues = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
          cells.add(new SpanGrid.WordCell(cellText(cell), col, SpanGrid.clamp(end - col), continues));
        }
      }
      grid.add(cells);
    }
    out.add(SpanGrid.ofWordRows(grid));
    // A picture in a cell (a table framing the picture of a table) is read after the table that frames it.
    forEachCell(t, cell -> out.addAll(pictured.apply(cell)));
  }

  private static boolean holdsTables(Table t) {
    for (int i = 0; i < t.numParagraphs(); i++) {
      if (t.getParagraph(i).getTableLevel() > t.getTableLevel()) {
        return true;
      }
    }
    return false;
  }

  private static void forEachCell(Table t, Consumer<TableCell> action) {
    for (int r = 0; r < t.numRows(); r++) {
      for (int c = 0; c < t.getRow(r).numCells(); c++) {
        action.accept(t.getRow(r).getCell(c));
      }
    }
  }

  /** The table's grid lines: the left and right edges of all its cells, those within the tolerance as one. */
  private static List<Integer> gridColumns(Table t) {
    Set<Integer> edges = new TreeSet<>();
    forEachCell(t, cell -> {
      edges.add(cell.getLeftEdge());
      edges.add(cell.getLeftEdge() + cell.getWidth());
    });
    List<Integer> lines = new ArrayList<>();
    for (int edge : edges) {
      if (lines.isEmpty() || edge - lines.get(lines.size() - 1) > EDGE_TOLERANCE) {
        lines.add(edge);
      }
    }
    return lines;
  }

  /** The index of the grid line at {@code edge}: the last one at or left of it, within the tolerance. */
  private static int column(List<Integer> lines, int edge) {
    int i = 0;
    while (i + 1 < lines.size() && lines.get(i + 1) <= edge + EDGE_TOLERANCE) {
      i++;
    }
    return i;
  }

  private static String cellText(TableCell cell) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < cell.numParagraphs(); i++) {
      lines.add(text(cell.getParagraph(i)));
    }
    return String.join("\n", lines).strip();
  }

  /** A paragraph's text as shown with its tracked changes accepted, without field codes and Word's marks. */
  private static String text(Range p) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < p.numCharacterRuns(); i++) {
      CharacterRun run = p.getCharacterRun(i);
      if (!run.isMarkedDeleted()) {
        b.append(run.text());
      }
    }
    String shown = Range.stripFields(b.toString()).replace(LINE_BREAK, '\n').replace(NON_BREAKING_HYPHEN, '-');
    return CONTROL.matcher(shown).replaceAll("");
  }
}
