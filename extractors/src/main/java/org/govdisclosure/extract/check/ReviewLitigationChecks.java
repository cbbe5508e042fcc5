package org.govdisclosure.extract.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.govdisclosure.extract.spi.OutputColumns;

/** Section 四: in each proceeding, 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计. */
public final class ReviewLitigationChecks implements ReportCheck {

  private static final List<String> OUTCOMES = OutputColumns.OUTCOMES.subList(0, OutputColumns.OUTCOMES.size() - 1);

  @Override
  public List<CheckResult> run(Map<String, List<Map<String, Object>>> tables) {
    List<CheckResult> results = new ArrayList<>();
    for (Map<String, Object> row : tables.getOrDefault("review_litigation", List.of())) {
      results.add(CheckResult.ofSums("review_litigation_sum", (String) row.get("proceeding"), Sums.value(row, "total"), Sums.sumOf(row, OUTCOMES)));
    }
    return results;
  }
}
