package org.govdisclosure.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govdisclosure.extract.TestCorpus;
import org.govdisclosure.extract.evaluate.Gold;

/**
 * One run of the real entry point, shared by the tests of what analysts get from it (the measures, the run report):
 * the seed reports, crawled reports with non-zero applications and lawsuits, synthetic reports with blank cells,
 * zero denominators and a failed check, and a few inputs that are not reports.
 */
final class AnalystRun {

  /** Crawled reports whose tables the pipeline reads exactly as their gold says. */
  static final List<String> CRAWLED = List.of("pt2021-flat.txt", "pt2022-flat.txt", "ptjtj2025-flat.txt");
  static final String DUPLICATE = "copy-of-000.txt";

  private static AnalystRun run;

  final Path input;
  final Path output;
  /** The gold of every labeled input, by file name. */
  final Map<String, JsonNode> gold;
  final int inputs;

  private AnalystRun(Path input, Path output, Map<String, JsonNode> gold, int inputs) {
    this.input = input;
    this.output = output;
    this.gold = Collections.unmodifiableMap(gold);
    this.inputs = inputs;
  }

  /** The run, made on first use (in a temporary folder removed when the JVM exits). */
  static synchronized AnalystRun get() throws Exception {
    if (run == null) {
      Path work = Files.createTempDirectory("analyst-run");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(work)));
      Path input = Files.createDirectories(work.resolve("in"));
      Map<String, JsonNode> gold = new LinkedHashMap<>();
      for (Gold g : TestCorpus.under(EndToEndTest.CORPUS, "seeds", "flattened")) {
        if (g.name().matches("\\d{3}_.*") || CRAWLED.contains(g.name())) {
          Files.copy(g.report(), input.resolve(g.name()));
          gold.put(g.name(), g.json());
        }
      }
      for (SyntheticReport r : List.of(MeasuresTest.blankCells(), MeasuresTest.unbalanced())) {
        Files.writeString(input.resolve(r.name()), r.text());
        gold.put(r.name(), r.gold());
      }
      Files.copy(input.resolve(EndToEndTest.FIRST_SEED), input.resolve(DUPLICATE));
      Files.write(input.resolve("empty.txt"), new byte[0]);
      Files.writeString(input.resolve("recipe.txt"), "红烧肉做法\n五花肉切块，焯水，加糖炒色。\n");
      Path output = work.resolve("out");
      ReportPipeline.main(new String[] {"--input=" + input, "--output=" + output});
      try (var files = Files.list(input)) {
        run = new AnalystRun(input, output, gold, (int) files.count());
      }
    }
    return run;
  }

  private static void delete(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
