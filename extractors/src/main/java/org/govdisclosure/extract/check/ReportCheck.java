package org.govdisclosure.extract.check;

import java.util.List;
import java.util.Map;

/**
 * A consistency rule over one report's extracted tables. Implementations are registered with
 * {@link java.util.ServiceLoader} under {@code META-INF/services/org.govdisclosure.extract.check.ReportCheck}.
 */
public interface ReportCheck {

  /**
   * @param tables the report's rows per table, keyed by column names
   * @return one result per scope the rule covers; empty when the tables it needs are absent
   */
  List<CheckResult> run(Map<String, List<Map<String, Object>>> tables);
}
