package org.govdisclosure.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.govdisclosure.extract.evaluate.Evaluation;
import org.govdisclosure.extract.evaluate.Gold;
import org.govdisclosure.extract.evaluate.GoldComparison;
import org.govdisclosure.extract.evaluate.GoldComparison.Field;
import org.govdisclosure.extract.spi.OutputColumns;
import org.junit.jupiter.api.Test;

/** Reports that state figures in words, end to end through {@link ReportProcessor}. */
class ProseCorpusTest {

  private static final ReportProcessor PROCESSOR = ReportProcessor.withRegistered();

  private static ProcessedReport process(Gold gold) throws IOException {
    return PROCESSOR.process(gold.name(), Files.readAllBytes(gold.report()));
  }

  @Test
  void seed003GivesExactlyItsGoldWithTheQuotedSentences() throws IOException {
    Gold gold = TestCorpus.under("seeds").stream().filter(g -> g.name().startsWith("003_")).findFirst().orElseThrow();
    ProcessedReport r = process(gold);

    JsonNode applications = gold.json().get("applications");
    List<Map<String, Object>> rows = r.tables().get("applications");
    assertThat(rows).hasSize(applications.get("rows").size());
    Map<String, Object> newReceived = rows.get(0);
    assertThat(newReceived).containsEntry("row_key", "new_received").containsEntry("source", "prose")
        .containsEntry("evidence", applications.get("quote").asText());
    List<Object> values = new ArrayList<>();
    OutputColumns.APPLICATION_COLUMNS.forEach(c -> values.add(newReceived.get(c)));
    assertThat(values).containsExactly(ints(applications.get("rows").get("new_received")));

    JsonNode review = gold.json().get("review_litigation");
    List<Object> reviewValues = new ArrayList<>();
    for (Map<String, Object> row : r.tables().get("review_litigation")) {
      assertThat(row).containsEntry("source", "prose").containsEntry("evidence", review.get("quote").asText());
      OutputColumns.OUTCOMES.forEach(o -> reviewValues.add(row.get(o)));
    }
    assertThat(reviewValues).containsExactly(ints(review.get("values")));

    assertThat(r.tables().get("procurement").get(0)).containsEntry("source", "table");
    assertThat(Evaluation.score(PROCESSOR, gold).fields()).allMatch(Field::correct);
  }

  /** Glued table rows are no sentences: whatever is read from these files must agree with their gold. */
  @Test
  void flattenedReportsYieldNoWrongNumber() throws IOException {
    List<String> wrong = new ArrayList<>();
    int read = 0;
    for (Gold gold : TestCorpus.under("flattened")) {
      ProcessedReport r = process(gold);
      for (Field f : GoldComparison.compare(gold.json(), Evaluation.reportColumns(r), r.tables())) {
        if (f.name().contains(".") && f.actual() != null) {
          read++;
          if (!f.correct()) {
            wrong.add(gold.name() + " " + f);
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(read).as("values read from the flattened reports' sentences").isPositive();
  }

  private static Object[] ints(JsonNode array) {
    Object[] values = new Object[array.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = array.get(i).isNull() ? null : array.get(i).asInt();
    }
    return values;
  }
}
