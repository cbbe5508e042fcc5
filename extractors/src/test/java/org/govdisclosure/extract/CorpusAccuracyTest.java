package org.govdisclosure.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govdisclosure.extract.GoldComparison.Field;
import org.govdisclosure.extract.region.Region;
import org.junit.jupiter.api.Test;

/** Every labeled report of the corpus through the extractors, scored against its gold file. */
class CorpusAccuracyTest {

  private static final ReportProcessor PROCESSOR = ReportProcessor.withRegistered();

  static List<Field> score(Gold gold) throws IOException {
    ProcessedReport r = PROCESSOR.process(gold.name(), Files.readAllBytes(gold.report()));
    return GoldComparison.compare(gold.json(), reportColumns(r), r.tables());
  }

  static Map<String, Object> reportColumns(ProcessedReport r) {
    Region region = r.region();
    Map<String, Object> m = new HashMap<>();
    m.put("year", r.year());
    m.put("organization", r.organization());
    m.put("province", region.province());
    m.put("city", region.city());
    m.put("county_name", region.countyName());
    m.put("county_code", region.countyCode());
    m.put("township", region.township());
    m.put("template", r.template());
    return m;
  }

  @Test
  void seedsAreExtractedExactly() throws IOException {
    for (Gold gold : Gold.under("seeds")) {
      List<Field> wrong = score(gold).stream().filter(f -> !f.correct()).toList();
      assertThat(wrong).as(gold.name()).isEmpty();
    }
  }

  @Test
  void realReportsReportAccuracy() throws IOException {
    int total = 0;
    int correct = 0;
    for (Gold gold : Gold.under("seeds", "real")) {
      List<Field> fields = score(gold);
      long ok = fields.stream().filter(Field::correct).count();
      total += fields.size();
      correct += ok;
      System.out.printf("%-28s %4d/%-4d%n", gold.name(), ok, fields.size());
      fields.stream().filter(f -> !f.correct()).limit(8).forEach(f -> System.out.println("    " + f));
    }
    System.out.printf("corpus accuracy: %d/%d%n", correct, total);
    assertThat(total).isPositive();
  }
}
