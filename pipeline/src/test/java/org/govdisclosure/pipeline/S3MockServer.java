package org.govdisclosure.pipeline;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A real S3-compatible server on 127.0.0.1: Adobe's S3Mock, a Spring Boot application, run from its own jar in a JVM
 * of its own (its dependencies would clash with the pipeline's), with one bucket, storing under a local folder.
 */
final class S3MockServer implements RemoteStore {

  private static final Path JAR = Path.of(System.getProperty("s3mockJar", "target/s3mock/s3mock.jar")).toAbsolutePath();
  private static final String BUCKET = "gov-disclosure";
  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

  private final Process process;
  private final int port;

  private S3MockServer(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  static S3MockServer start(Path dir) throws IOException, InterruptedException {
    int port = LoopbackPort.free();
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-jar", JAR.toString(),
        // Its plain HTTP connector ignores server.address (it listens on every interface); the test only calls 127.0.0.1.
        "--server.address=127.0.0.1", "--com.adobe.testing.s3mock.httpPort=" + port, "--server.port=" + LoopbackPort.free(),
        "--com.adobe.testing.s3mock.domain.initialBuckets=" + BUCKET,
        "--com.adobe.testing.s3mock.domain.root=" + dir.resolve("store"), "--spring.main.banner-mode=off")
        .redirectErrorStream(true).redirectOutput(dir.resolve("s3mock.log").toFile()).start();
    S3MockServer server = new S3MockServer(process, port);
    server.awaitStarted(dir.resolve("s3mock.log"));
    return server;
  }

  private void awaitStarted(Path log) throws InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline && process.isAlive()) {
      try {
        HttpRequest list = HttpRequest.newBuilder(URI.create(endpoint() + "/" + BUCKET)).timeout(Duration.ofSeconds(5)).build();
        if (http.send(list, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    process.destroyForcibly();
    throw new IllegalStateException("S3Mock did not start within " + START_TIMEOUT + "; its log: " + log);
  }

  private String endpoint() {
    return "http://127.0.0.1:" + port;
  }

  @Override
  public String root() {
    return "s3://" + BUCKET + "/";
  }

  @Override
  public List<String> options() {
    return List.of("--endpoint=" + endpoint(), "--awsRegion=us-east-1", "--s3PathStyleAccess=true",
        "--awsCredentialsProvider={\"@type\": \"StaticCredentialsProvider\", \"accessKeyId\": \"test\", \"secretAccessKey\": \"test\"}");
  }

  @Override
  public void close() {
    process.destroy();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
