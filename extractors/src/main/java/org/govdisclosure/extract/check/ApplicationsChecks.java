package org.govdisclosure.extract.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govdisclosure.extract.spi.OutputColumns;
import org.govdisclosure.extract.spi.Template;
import org.govdisclosure.extract.template.NationalTemplate;
import org.govdisclosure.extract.template.RowRole;
import org.govdisclosure.extract.template.TemplateRow;

/**
 * The section 三 identities: per column, 第一项 + 第二项 = 第三项（七）总计 + 第四项 (the template's own 勾稽关系),
 * and the detail rows of 第三项 sum to its 总计; per row, the six applicant columns sum to 总计. The rows' roles come
 * from the templates ({@link NationalTemplate}).
 */
public final class ApplicationsChecks implements ReportCheck {

  private static final List<String> APPLICANTS = OutputColumns.APPLICANTS;
  private static final String TOTAL = OutputColumns.TOTAL;
  /** Every template's detail rows, and the key of each row with another role (the same in both templates). */
  private static final Set<String> DETAIL = new HashSet<>();
  private static final Map<RowRole, String> KEY = new EnumMap<>(RowRole.class);

  static {
    for (Template t : Template.values()) {
      for (TemplateRow row : NationalTemplate.of(t).applications().rows()) {
        if (row.role() == RowRole.DETAIL) {
          DETAIL.add(row.key());
        } else {
          KEY.put(row.role(), row.key());
        }
      }
    }
  }

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
      if (DETAIL.contains(key)) {
        details.add(row);
      }
    }
    List<CheckResult> results = new ArrayList<>();
    for (String column : OutputColumns.APPLICATION_COLUMNS) {
      Long in = Sums.add(value(byKey, RowRole.RECEIVED, column), value(byKey, RowRole.CARRIED_OVER, column));
      Long out = Sums.add(value(byKey, RowRole.TOTAL, column), value(byKey, RowRole.CARRIED_FORWARD, column));
      results.add(CheckResult.ofSums("applications_balance", column, in, out));
      results.add(CheckResult.ofSums("applications_detail_sum", column, value(byKey, RowRole.TOTAL, column), Sums.sum(details, column)));
    }
    for (Map<String, Object> row : rows) {
      results.add(rowSum(row));
    }
    return results;
  }

  /**
   * A row's applicant columns sum to its total. With a blank among them the sum is unknown, yet counts are never
   * negative: known ones adding up to more than the total still break it (a row read one column off, say).
   */
  private static CheckResult rowSum(Map<String, Object> row) {
    String key = (String) row.get("row_key");
    Long total = Sums.value(row, TOTAL);
    Long sum = Sums.sumOf(row, APPLICANTS);
    long known = Sums.knownSum(row, APPLICANTS);
    if (total != null && sum == null && known > total) {
      return new CheckResult("applications_row_sum", key, CheckResult.FAIL, String.valueOf(total), ">= " + known);
    }
    return CheckResult.ofSums("applications_row_sum", key, total, sum);
  }

  private static Long value(Map<String, Map<String, Object>> byKey, RowRole role, String column) {
    return Sums.value(byKey.get(KEY.get(role)), column);
  }
}
