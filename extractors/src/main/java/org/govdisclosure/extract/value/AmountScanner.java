package org.govdisclosure.extract.value;

import java.math.BigDecimal;

/**
 * Reads one folded amount cell into an exact number, in one pass and without regular expressions or floating
 * point. Arabic figures ({@code 3,500.00}), Chinese numerals ({@code 一千零五万}), financial capitals
 * ({@code 贰仟叁佰元伍角}) and mixtures ({@code 1亿2000万}) share one grammar, kept by {@link FigureBuilder}.
 * This class handles what surrounds a figure: qualifiers, sign, a range's second figure.
 */
final class AmountScanner {

  /** Longer text is prose, not an amount cell; the cap also bounds the work per cell. */
  static final int MAX_LENGTH = 64;

  /**
   * What a cell says.
   *
   * @param value the number, already multiplied by any unit written in the cell; null when {@code problem} is set
   * @param unitInCell the cell names its own unit ({@code 元}, {@code 万}, {@code 亿}, {@code 角}, {@code 分})
   * @param approximate the figure is qualified ({@code 约}, {@code 余}, {@code 多}, {@code 左右})
   * @param problem {@link Amount#RANGE} or {@code unparseable}, or null
   */
  record Reading(BigDecimal value, boolean unitInCell, boolean approximate, String problem) {}

  static final String UNPARSEABLE = "unparseable";

  private static final Reading UNREADABLE = new Reading(null, false, false, UNPARSEABLE);
  private static final String[] APPROXIMATE_PREFIXES = {"大约", "约", "近", "逾", "超过"};
  private static final String[] APPROXIMATE_SUFFIXES = {"左右", "以上"};
  private static final String[] NEUTRAL_PREFIXES = {"人民币", "¥"};
  /** {@code 整} ("exactly") closes amounts written in financial capitals. */
  private static final String NEUTRAL_SUFFIX = "整";

  private final String s;
  private int pos;
  private int end;
  private boolean approximate;
  /** Whether the last figure named a unit; set by {@link #readFigure()}. */
  private boolean unitSeen;

  private AmountScanner(String folded) {
    this.s = folded;
    this.end = folded.length();
  }

  static Reading read(String folded) {
    return folded.length() > MAX_LENGTH ? UNREADABLE : new AmountScanner(folded).readCell();
  }

  private Reading readCell() {
    stripQualifiers();
    boolean negative = false;
    if (pos < end && isSign(s.charAt(pos))) {
      negative = s.charAt(pos) != '+';
      pos++;
    }
    BigDecimal value = readFigure();
    if (value == null) {
      return UNREADABLE;
    }
    boolean unit = unitSeen;
    if (pos < end && isRangeSeparator(s.charAt(pos))) {
      pos++;
      return readFigure() != null && pos == end
          ? new Reading(null, unit || unitSeen, approximate, Amount.RANGE)
          : UNREADABLE;
    }
    if (pos != end) {
      return UNREADABLE;
    }
    return new Reading(negative ? value.negate() : value, unit, approximate, null);
  }

  private void stripQualifiers() {
    boolean stripped = true;
    while (stripped) {
      stripped = false;
      for (String p : APPROXIMATE_PREFIXES) {
        stripped |= stripPrefix(p, true);
      }
      for (String p : NEUTRAL_PREFIXES) {
        stripped |= stripPrefix(p, false);
      }
      for (String p : APPROXIMATE_SUFFIXES) {
        stripped |= stripSuffix(p, true);
      }
      stripped |= stripSuffix(NEUTRAL_SUFFIX, false);
    }
  }

  private boolean stripPrefix(String prefix, boolean qualifies) {
    if (end - pos > prefix.length() && s.startsWith(prefix, pos)) {
      pos += prefix.length();
      approximate |= qualifies;
      return true;
    }
    return false;
  }

  private boolean stripSuffix(String suffix, boolean qualifies) {
    if (end - pos > suffix.length() && s.startsWith(suffix, end - suffix.length())) {
      end -= suffix.length();
      approximate |= qualifies;
      return true;
    }
    return false;
  }

  /**
   * Reads one figure from {@code pos}, stopping at the first character that cannot be part of one. Returns null
   * when nothing was read or the characters read are not a well-formed figure.
   */
  private BigDecimal readFigure() {
    FigureBuilder figure = new FigureBuilder();
    while (pos < end) {
      char c = s.charAt(pos);
      if (Numerals.isDigit(c)) {
        if (!figure.digits(arabic())) {
          return null;
        }
      } else if (isFigureChar(c)) {
        if (!accept(figure, c)) {
          return null;
        }
        pos++;
      } else {
        break;
      }
    }
    unitSeen = figure.namesUnit();
    return figure.value();
  }

  private boolean accept(FigureBuilder figure, char c) {
    int digit = Numerals.digit(c);
    int place = Numerals.place(c);
    if (digit != Numerals.NONE) {
      return digit == 0 ? figure.zero() : figure.digits(BigDecimal.valueOf(digit));
    }
    if (place != Numerals.NONE) {
      return place < 4 ? figure.place(place) : figure.group(place);
    }
    if (Numerals.isYuan(c)) {
      return figure.yuan();
    }
    if (Numerals.fraction(c) < 0) {
      return figure.fraction(Numerals.fraction(c));
    }
    approximate = true;
    return figure.qualifier();
  }

  private static boolean isFigureChar(char c) {
    return Numerals.digit(c) != Numerals.NONE
        || Numerals.place(c) != Numerals.NONE
        || Numerals.isYuan(c)
        || Numerals.fraction(c) < 0
        || c == '余'
        || c == '多';
  }

  /** Reads {@code 3,500.00} from {@code pos}; commas must group thousands, a point must have digits after it. */
  private BigDecimal arabic() {
    int start = pos;
    boolean commas = false;
    while (pos < end && (Numerals.isDigit(s.charAt(pos)) || Numerals.isThousandsSeparator(s, pos, end))) {
      commas |= s.charAt(pos) == ',';
      pos++;
    }
    if (pos + 1 < end && s.charAt(pos) == '.' && Numerals.isDigit(s.charAt(pos + 1))) {
      pos++;
      while (pos < end && Numerals.isDigit(s.charAt(pos))) {
        pos++;
      }
    }
    String figure = s.substring(start, pos);
    return new BigDecimal(commas ? figure.replace(",", "") : figure);
  }

  private static boolean isSign(char c) {
    return c == '-' || c == '−' || c == '+';
  }

  private static boolean isRangeSeparator(char c) {
    return c == '-' || c == '−' || c == '~' || c == '—' || c == '–' || c == '至' || c == '到';
  }
}
