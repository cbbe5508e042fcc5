package org.govdisclosure.extract.tables;

import java.util.ArrayList;
import java.util.List;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;
import org.govdisclosure.extract.value.CellKind;

/**
 * A table too wide for its page printed in two tables one after the other: its row labels with its first columns, then
 * (maybe after a caption such as 续表) its other columns with no labels, or with a {@link SerialColumn} only, the rows in
 * the same order. A reader sets each row of figures of the second beside the one in the same place in the first: where
 * the second table's rows of figures hold no label and are as many as the first's, each of which has one, the two are
 * read as one table, their header rows (those above the figures) side by side too. So is a table the reader took in as
 * one, its second part's header row right after the first part's rows of figures.
 */
final class RightHalves {

  /** Rows of figures each part holds at least: fewer could be another small table's. */
  private static final int MIN_ROWS = 5;
  /** A caption between the parts (续表, 表三（续）) is at most this long and holds no digit. */
  private static final int MAX_CAPTION = 12;

  private RightHalves() {}

  /** The blocks with each such pair of tables, and the caption between them, made one table. */
  static List<Block> joined(List<Block> blocks) {
    List<Block> out = null;
    for (int i = 0; i < blocks.size(); i++) {
      Table whole = null;
      int next = i;
      if (blocks.get(i) instanceof Table left) {
        next = i + 1;
        while (next < blocks.size() && blocks.get(next) instanceof Paragraph p && isCaption(p)) {
          next++;
        }
        whole = next < blocks.size() && blocks.get(next) instanceof Table right && endsUnlabelled(right) ? joined(left, right) : null;
        if (whole == null) {
          next = i;
          whole = endsUnlabelled(left) ? joinedParts(left) : null;
        }
      }
      if (whole == null) {
        if (out != null) {
          out.add(blocks.get(i));
        }
        continue;
      }
      out = out != null ? out : new ArrayList<>(blocks.subList(0, i));
      out.add(whole);
      i = next;
    }
    return out == null ? blocks : out;
  }

  /** Whether a table's last row holds figures and no label: a part whose rows are another's (every table is asked). */
  private static boolean endsUnlabelled(Table t) {
    return !t.rows().isEmpty() && holdsFigures(t.rows().get(t.rows().size() - 1)) && !isLabelled(t.rows().get(t.rows().size() - 1));
  }

  /**
   * A table read as one whose second part follows its first without a break the reader saw (a markdown table after
   * blank lines): split before a row without figures that follows rows of figures, its two parts joined; else null.
   */
  private static Table joinedParts(Table t) {
    List<Row> rows = t.rows();
    for (int r = 1; r < rows.size(); r++) {
      if (holdsFigures(rows.get(r - 1)) && !holdsFigures(rows.get(r))) {
        return joined(new Table(rows.subList(0, r)), new Table(rows.subList(r, rows.size())));
      }
    }
    return null;
  }

  private static boolean isCaption(Paragraph p) {
    String text = p.text();
    if (text.length() > MAX_CAPTION) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The two tables as one, or null where the second does not continue the first's rows. */
  private static Table joined(Table left, Table rightPrinted) {
    Table right = SerialColumn.without(rightPrinted);
    int leftTop = headerRows(left);
    int rightTop = headerRows(right);
    int rows = left.rows().size() - leftTop;
    if (leftTop < 0 || rightTop < 0 || rows < MIN_ROWS || right.rows().size() - rightTop != rows
        || !left.rows().subList(leftTop, left.rows().size()).stream().allMatch(RightHalves::isLabelled)
        || right.rows().subList(rightTop, right.rows().size()).stream().anyMatch(RightHalves::isLabelled)) {
      return null;
    }
    List<Row> out = new ArrayList<>();
    int top = Math.max(leftTop, rightTop);
    int leftWidth = left.rows().get(leftTop).cells().size();
    for (int r = 0; r < top; r++) {
      List<Cell> cells = new ArrayList<>(r < leftTop ? left.rows().get(r).cells() : blanks(leftWidth));
      cells.addAll(r < rightTop ? right.rows().get(r).cells() : List.of());
      out.add(new Row(cells));
    }
    for (int r = 0; r < rows; r++) {
      List<Cell> cells = new ArrayList<>(left.rows().get(leftTop + r).cells());
      cells.addAll(right.rows().get(rightTop + r).cells());
      out.add(new Row(cells));
    }
    return new Table(out);
  }

  /** How many rows stand above the first row of figures, every row after it holding figures; -1 if any does not. */
  private static int headerRows(Table t) {
    int first = -1;
    for (int r = 0; r < t.rows().size(); r++) {
      boolean figures = holdsFigures(t.rows().get(r));
      if (first < 0 && figures) {
        first = r;
      } else if (first >= 0 && !figures) {
        return -1;
      }
    }
    return first;
  }

  /** Whether a row holds a count or a mark of none (无, /): a row of figures. */
  private static boolean holdsFigures(Row r) {
    for (Cell c : r.cells()) {
      CellKind kind = CellKind.of(c.text());
      if (kind == CellKind.NUMBER || kind == CellKind.MARKER) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLabelled(Row r) {
    for (Cell c : r.cells()) {
      if (!c.spanned() && CellKind.of(c.text()) == CellKind.LABEL) {
        return true;
      }
    }
    return false;
  }

  private static List<Cell> blanks(int n) {
    List<Cell> cells = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      cells.add(new Cell(""));
    }
    return cells;
  }
}
