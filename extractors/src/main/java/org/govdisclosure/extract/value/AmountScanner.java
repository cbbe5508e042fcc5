package org.govdisclosure.extract.value;

import java.math.BigDecimal;

/**
 * Reads one folded amount cell into an exact number, in one pass and without regular expressions or floating
 * point. Arabic figures ({@code 3,500.00}), Chinese numerals ({@code 一千零五万}), financial capitals
 * ({@code 贰仟叁佰元伍角}) and mixtures ({@code 1亿2000万}) share one grammar: digit groups multiplied by places
 * ({@code 十 百 千}, then {@code 万 亿}), then optionally {@code 元} and {@code 角}/{@code 分}.
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
  /** Whether the last expression named a unit; set by {@link #expression()}. */
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
    BigDecimal value = expression();
    if (value == null) {
      return UNREADABLE;
    }
    boolean unit = unitSeen;
    if (pos < end && isRangeSeparator(s.charAt(pos))) {
      pos++;
      return expression() != null && pos == end
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
   * Reads one number from {@code pos}, stopping at the first character that cannot continue it. Returns null
   * when nothing was read or the characters read are not a well-formed amount.
   */
  private BigDecimal expression() {
    BigDecimal total = BigDecimal.ZERO; // yuan from completed 亿/万 groups (or everything, once 元 is read)
    BigDecimal section = BigDecimal.ZERO; // the current group below 万
    BigDecimal pending = null; // a digit group not yet given a place
    BigDecimal cents = BigDecimal.ZERO; // 角 and 分
    int lastPlace = 0; // power of ten of the last place read
    int sectionLimit = 4; // 十 百 千 must descend within a group
    int bigLimit = 9; // 亿 before 万, each at most once
    int fractionLimit = 0; // 角 before 分
    boolean zeroGap = false; // a 零 since the last place: "一千零五" is 1005, not shorthand
    boolean yuan = false;
    boolean any = false;
    unitSeen = false;
    while (pos < end) {
      char c = s.charAt(pos);
      boolean closed = yuan || fractionLimit < 0; // after 元 or 角/分 only 角/分 figures may follow
      if (Numerals.isDigit(c) || Numerals.digit(c) > 0) {
        if (pending != null) {
          return null;
        }
        pending = Numerals.isDigit(c) ? arabic() : BigDecimal.valueOf(Numerals.digit(c));
        pos += Numerals.isDigit(c) ? 0 : 1;
      } else if (Numerals.digit(c) == 0) {
        if (pending != null) {
          return null;
        }
        zeroGap = true;
        pos++;
      } else if (c == '余' || c == '多') {
        if (!any) {
          return null;
        }
        approximate = true;
        pos++;
      } else if (Numerals.place(c) > 0 && Numerals.place(c) < 4) {
        int place = Numerals.place(c);
        boolean shorthand = pending == null && (lastPlace == 0 || (place == 1 && zeroGap)); // 十五, 百万, 一千零十
        if (closed || place >= sectionLimit || (pending == null && !shorthand)) {
          return null;
        }
        section = section.add((pending == null ? BigDecimal.ONE : pending).scaleByPowerOfTen(place));
        pending = null;
        sectionLimit = place;
        lastPlace = place;
        zeroGap = false;
        pos++;
      } else if (Numerals.place(c) >= 4) {
        int place = Numerals.place(c);
        if (closed || !any || place >= bigLimit || ambiguous(pending, lastPlace < place ? lastPlace : 0, zeroGap)) {
          return null;
        }
        total = total.add(section.add(orZero(pending)).scaleByPowerOfTen(place));
        section = BigDecimal.ZERO;
        pending = null;
        sectionLimit = 4;
        bigLimit = place;
        lastPlace = place;
        zeroGap = false;
        unitSeen = true;
        pos++;
      } else if (Numerals.isYuan(c)) {
        if (closed || !any || ambiguous(pending, lastPlace, zeroGap)) {
          return null;
        }
        total = total.add(section).add(orZero(pending));
        section = BigDecimal.ZERO;
        pending = null;
        yuan = true;
        zeroGap = false;
        unitSeen = true;
        pos++;
      } else if (Numerals.fraction(c) < 0) {
        int power = Numerals.fraction(c);
        if (!isSingleDigit(pending) || power >= fractionLimit || (!yuan && lastPlace != 0)) {
          return null;
        }
        cents = cents.add(pending.scaleByPowerOfTen(power));
        pending = null;
        fractionLimit = power;
        unitSeen = true;
        pos++;
      } else {
        break;
      }
      any = true;
    }
    if (!any || (pending != null && (yuan || fractionLimit < 0 || ambiguous(pending, lastPlace, zeroGap)))) {
      return null;
    }
    return total.add(section).add(orZero(pending)).add(cents);
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

  /**
   * A digit group straight after a place that does not fill the next lower position is colloquial shorthand
   * ({@code 一万五} usually means 15000, {@code 1万5} could be either), and one that overflows the place
   * ({@code 1万20000}) is malformed: neither is guessed.
   */
  private static boolean ambiguous(BigDecimal pending, int lastPlace, boolean zeroGap) {
    if (pending == null || lastPlace == 0) {
      return false;
    }
    return pending.compareTo(BigDecimal.ONE.scaleByPowerOfTen(lastPlace)) >= 0
        || (!zeroGap && pending.compareTo(BigDecimal.ONE.scaleByPowerOfTen(lastPlace - 1)) < 0);
  }

  private static boolean isSingleDigit(BigDecimal n) {
    return n != null && n.scale() == 0 && n.compareTo(BigDecimal.TEN) < 0;
  }

  private static BigDecimal orZero(BigDecimal n) {
    return n == null ? BigDecimal.ZERO : n;
  }

  private static boolean isSign(char c) {
    return c == '-' || c == '−' || c == '+';
  }

  private static boolean isRangeSeparator(char c) {
    return c == '-' || c == '−' || c == '~' || c == '—' || c == '–' || c == '至' || c == '到';
  }
}
