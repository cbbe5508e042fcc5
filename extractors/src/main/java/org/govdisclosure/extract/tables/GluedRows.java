package org.govdisclosure.extract.tables;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;
import org.govdisclosure.extract.spi.ReportContext;
import org.govdisclosure.extract.spi.Warning;

/**
 * Table rows a crawler glued into prose ({@code 一、本年新收政府信息公开申请数量801000081二、上年结转…}): the
 * template's labels are found in order, the digits after each are split by the row's own identity, and a row is
 * recovered only when exactly one split satisfies it, alone or together with the table's other rows. Otherwise its
 * values stay empty, with a warning.
 */
final class GluedRows {

  /** How far a label may run on after its distinctive phrase before its digits start. */
  private static final int MAX_LABEL_TAIL = 60;
  private static final String ORDINAL_MARKS = ".．、";
  /** Counter words that follow a number in a sentence but never a glued table cell. */
  private static final String COUNTERS = "件条项个次人例宗份";
  private static final int APPLICANTS = 6;
  private static final Predicate<int[]> ROW_SUM = v -> sum(v, 0, APPLICANTS) == v[APPLICANTS];
  /** More readings than this make a row's digits too loose to be worth settling by the column sums. */
  private static final int MAX_READINGS = 16;
  private static final int OUTCOMES = 4;
  private static final int REVIEW_CELLS = 15;
  private static final String REVIEW_HEADER_END = "总计";
  private static final String ROW_SUMS = "its digits and the row's sums";

  private GluedRows() {}

  /**
   * Section 三's rows recovered from its paragraphs, as table rows of a label cell and seven value cells. A row its
   * own sum lets split several ways is settled when the table's column sums allow only one ({@link ColumnIdentities}).
   */
  static List<Row> applications(List<Block> section, List<ApplicationRow> order, ReportContext context) {
    String text = text(section);
    Map<ApplicationRow, String> runs = new EnumMap<>(ApplicationRow.class);
    Map<ApplicationRow, List<int[]>> readings = new EnumMap<>(ApplicationRow.class);
    int pos = 0;
    for (ApplicationRow row : order) {
      int at = text.indexOf(row.anchor(), pos);
      if (at < 0) {
        continue;
      }
      int digits = firstDigit(text, at + row.anchor().length());
      if (digits < 0) {
        continue;
      }
      int end = endOfDigits(text, digits);
      if (end < text.length() && COUNTERS.indexOf(text.charAt(end)) >= 0) {
        continue; // 予以公开7件 is a sentence, not a glued row
      }
      pos = end;
      String run = text.substring(digits, end);
      // The next row's ordinal (2.其他法律…) is glued to this row's last digit.
      if (end < text.length() && ORDINAL_MARKS.indexOf(text.charAt(end)) >= 0 && run.length() > 1) {
        run = run.substring(0, run.length() - 1);
      }
      runs.put(row, run);
      readings.put(row, readings(run));
    }
    Map<ApplicationRow, int[]> settled = ColumnIdentities.settle(order, readings);
    // Without a single certain row this is no glued table, and a false start leaves no trace.
    if (settled.isEmpty()) {
      return List.of();
    }
    List<Row> rows = new ArrayList<>();
    for (ApplicationRow row : order) {
      String run = runs.get(row);
      if (run != null) {
        int[] values = settled.get(row);
        rows.add(row(row.anchor(), values, run));
        String sums = readings.get(row).size() > 1 ? "its digits, the row's sums and the table's column sums" : ROW_SUMS;
        Warning note = note("section 三 row " + row.key(), run, values, sums);
        context.warn(note.code(), note.message());
      }
    }
    return rows;
  }

  /** The splits of a row's digits that its six applicant columns sum to its 总计; none when too many to weigh. */
  private static List<int[]> readings(String run) {
    List<int[]> readings = DigitSplits.upTo(run, APPLICANTS + 1, ROW_SUM, MAX_READINGS);
    return readings.size() > MAX_READINGS ? List.of() : readings;
  }

  /** Section 四's fifteen values, glued after its last header cell 总计, split by each proceeding's sum. */
  static Row review(List<Block> section, ReportContext context) {
    String text = text(section);
    int header = text.lastIndexOf(REVIEW_HEADER_END);
    int digits = header < 0 ? -1 : firstDigit(text, header + REVIEW_HEADER_END.length());
    if (digits < 0 || digits != header + REVIEW_HEADER_END.length()) {
      return null;
    }
    String run = text.substring(digits, endOfDigits(text, digits));
    Predicate<int[]> blockSums = v -> {
      for (int b = 0; b < REVIEW_CELLS; b += OUTCOMES + 1) {
        if (sum(v, b, b + OUTCOMES) != v[b + OUTCOMES]) {
          return false;
        }
      }
      return true;
    };
    int[] values = DigitSplits.unique(run, REVIEW_CELLS, blockSums);
    Warning note = note("section 四", run, values, ROW_SUMS);
    context.warn(note.code(), note.message());
    return row(null, values, run);
  }

  /** A label cell (when given) and the split values, or the unsplit run as one cell, which reads as no values. */
  private static Row row(String label, int[] values, String run) {
    List<Cell> cells = new ArrayList<>();
    if (label != null) {
      cells.add(new Cell(label));
    }
    if (values == null) {
      cells.add(new Cell(run));
    } else {
      for (int v : values) {
        cells.add(new Cell(Integer.toString(v)));
      }
    }
    return new Row(cells);
  }

  private static Warning note(String where, String run, int[] values, String sums) {
    return values == null
        ? new Warning("glued_row_ambiguous", where + ": glued digits '" + run + "' split more than one way or none; left empty")
        : new Warning("glued_row_split", where + ": glued digits '" + run + "' split the only way " + sums + " allow");
  }

  /** The section's text in reading order, table cells included: a half-spaced page may have been cut into cells. */
  private static String text(List<Block> blocks) {
    StringBuilder b = new StringBuilder();
    for (Block block : blocks) {
      if (block instanceof Paragraph p) {
        b.append(p.text());
      } else if (block instanceof Table t) {
        for (Row r : t.rows()) {
          r.cells().forEach(c -> b.append(c.text()));
        }
      }
    }
    return b.toString();
  }

  private static int firstDigit(String text, int from) {
    for (int i = from; i < text.length() && i < from + MAX_LABEL_TAIL; i++) {
      if (Character.isDigit(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static int endOfDigits(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  private static long sum(int[] v, int from, int to) {
    long s = 0;
    for (int i = from; i < to; i++) {
      s += v[i];
    }
    return s;
  }
}
