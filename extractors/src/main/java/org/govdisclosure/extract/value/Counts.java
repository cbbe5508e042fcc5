package org.govdisclosure.extract.value;

import java.util.Set;
import java.util.regex.Pattern;
import org.govdisclosure.extract.model.Cell;

/**
 * Reads integer counts: {@code 12}, {@code 1,024}, {@code 新增1条}, {@code 零}, {@code 十二件}, and in change columns (本年增/减) also
 * {@code 减少3}, {@code -18}, {@code −18}. Expects folded text (see {@code Cell#text()}), so full-width digits
 * and separators are already ASCII. Hand-scanned: counts are most of the cells a report has.
 */
public final class Counts {

  /** A negative figure outside a change column: a misread or a misplaced change, not a count. */
  public static final String NEGATIVE = "negative_count";
  public static final String NOT_INTEGER = "not_integer";
  /** {@code 100余件}: a count the report itself does not know exactly. */
  public static final String APPROXIMATE = "approximate";
  public static final String TOO_LARGE = "too_large";
  public static final String UNPARSEABLE = AmountScanner.UNPARSEABLE;
  /** A spreadsheet's error code ({@code #REF!}) where the count's formula failed. */
  public static final String SPREADSHEET_ERROR = "spreadsheet_error";
  /** {@code 9 67} in one cell: two figures a conversion merged into one cell, not the count 967. */
  public static final String FIGURES_APART = "figures_apart";

  private static final String[] INCREASE_WORDS = {"新增", "增加", "增"};
  private static final String[] DECREASE_WORDS = {"减少", "减"};
  /** Digits, perhaps with a counter ({@code 18件 41}), then spaces and more digits. */
  private static final Pattern DIGITS_APART = Pattern.compile("\\d[^\\d\\s]{0,2}\\s+\\d");
  private static final Set<String> COUNTERS = Set.copyOf(Numerals.COUNTERS);
  /** Most counts are small; sharing their records keeps the hot path allocation-free. */
  private static final Count[] SMALL = new Count[1024];

  static {
    for (int i = 0; i < SMALL.length; i++) {
      SMALL[i] = new Count(i, CellKind.NUMBER);
    }
  }

  private Counts() {}

  /**
   * Parses a count where a negative figure is a problem. Anything that is not a usable count (a label, an amount,
   * {@code -18}, {@code 100余件}) comes back as kind LABEL with a {@code problem}: value is null exactly when kind
   * is not NUMBER.
   */
  public static Count parse(String folded) {
    return read(folded, false);
  }

  /**
   * Parses a cell as {@link #parse} does, except that figures printed apart in it ({@code 9 67}) are no count: a
   * reader cannot tell them for one figure.
   */
  public static Count parse(Cell cell) {
    return read(cell, false);
  }

  /** Parses a change column's cell as {@link #parseChange(String)} does, figures printed apart no change. */
  public static Count parseChange(Cell cell) {
    return read(cell, true);
  }

  private static Count read(Cell cell, boolean change) {
    // Figures apart are two digits at least, which folding keeps: most cells are settled without a copy.
    if (cell.raw().length() > cell.text().length() && Numerals.holdsDigits(cell.text(), 2)
        && figuresApart(Cell.Text.nfkc(cell.raw()).strip())) {
      return notACount(FIGURES_APART);
    }
    return read(cell.text(), change);
  }

  /**
   * Whether NFKC text holds digits parted by spaces. Reports group thousands with commas if at all, so {@code 9 671}
   * is as likely two merged cells as 9671: a reader would doubt it.
   */
  public static boolean figuresApart(String spaced) {
    return DIGITS_APART.matcher(spaced).find();
  }

  /** Parses a change column (本年增/减), where {@code 减少3}, {@code -18} and {@code −18} are negative. */
  public static Count parseChange(String folded) {
    return read(folded, true);
  }

  private static Count read(String folded, boolean change) {
    int n = folded.length();
    int plain = plainValue(folded);
    if (plain >= 0) {
      return plain < SMALL.length ? SMALL[plain] : new Count(plain, CellKind.NUMBER);
    }
    if (n == 0) {
      return Count.BLANK;
    }
    if (CellKind.isMarker(folded)) {
      return Count.MARKER;
    }
    if (folded.equals(Numerals.ZERO_WORD)) {
      return SMALL[0];
    }
    if (Numerals.CHINESE_DIGITS.indexOf(folded.charAt(0)) >= 0) {
      return chineseCount(folded, change);
    }
    if (CellKind.isSpreadsheetError(folded)) {
      return notACount(SPREADSHEET_ERROR);
    }
    // A change word or a sign, then digits, an optional .0, 余/多, and a counter such as 件.
    int i = 0;
    boolean negative = false;
    int word = prefix(folded, DECREASE_WORDS);
    if (word > 0) {
      negative = true;
    } else {
      word = prefix(folded, INCREASE_WORDS);
    }
    i += word;
    if (word == 0 && i < n && (folded.charAt(i) == '+' || folded.charAt(i) == '-' || folded.charAt(i) == '−')) {
      negative = folded.charAt(i) != '+';
      i++;
    }
    if (i == n || !Numerals.isDigit(folded.charAt(i))) {
      return notACount(UNPARSEABLE);
    }
    long value = 0;
    for (; i < n && (Numerals.isDigit(folded.charAt(i)) || Numerals.isThousandsSeparator(folded, i, n)); i++) {
      if (folded.charAt(i) != ',') {
        value = value * 10 + folded.charAt(i) - '0';
        if (value > Integer.MAX_VALUE) {
          return notACount(TOO_LARGE);
        }
      }
    }
    String problem = null;
    if (i + 1 < n && folded.charAt(i) == '.' && Numerals.isDigit(folded.charAt(i + 1))) {
      for (i++; i < n && Numerals.isDigit(folded.charAt(i)); i++) {
        if (folded.charAt(i) != '0') {
          problem = NOT_INTEGER;
        }
      }
    }
    if (i < n && (folded.charAt(i) == '余' || folded.charAt(i) == '多')) {
      problem = APPROXIMATE;
      i++;
    }
    if (i < n && !COUNTERS.contains(folded.substring(i))) {
      return notACount(UNPARSEABLE);
    }
    if (problem == null && negative && value != 0 && !change) {
      problem = NEGATIVE;
    }
    if (problem != null) {
      return notACount(problem);
    }
    int signed = negative ? (int) -value : (int) value;
    return signed >= 0 && signed < SMALL.length ? SMALL[signed] : new Count(signed, CellKind.NUMBER);
  }

  /**
   * A count in Chinese numerals with its counter ({@code 五十二件}, {@code 零件}), as an article writes a cell; without
   * a counter ({@code 一}) it may be an ordinal, no count.
   */
  private static Count chineseCount(String folded, boolean change) {
    String inDigits = Numerals.inDigits(folded);
    int digits = 0;
    while (digits < inDigits.length() && Numerals.isDigit(inDigits.charAt(digits))) {
      digits++;
    }
    return digits > 0 && COUNTERS.contains(inDigits.substring(digits)) ? read(inDigits, change) : notACount(UNPARSEABLE);
  }

  /** The value of up to nine plain digits ({@code 0}, {@code 12}), the bulk of all cells; -1 for anything else. */
  private static int plainValue(String folded) {
    int n = folded.length();
    if (n == 0 || n > 9) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < n; i++) {
      char c = folded.charAt(i);
      if (!Numerals.isDigit(c)) {
        return -1;
      }
      value = value * 10 + c - '0';
    }
    return value;
  }

  private static int prefix(String folded, String[] words) {
    for (String w : words) {
      if (folded.length() > w.length() && folded.startsWith(w)) {
        return w.length();
      }
    }
    return 0;
  }

  /** Callers warn on any LABEL count, so every unusable cell is one, with the detail in {@code problem}. */
  private static Count notACount(String problem) {
    return new Count(null, CellKind.LABEL, problem);
  }
}
