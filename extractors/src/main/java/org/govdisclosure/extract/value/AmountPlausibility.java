package org.govdisclosure.extract.value;

import java.math.BigDecimal;

/**
 * Flags amounts that look like the wrong unit, e.g. a 万元 column read as yuan. The value is never changed: the
 * warning only tells a reviewer where to look.
 */
public final class AmountPlausibility {

  public static final String UNIT_SUSPECT = "amount_unit_suspect";

  /** No procurement item costs under 100 yuan or over 100 million yuan on average. */
  private static final BigDecimal MIN_PER_ITEM = BigDecimal.valueOf(100);
  private static final BigDecimal MAX_PER_ITEM = BigDecimal.valueOf(100_000_000);

  private AmountPlausibility() {}

  /** Returns {@code total} with {@link #UNIT_SUSPECT} set when its average over {@code items} is implausible. */
  public static Amount checkPerItem(Amount total, long items) {
    return total.isParsed() && isSuspectPerItem(total.yuan(), items) ? total.withWarning(UNIT_SUSPECT) : total;
  }

  /** Zero totals and zero item counts say nothing about the unit, so they are never suspect. */
  public static boolean isSuspectPerItem(BigDecimal yuan, long items) {
    if (items <= 0 || yuan.signum() <= 0) {
      return false;
    }
    BigDecimal n = BigDecimal.valueOf(items);
    return yuan.compareTo(MIN_PER_ITEM.multiply(n)) < 0 || yuan.compareTo(MAX_PER_ITEM.multiply(n)) > 0;
  }
}
