package org.govdisclosure.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The section 二 values a person read from corpus reports ({@code corpus/proactive-expected.json}), and their
 * comparison with proactive rows however they were read back (extractor maps, DuckDB rows).
 */
public final class ProactiveExpected {

  /** The expected values compared with rows: how many, and which were missing or wrong. */
  public record Comparison(int expected, List<String> missing, List<String> wrong) {

    public int read() {
      return expected - missing.size() - wrong.size();
    }
  }

  private ProactiveExpected() {}

  /** Expected items per report, keyed by the report's path under {@code corpusRoot}. */
  public static Map<String, JsonNode> reports(Path corpusRoot) throws IOException {
    JsonNode reports = new ObjectMapper().readTree(corpusRoot.resolve("proactive-expected.json").toFile()).get("reports");
    Map<String, JsonNode> byPath = new LinkedHashMap<>();
    reports.fields().forEachRemaining(e -> byPath.put(e.getKey(), e.getValue()));
    return byPath;
  }

  /**
   * Compares one report's expected items with its rows (keyed by column name, item in {@code item}); an expected null
   * is a cell printed blank, read right only as null.
   */
  public static Comparison compare(String report, JsonNode items, List<Map<String, Object>> rows) {
    List<String> missing = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    int expected = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = items.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> item = it.next();
      Map<String, Object> row = rows.stream().filter(r -> item.getKey().equals(r.get("item"))).findFirst().orElse(Map.of());
      for (Iterator<Map.Entry<String, JsonNode>> cells = item.getValue().fields(); cells.hasNext(); ) {
        Map.Entry<String, JsonNode> cell = cells.next();
        expected++;
        Object actual = row.get(cell.getKey());
        String where = report + " " + item.getKey() + "." + cell.getKey();
        if (cell.getValue().isNull()) {
          if (actual != null) {
            wrong.add(where + ": printed blank, read " + actual);
          }
        } else if (actual == null) {
          missing.add(where);
        } else if (!same(cell.getValue(), actual)) {
          wrong.add(where + ": expected " + cell.getValue() + ", read " + actual);
        }
      }
    }
    return new Comparison(expected, missing, wrong);
  }

  private static boolean same(JsonNode expected, Object actual) {
    if (actual instanceof BigDecimal d) {
      return d.compareTo(new BigDecimal(expected.asText())) == 0;
    }
    return Objects.equals(expected.asInt(), actual);
  }
}
