package org.govdisclosure.pipeline;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The shaded jar's application class-data archive (Java's dynamic AppCDS): the classes a run loads, parsed and
 * verified once by the build and mapped by each run's JVM instead of read from the jar, about 1 s of CPU less per run
 * on the direct runner and 2 s on embedded Flink (BENCHMARKS.md).
 *
 * <p>The build writes it beside the jar after shading ({@link #main}), from a run of embedded Flink over the bundled
 * samples: the classes of Beam, Parquet and the extractors that a direct run loads too, and Flink's. The JVM that
 * {@link QuickCompilation} starts for a run maps it when it is there ({@link #flags}). The JVM checks that the archive
 * was made from this very jar (its size and time) and by this very JVM build, and otherwise runs without it; its
 * message is turned off, so a stale archive or one from another JDK never changes a run, nor is a missing one noticed.
 */
final class ClassArchive {

  /** Flags by which a JVM is told how to share classes already: it is left to them. */
  private static final List<String> OWN_SHARING_FLAGS =
      List.of("-Xshare", "SharedArchiveFile", "ArchiveClassesAtExit", "SharedClassListFile", "DumpLoadedClassList");
  /** The JVM's only word on an archive it declines is a warning on these tags. */
  private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

  /** The run over the samples takes under a minute on a busy machine: a build is not held up by one that hangs. */
  private static final Duration LONGEST = Duration.ofMinutes(10);

  private ClassArchive() {}

  /** The archive of {@code jar}: beside it, named as it is with {@code .jsa} for {@code .jar}. */
  static Path of(Path jar) {
    String name = jar.getFileName().toString();
    return jar.resolveSibling((name.endsWith(".jar") ? name.substring(0, name.length() - 4) : name) + ".jsa");
  }

  /**
   * @param jvmArgs the arguments of the JVM that launched the pipeline, which the new one is given too
   * @return the flags by which a JVM running {@code jar} maps its archive, or none when there is none or the JVM's
   *     arguments say how to share classes
   */
  static List<String> flags(Path jar, List<String> jvmArgs) {
    Path archive = of(jar);
    if (!Files.isRegularFile(archive) || jvmArgs.stream().anyMatch(arg -> OWN_SHARING_FLAGS.stream().anyMatch(arg::contains))) {
      return List.of();
    }
    List<String> flags = new ArrayList<>(List.of("-XX:SharedArchiveFile=" + archive));
    flags.addAll(QUIET);
    return flags;
  }

  /**
   * Writes the archive of a jar (the build's step after shading): runs the pipeline from the jar on embedded Flink
   * with C1 alone, as a run's JVM does, in a JVM that archives the classes it loaded when it exits, then checks that a
   * JVM maps the archive before putting it in place. A run or check that fails leaves no archive (nor the old one);
   * the build goes on without it.
   *
   * <p>Arguments: the jar, the folder of sample reports, and a folder for the run's output (the build's target).
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    Path jar = Path.of(args[0]);
    Path samples = Path.of(args[1]);
    Path work = Path.of(args[2]);
    Path archive = of(jar);
    Path written = work.resolve(archive.getFileName());
    Files.deleteIfExists(archive);
    Files.createDirectories(work);
    Files.deleteIfExists(written);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> run = new ArrayList<>(List.of(java, "-XX:ArchiveClassesAtExit=" + written, "-XX:TieredStopAtLevel=1"));
    run.addAll(QUIET);
    run.addAll(List.of("-jar", jar.toString(), "--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2",
        "--input=" + samples, "--output=" + work.resolve("run")));
    // Mapped with -Xshare:on, a JVM fails rather than go on without it: a short or foreign archive is caught here.
    List<String> check = new ArrayList<>(List.of(java, "-Xshare:on", "-XX:SharedArchiveFile=" + written));
    check.addAll(QUIET);
    check.addAll(List.of("-cp", jar.toString(), "-version"));
    if (succeeds(run, work.resolve("run.log")) && Files.isRegularFile(written) && succeeds(check, work.resolve("check.log"))) {
      Files.move(written, archive, StandardCopyOption.REPLACE_EXISTING);
      System.out.println("Class-data archive: " + archive + " (" + Files.size(archive) / (1 << 20) + " MB)");
    } else {
      Files.deleteIfExists(written);
      System.out.println("No class-data archive for " + jar + ": see " + work.resolve("run.log") + " and " + work.resolve("check.log"));
    }
  }

  /** Whether {@code command} ends well within {@link #LONGEST}; one that does not is stopped. */
  private static boolean succeeds(List<String> command, Path log) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(Redirect.to(log.toFile())).start();
    if (!process.waitFor(LONGEST.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      return false;
    }
    return process.exitValue() == 0;
  }
}
