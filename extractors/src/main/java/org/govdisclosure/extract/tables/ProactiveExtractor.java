package org.govdisclosure.extract.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.prose.ProseFallback;
import org.govdisclosure.extract.prose.Topic;
import org.govdisclosure.extract.spi.ReportContext;
import org.govdisclosure.extract.spi.SectionExtractor;
import org.govdisclosure.extract.spi.Template;
import org.govdisclosure.extract.tables.ItemDecoder.HeaderColumn;
import org.govdisclosure.extract.tables.ItemDecoder.ItemRow;
import org.govdisclosure.extract.template.NationalTemplate;
import org.govdisclosure.extract.template.NationalTemplate.ColumnKind;
import org.govdisclosure.extract.template.NationalTemplate.ItemBlock;
import org.govdisclosure.extract.value.Amount;
import org.govdisclosure.extract.value.Amounts;
import org.govdisclosure.extract.value.Count;
import org.govdisclosure.extract.value.Counts;
import org.govdisclosure.extract.value.Unit;

/**
 * Section 二: the 第二十条 items (一) (五) (六) (八) of either template, one row each, read by aligning whatever the
 * reader produced with the templates' items and columns ({@link ItemDecoder#read}). The year's published total comes from the sentences ({@link ProseFallback}), with or without a table.
 */
public final class ProactiveExtractor implements SectionExtractor {

  static final List<String> COLUMNS = List.of(
      "new_made", "new_published", "total_published", "issued", "repealed", "in_force",
      "items_previous_year", "items_change", "decisions", "fee_yuan", "fee_text", "fee_unit_source",
      "published_count", "published_text");

  private static final ItemBlock ITEMS = NationalTemplate.anyProactive();
  private static final String SECTION = "section 二";

  @Override
  public String table() {
    return "proactive";
  }

  @Override
  public List<Map<String, Object>> extract(ReportContext context) {
    Template template = context.template();
    List<ItemRow> rows = ItemDecoder.read(ITEMS, template == null ? null : NationalTemplate.of(template).proactive(), context);
    List<Map<String, Object>> records = new ArrayList<>();
    rows.stream().filter(r -> r.cells() != null).forEach(r -> records.add(record(r, context)));
    return ProseFallback.complete(Topic.PROACTIVE, COLUMNS, records, context);
  }

  private static Map<String, Object> record(ItemRow row, ReportContext context) {
    String where = SECTION + " row " + row.item().key();
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("item", row.item().key());
    COLUMNS.forEach(c -> record.put(c, null));
    if (row.sentence() == null) {
      record.put("source", "table");
    } else {
      record.put("source", "prose");
      record.put("evidence", row.sentence());
    }
    int blanks = 0;
    for (int i = 0; i < row.columns().size(); i++) {
      HeaderColumn column = row.columns().get(i);
      Cell cell = row.cells().get(i);
      if (column.column().kind() == ColumnKind.AMOUNT) {
        putFee(record, cell, column, where, context);
        continue;
      }
      Count count = column.column().kind() == ColumnKind.CHANGE ? Counts.parseChange(cell) : Counts.parse(cell);
      blanks += CountCells.warnNoValue(count, cell, where, context) ? 1 : 0;
      record.put(column.column().key(), count.value());
    }
    CountCells.warnBlanks(blanks, where, context);
    return record;
  }

  /** 本年收费金额: in the unit its cell or header names, else the template's (万元). */
  private static void putFee(Map<String, Object> record, Cell cell, HeaderColumn column, String where, ReportContext context) {
    String text = Cell.Text.unwrapped(cell.raw());
    Amount amount = Amounts.parse(text, Unit.declaredIn(column.header()), column.column().defaultUnit());
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
