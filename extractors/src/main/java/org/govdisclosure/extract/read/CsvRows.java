package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.govdisclosure.extract.model.Cell;

/**
 * Rows of a table pasted as comma-separated values (a spreadsheet saved as CSV, its text copied into the report):
 * consecutive lines that each parse into the same number of fields, at least {@value #MIN_FIELDS}, one of them with
 * two fields that are counts alone, are rewritten as tab-separated rows, which the reader reads as any tab-separated
 * table. The run decides what a comma is: in such lines it parts cells, so {@code 47,317} there is two cells, never
 * forty-seven thousand (a spreadsheet quotes a number it prints with separators, {@code "1,024"}). Prose is no such
 * run: its commas are full-width, its counts carry their counters (3件), and its fields do not line up line after line.
 */
final class CsvRows {

  /** Fewer fields than this are no table row (a date, a phrase with one comma). */
  private static final int MIN_FIELDS = 3;
  private static final int MIN_LINES = 2;
  private static final char QUOTE = '"';
  private static final Pattern ORDINAL = Pattern.compile("\\(?\\d{1,2}[.、)]?\\D+");
  private static final Pattern VALUE = Pattern.compile("[-−]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:万元|元|亿元)?");

  private CsvRows() {}

  /** {@code lines} with each run of comma-separated rows rewritten as tab-separated cells. */
  static List<String> tabbed(List<String> lines) {
    List<String> out = null;
    int i = 0;
    while (i < lines.size()) {
      List<String> first = fields(lines.get(i));
      int end = i + 1;
      boolean values = first != null && hasTwoValues(first);
      while (first != null && end < lines.size()) {
        List<String> next = fields(lines.get(end));
        if (next == null || next.size() != first.size()) {
          break;
        }
        values |= hasTwoValues(next);
        end++;
      }
      if (first != null && end - i >= MIN_LINES && values) {
        out = out != null ? out : new ArrayList<>(lines);
        for (int j = i; j < end; j++) {
          out.set(j, String.join("\t", fields(lines.get(j))));
        }
      }
      i = first != null ? end : i + 1;
    }
    return out == null ? lines : out;
  }

  /** The line's fields, quotes taken off ({@code ""} inside quotes is one quote), or null when it is no CSV row. */
  static List<String> fields(String line) {
    if (line.indexOf(',') < 0 || line.indexOf('\t') >= 0 || line.indexOf('|') >= 0 || line.indexOf('\u2502') >= 0) {
      return null; // most lines: no comma; a markdown or box-drawn row is read by its own rules
    }
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == QUOTE && i + 1 < line.length() && line.charAt(i + 1) == QUOTE) {
          field.append(QUOTE);
          i++;
        } else if (c == QUOTE) {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == QUOTE && field.length() == 0) {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return quoted || fields.size() < MIN_FIELDS || !fields.stream().allMatch(CsvRows::isCell) ? null : fields;
  }

  /**
   * A table's cell: a value alone (full-width digits as any), or text with no digit but its ordinal's
   * ({@code 1.属于国家秘密}, {@code （1）属于}). A digit among words ({@code 其中自然人3件}) is a clause of a sentence.
   */
  private static boolean isCell(String field) {
    String f = Cell.Text.fold(field);
    int digit = 0;
    while (digit < f.length() && !Character.isDigit(f.charAt(digit))) {
      digit++;
    }
    return digit == f.length() || VALUE.matcher(f).matches() || ORDINAL.matcher(f).matches();
  }

  /** Whether at least two fields are a count or an amount alone ({@code 12}, {@code -3}, {@code 3500.00元}): a table's row. */
  private static boolean hasTwoValues(List<String> fields) {
    return fields.stream().filter(f -> VALUE.matcher(Cell.Text.fold(f)).matches()).limit(2).count() == 2;
  }
}
