package org.govdisclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.govdisclosure.schemas.TableSchemas;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * kill -9 of a run at two moments — while it extracts, and as soon as its tables are being finalized — on the direct
 * runner and on embedded Flink: each time the previous output is read back complete and byte for byte as it was
 * (or, if the kill came after the new output was published, the new output complete); the next run cleans up
 * and publishes.
 */
class KilledRunIT {

  private static final long POLL_MILLIS = 2;

  @TempDir Path work;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"direct", "flink"})
  @Timeout(value = 15, unit = TimeUnit.MINUTES)
  void theFirstGoodOutputSurvivesRunsKilledMidway(String runner) throws Exception {
    Path small = SeedCopies.write(work.resolve("small"), 4);
    Path large = SeedCopies.write(work.resolve("large"), 300);
    Path output = work.resolve("out");
    ShadedJar.run(work.resolve("first.log"), args(runner, small, output));
    Map<String, String> first = OutputTree.of(output);
    String firstRun = runId(output);

    List<String> kills = new ArrayList<>();
    kills.add(killWhen(runner, large, output, "extracting", staging -> staging.isPresent()));
    kills.add(killWhen(runner, large, output, "finalizing", staging -> staging.filter(KilledRunIT::hasFinalParquet).isPresent()));
    for (String kill : kills) {
      System.out.println(runner + ": " + kill);
    }
    assertThat(kills.get(0)).as("the kill during extraction came before the publish").contains("previous output intact");

    ShadedJar.run(work.resolve("last.log"), args(runner, large, output));
    assertThat(runId(output)).isNotEqualTo(firstRun);
    try (DuckDb db = new DuckDb(output)) {
      assertThat(db.count("SELECT count(*) FROM " + db.table(TableSchemas.REPORTS))).isEqualTo(5L * 300);
    }
    try (Stream<Path> paths = Files.walk(output)) {
      assertThat(paths.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".staging") || n.startsWith(".temp-beam") || n.startsWith(".publishing")))
          .as("left behind by the killed runs after a good one").isEmpty();
    }
    assertThat(first).isNotEmpty();
  }

  /**
   * Starts a run over {@code input} into {@code output} and kills it (SIGKILL) as soon as {@code when} holds for its
   * staging folder; then checks the output is exactly the previous one, or, if the kill came too late, the new one.
   */
  private String killWhen(String runner, Path input, Path output, String moment, Predicate<Optional<Path>> when)
      throws Exception {
    Map<String, String> before = published(output);
    String previousRun = runId(output);
    Process run = ShadedJar.start(work.resolve(moment + ".log"), args(runner, input, output));
    while (run.isAlive() && !when.test(staging(output))) {
      Thread.sleep(POLL_MILLIS);
    }
    run.destroyForcibly().waitFor();
    String now = runId(output);
    if (now.equals(previousRun)) {
      assertThat(published(output)).as("the output after a kill while %s", moment).isEqualTo(before);
      try (DuckDb db = new DuckDb(output)) {
        assertThat(db.count("SELECT count(*) FROM " + db.table(TableSchemas.REPORTS))).isEqualTo(5L * 4);
      }
      return "killed while " + moment + ": previous output intact";
    }
    try (DuckDb db = new DuckDb(output)) {
      assertThat(db.count("SELECT count(*) FROM " + db.table(TableSchemas.REPORTS))).as("a published run is complete").isEqualTo(5L * 300);
    }
    return "killed while " + moment + ": too late, the new output was already published complete";
  }

  /** The output without the staging folders of killed runs, which no reader sees and the next run removes. */
  private static Map<String, String> published(Path output) throws IOException {
    Map<String, String> tree = OutputTree.of(output);
    tree.keySet().removeIf(name -> name.startsWith(".staging-"));
    return tree;
  }

  private static String[] args(String runner, Path input, Path output) {
    List<String> args = new ArrayList<>(List.of("--input=" + input, "--output=" + output));
    if (runner.equals("flink")) {
      args.addAll(List.of("--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2"));
    }
    return args.toArray(String[]::new);
  }

  private static String runId(Path output) throws IOException {
    return new ObjectMapper().readTree(output.resolve(StagedOutput.SUCCESS).toFile()).get("run_id").asText();
  }

  private static Optional<Path> staging(Path output) throws IOException {
    try (Stream<Path> entries = Files.list(output)) {
      return entries.filter(p -> p.getFileName().toString().startsWith(".staging-")).findFirst();
    }
  }

  /** A table's file under its final name: Beam has begun moving its written files into place. */
  private static boolean hasFinalParquet(Path staging) {
    try (Stream<Path> paths = Files.walk(staging)) {
      return paths.anyMatch(p -> p.getFileName().toString().endsWith(".parquet") && !p.toString().contains(".temp-beam"));
    } catch (IOException | UncheckedIOException e) {
      return false; // a temporary file moved away while listing
    }
  }
}
