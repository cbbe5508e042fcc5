package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.read.PdfColumns.Span;

/**
 * Row labels wrapped a character a line down a column narrower than a character and a half ({@code （二）} over
 * {@code 部} / {@code 分} / {@code 公} / {@code 开} …), as a three-line table without column widths prints them. A line
 * printing nothing but one such character (with its punctuation) under a label of a table row, starting where that
 * label starts, goes on that label: a row's own label is never one character, and the line prints no value nor
 * another cell that could make it a row of its own.
 */
final class PdfWrappedLabels {

  /** One Han character, with the punctuation it was printed with ({@code (区}, {@code 的,}, {@code 形)}). */
  private static final Pattern ONE_CHARACTER = Pattern.compile("\\p{P}*\\p{IsHan}\\p{P}*");
  /** A label and the character below start this close, in ems. */
  private static final float ALIGN_EM = 0.25f;
  /**
   * The character is on the next printed line: less than two ems lower (lines are about one and a half apart; a
   * bracket in the digits' font has its middle a little lower than a Han character's).
   */
  private static final float NEXT_LINE_EM = 2f;

  private PdfWrappedLabels() {}

  /**
   * The index of the label in {@code row} that the one-character line {@code line} continues: starting where it
   * starts, printed on the line right above it (at height {@code above}: the label's own where NaN), or on the last
   * page ({@code pageBreak}); -1 if the line is not one character, or no label of the row (of two cells at least)
   * starts there.
   */
  static int continued(List<Span> row, List<Span> line, float em, float above, boolean pageBreak) {
    if (row.size() < 2 || line.size() != 1 || !ONE_CHARACTER.matcher(line.get(0).text()).matches()) {
      return -1;
    }
    Span c = line.get(0);
    for (int i = 0; i < row.size(); i++) {
      Span label = row.get(i);
      float drop = c.y() - (Float.isNaN(above) ? label.y() : above);
      if (Math.abs(label.x() - c.x()) <= ALIGN_EM * em && !PdfColumns.isValue(label)
          && (pageBreak || drop > 0 && drop < NEXT_LINE_EM * em)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * {@code row} with the text of {@code next} run on (Chinese wraps without a space) in its cell {@code i}, before the
   * digits ending that cell: a value set against the label's line where no ruling parts them ({@code 业性收30} over
   * {@code 费}), which {@link PdfColumns} parts from the label by its column.
   */
  static List<Span> joined(List<Span> row, int i, Span next) {
    List<Span> out = new ArrayList<>(row);
    Span label = row.get(i);
    Matcher value = PdfColumns.TRAILING_DIGITS.matcher(label.text());
    String text = value.find()
        ? label.text().substring(0, value.start()) + next.text() + value.group()
        : label.text() + next.text();
    out.set(i, new Span(text, label.x(), Math.max(label.end(), next.end()), label.y()));
    return out;
  }
}
