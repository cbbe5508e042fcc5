package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.List;

/**
 * A table set in two halves side by side with a double vertical line between them ({@code …  61 ‖ 2.没有现成信息…  0}):
 * each line a row of the left half, the rule, a row of the right half. A reader reads the left half down, then the
 * right. Where consecutive lines each hold the rule once (or, between two that do, no figure: a caption, a note
 * under the header), {@value #MIN_ROWS} of them at least with figures on both sides, the run is rewritten as its left parts, then its right parts ({@link SideBySideHalves} finds halves parted
 * by blank columns alone).
 */
final class RuledHalves {

  private static final char RULE = '‖';
  /** Rows a half holds at least, figures on both sides of the rule. */
  private static final int MIN_ROWS = 3;

  private RuledHalves() {}

  /** {@code lines} with each run of ruled halves as the left half's lines, then the right half's. */
  static List<String> apart(List<String> lines) {
    List<String> out = null;
    int i = 0;
    while (i < lines.size()) {
      int end = i;
      int rows = 0;
      int last = -1; // the run's last ruled line
      for (; end < lines.size() && (ruledOnce(lines.get(end)) || last >= 0 && !hasDigit(lines.get(end), 0, lines.get(end).length())); end++) {
        String line = lines.get(end);
        int at = line.indexOf(RULE);
        if (at >= 0) {
          last = end;
          rows += hasDigit(line, 0, at) && hasDigit(line, at + 1, line.length()) ? 1 : 0;
        }
      }
      end = last >= 0 ? last + 1 : i;
      if (rows >= MIN_ROWS) {
        out = out != null ? out : new ArrayList<>(lines.subList(0, i));
        List<String> right = new ArrayList<>();
        for (String line : lines.subList(i, end)) {
          int at = line.indexOf(RULE);
          out.add(at < 0 ? line : line.substring(0, at).stripTrailing());
          if (at >= 0 && !line.substring(at + 1).isBlank()) {
            right.add(line.substring(at + 1).strip());
          }
        }
        out.addAll(right);
      } else if (out != null) {
        out.addAll(lines.subList(i, Math.max(end, i + 1)));
      }
      i = Math.max(end, i + 1);
    }
    return out == null ? lines : out;
  }

  private static boolean ruledOnce(String line) {
    int at = line.indexOf(RULE);
    return at >= 0 && line.indexOf(RULE, at + 1) < 0;
  }

  private static boolean hasDigit(String line, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = line.charAt(k);
      if (c >= '0' && c <= '9' || c >= '０' && c <= '９') {
        return true;
      }
    }
    return false;
  }
}
