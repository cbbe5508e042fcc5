package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * reStructuredText list tables, as converters to RST write a table ({@code .. list-table::}): each row a bullet
 * ({@code * - cell}), each further cell a dash below it ({@code - cell}), an empty dash an empty cell, a cell's text
 * wrapped onto lines indented under it. Read as the HTML table they stand for, one cell per dash, so that an empty
 * cell keeps its place; the directive's options ({@code :header-rows: 3}, {@code :widths: 30 10}) are no text.
 */
final class RstListTables {

  private static final String DIRECTIVE = ".. list-table::";
  private static final Pattern OPTION = Pattern.compile("^\\s+:[\\w-]+:.*$");
  private static final Pattern ROW = Pattern.compile("^\\s*\\*\\s+-(?:\\s+(.*))?$");
  private static final Pattern CELL = Pattern.compile("^\\s*-(?:\\s+(.*))?$");

  private RstListTables() {}

  /** {@code text} with each list table replaced by an HTML table; the text itself if none. */
  static String asHtml(String text) {
    if (!text.contains(DIRECTIVE)) {
      return text;
    }
    String[] lines = text.split("\n", -1);
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < lines.length) {
      if (!lines[i].strip().startsWith(DIRECTIVE)) {
        out.append(lines[i++]).append('\n');
        continue;
      }
      String title = lines[i].strip().substring(DIRECTIVE.length()).strip();
      if (!title.isEmpty()) {
        out.append(title).append('\n');
      }
      List<List<StringBuilder>> rows = new ArrayList<>();
      int k = i + 1;
      for (; k < lines.length && (lines[k].isBlank() || Character.isWhitespace(lines[k].charAt(0))); k++) {
        Matcher row = ROW.matcher(lines[k]);
        Matcher cell = CELL.matcher(lines[k]);
        if (row.matches()) {
          rows.add(new ArrayList<>());
          rows.get(rows.size() - 1).add(text(row.group(1)));
        } else if (cell.matches() && !rows.isEmpty()) {
          rows.get(rows.size() - 1).add(text(cell.group(1)));
        } else if (!lines[k].isBlank() && !OPTION.matcher(lines[k]).matches() && !rows.isEmpty()) {
          List<StringBuilder> last = rows.get(rows.size() - 1);
          last.get(last.size() - 1).append(last.get(last.size() - 1).isEmpty() ? "" : "\n").append(lines[k].strip());
        }
      }
      out.append(html(rows)).append('\n');
      i = k;
    }
    return out.substring(0, out.length() - 1);
  }

  private static StringBuilder text(String printed) {
    return new StringBuilder(printed == null ? "" : printed.strip());
  }

  private static String html(List<List<StringBuilder>> rows) {
    StringBuilder b = new StringBuilder("<table>");
    for (List<StringBuilder> row : rows) {
      b.append("<tr>");
      for (StringBuilder cell : row) {
        TextTableHtml.appendCell(b, cell.toString(), 1, 1);
      }
      b.append("</tr>");
    }
    return b.append("</table>").toString();
  }
}
