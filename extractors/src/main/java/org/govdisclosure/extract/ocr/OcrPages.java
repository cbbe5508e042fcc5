package org.govdisclosure.extract.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.read.PageOcr;
import org.govdisclosure.extract.section.Sections;
import org.govdisclosure.extract.value.CellKind;

/**
 * Reads page images by OCR into the text layout the PDF reader gives a text layer: prose lines joined back into
 * paragraphs where the page wrapped them, each table row one line of tab-separated cells. A table that goes on
 * over a page break repeats its header rows at the top of the next page, or, in a long picture of several pages,
 * below the first part (recognized by their shape, which OCR cannot misread, or by what they say where the next
 * page parts the columns otherwise); those are dropped, and a row the break cut is joined again, so the decoder
 * sees one table as in the Word file.
 */
public final class OcrPages implements PageOcr {

  /** Below this confidence (of 100) a piece is named in the {@code ocr} warning. */
  static final float LOW_CONFIDENCE = 80;
  /** A line ending within this share of the page's text width from its right edge was wrapped by the page. */
  private static final double WRAP_SLACK = 0.04;
  /** Two drawings of one header row differ by a few pixels of scanning. */
  private static final int SHAPE_TOLERANCE = 6;
  /** OCR reading a header again may misread about one character in this many (〈 for （). */
  private static final int MISREAD_SHARE = 10;

  private final Recognizer recognizer;
  private final String engine;
  /** The digits of the document whose pictures this reads, kept from one read to the next; null: learnt per read. */
  private final DigitShapes documentShapes;

  OcrPages(Recognizer recognizer, String engine) {
    this(recognizer, engine, null);
  }

  private OcrPages(Recognizer recognizer, String engine, DigitShapes documentShapes) {
    this.recognizer = recognizer;
    this.engine = engine;
    this.documentShapes = documentShapes;
  }

  @Override
  public PageOcr forDocument() {
    return new OcrPages(recognizer, engine, new DigitShapes());
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
    /** Where each column of this page's rows lies among the table's, told by the header the page repeats; null: as is. */
    private int[] into;

    void add(PageText.Line line) {
      if (!headerDone) {
        headerDone = line.cells().stream().anyMatch(OcrPages::isNumber);
        if (!headerDone) {
          header.add(line);
        }
      }
      rows.add(laid(line.cells()));
    }

    void writeTo(StringBuilder out) {
      rows.forEach(r -> out.append(String.join("\t", r)).append('\n'));
      rows.clear();
      header.clear();
      headerDone = false;
      into = null;
    }

    /**
     * Lays the table's rows and this page's into one grid when the page draws the table with other columns than the
     * pages before (the header it repeats, {@code again}, says where each column went): a page whose rows part a
     * merged label's columns (三级 labels under a 二级 one) has columns the others do not. The rows of the narrower
     * grid are laid into the wider one, each cell in the leftmost of the columns it spans, as a merged cell's text
     * stands; they are left as read where the headers do not tell the columns without doubt.
     */
    void realign(List<PageText.Line> again) {
      into = null;
      if (again.isEmpty() || header.isEmpty()) {
        return;
      }
      int width = header.get(0).cells().size();
      int pageWidth = again.get(0).cells().size();
      if (pageWidth < width) {
        into = columns(again, header);
      } else if (pageWidth > width) {
        int[] wider = columns(header, again);
        if (wider != null) {
          rows.replaceAll(row -> laid(row, wider, pageWidth));
          header.clear();
          header.addAll(again);
        }
      }
    }

    private List<String> laid(List<String> cells) {
      return into == null ? new ArrayList<>(cells) : laid(cells, into, header.get(0).cells().size());
    }

    /** The cells laid into a row {@code width} wide, cell {@code c} at {@code into[c]}; as they are if not as many. */
    private static List<String> laid(List<String> cells, int[] into, int width) {
      if (cells.size() != into.length) {
        return new ArrayList<>(cells);
      }
      List<String> row = new ArrayList<>(Collections.nCopies(width, ""));
      for (int c = 0; c < cells.size(); c++) {
        row.set(into[c], cells.get(c));
      }
      return row;
    }

    /** How many of the page's first lines repeat this table's header rows; 0 when they do not all. */
    int repeatedHeader(List<PageText.Line> lines) {
      int i = 0;
      while (i < header.size() && i < lines.size() && lines.get(i).ruled() && repeats(lines.get(i), header.get(i))) {
        i++;
      }
      return i == header.size() ? i : 0;
    }

    /**
     * Whether a page's line draws a header row again: drawn alike, or saying the same, its filled cells' texts one
     * by one (the page may part the table's columns otherwise, as the rows under it need, so that the row has more
     * cells), but for the odd character OCR reads otherwise each time ({@link OcrPages#MISREAD_SHARE} of the row's
     * characters: a row of short titles, 科研机构 / 社会公益组织, has one misread in one of them as often as a long one).
     */
    private static boolean repeats(PageText.Line line, PageText.Line header) {
      if (line.shapedLike(header, SHAPE_TOLERANCE)) {
        return true;
      }
      List<String> said = filled(line.cells());
      List<String> first = filled(header.cells());
      if (said.isEmpty() || said.size() != first.size() || said.stream().anyMatch(OcrPages::isNumber)) {
        return false;
      }
      int misread = 0;
      int length = 0;
      for (int c = 0; c < said.size(); c++) {
        misread += editDistance(said.get(c), first.get(c));
        length += first.get(c).length();
      }
      return misread <= length / MISREAD_SHARE;
    }

    /**
     * Joins {@code rest} to the last row when it is that row's part the page break carried over: one of the two
     * holds the row's values (numbers, or marks of none: a row may have no count), the other only the rest of its
     * labels. Without a header repeated between them ({@code afterHeader} false) the rest must be labels only, each
     * below a label of the row (a table's first row on a new page may as well be a row of its own: a group's label,
     * or a header drawn otherwise).
     */
    boolean joinCut(PageText.Line rest, boolean afterHeader) {
      if (rows.isEmpty()) {
        return false;
      }
      List<String> cut = rows.get(rows.size() - 1);
      List<String> restCells = laid(rest.cells());
      boolean cutValues = cut.stream().anyMatch(OcrPages::isValue);
      boolean restValues = restCells.stream().anyMatch(OcrPages::isValue);
      if (cut.size() != restCells.size() || cutValues == restValues || !afterHeader && !labelsBelowLabels(cut, restCells)) {
        return false;
      }
      for (int i = 0; i < cut.size(); i++) {
        cut.set(i, cut.get(i) + restCells.get(i));
      }
      return true;
    }
  }

  @Override
  public Result read(int count, IntFunction<BufferedImage> page) {
    long start = System.nanoTime();
    StringBuilder out = new StringBuilder();
    List<String> low = new ArrayList<>();
    PageText reader = documentShapes == null ? new PageText(recognizer) : new PageText(recognizer, documentShapes);
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
          // A section's heading opens a line of its own, wherever the line above ends (a page whose widest line is
          // the paragraph above it tells no margin).
          if (wrapped && line.cells().size() == 1 && !Sections.isHeading(Cell.Text.fold(line.cells().get(0)))) {
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
          table.realign(lines.subList(i, i + repeated));
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

  /**
   * Where each column of the rows {@code from} lies among the columns of {@code to}, the same rows drawn with more
   * columns: the k-th filled cell of a row is the k-th filled cell of its match, and a column no row fills lies as
   * far right of the one before as in {@code from}. Null where that keeps no order or leaves the row.
   */
  private static int[] columns(List<PageText.Line> from, List<PageText.Line> to) {
    int[] into = new int[from.get(0).cells().size()];
    Arrays.fill(into, -1);
    for (int r = 0; r < from.size(); r++) {
      List<Integer> a = filledAt(from.get(r).cells());
      List<Integer> b = filledAt(to.get(r).cells());
      for (int k = 0; k < a.size(); k++) {
        if (a.size() != b.size() || into[a.get(k)] >= 0 && into[a.get(k)] != b.get(k)) {
          return null;
        }
        into[a.get(k)] = b.get(k);
      }
    }
    int shift = 0;
    for (int c = 0; c < into.length; c++) {
      if (into[c] < 0) {
        into[c] = c + shift;
      }
      shift = into[c] - c;
      if (c > 0 && into[c] <= into[c - 1] || into[c] >= to.get(0).cells().size()) {
        return null;
      }
    }
    return into;
  }

  private static List<Integer> filledAt(List<String> cells) {
    List<Integer> at = new ArrayList<>();
    for (int c = 0; c < cells.size(); c++) {
      if (!Cell.Text.fold(cells.get(c)).isEmpty()) {
        at.add(c);
      }
    }
    return at;
  }

  /** The folded texts of the cells that hold some. */
  private static List<String> filled(List<String> cells) {
    return cells.stream().map(Cell.Text::fold).filter(c -> !c.isEmpty()).toList();
  }

  /** How many characters to insert, delete or replace to turn {@code a} into {@code b}. */
  private static int editDistance(String a, String b) {
    int[] row = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      row[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int diagonal = row[0];
      row[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int above = row[j];
        row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
        diagonal = above;
      }
    }
    return row[b.length()];
  }

  /** Whether {@code rest} holds text only where {@code cut} holds a label, and holds some. */
  private static boolean labelsBelowLabels(List<String> cut, List<String> rest) {
    boolean any = false;
    for (int i = 0; i < rest.size(); i++) {
      if (!Cell.Text.fold(rest.get(i)).isEmpty()) {
        if (isValue(rest.get(i)) || Cell.Text.fold(cut.get(i)).isEmpty() || isValue(cut.get(i))) {
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

  private static boolean isValue(String cell) {
    return isNumber(cell) || CellKind.isMarker(Cell.Text.fold(cell));
  }
}
