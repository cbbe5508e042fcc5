package org.govdisclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;

class ReportPipelineTest {

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
