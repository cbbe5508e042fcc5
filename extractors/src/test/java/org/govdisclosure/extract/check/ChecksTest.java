package org.govdisclosure.extract.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govdisclosure.extract.check.CarryOverCheck.YearFigures;
import org.junit.jupiter.api.Test;

class ChecksTest {

  private static Map<String, Object> application(String key, Integer... values) {
    Map<String, Object> row = new HashMap<>();
    row.put("row_key", key);
    List<String> columns = List.of("natural_person", "commercial_enterprise", "research_institution", "social_welfare_org", "legal_service_org", "other_org", "total");
    for (int i = 0; i < columns.size(); i++) {
      row.put(columns.get(i), values[i]);
    }
    return row;
  }

  private static CheckResult find(List<CheckResult> results, String check, String scope) {
    return results.stream().filter(r -> r.check().equals(check) && r.scope().equals(scope)).findFirst().orElseThrow();
  }

  @Test
  void detailRowsThatDoNotAddUpToTheTotalFailEvenWhenTheBalanceHolds() {
    // A real pattern: 第一项+第二项 = 第三项+第四项 holds, but the detail rows sum to 27 against a total of 21.
    List<Map<String, Object>> rows = List.of(
        application("new_received", 21, 0, 0, 0, 0, 0, 21),
        application("carried_over", 0, 0, 0, 0, 0, 0, 0),
        application("granted", 20, 0, 0, 0, 0, 0, 20),
        application("partially_granted", 7, 0, 0, 0, 0, 0, 7),
        application("total", 21, 0, 0, 0, 0, 0, 21),
        application("carried_forward", 0, 0, 0, 0, 0, 0, 0));
    List<CheckResult> results = new ApplicationsChecks().run(Map.of("applications", rows));
    assertThat(find(results, "applications_balance", "total").status()).isEqualTo(CheckResult.PASS);
    CheckResult detail = find(results, "applications_detail_sum", "natural_person");
    assertThat(detail.status()).isEqualTo(CheckResult.FAIL);
    assertThat(detail.expected()).isEqualTo("21");
    assertThat(detail.actual()).isEqualTo("27");
  }

  @Test
  void aBlankTotalIsNotApplicableRatherThanAFailure() {
    List<CheckResult> results = new ApplicationsChecks().run(Map.of("applications", List.of(application("granted", 1, 0, 0, 0, 0, 0, null))));
    assertThat(find(results, "applications_row_sum", "granted").status()).isEqualTo(CheckResult.NOT_APPLICABLE);
  }

  /** Counts are never negative: a row whose known cells exceed its total fails though one cell is blank. */
  @Test
  void knownCellsAboveTheTotalFailThoughOneIsBlank() {
    List<CheckResult> results = new ApplicationsChecks().run(Map.of("applications", List.of(application("granted", null, 7, 0, 0, 0, 0, 0))));
    assertThat(find(results, "applications_row_sum", "granted").status()).isEqualTo(CheckResult.FAIL);
  }

  @Test
  void reviewOutcomesMustSumToTheirTotal() {
    Map<String, Object> review = new HashMap<>(Map.of("proceeding", "review", "upheld", 1, "corrected", 1, "other", 0, "pending", 0, "total", 3));
    assertThat(new ReviewLitigationChecks().run(Map.of("review_litigation", List.of(review))).get(0).status()).isEqualTo(CheckResult.FAIL);
  }

  @Test
  void implausibleAverageProcurementAmountIsFlagged() {
    Map<String, Object> row = new HashMap<>(Map.of("item_count", 23, "amount_yuan", new BigDecimal("70.99")));
    List<CheckResult> results = new ProcurementChecks().run(Map.of("procurement", List.of(row)));
    assertThat(find(results, "procurement_amount_plausible", "amount_yuan").status()).isEqualTo(CheckResult.FAIL);
    assertThat(find(results, "procurement_count", "item_count").status()).isEqualTo(CheckResult.PASS);
  }

  @Test
  void carryForwardMustMatchNextYearsCarryOverAndIsReportedForBoth() {
    Map<String, List<CheckResult>> results = CarryOverCheck.run(List.of(
        new YearFigures("a", 2020, Map.of("total", 0L), Map.of("total", 2L)),
        new YearFigures("b", 2021, Map.of("total", 1L), Map.of("total", 0L))));
    assertThat(results.get("a")).singleElement().satisfies(r -> {
      assertThat(r.status()).isEqualTo(CheckResult.FAIL);
      assertThat(r.scope()).isEqualTo("total 2020->2021");
    });
    assertThat(results.get("b")).isEqualTo(results.get("a"));
  }
}
