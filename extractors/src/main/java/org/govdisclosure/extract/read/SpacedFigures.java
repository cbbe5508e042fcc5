package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.value.CellKind;
import org.govdisclosure.extract.value.Numerals;

/**
 * Cells of a tab-separated line that hold figures parted by spaces ({@code 0   4   0}, {@code （一）予以公开  3}): a
 * conversion that mixed tabs and spaces between cells. Each such figure is a cell of its own; folding the spaces
 * away would glue the figures into one ({@code 040}).
 */
final class SpacedFigures {

  /**
   * One plain space between two figures ({@code 3 1}) may be a typo inside one: only a longer row of them is parted.
   * Looked for from the first figure on, since a label's own spaces ({@code （四）无法提供 1.本机关…}) and the one after
   * it ({@code 2.重复申请 4  0}) say nothing of how its figures are parted.
   */
  private static final Pattern ONE_SPACE =
      Pattern.compile("[^" + Cell.Text.SPACE_CLASS + "] [^" + Cell.Text.SPACE_CLASS + "]");

  /** A count and its counter parted by spaces ({@code 0 件}): one figure, the bare counter no label of its own. */
  private static final Pattern COUNTER_APART = Pattern.compile("(\\d)[" + Cell.Text.SPACE_CLASS + "]+("
      + Numerals.alternation(Numerals.COUNTERS) + ")(?=[" + Cell.Text.SPACE_CLASS + "]|$)");

  private SpacedFigures() {}

  /**
   * The cells with each one's trailing figures parted by spaces split off; the same list when there are none. Where a
   * cell of the line parts two figures or more by spaces, the line uses spaces between its cells, and one plain space
   * between figures elsewhere in it parts cells too ({@code 0 0\t2 0\t3 0 5}): no typo is then needed to explain it.
   * So it does where two cells each part two figures by one plain space ({@code 9 0\t0 0\t4}): a typo in each is the
   * less likely reading.
   */
  static List<Cell> apart(List<Cell> cells) {
    List<List<Cell>> strict = new ArrayList<>(cells.size());
    boolean spacedLine = false;
    int oneSpaced = 0;
    for (Cell cell : cells) {
      List<Cell> parts = parts(cell, false);
      strict.add(parts);
      spacedLine |= parts != null && figures(parts) >= 2;
      List<Cell> loose = parts == null ? parts(cell, true) : null;
      oneSpaced += loose != null && figures(loose) >= 2 ? 1 : 0;
    }
    spacedLine |= oneSpaced >= 2;
    List<Cell> out = null;
    for (int i = 0; i < cells.size(); i++) {
      List<Cell> parts = strict.get(i) == null && spacedLine ? parts(cells.get(i), true) : strict.get(i);
      if (parts != null && out == null) {
        out = new ArrayList<>(cells.subList(0, i));
      }
      if (out != null) {
        out.addAll(parts != null ? parts : List.of(cells.get(i)));
      }
    }
    return out == null ? cells : out;
  }

  private static int figures(List<Cell> parts) {
    return (int) parts.stream().filter(c -> isFigure(c.raw())).count();
  }

  /**
   * The cell's leading text and each trailing figure as cells, or null when no figure is parted by spaces; unless
   * {@code oneSpaceParts}, one plain space between figures keeps them together.
   */
  private static List<Cell> parts(Cell cell, boolean oneSpaceParts) {
    if (!Cell.Text.holdsSpace(cell.raw())) {
      return null; // (not told by the folded text's length: folding may lengthen it too, ⑧ to 8.)
    }
    String spaced = COUNTER_APART.matcher(Cell.Text.strip(cell.raw())).replaceAll("$1$2");
    String[] tokens = Cell.Text.SPACES.split(spaced);
    int first = tokens.length;
    while (first > 0 && isFigure(tokens[first - 1])) {
      first--;
    }
    while (first < tokens.length && tokens[first].length() == 1 && Numerals.isLetterZero(tokens[first])) {
      first++; // a letter O for a 0 is a figure after a figure, never the first of them (it may end a label)
    }
    while (first > 0 && first < tokens.length && SpacedColumns.spacedLetter(tokens[first - 1], tokens[first],
        figuresFrom(spaced, tokens, first) - figuresFrom(spaced, tokens, first - 1) - tokens[first - 1].length())) {
      first++;
    }
    int figures = tokens.length - first;
    if (figures == 0 || first == 0 && figures < 2
        || !oneSpaceParts && figures < 3 && ONE_SPACE.matcher(spaced).region(figuresFrom(spaced, tokens, first), spaced.length()).find()) {
      return null;
    }
    List<Cell> parts = new ArrayList<>(figures + 1);
    if (first > 0) {
      parts.add(new Cell(String.join(" ", List.of(tokens).subList(0, first))));
    }
    for (int t = first; t < tokens.length; t++) {
      parts.add(new Cell(tokens[t]));
    }
    return parts;
  }

  /** Where token {@code first} (the first figure) stands in the spaced text, after the tokens before it. */
  private static int figuresFrom(String spaced, String[] tokens, int first) {
    int at = 0;
    for (int t = 0; t < first; t++) {
      at = spaced.indexOf(tokens[t], at) + tokens[t].length();
    }
    return spaced.indexOf(tokens[first], at);
  }

  /**
   * Whether a token is a figure: a count or a mark of none, or OCR's letter O for a 0 ({@code 10 0 O}), which folding
   * the spaces away would glue to the figures before it (1000, not 10 | 0 | 0).
   */
  private static boolean isFigure(String token) {
    String folded = Cell.Text.fold(token);
    return CellKind.of(folded) != CellKind.LABEL || Numerals.isLetterZero(folded);
  }
}
