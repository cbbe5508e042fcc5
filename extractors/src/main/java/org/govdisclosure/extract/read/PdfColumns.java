package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.value.CellKind;

/**
 * A PDF prints nothing for an empty cell, so a row with a blank value would shift its later values left. This puts
 * the blanks back: the value row of a table with the most cells gives the columns, and every shorter row that holds
 * a number has each cell placed under the column it overlaps (or is nearest to), empty cells filling the rest.
 */
final class PdfColumns {

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
    // Only a value row shows the columns: a header's cells may be split (本年新 | 制作数量) or merged (申请人情况).
    List<Span> columns = rows.stream().filter(PdfColumns::holdsNumber)
        .max((a, b) -> Integer.compare(a.size(), b.size())).orElse(List.of());
    List<List<String>> out = new ArrayList<>();
    for (List<Span> row : rows) {
      out.add(row.size() < columns.size() && holdsNumber(row) ? placed(row, columns) : texts(row));
    }
    return out;
  }

  private static List<String> placed(List<Span> row, List<Span> columns) {
    List<String> cells = new ArrayList<>(Collections.nCopies(columns.size(), ""));
    int previous = -1;
    for (Span s : row) {
      int column = column(s, columns);
      if (column <= previous) {
        // Two cells under one column: the row has a layout of its own; leave it as printed.
        return texts(row);
      }
      cells.set(column, s.text());
      previous = column;
    }
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

  private static boolean holdsNumber(List<Span> row) {
    return row.stream().anyMatch(s -> CellKind.of(Cell.Text.fold(s.text())) == CellKind.NUMBER);
  }

  private static List<String> texts(List<Span> row) {
    return row.stream().map(Span::text).toList();
  }
}
