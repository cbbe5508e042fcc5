package org.govdisclosure.extract.value;

import java.math.BigDecimal;

/** A money unit and its factor to yuan. */
public enum Unit {
  YUAN(BigDecimal.ONE),
  WAN(BigDecimal.valueOf(10_000)),
  YI(BigDecimal.valueOf(100_000_000));

  private final BigDecimal factor;

  Unit(BigDecimal factor) {
    this.factor = factor;
  }

  public BigDecimal factor() {
    return factor;
  }

  /**
   * The unit a header or caption declares, e.g. {@code 采购总金额（万元）} or {@code 单位:万元}; null if it names none.
   * Expects folded text.
   */
  public static Unit declaredIn(String folded) {
    if (folded.contains("亿元")) {
      return YI;
    }
    if (folded.contains("万元")) {
      return WAN;
    }
    if (folded.contains("元")) {
      return YUAN;
    }
    return null;
  }
}
