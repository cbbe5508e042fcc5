package org.govdisclosure.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Section 二 of corpus reports against the values a person read from them ({@code corpus/proactive-expected.json}):
 * no value may be wrong, and what is read may not shrink. Prints what is read and what is missing.
 */
class ProactiveCorpusTest {

  private static final ReportProcessor PROCESSOR = ReportProcessor.withRegistered();
  /** Expected values read today; raise it when the extractor reads more. */
  private static final int MIN_READ = 145;

  @Test
  void everyValueReadIsTheReportsAndCoverageHolds() throws IOException {
    JsonNode reports = new ObjectMapper().readTree(TestCorpus.ROOT.resolve("proactive-expected.json").toFile()).get("reports");
    List<String> wrong = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    int expected = 0;
    int reportsWithRows = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = reports.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> report = it.next();
      Path file = TestCorpus.ROOT.resolve(report.getKey());
      List<Map<String, Object>> rows = PROCESSOR.process(report.getKey(), Files.readAllBytes(file)).tables().getOrDefault("proactive", List.of());
      reportsWithRows += rows.isEmpty() ? 0 : 1;
      for (Iterator<Map.Entry<String, JsonNode>> items = report.getValue().fields(); items.hasNext(); ) {
        Map.Entry<String, JsonNode> item = items.next();
        Map<String, Object> row = rows.stream().filter(r -> item.getKey().equals(r.get("item"))).findFirst().orElse(Map.of());
        for (Iterator<Map.Entry<String, JsonNode>> cells = item.getValue().fields(); cells.hasNext(); ) {
          Map.Entry<String, JsonNode> cell = cells.next();
          expected++;
          Object actual = row.get(cell.getKey());
          String where = report.getKey() + " " + item.getKey() + "." + cell.getKey();
          if (actual == null) {
            missing.add(where);
          } else if (!same(cell.getValue(), actual)) {
            wrong.add(where + ": expected " + cell.getValue() + ", read " + actual);
          }
        }
      }
      assertThat(rows).as(report.getKey() + ": no row of an item the report lacks")
          .allMatch(r -> report.getValue().has((String) r.get("item")));
    }
    int read = expected - missing.size() - wrong.size();
    System.out.printf("proactive: %d of %d reports have rows; %d of %d expected values read, %d wrong%n",
        reportsWithRows, reports.size(), read, expected, wrong.size());
    missing.forEach(m -> System.out.println("  missing " + m));
    wrong.forEach(w -> System.out.println("  wrong   " + w));
    assertThat(wrong).isEmpty();
    assertThat(read).isGreaterThanOrEqualTo(MIN_READ);
  }

  private static boolean same(JsonNode expected, Object actual) {
    if (actual instanceof BigDecimal d) {
      return d.compareTo(new BigDecimal(expected.asText())) == 0;
    }
    return Objects.equals(expected.asInt(), actual);
  }
}
