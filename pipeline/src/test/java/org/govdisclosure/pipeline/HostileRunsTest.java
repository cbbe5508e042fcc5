package org.govdisclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govdisclosure.extract.TestCorpus;
import org.govdisclosure.extract.evaluate.Gold;
import org.govdisclosure.schemas.TableSchemas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real entry point the way a careless or hostile user would: overlapping patterns, links that loop or
 * dangle, a FIFO, a pattern that matches nothing, an output that overlaps the input, bad options. Each input gets
 * exactly one {@code reports} row; a refused run changes nothing; a good previous output survives.
 */
class HostileRunsTest {

  @TempDir static Path work;
  static Path input;
  static List<Gold> seeds;

  @BeforeAll
  static void corpus() throws Exception {
    input = Files.createDirectories(work.resolve("in"));
    seeds = TestCorpus.under(EndToEndTest.CORPUS, "seeds");
    for (Gold g : seeds) {
      Files.copy(g.report(), input.resolve(g.name()));
    }
  }

  private static Map<String, Map<String, Object>> reportsByFile(Path output) throws Exception {
    Map<String, Map<String, Object>> byFile = new HashMap<>();
    try (DuckDb db = new DuckDb(output)) {
      for (Map<String, Object> r : db.query("SELECT source_file, status, warnings[1].code AS reason FROM " + db.table("reports"))) {
        assertThat(byFile.put(Path.of((String) r.get("source_file")).getFileName().toString(), r)).as("second row for %s", r).isNull();
      }
    }
    return byFile;
  }

  @Test
  void overlappingPatternsLoopsDanglingLinksAndFifosGiveOneRowPerInput() throws Exception {
    Path odd = Files.createDirectories(work.resolve("odd"));
    Files.copy(seeds.get(0).report(), odd.resolve("report.txt"));
    Path loops = Files.createDirectories(odd.resolve("loops"));
    Files.createSymbolicLink(loops.resolve("up1"), Path.of(".."));
    Files.createSymbolicLink(loops.resolve("up2"), Path.of(".."));
    Files.createSymbolicLink(odd.resolve("gone.txt"), odd.resolve("deleted.txt"));
    assertThat(new ProcessBuilder("mkfifo", odd.resolve("pipe.txt").toString()).start().waitFor()).isZero();
    Path output = work.resolve("out-odd");
    ReportPipeline.main(new String[] {"--input=" + odd, "--input=" + odd + "/*.txt", "--input=" + odd.resolve("report.txt"), "--output=" + output});

    Map<String, Map<String, Object>> reports = reportsByFile(output);
    assertThat(reports).containsOnlyKeys("report.txt", "gone.txt", "pipe.txt");
    assertThat(reports.get("report.txt")).containsEntry("status", "extracted");
    assertThat(reports.get("gone.txt")).containsEntry("status", "unreadable").containsEntry("reason", "dangling_symlink");
    assertThat(reports.get("pipe.txt")).containsEntry("status", "unreadable").containsEntry("reason", "not_a_regular_file");
    JsonNode summary = new ObjectMapper().readTree(output.resolve(RunSummary.FILE_NAME).toFile());
    assertThat(summary.get("files").asInt()).isEqualTo(3);
    assertThat(output.resolve(StagedOutput.SUCCESS)).content().contains(summary.get("run_id").asText());
  }

  @Test
  void aGlobMatchingNothingGivesEmptyTablesThatDuckDbReads() throws Exception {
    Path output = work.resolve("out-empty");
    ReportPipeline.main(new String[] {"--input=" + input + "/*.pdf", "--output=" + output});
    try (DuckDb db = new DuckDb(output)) {
      for (String table : TableSchemas.TABLES) {
        assertThat(db.count("SELECT count(*) FROM " + db.table(table))).as(table).isZero();
      }
    }
    JsonNode summary = new ObjectMapper().readTree(output.resolve(RunSummary.FILE_NAME).toFile());
    assertThat(summary.get("inputs_matching_nothing").get(0).asText()).endsWith("/*.pdf");
  }

  @Test
  void refusedRunsChangeNothing() throws Exception {
    Path output = work.resolve("out-refused");
    ReportPipeline.main(new String[] {"--input=" + input, "--output=" + output});
    Map<String, String> before = OutputTree.of(output);
    Map<String, String> inputs = OutputTree.of(input);
    Path file = Files.writeString(work.resolve("a-file"), "not a folder");

    assertThatThrownBy(() -> ReportPipeline.main(new String[] {"--input=" + input.resolve("typo"), "--output=" + output}))
        .hasMessageContaining("does not exist");
    assertThatThrownBy(() -> ReportPipeline.main(new String[] {"--input=" + input, "--output=" + input}))
        .hasMessageContaining("overlaps");
    assertThatThrownBy(() -> ReportPipeline.main(new String[] {"--input=" + work, "--output=" + output}))
        .hasMessageContaining("overlaps");
    assertThatThrownBy(() -> ReportPipeline.main(new String[] {"--input=" + input, "--output=" + output, "--maxFileBytes=-1"}))
        .hasMessageContaining("--maxFileBytes");
    assertThatThrownBy(() -> ReportPipeline.main(new String[] {"--input=" + input, "--output=" + file}))
        .hasMessageContaining("is a file");

    assertThat(OutputTree.of(output)).isEqualTo(before);
    assertThat(OutputTree.of(input)).isEqualTo(inputs);
    assertThat(file).content().isEqualTo("not a folder");
  }

  @Test
  void theUsersOwnFilesInTheOutputSurviveReruns() throws Exception {
    Path output = work.resolve("out-shared");
    Files.createDirectories(output.resolve("notebooks"));
    Files.writeString(output.resolve("notebooks/analysis.sql"), "SELECT 1");
    Files.writeString(output.resolve("README.txt"), "our team's output folder");
    String[] args = {"--input=" + input, "--output=" + output};
    ReportPipeline.main(args);
    ReportPipeline.main(args);
    assertThat(output.resolve("notebooks/analysis.sql")).content().isEqualTo("SELECT 1");
    assertThat(output.resolve("README.txt")).content().isEqualTo("our team's output folder");
    assertThat(reportsByFile(output)).hasSize(seeds.size());
    try (var entries = Files.walk(output)) {
      assertThat(entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".staging") || n.startsWith(".temp-beam") || n.startsWith(".publishing")))
          .as("staging, Beam temp files or journals left after good runs").isEmpty();
    }
  }
}
