package org.govdisclosure.pipeline;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.govdisclosure.schemas.TableSchemas;

/**
 * Reads report files, extracts every registered table and writes Hive-partitioned Parquet.
 *
 * <pre>{@code
 * match inputs -> read files -> ExtractReports -> DropDuplicateFiles -+-> WriteTables (Parquet, every table)
 *                                                                     +-> CrossYearChecks -^
 * }</pre>
 *
 * <p>Every step handles one {@link ReportRows} per file, with all its rows in compact form; the rows become Avro
 * records only inside the Parquet sinks.
 */
public final class ReportPipeline {

  private ReportPipeline() {}

  public static void main(String[] args) throws IOException {
    PipelineOptionsFactory.register(ReportPipelineOptions.class);
    ReportPipelineOptions options = PipelineOptionsFactory.fromArgs(args).withValidation().as(ReportPipelineOptions.class);
    relaxDirectRunnerChecks(options, args);
    clearTables(options.getOutput());
    Instant start = Instant.now();
    PipelineResult result = build(options).run();
    PipelineResult.State state = result.waitUntilFinish();
    if (state != PipelineResult.State.DONE) {
      throw new IllegalStateException("pipeline ended in state " + state);
    }
    String summary = RunSummary.write(RunSummary.of(result, Duration.between(start, Instant.now())), options.getOutput());
    System.out.println("Run summary (" + Path.of(options.getOutput(), RunSummary.FILE_NAME) + "):\n" + summary);
  }

  public static Pipeline build(ReportPipelineOptions options) {
    Pipeline p = Pipeline.create(options);
    PCollection<ReportRows> reports = p.apply("InputPatterns", Create.of(patterns(options.getInput())))
        .apply("MatchFiles", new MatchFiles())
        // Formats are told by their bytes: a .gz or .zip name must not make Beam unpack one member silently.
        .apply("ReadFiles", FileIO.readMatches().withCompression(Compression.UNCOMPRESSED))
        .apply("Extract", new ExtractReports(options.getMaxFileBytes(), countFiles(options.getInput())))
        .apply("DropDuplicateFiles", new DropDuplicateFiles());
    PCollection<ReportRows> crossYear = reports.apply("CrossYearChecks", new CrossYearChecks());
    PCollectionList.of(reports).and(crossYear)
        .apply("WithCrossYearChecks", Flatten.pCollections())
        .apply("WriteTables", new WriteTables(absolute(options.getOutput()), options.getShardsPerPartition()));
    return p;
  }

  /**
   * A folder stands for every file beneath it; local paths are made absolute so that workers on a cluster
   * resolve them the same way.
   */
  static List<String> patterns(List<String> inputs) {
    List<String> patterns = new ArrayList<>();
    for (String input : inputs) {
      String location = absolute(input);
      patterns.add(!input.contains("://") && Files.isDirectory(Path.of(location)) ? location + "/**" : location);
    }
    return patterns;
  }

  /**
   * The direct runner re-encodes every element to check that transforms neither mutate their inputs nor emit
   * what cannot be encoded: worth it in tests (TestPipeline keeps both checks), but it made production runs about
   * four times slower. An explicit {@code --enforceImmutability} or {@code --enforceEncodability} is kept.
   */
  private static void relaxDirectRunnerChecks(ReportPipelineOptions options, String[] args) {
    DirectOptions direct = options.as(DirectOptions.class);
    if (Arrays.stream(args).noneMatch(a -> a.startsWith("--enforceImmutability"))) {
      direct.setEnforceImmutability(false);
    }
    if (Arrays.stream(args).noneMatch(a -> a.startsWith("--enforceEncodability"))) {
      direct.setEnforceEncodability(false);
    }
  }

  /** How many files the inputs match, for progress logging; 0 when they cannot be listed up front. */
  static long countFiles(List<String> inputs) {
    long n = 0;
    try {
      for (MatchResult match : FileSystems.match(patterns(inputs), EmptyMatchTreatment.ALLOW)) {
        if (match.status() == MatchResult.Status.OK) {
          n += match.metadata().size();
        }
      }
    } catch (IOException e) {
      return 0;
    }
    return n;
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
