package org.govdisclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** Runs the shaded jar the way users do, {@code java -jar}, in a JVM of its own; its output goes to a log file. */
final class ShadedJar {

  static final Path JAR = Path.of(System.getProperty("shadedJar", "target/gov-disclosure-pipeline.jar")).toAbsolutePath();

  private static final Duration TIMEOUT = Duration.ofMinutes(10);
  private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at \\S+\\(.*\\)$");

  /** A finished run: how long the JVM took, and everything it printed. */
  record Run(Duration wallTime, String output) {}

  private ShadedJar() {}

  static Process start(Path log, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(javaExecutable(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Files.createDirectories(log.getParent());
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /** Waits for a run started with {@link #start} and checks that it succeeded. */
  static Run await(Process process, Path log, long startNanos) throws IOException, InterruptedException {
    if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("pipeline run did not finish within " + TIMEOUT + "; its output: " + log);
    }
    Duration wall = Duration.ofNanos(System.nanoTime() - startNanos);
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as("exit code of java -jar; output:%n%s", output).isZero();
    return new Run(wall, output);
  }

  /** A normal run: it succeeds and prints no stack trace. */
  static Run run(Path log, String... args) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Run run = await(start(log, args), log, start);
    assertThat(STACK_FRAME.matcher(run.output()).find()).as("a stack trace in the output of a normal run:%n%s", run.output()).isFalse();
    return run;
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
