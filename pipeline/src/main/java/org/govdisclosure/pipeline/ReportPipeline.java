package org.govdisclosure.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Create;
import org.govdisclosure.schemas.TableSchemas;

/**
 * Reads report files, extracts every registered table and writes Hive-partitioned Parquet.
 *
 * <pre>{@code
 * match inputs -> read files -> ExtractReports -> WriteTables (one Parquet table each)
 * }</pre>
 */
public final class ReportPipeline {

  private ReportPipeline() {}

  public static void main(String[] args) throws IOException {
    PipelineOptionsFactory.register(ReportPipelineOptions.class);
    ReportPipelineOptions options = PipelineOptionsFactory.fromArgs(args).withValidation().as(ReportPipelineOptions.class);
    clearTables(options.getOutput());
    PipelineResult.State state = build(options).run().waitUntilFinish();
    if (state != PipelineResult.State.DONE) {
      throw new IllegalStateException("pipeline ended in state " + state);
    }
  }

  public static Pipeline build(ReportPipelineOptions options) {
    Pipeline p = Pipeline.create(options);
    p.apply("InputPatterns", Create.of(patterns(options.getInput())))
        .apply("MatchFiles", FileIO.matchAll().withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW_IF_WILDCARD))
        .apply("ReadFiles", FileIO.readMatches())
        .apply("Extract", new ExtractReports(options.getMaxFileBytes()))
        .apply("WriteParquet", new WriteTables(absolute(options.getOutput()), options.getShardsPerPartition()));
    return p;
  }

  /** A folder stands for every file beneath it. */
  static List<String> patterns(List<String> inputs) {
    List<String> patterns = new ArrayList<>();
    for (String input : inputs) {
      String location = absolute(input);
      patterns.add(!input.contains("://") && Files.isDirectory(Path.of(location)) ? location + "/**" : location);
    }
    return patterns;
  }

  /** Local paths are made absolute: workers on a cluster run in other working directories than the client. */
  static String absolute(String location) {
    return location.contains("://") ? location : Path.of(location).toAbsolutePath().toString();
  }

  /** A rerun replaces the previous output of the same tables instead of adding to it. */
  static void clearTables(String output) throws IOException {
    for (String table : TableSchemas.TABLES) {
      Path dir = Path.of(output, table);
      if (Files.isDirectory(dir)) {
        try (Stream<Path> paths = Files.walk(dir)) {
          for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(path);
          }
        }
      }
    }
  }
}
