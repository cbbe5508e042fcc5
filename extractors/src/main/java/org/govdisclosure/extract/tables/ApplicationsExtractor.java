package org.govdisclosure.extract.tables;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;
import org.govdisclosure.extract.prose.ProseFallback;
import org.govdisclosure.extract.prose.Topic;
import org.govdisclosure.extract.section.Sections;
import org.govdisclosure.extract.spi.ReportContext;
import org.govdisclosure.extract.spi.SectionExtractor;
import org.govdisclosure.extract.spi.Template;

/**
 * Section 三: the matrix of applications by outcome (rows) and applicant type (columns); without a table, what the
 * report's sentences state of it ({@link ProseFallback}).
 */
public final class ApplicationsExtractor implements SectionExtractor {

  static final List<String> COLUMNS =
      List.of("natural_person", "commercial_enterprise", "research_institution", "social_welfare_org", "legal_service_org", "other_org", "total");

  /** Header rows name applicant types; they carry no counts even where their last label is 总计. */
  private static final List<String> HEADER_WORDS = List.of("自然人", "商业企业", "科研机构", "申请人情况");

  @Override
  public String table() {
    return "applications";
  }

  @Override
  public List<Map<String, Object>> extract(ReportContext context) {
    List<Row> rows = new ArrayList<>();
    for (Table t : context.sections().tables(Sections.APPLICATIONS)) {
      rows.addAll(t.rows());
    }
    Set<ApplicationRow> seen = EnumSet.noneOf(ApplicationRow.class);
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      LabeledRow row = LabeledRow.of(rows.get(i));
      if (!row.hasLabels() || isHeader(row)) {
        continue;
      }
      ApplicationRow key = ApplicationRow.of(row.lastLabel());
      if (key == null) {
        if (!row.allValuesBlank()) {
          context.warn("unknown_row", "section 三: row '" + String.join("/", row.labels()) + "' is not in the template");
        }
        continue;
      }
      LabeledRow values = row;
      // A label row with empty cells whose counts sit on the next, label-less line (a wrapped export).
      if (row.allValuesBlank() && i + 1 < rows.size()) {
        LabeledRow next = LabeledRow.of(rows.get(i + 1));
        if (!next.hasLabels() && !next.values().isEmpty()) {
          values = next;
          i++;
        }
      }
      if (!seen.add(key)) {
        context.warn("duplicate_row", "section 三: row " + key.key() + " appears more than once; kept the first");
        continue;
      }
      List<Integer> counts = CountCells.read(values.values(), COLUMNS.size(), "section 三 row " + key.key(), context);
      Map<String, Object> record = new LinkedHashMap<>();
      record.put("row_key", key.key());
      for (int c = 0; c < COLUMNS.size(); c++) {
        record.put(COLUMNS.get(c), counts == null ? null : counts.get(c));
      }
      record.put("source", "table");
      out.add(record);
    }
    if (!out.isEmpty()) {
      warnMissingRows(seen, context);
    }
    return ProseFallback.complete(Topic.APPLICATIONS, COLUMNS, out, context);
  }

  private static boolean isHeader(LabeledRow row) {
    for (String label : row.labels()) {
      for (String word : HEADER_WORDS) {
        if (label.contains(word)) {
          return true;
        }
      }
    }
    return false;
  }

  private static void warnMissingRows(Set<ApplicationRow> seen, ReportContext context) {
    Set<ApplicationRow> expected = EnumSet.allOf(ApplicationRow.class);
    if (context.template() == Template.T2021) {
      expected.remove(ApplicationRow.OTHER);
    } else {
      expected.removeAll(EnumSet.of(ApplicationRow.OTHER_OVERDUE_CORRECTION, ApplicationRow.OTHER_OVERDUE_FEE, ApplicationRow.OTHER_OTHER));
    }
    expected.removeAll(seen);
    if (!expected.isEmpty()) {
      List<String> keys = new ArrayList<>();
      expected.forEach(r -> keys.add(r.key()));
      context.warn("missing_rows", "section 三: rows not found: " + String.join(", ", keys));
    }
  }
}
