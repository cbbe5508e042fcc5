package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rows of a table printed as Python lists, as a script prints what pdfplumber's or camelot's {@code extract_table}
 * returns ({@code ['（一）予以公开', None, '3', '0']}): consecutive lines that each are such a list of quoted strings
 * and {@code None}, at least {@value #MIN_ROWS}, are rewritten as tab-separated rows, which the reader reads as any
 * tab-separated table; {@code None} (a place a merged cell covers) and {@code ''} are blank cells, and a string's
 * escaped line breaks ({@code '一、本年新收\n政府信息'}, a label wrapped in its cell) are joined as a wrapped cell's
 * are. The brackets opening and closing the list of rows are dropped with them. So too a YAML list of such rows in
 * flow style ({@code - [（一）予以公开, "3", 0件, null]}), whose cells may be plain scalars; {@code null} and {@code ~}
 * are blank; and a YAML mapping of labels to such lists ({@code 1.属于国家秘密: [0, 1, ~]}), the label the row's first
 * cell.
 */
final class PythonListRows {

  private static final int MIN_ROWS = 2;
  /** A list's line: brackets around items, maybe a comma after it. */
  private static final Pattern LIST_LINE = Pattern.compile("^\\s*\\[.*\\],?\\s*$");
  private static final Pattern BRACKET_LINE = Pattern.compile("^\\s*[\\[\\]],?\\s*$");
  private static final String NONE = "None";
  /** A YAML list item's mark before a flow sequence. */
  private static final Pattern YAML_ITEM = Pattern.compile("^\\s*-\\s+\\[.*\\]\\s*$");
  /** A YAML mapping's key, then a flow sequence as its value. */
  private static final Pattern YAML_KEYED = Pattern.compile("^\\s*([^\\[\\]\\s][^\\[\\]]*?)\\s*[:：]\\s*(\\[.*\\])\\s*$");
  private static final Set<String> YAML_NULLS = Set.of("null", "~", "Null", "NULL");

  private PythonListRows() {}

  /** {@code lines} with each run of list rows rewritten as tab-separated cells; the lines themselves if none. */
  static List<String> tabbed(List<String> lines) {
    List<String> out = null;
    int i = 0;
    while (i < lines.size()) {
      int end = i;
      List<String> rows = List.of(); // made for a list's line only: most lines are none
      for (List<String> cells; end < lines.size() && (cells = cells(lines.get(end))) != null; end++) {
        rows = rows.isEmpty() ? new ArrayList<>() : rows;
        rows.add(String.join("\t", cells));
      }
      if (rows.size() < MIN_ROWS) {
        if (out != null) {
          out.add(lines.get(i));
        }
        i++;
        continue;
      }
      int from = i > 0 && BRACKET_LINE.matcher(lines.get(i - 1)).matches() ? i - 1 : i;
      out = out != null ? out : new ArrayList<>(lines.subList(0, i));
      if (from < i) {
        out.remove(out.size() - 1);
      }
      out.addAll(rows);
      i = end < lines.size() && BRACKET_LINE.matcher(lines.get(end)).matches() ? end + 1 : end;
    }
    return out == null ? lines : out;
  }

  /** The line's cells, or null when it is no list of strings and {@code None}. */
  static List<String> cells(String line) {
    if (line.indexOf('[') < 0) {
      return null;
    }
    boolean yaml = YAML_ITEM.matcher(line).matches();
    if (!yaml && !LIST_LINE.matcher(line).matches()) {
      Matcher keyed = YAML_KEYED.matcher(line);
      List<String> cells = keyed.matches() ? cells("- " + keyed.group(2)) : null;
      if (cells != null) {
        cells.add(0, keyed.group(1));
      }
      return cells;
    }
    String s = yaml ? line.strip().substring(1).strip() : line.strip();
    int at = 1;
    int close = s.lastIndexOf(']');
    List<String> cells = new ArrayList<>();
    while (at < close) {
      while (at < close && (s.charAt(at) == ' ' || s.charAt(at) == ',')) {
        at++;
      }
      if (at >= close) {
        break;
      }
      char c = s.charAt(at);
      if (s.startsWith(NONE, at)) {
        cells.add("");
        at += NONE.length();
      } else if (c == '\'' || c == '"') {
        StringBuilder cell = new StringBuilder();
        int k = at + 1;
        for (; k < close && s.charAt(k) != c; k++) {
          char ch = s.charAt(k);
          if (ch == '\\' && k + 1 < close) {
            char escaped = s.charAt(++k);
            // a line break inside a cell is where its label wrapped: the pieces join
            cell.append(escaped == 'n' || escaped == 'r' ? "" : escaped == 't' ? " " : String.valueOf(escaped));
          } else {
            cell.append(ch);
          }
        }
        if (k >= close) {
          return null;
        }
        cells.add(cell.toString());
        at = k + 1;
      } else if (yaml) {
        int end = s.indexOf(',', at);
        String scalar = s.substring(at, end < 0 || end > close ? close : end).strip();
        cells.add(YAML_NULLS.contains(scalar) ? "" : scalar);
        at = end < 0 || end > close ? close : end;
      } else {
        return null; // a number or a name: some other list, not a table's row of cells
      }
    }
    return cells.size() < 2 ? null : cells;
  }
}
