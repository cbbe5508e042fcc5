package org.govdisclosure.extract.tables;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;
import org.govdisclosure.extract.prose.ProseFallback;
import org.govdisclosure.extract.prose.Topic;
import org.govdisclosure.extract.section.Sections;
import org.govdisclosure.extract.spi.ReportContext;
import org.govdisclosure.extract.spi.SectionExtractor;
import org.govdisclosure.extract.spi.Template;
import org.govdisclosure.extract.value.Amount;
import org.govdisclosure.extract.value.AmountPlausibility;
import org.govdisclosure.extract.value.Amounts;
import org.govdisclosure.extract.value.CellKind;
import org.govdisclosure.extract.value.Count;
import org.govdisclosure.extract.value.Counts;
import org.govdisclosure.extract.value.Unit;
import org.govdisclosure.extract.value.UnitSource;

/**
 * Section 二, 第二十条第（九）项: the 政府集中采购 row (number of purchases and total amount); 2019 template only.
 * Without a table, what the report's sentences state of it ({@link ProseFallback}).
 */
public final class ProcurementExtractor implements SectionExtractor {

  private static final String ROW_LABEL = "政府集中采购";
  private static final String AMOUNT_HEADER = "金额";
  private static final String CAPTION = "第二十条";
  private static final List<String> COLUMNS = List.of("item_count", "amount_yuan", "amount_text", "amount_unit_source");

  @Override
  public String table() {
    return "procurement";
  }

  @Override
  public boolean expectedIn(Template template) {
    return template != Template.T2021;
  }

  @Override
  public List<Map<String, Object>> extract(ReportContext context) {
    return ProseFallback.complete(Topic.PROCUREMENT, COLUMNS, fromTable(context), context);
  }

  private static List<Map<String, Object>> fromTable(ReportContext context) {
    for (Table t : context.sections().tables(Sections.PROACTIVE)) {
      List<Row> rows = t.rows();
      for (int i = 0; i < rows.size(); i++) {
        LabeledRow row = LabeledRow.of(rows.get(i));
        if (row.lastLabel().contains(ROW_LABEL)) {
          return List.of(record(row, headerUnit(rows, i), context));
        }
      }
    }
    return List.of();
  }

  private static Map<String, Object> record(LabeledRow row, Unit headerUnit, ReportContext context) {
    List<Cell> values = row.values();
    Cell countCell = values.size() > 0 ? values.get(0) : new Cell("");
    Cell amountCell = values.size() > 1 ? values.get(1) : new Cell("");
    Count count = Counts.parse(countCell.text());
    if (count.kind() != CellKind.NUMBER) {
      context.warn("procurement_count_missing", "政府集中采购 count cell '" + countCell.text() + "' holds no number");
    }
    Amount amount = Amounts.parse(amountCell.raw().strip(), headerUnit);
    if (count.value() != null) {
      amount = AmountPlausibility.checkPerItem(amount, count.value());
    }
    if (amount.warning() != null) {
      context.warn(amount.warning(), "政府集中采购 amount '" + amount.text() + "' over " + count.value() + " items looks like the wrong unit; kept as read");
    }
    if (amount.approximate()) {
      context.warn("amount_approximate", "政府集中采购 amount '" + amount.text() + "' is approximate");
    }
    if (!amount.isParsed()) {
      context.warn("procurement_amount_" + amount.problem(), "政府集中采购 amount cell '" + amountCell.text() + "' holds no amount");
    } else if (amount.unitSource() == UnitSource.ASSUMED) {
      context.warn("amount_unit_assumed", "政府集中采购 amount '" + amount.text() + "' has no unit; read as yuan");
    }
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("item_count", count.value());
    record.put("amount_yuan", amount.yuan());
    record.put("amount_text", amountCell.raw().strip().isEmpty() ? null : amountCell.raw().strip());
    record.put("amount_unit_source", amount.unitSource() == null ? null : amount.unitSource().code());
    record.put("source", "table");
    return record;
  }

  /** The unit named by the amount column's header above, e.g. 采购总金额（万元）, up to the sub-table's caption. */
  private static Unit headerUnit(List<Row> rows, int procurementRow) {
    for (int i = procurementRow - 1; i >= 0; i--) {
      for (Cell c : rows.get(i).cells()) {
        String t = c.text();
        if (t.contains(AMOUNT_HEADER)) {
          return Unit.declaredIn(t);
        }
        if (t.contains(CAPTION)) {
          return null;
        }
      }
    }
    return null;
  }
}
