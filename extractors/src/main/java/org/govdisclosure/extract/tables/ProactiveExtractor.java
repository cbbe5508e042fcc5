package org.govdisclosure.extract.tables;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;
import org.govdisclosure.extract.prose.ProseFallback;
import org.govdisclosure.extract.prose.Topic;
import org.govdisclosure.extract.section.Sections;
import org.govdisclosure.extract.spi.ReportContext;
import org.govdisclosure.extract.spi.SectionExtractor;
import org.govdisclosure.extract.tables.ProactiveColumn.Found;
import org.govdisclosure.extract.value.Amount;
import org.govdisclosure.extract.value.Amounts;
import org.govdisclosure.extract.value.Count;
import org.govdisclosure.extract.value.Unit;

/**
 * Section 二: the 第二十条 items (一) (五) (六) (八) of either template, one row each. The section is one table
 * whose sub-tables start with a caption row ({@code 第二十条第（五）项}) and have their own header; a header's
 * columns are read by their text ({@link ProactiveColumn}), an item's row by its label ({@link ProactiveItem}).
 * Item rows under no recognized header (another table of the section, e.g. a list of published columns) are not
 * the template's and are skipped. Reports whose section headings are misnumbered keep the table elsewhere, so
 * without one in section 二 every table of the report is searched. The year's published total comes from the
 * sentences ({@link ProseFallback}), with or without a table.
 */
public final class ProactiveExtractor implements SectionExtractor {

  static final List<String> COLUMNS = List.of(
      "new_made", "new_published", "total_published", "issued", "repealed", "in_force",
      "items_previous_year", "items_change", "decisions", "fee_yuan", "fee_text", "fee_unit_source",
      "published_count", "published_text");

  private static final String CAPTION = "第二十条";

  @Override
  public String table() {
    return "proactive";
  }

  @Override
  public List<Map<String, Object>> extract(ReportContext context) {
    List<Map<String, Object>> rows = read(context.sections().tables(Sections.PROACTIVE), context);
    if (rows.isEmpty()) {
      rows = read(allTables(context), context);
    }
    return ProseFallback.complete(Topic.PROACTIVE, COLUMNS, rows, context);
  }

  private static List<Table> allTables(ReportContext context) {
    List<Table> tables = new ArrayList<>();
    for (Block b : context.document().blocks()) {
      if (b instanceof Table t) {
        tables.add(t);
      }
    }
    return tables;
  }

  private static List<Map<String, Object>> read(List<Table> tables, ReportContext context) {
    Map<ProactiveItem, Map<String, Object>> found = new EnumMap<>(ProactiveItem.class);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Table t : tables) {
      List<Found> columns = List.of();
      boolean underCaption = false;
      for (Row r : t.rows()) {
        LabeledRow row = LabeledRow.of(r);
        ProactiveItem item = ProactiveItem.of(row.lastLabel());
        List<String> headerLabels = item == null ? row.labels() : row.labels().subList(0, row.labels().size() - 1);
        if (headerLabels.stream().anyMatch(l -> l.contains(CAPTION))) {
          columns = List.of();
          underCaption = true;
        }
        List<Found> named = ProactiveColumn.in(String.join("", headerLabels));
        if (!named.isEmpty()) {
          columns = named;
        }
        if (item == null) {
          if (named.isEmpty() && !columns.isEmpty() && row.hasLabels() && !row.allValuesBlank()) {
            context.warn("unknown_row", "section 二: row '" + row.lastLabel() + "' is not in the template");
          }
          continue;
        }
        if (columns.isEmpty()) {
          if (underCaption) {
            context.warn("missing_header", "section 二: row '" + row.lastLabel() + "' has no header naming its columns; left unread");
          }
        } else if (found.containsKey(item)) {
          context.warn("duplicate_row", "section 二: row " + item.key() + " appears more than once; kept the first");
        } else {
          Map<String, Object> record = record(item, row.values(), columns, context);
          found.put(item, record);
          rows.add(record);
        }
      }
    }
    return rows;
  }

  private static Map<String, Object> record(ProactiveItem item, List<Cell> values, List<Found> columns, ReportContext context) {
    String where = "section 二 row " + item.key();
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("item", item.key());
    COLUMNS.forEach(c -> record.put(c, null));
    record.put("source", "table");
    List<Cell> fitted = CountCells.fit(values, columns.size(), where, context);
    if (fitted == null) {
      return record;
    }
    List<Cell> countCells = new ArrayList<>();
    List<Function<String, Count>> parsers = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      ProactiveColumn column = columns.get(i).column();
      if (column == ProactiveColumn.FEE) {
        putFee(record, fitted.get(i), columns.get(i).header(), where, context);
      } else {
        countCells.add(fitted.get(i));
        parsers.add(column.parser());
        keys.add(column.key());
      }
    }
    List<Integer> counts = CountCells.counts(countCells, parsers, where, context);
    for (int i = 0; i < keys.size(); i++) {
      record.put(keys.get(i), counts.get(i));
    }
    return record;
  }

  /** 本年收费金额: in the unit its header names, else the 2021 template's 万元. */
  private static void putFee(Map<String, Object> record, Cell cell, String header, String where, ReportContext context) {
    String text = cell.raw().strip();
    Amount amount = Amounts.parse(text, Unit.declaredIn(header), Unit.WAN);
    if (!amount.isParsed()) {
      context.warn("fee_amount_" + amount.problem(), where + ": cell '" + cell.text() + "' holds no amount");
    }
    if (amount.approximate()) {
      context.warn("amount_approximate", where + ": amount '" + text + "' is approximate");
    }
    record.put("fee_yuan", amount.yuan());
    record.put("fee_text", text.isEmpty() ? null : text);
    record.put("fee_unit_source", amount.unitSource() == null ? null : amount.unitSource().code());
  }
}
