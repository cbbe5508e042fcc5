package org.govdisclosure.extract.tables;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses among the readings of glued section 三 rows by the identities that hold in every column of the table:
 * the detail rows （一）…（六） sum to （七）总计, and 一、新收 + 二、上年结转 = （七）总计 + 四、结转下年度. Each row brings
 * the readings its own sum allows; a combination of them is taken only when it is the one combination under which
 * every identity holds. A report whose own numbers break an identity thus settles nothing, since no combination
 * passes: the nearest one is never picked.
 */
final class ColumnIdentities {

  /**
   * Bounds the combinations tried. A glued page has a few ambiguous rows of two or three readings each, a few dozen
   * combinations; each costs one pass over the table's cells. A page beyond this is too scrambled for its sums to
   * single out one reading, and is left ambiguous rather than searched at length.
   */
  static final int MAX_COMBINATIONS = 4096;

  private ColumnIdentities() {}

  /**
   * The rows whose reading is certain: those with one reading, and, when every row of {@code order} has readings, the
   * rest wherever only one combination of readings satisfies the identities.
   */
  static Map<ApplicationRow, int[]> settle(List<ApplicationRow> order, Map<ApplicationRow, List<int[]>> readings) {
    Map<ApplicationRow, int[]> settled = new EnumMap<>(ApplicationRow.class);
    readings.forEach((row, r) -> {
      if (r.size() == 1) {
        settled.put(row, r.get(0));
      }
    });
    int[] choice = onlyConsistentChoice(order, readings);
    for (int i = 0; choice != null && i < order.size(); i++) {
      settled.put(order.get(i), readings.get(order.get(i)).get(choice[i]));
    }
    return settled;
  }

  /**
   * The index of each row's reading in the one combination that satisfies the identities, or null. A row without
   * readings would leave an identity unchecked, and with it the chance to see that the report's numbers disagree, so
   * then nothing is chosen.
   */
  private static int[] onlyConsistentChoice(List<ApplicationRow> order, Map<ApplicationRow, List<int[]>> readings) {
    int n = order.size();
    int[][] values = new int[n][];
    long combinations = 1;
    for (int i = 0; i < n; i++) {
      List<int[]> r = readings.get(order.get(i));
      if (r == null || r.isEmpty()) {
        return null;
      }
      combinations *= r.size();
      if (combinations > MAX_COMBINATIONS) {
        return null;
      }
    }
    if (combinations == 1) {
      return null; // nothing ambiguous to settle
    }
    int[] choice = new int[n];
    int[] found = null;
    do {
      for (int i = 0; i < n; i++) {
        values[i] = readings.get(order.get(i)).get(choice[i]);
      }
      if (hold(order, values)) {
        if (found != null) {
          return null;
        }
        found = choice.clone();
      }
    } while (next(choice, order, readings));
    return found;
  }

  /** Advances {@code choice} like an odometer over each row's readings; false once every combination was seen. */
  private static boolean next(int[] choice, List<ApplicationRow> order, Map<ApplicationRow, List<int[]>> readings) {
    for (int i = 0; i < choice.length; i++) {
      if (++choice[i] < readings.get(order.get(i)).size()) {
        return true;
      }
      choice[i] = 0;
    }
    return false;
  }

  /**
   * Whether both identities hold in every column; {@code values} follow {@code order}, where the detail rows are
   * those printed between 二、上年结转 and （七）总计 in either template.
   */
  private static boolean hold(List<ApplicationRow> order, int[][] values) {
    int newReceived = order.indexOf(ApplicationRow.NEW_RECEIVED);
    int carriedOver = order.indexOf(ApplicationRow.CARRIED_OVER);
    int total = order.indexOf(ApplicationRow.TOTAL);
    int carriedForward = order.indexOf(ApplicationRow.CARRIED_FORWARD);
    for (int c = 0; c < values[total].length; c++) {
      long details = 0;
      for (int r = carriedOver + 1; r < total; r++) {
        details += values[r][c];
      }
      long in = (long) values[newReceived][c] + values[carriedOver][c];
      long out = (long) values[total][c] + values[carriedForward][c];
      if (details != values[total][c] || in != out) {
        return false;
      }
    }
    return true;
  }
}
