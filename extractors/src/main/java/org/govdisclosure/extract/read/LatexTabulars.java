package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LaTeX tables, as PDF-to-markdown converters that write tables in LaTeX print them (Mathpix, Nougat): between
 * {@code \begin{tabular}{…}} and {@code \end{tabular}}, rows ended by {@code \\} (maybe {@code \\[2pt]}), cells
 * apart by {@code &}, merged cells as {@code \multicolumn{3}{|c|}{…}} and {@code \multirow{8}{*}{…}}, rules
 * ({@code \hline}, {@code \cline{2-9}}) no cells. A place a {@code \multirow} above covers is printed as an empty
 * cell ({@code & &}): it is the merged cell, not a blank one, so it is left out as HTML leaves it out. Read as the HTML
 * table they stand for, so that merged cells are expanded as the HTML reader expands them, and a blank cell keeps its
 * place between its {@code &}s.
 */
final class LatexTabulars {

  private static final Pattern BEGIN = Pattern.compile("\\\\begin\\{(tabular[x*]?|longtable|array)\\}");
  /** Rules between rows, and the booktabs ones. */
  private static final Pattern RULE = Pattern.compile("\\\\(?:hline|cline\\{[^}]*}|toprule|midrule|bottomrule|cmidrule(?:\\([^)]*\\))?\\{[^}]*})");
  /** A command that only styles its argument ({@code \textbf{…}}, {@code \makecell{…}}): the argument is the text. */
  private static final Pattern STYLE = Pattern.compile("\\\\(?:text(?:bf|it|rm|normal)?|mathrm|mbox|makecell|shortstack)(?:\\[[^\\]]*])?\\{");
  /** A backslash escape of a mark ({@code \%}, {@code \&}, {@code \_}). */
  private static final Pattern ESCAPE = Pattern.compile("\\\\([%&_#$])");

  private LatexTabulars() {}

  /** {@code text} with each tabular replaced by an HTML table; the text itself if none. */
  static String asHtml(String text) {
    if (text.indexOf("\\begin{") < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    Matcher begin = BEGIN.matcher(text);
    int from = 0;
    while (begin.find(from)) {
      String end = "\\end{" + begin.group(1) + "}";
      int close = text.indexOf(end, begin.end());
      if (close < 0) {
        break;
      }
      int body = afterArgument(text, begin.end());
      out.append(text, from, begin.start()).append(html(rows(text.substring(body, close))));
      from = close + end.length();
    }
    return out.append(text, from, text.length()).toString();
  }

  /** Where the column specification ({@code {|c|c|}}, after an optional {@code [t]}) after {@code at} ends. */
  private static int afterArgument(String text, int at) {
    int i = at;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '[')) {
      i = text.charAt(i) == '[' ? Math.max(i + 1, text.indexOf(']', i) + 1) : i + 1;
    }
    return i < text.length() && text.charAt(i) == '{' ? closingBrace(text, i) + 1 : at;
  }

  /** The index of the brace closing the one at {@code open}, or the text's last index if it is not closed. */
  private static int closingBrace(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return text.length() - 1;
  }

  private record Cell(String text, int columns, int rows) {}

  /** The body's rows of cells, split at {@code \\} and {@code &} outside braces. */
  private static List<List<Cell>> rows(String body) {
    List<List<Cell>> rows = new ArrayList<>();
    List<Cell> row = new ArrayList<>();
    int depth = 0;
    int start = 0;
    String b = RULE.matcher(body).replaceAll(" ");
    for (int i = 0; i < b.length(); i++) {
      char c = b.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      } else if (c == '&' && depth == 0) {
        row.add(cell(b.substring(start, i)));
        start = i + 1;
      } else if (c == '\\' && i + 1 < b.length()) {
        if (b.charAt(i + 1) == '\\' && depth == 0) {
          row.add(cell(b.substring(start, i)));
          rows.add(row);
          row = new ArrayList<>();
          start = afterRowEnd(b, i + 2);
        }
        i++;
      }
    }
    if (!b.substring(start).isBlank() || !row.isEmpty()) {
      row.add(cell(b.substring(start)));
      rows.add(row);
    }
    return rows;
  }

  /** Where the next row starts after a row's {@code \\}: past its {@code *} and its space {@code [2pt]}, if any. */
  private static int afterRowEnd(String b, int at) {
    int i = at < b.length() && b.charAt(at) == '*' ? at + 1 : at;
    int close = i < b.length() && b.charAt(i) == '[' ? b.indexOf(']', i) : -1;
    return close > 0 ? close + 1 : i;
  }

  /** A cell's text and spans from its {@code \multicolumn} and {@code \multirow} (either inside the other). */
  private static Cell cell(String printed) {
    String s = printed.strip();
    int columns = 1;
    int rows = 1;
    while (true) {
      if (s.startsWith("\\multicolumn{")) {
        List<String> args = arguments(s, "\\multicolumn".length(), 3);
        columns = Math.max(1, number(args.get(0)));
        s = args.get(2).strip();
      } else if (s.startsWith("\\multirow{") || s.startsWith("\\multirow[")) {
        int at = s.startsWith("\\multirow[") ? s.indexOf(']') + 1 : "\\multirow".length();
        List<String> args = arguments(s, at, 3);
        rows = Math.max(1, number(args.get(0)));
        s = args.get(2).strip();
      } else {
        break;
      }
    }
    return new Cell(text(s), columns, rows);
  }

  /** {@code count} brace arguments from {@code at}; empty strings for those missing. */
  private static List<String> arguments(String s, int at, int count) {
    List<String> args = new ArrayList<>();
    int i = at;
    while (args.size() < count) {
      while (i < s.length() && s.charAt(i) == ' ') {
        i++;
      }
      if (i >= s.length() || s.charAt(i) != '{') {
        args.add("");
        continue;
      }
      int close = closingBrace(s, i);
      args.add(s.substring(i + 1, close));
      i = close + 1;
    }
    return args;
  }

  private static int number(String digits) {
    try {
      return Integer.parseInt(digits.strip());
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** The cell's text without its styling commands and escapes; a line break inside it ({@code \\}) kept. */
  private static String text(String s) {
    String t = s;
    for (Matcher m = STYLE.matcher(t); m.find(); m = STYLE.matcher(t)) {
      int close = closingBrace(t, m.end() - 1);
      t = t.substring(0, m.start()) + t.substring(m.end(), close) + t.substring(Math.min(t.length(), close + 1));
    }
    return ESCAPE.matcher(t.replace("\\\\", "\n")).replaceAll("$1").strip();
  }

  /** The rows as an HTML table, leaving out the empty cells in the places a {@code \multirow} above covers. */
  private static String html(List<List<Cell>> rows) {
    StringBuilder b = new StringBuilder("<table>");
    List<BitSet> covered = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      while (covered.size() <= r) {
        covered.add(new BitSet());
      }
      b.append("<tr>");
      int col = 0;
      for (Cell c : rows.get(r)) {
        boolean underSpan = covered.get(r).get(col);
        if (!(underSpan && c.text().isEmpty())) {
          TextTableHtml.appendCell(b, c.text(), c.columns(), c.rows());
          for (int d = 1; d < c.rows(); d++) {
            while (covered.size() <= r + d) {
              covered.add(new BitSet());
            }
            covered.get(r + d).set(col, col + c.columns());
          }
        }
        col += c.columns();
      }
      b.append("</tr>");
    }
    return b.append("</table>").toString();
  }
}
