package org.govdisclosure.extract.prose;

import java.util.Set;
import org.govdisclosure.extract.section.Sections;

/** An output table that prose can state figures of, with the section where its statements belong. */
public enum Topic {
  APPLICATIONS("applications", "row_key", Sections.APPLICATIONS, Sections.PROACTIVE, new ApplicationRules()),
  REVIEW_LITIGATION("review_litigation", "proceeding", Sections.REVIEW_LITIGATION, 0, new ReviewLitigationRules()),
  PROCUREMENT("procurement", null, Sections.PROACTIVE, 0, new ProcurementRules()),
  PROACTIVE("proactive", "item", Sections.PROACTIVE, 0, new ProactiveRules(), ProactiveRules.PUBLISHED_TOTAL);

  private final String table;
  private final String keyColumn;
  private final int section;
  private final int strayIn;
  private final Rules rules;
  private final Set<String> proseOnlyRows;

  Topic(String table, String keyColumn, int section, int strayIn, Rules rules, String... proseOnlyRows) {
    this.table = table;
    this.keyColumn = keyColumn;
    this.section = section;
    this.strayIn = strayIn;
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

  /**
   * The section under whose heading a report printing no table of this topic sometimes runs its sentences on, or 0:
   * section 三's 本年共收到政府信息公开申请7件 below 二、主动公开's last paragraph, its own heading left out.
   */
  int strayIn() {
    return strayIn;
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
