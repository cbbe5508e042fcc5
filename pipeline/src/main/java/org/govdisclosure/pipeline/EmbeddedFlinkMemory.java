package org.govdisclosure.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.flink.FlinkRunner;

/**
 * A fixed size for the memory embedded Flink ({@code --flinkMaster=[local]}) sorts the run's groupings in. Without a
 * Flink configuration of the user's, Beam gives the embedded cluster managed memory of 0.4 times the heap free at its
 * start, some 2.4 GB on a machine of 23 GB: Flink's sorts fill it, outside the heap, before they spill to disk, so a
 * run's peak RSS grew with the rows it groups (BENCHMARKS.md). With a fixed size a larger run spills sooner instead.
 * A configuration of the user's ({@code --flinkConfDir}, {@code FLINK_CONF_DIR}) is left as it is.
 */
final class EmbeddedFlinkMemory {

  static final String MANAGED_MEMORY = "taskmanager.memory.managed.size";
  /** Room for the groupings of a 10 000-report run without spilling (BENCHMARKS.md). */
  static final String SIZE = "256m";

  private EmbeddedFlinkMemory() {}

  /** Whether the run is on a Flink cluster that Beam starts inside this JVM: every step runs in this JVM. */
  static boolean embedded(ReportPipelineOptions options) {
    return FlinkRunner.class.isAssignableFrom(options.getRunner())
        && "[local]".equals(options.as(FlinkPipelineOptions.class).getFlinkMaster());
  }

  /** Points the options at a Flink configuration that fixes the managed memory, where Beam would size it by the heap. */
  static void bound(ReportPipelineOptions options) throws IOException {
    FlinkPipelineOptions flink = options.as(FlinkPipelineOptions.class);
    if (!embedded(options) || flink.getFlinkConfDir() != null || System.getenv("FLINK_CONF_DIR") != null) {
      return;
    }
    // Read when the run starts; deleted with the JVM, the file before its folder.
    Path folder = Files.createTempDirectory("embedded-flink-");
    folder.toFile().deleteOnExit();
    Files.writeString(folder.resolve("flink-conf.yaml"), MANAGED_MEMORY + ": " + SIZE + "\n").toFile().deleteOnExit();
    flink.setFlinkConfDir(folder.toString());
  }
}
