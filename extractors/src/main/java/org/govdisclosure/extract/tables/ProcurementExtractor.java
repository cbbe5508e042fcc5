package org.govdisclosure.extract.tables;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.prose.ProseFallback;
import org.govdisclosure.extract.prose.Topic;
import org.govdisclosure.extract.spi.ReportContext;
import org.govdisclosure.extract.spi.SectionExtractor;
import org.govdisclosure.extract.spi.Template;
import org.govdisclosure.extract.tables.ItemDecoder.ItemRow;
import org.govdisclosure.extract.template.NationalTemplate;
import org.govdisclosure.extract.template.NationalTemplate.ItemBlock;
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

  private static final ItemBlock ITEM = NationalTemplate.of(Template.T2019).procurement();
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

  /** The 政府集中采购 row of section 二 ({@link ItemDecoder}), or of any table when section 二 has none. */
  private static List<Map<String, Object>> fromTable(ReportContext context) {
    return ItemDecoder.read(ITEM, ITEM, context).stream().filter(r -> r.cells() != null).map(r -> record(r, context)).toList();
  }

  private static Map<String, Object> record(ItemRow row, ReportContext context) {
    Cell countCell = cell(row, "item_count");
    Cell amountCell = cell(row, "amount");
    Count count = Counts.parse(countCell);
    if (count.kind() != CellKind.NUMBER) {
      context.warn("procurement_count_missing", "政府集中采购 count cell '" + countCell.text() + "' holds no number");
    }
    Amount amount = Amounts.parse(amountCell.raw().strip(), headerUnit(row, "amount"));
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
    // as printed, in one form whatever the reader kept: full-width figures (２２１５７２１５, ５４９．６) folded NFKC
    String printed = Cell.Text.nfkc(Cell.Text.unwrapped(amountCell.raw()));
    // a cell printing figures apart (67 565488.64元) is two cells merged: no amount's text
    boolean merged = Counts.FIGURES_APART.equals(amount.problem());
    record.put("amount_text", printed.isEmpty() || merged ? null : printed);
    record.put("amount_unit_source", amount.unitSource() == null ? null : amount.unitSource().code());
    if (row.sentence() == null) {
      record.put("source", "table");
    } else {
      record.put("source", "prose");
      record.put("evidence", row.sentence());
    }
    return record;
  }

  /** The row's cell in the column {@code key}; blank when the header names no such column. */
  private static Cell cell(ItemRow row, String key) {
    for (int i = 0; i < row.columns().size(); i++) {
      if (row.columns().get(i).column().key().equals(key)) {
        return row.cells().get(i);
      }
    }
    return new Cell("");
  }

  /** The unit the header of column {@code key} names (采购总金额（万元）), or null. */
  private static Unit headerUnit(ItemRow row, String key) {
    return row.columns().stream().filter(c -> c.column().key().equals(key)).findFirst()
        .map(c -> Unit.declaredIn(c.header())).orElse(null);
  }
}
