package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.List;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.read.PdfColumns.Span;
import org.govdisclosure.extract.template.Ordinals;

/**
 * The lines a table without rulings wraps its cells over ({@code 规范性} / {@code 文件}, the row's numbers beside one of
 * them): a cell's lines are set a line apart, its row's neighbours further, by the cells' padding. A run of lines each
 * less than {@link #CELL_LINE_EM} below the last, one of them printing the row's numbers, is one row: each piece of
 * the other lines goes on the one label of that row it is printed under or over. Where rows are set as close as a
 * cell's lines (no padding), a run holds several rows' numbers and is left as printed; so is a run where a piece
 * would open a label of its own (an ordinal after a label's first line: the next row's, set as close).
 */
final class PdfWrappedCells {

  /** A cell's lines are about one and a quarter ems apart; rows padded apart at least two. */
  static final float CELL_LINE_EM = 1.5f;

  private PdfWrappedCells() {}

  /**
   * The row the lines print, top to bottom: the line holding its numbers, or, in a header (no line holds a value), the
   * first that prints the most titles, with each piece of the other lines on the one label or title of that line it
   * is printed under or over; null where two lines hold numbers, another line a value, a piece lies under none or
   * several of them, or the row would be one cell.
   */
  static List<Span> row(List<List<Span>> lines) {
    int values = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (PdfColumns.holdsNumber(lines.get(i))) {
        if (values >= 0) {
          return null;
        }
        values = i;
      } else if (lines.get(i).stream().anyMatch(PdfColumns::isValue)) {
        return null;
      }
    }
    if (values < 0) {
      values = widest(lines);
    }
    List<Span> row = lines.get(values);
    if (row.size() < 2) {
      return null;
    }
    List<StringBuilder> above = new ArrayList<>();
    List<StringBuilder> below = new ArrayList<>();
    float[] x = new float[row.size()];
    float[] end = new float[row.size()];
    for (int c = 0; c < row.size(); c++) {
      above.add(new StringBuilder());
      below.add(new StringBuilder());
      x[c] = row.get(c).x();
      end[c] = row.get(c).end();
    }
    for (int i = 0; i < lines.size(); i++) {
      for (Span piece : i == values ? List.<Span>of() : lines.get(i)) {
        int under = -1;
        for (int c = 0; c < row.size(); c++) {
          if (piece.overlap(row.get(c)) > 0) {
            if (under >= 0 || PdfColumns.isValue(row.get(c)) && !(i > values && unitOf(row.get(c), piece))) {
              return null;
            }
            under = c;
          }
        }
        if (under < 0) {
          return null;
        }
        StringBuilder on = (i < values ? above : below).get(under);
        if (opensAnother(piece.text(), i < values && on.isEmpty())) {
          return null;
        }
        on.append(piece.text());
        x[under] = Math.min(x[under], piece.x());
        end[under] = Math.max(end[under], piece.end());
      }
    }
    List<Span> joined = new ArrayList<>();
    for (int c = 0; c < row.size(); c++) {
      Span cell = row.get(c);
      if (!above.get(c).isEmpty() && opensAnother(cell.text(), false)) {
        return null;
      }
      Span whole = new Span(above.get(c) + cell.text(), x[c], end[c], cell.y());
      joined.add(below.get(c).isEmpty() ? whole : PdfWrappedLabels.joined(List.of(whole), 0, new Span(below.get(c).toString(), x[c], end[c], cell.y())).get(0));
    }
    return joined;
  }

  /**
   * Whether a piece opens a label of its own with an ordinal ({@code （二）}, {@code 3.}, {@code 四、}), at its start
   * unless it is the first line of the cell ({@code first}), or further in: it is another row's, printed as close.
   */
  private static boolean opensAnother(String piece, boolean first) {
    String folded = Cell.Text.fold(piece);
    for (int i = first ? 1 : 0; i < folded.length(); i++) {
      if (Ordinals.opensAt(folded, i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a piece under a value is its unit wrapped below it ({@code 18.6198万} over {@code 元}): the two are a value. */
  private static boolean unitOf(Span value, Span piece) {
    return PdfColumns.isValue(new Span(value.text() + piece.text(), value.x(), value.end(), value.y()));
  }

  /** The index of the first line printing the most pieces. */
  private static int widest(List<List<Span>> lines) {
    int widest = 0;
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).size() > lines.get(widest).size()) {
        widest = i;
      }
    }
    return widest;
  }
}
