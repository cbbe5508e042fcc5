package org.govdisclosure.extract.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;
import org.govdisclosure.extract.spi.ReportContext;
import org.govdisclosure.extract.spi.Warning;

/**
 * Section 四's table glued into prose by a crawler ({@code …尚未审结总计10203120001200000}): the digits after the
 * header are split the only way they allow, or else the only way each proceeding's sum allows. Otherwise its values
 * stay empty, with a warning. (Section 三's glued rows are read by {@link SectionDecoder}.)
 */
final class GluedRows {

  /** How far a label may run on after its distinctive phrase before its digits start. */
  private static final int MAX_LABEL_TAIL = 60;
  private static final int OUTCOMES = 4;
  private static final int REVIEW_CELLS = 15;
  private static final String REVIEW_HEADER_END = "总计";
  private static final String ROW_SUMS = "its digits and the row's sums";

  private GluedRows() {}

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
