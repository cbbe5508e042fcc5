package org.govdisclosure.sparkcheck;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the pipeline's real entry point in a JVM of its own, so that Beam's libraries never meet Spark's. The
 * pipeline module leaves its classes and its runtime classpath (a file) in its target folder.
 */
final class PipelineRun {

  private static final String MAIN = "org.govdisclosure.pipeline.ReportPipeline";
  private static final long TIMEOUT_MINUTES = 10;

  private PipelineRun() {}

  /** Writes the tables for {@code input} under {@code output}; fails with the run's log when it does not finish. */
  static void run(Path input, Path output) throws IOException, InterruptedException {
    run(List.of(input.toAbsolutePath().normalize().toString()), output);
  }

  /** Writes the tables for {@code inputs} (folders, files, globs: absolute) under {@code output}. */
  static void run(List<String> inputs, Path output) throws IOException, InterruptedException {
    Path classpathFile = Path.of(System.getProperty("pipeline.classpathFile"));
    if (!Files.exists(classpathFile)) {
      throw new IllegalStateException(classpathFile + " is missing: build the pipeline module first "
          + "(./mvnw verify from the root, or -pl spark-check -am)");
    }
    String classpath = System.getProperty("pipeline.classes") + File.pathSeparator
        + Files.readString(classpathFile).strip();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Files.createDirectories(output);
    Path log = output.resolveSibling(output.getFileName() + ".log");
    List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", classpath, MAIN,
        "--output=" + output.toAbsolutePath().normalize()));
    inputs.forEach(input -> command.add("--input=" + input));
    Process process = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("pipeline did not finish in " + TIMEOUT_MINUTES + " minutes; log: " + log);
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException("pipeline exited with " + process.exitValue() + ":\n" + Files.readString(log));
    }
  }
}
