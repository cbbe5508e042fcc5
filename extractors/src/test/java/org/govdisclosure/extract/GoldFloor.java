package org.govdisclosure.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.govdisclosure.extract.evaluate.Evaluation;
import org.govdisclosure.extract.evaluate.Gold;
import org.govdisclosure.extract.evaluate.GoldComparison;
import org.govdisclosure.extract.evaluate.GoldComparison.Field;

/** Fixtures read through OCR: no field the gold states read wrong, and at least a floor's share of them read. */
final class GoldFloor {

  private GoldFloor() {}

  static void assertReadAtLeastAndNoneWrong(List<Gold> golds, double floor) throws IOException {
    long cells = 0;
    long read = 0;
    try (ReportProcessor processor = ReportProcessor.withRegistered()) {
      for (Gold gold : golds) {
        ProcessedReport r = processor.process(gold.name(), Files.readAllBytes(gold.report()));
        List<Field> fields = GoldComparison.compare(gold.json(), Evaluation.reportColumns(r), r.tables());
        assertThat(fields.stream().filter(Field::wrong).toList()).as(gold.name()).isEmpty();
        cells += fields.stream().filter(Field::inGold).count();
        read += fields.stream().filter(Field::correct).count();
      }
    }
    assertThat((double) read / cells).isGreaterThanOrEqualTo(floor);
  }
}
