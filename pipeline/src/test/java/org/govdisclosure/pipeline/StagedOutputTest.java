package org.govdisclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.govdisclosure.schemas.TableSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedOutputTest {

  @TempDir Path dir;

  /** A run that stages one Parquet file of the reports table and publishes. */
  private String publishRun(Path output, StagedOutput.Steps steps) throws IOException {
    try (StagedOutput staged = StagedOutput.open(output, List.of(dir.resolve("in").toString()), steps)) {
      TableSink.writeEmpty(TableSchemas.REPORTS, staged.staging().resolve("reports/year=2020/county_code=330112/part-00000-of-00001.parquet"));
      Files.writeString(staged.staging().resolve(RunSummary.FILE_NAME), "{\"run_id\": \"" + staged.runId() + "\"}\n");
      staged.publish("{\"run_id\": \"" + staged.runId() + "\"}\n");
      return staged.runId();
    }
  }

  private List<String> hidden(Path output) throws IOException {
    try (var entries = Files.list(output)) {
      return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".") && !n.equals(".gov-disclosure.lock")).toList();
    }
  }

  @Test
  void aPublishedRunHasEveryTableItsMarkersAndSuccessLast() throws Exception {
    Path output = dir.resolve("out");
    String run = publishRun(output, StagedOutput.Steps.NONE);
    for (String table : TableSchemas.TABLES) {
      assertThat(output.resolve(table).resolve(StagedOutput.TABLE_MARKER)).content().isEqualTo(run);
      try (var files = Files.walk(output.resolve(table))) {
        assertThat(files.filter(p -> p.toString().endsWith(".parquet"))).as(table).isNotEmpty();
      }
    }
    assertThat(output.resolve(StagedOutput.SUCCESS)).content().contains(run);
    assertThat(hidden(output)).as("staging and journals left behind").isEmpty();
  }

  @Test
  void aSwapInterruptedAtAnyStepLeavesThePreviousOutputExactlyAsItWas() throws Exception {
    Path output = dir.resolve("out");
    publishRun(output, StagedOutput.Steps.NONE);
    Files.writeString(output.resolve("my-notes.md"), "the analyst's own file");
    Map<String, String> before = OutputTree.of(output);
    List<String> steps = new ArrayList<>();
    publishRun(dir.resolve("probe"), steps::add);
    assertThat(steps).hasSizeGreaterThan(2 * TableSchemas.TABLES.size());
    for (String failAt : steps.subList(0, steps.size() - 1)) {
      assertThatThrownBy(() -> publishRun(output, step -> {
        if (step.equals(failAt)) {
          throw new IOException("disk full at " + step);
        }
      })).hasMessageContaining(failAt);
      assertThat(OutputTree.of(output)).as("after a failure at %s", failAt).isEqualTo(before);
      assertThat(hidden(output)).as("left behind after a failure at %s", failAt).isEmpty();
    }
  }

  @Test
  void aRunKilledWhileSwappingIsUndoneByTheNextRun() throws Exception {
    Path output = dir.resolve("out");
    publishRun(output, StagedOutput.Steps.NONE);
    Map<String, String> before = OutputTree.of(output);
    String midway = "moved_in " + TableSchemas.TABLES.get(2);
    // A kill leaves the swap half done: copy the output as it stands at that moment, as a killed JVM would leave it.
    Path killed = dir.resolve("killed");
    assertThatThrownBy(() -> publishRun(output, step -> {
      if (step.equals(midway)) {
        copyTree(output, killed);
        throw new IOException("killed");
      }
    }));
    assertThat(OutputTree.of(killed)).isNotEqualTo(before);
    assertThat(killed.resolve(StagedOutput.SUCCESS)).doesNotExist();
    StagedOutput.open(killed, List.of()).close();
    assertThat(OutputTree.of(killed)).isEqualTo(before);
  }

  @Test
  void staleOrEmptyStagingIsRemovedButAFolderThatOnlyLooksLikeItIsKept() throws Exception {
    Path output = dir.resolve("out");
    Path stale;
    try (StagedOutput staged = StagedOutput.open(output, List.of())) {
      stale = staged.staging();
      copyTree(stale, dir.resolve("stale-copy"));
    }
    copyTree(dir.resolve("stale-copy"), stale);
    Files.writeString(stale.resolve("reports.temp-beam"), "half written");
    Path lookalike = Files.createDirectories(output.resolve(".staging-mine"));
    Files.writeString(lookalike.resolve("keep.txt"), "not the pipeline's");
    // A run killed right after making its staging folder, before marking it.
    Path unmarked = Files.createDirectories(output.resolve(".staging-" + UUID.randomUUID()));
    StagedOutput.open(output, List.of()).close();
    assertThat(stale).doesNotExist();
    assertThat(unmarked).doesNotExist();
    assertThat(lookalike.resolve("keep.txt")).exists();
  }

  @Test
  void foldersThePipelineDidNotWriteAreNeverReplaced() throws Exception {
    Path output = dir.resolve("out");
    Path users = Files.createDirectories(output.resolve("checks"));
    Files.writeString(users.resolve("my_audit.csv"), "a,b\n");
    assertThatThrownBy(() -> StagedOutput.open(output, List.of())).hasMessageContaining("not written by this pipeline");
    assertThat(users.resolve("my_audit.csv")).exists();

    Files.delete(users.resolve("my_audit.csv"));
    Files.delete(users);
    publishRun(output, StagedOutput.Steps.NONE);
    Files.writeString(output.resolve("checks/my_audit.csv"), "a,b\n");
    assertThatThrownBy(() -> StagedOutput.open(output, List.of())).hasMessageContaining("my_audit.csv");
    assertThat(output.resolve("checks/my_audit.csv")).exists();
    assertThat(hidden(output)).isEmpty();
  }

  @Test
  void anOutputOverlappingAnInputOrThatIsAFileIsRefusedBeforeAnyWork() throws Exception {
    Path reports = Files.createDirectories(dir.resolve("data/reports"));
    Files.writeString(reports.resolve("r.txt"), "report");
    Path data = dir.resolve("data");
    assertThatThrownBy(() -> StagedOutput.open(data, List.of(data.toString()))).hasMessageContaining("overlaps");
    assertThatThrownBy(() -> StagedOutput.open(data.resolve("out"), List.of(data.toString()))).hasMessageContaining("overlaps");
    assertThatThrownBy(() -> StagedOutput.open(data.resolve("out"), List.of(data + "/**/*.txt"))).hasMessageContaining("overlaps");
    assertThatThrownBy(() -> StagedOutput.open(data, List.of(reports + "/*.txt"))).hasMessageContaining("overlaps");
    Path link = Files.createSymbolicLink(dir.resolve("alias"), data);
    assertThatThrownBy(() -> StagedOutput.open(link.resolve("out"), List.of(data.toString()))).hasMessageContaining("overlaps");
    assertThatThrownBy(() -> StagedOutput.open(reports.resolve("r.txt"), List.of())).hasMessageContaining("is a file");
    assertThat(data.resolve("out")).doesNotExist();
    assertThat(reports.resolve("r.txt")).content().isEqualTo("report");
    // A glob of one folder's files does not reach an output beside them.
    StagedOutput.open(data.resolve("out"), List.of(data + "/*.txt")).close();
  }

  @Test
  void oneRunAtATimePerOutput() throws Exception {
    Path output = dir.resolve("out");
    try (StagedOutput first = StagedOutput.open(output, List.of())) {
      assertThatThrownBy(() -> StagedOutput.open(output, List.of())).hasMessageContaining("another run");
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (var paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else if (!p.getFileName().toString().equals(".gov-disclosure.lock")) {
          Files.copy(p, target);
        }
      }
    }
  }
}
