package org.govdisclosure.extract.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.read.PageOcr;
import org.govdisclosure.extract.value.CellKind;

/**
 * Reads page images by OCR into the text layout the PDF reader gives a text layer: prose lines joined back into
 * paragraphs where the page wrapped them, each table row one line of tab-separated cells. A table that goes on
 * over a page break repeats its header rows at the top of the next page, or, in a long picture of several pages,
 * below the first part (recognized by their shape, which OCR cannot misread); those are dropped, and a row the break
 * cut is joined again, so the decoder sees one table as in the Word file.
 */
public final class OcrPages implements PageOcr {

  /** Below this confidence (of 100) a piece is named in the {@code ocr} warning. */
  static final float LOW_CONFIDENCE = 80;
  /** A line ending within this share of the page's text width from its right edge was wrapped by the page. */
  private static final double WRAP_SLACK = 0.04;
  /** Two drawings of one header row differ by a few pixels of scanning. */
  private static final int SHAPE_TOLERANCE = 6;

  private final Recognizer recognizer;
  private final String engine;

  OcrPages(Recognizer recognizer, String engine) {
    this.recognizer = recognizer;
    this.engine = engine;
  }

  @Override
  public String engine() {
    return engine;
  }

  /** The rows of the table being read, which may go on on the next page, and its header rows. */
  private static final class OpenTable {
    final List<List<String>> rows = new ArrayList<>();
    final List<PageText.Line> header = new ArrayList<>();
    boolean headerDone;
    int table = -1;

    void add(PageText.Line line) {
      if (!headerDone) {
        headerDone = line.cells().stream().anyMatch(OcrPages::isNumber);
        if (!headerDone) {
          header.add(line);
        }
      }
      rows.add(new ArrayList<>(line.cells()));
    }

    void writeTo(StringBuilder out) {
      rows.forEach(r -> out.append(String.join("\t", r)).append('\n'));
      rows.clear();
      header.clear();
      headerDone = false;
    }

    /** How many of the page's first lines repeat this table's header rows; 0 when they do not all. */
    int repeatedHeader(List<PageText.Line> lines) {
      int i = 0;
      while (i < header.size() && i < lines.size() && lines.get(i).ruled() && lines.get(i).shapedLike(header.get(i), SHAPE_TOLERANCE)) {
        i++;
      }
      return i == header.size() ? i : 0;
    }

    /**
     * Joins {@code rest} to the last row when it is that row's part the page break carried over: one of the two
     * holds the row's numbers, the other only the rest of its labels. Without a header repeated between them
     * ({@code afterHeader} false) the rest must be labels only, each below a label of the row (a table's first row
     * on a new page may as well be a row of its own: a group's label, or a header drawn otherwise).
     */
    boolean joinCut(PageText.Line rest, boolean afterHeader) {
      if (rows.isEmpty()) {
        return false;
      }
      List<String> cut = rows.get(rows.size() - 1);
      boolean cutNumbers = cut.stream().anyMatch(OcrPages::isNumber);
      boolean restNumbers = rest.cells().stream().anyMatch(OcrPages::isNumber);
      if (cut.size() != rest.cells().size() || cutNumbers == restNumbers || !afterHeader && !labelsBelowLabels(cut, rest.cells())) {
        return false;
      }
      for (int i = 0; i < cut.size(); i++) {
        cut.set(i, cut.get(i) + rest.cells().get(i));
      }
      return true;
    }
  }

  @Override
  public Result read(int count, IntFunction<BufferedImage> page) {
    long start = System.nanoTime();
    StringBuilder out = new StringBuilder();
    List<String> low = new ArrayList<>();
    PageText reader = new PageText(recognizer);
    OpenTable table = new OpenTable();
    for (int p = 0; p < count; p++) {
      List<PageText.Line> lines = reader.read(page.apply(p));
      lines.forEach(line -> line.reads().stream().filter(r -> r.confidence() < LOW_CONFIDENCE)
          .forEach(r -> low.add(r.text() + " (" + Math.round(r.confidence()) + ")")));
      int left = lines.stream().mapToInt(PageText.Line::left).min().orElse(0);
      int right = lines.stream().mapToInt(PageText.Line::right).max().orElse(0);
      // Tables are numbered per page: a new page starts a new one, unless it repeats the open one's header.
      table.table = -1;
      boolean wrapped = false;
      int i = 0;
      while (i < lines.size()) {
        PageText.Line line = lines.get(i);
        if (!line.ruled()) {
          table.writeTo(out);
          if (wrapped && line.cells().size() == 1) {
            out.setLength(out.length() - 1);
          }
          out.append(String.join("\t", line.cells())).append('\n');
          wrapped = line.cells().size() == 1 && line.right() >= right - WRAP_SLACK * (right - left);
          i++;
          continue;
        }
        wrapped = false;
        if (line.table() != table.table) {
          int repeated = table.rows.isEmpty() ? 0 : table.repeatedHeader(lines.subList(i, lines.size()));
          boolean continued = repeated == 0 && table.joinCut(line, false);
          if (repeated == 0 && !continued) {
            table.writeTo(out);
          }
          table.table = line.table();
          i += continued ? 1 : repeated;
          if (repeated > 0 && i < lines.size() && lines.get(i).table() == table.table && table.joinCut(lines.get(i), true)) {
            i++;
          }
          continue;
        }
        table.add(line);
        i++;
      }
    }
    table.writeTo(out);
    return new Result(out.toString(), count, (System.nanoTime() - start) / 1_000_000, List.copyOf(low));
  }

  /** Whether {@code rest} holds text only where {@code cut} holds a label, and holds some. */
  private static boolean labelsBelowLabels(List<String> cut, List<String> rest) {
    boolean any = false;
    for (int i = 0; i < rest.size(); i++) {
      if (!Cell.Text.fold(rest.get(i)).isEmpty()) {
        if (isNumber(rest.get(i)) || Cell.Text.fold(cut.get(i)).isEmpty() || isNumber(cut.get(i))) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  private static boolean isNumber(String cell) {
    return CellKind.of(Cell.Text.fold(cell)) == CellKind.NUMBER;
  }
}
