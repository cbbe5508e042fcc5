package org.govdisclosure.pipeline;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar on the test corpus: Flink, embedded and on a standalone session cluster started by
 * {@code scripts/flink-cluster.sh}, writes the same rows as the direct runner, and prints no stack trace.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class FlinkRunnerIT {

  static final Path CORPUS = Path.of("../extractors/src/test/resources/corpus").toAbsolutePath().normalize();
  static final String INPUT = "--input=" + CORPUS.resolve("seeds") + "," + CORPUS.resolve("real");

  @TempDir static Path work;
  static Path direct;

  @BeforeAll
  static void runDirect() throws Exception {
    direct = work.resolve("direct");
    ShadedJar.Run run = ShadedJar.run(work.resolve("direct.log"), INPUT, "--output=" + direct);
    System.out.println("direct runner: " + run.wallTime().toMillis() + " ms");
  }

  @Test
  void embeddedFlinkWritesTheSameRows() throws Exception {
    Path out = work.resolve("embedded");
    ShadedJar.Run run = ShadedJar.run(work.resolve("embedded.log"),
        "--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2", INPUT, "--output=" + out);
    System.out.println("embedded Flink: " + run.wallTime().toMillis() + " ms");
    SameRows.assertSameTables(direct, out);
  }

  @Test
  void sessionClusterWritesTheSameRows() throws Exception {
    Path out = work.resolve("cluster");
    try (FlinkCluster cluster = FlinkCluster.start(work.resolve("flink-cluster"), 2)) {
      ShadedJar.Run run = ShadedJar.run(work.resolve("cluster.log"), cluster.submitArgs(INPUT, "--output=" + out));
      long job = cluster.get("/jobs/overview").get("jobs").get(0).get("duration").asLong();
      System.out.println("session cluster: job " + job + " ms, client " + run.wallTime().toMillis() + " ms");
    }
    SameRows.assertSameTables(direct, out);
  }
}
