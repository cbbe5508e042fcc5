package org.govdisclosure.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The measures of sql/measures.sql computed by hand from a report's gold (GOLD-FORMAT.md), independently of SQL:
 * column name to value, null where an operand is unknown or the denominator is 0.
 */
final class ExpectedMeasures {

  private static final int TOTAL = 6;

  private ExpectedMeasures() {}

  static Map<String, Object> of(JsonNode gold) {
    JsonNode rows = gold.path("applications").path("rows");
    Long received = row(rows, "new_received");
    Long handled = plus(received, row(rows, "carried_over"));
    Long concluded = row(rows, "total");
    JsonNode proceedings = gold.path("review_litigation").path("values");
    Long reviews = figure(proceedings, 4);
    Long lawsuits = plus(figure(proceedings, 9), figure(proceedings, 14));
    JsonNode procurement = gold.path("procurement");
    Long items = procurement.hasNonNull("item_count") ? procurement.get("item_count").asLong() : null;
    BigDecimal amount = procurement.hasNonNull("amount_yuan") ? new BigDecimal(procurement.get("amount_yuan").asText()) : null;

    Map<String, Object> m = new LinkedHashMap<>();
    m.put("applications_received", received);
    m.put("applications_handled", handled);
    m.put("disclosure_rate", ratio(plus(row(rows, "granted"), row(rows, "partially_granted")), concluded));
    m.put("refusal_rate", ratio(group(rows, "withheld_", 8), concluded));
    m.put("unavailable_rate", ratio(group(rows, "unavailable_", 3), concluded));
    m.put("not_processed_rate", ratio(group(rows, "not_processed_", 5), concluded));
    m.put("carried_forward_share", ratio(row(rows, "carried_forward"), handled));
    m.put("reviews", reviews);
    m.put("lawsuits", lawsuits);
    m.put("reviews_per_100_applications", per100(reviews, received));
    m.put("lawsuits_per_100_applications", per100(lawsuits, received));
    m.put("review_correction_rate", ratio(figure(proceedings, 1), reviews));
    m.put("litigation_loss_rate", ratio(plus(figure(proceedings, 6), figure(proceedings, 11)), lawsuits));
    m.put("procurement_items", items);
    m.put("procurement_yuan_per_item", amount == null || items == null || items == 0 ? null : amount.doubleValue() / items);
    return m;
  }

  private static Long row(JsonNode rows, String key) {
    JsonNode cell = rows.path(key).path(TOTAL);
    return cell.isIntegralNumber() ? cell.asLong() : null;
  }

  /** The sum of the rows whose key starts with {@code prefix}: null unless all {@code size} are there and known. */
  private static Long group(JsonNode rows, String prefix, int size) {
    long sum = 0;
    int known = 0;
    for (var it = rows.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (key.startsWith(prefix)) {
        Long n = row(rows, key);
        if (n == null) {
          return null;
        }
        sum += n;
        known++;
      }
    }
    return known == size ? sum : null;
  }

  private static Long figure(JsonNode values, int index) {
    JsonNode cell = values.path(index);
    return cell.isIntegralNumber() ? cell.asLong() : null;
  }

  private static Long plus(Long a, Long b) {
    return a == null || b == null ? null : a + b;
  }

  private static Double ratio(Long numerator, Long denominator) {
    return numerator == null || denominator == null || denominator == 0 ? null : (double) numerator / denominator;
  }

  private static Double per100(Long numerator, Long denominator) {
    return numerator == null || denominator == null || denominator == 0 ? null : 100 * (double) numerator / denominator;
  }
}
