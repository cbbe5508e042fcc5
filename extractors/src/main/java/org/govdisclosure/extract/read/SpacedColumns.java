package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.template.Ordinals;
import org.govdisclosure.extract.template.TableCaption;
import org.govdisclosure.extract.value.CellKind;
import org.govdisclosure.extract.value.Counts;
import org.govdisclosure.extract.value.Numerals;

/**
 * Rows of a table a text dump places by position only, without rules (a browser's dump of a borderless table, a
 * PDF's text with its layout kept): each line a label and then its values, a blank cell only a gap. Where a run of
 * such lines prints fewer values on some lines than columns, the values' character columns across the lines give
 * the table's columns, and each value is placed under its own; the lines are then rewritten as tab-separated rows,
 * blank cells kept. Where the lines' figures stand a character or two off from line to line (labels padded to their
 * own widths), each line is read as one grid of columns moved by its own few characters ({@link #anchored}). Nothing is
 * rewritten where a place is in doubt: no line printing every column nor lines chaining the columns, columns only a
 * space apart, two values of one line under one column, a label reaching into the values' columns; a line off the grid
 * stays as printed.
 */
final class SpacedColumns {

  /** Fewer columns than this are no table's values (a date, a page number). */
  private static final int MIN_COLUMNS = 3;
  /** Columns placed by position stand at least this far apart: one space parts values whatever their places. */
  private static final int MIN_GAP = 2;
  /** A table's value lines are apart by at most this many lines (a wrapped label, a repeated header). */
  private static final int MAX_GAP = 4;
  /** How far a line may stand off the grid of anchored columns ({@link #shift}), nearest first. */
  private static final int[] SHIFTS = {0, -1, 1, -2, 2};
  private static final int MAX_SHIFT = 2;
  /** What {@link #shift} gives for a line not placed on the grid. */
  private static final int OFF_GRID = Integer.MIN_VALUE;

  /**
   * Where text places a character: by display width (a CJK character two columns) or one column each (pdftotext); a
   * format character (a zero-width space or joiner) takes none in either.
   */
  static final IntUnaryOperator DISPLAY = cp -> Character.getType(cp) == Character.FORMAT ? 0 : RuledColumns.width(cp);
  static final IntUnaryOperator CHARACTERS = cp -> Character.getType(cp) == Character.FORMAT ? 0 : 1;

  private SpacedColumns() {}

  /**
   * A value line: its label (text before the values) and each value's text and display columns, and where the values
   * fall counted by characters from the first one's display column ({@link #valuesByCharacters}).
   */
  private record ValueLine(int index, String label, int labelEnd, List<String> values, int[] starts, int[] ends, int[] charStarts,
      int[] charEnds, int labelCharEnd) {

    /**
     * Whether the label prints values among its words: a table's half beside this one. In a label letter-spaced
     * glyph by glyph ({@code 1 . 属 于 国 家}, {@code 4 . 无 正 当}) its ordinal's number, its mark apart after it, and
     * a glyph that could mark a cell none, between its other glyphs, are its letters, not values; a label that is one
     * figure alone is a wrapped label's ordinal ({@link #withOrdinalsInLabels}).
     */
    boolean labelPrintsValues() {
      if (label.isEmpty() || isValue(label)) {
        return false;
      }
      String[] words = label.split(" ");
      for (int w = 0; w < words.length; w++) {
        boolean ordinal = w + 1 < words.length && !words[w + 1].isEmpty() && Ordinals.DIGIT_MARKS.indexOf(words[w + 1].charAt(0)) >= 0;
        boolean letter = isGlyph(words[w]) && (w > 0 && isGlyph(words[w - 1]) || w + 1 < words.length && isGlyph(words[w + 1]));
        if (isValue(words[w]) && !ordinal && !letter) {
          return true;
        }
      }
      return false;
    }

    /**
     * The line as a converter pads it that spaces the label by display width and the values by characters (a wide
     * mark such as 无 or ／ one column): each value after the first shifted by the wide characters before it.
     */
    ValueLine valuesByCharacters() {
      int[] s = new int[starts.length];
      int[] e = new int[starts.length];
      for (int t = 0; t < starts.length; t++) {
        s[t] = starts[0] + charStarts[t] - charStarts[0];
        e[t] = starts[0] + charEnds[t] - charStarts[0];
      }
      return new ValueLine(index, label, labelEnd, values, s, e, charStarts, charEnds, labelCharEnd);
    }

    /** The line with its first {@code count} values read as the end of its label. */
    ValueLine labelled(int count) {
      String moved = String.join(" ", values.subList(0, count));
      return new ValueLine(index, label.isEmpty() ? moved : label + " " + moved, ends[count - 1], values.subList(count, values.size()),
          Arrays.copyOfRange(starts, count, starts.length), Arrays.copyOfRange(ends, count, ends.length),
          Arrays.copyOfRange(charStarts, count, charStarts.length), Arrays.copyOfRange(charEnds, count, charEnds.length), charEnds[count - 1]);
    }

    /**
     * The line as a PDF's text with its layout kept pads it (pdfplumber's {@code layout=True}): each glyph one column,
     * a CJK character too, so that a value's column is its count of characters and spaces from the line's start.
     */
    ValueLine allByCharacters() {
      return new ValueLine(index, label, labelCharEnd, values, charStarts, charEnds, charStarts, charEnds, labelCharEnd);
    }
  }

  /**
   * {@code lines} with the rows of each table placed by position rewritten as tab-separated cells. A run of lines
   * printing no line of every column (a page's rows under blank cells, parted from the table's other rows by a page
   * break or a wrapped label), or fewer columns than the run before it (else after it), is placed under that run's
   * columns where each of its values starts in one of them, in order: the table it continues, as a reader lines the
   * figures up with the rows above. A line of figures alone that no other line lines up with is cut into the cells of
   * one width it sets them in, where it shows them ({@link EvenPitch}).
   */
  static List<String> tabbed(List<String> lines) {
    List<List<ValueLine>> blocks = new ArrayList<>();
    List<ValueLine> block = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      ValueLine v = valueLine(lines.get(i), i);
      if (v == null) {
        if (!block.isEmpty() && TableCaption.is(lines.get(i))) {
          // a caption opens another table: the lines after it are not the rows of the one above
          blocks.add(block);
          block = new ArrayList<>();
        }
        continue;
      }
      if (!block.isEmpty() && i - block.get(block.size() - 1).index() > MAX_GAP) {
        blocks.add(block);
        block = new ArrayList<>();
      }
      block.add(v);
    }
    if (!block.isEmpty()) {
      blocks.add(block);
    }
    blocks.replaceAll(SpacedColumns::withOrdinalsInLabels);
    blocks.replaceAll(SpacedColumns::withoutOverrunLabels);
    blocks.removeIf(List::isEmpty);
    // Each run's columns, those it continues once placed: the run after it continues the same table.
    List<Layout> layouts = new ArrayList<>(blocks.stream().map(SpacedColumns::layout).toList());
    withoutNarrowerAnchored(layouts);
    List<String> out = null;
    for (int b = 0; b < blocks.size(); b++) {
      List<ValueLine> run = blocks.get(b);
      Layout own = layouts.get(b);
      Layout continued = continued(run, layouts, b);
      Layout layout = continued != null && (own == null || own.columns().length < continued.columns().length) ? continued
          : own != null && own.anchored() && widerNearby(layouts, b, own) ? null : own;
      layouts.set(b, layout);
      if (layout == null && run.size() == 1 && run.get(0).label().isEmpty()) {
        String row = evenlyPitched(run.get(0), lines.get(run.get(0).index()));
        if (row != null) {
          out = rewrite(run, List.of(row), lines, out);
        }
        continue;
      }
      if (layout != null && run.stream().anyMatch(v -> v.values().size() < layout.columns().length)) {
        List<ValueLine> measured = layout.measured(run);
        List<String> rows = withOwnBlanksKept(run,
            layout.anchored() ? anchoredRows(measured, layout.columns()) : placed(measured, layout.columns()), layout.columns().length);
        // Lines printing every column read the same as printed: rewritten only beside a line whose blanks are placed;
        // lines of figures alone, only where a line skips a column (a text leaving its blanks out packs them left).
        if (IntStream.range(0, run.size()).anyMatch(l -> rows.get(l) != null && run.get(l).values().size() < layout.columns().length)
            && (run.stream().allMatch(v -> !v.label().isEmpty()) || rows.stream().anyMatch(SpacedColumns::skipsAColumn))) {
          int next = b + 1 < blocks.size() ? blocks.get(b + 1).get(0).index() : lines.size();
          out = withLoneFigures(run, next, layout, lines, rewrite(run, rows, lines, out));
        }
      }
    }
    return out == null ? lines : out;
  }

  /**
   * {@code out} with each line amid the block's lines, or after them as far as a block's lines stand apart (and
   * before the {@code next} block's), that prints one figure after its label, or alone under its label's line,
   * placed in the one column it stands within {@link #MAX_SHIFT} of, as any line of the block may stand off its grid:
   * a row of one cell, which the block's lines, measured by two figures each, leave out. A figure alone under a blank
   * line may be a page's number, and stays as printed.
   */
  private static List<String> withLoneFigures(List<ValueLine> block, int next, Layout layout, List<String> lines, List<String> out) {
    int[][] columns = layout.columns();
    // By display width, a figure alone has no wide figure before it (无, 3件) that moves every other line's figures
    // right: where the block prints such, the columns it stands near are not its own.
    if (layout.measure() == Measure.DISPLAY && block.stream().anyMatch(v -> v.values().stream().anyMatch(SpacedColumns::hasWide))) {
      return out;
    }
    int until = Math.min(next, block.get(block.size() - 1).index() + MAX_GAP + 1);
    for (int i = block.get(0).index() + 1; i < until; i++) {
      ValueLine v = valueLine(lines.get(i), i, true);
      if (v == null || v.label().isEmpty() && Cell.Text.fold(lines.get(i - 1)).isEmpty()) {
        continue;
      }
      ValueLine m = layout.measured(List.of(v)).get(0);
      int column = -1;
      for (int c = 0; c < columns.length; c++) {
        if (Math.abs(m.starts()[0] - columns[c][0]) <= MAX_SHIFT || Math.abs(m.ends()[0] - columns[c][1]) <= MAX_SHIFT) {
          column = column < 0 ? c : Integer.MAX_VALUE;
        }
      }
      if (column >= 0 && column < columns.length && m.labelEnd() <= columns[0][0]) {
        String[] cells = new String[columns.length];
        Arrays.fill(cells, "");
        cells[column] = m.values().get(0);
        out.set(i, m.label() + "\t" + String.join("\t", cells));
      }
    }
    return out;
  }

  /**
   * The block with the first figure of each line without a label read as its label where it stands in the labels'
   * column: left of where a labelled line's label ends and of every labelled line's figures, a wrapped label's ordinal
   * printed beside its row's values ({@code 3} over {@code ）危及“三安全一稳定”}), no cell of a column of its own.
   */
  private static List<ValueLine> withOrdinalsInLabels(List<ValueLine> block) {
    int labelsEnd = -1;
    int figuresStart = Integer.MAX_VALUE;
    for (ValueLine v : block) {
      if (!v.label().isEmpty()) {
        labelsEnd = Math.max(labelsEnd, v.labelEnd());
        figuresStart = Math.min(figuresStart, v.starts()[0]);
      }
    }
    List<ValueLine> out = null;
    for (int l = 0; l < block.size(); l++) {
      ValueLine v = block.get(l);
      if (v.label().isEmpty() && v.values().size() > 2 && v.starts()[0] < labelsEnd && v.ends()[0] < figuresStart - MAX_SHIFT) {
        out = out != null ? out : new ArrayList<>(block);
        out.set(l, v.labelled(1));
      }
    }
    return out == null ? block : out;
  }

  /**
   * The block without its lines whose label runs past the column where the other labelled lines' values start (a
   * label wider than its column pushing its row's cells right, the first glued to it: {@code （二）部分公开（区分处理的，
   * …）26      11  3  40}), under a measure by which half the other lines, two at least, start their values on that one
   * column (the text's padding: by the other, labels of more or fewer wide characters start them on columns apart): where such a line's cells stand is in doubt, so it stays as printed, and the other lines are
   * placed without it. Else one line would leave the whole table unplaced.
   */
  private static List<ValueLine> withoutOverrunLabels(List<ValueLine> block) {
    List<ValueLine> out = null;
    for (ValueLine v : block) {
      if (!v.label().isEmpty() && (overruns(v, block, ValueLine::labelEnd, ValueLine::starts)
          || overruns(v, block, ValueLine::labelCharEnd, ValueLine::charStarts))) {
        out = out != null ? out : new ArrayList<>(block);
        out.remove(v);
      }
    }
    return out == null ? block : out;
  }

  private static boolean overruns(ValueLine v, List<ValueLine> block, ToIntFunction<ValueLine> labelEnd,
      Function<ValueLine, int[]> starts) {
    int first = Integer.MAX_VALUE;
    int lined = 0;
    int others = 0;
    for (ValueLine o : block) {
      if (o != v && !o.label().isEmpty()) {
        int start = starts.apply(o)[0];
        lined = start < first ? 1 : start == first ? lined + 1 : lined;
        first = Math.min(first, start);
        others++;
      }
    }
    return lined >= 2 && 2 * lined >= others && labelEnd.applyAsInt(v) > first + MAX_SHIFT;
  }

  /** How a run's lines are measured: by display width, by characters from the first value, or all by characters. */
  private enum Measure {
    DISPLAY,
    VALUES_BY_CHARACTERS,
    ALL_BY_CHARACTERS;

    List<ValueLine> of(List<ValueLine> block) {
      return switch (this) {
        case DISPLAY -> block;
        case VALUES_BY_CHARACTERS -> block.stream().map(ValueLine::valuesByCharacters).toList();
        case ALL_BY_CHARACTERS -> block.stream().map(ValueLine::allByCharacters).toList();
      };
    }
  }

  /**
   * The columns of a run of value lines and the measure that placed them; anchored where each line is the grid they
   * make moved by a few characters ({@link #anchored}).
   */
  private record Layout(int[][] columns, Measure measure, boolean anchored) {

    List<ValueLine> measured(List<ValueLine> block) {
      return measure.of(block);
    }
  }

  /**
   * The block's own columns, where a line prints every column ({@link #columns}): by display width, else by characters
   * from the first value (a padding that counts 无 as one), else by characters from the line's start (a PDF's layout
   * text, whose labels of CJK characters take a column each), else anchored on the lines printing every column
   * ({@link #anchored}); null where none is certain.
   */
  private static Layout layout(List<ValueLine> block) {
    // Both ways need two lines, one printing MIN_COLUMNS figures at least (every column; the anchored grid's widest):
    // most runs (a line alone, lines of two figures) are told here, before they are measured three ways.
    if (block.size() < 2 || block.stream().allMatch(v -> v.values().size() < MIN_COLUMNS)) {
      return null;
    }
    for (Measure m : Measure.values()) {
      int[][] columns = columns(m.of(block));
      if (columns != null && (m != Measure.ALL_BY_CHARACTERS || paddedByCharacters(block, columns.length))) {
        return new Layout(columns, m, false);
      }
    }
    // Anchored by display width or by characters from the first value, whichever puts more lines on its grid.
    Layout byDisplay = anchoredLayout(block, Measure.DISPLAY);
    Layout byCharacters = anchoredLayout(block, Measure.VALUES_BY_CHARACTERS);
    return byDisplay == null || byCharacters != null && placedLines(block, byCharacters) > placedLines(block, byDisplay)
        ? byCharacters : byDisplay;
  }

  /**
   * Whether the text shows that it pads by characters: two lines printing every column, whose labels hold different
   * numbers of wide characters, start their values on one character column (and so on two display columns). Without
   * such lines a label longer than the others may as well reach into the values, and the places stay in doubt.
   */
  private static boolean paddedByCharacters(List<ValueLine> block, int columns) {
    int charStart = -1;
    int displayStart = -1;
    for (ValueLine v : block) {
      if (v.values().size() == columns) {
        if (charStart < 0) {
          charStart = v.charStarts()[0];
          displayStart = v.starts()[0];
        } else if (v.charStarts()[0] == charStart && v.starts()[0] != displayStart) {
          return true;
        }
      }
    }
    return false;
  }

  private static Layout anchoredLayout(List<ValueLine> block, Measure measure) {
    int[][] columns = anchored(measure.of(block));
    return columns == null ? null : new Layout(columns, measure, true);
  }

  private static long placedLines(List<ValueLine> block, Layout layout) {
    return layout.measured(block).stream().filter(v -> anchoredPlaces(layout.columns(), v) != null).count();
  }

  /**
   * The columns of a block whose lines set their figures a character or two apart from line to line (rows whose
   * labels a layout pads to different widths, figures set to the right of their cells), which may print no line of
   * every column: each line is the same grid of columns moved by its own few characters ({@link #shift}). The grid is
   * that of the line printing the most values, at least {@link #MIN_COLUMNS}, with the columns the other lines print
   * apart from it, most values first, each line placed on the grid by two figures at least. They are the table's
   * columns where they stand apart, each two neighbours are printed together on some line (the lines chain them, in
   * order) or stand farther apart than two lines' moves ({@link #MAX_SHIFT} each way) could set one column (a 总计
   * printed only on rows leaving 其他 blank, each placed by its other figures), and every figure of the block stands
   * near one of them; null otherwise.
   */
  private static int[][] anchored(List<ValueLine> block) {
    List<ValueLine> byValues = block.stream().sorted(Comparator.comparingInt((ValueLine v) -> -v.values().size())).toList();
    if (block.size() < 2 || byValues.get(0).values().size() < MIN_COLUMNS) {
      return null;
    }
    List<int[]> grid = new ArrayList<>();
    for (ValueLine v : byValues) {
      int[][] columns = grid.toArray(int[][]::new);
      int shift = grid.isEmpty() ? 0 : shift(columns, v, false);
      for (int t = 0; t < v.values().size() && shift != OFF_GRID; t++) {
        if (!near(columns, v.starts()[t] - shift, v.ends()[t] - shift)) {
          grid.add(new int[] {v.starts()[t] - shift, v.ends()[t] - shift});
        }
      }
      // In order left to right for the next line's shift, which places its figures on the columns in order.
      grid.sort(Comparator.comparingInt(c -> c[0]));
    }
    int[][] columns = grid.toArray(int[][]::new);
    List<List<Integer>> placed = block.stream().map(v -> onGrid(columns, v, shift(columns, v, true))).filter(Objects::nonNull).toList();
    for (int c = 1; c < columns.length; c++) {
      int left = c - 1;
      int right = c;
      int gap = columns[c][0] - columns[c - 1][1];
      if (gap < MIN_GAP || gap <= 2 * MAX_SHIFT && placed.stream().noneMatch(p -> p.contains(left) && p.contains(right))) {
        return null;
      }
    }
    for (ValueLine v : block) {
      for (int t = 0; t < v.values().size(); t++) {
        if (!near(columns, v.starts()[t], v.ends()[t])) {
          return null;
        }
      }
    }
    return columns;
  }

  /** Whether a figure stands within {@link #MAX_SHIFT} of a column. */
  private static boolean near(int[][] columns, int start, int end) {
    for (int[] c : columns) { // asked of every figure at every shift tried: no stream
      if (c[0] - end <= MAX_SHIFT && start - c[1] <= MAX_SHIFT) {
        return true;
      }
    }
    return false;
  }

  /**
   * How far the line stands off the grid: the one amount by which moved, the ends (figures set right) or else the
   * starts (set left) of its figures are those of columns, in order, two figures at least; the others ({@code whole}
   * false) standing apart from every column (a column the grid has not yet). {@link #OFF_GRID} where no amount does,
   * or two do: figures spaced by runs of spaces, placed by nothing. A line whose every figure stands on a column
   * ({@code whole}) is in no doubt where each amount puts every figure in the same column (one-digit figures under
   * columns two wide, by their ends at one amount and by their starts at the next).
   */
  private static int shift(int[][] columns, ValueLine v, boolean whole) {
    int found = OFF_GRID;
    List<Integer> places = null;
    for (int d : SHIFTS) {
      for (int edge = 0; edge < 2; edge++) {
        if (placedCount(columns, v, d, edge == 1, whole) >= 2) {
          if (found == OFF_GRID) {
            found = d;
            places = whole ? edgeColumns(columns, v, d, edge == 1) : null;
          } else if (found != d && (!whole || !edgeColumns(columns, v, d, edge == 1).equals(places))) {
            return OFF_GRID;
          }
        }
      }
    }
    return found;
  }

  /**
   * How many of the line's figures, moved by {@code d}, end (or start) where a column does, in order; -1 where another
   * stands near a column without that, or ({@code whole}) stands on none.
   */
  private static int placedCount(int[][] columns, ValueLine v, int d, boolean byStart, boolean whole) {
    int placed = 0;
    int previous = -1;
    for (int t = 0; t < v.values().size(); t++) {
      int c = edgeColumn(columns, v.starts()[t] - d, v.ends()[t] - d, byStart);
      if (c < 0 ? whole || near(columns, v.starts()[t] - d, v.ends()[t] - d) : c <= previous) {
        return -1;
      }
      placed += c < 0 ? 0 : 1;
      previous = Math.max(previous, c);
    }
    return placed;
  }

  /** The column that ends (or starts) where the figure does, or -1. */
  private static int edgeColumn(int[][] columns, int start, int end, boolean byStart) {
    for (int c = 0; c < columns.length; c++) {
      if (byStart ? columns[c][0] == start : columns[c][1] == end) {
        return c;
      }
    }
    return -1;
  }

  /** The columns of the line's figures placed on the grid moved by {@code shift}, in order, or null where it is off it. */
  private static List<Integer> onGrid(int[][] columns, ValueLine v, int shift) {
    if (shift == OFF_GRID) {
      return null;
    }
    return edgeColumns(columns, v, shift, placedCount(columns, v, shift, false, true) < 0);
  }

  /** The columns that end (or start) where the line's figures, moved by {@code shift}, do; -1 for a figure on none. */
  private static List<Integer> edgeColumns(int[][] columns, ValueLine v, int shift, boolean byStart) {
    List<Integer> placed = new ArrayList<>();
    for (int t = 0; t < v.values().size(); t++) {
      placed.add(edgeColumn(columns, v.starts()[t] - shift, v.ends()[t] - shift, byStart));
    }
    return placed;
  }

  /**
   * The block's rows placed under anchored columns, tab-separated; as printed (null) a line whose places are in doubt
   * ({@link #anchoredPlaces}).
   */
  private static List<String> anchoredRows(List<ValueLine> block, int[][] columns) {
    List<String> rows = new ArrayList<>();
    for (ValueLine v : block) {
      List<Integer> placed = anchoredPlaces(columns, v);
      if (placed == null) {
        rows.add(null);
        continue;
      }
      String[] cells = new String[columns.length];
      Arrays.fill(cells, "");
      for (int t = 0; t < placed.size(); t++) {
        cells[placed.get(t)] = v.values().get(t);
      }
      rows.add(v.label() + "\t" + String.join("\t", cells));
    }
    return rows;
  }

  /**
   * The columns of the line's figures under anchored columns, or null where a reader doubts its places: a line not on
   * the grid ({@link #shift}), or whose label reaches into the columns or prints values.
   */
  private static List<Integer> anchoredPlaces(int[][] columns, ValueLine v) {
    int shift = shift(columns, v, true);
    List<Integer> placed = onGrid(columns, v, shift);
    return placed == null || v.labelEnd() - shift > columns[0][0] || v.labelPrintsValues() ? null : placed;
  }

  /**
   * The layout of the nearest block before {@code b} with one, else after it, when the block fits it (also where its
   * lines are its grid moved by a character or two: {@link #anchoredPlaces}); or null.
   */
  private static Layout continued(List<ValueLine> block, List<Layout> layouts, int b) {
    for (int step : new int[] {-1, 1}) {
      Layout other = nearest(layouts, b, step);
      if (other != null && fits(other.columns(), other.measured(block))) {
        return other;
      }
      if (other != null && other.measured(block).stream().allMatch(v -> anchoredPlaces(other.columns(), v) != null)) {
        return new Layout(other.columns(), other.measure(), true);
      }
    }
    return null;
  }

  /** The layout of the nearest block before ({@code step} -1) or after (1) block {@code b} that has one, or null. */
  private static Layout nearest(List<Layout> layouts, int b, int step) {
    for (int o = b + step; o >= 0 && o < layouts.size(); o += step) {
      if (layouts.get(o) != null) {
        return layouts.get(o);
      }
    }
    return null;
  }

  /**
   * Whether a nearest block before or after {@code b} has more columns than {@code own}: anchored columns are only
   * those the block prints, and a column its lines all leave blank would put their figures a column off.
   */
  private static boolean widerNearby(List<Layout> layouts, int b, Layout own) {
    for (int step : new int[] {-1, 1}) {
      Layout other = nearest(layouts, b, step);
      if (other != null && other.columns().length > own.columns().length) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code layouts} without each anchored grid narrower than a nearest block's, until none is: such a grid lacks a
   * column its lines all leave blank, and the blocks around it, whose lines it fits, would continue it rather than the
   * wider grid beyond it (its figures then a column off).
   */
  private static void withoutNarrowerAnchored(List<Layout> layouts) {
    boolean dropped = true;
    while (dropped) {
      dropped = false;
      for (int b = 0; b < layouts.size(); b++) {
        Layout own = layouts.get(b);
        if (own != null && own.anchored() && widerNearby(layouts, b, own)) {
          layouts.set(b, null);
          dropped = true;
        }
      }
    }
  }

  /** A lone line of figures placed by the even pitch it prints them at ({@link EvenPitch}), tab-separated, or null. */
  private static String evenlyPitched(ValueLine v, String line) {
    int[] cells = EvenPitch.cells(v.charStarts(), v.charEnds(), line.codePoints().map(CHARACTERS).sum());
    if (cells == null) {
      return null;
    }
    String[] row = new String[cells[cells.length - 1]];
    Arrays.fill(row, "");
    for (int t = 0; t < v.values().size(); t++) {
      row[cells[t]] = v.values().get(t);
    }
    return "\t" + String.join("\t", row);
  }

  /**
   * The rows, with a line left as printed (null) where it shows a blank cell's place of its own that its row leaves no
   * blank in ({@link #ownBlankGap}): figures placed by other lines' columns, whose widths differ from its own, are then
   * a guess that moves its figures across the blank.
   */
  private static List<String> withOwnBlanksKept(List<ValueLine> block, List<String> rows, int columns) {
    List<String> kept = new ArrayList<>(rows);
    for (int b = 0; b < block.size(); b++) {
      ValueLine v = block.get(b);
      int gap = kept.get(b) == null || v.values().size() >= columns ? -1 : ownBlankGap(v);
      if (gap >= 0) {
        String[] cells = kept.get(b).split("\t", -1);
        int before = -1;
        int figure = -1;
        for (int c = cells.length - columns; c < cells.length && figure <= gap; c++) {
          if (!cells[c].isEmpty() && ++figure == gap + 1 && c - before < 2) {
            kept.set(b, null);
          }
          before = cells[c].isEmpty() ? before : c;
        }
      }
    }
    return kept;
  }

  /**
   * Where a line of figures parted by one even gap shows the place of a blank cell: the one gap at least twice as wide
   * as all its others ({@code 23  0  0    0  11  37}), as an eye reads it; the index of the figure before it, or -1.
   * Three even gaps at least tell the line's spacing.
   */
  private static int ownBlankGap(ValueLine v) {
    int n = v.values().size();
    if (n < 5) {
      return -1;
    }
    int narrow = Integer.MAX_VALUE;
    for (int t = 0; t + 1 < n; t++) {
      narrow = Math.min(narrow, v.starts()[t + 1] - v.ends()[t]);
    }
    int wide = -1;
    for (int t = 0; t + 1 < n; t++) {
      int gap = v.starts()[t + 1] - v.ends()[t];
      if (gap != narrow && (gap < 2 * narrow || wide >= 0)) {
        return -1;
      }
      wide = gap == narrow ? wide : t;
    }
    return wide;
  }

  /** Whether a placed row leaves a column blank before its last figure. */
  private static boolean skipsAColumn(String row) {
    if (row == null) {
      return false;
    }
    String cells = row.substring(row.indexOf('\t')).stripTrailing();
    return cells.contains("\t\t");
  }

  /**
   * {@code out} (a copy of {@code lines} made on the first rewrite) with the block's lines replaced by {@code rows}.
   * The labels are measured by display width only: placed by characters, a label's length decides where its values
   * fall, and a label reaching into the values would be read as short (which wrapped headers alone can tell apart).
   */
  private static List<String> rewrite(List<ValueLine> block, List<String> rows, List<String> lines, List<String> out) {
    List<String> result = out != null ? out : new ArrayList<>(lines);
    for (int b = 0; b < block.size(); b++) {
      if (rows.get(b) != null) {
        result.set(block.get(b).index(), rows.get(b));
      }
    }
    return result;
  }

  /** The line's trailing value tokens (at least two), placed by display width, or null. */
  private static ValueLine valueLine(String line, int index) {
    return valueLine(line, index, false);
  }

  /**
   * {@link #valueLine(String, int)}, or ({@code lone}) a line printing exactly one figure, no mark, after its label
   * (or none), else null.
   */
  private static ValueLine valueLine(String line, int index, boolean lone) {
    if (line.indexOf('\t') >= 0 || line.indexOf('|') >= 0 || !hasDigit(line)) {
      return null;
    }
    if (!isValue(lastPiece(line))) {
      return null; // a line of text ending in a word (prose, a label): no values, settled without its pieces
    }
    List<Piece> pieces = pieces(line, DISPLAY);
    List<String> tokens = pieces.stream().map(Piece::text).toList();
    int first = tokens.size();
    while (first > 0 && isValue(tokens.get(first - 1))) {
      first--;
    }
    List<Piece> characters = pieces(line, CHARACTERS);
    while (first > 0 && first < tokens.size()
        && spacedLetter(tokens.get(first - 1), tokens.get(first), characters.get(first).start() - characters.get(first - 1).end())) {
      first++;
    }
    int count = tokens.size() - first;
    // A line of values alone is a row whose label stands on the lines above (a cell aligned to its bottom), where it
    // prints two figures at least: a page footer ({@code — 1 —}) prints marks around one.
    if (lone ? count != 1 || CellKind.isRowMarker(tokens.get(first))
        : count < 2 || first == 0 && tokens.stream().filter(t -> !CellKind.isRowMarker(t)).count() < 2) {
      return null;
    }
    int[] starts = new int[count];
    int[] ends = new int[count];
    int[] charStarts = new int[count];
    int[] charEnds = new int[count];
    for (int t = 0; t < count; t++) {
      starts[t] = pieces.get(first + t).start();
      ends[t] = pieces.get(first + t).end();
      charStarts[t] = characters.get(first + t).start();
      charEnds[t] = characters.get(first + t).end();
    }
    String label = String.join(" ", tokens.subList(0, first));
    return new ValueLine(index, label, first == 0 ? 0 : pieces.get(first - 1).end(), tokens.subList(first, tokens.size()), starts, ends,
        charStarts, charEnds, first == 0 ? 0 : characters.get(first - 1).end());
  }

  /** A run of text between spaces and the columns it takes under a measure. */
  record Piece(String text, int start, int end) {}

  /** The line's runs of text between spaces, placed by {@code measure}. */
  static List<Piece> pieces(String line, IntUnaryOperator measure) {
    List<Piece> pieces = new ArrayList<>();
    int column = 0;
    for (int i = 0; i < line.length(); ) {
      char c = line.charAt(i);
      if (Cell.Text.isSpace(c)) {
        column += measure.applyAsInt(c);
        i++;
        continue;
      }
      int j = i;
      int end = column;
      while (j < line.length() && !Cell.Text.isSpace(line.charAt(j))) {
        int cp = line.codePointAt(j);
        end += measure.applyAsInt(cp);
        j += Character.charCount(cp);
      }
      pieces.add(new Piece(line.substring(i, j), column, end));
      column = end;
      i = j;
    }
    return pieces;
  }

  /** The text of the line's last piece ({@link #pieces}), without placing the others; empty when it has none. */
  static String lastPiece(String line) {
    return Cell.Text.lastPiece(line, c -> Cell.Text.isSpace((char) c));
  }

  /** The block's rows with each value under its column, tab-separated. */
  private static List<String> placed(List<ValueLine> block, int[][] columns) {
    List<String> rows = new ArrayList<>();
    for (ValueLine v : block) {
      String[] cells = new String[columns.length];
      Arrays.fill(cells, "");
      for (int t = 0; t < v.values().size(); t++) {
        cells[columnOf(columns, v.starts()[t])] = v.values().get(t);
      }
      rows.add(v.label() + "\t" + String.join("\t", cells));
    }
    return rows;
  }

  /**
   * The block's value columns as display-column spans (overlapping values merged), where a line prints every column,
   * or null where a place is in doubt.
   */
  private static int[][] columns(List<ValueLine> block) {
    if (block.size() < 2) {
      return null;
    }
    List<int[]> spans = new ArrayList<>();
    for (ValueLine v : block) {
      for (int t = 0; t < v.starts().length; t++) {
        spans.add(new int[] {v.starts()[t], v.ends()[t]});
      }
    }
    spans.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<int[]> merged = new ArrayList<>();
    for (int[] s : spans) {
      int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && s[0] < last[1]) {
        last[1] = Math.max(last[1], s[1]);
      } else {
        merged.add(s.clone());
      }
    }
    int[][] columns = merged.toArray(int[][]::new);
    // One line at least prints every column, so the columns are the table's, not two tables' shifted ones.
    if (columns.length < MIN_COLUMNS || block.stream().noneMatch(v -> v.values().size() == columns.length)
        || !apart(columns, block)) {
      return null;
    }
    return fits(columns, block) ? columns : null;
  }

  /** Whether each line's values fall under the columns, one a column in order, right of its label. */
  private static boolean fits(int[][] columns, List<ValueLine> block) {
    for (ValueLine v : block) {
      // A label reaching into the values, or printing values among its words (a table's half beside this one).
      if (v.labelEnd() > columns[0][0] || v.labelPrintsValues()) {
        return false;
      }
      int previous = -1;
      for (int start : v.starts()) {
        int c = columnOf(columns, start);
        if (c <= previous) {
          return false;
        }
        previous = c;
      }
    }
    return true;
  }

  /**
   * Whether the columns stand apart as a layout places them. Values a space apart, as text spaces them, say nothing of
   * their columns; yet a wide value (a full-width digit) may leave one space to the next column of a layout that
   * parts its other columns wider: such a pair is a layout's where each of the two aligns its values (one start or one
   * end for all) and some other pair stands farther apart.
   */
  private static boolean apart(int[][] columns, List<ValueLine> block) {
    boolean laidOut = false;
    for (int c = 1; c < columns.length; c++) {
      if (columns[c][0] - columns[c - 1][1] >= MIN_GAP) {
        laidOut = true;
      } else if (!aligned(columns, c - 1, block) || !aligned(columns, c, block)) {
        return false;
      }
    }
    return laidOut;
  }

  /** Whether the block's values under column {@code c}, two at least, all start at one place or all end at one place. */
  private static boolean aligned(int[][] columns, int c, List<ValueLine> block) {
    int start = -1;
    int end = -1;
    boolean starts = true;
    boolean ends = true;
    int count = 0;
    for (ValueLine v : block) {
      for (int t = 0; t < v.starts().length; t++) {
        if (columnOf(columns, v.starts()[t]) != c) {
          continue;
        }
        starts &= start < 0 || v.starts()[t] == start;
        ends &= end < 0 || v.ends()[t] == end;
        start = v.starts()[t];
        end = v.ends()[t];
        count++;
      }
    }
    return count > 1 && (starts || ends);
  }

  private static int columnOf(int[][] columns, int start) {
    for (int c = 0; c < columns.length; c++) {
      if (start >= columns[c][0] && start < columns[c][1]) {
        return c;
      }
    }
    return -1;
  }

  /**
   * A count, a signed one (本年增/减: {@code -3}, {@code +2}), one with thousands separators or its counter
   * ({@code 1,024}, {@code 7件}: the figure starts its column, the counter no part of it), or a mark for none.
   */
  static boolean isValue(String token) {
    int from = token.length() > 1 && "-+－＋".indexOf(token.charAt(0)) >= 0 ? 1 : 0;
    for (int i = from; i < token.length(); i++) {
      char c = token.charAt(i);
      if (!isDigit(c)) {
        return CellKind.isRowMarker(token) || Numerals.isLetterZero(token) || from == 0 && i > 0 && Counts.parse(Cell.Text.fold(token)).isParsed();
      }
    }
    return true;
  }

  /**
   * Whether {@code token}, {@code gap} characters after {@code before}, is a letter of a label printed letter-spaced
   * ({@code 无} of {@code 申 请 人 无 正 当}): two lone ideographs one space apart, never a cell marking none after a label.
   */
  static boolean spacedLetter(String before, String token, int gap) {
    return gap == 1 && isGlyph(before) && isGlyph(token);
  }

  /** A word of one CJK ideograph: a letter of a letter-spaced label. */
  private static boolean isGlyph(String word) {
    return word.length() == 1 && Character.isIdeographic(word.charAt(0));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9' || c >= '０' && c <= '９';
  }

  /** Whether the text prints a character two columns wide. */
  private static boolean hasWide(String text) {
    return text.codePoints().anyMatch(cp -> RuledColumns.width(cp) > 1);
  }

  static boolean hasDigit(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (isDigit(line.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
