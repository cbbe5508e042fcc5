package org.govdisclosure.extract.evaluate;

import java.util.List;
import org.govdisclosure.extract.ProcessedReport;
import org.govdisclosure.extract.ReportProcessor;

/** Whether a wrong number is flagged: a failed check of the report covers its cell. */
public final class FailedChecks {

  private FailedChecks() {}

  /**
   * Whether a failed check covers the field ({@code table.row.column}, as {@link GoldComparison} names it): its
   * table's identity over the field's row or column (a row sum, a column sum, a proceeding's total, the amount's
   * plausibility), or the prose that disagrees with that very cell. A failure elsewhere in the table does not flag
   * a wrong number in a row and column whose checks all hold.
   */
  public static boolean cover(ProcessedReport r, String field) {
    String table = field.substring(0, field.indexOf('.'));
    List<String> place = List.of(field.substring(table.length() + 1).split("\\."));
    return r.tables().getOrDefault(ReportProcessor.CHECKS, List.of()).stream()
        .filter(c -> "fail".equals(c.get("status")))
        .anyMatch(c -> {
          String scope = String.valueOf(c.get("scope"));
          if (scope.startsWith(table + " ")) { // prose_agrees_with_table: "<table> <row>.<column>"
            return scope.substring(table.length() + 1).equals(String.join(".", place));
          }
          return String.valueOf(c.get("check")).startsWith(table) && place.contains(scope.split(" ")[0]);
        });
  }
}
