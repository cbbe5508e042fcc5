package org.govdisclosure.extract.value;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a folded cell holds. Blank and marker cells are both "no value", but are reported differently:
 * a blank is silence, a marker ({@code /}, {@code -}, {@code 无}) is the report saying "not applicable".
 */
public enum CellKind {
  NUMBER,
  BLANK,
  MARKER,
  LABEL;

  private static final Set<String> MARKERS = Set.of("/", "／", "-", "—", "--", "——", "–", "无", "-/-", "\\", "、");

  /** The codes a spreadsheet shows in place of a formula's result that failed: no value, and no label either. */
  private static final Set<String> SPREADSHEET_ERRORS =
      Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#SPILL!", "#CALC!", "#GETTING_DATA");

  /** A number with optional sign, change words, thousands separators, unit and counter suffix. */
  private static final Pattern NUMERIC =
      Pattern.compile("^(?:约|" + String.join("|", Numerals.CHANGE_WORDS) + ")?[+\\-−]?\\d[\\d,]*(?:\\.\\d+)?(?:余|多)?(?:" + Numerals.alternation(Numerals.MONEY_UNITS)
          + "|" + Numerals.alternation(Numerals.MAGNITUDES) + ")?" + Numerals.alternation(Numerals.COUNTERS) + "?$");

  /** Classifies folded cell text (see {@code Cell#text()}). */
  public static CellKind of(String folded) {
    if (folded.isEmpty()) {
      return BLANK;
    }
    if (isPlainDigits(folded)) {
      return NUMBER;
    }
    if (isMarker(folded)) {
      return MARKER;
    }
    if (!mayBeNumber(folded)) {
      return LABEL;
    }
    return NUMERIC.matcher(folded).matches() || isWrittenAmount(folded) ? NUMBER : LABEL;
  }

  /** The "not applicable" markers: {@code /}, {@code ／}, dashes, {@code 无}. */
  public static boolean isMarker(String folded) {
    return MARKERS.contains(folded);
  }

  /** A spreadsheet's error code ({@code #REF!}, {@code #DIV/0!}, {@code #N/A}, …) standing for a value it failed to compute. */
  public static boolean isSpreadsheetError(String folded) {
    return !folded.isEmpty() && folded.charAt(0) == '#' && SPREADSHEET_ERRORS.contains(folded);
  }

  /** The common case, {@code 0} or {@code 12}, without a regex (true also of the empty text). */
  public static boolean isPlainDigits(String folded) {
    for (int i = 0; i < folded.length(); i++) {
      if (folded.charAt(i) < '0' || folded.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a number could be read at all: {@link #NUMERIC} needs an Arabic digit and a written amount names its unit
   * (万, 亿, 元, 角 or 分). Most label cells hold neither, and skip the regex and the amount scanner.
   */
  private static boolean mayBeNumber(String folded) {
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c >= '0' && c <= '9' || Numerals.namesUnit(c)) {
        return true;
      }
    }
    return false;
  }

  /** Amounts in words or ranges ({@code 三十万元}, {@code 50-60万元}); bare numerals like {@code 一} stay labels. */
  private static boolean isWrittenAmount(String folded) {
    AmountScanner.Reading reading = AmountScanner.read(folded);
    return reading.unitInCell() && (reading.problem() == null || Amount.RANGE.equals(reading.problem()));
  }
}
