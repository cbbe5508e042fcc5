package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.govdisclosure.extract.model.Cell;

/**
 * Rows of a table printed with pipes between its cells and none at its edges ({@code 规章 | 3 | 0 | 41}), as a
 * "table to text" conversion writes it: consecutive lines that each part into the same number of cells, at least
 * {@value #MIN_CELLS}, one of them not ending with a pipe, are rewritten as tab-separated rows. Such a run tells what
 * a pipe at a line's end is: a blank cell's edge ({@code  | （二）部分公开 | 0 | … | }), not an outer pipe of markdown,
 * whose rows all open and close with one. A run after a markdown delimiter row ({@code ---|---}) is left to the
 * reader's markdown rows.
 */
final class BarePipeRows {

  private static final int MIN_CELLS = 3;
  private static final int MIN_LINES = 2;
  /** A cell separator: a pipe not escaped by a backslash. */
  private static final Pattern PIPE = Pattern.compile("(?<!\\\\)\\|");

  private BarePipeRows() {}

  /** {@code lines} with each run of rows without outer pipes rewritten as tab-separated cells. */
  static List<String> tabbed(List<String> lines) {
    List<String> out = null;
    int i = 0;
    while (i < lines.size()) {
      int width = cells(lines.get(i));
      int end = i + 1;
      boolean bare = width > 0 && isBare(lines.get(i));
      while (width > 0 && end < lines.size() && cells(lines.get(end)) == width) {
        bare |= isBare(lines.get(end));
        end++;
      }
      if (bare && end - i >= MIN_LINES && (i == 0 || !isDelimiter(lines.get(i - 1)))) {
        out = out != null ? out : new ArrayList<>(lines.subList(0, i));
        for (int k = i; k < end; k++) {
          out.add(String.join("\t", Arrays.stream(PIPE.split(Cell.Text.strip(lines.get(k)), -1)).map(Cell.Text::strip).toList()));
        }
      } else if (out != null) {
        out.addAll(lines.subList(i, Math.max(end, i + 1)));
      }
      i = Math.max(end, i + 1);
    }
    return out == null ? lines : out;
  }

  /** How many cells a line of pipes parts into, its end pipes parting blank cells; 0 for no such line. */
  private static int cells(String line) {
    if (line.indexOf('|') < 0 || line.indexOf('\t') >= 0 || isDelimiter(line)) {
      return 0;
    }
    String trimmed = Cell.Text.strip(line);
    if (trimmed.startsWith("+")) {
      return 0; // a grid table's rule or row
    }
    int cells = PIPE.split(trimmed, -1).length;
    return cells >= MIN_CELLS ? cells : 0;
  }

  /** Whether the line does not end with a pipe: no markdown row, which closes with one (even where it lost its first). */
  private static boolean isBare(String line) {
    return !Cell.Text.strip(line).endsWith("|");
  }

  private static boolean isDelimiter(String line) {
    return line.indexOf("---") >= 0 && line.indexOf('|') >= 0;
  }
}
