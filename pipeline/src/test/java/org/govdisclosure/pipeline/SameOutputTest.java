package org.govdisclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.govdisclosure.extract.render.GeneratedCorpus;
import org.govdisclosure.schemas.TableSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every table, row for row, on a fixed corpus (the samples, generated reports of every rendering kind spread over
 * counties and {@code year=0/county_code=000000}, and exact copies within and across partitions' files), against the
 * rows committed in {@code src/test/resources/expected-output/}. They were written by the pipeline as it was before
 * its duplicate and cross-year steps stopped grouping whole partitions, so the redesign must give the same rows.
 *
 * <p>A change to what the extractors read changes these rows too, rightly: rewrite them with
 * {@code -DrewriteExpectedOutput=true} and review their diff as part of that change; a change to the pipeline's
 * steps alone must leave them as they are.
 */
class SameOutputTest {

  private static final Path EXPECTED = Path.of("src/test/resources/expected-output");
  private static final String INPUT_DIR = "$INPUT";

  @TempDir Path work;

  @Test
  void everyTableHoldsTheRowsOfThePipelineBeforeTheRedesign() throws Exception {
    Path input = corpus(work.resolve("in"));
    Path output = work.resolve("out");
    ReportPipeline.main(new String[] {"--input=" + input, "--output=" + output});
    boolean rewrite = Boolean.getBoolean("rewriteExpectedOutput");
    try (DuckDb db = new DuckDb(output)) {
      for (String table : TableSchemas.TABLES) {
        List<String> actual = rows(db, table, input);
        Path expectedFile = EXPECTED.resolve(table + ".jsonl");
        if (rewrite) {
          Files.createDirectories(EXPECTED);
          Files.write(expectedFile, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("rows of %s", table).containsExactlyElementsOf(Files.readAllLines(expectedFile, StandardCharsets.UTF_8));
      }
    }
  }

  /** The samples, 70 generated reports (five of every kind, the first 14 unplaced) and copies of three of them. */
  private static Path corpus(Path dir) throws IOException {
    GeneratedCorpus.write(dir, 70, 0.2);
    try (Stream<Path> samples = Files.list(Path.of("../samples"))) {
      for (Path sample : samples.toList()) {
        Files.copy(sample, dir.resolve(sample.getFileName()));
      }
    }
    List<String> copied = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      files.map(f -> f.getFileName().toString()).sorted().filter(n -> n.startsWith("html-14.") || n.startsWith("pdf-45.")
          || n.startsWith("000_")).forEach(copied::add);
    }
    assertThat(copied).as("files to copy").hasSize(3);
    for (String name : copied) {
      // A copy named to sort before and one to sort after its original: the first by path keeps the rows.
      Files.copy(dir.resolve(name), dir.resolve("a-copy-" + name));
      Files.copy(dir.resolve(name), dir.resolve("z-copy-" + name));
    }
    return dir;
  }

  /** The table's rows as JSON, sorted, with the input folder written as {@value #INPUT_DIR}. */
  private static List<String> rows(DuckDb db, String table, Path input) throws Exception {
    List<String> rows = new ArrayList<>();
    for (var row : db.query("SELECT CAST(to_json(t) AS VARCHAR) AS j FROM " + db.table(table) + " t")) {
      rows.add(((String) row.get("j")).replace(input.toString(), INPUT_DIR));
    }
    rows.sort(null);
    return rows;
  }
}
