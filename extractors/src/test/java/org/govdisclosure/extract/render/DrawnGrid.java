package org.govdisclosure.extract.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.govdisclosure.extract.fixtures.WordGrid;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Document;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Table;

/**
 * A report's tables drawn as a PDF-to-text tool or pandoc draws a ruled table with its merged cells: box-drawing
 * characters or {@code +---+} rules around each cell's rectangle, a merged cell's inner rules left out. Columns are
 * narrow, so labels and headers wrap inside their cells, and a cell's text may be centred in it: a group label
 * centred down its rows stands on lines where the cells beside it have their rules.
 */
final class DrawnGrid {

  /** A cell of the drawing: its text, top-left grid place and spans. */
  private record Box(String text, int row, int col, int rows, int cols) {}

  private final boolean box;
  private final boolean centred;
  private final int labelWidth;

  private DrawnGrid(Random rnd) {
    this.box = rnd.nextBoolean();
    this.centred = rnd.nextBoolean();
    this.labelWidth = 2 * (4 + rnd.nextInt(8));
  }

  static String of(Document doc, Random rnd) {
    DrawnGrid g = new DrawnGrid(rnd);
    StringBuilder b = new StringBuilder();
    for (Block block : doc.blocks()) {
      if (block instanceof Paragraph p) {
        b.append(p.raw()).append("\n\n");
      } else if (block instanceof Table t) {
        b.append(g.draw(boxes(t))).append('\n');
      }
    }
    return b.toString();
  }

  /** The table's cells with their spans, vertical merges made one cell. */
  private static List<Box> boxes(Table t) {
    List<List<WordGrid.Placed>> grid = WordGrid.of(t);
    List<Box> boxes = new ArrayList<>();
    for (int r = 0; r < grid.size(); r++) {
      for (WordGrid.Placed p : grid.get(r)) {
        if (p.merge() == WordGrid.Merge.CONTINUE) {
          continue;
        }
        int down = WordGrid.rowsDown(grid, r, p);
        boxes.add(new Box(p.text().replace("\n", ""), r, p.col(), down, p.span()));
      }
    }
    return boxes;
  }

  private String draw(List<Box> boxes) {
    int rows = boxes.stream().mapToInt(b -> b.row() + b.rows()).max().orElse(0);
    int cols = boxes.stream().mapToInt(b -> b.col() + b.cols()).max().orElse(0);
    int[] widths = new int[cols];
    Arrays.fill(widths, 4);
    for (Box b : boxes) {
      if (b.cols() == 1) {
        widths[b.col()] = Math.max(widths[b.col()], Math.min(width(b.text()), isFigure(b.text()) ? 99 : labelWidth) + 2);
      }
    }
    int[] heights = new int[rows];
    Arrays.fill(heights, 1);
    List<List<String>> lines = new ArrayList<>();
    for (Box b : boxes) {
      lines.add(wrap(b.text(), span(widths, b.col(), b.cols()) - 2));
    }
    for (int pass = 0; pass < 2; pass++) { // a merged cell's lines go to its last row, after the single rows are set
      for (int i = 0; i < boxes.size(); i++) {
        Box b = boxes.get(i);
        int have = span(heights, b.row(), b.rows());
        if ((b.rows() == 1) == (pass == 0) && lines.get(i).size() > have) {
          heights[b.row() + b.rows() - 1] += lines.get(i).size() - have;
        }
      }
    }
    int[] xs = new int[cols + 1];
    for (int c = 0; c < cols; c++) {
      xs[c + 1] = xs[c] + widths[c] + 1;
    }
    int[] ys = new int[rows + 1];
    for (int r = 0; r < rows; r++) {
      ys[r + 1] = ys[r] + heights[r] + 1;
    }
    char[][] canvas = new char[ys[rows] + 1][xs[cols] + 1];
    boolean[][] h = new boolean[canvas.length][canvas[0].length];
    boolean[][] v = new boolean[canvas.length][canvas[0].length];
    for (char[] line : canvas) {
      Arrays.fill(line, ' ');
    }
    for (int i = 0; i < boxes.size(); i++) {
      Box b = boxes.get(i);
      int x0 = xs[b.col()];
      int x1 = xs[b.col() + b.cols()];
      int y0 = ys[b.row()];
      int y1 = ys[b.row() + b.rows()];
      for (int x = x0; x < x1; x++) {
        h[y0][x] = h[y1][x] = true;
      }
      for (int y = y0; y < y1; y++) {
        v[y][x0] = v[y][x1] = true;
      }
      List<String> text = lines.get(i);
      int top = y0 + 1 + (centred ? Math.max(0, (y1 - y0 - 1 - text.size()) / 2) : 0);
      for (int l = 0; l < text.size(); l++) {
        String s = text.get(l);
        int x = isFigure(s) ? x1 - 1 - width(s) : x0 + 2;
        for (int k = 0; k < s.length(); k++) {
          canvas[top + l][x] = s.charAt(k);
          if (width(s.charAt(k)) == 2) {
            canvas[top + l][x + 1] = 0; // the second column of a wide character
          }
          x += width(s.charAt(k));
        }
      }
    }
    StringBuilder out = new StringBuilder();
    for (int y = 0; y < canvas.length; y++) {
      StringBuilder line = new StringBuilder();
      for (int x = 0; x < canvas[y].length; x++) {
        boolean up = y > 0 && v[y - 1][x];
        boolean down = v[y][x];
        boolean left = x > 0 && h[y][x - 1];
        boolean right = h[y][x];
        char c = up || down || left || right ? joint(up, down, left, right) : canvas[y][x];
        if (c != 0) {
          line.append(c);
        }
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  private char joint(boolean up, boolean down, boolean left, boolean right) {
    boolean vertical = up || down;
    boolean horizontal = left || right;
    if (!box) {
      return vertical && horizontal ? '+' : horizontal ? '-' : '|';
    }
    if (!vertical) {
      return '─';
    }
    if (!horizontal) {
      return '│';
    }
    String joints = "┼┤├│┬┐┌│┴┘└│─";
    int index = (up ? 0 : 4) + (down ? 0 : 8) + (left ? 0 : 2) + (right ? 0 : 1);
    return index < joints.length() ? joints.charAt(index) : '┼';
  }

  private static int span(int[] sizes, int from, int count) {
    int sum = count - 1;
    for (int i = from; i < from + count; i++) {
      sum += sizes[i];
    }
    return sum;
  }

  private static boolean isFigure(String text) {
    return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private static List<String> wrap(String text, int width) {
    List<String> pieces = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    int used = 0;
    for (int i = 0; i < text.length(); i++) {
      int w = width(text.charAt(i));
      if (used + w > width && used > 0) {
        pieces.add(piece.toString());
        piece.setLength(0);
        used = 0;
      }
      piece.append(text.charAt(i));
      used += w;
    }
    if (!piece.isEmpty()) {
      pieces.add(piece.toString());
    }
    return pieces;
  }

  private static int width(String s) {
    return s.chars().map(c -> width((char) c)).sum();
  }

  /** Two display columns for CJK ideographs and fullwidth forms, as the reader counts them. */
  private static int width(char c) {
    return c >= 0x2E80 && c <= 0xA4CF || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F
        || c >= 0xFF01 && c <= 0xFF60 || c >= 0xFFE0 && c <= 0xFFE6 || c >= 0x3000 && c <= 0x303F ? 2 : 1;
  }
}
