package org.govdisclosure.extract.read;

/**
 * The cells of a lone line of figures that a layout sets in cells of one width from the line's start, printing no row
 * of every column above or below it to line up with (section 四's one row of fifteen narrow columns under a header
 * the text does not align): a reader counts the cells of a regular row, a blank one where two figures stand two or
 * more cells apart or the first stands a cell or more in. The width must show: each figure set right in its cell, at
 * a whole number of widths from the line's start, two steps of one width at least, and the line's spaces after its
 * last figure (a blank cell at its end) whole cells too, give or take a space or two.
 */
final class EvenPitch {

  /** A row of fewer figures shows no pitch. */
  private static final int MIN_FIGURES = 4;
  /** Steps of one pitch a row prints at least, for its pitch to be the cells' and not a coincidence. */
  private static final int MIN_SINGLE_STEPS = 2;
  /** Spaces after the last cell that are no cell of their own (a line's end padded by a space or two). */
  private static final int END_SPACES = 2;

  private EvenPitch() {}

  /**
   * Each figure's cell from the line's start, by its right edge ({@code ends}, character columns; {@code starts} within
   * the cell), and the row's count of cells last; null where the cells' width does not show or no cell is blank (the
   * row needs no placing).
   */
  static int[] cells(int[] starts, int[] ends, int lineWidth) {
    if (ends.length < MIN_FIGURES) {
      return null;
    }
    int pitch = Integer.MAX_VALUE;
    for (int t = 1; t < ends.length; t++) {
      pitch = Math.min(pitch, ends[t] - ends[t - 1]);
    }
    if (pitch <= 0 || lineWidth % pitch > END_SPACES) {
      return null;
    }
    int single = 0;
    int[] cells = new int[ends.length + 1];
    for (int t = 0; t < ends.length; t++) {
      if (ends[t] % pitch != 0 || starts[t] < ends[t] - pitch) {
        return null;
      }
      cells[t] = ends[t] / pitch - 1;
      single += t > 0 && cells[t] == cells[t - 1] + 1 ? 1 : 0;
    }
    cells[ends.length] = lineWidth / pitch;
    return single >= MIN_SINGLE_STEPS && cells[ends.length] > ends.length ? cells : null;
  }
}
