package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.TraditionalForms;
import org.govdisclosure.extract.template.Ordinals;
import org.govdisclosure.extract.value.CellKind;
import org.govdisclosure.extract.value.Numerals;

/**
 * Rows of a table pasted as comma-separated values (a spreadsheet saved as CSV, its text copied into the report):
 * consecutive lines that each parse into the same number of fields, at least {@value #MIN_FIELDS}, one of them with
 * two fields that are counts alone (or {@value #MIN_LONG_LINES} ending with one), are rewritten as tab-separated rows, which the reader reads as any tab-separated
 * table. The run decides what a comma is: in such lines it parts cells, so {@code 47,317} there is two cells, never
 * forty-seven thousand (a spreadsheet quotes a number it prints with separators, {@code "1,024"}). Prose is no such
 * run: its commas are full-width, its counts stand among words (其中自然人3件), and its fields do not line up line after
 * line; a cell may print a count with its counter ({@code 3件}).
 */
final class CsvRows {

  /** Fewer fields than this are no table row (a date, a phrase with one comma). */
  private static final int MIN_FIELDS = 3;
  private static final int MIN_LINES = 2;
  /**
   * So many lines ending with a value alone make a run a table without two values on one line: an export that prints
   * a line per cell ({@code 一、本年新收…,自然人,12}), a row's worth of them at least.
   */
  private static final int MIN_LONG_LINES = 7;
  /** The most lines one quoted field's line breaks make one record of (a label wrapped a few characters a line). */
  private static final int MAX_RECORD_LINES = 12;
  private static final char QUOTE = '"';
  /**
   * What parts a row's fields: the comma, the semicolon an office suite's CSV export writes where the comma is a
   * locale's decimal mark, or the tab of such an export that quotes its fields (a tab-separated line without quotes
   * is read as tab-separated cells by the reader itself).
   */
  private static final String SEPARATORS = ",;\t";
  /**
   * A spreadsheet's text mark: a field opening with an apostrophe is text, the apostrophe no part of it (an OCR
   * service's CSV export writes {@code '12 } so that a spreadsheet keeps the cell as printed).
   */
  private static final char TEXT_MARK = '\'';
  /** A header naming a column with its year ({@code 2023年自然人}): a sheet comparing two years, no figure of a row. */
  private static final Pattern YEAR_HEADER = Pattern.compile(Numerals.YEAR + "\\D*");
  /**
   * Excel's text form of a figure, a formula giving a string ({@code ="0"}, quoted {@code "=""0"""}), as a sheet
   * exported with its counts kept as text writes them: the string is the cell.
   */
  private static final String FORMULA = "=";
  private static final Pattern FORMULA_TEXT = Pattern.compile(FORMULA + "\"([^\"]*)\"");
  /**
   * The heading an OCR service (Textract's CSV export) prints over the grid of its confidence in each cell: that grid
   * has the table's shape and is all figures, but none of them is the report's.
   */
  private static final Pattern CONFIDENCE_HEADING = Pattern.compile("(?i)\\s*'?\\s*confidence\\b.*");
  /**
   * A label with its ordinal ({@code 1.属于国家秘密}, {@code (1)属于}), also after its group's label where an export
   * joins them ({@code (三)不予公开1.属于国家秘密}, {@code 三、本年度办理结果/(三)不予公开/1.属于…}): a group opens with its
   * Chinese ordinal, or an Arabic one in brackets ({@code (3)不予公开1.属于国家秘密}), and the row's ordinal then has its mark.
   */
  private static final Pattern ORDINAL = Pattern.compile("(?:(?:\\([\\d" + Ordinals.NUMERALS + "]{1,3}\\)|[" + Ordinals.NUMERALS
      + "]{1,3}、)\\D*\\d{1,2}[.、)]|\\(?\\d{1,2}[.、)]?)\\D+");
  /**
   * A count or an amount alone, with its counter or unit if printed ({@code 2,927件}, {@code 3500.00元}), or a share
   * a sheet computes beside the counts ({@code 35.7%}); qualified by about ({@code 约1}) too, a cell the table reads
   * as no exact count.
   */
  static final Pattern VALUE = Pattern.compile("(?:" + CellKind.ABOUT + ")?[-−]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:"
      + Numerals.alternation(Numerals.MONEY_UNITS) + "|" + Numerals.alternation(Numerals.COUNTERS) + "|%)?");

  /**
   * A figure a reader doubts, still one cell of the row ({@code 0,1}, {@code 0/1}: two counts or a decimal comma in one
   * field), which the table reads as no count.
   */
  private static final Pattern DOUBTFUL = Pattern.compile("\\d+(?:[,/]\\d+)+");

  private CsvRows() {}

  /**
   * {@code lines} with each run of comma-separated rows rewritten as tab-separated cells. A quoted field may hold
   * line breaks (a wrapped label, as camelot and spreadsheets write it): its lines make one row, the label's pieces
   * joined as a wrapped cell's are.
   */
  static List<String> tabbed(List<String> lines) {
    List<String> out = null;
    int i = 0;
    while (i < lines.size()) {
      int end = recordEnd(lines, i);
      List<String> parts = split(record(lines, i, end)); // split once for both readings of the record
      String text = paddedText(parts, lines, end);
      if (text != null) {
        out = out != null ? out : new ArrayList<>(lines.subList(0, i));
        out.add(text);
        i = end;
        continue;
      }
      List<String> first = cells(parts);
      if (first == null) { // most lines: nothing made for them
        if (out != null) {
          out.add(lines.get(i));
        }
        i++;
        continue;
      }
      List<List<String>> rows = run(lines, end, first);
      int runEnd = runEnd(lines, end, rows.size());
      rows = JoinedColumns.parted(rows);
      if (rows == null) { // a joined column some row does not part as the others: every row's column is in doubt
        if (out != null) {
          out.addAll(lines.subList(i, runEnd));
        }
        i = runEnd;
        continue;
      }
      boolean values = false;
      int valueLast = 0;
      for (List<String> row : rows) {
        values = values || hasTwoValues(row);
        valueLast += endsWithValue(row) ? 1 : 0;
      }
      values |= valueLast >= MIN_LONG_LINES;
      int heading = i - 1;
      while (heading >= 0 && lines.get(heading).isBlank()) {
        heading--;
      }
      if (rows.size() >= MIN_LINES && values && heading >= 0 && CONFIDENCE_HEADING.matcher(lines.get(heading)).matches()) {
        out = out != null ? out : new ArrayList<>(lines.subList(0, i));
        out.subList(out.size() - (i - heading), out.size()).clear(); // the heading and its scores: nothing of the report
      } else if (rows.size() >= MIN_LINES && values) {
        out = out != null ? out : new ArrayList<>(lines.subList(0, i));
        int edge = rightEdge(rows);
        for (List<String> row : rows) {
          out.add(String.join("\t", row.subList(0, Math.min(edge, row.size()))));
        }
      } else if (out != null) {
        out.addAll(lines.subList(i, runEnd));
      }
      i = runEnd;
    }
    if (out != null) {
      out.replaceAll(CsvRows::unquotedField);
    }
    return out == null ? lines : out;
  }

  /** The line after a run of {@code records} records, the first of which ends before line {@code end}. */
  private static int runEnd(List<String> lines, int end, int records) {
    int after = end;
    for (int r = 1; r < records; r++) {
      after = recordEnd(lines, after);
    }
    return after;
  }

  /**
   * The fields of the run of records from the one {@code first} is (the record before line {@code end}): the records
   * after it with as many fields, each read once.
   */
  private static List<List<String>> run(List<String> lines, int end, List<String> first) {
    List<List<String>> rows = new ArrayList<>(List.of(first));
    int runEnd = end;
    while (runEnd < lines.size()) {
      int nextEnd = recordEnd(lines, runEnd);
      List<String> nextParts = split(record(lines, runEnd, nextEnd));
      List<String> next = cells(nextParts);
      if (next == null || next.size() != first.size() || paddedText(nextParts, lines, nextEnd) != null) {
        break;
      }
      rows.add(next);
      runEnd = nextEnd;
    }
    return rows;
  }

  /**
   * A line that is one quoted field, in a text holding comma-separated rows: a record the export wrote with one field
   * (a title, heading or caption, quoted as every field is where all are: {@code "三、收到和处理政府信息公开申请情况"}),
   * its text without the quotes. Any other line as it is.
   */
  private static String unquotedField(String line) {
    if (line.length() < 2 || line.charAt(0) != QUOTE || line.charAt(line.length() - 1) != QUOTE) {
      return line;
    }
    String inside = line.substring(1, line.length() - 1);
    String field = inside.replace("\"\"", "");
    return field.indexOf(QUOTE) >= 0 || field.chars().anyMatch(c -> SEPARATORS.indexOf(c) >= 0) ? line : inside.replace("\"\"", "\""); // one field alone
  }

  /**
   * The text of a spreadsheet's row that holds a line of the report, not a table's row: a spreadsheet saves every row
   * padded to the sheet's width, so a title, heading or paragraph typed in the first column comes out as its text
   * and empty fields ({@code 一、总体情况,,,,,,}; an empty row as commas only, a blank line). Null for any other
   * record, and for such a row above a row of values: there it is a table's group label ({@code （三）不予公开,,,}
   * above {@code 1.属于国家秘密,0,0,…}), its empty cells drawn across the table. {@code fields}: the record's, split
   * ({@link #split}); {@code end}: the line after it.
   */
  private static String paddedText(List<String> fields, List<String> lines, int end) {
    if (fields == null || fields.size() < MIN_FIELDS || !fields.subList(1, fields.size()).stream().allMatch(String::isEmpty)) {
      return null;
    }
    if (!fields.get(0).isEmpty() && end < lines.size()) {
      List<String> next = fields(record(lines, end, recordEnd(lines, end)));
      if (next != null && hasTwoValues(next)) {
        return null;
      }
    }
    return fields.get(0);
  }

  /**
   * Where a run's table ends on the right: a spreadsheet saves each row as wide as the sheet, so a table narrower than
   * another of the sheet ends in fields empty in every row. The edge is the last field any row fills, where a header
   * ends there (a row of several filled fields whose last is words, like 总计); without such a header (a table
   * continued without it, whose last column may be blank throughout) every field is kept.
   */
  private static int rightEdge(List<List<String>> rows) {
    int edge = 0;
    boolean headed = false;
    for (List<String> row : rows) {
      int end = row.size();
      while (end > 0 && row.get(end - 1).isBlank()) {
        end--;
      }
      if (end > 0 && row.stream().filter(f -> !f.isBlank()).count() > 1) {
        boolean header = row.get(end - 1).codePoints().anyMatch(Character::isLetter);
        headed = end > edge ? header : headed || end == edge && header;
        edge = Math.max(edge, end);
      }
    }
    return headed ? edge : Integer.MAX_VALUE;
  }

  /** The line after the record opening at line {@code from}: a quote left open runs it on over the next lines. */
  private static int recordEnd(List<String> lines, int from) {
    int quotes = 0;
    int end = from;
    do {
      String line = lines.get(end++);
      for (int k = 0; k < line.length(); k++) {
        quotes += line.charAt(k) == QUOTE ? 1 : 0;
      }
    } while (quotes % 2 == 1 && end < lines.size() && end - from < MAX_RECORD_LINES);
    return quotes % 2 == 1 ? from + 1 : end;
  }

  /** Lines {@code from} to {@code end} as one record, a label's pieces joined as a wrapped cell's are (no space). */
  private static String record(List<String> lines, int from, int end) {
    return end == from + 1 ? lines.get(from) : String.join("", lines.subList(from, end));
  }

  /** The line's fields, quotes taken off ({@code ""} inside quotes is one quote), or null when it is no CSV row. */
  static List<String> fields(String line) {
    return cells(split(line));
  }

  /**
   * The record's fields ({@link #split}) where they make a CSV row, else null; a field may be counts an extractor
   * joined by spaces ({@link JoinedColumns}).
   */
  private static List<String> cells(List<String> fields) {
    return fields == null || fields.size() < MIN_FIELDS
        || !fields.stream().allMatch(f -> isCell(f) || JoinedColumns.isJoined(f)) ? null : fields;
  }

  /**
   * The line's fields, whatever they hold, parted by the first of {@link #SEPARATORS} that parts it into
   * {@value #MIN_FIELDS} fields or more; null when none does.
   */
  private static List<String> split(String line) {
    List<String> fields = null;
    for (int k = 0; k < SEPARATORS.length() && (fields == null || fields.size() < MIN_FIELDS); k++) {
      fields = split(line, SEPARATORS.charAt(k));
    }
    return fields;
  }

  /**
   * The line's fields, or null when it has no {@code separator}, a quote left open, another table's marks, or tabs
   * and no quote.
   */
  private static List<String> split(String line, char separator) {
    boolean tabbed = line.indexOf('\t') >= 0;
    if (line.indexOf(separator) < 0 || tabbed != (separator == '\t') || tabbed && line.indexOf(QUOTE) < 0
        || line.indexOf('|') >= 0 || line.indexOf('\u2502') >= 0) {
      return null; // most lines: no separator; a markdown or box-drawn row is read by its own rules
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
      } else if (c == separator) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    if (quoted) {
      return null;
    }
    for (int f = 0; f < fields.size(); f++) {
      String text = fields.get(f);
      if (!text.isEmpty() && text.charAt(0) == TEXT_MARK) {
        fields.set(f, text.substring(1).strip());
      } else if (text.startsWith(FORMULA)) { // most fields are no formula: no matcher made for them
        Matcher formula = FORMULA_TEXT.matcher(text);
        if (formula.matches()) {
          fields.set(f, formula.group(1));
        }
      }
    }
    return fields;
  }

  /**
   * A table's cell: a value alone (full-width digits as any) or a doubtful one ({@link #DOUBTFUL}), or text with no
   * digit but its ordinal's ({@code 1.属于国家秘密}, {@code （1）属于}) or a year's ({@code 2023年自然人}). A digit among words
   * ({@code 其中自然人3件}) is a clause of a sentence.
   */
  private static boolean isCell(String field) {
    String f = folded(field);
    int digit = 0;
    while (digit < f.length() && !Character.isDigit(f.charAt(digit))) {
      digit++;
    }
    return digit == f.length() || VALUE.matcher(f).matches() || ORDINAL.matcher(f).matches() || YEAR_HEADER.matcher(f).matches()
        || DOUBTFUL.matcher(f).matches();
  }

  /**
   * A field as {@link #VALUE} reads it: folded, and in Simplified script, since the reader comes before the document is
   * simplified and a mirror prints an amount's unit in Traditional ({@code 429.28萬元}).
   */
  static String folded(String field) {
    return Cell.Text.fold(TraditionalForms.simplify(field));
  }

  private static boolean endsWithValue(List<String> fields) {
    return VALUE.matcher(folded(fields.get(fields.size() - 1))).matches();
  }

  /** Whether at least two fields are a count or an amount alone ({@code 12}, {@code -3}, {@code 3件}, {@code 3500.00元}): a table's row. */
  private static boolean hasTwoValues(List<String> fields) {
    int values = 0;
    for (int i = 0; i < fields.size() && values < 2; i++) {
      values += VALUE.matcher(folded(fields.get(i))).matches() ? 1 : 0;
    }
    return values == 2;
  }
}
