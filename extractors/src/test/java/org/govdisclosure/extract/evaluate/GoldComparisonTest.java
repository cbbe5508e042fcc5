package org.govdisclosure.extract.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govdisclosure.extract.evaluate.GoldComparison.Field;
import org.junit.jupiter.api.Test;

class GoldComparisonTest {

  private static final Map<String, Object> REPORT = Map.of("year", 2022, "township", "某某镇");

  /** A prose report's gold stating only a few cells; the township a county's report has none of. */
  private static JsonNode gold() throws Exception {
    return new ObjectMapper().readTree("""
        {"year": 2022, "township": null, "procurement": null,
         "applications": {"source": "prose", "rows": {"new_received": [null,null,null,null,null,null,12],
                                                      "granted": [null,null,null,null,null,null,5]}},
         "review_litigation": {"source": "prose", "values": [null,null,null,null,0, null,null,null,null,null, null,null,null,null,null]}}
        """);
  }

  private static Map<String, Object> row(String column, String key, Map<String, Object> values) {
    Map<String, Object> row = new HashMap<>(values);
    row.put(column, key);
    return row;
  }

  @Test
  void aValueWhereTheGoldStatesNoneIsWrongAndNotPartOfTheGoldsCells() throws Exception {
    Map<String, List<Map<String, Object>>> tables = Map.of(
        "applications", List.of(
            row("row_key", "new_received", Map.of("total", 12L)),
            row("row_key", "granted", Map.of()),
            row("row_key", "total", Map.of("total", 9L))),
        "review_litigation", List.of(row("proceeding", "review", Map.of("total", 0L, "upheld", 0L))),
        "procurement", List.of(Map.of("item_count", 3L)));

    List<Field> fields = GoldComparison.compare(gold(), REPORT, tables);

    assertThat(fields.stream().filter(Field::wrong).map(Field::name)).containsExactlyInAnyOrder(
        "township", "procurement.item_count", "applications.total.total", "review_litigation.review.upheld");
    assertThat(fields.stream().filter(Field::wrong)).noneMatch(Field::inGold);
    assertThat(fields.stream().filter(Field::inGold).map(Field::name)).containsExactlyInAnyOrder(
        "year", "applications.new_received.total", "applications.granted.total", "review_litigation.review.total");
  }

  /** Rows the page does not print, which the gold leaves out and the pipeline leaves empty, are not scored at all. */
  @Test
  void cellsNeitherSideFillsAreNotScored() throws Exception {
    Map<String, List<Map<String, Object>>> tables = Map.of(
        "applications", List.of(row("row_key", "new_received", Map.of("total", 12L)), row("row_key", "carried_forward", Map.of())),
        "review_litigation", List.of(row("proceeding", "litigation_direct", Map.of())));
    Map<String, Object> report = Map.of("year", 2022);

    List<Field> fields = GoldComparison.compare(gold(), report, tables);

    assertThat(fields).noneMatch(Field::wrong);
    assertThat(fields.stream().filter(f -> !f.correct()).map(Field::name))
        .containsExactlyInAnyOrder("applications.granted.total", "review_litigation.review.total");
  }
}
