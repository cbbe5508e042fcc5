package org.govdisclosure.extract.value;

import java.math.BigDecimal;

/**
 * Accumulates one figure as {@link AmountScanner} reads it, in the order Chinese amounts are written: digit groups
 * take places ({@code 十 百 千} descending within a group, {@code 亿} before {@code 万}), {@code 元} closes the
 * yuan, {@code 角} and {@code 分} follow. Each step returns false when the figure cannot continue that way.
 */
final class FigureBuilder {

  private BigDecimal total = BigDecimal.ZERO; // completed 亿/万 groups, and everything once 元 is read
  private BigDecimal section = BigDecimal.ZERO; // the current group below 万
  private BigDecimal pending; // digits not yet given a place
  private BigDecimal cents = BigDecimal.ZERO; // 角 and 分
  private int lastPlace; // power of ten of the last place read
  private int sectionLimit = 4; // 十 百 千 must descend within a group
  private int groupLimit = 9; // 亿 before 万, each at most once
  private int fractionLimit; // 角 before 分
  private boolean zeroGap; // a 零 since the last place: 一千零五 is 1005, not shorthand
  private boolean yuan;
  private boolean started;
  private boolean namesUnit;

  /** Arabic ({@code 2000}) or Chinese ({@code 二}) digits; two groups in a row ({@code 一二}) are not a figure. */
  boolean digits(BigDecimal n) {
    if (pending != null) {
      return false;
    }
    pending = n;
    started = true;
    return true;
  }

  /** {@code 零} only marks skipped places. */
  boolean zero() {
    if (pending != null) {
      return false;
    }
    zeroGap = true;
    started = true;
    return true;
  }

  /** {@code 余}/{@code 多} may follow any part of a figure ({@code 1000余万}, {@code 十余万}). */
  boolean qualifier() {
    return started;
  }

  /** {@code 十} (1), {@code 百} (2), {@code 千} (3). A leading one may be left out: {@code 十五}, {@code 百万}. */
  boolean place(int power) {
    boolean shorthand = lastPlace == 0 || (power == 1 && zeroGap); // 十五, 百万, 一千零十
    if (isClosed() || power >= sectionLimit || (pending == null && !shorthand)) {
      return false;
    }
    section = section.add((pending == null ? BigDecimal.ONE : pending).scaleByPowerOfTen(power));
    pending = null;
    sectionLimit = power;
    return placed(power);
  }

  /** {@code 万} (4) or {@code 亿} (8): closes a group. */
  boolean group(int power) {
    if (isClosed() || !started || power >= groupLimit || ambiguous(lastPlace < power ? lastPlace : 0)) {
      return false;
    }
    total = total.add(section.add(orZero(pending)).scaleByPowerOfTen(power));
    section = BigDecimal.ZERO;
    pending = null;
    sectionLimit = 4;
    groupLimit = power;
    namesUnit = true;
    return placed(power);
  }

  boolean yuan() {
    if (isClosed() || !started || ambiguous(lastPlace)) {
      return false;
    }
    total = total.add(section).add(orZero(pending));
    section = BigDecimal.ZERO;
    pending = null;
    zeroGap = false;
    yuan = true;
    namesUnit = true;
    return true;
  }

  /** {@code 角} (-1) or {@code 分} (-2), each after a single digit; without {@code 元} only in a figure below one yuan. */
  boolean fraction(int power) {
    boolean singleDigit = pending != null && pending.scale() == 0 && pending.compareTo(BigDecimal.TEN) < 0;
    if (!singleDigit || power >= fractionLimit || (!yuan && lastPlace != 0)) {
      return false;
    }
    cents = cents.add(pending.scaleByPowerOfTen(power));
    pending = null;
    fractionLimit = power;
    namesUnit = true;
    return true;
  }

  /** Whether the figure wrote its own unit ({@code 万}, {@code 亿}, {@code 元}, {@code 角}, {@code 分}). */
  boolean namesUnit() {
    return namesUnit;
  }

  /** The figure, or null when nothing was read or it ended in a way that has no single reading. */
  BigDecimal value() {
    if (!started || (pending != null && (isClosed() || ambiguous(lastPlace)))) {
      return null;
    }
    return total.add(section).add(orZero(pending)).add(cents);
  }

  private boolean placed(int power) {
    lastPlace = power;
    zeroGap = false;
    started = true;
    return true;
  }

  /** After {@code 元} or {@code 角}/{@code 分} only sub-yuan digits may follow. */
  private boolean isClosed() {
    return yuan || fractionLimit < 0;
  }

  /**
   * Digits straight after a place that do not fill the next lower position are colloquial shorthand
   * ({@code 一万五} usually means 15000, {@code 1万5} could be either), and digits that overflow the place
   * ({@code 1万20000}) are malformed: neither is guessed.
   */
  private boolean ambiguous(int place) {
    if (pending == null || place == 0) {
      return false;
    }
    return pending.compareTo(BigDecimal.ONE.scaleByPowerOfTen(place)) >= 0
        || (!zeroGap && pending.compareTo(BigDecimal.ONE.scaleByPowerOfTen(place - 1)) < 0);
  }

  private static BigDecimal orZero(BigDecimal n) {
    return n == null ? BigDecimal.ZERO : n;
  }
}
