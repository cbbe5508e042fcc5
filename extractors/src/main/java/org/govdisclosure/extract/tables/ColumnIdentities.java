package org.govdisclosure.extract.tables;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govdisclosure.extract.template.TemplateRow;

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
  static Map<TemplateRow, int[]> settle(List<TemplateRow> order, Map<TemplateRow, List<int[]>> readings) {
    Map<TemplateRow, int[]> settled = new HashMap<>();
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
  private static int[] onlyConsistentChoice(List<TemplateRow> order, Map<TemplateRow, List<int[]>> readings) {
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
  private static boolean next(int[] choice, List<TemplateRow> order, Map<TemplateRow, List<int[]>> readings) {
    for (int i = 0; i < choice.length; i++) {
      if (++choice[i] < readings.get(order.get(i)).size()) {
        return true;
      }
      choice[i] = 0;
    }
    return false;
  }

  /** Whether both identities hold in every column; {@code values} follow {@code order}, whose rows carry their roles. */
  private static boolean hold(List<TemplateRow> order, int[][] values) {
    for (int c = 0; c < values[0].length; c++) {
      long details = 0;
      long in = 0;
      long out = 0;
      long total = 0;
      for (int r = 0; r < order.size(); r++) {
        long v = values[r][c];
        switch (order.get(r).role()) {
          case DETAIL -> details += v;
          case RECEIVED, CARRIED_OVER -> in += v;
          case TOTAL -> {
            total = v;
            out += v;
          }
          case CARRIED_FORWARD -> out += v;
        }
      }
      if (details != total || in != out) {
        return false;
      }
    }
    return true;
  }
}
