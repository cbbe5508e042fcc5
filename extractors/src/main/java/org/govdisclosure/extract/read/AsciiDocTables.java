package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tables in AsciiDoc, as converters to AsciiDoc write them (pandoc, docling): between two {@code |===} lines, each cell
 * opened by {@code |}, a merged cell's spans written before it ({@code 3+|} three columns, {@code .8+|} eight rows,
 * {@code 3.3+|} both), rows ending where their columns are filled, not at line ends. Read as the HTML table they stand
 * for, so that merged cells are expanded as the HTML reader expands them; the spans' figures are no cells.
 */
final class AsciiDocTables {

  private static final String DELIMITER = "|===";
  /** The block attributes before a table ({@code [cols="3,1,1",options="header"]}), whose figures are no cells. */
  private static final Pattern ATTRIBUTES = Pattern.compile("^\\[[^\\]]*\\]\\s*$");
  private static final Pattern COLS = Pattern.compile("cols\\s*=\\s*\"([^\"]*)\"");
  private static final Pattern REPEATED_COLS = Pattern.compile("^(\\d+)\\*");
  /**
   * A cell's specifier before its {@code |}, at a line's start or after a space: duplication ({@code 2*}), spans
   * ({@code 3+}, {@code .2+}, {@code 3.2+}), alignments and a style letter.
   */
  private static final Pattern SPEC = Pattern.compile(
      "(?:^|(?<=\\s))(?:(\\d+)\\*)?(?:(\\d*)(?:\\.(\\d+))?\\+)?(?:[<^>](?:\\.[<^>])?)?[adehlmsv]?$");

  private AsciiDocTables() {}

  /** {@code text} with each AsciiDoc table (and its attribute line) replaced by an HTML table; the text itself if none. */
  static String asHtml(String text) {
    if (!text.contains(DELIMITER)) {
      return text;
    }
    String[] lines = text.split("\n", -1);
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < lines.length) {
      int end = isDelimiter(lines[i]) ? closing(lines, i + 1) : -1;
      if (end < 0) {
        out.append(lines[i]).append('\n');
        i++;
        continue;
      }
      String attributes = previousAttributes(out);
      int columns = columns(attributes, lines[i + 1 < end ? nextCellLine(lines, i + 1, end) : i]);
      out.append(html(cells(lines, i + 1, end), columns)).append('\n');
      i = end + 1;
    }
    return out.substring(0, out.length() - 1);
  }

  private static boolean isDelimiter(String line) {
    return line.strip().equals(DELIMITER);
  }

  private static int closing(String[] lines, int from) {
    for (int k = from; k < lines.length; k++) {
      if (isDelimiter(lines[k])) {
        return k;
      }
    }
    return -1;
  }

  private static int nextCellLine(String[] lines, int from, int end) {
    for (int k = from; k < end; k++) {
      if (lines[k].strip().startsWith("|") || lines[k].contains("+|")) {
        return k;
      }
    }
    return from;
  }

  /** Takes the attribute line just before the table off {@code out} and returns it ("" if none). */
  private static String previousAttributes(StringBuilder out) {
    int end = out.length() - 1;
    int start = out.lastIndexOf("\n", end - 1) + 1;
    String line = out.substring(start, Math.max(start, end));
    if (ATTRIBUTES.matcher(line).matches()) {
      out.setLength(start);
      return line;
    }
    return "";
  }

  /** The table's columns: from {@code cols} ({@code "3,1,1"}, {@code "2*1,3"} or a number), else the first line's. */
  private static int columns(String attributes, String firstLine) {
    Matcher m = COLS.matcher(attributes);
    if (m.find()) {
      String cols = m.group(1).strip();
      if (cols.matches("\\d+")) {
        return Integer.parseInt(cols);
      }
      int n = 0;
      for (String c : cols.split("[,;]")) {
        Matcher r = REPEATED_COLS.matcher(c.strip());
        n += r.find() ? Integer.parseInt(r.group(1)) : 1;
      }
      return n;
    }
    int n = 0;
    for (Cell c : cells(new String[] {firstLine}, 0, 1)) {
      n += c.columns;
    }
    return n;
  }

  private record Cell(String text, int columns, int rows) {}

  /** The cells of lines {@code from} to {@code end}, in order, with their spans; a duplicated cell as often as it says. */
  private static List<Cell> cells(String[] lines, int from, int end) {
    List<Cell> cells = new ArrayList<>();
    StringBuilder text = null;
    int[] span = null;
    for (int k = from; k < end; k++) {
      String line = lines[k];
      int at = 0;
      while (true) {
        int bar = line.indexOf('|', at);
        String before = line.substring(at, bar < 0 ? line.length() : bar);
        Matcher spec = SPEC.matcher(before);
        boolean specified = bar >= 0 && spec.find();
        String content = specified ? before.substring(0, spec.start()) : before;
        if (text != null) {
          text.append(text.isEmpty() || content.isBlank() ? "" : "\n").append(content.strip());
        }
        if (bar < 0) {
          break;
        }
        if (text != null) {
          add(cells, text.toString(), span);
        }
        span = specified ? new int[] {number(spec.group(1)), number(spec.group(2)), number(spec.group(3))} : new int[] {1, 1, 1};
        text = new StringBuilder();
        at = bar + 1;
      }
    }
    if (text != null) {
      add(cells, text.toString(), span);
    }
    return cells;
  }

  private static void add(List<Cell> cells, String text, int[] span) {
    for (int d = 0; d < span[0]; d++) {
      cells.add(new Cell(text.strip(), span[1], span[2]));
    }
  }

  private static int number(String digits) {
    return digits == null || digits.isEmpty() ? 1 : Integer.parseInt(digits);
  }

  /** The cells laid out row by row over {@code columns} columns, skipping the places a span above covers. */
  private static String html(List<Cell> cells, int columns) {
    StringBuilder b = new StringBuilder("<table>");
    List<BitSet> covered = new ArrayList<>();
    int row = -1;
    int col = columns;
    for (Cell c : cells) {
      while (true) {
        if (col >= columns) {
          row++;
          col = 0;
          b.append(row == 0 ? "<tr>" : "</tr><tr>");
        }
        while (covered.size() <= row) {
          covered.add(new BitSet());
        }
        if (!covered.get(row).get(col)) {
          break;
        }
        col++;
      }
      for (int r = 0; r < c.rows(); r++) {
        while (covered.size() <= row + r) {
          covered.add(new BitSet());
        }
        covered.get(row + r).set(col, Math.min(columns, col + c.columns()));
      }
      TextTableHtml.appendCell(b, c.text(), c.columns(), c.rows());
      col += c.columns();
    }
    return b.append(row >= 0 ? "</tr>" : "").append("</table>").toString();
  }
}
