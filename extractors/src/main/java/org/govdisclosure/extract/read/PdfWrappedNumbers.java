package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.read.PdfColumns.Span;
import org.govdisclosure.extract.template.Ordinals;

/**
 * Numbers wrapped inside cells narrower than they are: a table laid out without column widths prints {@code 5345} as
 * {@code 534} over {@code 5}, left-aligned in its column, the row's label wrapping beside it. The digits of the line
 * below go on the number above only where nothing else can be meant: each sits right under a number that fills its
 * column (as wide as the widest number aligned with it on the page: one more digit did not fit), and the line below
 * prints nothing else but, left of them, the rest of wrapped labels (each under a label at least as wide), opening
 * no row (no ordinal), below a line that opens one (an ordinal); or, below a row of values printed without a label
 * (section 四's), nothing else at all. Otherwise the lines stay as printed and the row's values are not read, which
 * is better than a wrong number.
 */
final class PdfWrappedNumbers {

  private static final Pattern DIGITS = Pattern.compile("\\d+");
  /** Pieces of one column start (or end) this close, in ems; a wrapped line is this close to the widest. */
  private static final float ALIGN_EM = 0.25f;
  /** The line below is the next printed line: its baseline at most this many ems lower. */
  private static final float NEXT_LINE_EM = 1.6f;

  /** The upper line with the digits below joined on, and what remains of the lower line (possibly nothing). */
  record Joined(List<Span> upper, List<Span> lower) {}

  private final List<Span> pieces;
  private final PdfRulings rulings;

  /**
   * {@code pieces}: every piece printed on the page outside ruled cells, which show how wide its columns are;
   * {@code rulings}: the page's, a rule between two pieces putting them in two cells.
   */
  PdfWrappedNumbers(List<Span> pieces, PdfRulings rulings) {
    this.pieces = pieces;
    this.rulings = rulings;
  }

  /** {@code upper} with the digits {@code lower} wraps onto it joined on; null unless that is certain. */
  Joined join(List<Span> upper, List<Span> lower, float em) {
    float drop = lower.get(0).y() - upper.get(0).y();
    boolean labelled = upper.stream().anyMatch(s -> !isValue(s));
    if (drop <= 0 || drop > NEXT_LINE_EM * em || labelled && upper.stream().noneMatch(s -> opensRow(s.text()))) {
      return null;
    }
    List<Span> joined = new ArrayList<>(upper);
    List<Span> rest = new ArrayList<>();
    boolean digits = false;
    for (Span s : lower) {
      int above = above(s, upper, em);
      if (DIGITS.matcher(s.text()).matches()) {
        if (above < 0 || !DIGITS.matcher(upper.get(above).text()).matches() || !fillsColumn(upper.get(above), em)
            || ruledApart(upper.get(above), s)) {
          return null;
        }
        Span u = joined.get(above);
        joined.set(above, new Span(u.text() + s.text(), u.x(), Math.max(u.end(), s.end()), u.y()));
        digits = true;
      } else if (digits || isValue(s) || opensRow(s.text()) || above < 0 || isValue(upper.get(above))
          || width(s) > width(upper.get(above)) + ALIGN_EM * em) {
        return null;
      } else {
        rest.add(s);
      }
    }
    return digits ? new Joined(joined, rest) : null;
  }

  /**
   * Whether a rule is drawn between a piece and the one under it: they are two cells' (a row's figure and one of the
   * next row's, of a ruled table whose rows could not be rebuilt), never one number.
   */
  private boolean ruledApart(Span upper, Span lower) {
    return !rulings.band(upper.x(), upper.end(), upper.y()).same(rulings.band(lower.x(), lower.end(), lower.y()));
  }

  /** The index of the piece of {@code upper} that {@code s} is printed under, starting or ending with it; -1 if none. */
  private static int above(Span s, List<Span> upper, float em) {
    for (int i = 0; i < upper.size(); i++) {
      Span u = upper.get(i);
      if (Math.abs(u.x() - s.x()) <= ALIGN_EM * em || Math.abs(u.end() - s.end()) <= ALIGN_EM * em && s.overlap(u) > 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether the number {@code s} is as wide as the widest number printed in its column on the page: starting where
   * it does (numbers set to the left) or ending where it does (set to the right).
   */
  private boolean fillsColumn(Span s, float em) {
    float widest = 0;
    for (Span p : pieces) {
      boolean aligned = Math.abs(p.x() - s.x()) <= ALIGN_EM * em || Math.abs(p.end() - s.end()) <= ALIGN_EM * em;
      if (aligned && DIGITS.matcher(p.text()).matches()) {
        widest = Math.max(widest, width(p));
      }
    }
    return width(s) >= widest - ALIGN_EM * em;
  }

  private static float width(Span s) {
    return s.end() - s.x();
  }

  private static boolean opensRow(String text) {
    String folded = Cell.Text.fold(text);
    return !Ordinals.strip(folded).equals(folded);
  }

  private static boolean isValue(Span s) {
    return PdfColumns.holdsNumber(List.of(s));
  }
}
