package org.govdisclosure.extract.ocr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * One ruled table of a page image: the positions of its row and column rulings, and its cells. A cell is a run of
 * grid positions with no ruling between them, so a label merged down over several rows or a header over several
 * columns is one cell, as the page draws it.
 */
final class Grid {

  /** A cell: the grid rows {@code top..bottom} and columns {@code left..right} it covers (inclusive). */
  record Cell(int top, int bottom, int left, int right) {}

  final int[] ys;
  final int[] xs;
  final List<Cell> cells;

  private Grid(int[] ys, int[] xs, List<Cell> cells) {
    this.ys = ys;
    this.xs = xs;
    this.cells = cells;
  }

  int x0() {
    return xs[0];
  }

  int x1() {
    return xs[xs.length - 1];
  }

  int y0() {
    return ys[0];
  }

  int y1() {
    return ys[ys.length - 1];
  }

  /** The tables the rulings draw: sets of crossing rulings with at least two rows and two columns of them. */
  static List<Grid> of(Rulings rulings) {
    List<Rulings.Line> all = new ArrayList<>(rulings.horizontal);
    all.addAll(rulings.vertical);
    int[] parent = new int[all.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < rulings.horizontal.size(); i++) {
      for (int j = rulings.horizontal.size(); j < all.size(); j++) {
        if (all.get(i).crosses(all.get(j))) {
          parent[find(parent, i)] = find(parent, j);
        }
      }
    }
    List<Grid> grids = new ArrayList<>();
    boolean[] taken = new boolean[all.size()];
    for (int i = 0; i < all.size(); i++) {
      if (taken[i]) {
        continue;
      }
      List<Rulings.Line> group = new ArrayList<>();
      for (int j = i; j < all.size(); j++) {
        if (find(parent, j) == find(parent, i)) {
          group.add(all.get(j));
          taken[j] = true;
        }
      }
      Grid g = of(group, rulings.runOn);
      if (g != null) {
        grids.add(g);
      }
    }
    grids.sort((a, b) -> Integer.compare(a.y0(), b.y0()));
    return grids;
  }

  private static Grid of(List<Rulings.Line> lines, List<Rulings.Line> runOn) {
    List<Rulings.Line> h = new ArrayList<>(lines.stream().filter(Rulings.Line::horizontal).toList());
    List<Rulings.Line> v = lines.stream().filter(l -> !l.horizontal()).toList();
    int[] ys = positions(h, Rulings.TOUCH * 2);
    int[] xs = positions(v, Rulings.TOUCH * 2);
    if (ys.length < 2 || xs.length < 2) {
      return null;
    }
    List<Rulings.Line> open = openEnd(ys, xs, runOn);
    if (!open.isEmpty()) {
      h.addAll(open);
      xs = Arrays.copyOf(xs, xs.length + 1);
      xs[xs.length - 1] = open.stream().mapToInt(Rulings.Line::along1).min().getAsInt();
    }
    int rows = ys.length - 1;
    int cols = xs.length - 1;
    boolean[][] openRight = new boolean[rows][cols]; // no ruling between (r, c) and (r, c + 1)
    boolean[][] openBelow = new boolean[rows][cols]; // none between (r, c) and (r + 1, c)
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        openRight[r][c] = c + 1 < cols && !ruled(v, xs[c + 1], ys[r], ys[r + 1]);
        openBelow[r][c] = r + 1 < rows && !ruled(h, ys[r + 1], xs[c], xs[c + 1]);
      }
    }
    int[] region = single(rows * cols);
    join(region, openRight, openBelow, i -> true);
    // A run of positions that is no rectangle is no merged cell but cells a lost border joined (a group's label merged
    // down beside an item whose border to it the scan broke): its bounding box would read the item's label with the
    // group's, and leave the item's own blank. Such a run is parted into the cells merged down, and across within one
    // row only (a header over several columns; counts whose borders were lost, read apart in PageText).
    int[] positions = new int[rows * cols];
    int[][] box = new int[rows * cols][]; // top, bottom, left, right of each run, at its root
    for (int i = 0; i < region.length; i++) {
      int root = find(region, i);
      positions[root]++;
      int[] b = box[root] == null ? (box[root] = new int[] {i / cols, i / cols, i % cols, i % cols}) : box[root];
      b[0] = Math.min(b[0], i / cols);
      b[1] = Math.max(b[1], i / cols);
      b[2] = Math.min(b[2], i % cols);
      b[3] = Math.max(b[3], i % cols);
    }
    boolean[] broken = new boolean[rows * cols];
    for (int i = 0; i < region.length; i++) {
      int[] b = box[find(region, i)];
      broken[i] = positions[find(region, i)] < (b[1] - b[0] + 1) * (b[3] - b[2] + 1);
    }
    int[] parent = single(rows * cols);
    join(parent, openRight, openBelow, i -> !broken[i]);
    boolean[] oneRow = new boolean[rows * cols];
    for (Cell c : cells(parent, rows, cols)) {
      for (int r = c.top(); r <= c.bottom(); r++) {
        for (int col = c.left(); col <= c.right(); col++) {
          oneRow[r * cols + col] = c.top() == c.bottom();
        }
      }
    }
    join(parent, openRight, new boolean[rows][cols], i -> broken[i] && oneRow[i]);
    List<Cell> cells = cells(parent, rows, cols);
    cells.sort((a, b) -> a.top() != b.top() ? Integer.compare(a.top(), b.top()) : Integer.compare(a.left(), b.left()));
    return new Grid(ys, xs, cells);
  }

  private static int[] single(int positions) {
    int[] parent = new int[positions];
    for (int i = 0; i < positions; i++) {
      parent[i] = i;
    }
    return parent;
  }

  /**
   * Joins each position to the one below it across an open border, and to its right neighbour across one where
   * {@code across} holds for both.
   */
  private static void join(int[] parent, boolean[][] openRight, boolean[][] openBelow, IntPredicate across) {
    int cols = openRight[0].length;
    for (int r = 0; r < openRight.length; r++) {
      for (int c = 0; c < cols; c++) {
        int i = r * cols + c;
        if (openRight[r][c] && across.test(i) && across.test(i + 1)) {
          parent[find(parent, i)] = find(parent, i + 1);
        }
        if (openBelow[r][c]) {
          parent[find(parent, i)] = find(parent, i + cols);
        }
      }
    }
  }

  /** The bounding boxes of the runs of positions {@code parent} joins. */
  private static List<Cell> cells(int[] parent, int rows, int cols) {
    List<Cell> cells = new ArrayList<>();
    for (int i = 0; i < parent.length; i++) {
      if (find(parent, i) != i) {
        continue;
      }
      int top = rows;
      int bottom = -1;
      int left = cols;
      int right = -1;
      for (int j = 0; j < parent.length; j++) {
        if (find(parent, j) == i) {
          top = Math.min(top, j / cols);
          bottom = Math.max(bottom, j / cols);
          left = Math.min(left, j % cols);
          right = Math.max(right, j % cols);
        }
      }
      cells.add(new Cell(top, bottom, left, right));
    }
    return cells;
  }

  /**
   * The row borders that run on past the last column border, where at least two do, by at least half the narrowest
   * column's width: the table's last column lost its closing border (a table wider than its page cut by the
   * picture's edge, or a border the scan lost) and ends where the shortest of them does, so its cells are read as
   * cells, never as text beside the table. Else none.
   */
  private static List<Rulings.Line> openEnd(int[] ys, int[] xs, List<Rulings.Line> runOn) {
    int last = xs[xs.length - 1];
    int narrowest = Integer.MAX_VALUE;
    for (int c = 0; c + 1 < xs.length; c++) {
      narrowest = Math.min(narrowest, xs[c + 1] - xs[c]);
    }
    int reach = narrowest / 2;
    List<Rulings.Line> open = runOn.stream()
        .filter(l -> l.along0() <= last + Rulings.TOUCH && l.along1() >= last + reach
            && Arrays.stream(ys).anyMatch(y -> Math.abs(y - l.at()) <= Rulings.TOUCH * 2))
        .toList();
    return open.size() >= 2 ? open : List.of();
  }

  /**
   * Whether rulings at {@code at} (within their thickness) draw most of the border from {@code a} to {@code b}: a
   * scan may break a border here and there, but a merged cell has none at all.
   */
  private static boolean ruled(List<Rulings.Line> lines, int at, int a, int b) {
    int covered = lines.stream().filter(l -> Math.abs(l.at() - at) <= l.thickness() / 2 + Rulings.TOUCH)
        .mapToInt(l -> l.overlap(a, b)).sum();
    return covered * 2 >= b - a;
  }

  /**
   * The distinct positions of the lines, each the middle of lines closer than {@code apart} pixels: a thick or
   * doubled border, or one border's pieces a little apart on a page not quite straightened, are one.
   */
  private static int[] positions(List<Rulings.Line> lines, int apart) {
    int[] at = lines.stream().mapToInt(Rulings.Line::at).sorted().toArray();
    List<Integer> out = new ArrayList<>();
    int i = 0;
    while (i < at.length) {
      int j = i;
      while (j + 1 < at.length && at[j + 1] - at[j] <= apart) {
        j++;
      }
      out.add((at[i] + at[j]) / 2);
      i = j + 1;
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
