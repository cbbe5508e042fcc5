package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.read.PdfColumns.Span;
import org.govdisclosure.extract.read.PdfRulings.Box;
import org.govdisclosure.extract.value.CellKind;

/**
 * Rebuilds the rows of a ruled table from the pieces of text printed in it. A cell whose text wraps prints it over
 * several lines, and the row's numbers, vertically centred, share a line with only one of them; so the rows are
 * read from the rulings instead: the pieces in one cell's box are that cell, top to bottom, and the cells whose
 * boxes start at the same ruling are one row. A cell merged down over several rows starts with the first of them,
 * which is where a Word table keeps its text too.
 */
final class PdfRuledRows {

  /** A piece of text and the cell it is printed in. */
  record Placed(Span span, Box box) {}

  /** A cell's top ruling lies within the row's top 1/INSET_SHARE when the row's own. */
  private static final float INSET_SHARE = 4;
  /** A line of a wrapped number: digits, with the thousands separators it prints. */
  private static final Pattern DIGITS = Pattern.compile("\\d[\\d,]*");
  /** The room a wrapped line of digits leaves in its cell, in its digits: the next one and the cell's padding each side. */
  private static final float ROOM_DIGITS = 4;

  private PdfRuledRows() {}

  /**
   * The rows, top to bottom, each its cells left to right ({@code pieces} in reading order); empty when a cell's box
   * holds two numbers apart, as when the rulings between two value cells are missing: joining them would make one
   * wrong number, so the run is better read line by line.
   */
  static List<List<Span>> rows(List<Placed> pieces, PdfRulings rulings) {
    List<List<Placed>> cells = new ArrayList<>();
    for (Placed p : pieces) {
      cells.stream().filter(c -> c.get(0).box().sameCell(p.box())).findFirst()
          .orElseGet(() -> {
            List<Placed> cell = new ArrayList<>();
            cells.add(cell);
            return cell;
          })
          .add(p);
    }
    cells.sort(Comparator.comparingDouble((List<Placed> c) -> c.get(0).box().top()));
    List<List<List<Placed>>> byRow = new ArrayList<>();
    float rowTop = Float.NaN;
    float rowBottom = Float.NaN;
    for (List<Placed> cell : cells) {
      Box box = cell.get(0).box();
      if (byRow.isEmpty() || !PdfRulings.near(box.top(), rowTop) && !insetIn(box, rowTop, rowBottom)) {
        byRow.add(new ArrayList<>());
        rowTop = box.top();
        rowBottom = box.bottom();
      } else if (PdfRulings.near(box.top(), rowTop)) {
        rowBottom = Math.min(rowBottom, box.bottom());
      }
      byRow.get(byRow.size() - 1).add(cell);
    }
    List<List<Span>> rows = new ArrayList<>();
    for (List<List<Placed>> row : byRow) {
      // Left to right within the row: a merged cell's top may lie a hair below its neighbours' (its own ruling).
      row.sort(Comparator.comparingDouble(c -> c.get(0).box().left()));
      List<Span> joinedRow = new ArrayList<>();
      for (List<Placed> cell : row) {
        Span joined = joined(cell);
        joined = joined != null ? joined : wrappedNumber(cell, row);
        if (joined == null) {
          return List.of();
        }
        joinedRow.add(joined);
      }
      rows.add(PdfColumns.holdsNumber(joinedRow) ? withEmptyCells(row, joinedRow, rulings) : joinedRow);
    }
    return rows;
  }

  /**
   * A row of values with a blank span for each ruled cell it prints nothing in, from its first value on (a number, a
   * blank mark such as {@code /}, or a space some exports print in an empty cell): between
   * two printed cells, or after the last up to the table's right edge. The page prints nothing for an empty cell, but
   * rules it, so its place is known. Left of the first printed cell a label merged down from a row above may stand
   * (a group label whose text the page above printed): nothing is put there, the values are placed by their columns.
   * But a row of values only (section 四's) whose first cells print nothing has a cell there that starts on the row's
   * own top ruling: it is the row's, empty, and leaving it out would move every value a column left.
   */
  private static List<Span> withEmptyCells(List<List<Placed>> cells, List<Span> row, PdfRulings rulings) {
    List<Span> out = isValue(row.get(0).text())
        ? emptyCellsBefore(cells.get(0).get(0).box(), row.get(0).y(), rulings) : new ArrayList<>();
    boolean values = false;
    for (int i = 0; i < cells.size(); i++) {
      Box box = cells.get(i).get(0).box();
      out.add(row.get(i));
      values |= isValue(row.get(i).text());
      if (!values) {
        continue;
      }
      float y = (box.top() + box.bottom()) / 2;
      float next = i + 1 < cells.size() ? cells.get(i + 1).get(0).box().left() : Float.POSITIVE_INFINITY;
      List<Float> borders = new ArrayList<>(rulings.verticalsBetween(box.right(), next, y));
      if (i + 1 < cells.size() && !PdfRulings.near(box.right(), next)) {
        borders.add(next); // the next printed cell's left border closes the last empty one before it
      }
      float left = box.right();
      for (float border : borders) {
        out.add(new Span("", left, border, row.get(i).y()));
        left = border;
      }
    }
    return out;
  }

  /**
   * Whether a cell is the row's own though its top ruling lies a little below the row's: it ends on the row's bottom
   * ruling and its top is within the row's top quarter. Some HTML printers draw a cell's border a few points inside the
   * row, across its text's first line; a sub-row of a merged cell is a line high at least, and below it the rest.
   */
  private static boolean insetIn(Box box, float rowTop, float rowBottom) {
    return box.top() > rowTop && PdfRulings.near(box.bottom(), rowBottom)
        && box.top() - rowTop < (rowBottom - rowTop) / INSET_SHARE;
  }

  /** Blank spans for the ruled cells left of {@code first} (a row's first printed cell) that start on its top ruling. */
  private static List<Span> emptyCellsBefore(Box first, float textY, PdfRulings rulings) {
    float y = (first.top() + first.bottom()) / 2;
    List<Float> borders = rulings.verticalsBetween(Float.NEGATIVE_INFINITY, first.left(), y);
    List<Span> out = new ArrayList<>();
    for (int i = 0; i < borders.size(); i++) {
      float left = borders.get(i);
      float right = i + 1 < borders.size() ? borders.get(i + 1) : first.left();
      if (rulings.box(left, right, y).filter(b -> PdfRulings.near(b.top(), first.top())).isPresent()) {
        out.add(new Span("", left, right, textY));
      }
    }
    return out;
  }

  /** A cell's pieces as one span, its lines top to bottom, each left to right; null if it holds two numbers. */
  private static Span joined(List<Placed> cell) {
    List<Span> pieces = cell.stream().map(Placed::span)
        .sorted(Comparator.comparingDouble(Span::y).thenComparingDouble(Span::x)).toList();
    StringBuilder text = new StringBuilder();
    StringBuilder part = new StringBuilder();
    int numbers = 0;
    Span previous = null;
    for (Span s : pieces) {
      if (previous != null && !touching(previous, s)) {
        numbers += isNumber(part) ? 1 : 0;
        part.setLength(0);
        text.append(separated(previous, s) ? " " : "");
      }
      text.append(s.text());
      part.append(s.text());
      previous = s;
    }
    numbers += isNumber(part) ? 1 : 0;
    if (numbers > 1) {
      return null;
    }
    float x = (float) pieces.stream().mapToDouble(Span::x).min().orElse(0);
    float end = (float) pieces.stream().mapToDouble(Span::end).max().orElse(0);
    return new Span(text.toString(), x, end, pieces.get(0).y());
  }

  /**
   * The number a cell too narrow for it wraps, digits under digits ({@code 57} over {@code 2} is 572, {@code 16,48} over
   * {@code 4} is 16,484); null unless the row shows it: another cell as tall (between the same rulings) prints one line
   * midway between the first and the last, so the row is one text line high where cells centre their text, and these
   * lines are one cell's text, not two rows' figures whose ruling is missing (those stand on the lines of each row's
   * own text).
   */
  private static Span wrappedNumber(List<Placed> cell, List<List<Placed>> row) {
    List<Span> lines = cell.stream().map(Placed::span).sorted(Comparator.comparingDouble(Span::y)).toList();
    Box box = cell.get(0).box();
    for (int i = 0; i < lines.size(); i++) {
      if (!DIGITS.matcher(lines.get(i).text()).matches() || i > 0 && PdfRulings.near(lines.get(i - 1).y(), lines.get(i).y())
          || i + 1 < lines.size() && !fillsBox(lines.get(i), box)) {
        return null;
      }
    }
    float first = lines.get(0).y();
    float last = lines.get(lines.size() - 1).y();
    boolean centredBeside = row.stream()
        .filter(c -> c != cell && c.size() == 1 && PdfRulings.near(c.get(0).box().top(), box.top())
            && PdfRulings.near(c.get(0).box().bottom(), box.bottom()))
        .anyMatch(c -> Math.abs(c.get(0).span().y() - (first + last) / 2) < (last - first) / 4);
    if (!centredBeside) {
      return null;
    }
    String digits = lines.stream().map(Span::text).reduce("", String::concat);
    float x = (float) lines.stream().mapToDouble(Span::x).min().orElse(0);
    float end = (float) lines.stream().mapToDouble(Span::end).max().orElse(0);
    return new Span(digits, x, end, first);
  }

  /**
   * Whether a line of digits fills its cell's box, so that its next digit went on the next line: the room left beside
   * it is less than {@link #ROOM_DIGITS} of its digits. A line with room to spare ({@code 12} over {@code 1} in a wide
   * cell) did not wrap: the cell prints two figures, as two paragraphs.
   */
  private static boolean fillsBox(Span line, Box box) {
    float width = line.end() - line.x();
    return box.right() - box.left() - width < ROOM_DIGITS * width / line.text().length();
  }

  /** Whether {@code b} runs on from {@code a} on the same line: PDFBox may hand over a line's glyphs in pieces. */
  private static boolean touching(Span a, Span b) {
    return PdfRulings.near(a.y(), b.y()) && PdfRulings.near(a.end(), b.x());
  }

  /**
   * Whether two pieces that do not touch need a space between them: on one line they do; wrapped, Chinese runs on
   * without one, and only a Latin word or a number broken at the line end keeps it.
   */
  private static boolean separated(Span a, Span b) {
    return PdfRulings.near(a.y(), b.y()) || isLatin(a.text().charAt(a.text().length() - 1)) && isLatin(b.text().charAt(0));
  }

  private static boolean isNumber(CharSequence text) {
    return CellKind.of(Cell.Text.fold(text.toString())) == CellKind.NUMBER;
  }

  /** Whether a cell holds a value: a number, a blank mark, or nothing but spaces (not a label). */
  private static boolean isValue(String text) {
    return CellKind.of(Cell.Text.fold(text)) != CellKind.LABEL;
  }

  private static boolean isLatin(char c) {
    return c < 0x80 && Character.isLetterOrDigit(c);
  }
}
