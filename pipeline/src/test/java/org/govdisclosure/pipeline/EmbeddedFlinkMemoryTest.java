package org.govdisclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;

/**
 * Embedded Flink's managed memory is fixed unless the user configures Flink; other runners are left alone. Embedded
 * Flink and the direct runner run every step in the JVM, where rows can be parked; a cluster does not.
 */
class EmbeddedFlinkMemoryTest {

  private static ReportPipelineOptions options(String... args) {
    return PipelineOptionsFactory.fromArgs(args).as(ReportPipelineOptions.class);
  }

  @Test
  void embeddedFlinkReadsAConfigurationThatFixesItsManagedMemory() throws Exception {
    assumeTrue(System.getenv("FLINK_CONF_DIR") == null, "a Flink configuration of the user's is left as it is");
    ReportPipelineOptions options = options("--runner=FlinkRunner", "--flinkMaster=[local]");

    EmbeddedFlinkMemory.bound(options);

    String folder = options.as(FlinkPipelineOptions.class).getFlinkConfDir();
    assertThat(folder).isNotNull();
    assertThat(Files.readString(Path.of(folder, "flink-conf.yaml")))
        .isEqualTo(EmbeddedFlinkMemory.MANAGED_MEMORY + ": " + EmbeddedFlinkMemory.SIZE + "\n");
  }

  @Test
  void aConfigurationOfTheUsersAClusterAndTheDirectRunnerAreLeftAlone() throws Exception {
    ReportPipelineOptions own = options("--runner=FlinkRunner", "--flinkMaster=[local]", "--flinkConfDir=/etc/flink");
    ReportPipelineOptions cluster = options("--runner=FlinkRunner", "--flinkMaster=localhost:8081");
    ReportPipelineOptions direct = options();

    for (ReportPipelineOptions options : new ReportPipelineOptions[] {own, cluster, direct}) {
      EmbeddedFlinkMemory.bound(options);
    }

    assertThat(own.as(FlinkPipelineOptions.class).getFlinkConfDir()).isEqualTo("/etc/flink");
    assertThat(cluster.as(FlinkPipelineOptions.class).getFlinkConfDir()).isNull();
    assertThat(direct.as(FlinkPipelineOptions.class).getFlinkConfDir()).isNull();
  }

  @Test
  void rowsAreParkedOnlyWhereEveryStepRunsInThisJvm() {
    assertThat(ReportPipeline.allStepsInThisJvm(options())).isTrue();
    assertThat(ReportPipeline.allStepsInThisJvm(options("--runner=FlinkRunner", "--flinkMaster=[local]"))).isTrue();
    assertThat(ReportPipeline.allStepsInThisJvm(options("--runner=FlinkRunner", "--flinkMaster=localhost:8081"))).isFalse();
  }
}
