package org.govdisclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.govdisclosure.extract.Gold;
import org.govdisclosure.extract.GoldComparison;
import org.govdisclosure.extract.GoldComparison.Field;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real entry point on the seed reports plus malformed inputs, twice into the same output, and reads the
 * Parquet back through DuckDB.
 */
class EndToEndTest {

  static final Path CORPUS = Path.of("../extractors/src/test/resources/corpus");

  @TempDir static Path work;
  static Path input;
  static Path output;
  static List<Gold> seeds;

  @BeforeAll
  static void runPipelineTwice() throws Exception {
    input = Files.createDirectories(work.resolve("in"));
    output = work.resolve("out");
    seeds = Gold.under(CORPUS, "seeds");
    for (Gold g : seeds) {
      Files.copy(g.report(), input.resolve(g.name()));
    }
    Files.write(input.resolve("empty.txt"), new byte[0]);
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    Files.write(input.resolve("noise.txt"), noise);
    Files.writeString(input.resolve("recipe.txt"), "红烧肉做法\n五花肉切块，焯水，加糖炒色。\n", StandardCharsets.UTF_8);
    String[] args = {"--input=" + input, "--output=" + output};
    ReportPipeline.main(args);
    ReportPipeline.main(args);
  }

  @Test
  void everyInputHasExactlyOneReportRow() throws Exception {
    try (DuckDb db = new DuckDb(output)) {
      assertThat(db.count("SELECT count(*) FROM " + db.table("reports"))).isEqualTo(seeds.size() + 3);
      assertThat(db.count("SELECT count(DISTINCT source_file) FROM " + db.table("reports"))).isEqualTo(seeds.size() + 3);
    }
  }

  @Test
  void badInputsGetAStatusAndAReason() throws Exception {
    try (DuckDb db = new DuckDb(output)) {
      Map<String, String> status = new HashMap<>();
      for (Map<String, Object> r : db.query("SELECT source_file, status, warnings[1].code AS code FROM " + db.table("reports"))) {
        status.put(Path.of((String) r.get("source_file")).getFileName().toString(), r.get("status") + "/" + r.get("code"));
      }
      assertThat(status).containsEntry("empty.txt", "unreadable/empty")
          .containsEntry("noise.txt", "unreadable/binary")
          .containsEntry("recipe.txt", "not_a_report/not_a_report");
    }
  }

  @Test
  void seedValuesComeBackExactlyThroughDuckDb() throws Exception {
    try (DuckDb db = new DuckDb(output)) {
      for (Gold gold : seeds) {
        String where = " WHERE source_file LIKE '%" + gold.name() + "'";
        Map<String, Object> report = db.query("SELECT * FROM " + db.table("reports") + where).get(0);
        Map<String, List<Map<String, Object>>> tables = new HashMap<>();
        for (String t : List.of("procurement", "applications", "review_litigation")) {
          tables.put(t, db.query("SELECT * FROM " + db.table(t) + where));
        }
        List<Field> wrong = GoldComparison.compare(gold.json(), report, tables).stream()
            .filter(f -> !f.correct())
            .toList();
        assertThat(wrong).as(gold.name()).isEmpty();
      }
    }
  }

  @Test
  void columnTypesAreWhatAnalystsExpect() throws Exception {
    try (DuckDb db = new DuckDb(output)) {
      Map<String, Object> types = new HashMap<>();
      for (Map<String, Object> r : db.query("DESCRIBE SELECT * FROM " + db.table("procurement"))) {
        types.put((String) r.get("column_name"), r.get("column_type"));
      }
      assertThat(types).containsEntry("amount_yuan", "DECIMAL(20,2)")
          .containsEntry("item_count", "INTEGER")
          .containsEntry("year", "INTEGER")
          .containsEntry("county_code", "VARCHAR");
    }
  }
}
