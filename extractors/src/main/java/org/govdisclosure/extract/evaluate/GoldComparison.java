package org.govdisclosure.extract.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.govdisclosure.extract.meta.IssuerName;
import org.govdisclosure.extract.spi.OutputColumns;

/**
 * Compares what was extracted for a report with its gold file, field by field, over the gold's non-null values.
 * The extracted side is given as rows keyed by output column names, so it serves both the in-memory result and
 * Parquet read back through DuckDB.
 */
public final class GoldComparison {

  private static final List<String> APPLICATION_COLUMNS = OutputColumns.APPLICATION_COLUMNS;
  private static final List<String> PROCEEDINGS = OutputColumns.PROCEEDINGS;
  private static final List<String> OUTCOMES = OutputColumns.OUTCOMES;

  private static final String ORGANIZATION = "organization";

  /**
   * One scored field. An organization is correct when it names the gold's body: the same name or a tail of it of
   * at least four characters ({@link IssuerName#sameBody}), since reports often print less of the name than gold
   * gives (安镇街道办事处 of 无锡市锡山区安镇街道办事处).
   */
  public record Field(String name, Object expected, Object actual) {

    /** A count, an amount or the year; not a text such as a name or {@code amount_text}. */
    public boolean isNumber() {
      return expected instanceof Number;
    }

    /** A value that differs from the gold's: worse than none. */
    public boolean wrong() {
      return actual != null && !correct();
    }

    public boolean correct() {
      if (expected instanceof BigDecimal e && actual instanceof BigDecimal a) {
        return e.compareTo(a) == 0;
      }
      if (ORGANIZATION.equals(name) && expected instanceof String e && actual instanceof String a) {
        return IssuerName.sameBody(e, a);
      }
      return Objects.equals(expected, actual);
    }
  }

  private GoldComparison() {}

  /**
   * @param report the single {@code reports} row's columns
   * @param tables the extracted rows per table
   */
  public static List<Field> compare(JsonNode gold, Map<String, Object> report, Map<String, List<Map<String, Object>>> tables) {
    List<Field> fields = new ArrayList<>();
    scalar(fields, gold, "", "year", report.get("year"));
    scalar(fields, gold, "", ORGANIZATION, report.get(ORGANIZATION));
    scalar(fields, gold, "", "province", report.get("province"));
    scalar(fields, gold, "", "city", report.get("city"));
    scalar(fields, gold, "", "county", report.get("county_name"));
    scalar(fields, gold, "", "county_code", report.get("county_code"));
    scalar(fields, gold, "", "township", report.get("township"));
    scalar(fields, gold, "", "template", report.get("template"));
    JsonNode procurement = gold.path("procurement");
    if (procurement.isObject()) {
      Map<String, Object> row = first(tables.get("procurement"));
      scalar(fields, procurement, "procurement.", "item_count", row.get("item_count"));
      scalar(fields, procurement, "procurement.", "amount_text", row.get("amount_text"));
      JsonNode yuan = procurement.get("amount_yuan");
      if (yuan != null && !yuan.isNull()) {
        fields.add(new Field("procurement.amount_yuan", new BigDecimal(yuan.asText()), row.get("amount_yuan")));
      }
    }
    JsonNode applications = gold.path("applications").path("rows");
    applications.fields().forEachRemaining(e -> {
      Map<String, Object> row = rowWith(tables.get("applications"), "row_key", e.getKey());
      for (int c = 0; c < APPLICATION_COLUMNS.size(); c++) {
        JsonNode v = e.getValue().get(c);
        if (v != null && !v.isNull()) {
          fields.add(new Field("applications." + e.getKey() + "." + APPLICATION_COLUMNS.get(c), v.asInt(), toInt(row.get(APPLICATION_COLUMNS.get(c)))));
        }
      }
    });
    JsonNode review = gold.path("review_litigation").path("values");
    for (int i = 0; i < review.size(); i++) {
      if (!review.get(i).isNull()) {
        String proceeding = PROCEEDINGS.get(i / OUTCOMES.size());
        String outcome = OUTCOMES.get(i % OUTCOMES.size());
        Map<String, Object> row = rowWith(tables.get("review_litigation"), "proceeding", proceeding);
        fields.add(new Field("review_litigation." + proceeding + "." + outcome, review.get(i).asInt(), toInt(row.get(outcome))));
      }
    }
    return fields;
  }

  private static void scalar(List<Field> fields, JsonNode gold, String prefix, String key, Object actual) {
    JsonNode v = gold.get(key);
    if (v == null || v.isNull()) {
      return;
    }
    Object expected = v.isInt() ? v.asInt() : v.asText();
    fields.add(new Field(prefix + key, expected, actual instanceof Number n && expected instanceof Integer ? n.intValue() : actual));
  }

  private static Integer toInt(Object o) {
    return o instanceof Number n ? n.intValue() : null;
  }

  private static Map<String, Object> first(List<Map<String, Object>> rows) {
    return rows == null || rows.isEmpty() ? Map.of() : rows.get(0);
  }

  private static Map<String, Object> rowWith(List<Map<String, Object>> rows, String column, String value) {
    if (rows != null) {
      for (Map<String, Object> r : rows) {
        if (value.equals(r.get(column))) {
          return r;
        }
      }
    }
    return Map.of();
  }
}
