package org.govdisclosure.extract.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.Predicate;

/**
 * Splits a run of glued digits ({@code 801000081}) into a fixed number of counts. Where the printed digits allow a
 * single split ({@code 5100000} into seven counts) that split is the reading, whether or not the table's identities
 * hold: a printed number is output as printed, and the checks flag a table that breaks its sums. Where spaces part
 * the digits into runs, though, a split that divides a run is taken only if the identity holds: a text rendering
 * of a table drops its blank cells and leaves the others printed apart ({@code 258 12 1 1}, three cells blank, is
 * not 2 5 8 1 2 1 1), and only the identity tells a run of glued cells from one number; a run its line prints
 * apart, spaces around it, is one number and never divided. Only where the
 * digits allow several splits does the table's own identity (e.g. the six applicant columns sum to 总计) choose, and
 * only when exactly one split satisfies it; the caller never picks among several, unless identities across rows
 * leave only one ({@link ColumnIdentities}).
 */
final class DigitSplits {

  static final int MAX_DIGITS_PER_COUNT = 6;

  private DigitSplits() {}

  /**
   * The readings of {@code digits} as {@code parts} counts, in reading order: the one split the digits allow, or else
   * the splits {@code identity} accepts, but no more than {@code limit} + 1 of them: a list longer than {@code limit}
   * only says there are too many to weigh.
   */
  static List<int[]> upTo(String digits, int parts, Predicate<int[]> identity, int limit) {
    return upTo(List.of(digits), parts, identity, limit);
  }

  /** The same for runs none of which a line prints apart: a count never spans two runs, and a run may hold several. */
  static List<int[]> upTo(List<String> runs, int parts, Predicate<int[]> identity, int limit) {
    return upTo(runs, new BitSet(), parts, identity, limit);
  }

  /**
   * The same for several runs ({@code 2 0 00 0 0 2}), a run holding several counts unless {@code apart} holds its
   * index: a run a line prints apart is one count as printed, unless the runs show that their line glues cells: one
   * of them cannot be one count ({@code 00}, no count printed with a leading 0), or one run is all the counts' digits
   * ({@code 500050000000000} on a line of its own for section 四's fifteen).
   */
  static List<int[]> upTo(List<String> runs, BitSet apart, int parts, Predicate<int[]> identity, int limit) {
    String digits = String.join("", runs);
    boolean[] cut = new boolean[digits.length() + 1];
    int[] wholeTo = new int[digits.length() + 1];
    Arrays.fill(wholeTo, -1);
    boolean glues = runs.size() == 1 && parts > 1 || !runs.stream().allMatch(DigitSplits::canBeOneCount);
    int at = 0;
    for (int i = 0; i < runs.size(); i++) {
      String run = runs.get(i);
      if (apart.get(i) && !glues) {
        wholeTo[at] = at + run.length();
      }
      at += run.length();
      cut[at] = true;
    }
    Splits s = new Splits(digits, cut, wholeTo, parts);
    List<int[]> asPrinted = s.found(v -> true, 1);
    boolean forced = asPrinted.size() == 1 && (runs.size() == 1 || runs.size() == parts || identity.test(asPrinted.get(0)));
    return forced ? asPrinted : s.found(identity, limit);
  }

  /** Whether a run's digits can be one count as printed: no count is printed with a leading 0 ({@code 00}). */
  static boolean canBeOneCount(String run) {
    return run.length() < 2 || run.charAt(0) != '0';
  }

  /**
   * The digits of the runs, where runs end ({@code cut}), and where each run that is one count ends
   * ({@code wholeTo}, -1 where no such run starts).
   */
  private record Splits(String digits, boolean[] cut, int[] wholeTo, int parts) {
    List<int[]> found(Predicate<int[]> identity, int limit) {
      List<int[]> found = new ArrayList<>(2);
      search(this, 0, new int[parts], 0, identity, limit, found);
      return found;
    }
  }

  /** Depth-first over cut positions; stops as soon as more than {@code limit} solutions are found. */
  private static void search(Splits s, int at, int[] values, int part, Predicate<int[]> identity, int limit, List<int[]> found) {
    String digits = s.digits();
    if (found.size() > limit) {
      return;
    }
    int remainingParts = values.length - part;
    int remainingDigits = digits.length() - at;
    if (remainingParts == 0) {
      if (remainingDigits == 0 && identity.test(values)) {
        found.add(values.clone());
      }
      return;
    }
    if (remainingDigits < remainingParts || remainingDigits > remainingParts * MAX_DIGITS_PER_COUNT) {
      return;
    }
    int whole = s.wholeTo()[at] - at;
    if (whole > MAX_DIGITS_PER_COUNT) {
      return;
    }
    int maxLength = whole > 0 ? whole
        : digits.charAt(at) == '0' ? 1 : Math.min(MAX_DIGITS_PER_COUNT, remainingDigits - (remainingParts - 1));
    for (int length = Math.max(1, whole); length <= maxLength; length++) {
      values[part] = Integer.parseInt(digits, at, at + length, 10);
      search(s, at + length, values, part + 1, identity, limit, found);
      if (s.cut()[at + length]) {
        return; // a count never runs across the space between two runs
      }
    }
  }
}
