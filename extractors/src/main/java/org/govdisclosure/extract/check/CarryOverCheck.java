package org.govdisclosure.extract.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.govdisclosure.extract.spi.Template;
import org.govdisclosure.extract.template.NationalTemplate;
import org.govdisclosure.extract.template.RowRole;

/**
 * Across years of one issuer: what a report carries forward into next year (四、结转下年度继续办理) is what the
 * next year's report says it carried over (二、上年结转). Each comparison is reported for both reports.
 */
public final class CarryOverCheck {

  public static final String NAME = "carry_over_next_year";
  /** The section 三 row keys compared: 二、上年结转 and 四、结转下年度继续办理. */
  public static final String CARRIED_OVER = key(RowRole.CARRIED_OVER);
  public static final String CARRIED_FORWARD = key(RowRole.CARRIED_FORWARD);

  /** One report's section 三 carry figures, per column (null where the cell was blank or the row missing). */
  public record YearFigures(String reportId, int year, Map<String, Long> carriedOver, Map<String, Long> carriedForward) {}

  private CarryOverCheck() {}

  private static String key(RowRole role) {
    return NationalTemplate.of(Template.T2019).applications().row(role).key();
  }

  /** Results per report id for one issuer's reports; a year with two reports is left unchecked (ambiguous). */
  public static Map<String, List<CheckResult>> run(List<YearFigures> reports) {
    Map<Integer, List<YearFigures>> byYear = new TreeMap<>();
    for (YearFigures f : reports) {
      byYear.computeIfAbsent(f.year(), y -> new ArrayList<>()).add(f);
    }
    Map<String, List<CheckResult>> results = new HashMap<>();
    for (Map.Entry<Integer, List<YearFigures>> e : byYear.entrySet()) {
      List<YearFigures> next = byYear.get(e.getKey() + 1);
      if (e.getValue().size() != 1 || next == null || next.size() != 1) {
        continue;
      }
      YearFigures earlier = e.getValue().get(0);
      YearFigures later = next.get(0);
      for (Map.Entry<String, Long> column : earlier.carriedForward().entrySet()) {
        String scope = column.getKey() + " " + earlier.year() + "->" + later.year();
        CheckResult r = CheckResult.ofSums(NAME, scope, column.getValue(), later.carriedOver().get(column.getKey()));
        results.computeIfAbsent(earlier.reportId(), k -> new ArrayList<>()).add(r);
        results.computeIfAbsent(later.reportId(), k -> new ArrayList<>()).add(r);
      }
    }
    return results;
  }
}
