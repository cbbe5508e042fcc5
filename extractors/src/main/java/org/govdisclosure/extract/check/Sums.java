package org.govdisclosure.extract.check;

import java.util.List;
import java.util.Map;

/** Null-aware arithmetic over extracted rows: a sum with a missing term is unknown, not a smaller number. */
final class Sums {

  private Sums() {}

  static Long sum(List<Map<String, Object>> rows, String column) {
    long total = 0;
    for (Map<String, Object> row : rows) {
      Object v = row.get(column);
      if (!(v instanceof Number n)) {
        return null;
      }
      total += n.longValue();
    }
    return rows.isEmpty() ? null : total;
  }

  static Long sumOf(Map<String, Object> row, List<String> columns) {
    long total = 0;
    for (String c : columns) {
      if (!(row.get(c) instanceof Number n)) {
        return null;
      }
      total += n.longValue();
    }
    return total;
  }

  /** The sum of those of {@code columns} that hold a number: with counts never negative, at most the whole. */
  static long knownSum(Map<String, Object> row, List<String> columns) {
    long sum = 0;
    for (String c : columns) {
      sum += row.get(c) instanceof Number n ? n.longValue() : 0;
    }
    return sum;
  }

  static Long value(Map<String, Object> row, String column) {
    return row != null && row.get(column) instanceof Number n ? n.longValue() : null;
  }

  static Long add(Long a, Long b) {
    return a == null || b == null ? null : a + b;
  }
}
