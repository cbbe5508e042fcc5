package org.govdisclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;

class ReportPipelineTest {

  @Test
  void aLocalFileUriIsItsPathNotAFolderNamedFileInTheWorkingDirectory() {
    for (String uri : List.of("file:/data/out", "file:///data/out", "file://localhost/data/out", "FILE:///data/out")) {
      assertThat(ReportPipeline.absolute(uri)).as(uri).isEqualTo("/data/out");
    }
    assertThat(ReportPipeline.absolute("file:///data/2020/*.{pdf,doc}")).isEqualTo("/data/2020/*.{pdf,doc}");
    assertThat(ReportPipeline.absolute("s3://bucket/out")).isEqualTo("s3://bucket/out");
    assertThat(ReportPipeline.absolute("file://fileserver/data")).isEqualTo("file://fileserver/data");
    assertThat(ReportPipeline.absolute("out")).isEqualTo(Path.of("out").toAbsolutePath().toString());
  }

  @Test
  void theDirectRunnerHasAThreadPerCore() {
    assertThat(directRunnerThreads("--output=o")).isEqualTo(Runtime.getRuntime().availableProcessors());
  }

  @Test
  void anExplicitThreadCountIsKept() {
    assertThat(directRunnerThreads("--output=o", "--targetParallelism=7")).isEqualTo(7);
  }

  @Test
  void theDirectRunnerGetsTheFilesInTwoGroupsPerThread() {
    assertThat(fileGroups("--output=o", "--targetParallelism=3")).hasValue(6);
  }

  /** Flink binds each key to a worker by its hash: four keys on two workers gave one of them three quarters of the files. */
  @Test
  void flinkGetsTheFilesOneByOne() {
    assertThat(fileGroups("--output=o", "--runner=FlinkRunner", "--parallelism=2")).isEmpty();
  }

  private static int directRunnerThreads(String... args) {
    return options(args).as(DirectOptions.class).getTargetParallelism();
  }

  private static OptionalInt fileGroups(String... args) {
    return ReportPipeline.matchFiles(options(args)).groups();
  }

  private static ReportPipelineOptions options(String... args) {
    ReportPipelineOptions options = PipelineOptionsFactory.fromArgs(args).as(ReportPipelineOptions.class);
    ReportPipeline.oneDirectRunnerThreadPerCore(options, args);
    return options;
  }
}
