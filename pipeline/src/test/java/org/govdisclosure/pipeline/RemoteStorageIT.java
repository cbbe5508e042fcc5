package org.govdisclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.govdisclosure.schemas.TableSchemas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar reading its inputs from and writing its output to a real HDFS (in this JVM) and a real S3-compatible
 * server (S3Mock, on 127.0.0.1, through the endpoint option): the tables, read back with DuckDB, equal a local run's;
 * a run killed while writing leaves the published output exactly as it was; the next run publishes and removes what
 * the killed and the previous run wrote, and nothing else; a file the pipeline did not write stops a run.
 */
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class RemoteStorageIT {

  /** Copies of each seed for the run that is killed: enough that it is still writing when its first file appears. */
  private static final int COPIES = 20;

  @TempDir static Path work;
  static Path local;

  @BeforeAll
  static void localRun() throws Exception {
    local = work.resolve("local");
    ReportPipeline.main(new String[] {"--input=" + FlinkRunnerIT.CORPUS.resolve("seeds") + "," + FlinkRunnerIT.CORPUS.resolve("real"),
        "--output=" + local});
  }

  @Test
  void hdfs() throws Exception {
    try (MiniHdfs hdfs = MiniHdfs.start(work.resolve("hdfs"))) {
      publishesOnlyWholeRuns(hdfs, "hdfs");
    }
  }

  @Test
  void s3() throws Exception {
    try (S3MockServer s3 = S3MockServer.start(Files.createDirectories(work.resolve("s3")))) {
      publishesOnlyWholeRuns(s3, "s3");
    }
  }

  private void publishesOnlyWholeRuns(RemoteStore store, String name) throws Exception {
    store.registerFileSystems();
    String in = store.root() + "in/";
    String out = store.root() + "out/";
    store.upload(FlinkRunnerIT.CORPUS.resolve("seeds"), in + "seeds/");
    store.upload(FlinkRunnerIT.CORPUS.resolve("real"), in + "real/");
    StoreFiles.write(StoreFiles.file(StoreFiles.folder(out), "notes/analysis.sql"), "SELECT 1".getBytes(StandardCharsets.UTF_8));

    String first = run(store, name + "-first", in, out);
    assertSameAsLocal(store, out, first, in);
    assertThat(store.tree(out + RemoteOutput.RUNS + first + "/"))
        .containsKeys(RunSummary.FILE_NAME, RunReport.FILE_NAME, FileCosts.FILE_NAME, RemoteOutput.RUN_MARKER);

    Map<String, String> before = store.tree(out);
    store.upload(SeedCopies.write(work.resolve(name + "-copies"), COPIES), store.root() + "copies/");
    String killed = killWhileWriting(store, name, store.root() + "copies/", out, first);
    Map<String, String> after = store.tree(out);
    after.keySet().removeIf(file -> file.startsWith(RemoteOutput.RUNS + killed + "/"));
    assertThat(after).as("the output after a run killed while writing, its own folder aside").isEqualTo(before);

    // The seeds alone: fewer files, and fewer partitions to write, than the first run.
    String last = run(store, name + "-last", in + "seeds/", out);
    assertThat(last).isNotEqualTo(first);
    assertThat(store.tree(out).keySet()).as("what is left after a good run")
        .allMatch(file -> file.startsWith(RemoteOutput.RUNS + last + "/") || file.equals(StagedOutput.SUCCESS) || file.equals("notes/analysis.sql"))
        .contains("notes/analysis.sql", RemoteOutput.RUNS + last + "/" + RunSummary.FILE_NAME);
    try (DuckDb db = new DuckDb(store.download(out + RemoteOutput.RUNS + last + "/", work.resolve("copy-" + last)));
        Stream<Path> seeds = Files.list(FlinkRunnerIT.CORPUS.resolve("seeds"))) {
      assertThat(db.count("SELECT count(*) FROM " + db.table(TableSchemas.REPORTS))).isEqualTo(seeds.count());
    }

    StoreFiles.write(StoreFiles.file(StoreFiles.folder(out + RemoteOutput.RUNS + last + "/reports/"), "my_audit.csv"), new byte[] {1});
    Map<String, String> withForeignFile = store.tree(out);
    assertThatThrownBy(() -> ReportPipeline.main(args(store, in, out))).hasMessageContaining("my_audit.csv");
    assertThat(store.tree(out)).isEqualTo(withForeignFile);
  }

  /** A good run of the shaded jar; returns the run it published. */
  private static String run(RemoteStore store, String log, String in, String out) throws Exception {
    ShadedJar.Run run = ShadedJar.run(work.resolve(log + ".log"), args(store, in, out));
    System.out.println(log + ": " + run.wallTime().toMillis() + " ms");
    return RemoteOutput.publishedRun(StoreFiles.folder(out)).orElseThrow();
  }

  /** The published run's tables, copied to a local folder, hold the local run's rows. */
  private static void assertSameAsLocal(RemoteStore store, String out, String run, String in) throws Exception {
    Path copy = store.download(out + RemoteOutput.RUNS + run + "/", work.resolve("copy-" + run));
    SameRows.assertSameTables(local, FlinkRunnerIT.CORPUS + "/", copy, in);
  }

  /**
   * Starts a run and kills it (SIGKILL) as soon as its run folder holds a Parquet file; returns the killed run's id.
   * A run that published before it could be killed must have published completely.
   */
  private static String killWhileWriting(RemoteStore store, String name, String in, String out, String published) throws Exception {
    Process process = ShadedJar.start(work.resolve(name + "-killed.log"), args(store, in, out));
    Optional<String> writing = Optional.empty();
    while (process.isAlive() && writing.isEmpty()) {
      writing = runs(out).stream().filter(id -> !id.equals(published) && hasParquet(out + RemoteOutput.RUNS + id + "/")).findFirst();
      Thread.sleep(100);
    }
    process.destroyForcibly().waitFor();
    String now = RemoteOutput.publishedRun(StoreFiles.folder(out)).orElseThrow();
    assertThat(now).as("the run was killed before it published (%s copies were too few)", COPIES).isEqualTo(published);
    assertThat(writing).as("the killed run had begun writing").isPresent();
    System.out.println(name + ": killed run " + writing.get() + " while writing; the published output is " + published);
    return writing.get();
  }

  private static List<String> runs(String out) throws Exception {
    List<String> runs = new ArrayList<>();
    for (MatchResult.Metadata marker : StoreFiles.match(out + RemoteOutput.RUNS + "*/" + RemoteOutput.RUN_MARKER)) {
      String folder = marker.resourceId().getCurrentDirectory().toString();
      runs.add(folder.substring(folder.lastIndexOf('/', folder.length() - 2) + 1, folder.length() - 1));
    }
    return runs;
  }

  private static boolean hasParquet(String folder) {
    try {
      return StoreFiles.under(StoreFiles.folder(folder)).stream().anyMatch(m -> m.resourceId().toString().endsWith(".parquet"));
    } catch (Exception e) {
      return false; // a temporary file moved away while listing
    }
  }

  private static String[] args(RemoteStore store, String in, String out) {
    List<String> args = new ArrayList<>(List.of("--input=" + in, "--output=" + out));
    args.addAll(store.options());
    return args.toArray(String[]::new);
  }
}
