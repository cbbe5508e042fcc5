package org.govdisclosure.extract.prose;

import org.govdisclosure.extract.section.Sections;

/** An output table that prose can state figures of, with the section where its statements belong. */
public enum Topic {
  APPLICATIONS("applications", "row_key", Sections.APPLICATIONS, new ApplicationRules()),
  REVIEW_LITIGATION("review_litigation", "proceeding", Sections.REVIEW_LITIGATION, new ReviewLitigationRules()),
  PROCUREMENT("procurement", null, Sections.PROACTIVE, new ProcurementRules());

  private final String table;
  private final String keyColumn;
  private final int section;
  private final Rules rules;

  Topic(String table, String keyColumn, int section, Rules rules) {
    this.table = table;
    this.keyColumn = keyColumn;
    this.section = section;
    this.rules = rules;
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
}
