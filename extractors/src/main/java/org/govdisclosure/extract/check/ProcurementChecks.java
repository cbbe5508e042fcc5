package org.govdisclosure.extract.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.govdisclosure.extract.value.AmountPlausibility;

/**
 * 政府集中采购: the count is not negative, and the average amount per purchase is plausible (see
 * {@link AmountPlausibility}): an implausible average usually means the unit was misread; the value is kept.
 */
public final class ProcurementChecks implements ReportCheck {


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
    String expected = "100..100000000 yuan per item";
    if (count == null || count <= 0 || amount == null || amount.signum() == 0) {
      return new CheckResult("procurement_amount_plausible", "amount_yuan", CheckResult.NOT_APPLICABLE, expected, null);
    }
    BigDecimal average = amount.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    String status = AmountPlausibility.isSuspectPerItem(amount, count) ? CheckResult.FAIL : CheckResult.PASS;
    return new CheckResult("procurement_amount_plausible", "amount_yuan", status, expected, average.toPlainString());
  }
}
