package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.value.CellKind;

/**
 * Cells of a tab-separated line that hold figures parted by spaces ({@code 0   4   0}, {@code （一）予以公开  3}): a
 * conversion that mixed tabs and spaces between cells. Each such figure is a cell of its own; folding the spaces
 * away would glue the figures into one ({@code 040}).
 */
final class SpacedFigures {

  /** One plain space between two figures ({@code 3 1}) may be a typo inside one: only a longer row of them is parted. */
  private static final Pattern ONE_SPACE =
      Pattern.compile("[^" + Cell.Text.SPACE_CHARS + "] [^" + Cell.Text.SPACE_CHARS + "]");

  private SpacedFigures() {}

  /** The cells with each one's trailing figures parted by spaces split off; the same list when there are none. */
  static List<Cell> apart(List<Cell> cells) {
    List<Cell> out = null;
    for (int i = 0; i < cells.size(); i++) {
      List<Cell> parts = parts(cells.get(i));
      if (parts != null && out == null) {
        out = new ArrayList<>(cells.subList(0, i));
      }
      if (out != null) {
        out.addAll(parts != null ? parts : List.of(cells.get(i)));
      }
    }
    return out == null ? cells : out;
  }

  /** The cell's leading text and each trailing figure as cells, or null when no figure is parted by spaces. */
  private static List<Cell> parts(Cell cell) {
    if (cell.raw().length() == cell.text().length()) {
      return null;
    }
    String spaced = Cell.Text.strip(cell.raw());
    String[] tokens = Cell.Text.SPACES.split(spaced);
    int first = tokens.length;
    while (first > 0 && isFigure(tokens[first - 1])) {
      first--;
    }
    int figures = tokens.length - first;
    if (figures == 0 || first == 0 && figures < 2 || figures < 3 && ONE_SPACE.matcher(spaced).find()) {
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

  private static boolean isFigure(String token) {
    return CellKind.of(Cell.Text.fold(token)) != CellKind.LABEL;
  }
}
