package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Tables drawn in characters, as pandoc writes a grid table ({@code +----+----+}, {@code | a  | b  |}) and PDF-to-text
 * tools print a ruled one with box-drawing characters ({@code ┌─┬─┐ │ ├─┼─┤}). Each cell is the rectangle its rules
 * close, found on the drawing as a reader's eye finds it: a merged cell is one whose inner rules are missing, so
 * its text may lie on any of its lines, across the rules of the cells beside it (a label centred down a group, a
 * header word centred in a cell two rows high). Read as the HTML table they stand for, the cells' lines kept as line
 * breaks. A drawing whose rules do not close rectangles is left as it is, for the line reader.
 *
 * <p>A table cut by a page break prints as two drawings, the first without its bottom rule, the second maybe without
 * its top one: the missing rule is where the drawing ends.
 */
final class DrawnTables {

  private static final String CORNERS_AND_JOINTS = "┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬┏┓┗┛┣┫┳┻╋╒╕╘╛╞╡╤╧╪╓╖╙╜╟╢╥╨╫+";
  private static final String VERTICALS = "│┃║|";
  private static final String HORIZONTALS = "─━═-=:";
  /** The characters a drawn table's line may start with (after spaces). */
  private static final String LINE_STARTS = "┌├└│┏┣┗┃╔╠╚║╒╞╘╓╟╙+|";

  private DrawnTables() {}

  /** {@code text} with each drawn table replaced by an HTML table; the text itself if none. */
  static String asHtml(String text) {
    if (text.indexOf('┌') < 0 && text.indexOf('├') < 0 && text.indexOf('╔') < 0 && text.indexOf('┏') < 0
        && text.indexOf("+--") < 0 && text.indexOf("+==") < 0) {
      return text;
    }
    String[] lines = text.split("\n", -1);
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < lines.length) {
      int end = i;
      while (end < lines.length && isDrawnLine(lines[end])) {
        end++;
      }
      String html = end - i >= 2 ? html(lines, i, end) : null;
      if (html == null) {
        for (int k = i; k < Math.max(end, i + 1); k++) {
          out.append(lines[k]).append('\n');
        }
        i = Math.max(end, i + 1);
      } else {
        out.append(html).append('\n');
        i = end;
      }
    }
    return out.substring(0, out.length() - 1);
  }

  private static boolean isDrawnLine(String line) {
    String s = line.strip();
    return !s.isEmpty() && LINE_STARTS.indexOf(s.charAt(0)) >= 0 && (s.length() > 1 && isDrawing(s.charAt(s.length() - 1)));
  }

  private static boolean isDrawing(char c) {
    return CORNERS_AND_JOINTS.indexOf(c) >= 0 || VERTICALS.indexOf(c) >= 0;
  }

  /** One line laid out on display columns: the character starting at each column, or 0. */
  private static char[] columns(String line) {
    StringBuilder out = new StringBuilder(2 * line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      out.append(c == '\t' ? ' ' : c);
      for (int w = RuledColumns.width(c); w > 1; w--) {
        out.append('\0');
      }
    }
    return out.toString().toCharArray();
  }

  private static boolean opensWithPipe(char[] line) {
    for (char c : line) {
      if (c != ' ') {
        return c == '|';
      }
    }
    return false;
  }

  private static char at(char[] line, int x) {
    return x < line.length ? line[x] : ' ';
  }

  /** The HTML table lines {@code from} to {@code to} draw, or null when they do not draw closed rectangles. */
  private static String html(String[] lines, int from, int to) {
    char[][] rows = new char[to - from][];
    for (int y = 0; y < rows.length; y++) {
      rows[y] = columns(lines[from + y]);
    }
    // Column edges: where any line has a vertical or a joint (a + only on a rule). A rule with joints tells a drawing
    // from a markdown table, whose delimiter row (|---|---|) has none and whose pipes need not line up, and from an
    // org-mode table, whose rules open with a pipe (|---+---|) and part rows of a line each, no rectangles.
    TreeSet<Integer> edges = new TreeSet<>();
    boolean ruled = false;
    for (char[] row : rows) {
      boolean rule = isRuleLine(row);
      ruled |= rule && hasJoint(row) && !opensWithPipe(row);
      for (int x = 0; x < row.length; x++) {
        char c = row[x];
        if (VERTICALS.indexOf(c) >= 0 || CORNERS_AND_JOINTS.indexOf(c) >= 0 && (c != '+' || rule)) {
          edges.add(x);
        }
      }
    }
    if (!ruled || edges.size() < 3) {
      return null;
    }
    int[] xs = edges.stream().mapToInt(Integer::intValue).toArray();
    int cols = xs.length - 1;
    // Row edges: lines ruling at least one column; the drawing's ends stand for missing top and bottom rules.
    boolean[][] rules = new boolean[rows.length][cols];
    List<Integer> ys = new ArrayList<>();
    for (int y = 0; y < rows.length; y++) {
      boolean any = false;
      for (int c = 0; c < cols; c++) {
        rules[y][c] = rules(rows[y], xs[c], xs[c + 1]);
        any |= rules[y][c];
      }
      if (any) {
        ys.add(y);
      }
    }
    if (ys.isEmpty() || ys.get(0) != 0) {
      ys.add(0, -1);
    }
    if (ys.get(ys.size() - 1) != rows.length - 1) {
      ys.add(rows.length);
    }
    // atomic cells between consecutive edges, merged where the rule or the vertical between them is missing
    int bands = ys.size() - 1;
    int[] parent = new int[bands * cols];
    for (int k = 0; k < parent.length; k++) {
      parent[k] = k;
    }
    for (int b = 0; b < bands; b++) {
      int top = ys.get(b);
      int bottom = ys.get(b + 1);
      for (int c = 0; c < cols; c++) {
        if (c + 1 < cols && !verticalBetween(rows, top + 1, bottom, xs[c + 1])) {
          union(parent, b * cols + c, b * cols + c + 1);
        }
        if (b + 1 < bands && !rules[bottom][c]) {
          union(parent, b * cols + c, (b + 1) * cols + c);
        }
      }
    }
    int[][] box = new int[parent.length][];
    int[] size = new int[parent.length];
    for (int k = 0; k < parent.length; k++) {
      int root = find(parent, k);
      int b = k / cols;
      int c = k % cols;
      box[root] = box[root] == null ? new int[] {b, c, b, c} : new int[] {
          Math.min(box[root][0], b), Math.min(box[root][1], c), Math.max(box[root][2], b), Math.max(box[root][3], c)};
      size[root]++;
    }
    StringBuilder html = new StringBuilder("<table>");
    for (int b = 0; b < bands; b++) {
      StringBuilder tr = new StringBuilder();
      for (int c = 0; c < cols; c++) {
        int k = b * cols + c;
        int root = find(parent, k);
        int[] r = box[root];
        if ((r[2] - r[0] + 1) * (r[3] - r[1] + 1) != size[root]) {
          return null; // not a rectangle: not a drawing this reading understands
        }
        if (r[0] != b || r[1] != c) {
          continue;
        }
        String text = text(rows, ys.get(r[0]) + 1, ys.get(r[2] + 1), xs[r[1]] + 1, xs[r[3] + 1]);
        TextTableHtml.appendCell(tr, text, r[3] - r[1] + 1, r[2] - r[0] + 1);
      }
      if (!tr.isEmpty()) {
        html.append("<tr>").append(tr).append("</tr>");
      }
    }
    return html.append("</table>").toString();
  }

  /** Whether the line is a rule across its whole drawing (the top, bottom or a full row rule). */
  private static boolean isRuleLine(char[] row) {
    boolean horizontal = false;
    for (char c : row) {
      if (HORIZONTALS.indexOf(c) >= 0 && c != ':') {
        horizontal = true;
      } else if (c != ' ' && CORNERS_AND_JOINTS.indexOf(c) < 0 && VERTICALS.indexOf(c) < 0 && c != ':') {
        return false;
      }
    }
    return horizontal;
  }

  private static boolean hasJoint(char[] row) {
    for (char c : row) {
      if (CORNERS_AND_JOINTS.indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether the line rules the column between edges {@code x0} and {@code x1}: horizontals all across. */
  private static boolean rules(char[] row, int x0, int x1) {
    if (x1 - x0 < 2) {
      return false;
    }
    boolean dash = false;
    for (int x = x0 + 1; x < x1; x++) {
      char c = at(row, x);
      if (HORIZONTALS.indexOf(c) < 0) {
        return false;
      }
      dash |= c != ':';
    }
    return dash;
  }

  /** Whether lines {@code from} to {@code to} (exclusive) all draw a vertical at {@code x}. */
  private static boolean verticalBetween(char[][] rows, int from, int to, int x) {
    if (from >= to) {
      return true;
    }
    for (int y = from; y < to; y++) {
      char c = at(rows[y], x);
      if (VERTICALS.indexOf(c) < 0 && CORNERS_AND_JOINTS.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /** The text of lines {@code from} to {@code to} between columns {@code x0} and {@code x1}, a line a line. */
  private static String text(char[][] rows, int from, int to, int x0, int x1) {
    StringBuilder b = new StringBuilder();
    for (int y = from; y < to; y++) {
      StringBuilder line = new StringBuilder();
      for (int x = x0; x < x1 && x < rows[y].length; x++) {
        if (rows[y][x] != '\0') {
          line.append(rows[y][x]);
        }
      }
      String s = line.toString().strip();
      if (!s.isEmpty()) {
        b.append(b.isEmpty() ? "" : "\n").append(s);
      }
    }
    return b.toString();
  }

  private static int find(int[] parent, int k) {
    while (parent[k] != k) {
      parent[k] = parent[parent[k]];
      k = parent[k];
    }
    return k;
  }

  private static void union(int[] parent, int a, int b) {
    parent[find(parent, a)] = find(parent, b);
  }
}
