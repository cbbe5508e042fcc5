package org.govdisclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

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

  private static int directRunnerThreads(String... args) {
    ReportPipelineOptions options = PipelineOptionsFactory.fromArgs(args).as(ReportPipelineOptions.class);
    ReportPipeline.oneDirectRunnerThreadPerCore(options, args);
    return options.as(DirectOptions.class).getTargetParallelism();
  }
}
