package org.govdisclosure.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.govdisclosure.extract.ProactiveExpected.Comparison;
import org.junit.jupiter.api.Test;

/**
 * Section 二 of corpus reports against the values a person read from them ({@link ProactiveExpected}): no value
 * may be wrong, and what is read may not shrink. Prints what is read and what is missing.
 */
class ProactiveCorpusTest {

  private static final ReportProcessor PROCESSOR = ReportProcessor.withRegistered();
  /** Expected values read today; raise it when the extractor reads more. */
  private static final int MIN_READ = 238;

  @Test
  void everyValueReadIsTheReportsAndCoverageHolds() throws IOException {
    Map<String, JsonNode> reports = ProactiveExpected.reports(TestCorpus.ROOT);
    List<String> missing = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    int expected = 0;
    int reportsWithRows = 0;
    for (Map.Entry<String, JsonNode> report : reports.entrySet()) {
      byte[] bytes = Files.readAllBytes(TestCorpus.ROOT.resolve(report.getKey()));
      List<Map<String, Object>> rows = PROCESSOR.process(report.getKey(), bytes).tables().getOrDefault("proactive", List.of());
      reportsWithRows += rows.isEmpty() ? 0 : 1;
      assertThat(rows).as(report.getKey() + ": no row of an item the report lacks")
          .allMatch(r -> report.getValue().has((String) r.get("item")));
      Comparison c = ProactiveExpected.compare(report.getKey(), report.getValue(), rows);
      expected += c.expected();
      missing.addAll(c.missing());
      wrong.addAll(c.wrong());
    }
    int read = expected - missing.size() - wrong.size();
    System.out.printf("proactive: %d of %d reports have rows; %d of %d expected values read, %d wrong%n",
        reportsWithRows, reports.size(), read, expected, wrong.size());
    missing.forEach(m -> System.out.println("  missing " + m));
    wrong.forEach(w -> System.out.println("  wrong   " + w));
    assertThat(wrong).isEmpty();
    assertThat(read).isGreaterThanOrEqualTo(MIN_READ);
  }
}
