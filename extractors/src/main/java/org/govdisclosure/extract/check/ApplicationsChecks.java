package org.govdisclosure.extract.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govdisclosure.extract.spi.OutputColumns;

/**
 * The section 三 identities: per column, 第一项 + 第二项 = 第三项（七）总计 + 第四项 (the template's own 勾稽关系),
 * and the detail rows of 第三项 sum to its 总计; per row, the six applicant columns sum to 总计.
 */
public final class ApplicationsChecks implements ReportCheck {

  private static final List<String> APPLICANTS = OutputColumns.APPLICANTS;
  private static final String TOTAL = OutputColumns.TOTAL;
  private static final Set<String> NOT_DETAIL = Set.of("new_received", "carried_over", "total", "carried_forward");

  @Override
  public List<CheckResult> run(Map<String, List<Map<String, Object>>> tables) {
    List<Map<String, Object>> rows = tables.getOrDefault("applications", List.of());
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, Map<String, Object>> byKey = new HashMap<>();
    List<Map<String, Object>> details = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      String key = (String) row.get("row_key");
      byKey.put(key, row);
      if (!NOT_DETAIL.contains(key)) {
        details.add(row);
      }
    }
    List<CheckResult> results = new ArrayList<>();
    for (String column : OutputColumns.APPLICATION_COLUMNS) {
      Long in = Sums.add(Sums.value(byKey.get("new_received"), column), Sums.value(byKey.get("carried_over"), column));
      Long out = Sums.add(Sums.value(byKey.get("total"), column), Sums.value(byKey.get("carried_forward"), column));
      results.add(CheckResult.ofSums("applications_balance", column, in, out));
      results.add(CheckResult.ofSums("applications_detail_sum", column, Sums.value(byKey.get("total"), column), Sums.sum(details, column)));
    }
    for (Map<String, Object> row : rows) {
      results.add(CheckResult.ofSums("applications_row_sum", (String) row.get("row_key"), Sums.value(row, TOTAL), Sums.sumOf(row, APPLICANTS)));
    }
    return results;
  }
}
