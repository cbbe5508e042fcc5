package org.govdisclosure.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A standalone Flink session cluster, started and stopped through {@code scripts/flink-cluster.sh} exactly as the
 * README tells users, on free loopback ports so that it cannot collide with a cluster someone already runs.
 */
final class FlinkCluster implements AutoCloseable {

  private static final Path SCRIPT = Path.of(System.getProperty("clusterScript", "../scripts/flink-cluster.sh")).toAbsolutePath();
  private static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(3);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path dir;
  private final Map<String, String> env;
  private final int restPort;
  private final HttpClient http = HttpClient.newHttpClient();

  private FlinkCluster(Path dir, int restPort, int taskManagers) throws IOException {
    this.dir = dir;
    this.restPort = restPort;
    this.env = Map.of(
        "FLINK_CLUSTER_DIR", dir.toString(),
        "FLINK_CLUSTER_JAR", ShadedJar.JAR.toString(),
        "FLINK_REST_PORT", Integer.toString(restPort),
        "FLINK_RPC_PORT", Integer.toString(LoopbackPort.free()),
        "FLINK_TASKMANAGERS", Integer.toString(taskManagers));
  }

  static FlinkCluster start(Path dir, int taskManagers) throws IOException, InterruptedException {
    FlinkCluster cluster = new FlinkCluster(dir, LoopbackPort.free(), taskManagers);
    boolean started = false;
    try {
      cluster.script("start");
      started = true;
      return cluster;
    } finally {
      if (!started) {
        cluster.close();
      }
    }
  }

  /** Arguments that run the shaded jar's pipeline on this cluster, followed by the pipeline's own. */
  String[] submitArgs(String... pipelineArgs) {
    List<String> args = new ArrayList<>(List.of("--runner=FlinkRunner", "--flinkMaster=localhost:" + restPort,
        "--parallelism=2", "--filesToStage=" + ShadedJar.JAR));
    args.addAll(List.of(pipelineArgs));
    return args.toArray(String[]::new);
  }

  /** GET on the cluster's REST API. */
  JsonNode get(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + restPort + path)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("GET " + path + ": HTTP " + response.statusCode() + " " + response.body());
    }
    return JSON.readTree(response.body());
  }

  /** Kills a TaskManager the way a crash or an OOM killer would, with no chance to deregister. */
  void kill(String taskManager) throws IOException, InterruptedException {
    long pid = Long.parseLong(Files.readString(dir.resolve(taskManager + ".pid")).trim());
    ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException(taskManager + " is not running"));
    process.destroyForcibly();
    process.onExit().join();
  }

  @Override
  public void close() throws IOException, InterruptedException {
    script("stop");
  }

  private void script(String command) throws IOException, InterruptedException {
    Path log = dir.resolve("script-" + command + ".log");
    Files.createDirectories(dir);
    ProcessBuilder pb = new ProcessBuilder("bash", SCRIPT.toString(), command).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().putAll(env);
    Process process = pb.start();
    if (!process.waitFor(SCRIPT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("flink-cluster.sh " + command + " still running after " + SCRIPT_TIMEOUT + "; logs in " + dir);
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException("flink-cluster.sh " + command + " failed (logs in " + dir + "/log):\n"
          + Files.readString(log, StandardCharsets.UTF_8));
    }
  }
}
