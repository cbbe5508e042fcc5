package org.govdisclosure.extract.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.Predicate;

/**
 * The places a row's figures may take when one cell's figure was lost: OCR drops a lone digit ({@code 0}, {@code 1})
 * on a line whose cells no rules part, and the row prints one cell fewer than its columns. The figures keep their
 * order; the lost one is a single digit, and a placement stands only where some such digit makes the identity hold.
 * Placements giving the same values are one reading: only the cells lost in any of them stay unknown.
 */
final class DroppedFigure {

  /** A row's values with the lost figure put in by the identity, and the cells that may be the lost one. */
  record Placement(int[] values, BitSet lost) {

    /** The values as read: the cells that may be the lost one left empty, as their figure was never read. */
    List<Integer> read() {
      List<Integer> out = new ArrayList<>(values.length);
      for (int i = 0; i < values.length; i++) {
        out.add(lost.get(i) ? null : values[i]);
      }
      return out;
    }
  }

  private DroppedFigure() {}

  /**
   * The placements of {@code figures}, one fewer than {@code width}, that {@code identity} allows; none where a figure
   * is no count as printed ({@code 00}, or longer than a count runs).
   */
  static List<Placement> placements(List<String> figures, int width, Predicate<int[]> identity) {
    List<Placement> out = new ArrayList<>();
    if (figures.size() != width - 1 || !figures.stream().allMatch(f -> f.length() <= DigitSplits.MAX_DIGITS_PER_COUNT && DigitSplits.canBeOneCount(f))) {
      return out;
    }
    for (int at = 0; at < width; at++) {
      for (int digit = 0; digit <= 9; digit++) {
        int[] values = new int[width];
        for (int i = 0, f = 0; i < width; i++) {
          values[i] = i == at ? digit : Integer.parseInt(figures.get(f++));
        }
        if (identity.test(values)) {
          add(out, values, at);
        }
      }
    }
    return out;
  }

  private static void add(List<Placement> out, int[] values, int lost) {
    for (Placement p : out) {
      if (Arrays.equals(p.values(), values)) {
        p.lost().set(lost);
        return;
      }
    }
    BitSet at = new BitSet();
    at.set(lost);
    out.add(new Placement(values, at));
  }

  /** The placement among {@code placements} whose values are {@code values}. */
  static Placement of(List<Placement> placements, int[] values) {
    return placements.stream().filter(p -> Arrays.equals(p.values(), values)).findFirst().orElseThrow();
  }
}
