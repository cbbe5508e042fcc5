package org.govdisclosure.extract.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tables in MediaWiki markup, as a wiki's source or a converter to it writes them: between {@code {|} and {@code |}},
 * {@code |-} opening each row, its cells on lines opened by {@code |} (headers {@code !}), several on a line parted by
 * {@code ||} ({@code !!}), a cell's attributes before a single {@code |} in it ({@code rowspan="8" | （三）不予公开}).
 * Read as the HTML table they stand for, so that merged cells are expanded as the HTML reader expands them; the
 * attributes' figures and the caption ({@code |+}) are no cells.
 */
final class WikiTables {

  /** A cell's attributes before its text ({@code colspan="3" style="x" |}). */
  private static final Pattern ATTRIBUTES = Pattern.compile("^\\s*((?:[a-zA-Z-]+\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s|\"']+)\\s*)+)\\|(?!\\|)");
  /** A line break in a cell's text ({@code <br />}), kept as the cell's line break. */
  private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");
  private static final Pattern SPAN = Pattern.compile("(?i)\\b(rowspan|colspan)\\s*=\\s*[\"']?(\\d{1,3})");

  private WikiTables() {}

  /** {@code text} with each MediaWiki table replaced by an HTML table; the text itself if none. */
  static String asHtml(String text) {
    if (!text.contains("{|")) {
      return text;
    }
    String[] lines = text.split("\n", -1);
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < lines.length) {
      int end = lines[i].strip().startsWith("{|") ? closing(lines, i + 1) : -1;
      if (end < 0) {
        out.append(lines[i]).append('\n');
        i++;
        continue;
      }
      out.append(html(lines, i + 1, end)).append('\n');
      i = end + 1;
    }
    return out.substring(0, out.length() - 1);
  }

  private static int closing(String[] lines, int from) {
    for (int k = from; k < lines.length; k++) {
      String line = lines[k].strip();
      if (line.startsWith("|}")) {
        return k;
      }
      if (line.startsWith("{|")) {
        return -1; // nested tables: left as text
      }
    }
    return -1;
  }

  private static String html(String[] lines, int from, int end) {
    StringBuilder b = new StringBuilder("<table>");
    boolean rowOpen = false;
    boolean cellOpen = false;
    for (int k = from; k < end; k++) {
      String line = lines[k].strip();
      if (line.startsWith("|+")) {
        continue;
      }
      if (line.startsWith("|-")) {
        b.append(cellOpen ? "</td>" : "").append(rowOpen ? "</tr>" : "").append("<tr>");
        rowOpen = true;
        cellOpen = false;
        continue;
      }
      boolean header = line.startsWith("!");
      if (!header && !line.startsWith("|")) {
        if (cellOpen && !line.isEmpty()) {
          b.append("<br>").append(TextTableHtml.cell(line)); // a cell's text goes on over lines
        }
        continue;
      }
      if (!rowOpen) {
        b.append("<tr>");
        rowOpen = true;
      }
      for (String cell : line.substring(1).split(header ? "!!|\\|\\|" : "\\|\\|", -1)) {
        b.append(cellOpen ? "</td>" : "").append(cell(cell));
        cellOpen = true;
      }
    }
    return b.append(cellOpen ? "</td>" : "").append(rowOpen ? "</tr>" : "").append("</table>").toString();
  }

  /** A cell's opening tag with its spans, and its text. */
  private static String cell(String source) {
    Matcher a = ATTRIBUTES.matcher(source);
    StringBuilder b = new StringBuilder("<td");
    String text = source;
    if (a.find()) {
      Matcher span = SPAN.matcher(a.group(1));
      while (span.find()) {
        b.append(' ').append(span.group(1).toLowerCase()).append("=\"").append(span.group(2)).append('"');
      }
      text = source.substring(a.end());
    }
    return b.append('>').append(TextTableHtml.cell(BREAK.matcher(text.strip()).replaceAll("\n"))).toString();
  }
}
