package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.IntUnaryOperator;
import org.govdisclosure.extract.template.TableCaption;

/**
 * Column names a text dump wraps over several lines above a table placed by position (a PDF's layout text, a browser's
 * dump): each line holds a piece of several names ({@code 本年废止 现行有效} / {@code 信息内容 本年制发件数} /
 * {@code 件数 件数}), so read line by line the names come interleaved. The pieces standing over one another make one
 * name; where the names so made are as many as the values of the first row below and stand over them in order, the
 * header is rewritten as one line of whole names. Converters place text by display width (a CJK character two
 * columns) or by characters (pdftotext: one): the measure is the one under which the header lines up with its values,
 * and nothing is rewritten where both or neither do, where names overlap, or where a name's line is wider than the
 * line above it (no text wraps so: another cell's words stand over it).
 */
final class WrappedHeaders {

  /** A header wraps over at most so many lines. */
  private static final int MAX_LINES = 4;
  /** Blank lines a header may stand apart from its first row. */
  private static final int MAX_BLANKS = 2;
  /** Fewer values than this need no names placed. */
  private static final int MIN_VALUES = 2;
  private static final List<IntUnaryOperator> MEASURES = List.of(SpacedColumns.DISPLAY, SpacedColumns.CHARACTERS);

  private WrappedHeaders() {}

  /** A piece of text between spaces: its line, text and columns under one measure. */
  private record Piece(int line, String text, int start, int end) {}

  /** {@code lines} with each wrapped header whose names line up with the values below joined into one line. */
  static List<String> joined(List<String> lines) {
    List<String> out = null;
    int copiedTo = 0;
    for (int i = 1; i < lines.size(); i++) {
      if (!SpacedColumns.hasDigit(lines.get(i)) || !isSpaced(lines.get(i))) {
        continue;
      }
      int last = i - 1;
      while (last >= 0 && i - last <= MAX_BLANKS && lines.get(last).isBlank()) {
        last--;
      }
      int first = last;
      while (first > 0 && last - first + 1 < MAX_LINES && !lines.get(first - 1).isBlank()) {
        first--;
      }
      if (last < 0 || lines.get(last).isBlank() || first < copiedTo) {
        continue;
      }
      // The row's values, read once for every header tried above it; a row no measure finds labelled values in has none.
      ValueRow[] row = new ValueRow[MEASURES.size()];
      for (int m = 0; m < row.length; m++) {
        row[m] = ValueRow.of(lines.get(i), MEASURES.get(m));
      }
      if (Arrays.stream(row).allMatch(Objects::isNull)) {
        continue;
      }
      // A header's lines place their names by spaces and hold no value: only the lines below the last that does not
      // may make one, each line looked at once rather than by every header tried and every measure.
      int top = last + 1;
      while (top > first && isHeaderLine(lines.get(top - 1))) {
        top--;
      }
      // The most lines that make a header: a title or a caption right above it fails, the lines below it may not.
      for (int from = top; from < last; from++) {
        String header = header(lines.subList(from, last + 1), row);
        if (header != null) {
          out = out != null ? out : new ArrayList<>();
          out.addAll(lines.subList(copiedTo, from));
          out.add(header);
          copiedTo = last + 1;
          break;
        }
      }
    }
    if (out == null) {
      return lines;
    }
    out.addAll(lines.subList(copiedTo, lines.size()));
    return out;
  }

  /**
   * The header's names as one line, or null when no measure alone lines them up with the row's values ({@code row}: under
   * each measure, null where it has none); each line of {@code header} may be a header's ({@link #isHeaderLine}).
   */
  private static String header(List<String> header, ValueRow[] row) {
    String joined = null;
    for (int m = 0; m < row.length; m++) {
      String names = row[m] == null ? null : names(header, row[m], MEASURES.get(m));
      if (names != null && joined != null && !names.equals(joined)) {
        return null;
      }
      joined = names != null ? names : joined;
    }
    return joined;
  }

  /** A row's cells under one measure, its values the last of them from {@code firstValue} on. */
  private record ValueRow(List<Piece> cells, int firstValue) {
    /** The row's cells, or null when it has fewer than {@link #MIN_VALUES} values or text is not all that labels them. */
    static ValueRow of(String row, IntUnaryOperator measure) {
      if (!SpacedColumns.isValue(SpacedColumns.lastPiece(row))) {
        return null;
      }
      List<Piece> cells = pieces(row, 0, measure);
      int firstValue = cells.size();
      while (firstValue > 0 && SpacedColumns.isValue(cells.get(firstValue - 1).text())) {
        firstValue--;
      }
      // A row labelled by text alone: values before its last ones are cells the tail does not hold.
      boolean labelled = firstValue > 0 && cells.subList(0, firstValue).stream().noneMatch(p -> SpacedColumns.isValue(p.text()));
      return cells.size() - firstValue < MIN_VALUES || !labelled ? null : new ValueRow(cells, firstValue);
    }

    List<Piece> values() {
      return cells.subList(firstValue, cells.size());
    }
  }

  private static String names(List<String> header, ValueRow row, IntUnaryOperator measure) {
    List<Piece> cells = row.cells();
    int firstValue = row.firstValue();
    List<Piece> values = row.values();
    List<Piece> pieces = new ArrayList<>();
    for (int l = 0; l < header.size(); l++) {
      pieces.addAll(pieces(header.get(l), l, measure));
    }
    List<List<Piece>> names = overlapping(pieces);
    // The labels' column has its name too: without one, which names are the values' is a guess.
    int corner = names.size() - values.size();
    if (corner < 1 || names.stream().allMatch(n -> n.stream().mapToInt(Piece::line).distinct().count() == 1)) {
      return null; // more values than names, or no name wrapped: nothing to join
    }
    if (!names.stream().allMatch(WrappedHeaders::wrapped)) {
      return null;
    }
    // The labels' column's names stand over the labels: a name right of them is a value's, whose row left it blank.
    int labelsEnd = cells.get(firstValue - 1).end();
    for (int c = 0; c < corner; c++) {
      if (end(names.get(c)) > values.get(0).start() || c > 0 && start(names.get(c)) >= labelsEnd) {
        return null;
      }
    }
    for (int v = 0; v < values.size(); v++) {
      double center = (values.get(v).start() + values.get(v).end()) / 2.0;
      double from = corner + v > 0 ? end(names.get(corner + v - 1)) : Double.NEGATIVE_INFINITY;
      double to = v + 1 < values.size() ? start(names.get(corner + v + 1)) : Double.POSITIVE_INFINITY;
      // The value stands under its name or beside it, centered or aligned: never under a neighbour's.
      if (center <= from || center >= to) {
        return null;
      }
    }
    List<String> texts = new ArrayList<>();
    for (List<Piece> name : names) {
      StringBuilder b = new StringBuilder();
      int line = -1;
      for (Piece p : name) {
        b.append(p.line() == line ? " " : "").append(p.text());
        line = p.line();
      }
      texts.add(b.toString());
    }
    return String.join("  ", texts);
  }

  /**
   * Whether a name's pieces read as one cell's text wrapped: text breaks where its line is full, so no line of it is
   * wider than the line above. A narrower piece over a wider one is another cell's, a group's name or a neighbour's run
   * over it ({@code 总计} over {@code 社会公益组织}), and the names so made line up with the values by chance.
   */
  private static boolean wrapped(List<Piece> name) {
    int line = name.get(0).line();
    int start = name.get(0).start();
    int end = name.get(0).end();
    int above = Integer.MAX_VALUE;
    for (Piece p : name) {
      if (p.line() != line) {
        if (end - start > above) {
          return false;
        }
        above = end - start;
        line = p.line();
        start = p.start();
        end = p.end();
      }
      start = Math.min(start, p.start());
      end = Math.max(end, p.end());
    }
    return end - start <= above;
  }

  /** The pieces standing over one another, as names left to right, each name's pieces in reading order. */
  private static List<List<Piece>> overlapping(List<Piece> pieces) {
    List<Piece> byStart = new ArrayList<>(pieces);
    byStart.sort(Comparator.comparingInt(Piece::start));
    List<List<Piece>> names = new ArrayList<>();
    int end = Integer.MIN_VALUE;
    for (Piece p : byStart) {
      if (names.isEmpty() || p.start() >= end) {
        names.add(new ArrayList<>());
      }
      names.get(names.size() - 1).add(p);
      end = Math.max(end, p.end());
    }
    names.forEach(n -> n.sort(Comparator.comparingInt(Piece::line).thenComparingInt(Piece::start)));
    return names;
  }

  private static int start(List<Piece> name) {
    return name.stream().mapToInt(Piece::start).min().orElseThrow();
  }

  private static int end(List<Piece> name) {
    return name.stream().mapToInt(Piece::end).max().orElseThrow();
  }

  private static List<Piece> pieces(String line, int index, IntUnaryOperator measure) {
    return SpacedColumns.pieces(line, measure).stream().map(p -> new Piece(index, p.text(), p.start(), p.end())).toList();
  }

  /**
   * Whether a line may be a header's: its cells placed by spaces alone and no value among them, and no table's caption
   * (表1 行政复议 above a header may line up with its names by chance).
   */
  private static boolean isHeaderLine(String line) {
    return isSpaced(line) && !hasValue(line) && !TableCaption.is(line);
  }

  /** Whether a line holds a value: a table's row, no header's. */
  private static boolean hasValue(String line) {
    return SpacedColumns.hasDigit(line) && pieces(line, 0, SpacedColumns.CHARACTERS).stream().anyMatch(p -> SpacedColumns.isValue(p.text()));
  }

  /** Whether a line places its cells by spaces alone (no tab, no pipe: those part cells themselves). */
  private static boolean isSpaced(String line) {
    return line.indexOf('\t') < 0 && line.indexOf('|') < 0;
  }
}
