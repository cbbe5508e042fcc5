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
 * Compares what was extracted for a report with its gold file, field by field: every non-null gold value, and every
 * value extracted where the gold states none (a cell the gold leaves null or has no row for, a scalar the gold gives
 * as null, procurement where the gold has none). Such a value is as wrong as a misread one; where neither side has a
 * value (a row the page does not print) there is nothing to score. The extracted side is given as rows keyed by
 * output column names, so it serves both the in-memory result and Parquet read back through DuckDB.
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
      return (expected != null ? expected : actual) instanceof Number;
    }

    /** A value that differs from the gold's: worse than none. */
    public boolean wrong() {
      return actual != null && !correct();
    }

    /** Whether the gold states a value here; otherwise the field is a value extracted where the gold has none. */
    public boolean inGold() {
      return expected != null;
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
    Map<String, Object> purchases = first(tables.get("procurement"));
    scalar(fields, procurement, "procurement.", "item_count", purchases.get("item_count"));
    scalar(fields, procurement, "procurement.", "amount_text", purchases.get("amount_text"));
    JsonNode yuan = procurement.path("amount_yuan");
    BigDecimal expectedYuan = yuan.isTextual() || yuan.isNumber() ? new BigDecimal(yuan.asText()) : null;
    fields.add(new Field("procurement.amount_yuan", expectedYuan, purchases.get("amount_yuan")));
    JsonNode applications = gold.path("applications").path("rows");
    for (Map<String, Object> row : rows(tables.get("applications"))) {
      JsonNode goldRow = applications.path(String.valueOf(row.get("row_key")));
      for (int c = 0; c < APPLICATION_COLUMNS.size(); c++) {
        String column = APPLICATION_COLUMNS.get(c);
        fields.add(new Field("applications." + row.get("row_key") + "." + column, count(goldRow.get(c)), toInt(row.get(column))));
      }
    }
    applications.fields().forEachRemaining(e -> {
      if (rowWith(tables.get("applications"), "row_key", e.getKey()).isEmpty()) {
        for (int c = 0; c < APPLICATION_COLUMNS.size(); c++) {
          fields.add(new Field("applications." + e.getKey() + "." + APPLICATION_COLUMNS.get(c), count(e.getValue().get(c)), null));
        }
      }
    });
    JsonNode review = gold.path("review_litigation").path("values");
    for (int i = 0; i < PROCEEDINGS.size() * OUTCOMES.size(); i++) {
      String proceeding = PROCEEDINGS.get(i / OUTCOMES.size());
      String outcome = OUTCOMES.get(i % OUTCOMES.size());
      Map<String, Object> row = rowWith(tables.get("review_litigation"), "proceeding", proceeding);
      fields.add(new Field("review_litigation." + proceeding + "." + outcome, count(review.get(i)), toInt(row.get(outcome))));
    }
    fields.removeIf(f -> f.expected() == null && f.actual() == null);
    return fields;
  }

  /**
   * A scalar the gold gives, or one it gives as null (stating there is none: a township for a county's report); a key
   * the gold leaves out is not scored (generated renderings' gold names no issuer), except under procurement, whose
   * absence says the report has none.
   */
  private static void scalar(List<Field> fields, JsonNode gold, String prefix, String key, Object actual) {
    JsonNode v = gold.get(key);
    if (v == null && prefix.isEmpty()) {
      return;
    }
    Object expected = v == null || v.isNull() ? null : v.isInt() ? v.asInt() : v.asText();
    fields.add(new Field(prefix + key, expected, actual instanceof Number n && (expected == null || expected instanceof Integer) ? n.intValue() : actual));
  }

  private static Integer count(JsonNode v) {
    return v == null || v.isNull() ? null : v.asInt();
  }

  private static List<Map<String, Object>> rows(List<Map<String, Object>> rows) {
    return rows == null ? List.of() : rows;
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
