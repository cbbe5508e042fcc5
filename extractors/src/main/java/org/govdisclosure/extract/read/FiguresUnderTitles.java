package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.PageFurniture;

/**
 * A line of figures alone under column titles placed by spaces (a browser's dump or a PDF's layout text of a table of
 * one row, section 四's fifteen cells), printing fewer figures than the titles name columns: its blank cells are gaps
 * only. The titles standing over one another make one column each (a group's title with its first column's); where each
 * figure's middle falls within one column's titles, left to right, one figure a column, the line is rewritten as
 * tab-separated cells, the columns no figure stands under blank, as a reader lines the figures up with the titles.
 * Text places characters by display width (a CJK character two columns) or one column each (pdftotext): the measure
 * is the one under which the figures line up. Nothing is rewritten where a figure stands between columns or two under
 * one, or where both measures line them up, each otherwise.
 */
final class FiguresUnderTitles {

  /** Titles wrap over at most so many lines. */
  private static final int MAX_LINES = 4;
  /** Fewer figures than this make no table's row. */
  private static final int MIN_FIGURES = 3;
  private static final List<IntUnaryOperator> MEASURES = List.of(SpacedColumns.DISPLAY, SpacedColumns.CHARACTERS);

  private FiguresUnderTitles() {}

  /** A piece of text between spaces: its line and columns under one measure. */
  private record Piece(int line, int start, int end) {}

  /** {@code lines} with each line of figures alone under more titles than it prints figures placed under them. */
  static List<String> placed(List<String> lines) {
    List<String> out = null;
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!SpacedColumns.hasDigit(line) || !isSpaced(line) || !SpacedColumns.isValue(SpacedColumns.lastPiece(line))
          || !figuresAlone(line) || !isTitleLine(lines.get(i - 1))
          || PageFurniture.isPageNumber(line, PageFurniture.Form.AMONG_FIGURES)) {
        continue; // most lines: no figure, not a row of figures alone, or no titles over it; a page's number (- 2 -) none
      }
      int top = i;
      while (top > 0 && i - top < MAX_LINES && isTitleLine(lines.get(top - 1))) {
        top--;
      }
      List<Measured> measured = new ArrayList<>(MEASURES.size());
      for (IntUnaryOperator measure : MEASURES) {
        measured.add(Measured.of(lines.subList(top, i), line, measure));
      }
      String row = null;
      // The most lines that make the titles: a heading right above them spans them all and fails, the lines below it may not.
      for (int from = 0; from < i - top && row == null; from++) {
        row = row(measured, from);
      }
      if (row != null) {
        out = out != null ? out : new ArrayList<>(lines);
        out.set(i, row);
      }
    }
    return out != null ? out : lines;
  }

  /** The figure line's pieces and each title line's under one measure, placed once for every choice of title lines. */
  private record Measured(List<SpacedColumns.Piece> figures, List<List<SpacedColumns.Piece>> titles) {
    static Measured of(List<String> titles, String line, IntUnaryOperator measure) {
      List<List<SpacedColumns.Piece>> placed = new ArrayList<>(titles.size());
      for (String title : titles) {
        placed.add(SpacedColumns.pieces(title, measure));
      }
      return new Measured(SpacedColumns.pieces(line, measure), placed);
    }
  }

  /**
   * The figure line as tab-separated cells under the titles from line {@code from} on by the measure under which they
   * line up, or null where neither does or the two place the figures otherwise.
   */
  private static String row(List<Measured> measured, int from) {
    String row = null;
    for (Measured m : measured) {
      String placed = row(m, from);
      if (placed != null && row != null && !row.equals(placed)) {
        return null;
      }
      row = placed != null ? placed : row;
    }
    return row;
  }

  private static String row(Measured m, int from) {
    List<SpacedColumns.Piece> figures = m.figures();
    List<Piece> pieces = new ArrayList<>();
    for (int l = from; l < m.titles().size(); l++) {
      for (SpacedColumns.Piece p : m.titles().get(l)) {
        pieces.add(new Piece(l, p.start(), p.end()));
      }
    }
    List<int[]> columns = stacked(pieces);
    if (columns == null || columns.size() <= figures.size()) {
      return null; // a figure for every column: read as printed
    }
    String[] cells = new String[columns.size()];
    Arrays.fill(cells, "");
    int next = 0;
    for (SpacedColumns.Piece f : figures) {
      double middle = (f.start() + f.end()) / 2.0;
      while (next < columns.size() && columns.get(next)[1] <= middle) {
        next++;
      }
      if (next == columns.size() || columns.get(next)[0] > middle) {
        return null; // between two columns, or right of the last
      }
      cells[next++] = f.text();
    }
    return String.join("\t", cells);
  }

  /**
   * The columns the pieces standing over one another make, left to right: each its first and last place; null where a
   * column holds two pieces of one line (a title wider than its column, a group's over two of them, joins them: which
   * figure is under which is then unknown).
   */
  private static List<int[]> stacked(List<Piece> pieces) {
    List<Piece> byStart = new ArrayList<>(pieces);
    byStart.sort(Comparator.comparingInt(Piece::start));
    List<int[]> columns = new ArrayList<>();
    long lines = 0; // the lines the current column's pieces are on, a bit each
    for (Piece p : byStart) {
      int[] last = columns.isEmpty() ? null : columns.get(columns.size() - 1);
      if (last == null || p.start() >= last[1]) {
        columns.add(new int[] {p.start(), p.end()});
        lines = 1L << p.line();
      } else if ((lines & 1L << p.line()) != 0) {
        return null;
      } else {
        last[1] = Math.max(last[1], p.end());
        lines |= 1L << p.line();
      }
    }
    return columns;
  }

  /**
   * Whether a line holds figures alone, enough for a table's row; told piece by piece without placing them, the first
   * piece that is no figure (a row's label, most often) settling it.
   */
  private static boolean figuresAlone(String line) {
    int count = 0;
    for (int i = 0; i < line.length(); ) {
      if (Cell.Text.isSpace(line.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < line.length() && !Cell.Text.isSpace(line.charAt(j))) {
        j++;
      }
      if (!SpacedColumns.isValue(line.substring(i, j))) {
        return false;
      }
      count++;
      i = j;
    }
    return count >= MIN_FIGURES;
  }

  /** Whether a line may hold titles: its cells placed by spaces alone, no figure among them, not blank. */
  private static boolean isTitleLine(String line) {
    return !line.isBlank() && isSpaced(line) && SpacedColumns.pieces(line, SpacedColumns.CHARACTERS).stream()
        .noneMatch(p -> SpacedColumns.isValue(p.text()));
  }

  /** Whether a line places its cells by spaces alone (no tab, no pipe: those part cells themselves). */
  private static boolean isSpaced(String line) {
    return line.indexOf('\t') < 0 && line.indexOf('|') < 0;
  }
}
