package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.govdisclosure.extract.model.PageFurniture;
import org.govdisclosure.extract.template.Ordinals;
import org.govdisclosure.extract.value.CellKind;

/**
 * Rows of a PDF's text with its layout kept (pdftotext's {@code -layout}) whose blank cells print nothing. pdftotext
 * gives each character one column, a CJK one too, and starts each piece of text one column right of the furthest
 * piece left of it on the page: on one page, the figures of a column and the header words above them start on one
 * character column, whatever the labels. The page's grid is those columns, known where a reader knows them:
 *
 * <ul>
 *   <li>the header's words above the page's rows that no word stands under (the columns' own, not a group's), each
 *       starting where figures below it start, or every figure starting under one of them;
 *   <li>on a page without the header (the table going on after a page break), the starts of the page's figures,
 *       where they are as many as the columns of the page before.
 * </ul>
 *
 * Each line whose figures all start on the grid, in order, right of its label, is rewritten as tab-separated cells,
 * a blank column a blank cell. pdftotext sets a figure one space after the label or figure before it where it took
 * them for words of one line: such a figure stands at its column or left of it, and is placed where one column only
 * is between it and the next figure; where no column is left for it, it is a piece of the figure before's cell printed
 * apart ({@code 1 5}). A line with any other figure off the grid stays as printed, its places in doubt.
 * Pages are parted by form feeds; a text without them is one page.
 */
final class PageGrids {

  /** Fewer columns than this are no table's values (a date, a page number). */
  private static final int MIN_COLUMNS = 3;
  /** Lines of a wrapped label (a long one, blank lines around it) between two rows, at most: more end the table. */
  private static final int MAX_BETWEEN = 16;
  /** Lines of a header above a table's first row, at most. */
  private static final int MAX_HEADER = 8;
  /** A numbered section heading (三、收到和处理政府信息公开申请情况): no part of a table's header or rows. */
  private static final Pattern HEADING = Pattern.compile("^\\s*[" + Ordinals.NUMERALS + "]+\\s*[、.．]\\S*(?:情况|问题)");

  private PageGrids() {}

  /** A line's figures after its label: their texts and the character columns they start at. */
  private record Figures(int index, String label, int labelEnd, List<String> values, int[] starts, int[] ends) {

    /**
     * Whether figure {@code t} stands one space after the label or the figure before it: pdftotext set the two as words
     * of one line, spaced as words, and the figure stands at its column or left of it.
     */
    boolean setToPrevious(int t) {
      return t == 0 ? !label.isEmpty() && starts[0] == labelEnd + 1 : starts[t] == ends[t - 1] + 1;
    }
  }

  /** {@code lines} with the rows of each page placed on its grid rewritten as tab-separated cells. */
  static List<String> tabbed(List<String> lines) {
    List<String> out = null;
    int previousGrid = 0;
    int from = 0;
    for (int i = 0; i <= lines.size(); i++) {
      if (i == lines.size() || i > from && lines.get(i).indexOf('\f') >= 0) {
        int[] grid = null;
        for (List<Figures> run : runs(lines, from, i)) {
          grid = grid(lines, run, previousGrid);
          if (grid != null) {
            out = placed(run, grid, lines, out);
            previousGrid = grid.length;
          }
        }
        if (grid == null) {
          previousGrid = 0; // a page without a grid: the next page's rows continue no known table
        }
        from = i;
      }
    }
    return out == null ? lines : out;
  }

  /**
   * The page's runs of rows: lines of figures, one figure at least between the first and the last line of two figures,
   * parted by at most {@link #MAX_BETWEEN} other lines and no prose.
   */
  private static List<List<Figures>> runs(List<String> lines, int from, int to) {
    List<List<Figures>> runs = new ArrayList<>();
    List<Figures> run = new ArrayList<>();
    int last = -1;
    for (int i = from; i < to; i++) {
      String line = lines.get(i);
      boolean prose = isProse(line);
      if (prose || last >= 0 && i - last > MAX_BETWEEN) {
        close(run, runs, false);
        run = new ArrayList<>();
        last = -1;
      }
      Figures f = prose ? null : figures(line, i);
      if (f != null) {
        run.add(f);
        last = i;
      }
    }
    close(run, runs, true);
    return runs;
  }

  /**
   * Adds the run without its lines of one figure before its first line of two and after its last, but for labelled
   * ones at the page's foot ({@code atFoot}), the table going on over the page: a page number ({@code - 3 -}) has no
   * label, and the lines of one figure after a table are another's (section 二's rows under their own headers).
   */
  private static void close(List<Figures> run, List<List<Figures>> runs, boolean atFoot) {
    int first = 0;
    while (first < run.size() && run.get(first).values().size() < 2) {
      first++;
    }
    int end = run.size();
    while (end > first && run.get(end - 1).values().size() < 2 && !(atFoot && !run.get(end - 1).label().isEmpty())) {
      end--;
    }
    if (end > first) {
      runs.add(run.subList(first, end));
    }
  }

  /**
   * The run's grid: the header's columns (the starts of its leaves), where each is a figure's start or each figure
   * starts at one, {@link #MIN_COLUMNS} starts at least (a page number alone under a word places nothing); else, on a page going on from one with a grid, the starts of the run's figures where they are as
   * many as that grid's columns. A figure set to the label or figure before it starts no column. Null where neither
   * holds.
   */
  private static int[] grid(List<String> lines, List<Figures> run, int previousGrid) {
    TreeSet<Integer> starts = new TreeSet<>();
    for (Figures f : run) {
      for (int t = 0; t < f.starts().length; t++) {
        if (!f.setToPrevious(t)) {
          starts.add(f.starts()[t]);
        }
      }
    }
    if (starts.isEmpty()) {
      return null;
    }
    int labelsEnd = run.stream().mapToInt(Figures::labelEnd).max().orElse(-1);
    int[] header = header(lines, run.get(0), Math.min(labelsEnd + 1, starts.first()));
    if (header.length >= MIN_COLUMNS
        && (Arrays.stream(header).allMatch(starts::contains)
            || starts.size() >= MIN_COLUMNS && starts.stream().allMatch(c -> Arrays.binarySearch(header, c) >= 0))) {
      return header;
    }
    return previousGrid >= MIN_COLUMNS && starts.size() == previousGrid ? starts.stream().mapToInt(Integer::intValue).toArray() : null;
  }

  /**
   * The starts of the header's leaves: the words right of the labels ({@code leftmost}: a note left of the header
   * beside the labels is none) on the lines above the run's first row up to the page's start, prose or the rows of
   * another run, with no word under them or touching them on a line below (a group's word, 法人或其他组织, stands over
   * its columns'; a wrapped cell's word over its next line's, 结　果 over 　维　持: a column's words are one column apart
   * from another's at least, so words that touch are one cell's).
   */
  private static int[] header(List<String> lines, Figures first, int leftmost) {
    List<SpacedColumns.Piece> words = new ArrayList<>(); // from the lowest line up
    TreeSet<Integer> leaves = new TreeSet<>();
    for (int i = first.index() - 1; i >= 0 && first.index() - i <= MAX_HEADER; i--) {
      String line = lines.get(i);
      if (isProse(line) || figures(line, i) != null) {
        break;
      }
      List<SpacedColumns.Piece> pieces = SpacedColumns.pieces(withoutFormFeed(line), SpacedColumns.CHARACTERS);
      for (int w = 0; w < pieces.size(); w++) {
        SpacedColumns.Piece p = pieces.get(w);
        if (p.start() >= leftmost && words.stream().noneMatch(u -> u.start() <= p.end() && p.start() <= u.end())
            && !(w > 0 && letterSpaced(pieces.get(w - 1), p))) {
          leaves.add(p.start());
        }
      }
      words.addAll(pieces);
      if (line.indexOf('\f') >= 0) {
        break;
      }
    }
    return leaves.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Whether two characters one space apart on a header line are one cell's word printed letter-spaced ({@code 合　计},
   * {@code 其 他}): a column's words stand farther from another's than one space between two lone characters, and
   * taken for two columns they would set every figure after them a column over.
   */
  private static boolean letterSpaced(SpacedColumns.Piece before, SpacedColumns.Piece piece) {
    return before.end() - before.start() == 1 && piece.end() - piece.start() == 1 && piece.start() == before.end() + 1;
  }

  /**
   * {@code out} (a copy of {@code lines} made on the first rewrite) with the run's lines on the grid rewritten, where
   * one of them leaves a column blank: lines printing every column read the same as printed (section 二's tables, read
   * under their header words).
   */
  private static List<String> placed(List<Figures> run, int[] grid, List<String> lines, List<String> out) {
    String[] rows = new String[run.size()];
    boolean blank = false;
    for (int r = 0; r < run.size(); r++) {
      Figures f = run.get(r);
      String[] cells = new String[grid.length];
      Arrays.fill(cells, "");
      boolean onGrid = f.labelEnd() < grid[0];
      int filled = 0;
      for (int t = 0, previous = -1; t < f.values().size() && onGrid; t++) {
        int c = column(grid, f, t);
        if (c < 0 && previous >= 0 && apartInCell(grid, f, t, previous)) {
          cells[previous] += " " + f.values().get(t);
          continue;
        }
        onGrid = c > previous;
        previous = c;
        if (onGrid) {
          cells[c] = f.values().get(t);
          filled++;
        }
      }
      if (onGrid) {
        String pageBreak = lines.get(f.index()).indexOf('\f') >= 0 ? "\f" : "";
        rows[r] = pageBreak + f.label() + "\t" + String.join("\t", cells);
        blank |= filled < grid.length;
      }
    }
    if (!blank) {
      return out;
    }
    List<String> result = out != null ? out : new ArrayList<>(lines);
    for (int r = 0; r < run.size(); r++) {
      if (rows[r] != null) {
        result.set(run.get(r).index(), rows[r]);
      }
    }
    return result;
  }

  /**
   * The grid column of the line's figure {@code t}, or -1. A figure set to the one before it stands at the one column
   * from where it is printed to the next figure, where there is one.
   */
  private static int column(int[] grid, Figures f, int t) {
    int c = Arrays.binarySearch(grid, f.starts()[t]);
    if (c >= 0 || !f.setToPrevious(t)) {
      return Math.max(c, -1);
    }
    int first = -c - 1;
    int next = t + 1 < f.starts().length ? Math.max(-1, Arrays.binarySearch(grid, f.starts()[t + 1])) : grid.length;
    return next == first + 1 ? first : -1;
  }

  /**
   * Whether figure {@code t}, off the grid, is a piece of the cell of the figure before it (in column {@code previous}):
   * digits one space after digits, with no column starting between them and the next figure's (or the grid's end).
   * A cell printing its figures apart ({@code 1 7}, a font's gap inside 17) leaves no column it could stand in; the cell
   * is kept whole, for the decoder to read as a cell printing figures apart, never as two cells shifting the row.
   */
  private static boolean apartInCell(int[] grid, Figures f, int t, int previous) {
    if (t == 0 || f.starts()[t] != f.ends()[t - 1] + 1 || !CellKind.isPlainDigits(f.values().get(t))
        || !CellKind.isPlainDigits(f.values().get(t - 1)) || -Arrays.binarySearch(grid, f.starts()[t]) - 1 != previous + 1) {
      return false;
    }
    return t + 1 < f.starts().length ? Arrays.binarySearch(grid, f.starts()[t + 1]) == previous + 1 : previous + 1 == grid.length;
  }

  /** The line's trailing figures (or marks for none) after its label, one at least, or null. */
  private static Figures figures(String line, int index) {
    if (line.indexOf('\t') >= 0 || line.indexOf('|') >= 0 || !SpacedColumns.hasDigit(line)) {
      return null;
    }
    List<SpacedColumns.Piece> pieces = SpacedColumns.pieces(withoutFormFeed(line), SpacedColumns.CHARACTERS);
    int first = pieces.size();
    while (first > 0 && SpacedColumns.isValue(pieces.get(first - 1).text())) {
      first--;
    }
    if (first == pieces.size() || first == 0 && PageFurniture.isPageNumber(line, PageFurniture.Form.AMONG_FIGURES)) {
      return null;
    }
    // plain loops: this runs on every line of a text with figures
    StringBuilder label = new StringBuilder();
    for (int t = 0; t < first; t++) {
      label.append(t == 0 ? "" : " ").append(pieces.get(t).text());
    }
    int n = pieces.size() - first;
    String[] values = new String[n];
    int[] starts = new int[n];
    int[] ends = new int[n];
    for (int t = 0; t < n; t++) {
      SpacedColumns.Piece p = pieces.get(first + t);
      values[t] = p.text();
      starts[t] = p.start();
      ends[t] = p.end();
    }
    return new Figures(index, label.toString(), first == 0 ? -1 : pieces.get(first - 1).end(), Arrays.asList(values), starts, ends);
  }

  /** Whether the line is a sentence or a section's heading, told by a character before any pattern runs. */
  private static boolean isProse(String line) {
    if (line.indexOf('。') >= 0) {
      return true;
    }
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (!Character.isWhitespace(c)) {
        return Ordinals.NUMERALS.indexOf(c) >= 0 && HEADING.matcher(line).find();
      }
    }
    return false;
  }

  /** The line without the form feed pdftotext opens a page with, which takes no column. */
  private static String withoutFormFeed(String line) {
    return line.indexOf('\f') < 0 ? line : line.replace("\f", "");
  }
}
