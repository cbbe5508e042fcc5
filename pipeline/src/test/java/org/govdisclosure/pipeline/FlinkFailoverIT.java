package org.govdisclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills one of two TaskManagers a third of the way through a job over a generated corpus of a few thousand reports: the
 * cluster's restart strategy reruns the job on the surviving TaskManager, and the output has exactly the rows of an
 * undisturbed run, nothing lost and nothing written twice.
 */
class FlinkFailoverIT {

  private static final int COPIES_PER_SEED = 400;
  private static final long POLL_MILLIS = 200;
  private static final long EXTRACTING_BEFORE_KILL_MILLIS = 1_000;

  @TempDir Path work;

  @Test
  @Timeout(value = 15, unit = TimeUnit.MINUTES)
  void jobSurvivesTheLossOfATaskManager() throws Exception {
    Path input = SeedCopies.write(work.resolve("in"), COPIES_PER_SEED);
    Path undisturbed = work.resolve("undisturbed");
    Path failover = work.resolve("failover");
    try (FlinkCluster cluster = FlinkCluster.start(work.resolve("flink-cluster"), 2)) {
      ShadedJar.run(work.resolve("undisturbed.log"), cluster.submitArgs("--input=" + input, "--output=" + undisturbed));
      JsonNode reference = cluster.get("/jobs/overview").get("jobs").get(0);
      long duration = reference.get("duration").asLong();

      Path log = work.resolve("failover.log");
      long start = System.nanoTime();
      Process run = ShadedJar.start(log, cluster.submitArgs("--input=" + input, "--output=" + failover));
      String job = awaitRunningJob(cluster, reference.get("jid").asText());
      String victim = awaitTaskManagerExtracting(cluster, job);
      cluster.kill(victim);
      long killedAt = System.nanoTime();
      ShadedJar.Run result = ShadedJar.await(run, log, start);

      assertThat(cluster.get("/jobs/" + job).get("state").asText()).isEqualTo("FINISHED");
      JsonNode failures = cluster.get("/jobs/" + job + "/exceptions").get("exceptionHistory").get("entries");
      assertThat(failures).as("failures the job recovered from").isNotEmpty();
      List<String> causes = new ArrayList<>();
      failures.forEach(f -> causes.add(f.get("exceptionName").asText()));
      System.out.printf("failover: undisturbed job %d ms; killed %s mid-job, then the job finished after another %d ms "
              + "(client %d ms); recovered from %s%n", duration, victim,
          (System.nanoTime() - killedAt) / 1_000_000, result.wallTime().toMillis(), causes);
    }
    SameRows.assertSameTables(undisturbed, failover);
  }

  private static String awaitRunningJob(FlinkCluster cluster, String otherThan) throws Exception {
    while (true) {
      for (JsonNode job : cluster.get("/jobs/overview").get("jobs")) {
        if (!job.get("jid").asText().equals(otherThan) && job.get("state").asText().equals("RUNNING")) {
          return job.get("jid").asText();
        }
      }
      Thread.sleep(POLL_MILLIS);
    }
  }

  /**
   * Waits until a TaskManager has been running the extraction for a moment, so that killing it surely hits the job
   * mid-way; polling instead of a fixed delay keeps the test independent of the machine's speed.
   */
  private static String awaitTaskManagerExtracting(FlinkCluster cluster, String job) throws Exception {
    String vertex = vertexOf(cluster, job, "Extract/ExtractEachFile");
    long runningSince = 0;
    while (true) {
      String running = null;
      JsonNode taskManagers = cluster.get("/jobs/" + job + "/vertices/" + vertex + "/taskmanagers").get("taskmanagers");
      boolean pending = taskManagers.isEmpty();
      for (JsonNode tm : taskManagers) {
        String status = tm.get("status").asText();
        if (status.equals("RUNNING")) {
          running = tm.get("taskmanager-id").asText();
        }
        pending |= !status.equals("FINISHED");
      }
      if (running == null && !pending) {
        throw new AssertionError("the extraction finished before a TaskManager could be killed; generate more reports");
      }
      if (running == null) {
        runningSince = 0;
      } else if (runningSince == 0) {
        runningSince = System.nanoTime();
      } else if (System.nanoTime() - runningSince >= TimeUnit.MILLISECONDS.toNanos(EXTRACTING_BEFORE_KILL_MILLIS)) {
        return running;
      }
      Thread.sleep(POLL_MILLIS);
    }
  }

  private static String vertexOf(FlinkCluster cluster, String job, String transform) throws Exception {
    for (JsonNode v : cluster.get("/jobs/" + job).get("vertices")) {
      if (v.get("name").asText().contains(transform)) {
        return v.get("id").asText();
      }
    }
    throw new AssertionError("no vertex of " + transform + " in job " + job);
  }
}
