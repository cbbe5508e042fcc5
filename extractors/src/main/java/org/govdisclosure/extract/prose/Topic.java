package org.govdisclosure.extract.prose;

import java.util.Set;
import org.govdisclosure.extract.section.Sections;

/** An output table that prose can state figures of, with the section where its statements belong. */
public enum Topic {
  APPLICATIONS("applications", "row_key", Sections.APPLICATIONS, new ApplicationRules()),
  REVIEW_LITIGATION("review_litigation", "proceeding", Sections.REVIEW_LITIGATION, new ReviewLitigationRules()),
  PROCUREMENT("procurement", null, Sections.PROACTIVE, new ProcurementRules()),
  PROACTIVE("proactive", "item", Sections.PROACTIVE, new ProactiveRules(), ProactiveRules.PUBLISHED_TOTAL);

  private final String table;
  private final String keyColumn;
  private final int section;
  private final Rules rules;
  private final Set<String> proseOnlyRows;

  Topic(String table, String keyColumn, int section, Rules rules, String... proseOnlyRows) {
    this.table = table;
    this.keyColumn = keyColumn;
    this.section = section;
    this.rules = rules;
    this.proseOnlyRows = Set.of(proseOnlyRows);
  }

  public String table() {
    return table;
  }

  /** The column that names a row, or null for a single-row table. */
  public String keyColumn() {
    return keyColumn;
  }

  int section() {
    return section;
  }

  Rules rules() {
    return rules;
  }

  /**
   * Whether only sentences state a row (the template's table has no such row), so prose adds it to a table; never
   * of a single-row table, whose figures have no row key.
   */
  boolean isProseOnly(String row) {
    return row != null && proseOnlyRows.contains(row);
  }
}
