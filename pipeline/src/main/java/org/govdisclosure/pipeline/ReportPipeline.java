package org.govdisclosure.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.aws2.options.S3Options;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads report files, extracts every registered table and writes Hive-partitioned Parquet.
 *
 * <pre>{@code
 * match inputs -+-> read files -> ExtractReports -+-> DropDuplicateFiles -+-> WriteTables (Parquet, every table)
 *                +-> UnreadableEntries ------------+                       +-> CrossYearChecks -^
 * }</pre>
 *
 * <p>Every step handles one {@link ReportRows} per file, with all its rows in compact form, which the Parquet sinks
 * write without decoding them to records ({@link TableSink}); where every step runs in this JVM (the direct runner,
 * which holds a run's elements in memory, and embedded Flink), the rows wait in a local file and the element says
 * where ({@link ParkedRows}). The tables are written to a staging folder and published only when the whole run
 * succeeded ({@link RunOutput}).
 */
public final class ReportPipeline {

  private static final Logger LOG = LoggerFactory.getLogger(ReportPipeline.class);
  /** The scheme of a local {@code file:} URI and its empty or {@code localhost} authority, before the path's slash. */
  private static final Pattern LOCAL_FILE_URI = Pattern.compile("(?i)file:(?://(?:localhost)?(?=/)|(?=/(?!/)))");

  private ReportPipeline() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    // Before Beam reads the options: its set-up of every options interface on the class path is a run's hottest code
    // for its first seconds, which C2 would otherwise compile, for nothing, all through the run's start.
    QuickCompilation.stopWithTheJvmThatStartedThisOne();
    if (Arrays.stream(args).noneMatch(a -> a.equalsIgnoreCase("--quickCompilation=false"))) {
      OptionalInt exitCode = QuickCompilation.inJvmOfItsOwn(args);
      if (exitCode.isPresent()) {
        System.exit(exitCode.getAsInt());
      }
      QuickCompilation.apply().ifPresent(reason -> LOG.info("--quickCompilation not applied: {}", reason));
    }
    ReportPipelineOptions options = PipelineOptionsFactory.fromArgs(args).withValidation().as(ReportPipelineOptions.class);
    relaxDirectRunnerChecks(options, args);
    oneDirectRunnerThreadPerCore(options, args);
    validate(options);
    registerFileSystems(options);
    EmbeddedFlinkMemory.bound(options);
    List<String> patterns = patterns(options.getInput());
    InputCount inputs = InputCount.of(patterns);
    inputs.emptyGlobs().forEach(glob -> LOG.warn("--input {} matches no file", glob));
    if (allStepsInThisJvm(options) && !HeapGrowth.holds(readers(options), options.getMaxFileBytes(), inputs.files())) {
      LOG.info("{} files: more than the heap of this JVM is bounded for; starting again with the JVM's own maximum", inputs.files());
      System.exit(HeapGrowth.NEEDS_THE_FULL_HEAP);
    }
    try (RunOutput output = RunOutput.open(absolute(options.getOutput()), patterns);
        ParkedRows parked = allStepsInThisJvm(options) ? ParkedRows.create() : null) {
      Instant start = Instant.now();
      PipelineResult result = build(options, patterns, output.tablesLocation(), inputs.files(), parked).run();
      PipelineResult.State state = result.waitUntilFinish();
      if (state != PipelineResult.State.DONE) {
        throw new IllegalStateException("pipeline ended in state " + state + "; the previous output is left as it was");
      }
      Map<String, Object> summary = RunSummary.of(result, Duration.between(start, Instant.now()));
      handBackTheRunsHeap();
      summary.put("run_id", output.runId());
      summary.put("inputs_matching_nothing", inputs.emptyGlobs());
      Path folder = output.localFolder();
      RunReport.write(folder, summary).ifPresent(failure -> summary.put("run_report_failed", failure));
      Files.writeString(folder.resolve(RunSummary.FILE_NAME), RunSummary.json(summary));
      output.publish(RunSummary.json(Map.of("run_id", output.runId(), "files", summary.get("files"))));
      System.out.println("Run summary (" + output.publishedLocation(RunSummary.FILE_NAME) + "):\n" + RunSummary.json(summary));
    }
  }

  /**
   * Returns to the system the heap that G1 grew for the run's steps, now garbage, before the run report's DuckDB reads
   * the tables with memory of its own, outside the heap: G1 gives back what it committed only after a full collection
   * (or a concurrent cycle, which a finished run no longer starts), so the report's memory came on top of the run's
   * largest heap, the peak of a 100 000-report run (BENCHMARKS.md). A full collection of what is left takes a fraction
   * of a second.
   */
  private static void handBackTheRunsHeap() {
    System.gc();
  }

  /**
   * The inputs, listed once up front: a mistyped path fails here, before any work, and the count drives progress
   * logging. Only the count is kept: the run lists the files again in a step of its own, and the entries held through
   * the run grew with it (some 20 MB at 100 000 files).
   */
  private record InputCount(int files, List<String> emptyGlobs) {
    static InputCount of(List<String> patterns) throws IOException {
      InputFiles.Listing listing = InputFiles.list(patterns);
      return new InputCount(listing.entries().size(), listing.emptyGlobs());
    }
  }

  /**
   * Registers Beam's file systems as the options configure them: {@code hdfs://} from {@code --hdfsConfiguration}
   * (or {@code HADOOP_CONF_DIR}), {@code s3://} from {@code --endpoint}, {@code --awsRegion},
   * {@code --awsCredentialsProvider} and {@code --s3PathStyleAccess}.
   */
  static void registerFileSystems(ReportPipelineOptions options) {
    if (options.getS3PathStyleAccess()) {
      options.as(S3Options.class).setS3ClientFactoryClass(PathStyleS3Clients.class);
    }
    FileSystems.setDefaultPipelineOptions(options);
  }

  /** Options that no annotation checks, refused before anything is read or written. */
  static void validate(ReportPipelineOptions options) {
    if (options.getMaxFileBytes() <= 0) {
      throw new IllegalArgumentException("--maxFileBytes must be positive, not " + options.getMaxFileBytes());
    }
    if (options.getFileTimeoutSeconds() <= 0) {
      throw new IllegalArgumentException("--fileTimeoutSeconds must be positive, not " + options.getFileTimeoutSeconds());
    }
    if (options.getOcrPageTimeoutSeconds() < 0) {
      throw new IllegalArgumentException("--ocrPageTimeoutSeconds must not be negative, not " + options.getOcrPageTimeoutSeconds());
    }
    if (options.getShardsPerPartition() < 1) {
      throw new IllegalArgumentException("--shardsPerPartition must be at least 1, not " + options.getShardsPerPartition());
    }
  }

  /**
   * @param patterns the absolute input patterns ({@link #patterns})
   * @param output the folder the tables are written to
   * @param expectedFiles how many files the inputs match, for progress logging (0 when unknown)
   * @param parked where the reports leave their rows until they are written, or null to keep them in the elements
   */
  public static Pipeline build(ReportPipelineOptions options, List<String> patterns, String output, long expectedFiles,
      ParkedRows parked) {
    Pipeline p = Pipeline.create(options);
    ProgressLog progress = new ProgressLog(expectedFiles);
    PCollectionTuple matched = p.apply("InputPatterns", Create.of(List.of(patterns)).withCoder(ListCoder.of(StringUtf8Coder.of())))
        .apply("MatchFiles", matchFiles(options));
    ExtractReports extract = new ExtractReports(options.getMaxFileBytes(), options.getFileTimeoutSeconds(), progress).withFileCostsIn(output)
        .withOcr(options.getOcr(), options.getOcrPageTimeoutSeconds());
    PCollection<ReportRows> extracted = matched.get(MatchFiles.FILES)
        // Formats are told by their bytes: a .gz or .zip name must not make Beam unpack one member silently.
        .apply("ReadFiles", FileIO.readMatches().withCompression(Compression.UNCOMPRESSED))
        .apply("Extract", parked == null ? extract : extract.withRowsParkedIn(parked));
    PCollection<ReportRows> unreadable = matched.get(MatchFiles.UNREADABLE).apply("UnreadableEntries", new UnreadableEntries(progress));
    if (parked != null) {
      unreadable = unreadable.apply("ParkRows", ParDo.of(new ParkedRows.Park(parked))).setCoder(unreadable.getCoder());
    }
    PCollection<ReportRows> reports = PCollectionList.of(extracted).and(unreadable).apply("EveryInput", Flatten.pCollections())
        .apply("DropDuplicateFiles", new DropDuplicateFiles());
    PCollection<ReportRows> crossYear = reports.apply("CrossYearChecks", parked == null ? new CrossYearChecks() : new CrossYearChecks().withRowsParkedIn(parked));
    PCollectionList.of(reports).and(crossYear)
        .apply("WithCrossYearChecks", Flatten.pCollections())
        .apply("WriteTables", new WriteTables(output, options.getShardsPerPartition()));
    return p;
  }

  /** The direct runner's files in a few groups per thread, other runners' one by one ({@link MatchFiles}). */
  static MatchFiles matchFiles(ReportPipelineOptions options) {
    return onDirectRunner(options)
        ? MatchFiles.inGroups(2 * options.as(DirectOptions.class).getTargetParallelism())
        : MatchFiles.oneByOne();
  }

  static boolean onDirectRunner(ReportPipelineOptions options) {
    return DirectRunner.class.isAssignableFrom(options.getRunner());
  }

  /**
   * Whether every step runs in this JVM (the direct runner, embedded Flink), where the reports' rows can wait in a local
   * file ({@link ParkedRows}): embedded Flink then serializes, sorts and spills a few offsets per report in its
   * groupings and between its operators, not the rows.
   */
  static boolean allStepsInThisJvm(ReportPipelineOptions options) {
    return onDirectRunner(options) || EmbeddedFlinkMemory.embedded(options);
  }

  /** The files read at once in this JVM: by each of the direct runner's threads, or each of embedded Flink's slots. */
  private static int readers(ReportPipelineOptions options) {
    return Math.max(Runtime.getRuntime().availableProcessors(),
        Math.max(options.as(DirectOptions.class).getTargetParallelism(), options.as(FlinkPipelineOptions.class).getParallelism()));
  }

  /** Local paths are made absolute so that workers on a cluster resolve them the same way. */
  static List<String> patterns(List<String> inputs) {
    return inputs.stream().map(ReportPipeline::absolute).toList();
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

  /**
   * The direct runner's threads, one per core rather than at least three. The runner's scheduler runs on the same
   * threads, and on one with no bundle to run it loops without pause (Beam's {@code ExecutorServiceParallelExecutor}
   * submits it again at once): on two cores, the third thread spun beside the two extracting whenever only two
   * bundles were left, 15 % of a 10 000-report run's Java samples (BENCHMARKS.md). An explicit
   * {@code --targetParallelism} is kept.
   */
  static void oneDirectRunnerThreadPerCore(ReportPipelineOptions options, String[] args) {
    if (Arrays.stream(args).noneMatch(a -> a.startsWith("--targetParallelism"))) {
      options.as(DirectOptions.class).setTargetParallelism(Runtime.getRuntime().availableProcessors());
    }
  }

  /**
   * Local paths are made absolute: workers on a cluster run in other working directories than the client. A local
   * {@code file:} URI ({@code file:/data}, {@code file:///data}, {@code file://localhost/data}) is its path: taken
   * as a relative path, {@code --output=file:/data/out} wrote into a folder named {@code file:} in the working
   * directory. The prefix is cut as text, not parsed as a URI, so that globs ({@code ?}, {@code {a,b}}) stay as given.
   */
  static String absolute(String location) {
    Matcher fileUri = LOCAL_FILE_URI.matcher(location);
    String path = fileUri.lookingAt() ? location.substring(fileUri.end()) : location;
    return path.contains("://") ? path : Path.of(path).toAbsolutePath().toString();
  }
}
