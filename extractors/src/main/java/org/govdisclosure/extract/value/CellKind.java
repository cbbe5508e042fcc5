package org.govdisclosure.extract.value;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a folded cell holds. Blank and marker cells are both "no value", but are reported differently:
 * a blank is silence, a marker ({@code /}, {@code -}, {@code 无}) is the report saying "not applicable".
 */
public enum CellKind {
  NUMBER,
  BLANK,
  MARKER,
  LABEL;

  /**
   * What OCR prints in a cell whose ink it could not read as one count: no value, and no label either; among counts
   * it keeps the cell's column (a blank there would be taken for the place of a merged cell).
   */
  public static final String ILLEGIBLE = "■";

  /**
   * The one-character marks of a blank cell as a text table prints them before folding ({@code / ／ - － —}, and
   * {@code ~}): the plain-text reader's line-shape passes tell a line of values by them before any cell is read.
   */
  public static final String BLANK_MARK_CHARS = "/／-－—~";
  /** {@link #BLANK_MARK_CHARS} as the body of a regular expression's character class. */
  public static final String BLANK_MARK_CLASS = BLANK_MARK_CHARS.replace("-", "\\-");

  /** From a printable ASCII character to its full-width form ({@code /} U+002F, {@code ／} U+FF0F). */
  private static final int FULL_WIDTH_OFFSET = 0xFEE0;
  /** The one ideograph a table prints in a cell for none: 无. */
  public static final char NONE = '无';
  /**
   * The marks of none a line of text prints among a row's figures, as folded: slashes, dashes and {@link #NONE}. The
   * other {@link #MARKERS} a cell prints alone: among a line's words they are its punctuation or a label's letters.
   */
  private static final Set<String> ROW_MARKERS = Set.of("/", "-", "—", "--", "——", "–", String.valueOf(NONE));
  /** {@link #ROW_MARKERS} as a text prints them: also with their ASCII characters full-width ({@code ／}, {@code －}). */
  private static final Set<String> PRINTED_ROW_MARKERS =
      ROW_MARKERS.stream().flatMap(m -> Stream.of(m, fullWidth(m))).collect(Collectors.toUnmodifiableSet());
  /** {@link #ROW_MARKERS} of one character, as the body of a regular expression's character class. */
  public static final String ROW_MARKER_CLASS = ROW_MARKERS.stream().filter(m -> m.length() == 1).sorted().collect(Collectors.joining())
      .replace("-", "\\-");
  /**
   * Marks of a cell with no value: {@link #ROW_MARKERS}, and those of a cell alone: 空 (empty), also in brackets as a
   * text fills a sentence's blank slot: （空）.
   */
  private static final Set<String> MARKERS = Stream.concat(ROW_MARKERS.stream(), Stream.of("／", "空", "(空)", "-/-", "\\", "、"))
      .collect(Collectors.toUnmodifiableSet());
  /** What {@link #MARKERS} open with, and the longest of them: most texts, labels and counts, are told without hashing them. */
  private static final String MARKER_OPENINGS = Numerals.firstChars(List.copyOf(MARKERS));
  private static final int LONGEST_MARKER = MARKERS.stream().mapToInt(String::length).max().orElseThrow();

  /** The codes a spreadsheet shows in place of a formula's result that failed: no value, and no label either. */
  private static final Set<String> SPREADSHEET_ERRORS =
      Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#SPILL!", "#CALC!", "#GETTING_DATA");

  /** About: a figure it qualifies is no exact count ({@code 约1}), though a cell of one. */
  public static final String ABOUT = "约";
  private static final String OR_MORE = "余多";
  /** A number with optional sign, change words, thousands separators, unit and counter suffix. */
  private static final Pattern NUMERIC =
      Pattern.compile("^(?:" + ABOUT + "|" + String.join("|", Numerals.CHANGE_WORDS) + ")?[+\\-−]?\\d[\\d,]*(?:\\.\\d+)?[" + OR_MORE + "]?(?:" + Numerals.alternation(Numerals.MONEY_UNITS)
          + "|" + Numerals.alternation(Numerals.MAGNITUDES) + ")?" + Numerals.alternation(Numerals.COUNTERS) + "?$");
  /** The most characters {@link #NUMERIC} takes before its first digit: a change word or 约, and a sign. */
  private static final int MOST_BEFORE_DIGITS =
      Math.max(ABOUT.length(), Numerals.CHANGE_WORDS.stream().mapToInt(String::length).max().orElse(0)) + 1;
  /**
   * What may come right after {@link #NUMERIC}'s figures: {@link #OR_MORE}, a unit, a magnitude or a counter, or the line
   * end its {@code $} takes.
   */
  private static final String AFTER_FIGURES = OR_MORE + Numerals.firstChars(Numerals.MONEY_UNITS) + Numerals.firstChars(Numerals.MAGNITUDES)
      + Numerals.firstChars(Numerals.COUNTERS) + "\n\r\u0085\u2028\u2029";

  /** Classifies folded cell text (see {@code Cell#text()}). */
  public static CellKind of(String folded) {
    if (folded.isEmpty()) {
      return BLANK;
    }
    if (isPlainDigits(folded) || folded.equals(Numerals.ZERO_WORD)) {
      return NUMBER;
    }
    if (isMarker(folded)) {
      return MARKER;
    }
    if (!mayBeNumber(folded)) {
      return LABEL;
    }
    return mayBeNumeric(folded) && NUMERIC.matcher(folded).matches() || namesUnit(folded) && isWrittenAmount(folded) ? NUMBER : LABEL;
  }

  /**
   * Whether a number could be read at all: {@link #NUMERIC} needs an Arabic digit and a written amount names its unit
   * (万, 亿, 元, 角 or 分). Most label cells hold neither, and are told in this one pass.
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

  /**
   * What {@link #NUMERIC} needs, told by a scan: an ASCII digit at most {@link #MOST_BEFORE_DIGITS} characters in,
   * and after the figures it opens (digits and commas, maybe decimals) the end or {@link #AFTER_FIGURES}. A label with
   * an ordinal's digit ({@code 1.属于国家秘密}) or a unit and no digit ({@code 收费金额（万元）}) gets no matcher.
   */
  private static boolean mayBeNumeric(String folded) {
    int n = folded.length();
    int at = 0;
    while (at < n && !isAsciiDigit(folded.charAt(at))) {
      at++;
    }
    if (at == n || at > MOST_BEFORE_DIGITS) {
      return false;
    }
    while (at < n && (isAsciiDigit(folded.charAt(at)) || folded.charAt(at) == ',')) {
      at++;
    }
    if (at + 1 < n && folded.charAt(at) == '.' && isAsciiDigit(folded.charAt(at + 1))) {
      at += 2;
      while (at < n && isAsciiDigit(folded.charAt(at))) {
        at++;
      }
    }
    return at == n || AFTER_FIGURES.indexOf(folded.charAt(at)) >= 0;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The "not applicable" markers: {@code /}, {@code ／}, dashes, {@code 无}, {@code 空}. */
  public static boolean isMarker(String folded) {
    return !folded.isEmpty() && folded.length() <= LONGEST_MARKER && MARKER_OPENINGS.indexOf(folded.charAt(0)) >= 0
        && MARKERS.contains(folded);
  }

  /** A mark of none a row of figures prints among them in a line of text, as printed: {@link #PRINTED_ROW_MARKERS}. */
  public static boolean isRowMarker(String printed) {
    return PRINTED_ROW_MARKERS.contains(printed);
  }

  /** {@code text} with its printable ASCII characters in their full-width forms, as NFKC folds them back. */
  private static String fullWidth(String text) {
    StringBuilder wide = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      wide.append(c > ' ' && c < '\u007f' ? (char) (c + FULL_WIDTH_OFFSET) : c);
    }
    return wide.toString();
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

  /** Whether a written amount could be read: it names its unit. A label with a digit and no unit skips the scanner. */
  private static boolean namesUnit(String folded) {
    for (int i = 0; i < folded.length(); i++) {
      if (Numerals.namesUnit(folded.charAt(i))) {
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
