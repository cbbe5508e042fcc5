package org.govdisclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.govdisclosure.schemas.TableSchemas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run-folder protocol of cluster stores, on Beam's own file system for {@code file://} locations, which takes
 * the same path through {@link StoreFiles} as {@code hdfs://} and {@code s3://} (those are tested against real
 * servers in {@code RemoteStorageIT}).
 */
class RemoteOutputTest {

  @TempDir Path dir;

  @BeforeAll
  static void fileSystems() {
    FileSystems.setDefaultPipelineOptions(PipelineOptionsFactory.create());
  }

  /** Beam's local file system takes plain paths; a folder ends with a slash, as a remote location does. */
  private static String location(Path output) {
    return output + "/";
  }

  /** Beam names a local resource by its path. */
  private static Path local(RunOutput run) {
    return Path.of(run.tablesLocation());
  }

  /** A run that writes one Parquet file of the reports table, and publishes or fails. */
  private String run(Path output, boolean publish) throws IOException {
    try (RunOutput run = RemoteOutput.open(location(output), List.of())) {
      Path file = local(run).resolve("reports/year=2020/county_code=330112/part-00000-of-00001.parquet");
      TableSink.writeEmpty(TableSchemas.REPORTS, file);
      Files.writeString(run.localFolder().resolve(RunSummary.FILE_NAME), "{\"run_id\": \"" + run.runId() + "\"}\n");
      if (publish) {
        run.publish("{\"run_id\": \"" + run.runId() + "\"}\n");
      }
      return run.runId();
    }
  }

  @Test
  void aPublishedRunIsNamedBySuccessAndHoldsEveryTable() throws Exception {
    Path output = dir.resolve("out");
    String first = run(output, true);
    Path folder = output.resolve("runs").resolve(first);
    assertThat(output.resolve(StagedOutput.SUCCESS)).content().contains(first);
    for (String table : TableSchemas.TABLES) {
      assertThat(folder.resolve(table)).isDirectory();
    }
    assertThat(folder.resolve(RunSummary.FILE_NAME)).content().contains(first);

    String second = run(output, true);
    assertThat(output.resolve(StagedOutput.SUCCESS)).content().contains(second);
    assertThat(output.resolve("runs")).isDirectoryNotContaining(p -> p.getFileName().toString().equals(first));
    try (DuckDb db = new DuckDb(output.resolve("runs").resolve(second))) {
      assertThat(db.count("SELECT count(*) FROM " + db.table("applications"))).isZero();
    }
  }

  @Test
  void aFailedOrKilledRunLeavesThePreviousOutputAsItWas() throws Exception {
    Path output = dir.resolve("out");
    String published = run(output, true);
    Map<String, String> before = OutputTree.of(output);

    run(output, false);
    assertThat(OutputTree.of(output)).isEqualTo(before);

    RunOutput killed = RemoteOutput.open(location(output), List.of());
    TableSink.writeEmpty(TableSchemas.REPORTS, local(killed).resolve("reports/year=2021/county_code=330112/part-00000-of-00001.parquet"));
    // Not closed: the process died. Readers still see the published run; the next run removes the killed one.
    assertThat(output.resolve(StagedOutput.SUCCESS)).content().contains(published);
    RemoteOutput.open(location(output), List.of()).close();
    assertThat(OutputTree.of(output)).isEqualTo(before);
    assertThat(output.resolve("runs")).isDirectoryNotContaining(p -> p.getFileName().toString().equals(killed.runId()));
  }

  @Test
  void foreignFilesAreRefusedAndNeverDeleted() throws Exception {
    Path output = dir.resolve("out");
    String published = run(output, true);
    Files.writeString(output.resolve("notes.sql"), "SELECT 1");
    Files.createDirectories(output.resolve("runs/by-hand"));
    Files.writeString(output.resolve("runs/by-hand/table.csv"), "a,b");
    run(output, true);
    assertThat(output.resolve("notes.sql")).content().isEqualTo("SELECT 1");
    assertThat(output.resolve("runs/by-hand/table.csv")).content().isEqualTo("a,b");

    String current = RemoteOutput.publishedRun(StoreFiles.folder(location(output))).orElseThrow();
    assertThat(current).isNotEqualTo(published);
    Files.writeString(output.resolve("runs").resolve(current).resolve("reports/my_audit.csv"), "x");
    Map<String, String> before = OutputTree.of(output);
    assertThatThrownBy(() -> RemoteOutput.open(location(output), List.of())).hasMessageContaining("my_audit.csv");
    assertThat(OutputTree.of(output)).isEqualTo(before);
  }

  @Test
  void anOutputOverlappingAnInputIsRefused() {
    String data = "s3://bucket/data/";
    assertThatThrownBy(() -> RemoteOutput.refuseOverlap(data + "out/", List.of("s3://bucket/data"))).hasMessageContaining("overlaps");
    assertThatThrownBy(() -> RemoteOutput.refuseOverlap(data, List.of(data + "reports/*.txt"))).hasMessageContaining("overlaps");
    assertThatThrownBy(() -> RemoteOutput.refuseOverlap(data + "out/", List.of(data + "**/*.txt"))).hasMessageContaining("overlaps");
    RemoteOutput.refuseOverlap(data + "out/", List.of(data + "*.txt", "s3://bucket/other", "/data/out"));
  }
}
