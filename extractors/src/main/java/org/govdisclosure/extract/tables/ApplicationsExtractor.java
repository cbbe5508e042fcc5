package org.govdisclosure.extract.tables;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;
import org.govdisclosure.extract.prose.ProseFallback;
import org.govdisclosure.extract.prose.Topic;
import org.govdisclosure.extract.section.Sections;
import org.govdisclosure.extract.spi.OutputColumns;
import org.govdisclosure.extract.spi.ReportContext;
import org.govdisclosure.extract.spi.SectionExtractor;
import org.govdisclosure.extract.spi.Template;
import org.govdisclosure.extract.value.CellKind;

/**
 * Section 三: the matrix of applications by outcome (rows) and applicant type (columns). Rows are found by their
 * labels. Value rows that lost their label (PDF conversions print labels apart from their numbers) are placed only
 * where it is certain: between two labelled rows, when exactly as many template rows are missing there as there
 * are unlabelled rows. Without a table, what the report's sentences state of it ({@link ProseFallback}).
 */
public final class ApplicationsExtractor implements SectionExtractor {

  private static final List<String> COLUMNS = OutputColumns.APPLICATION_COLUMNS;

  /**
   * Header rows name applicant types and carry no counts, even where their last label is 总计; a header that a
   * flattened page glued to the first data row is not one.
   */
  private static final List<String> HEADER_WORDS = List.of("自然人", "商业企业", "科研机构", "申请人情况");

  /** A value row of the matrix, with its row when its label was recognized. */
  private record Entry(ApplicationRow row, List<Cell> values) {}

  @Override
  public String table() {
    return "applications";
  }

  @Override
  public List<Map<String, Object>> extract(ReportContext context) {
    List<ApplicationRow> order = order(context);
    List<Entry> entries = entries(context, order);
    Map<ApplicationRow, List<Cell>> found = new EnumMap<>(ApplicationRow.class);
    int lastAnchor = -1;
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      if (e.row() == null) {
        continue;
      }
      if (found.containsKey(e.row())) {
        context.warn("duplicate_row", "section 三: row " + e.row().key() + " appears more than once; kept the first");
      } else {
        found.put(e.row(), e.values());
      }
      if (lastAnchor >= 0 && i - lastAnchor > 1) {
        alignUnlabelled(entries.subList(lastAnchor + 1, i), entries.get(lastAnchor).row(), e.row(), order, found, context);
      }
      lastAnchor = i;
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (ApplicationRow row : order) {
      List<Cell> values = found.get(row);
      if (values != null) {
        out.add(record(row, CountCells.read(values, COLUMNS.size(), "section 三 row " + row.key(), context)));
      }
    }
    if (!out.isEmpty()) {
      warnMissingRows(order, found.keySet(), context);
    }
    return ProseFallback.complete(Topic.APPLICATIONS, COLUMNS, out, context);
  }

  /**
   * The rows section 三 prints: the 2021 template's wherever its rows （六）1 and 2 show, also in a report whose other
   * sections keep the 2019 template's wording; otherwise the report's template's.
   */
  private static List<ApplicationRow> order(ReportContext context) {
    List<Block> section = context.sections().blocks(Sections.APPLICATIONS);
    boolean prints2021Rows = prints(section, ApplicationRow.OTHER_OVERDUE_CORRECTION.anchor())
        && prints(section, ApplicationRow.OTHER_OVERDUE_FEE.anchor());
    return context.template() == Template.T2021 || prints2021Rows ? ApplicationRow.ORDER_2021 : ApplicationRow.ORDER_2019;
  }

  private static boolean prints(List<Block> section, String phrase) {
    for (Block block : section) {
      if (block instanceof Paragraph p && p.text().contains(phrase)) {
        return true;
      }
      if (block instanceof Table t) {
        for (Row r : t.rows()) {
          for (Cell c : r.cells()) {
            if (c.text().contains(phrase)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /** The section's value rows in reading order: labelled ones with their row, unlabelled ones without. */
  private static List<Entry> entries(ReportContext context, List<ApplicationRow> order) {
    List<Row> rows = new ArrayList<>();
    for (Table t : context.sections().tables(Sections.APPLICATIONS)) {
      rows.addAll(t.rows());
    }
    if (rows.isEmpty()) {
      rows = GluedRows.applications(context.sections().blocks(Sections.APPLICATIONS), order, context);
    }
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      LabeledRow row = LabeledRow.of(rows.get(i));
      if (!row.hasLabels()) {
        if (row.values().size() >= COLUMNS.size() && !row.allValuesBlank()) {
          entries.add(new Entry(null, row.values()));
        }
        continue;
      }
      if (isHeader(row)) {
        continue;
      }
      ApplicationRow key = ApplicationRow.of(row.lastLabel());
      if (key == null) {
        if (!row.allValuesBlank()) {
          context.warn("unknown_row", "section 三: row '" + String.join("/", row.labels()) + "' is not in the template");
        }
        continue;
      }
      List<Cell> values = row.values();
      // A label row with empty cells whose counts sit on the next, label-less line (a wrapped export).
      if (row.allValuesBlank() && i + 1 < rows.size()) {
        LabeledRow next = LabeledRow.of(rows.get(i + 1));
        if (!next.hasLabels() && !next.values().isEmpty()) {
          values = next.values();
          i++;
        }
      }
      entries.add(new Entry(key, values));
    }
    return entries;
  }

  private static void alignUnlabelled(List<Entry> run, ApplicationRow before, ApplicationRow after,
      List<ApplicationRow> order, Map<ApplicationRow, List<Cell>> found, ReportContext context) {
    int from = order.indexOf(before);
    int to = order.indexOf(after);
    List<ApplicationRow> missing = new ArrayList<>();
    for (int k = from + 1; k < to && from >= 0; k++) {
      if (!found.containsKey(order.get(k))) {
        missing.add(order.get(k));
      }
    }
    if (missing.size() != run.size()) {
      context.warn("unlabelled_rows", "section 三: " + run.size() + " value rows without a label between " + before.key()
          + " and " + after.key() + ", where " + missing.size() + " rows are missing; left unread");
      return;
    }
    for (int k = 0; k < run.size(); k++) {
      found.put(missing.get(k), run.get(k).values());
    }
    context.warn("rows_aligned_by_order", "section 三: " + run.size() + " unlabelled value rows between " + before.key()
        + " and " + after.key() + " taken as the template's missing rows there");
  }

  private static Map<String, Object> record(ApplicationRow row, List<Integer> counts) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("row_key", row.key());
    for (int c = 0; c < COLUMNS.size(); c++) {
      record.put(COLUMNS.get(c), counts == null ? null : counts.get(c));
    }
    record.put("source", "table");
    return record;
  }

  private static boolean isHeader(LabeledRow row) {
    if (row.values().stream().anyMatch(c -> CellKind.of(c.text()) == CellKind.NUMBER)) {
      return false;
    }
    for (String label : row.labels()) {
      for (String word : HEADER_WORDS) {
        if (label.contains(word)) {
          return true;
        }
      }
    }
    return false;
  }

  private static void warnMissingRows(List<ApplicationRow> order, Set<ApplicationRow> seen, ReportContext context) {
    List<String> keys = new ArrayList<>();
    for (ApplicationRow row : order) {
      if (!seen.contains(row)) {
        keys.add(row.key());
      }
    }
    if (!keys.isEmpty()) {
      context.warn("missing_rows", "section 三: rows not found: " + String.join(", ", keys));
    }
  }
}
