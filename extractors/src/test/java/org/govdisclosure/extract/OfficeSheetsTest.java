package org.govdisclosure.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.govdisclosure.extract.evaluate.Evaluation;
import org.govdisclosure.extract.evaluate.Gold;
import org.govdisclosure.extract.evaluate.GoldComparison;
import org.govdisclosure.extract.evaluate.GoldComparison.Field;
import org.junit.jupiter.api.Test;

/** Workbooks laid out as offices lay them out (see the README beside them) give exactly their gold. */
class OfficeSheetsTest {

  private static final Path DIR = Path.of("src/test/resources/formats/sheets");

  @Test
  void workbooksWithTheTablesOnSheetsOfTheirOwnOrSideBySideGiveTheirGold() throws Exception {
    List<Gold> golds = Gold.in(DIR, DIR);
    assertThat(golds).hasSize(3);
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
