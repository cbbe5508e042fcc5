package org.govdisclosure.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.govdisclosure.extract.evaluate.Evaluation;
import org.govdisclosure.extract.evaluate.Gold;
import org.govdisclosure.extract.evaluate.GoldComparison;
import org.govdisclosure.extract.evaluate.GoldComparison.Field;

/** Fixtures that must give exactly their gold: every field the gold states read, none wrong. */
final class ExactGold {

  private ExactGold() {}

  static void assertEachGivesItsGold(List<Gold> golds) throws IOException {
    try (ReportProcessor processor = ReportProcessor.withRegistered()) {
      for (Gold gold : golds) {
        ProcessedReport r = processor.process(gold.name(), Files.readAllBytes(gold.report()));
        List<Field> fields = GoldComparison.compare(gold.json(), Evaluation.reportColumns(r), r.tables());
        assertThat(fields).as(gold.name()).isNotEmpty();
        assertThat(fields.stream().filter(f -> !f.correct()).toList()).as(gold.name()).isEmpty();
      }
    }
  }
}
