package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.value.CellKind;

/**
 * A PDF prints nothing for an empty cell, so a row with a blank value would shift its later values left. This puts
 * the blanks back. A row with fewer values than the table has value columns keeps its labels as printed and has each
 * value placed under the value column it overlaps (or is nearest to), empty cells filling the rest; the value columns
 * are those of the row with the most values and of any value printed under none of them. Otherwise (no value lost,
 * or a label after a value), a row shorter than the table's longest has all its cells placed under that row's,
 * labels too (a label merged down over rows leaves its place blank in the rows below).
 */
final class PdfColumns {

  /** A grid cell holding only this is a label's punctuation as often as a mark for none: not a value's place. */
  private static final String ENUMERATION_COMMA = "、";
  /** A number ending a label's text after something else, its decimals with it ({@code 业性收11.4977}). */
  static final Pattern TRAILING_DIGITS = Pattern.compile("(?<=[^\\d.])\\d+(\\.\\d+)?$");

  /** A cell's text and where it is printed: from {@code x} to {@code end}, its glyphs' middle at height {@code y}. */
  record Span(String text, float x, float end, float y) {

    float center() {
      return (x + end) / 2;
    }

    float overlap(Span o) {
      return Math.min(end, o.end) - Math.max(x, o.x);
    }
  }

  private PdfColumns() {}

  /** The rows of one table, each row its cells' texts, blanks put back where they can be placed. */
  static List<List<String>> align(List<List<Span>> rows) {
    List<Span> firstColumns = valueColumns(rows);
    rows = rows.stream().map(r -> valueOutOfLabel(r, firstColumns)).toList();
    // Only a value row shows the columns: a header's cells may be split (本年新 | 制作数量) or merged (申请人情况).
    // Values are placed by values alone first: labels merged across label columns make a row's label count vary.
    List<Span> columns = rows.stream().filter(r -> r.stream().anyMatch(PdfColumns::isValue))
        .max(Comparator.comparingInt(List::size)).orElse(List.of());
    List<Span> valueColumns = valueColumns(rows);
    List<List<String>> out = new ArrayList<>();
    for (List<Span> row : rows) {
      long values = row.stream().filter(PdfColumns::isValue).count();
      List<String> placed = values > 0 && values < valueColumns.size() ? valuesPlaced(row, valueColumns) : null;
      if (placed == null && values > 0 && row.size() < columns.size()) {
        placed = placed(row, columns);
      }
      if (placed == null && values == 0 && row.size() > 1 && row.size() < columns.size()) {
        placed = headerPlaced(row, columns);
      }
      out.add(placed != null ? placed : texts(row));
    }
    return out;
  }

  /**
   * The row with the digits ending its last label made a value of their own where that label reaches into a value
   * column the row prints no value under: without rulings, a long label runs up to the next column, and its value,
   * set as close as a word, was read as part of it ({@code 2.其他法律行政法规禁止公开0}).
   */
  private static List<Span> valueOutOfLabel(List<Span> row, List<Span> valueColumns) {
    int last = -1;
    for (int i = 0; i < row.size() && !isValue(row.get(i)); i++) {
      last = i;
    }
    Matcher digits = last < 0 ? null : TRAILING_DIGITS.matcher(row.get(last).text());
    if (digits == null || !digits.find()) {
      return row;
    }
    Span label = row.get(last);
    for (Span c : valueColumns) {
      if (label.x() < c.x() && label.end() > c.x() && row.stream().noneMatch(s -> isValue(s) && s.overlap(c) > 0)) {
        List<Span> split = new ArrayList<>(row.subList(0, last));
        split.add(new Span(label.text().substring(0, digits.start()).strip(), label.x(), c.x(), label.y()));
        split.add(new Span(digits.group(), c.x(), label.end(), label.y()));
        split.addAll(row.subList(last + 1, row.size()));
        return split;
      }
    }
    return row;
  }

  /** Each cell under its column; null where two share one, or a value falls under a label or a label under a value. */
  private static List<String> placed(List<Span> row, List<Span> columns) {
    List<String> cells = new ArrayList<>(Collections.nCopies(columns.size(), ""));
    int previous = -1;
    for (Span s : row) {
      int column = column(s, columns);
      if (column <= previous || isValue(s) != isValue(columns.get(column))) {
        return null;
      }
      cells.set(column, s.text());
      previous = column;
    }
    return cells;
  }

  /**
   * A header row printing fewer cells than the table has columns (titles merged over several, empty cells over the
   * labels) laid out on the table's columns, each title over the column it covers most, where counting its titles
   * from the right, as rows narrower than their table line up, would set one over another value column ({@code 小计}
   * over the totals): then every row is as wide and each title stands over its own column. Null where the titles
   * already line up so, or where two would share a column or come out of order.
   */
  private static List<String> headerPlaced(List<Span> row, List<Span> columns) {
    List<String> cells = new ArrayList<>(Collections.nCopies(columns.size(), ""));
    int previous = -1;
    boolean offRight = false;
    for (int i = 0; i < row.size(); i++) {
      int column = column(row.get(i), columns);
      if (column <= previous) {
        return null;
      }
      offRight |= isValue(columns.get(column)) && column != columns.size() - row.size() + i;
      cells.set(column, row.get(i).text());
      previous = column;
    }
    return offRight ? cells : null;
  }

  /**
   * The value columns, left to right: the values of the row with the most, and any value of another row printed
   * under none of them (a column that row left blank).
   */
  private static List<Span> valueColumns(List<List<Span>> rows) {
    List<Span> columns = new ArrayList<>(rows.stream().map(r -> r.stream().filter(PdfColumns::isValue).toList())
        .max(Comparator.comparingInt(List::size)).orElse(List.of()));
    for (List<Span> row : rows) {
      for (Span s : row) {
        if (isValue(s) && columns.stream().noneMatch(c -> s.overlap(c) > 0)) {
          columns.add(s);
        }
      }
    }
    columns.sort(Comparator.comparingDouble(Span::x));
    return columns;
  }

  /**
   * The row's labels as printed, then one cell per value column; null where a label follows a value or two values
   * share a column: the row has a layout of its own.
   */
  private static List<String> valuesPlaced(List<Span> row, List<Span> columns) {
    List<String> cells = new ArrayList<>();
    List<String> values = new ArrayList<>(Collections.nCopies(columns.size(), ""));
    int previous = -1;
    for (Span s : row) {
      if (!isValue(s)) {
        if (previous >= 0) {
          return null;
        }
        cells.add(s.text());
        continue;
      }
      int column = column(s, columns);
      if (column <= previous) {
        return null;
      }
      values.set(column, s.text());
      previous = column;
    }
    cells.addAll(values);
    return cells;
  }

  private static int column(Span s, List<Span> columns) {
    int best = 0;
    for (int i = 1; i < columns.size(); i++) {
      if (closer(s, columns.get(i), columns.get(best))) {
        best = i;
      }
    }
    return best;
  }

  /** Whether {@code s} belongs under {@code a} rather than {@code b}: more overlap, or, with none, a nearer center. */
  private static boolean closer(Span s, Span a, Span b) {
    float oa = s.overlap(a);
    float ob = s.overlap(b);
    if (oa > 0 || ob > 0) {
      return oa > ob;
    }
    return Math.abs(s.center() - a.center()) < Math.abs(s.center() - b.center());
  }

  /**
   * A row the page break cut, {@code cut}, whole again with {@code rest}, its part printed at the top of the next
   * page; null when {@code rest} does not look like that part. The values of a cut row are printed on one side of
   * the break only, so exactly one of the two parts holds numbers, and never under a text of the other part (a
   * header row above a value row has both); each piece of the rest goes on the text of the cell above it (Chinese
   * wraps without a space), or is a cell of its own where the cut part printed none.
   */
  static List<Span> restOfCutRow(List<Span> cut, List<Span> rest) {
    if (holdsNumber(cut) == holdsNumber(rest)) {
      return null;
    }
    List<Span> whole = new ArrayList<>(cut);
    boolean joined = false;
    for (Span r : rest) {
      int above = -1;
      for (int i = 0; i < cut.size(); i++) {
        if (r.overlap(cut.get(i)) > 0 && (above < 0 || r.overlap(cut.get(i)) > r.overlap(cut.get(above)))) {
          above = i;
        }
      }
      if (above < 0) {
        whole.add(r);
        continue;
      }
      if (isNumber(r) || isNumber(cut.get(above))) {
        return null;
      }
      Span a = whole.get(above);
      whole.set(above, new Span(a.text() + r.text(), Math.min(a.x(), r.x()), Math.max(a.end(), r.end()), a.y()));
      joined = true;
    }
    whole.sort(Comparator.comparingDouble(Span::x));
    return joined ? whole : null;
  }

  /** Pieces printed over several lines as one row: those that overlap across are one cell, read top to bottom. */
  static List<Span> stacked(List<Span> pieces) {
    List<List<Span>> cells = new ArrayList<>();
    float end = Float.NEGATIVE_INFINITY;
    for (Span s : pieces.stream().sorted(Comparator.comparingDouble(Span::x)).toList()) {
      if (s.x() >= end) {
        cells.add(new ArrayList<>());
      }
      cells.get(cells.size() - 1).add(s);
      end = Math.max(end, s.end());
    }
    List<Span> row = new ArrayList<>();
    for (List<Span> cell : cells) {
      cell.sort(Comparator.comparingDouble(Span::y).thenComparingDouble(Span::x));
      row.add(new Span(String.join("", texts(cell)), cell.get(0).x(), (float) cell.stream().mapToDouble(Span::end).max().orElseThrow(), cell.get(0).y()));
    }
    return row;
  }

  static boolean holdsNumber(List<Span> row) {
    return row.stream().anyMatch(PdfColumns::isNumber);
  }

  /**
   * A number, a mark for none, or a ruled cell printed empty among a row's values ({@link PdfRuledRows}: no text
   * the page prints is empty): a value cell, whose place is a column.
   */
  static boolean isValue(Span s) {
    String folded = Cell.Text.fold(s.text());
    CellKind kind = CellKind.of(folded);
    return kind == CellKind.NUMBER || kind == CellKind.BLANK || kind == CellKind.MARKER && !folded.equals(ENUMERATION_COMMA);
  }

  static boolean isNumber(Span s) {
    return CellKind.of(Cell.Text.fold(s.text())) == CellKind.NUMBER;
  }

  static List<String> texts(List<Span> row) {
    return row.stream().map(Span::text).toList();
  }
}
