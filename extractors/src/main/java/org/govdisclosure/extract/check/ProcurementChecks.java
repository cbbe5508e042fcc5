package org.govdisclosure.extract.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 政府集中采购: the count is not negative, and the average amount per purchase is plausible. An average below
 * 100 yuan or above 100 million yuan usually means the unit was misread (万元 taken for 元 or the reverse); the
 * value is kept and flagged.
 */
public final class ProcurementChecks implements ReportCheck {

  private static final BigDecimal MIN_AVERAGE = BigDecimal.valueOf(100);
  private static final BigDecimal MAX_AVERAGE = BigDecimal.valueOf(100_000_000);

  @Override
  public List<CheckResult> run(Map<String, List<Map<String, Object>>> tables) {
    List<CheckResult> results = new ArrayList<>();
    for (Map<String, Object> row : tables.getOrDefault("procurement", List.of())) {
      Long count = Sums.value(row, "item_count");
      results.add(count == null
          ? new CheckResult("procurement_count", "item_count", CheckResult.NOT_APPLICABLE, ">= 0", null)
          : new CheckResult("procurement_count", "item_count", count >= 0 ? CheckResult.PASS : CheckResult.FAIL, ">= 0", count.toString()));
      results.add(plausibility(count, (BigDecimal) row.get("amount_yuan")));
    }
    return results;
  }

  private static CheckResult plausibility(Long count, BigDecimal amount) {
    String expected = MIN_AVERAGE.toPlainString() + ".." + MAX_AVERAGE.toPlainString() + " yuan per item";
    if (count == null || count <= 0 || amount == null || amount.signum() == 0) {
      return new CheckResult("procurement_amount_plausible", "amount_yuan", CheckResult.NOT_APPLICABLE, expected, null);
    }
    BigDecimal average = amount.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    boolean plausible = average.compareTo(MIN_AVERAGE) >= 0 && average.compareTo(MAX_AVERAGE) <= 0;
    return new CheckResult("procurement_amount_plausible", "amount_yuan", plausible ? CheckResult.PASS : CheckResult.FAIL, expected, average.toPlainString());
  }
}
