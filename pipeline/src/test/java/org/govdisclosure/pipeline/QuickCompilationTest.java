package org.govdisclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuickCompilationTest {

  @Test
  void aJvmWithoutCompilerFlagsTakesTheDirectiveThatKeepsC2Off() throws Exception {
    assertThat(probe()).isEqualTo("applied");
  }

  @Test
  void theJdksDigestsAreLeftToC2() throws Exception {
    assertThat(probe("-Dprobe=digests")).isEqualTo("sun/security/provider/*.*: c2 Exclude:false");
  }

  @Test
  void aJvmStartedWithItsOwnCompilerFlagsIsLeftAsItIs() throws Exception {
    assertThat(probe("-XX:TieredStopAtLevel=1")).isEqualTo("left: the JVM was started with -XX:TieredStopAtLevel=1");
  }

  @Test
  void thePipelineKeepsC2OffBeforeBeamReadsItsOptions() throws Exception {
    assertThat(probe("-Dprobe=pipeline")).isEqualTo("applied");
  }

  @Test
  void thePipelineLeavesC2OnWhenToldTo() throws Exception {
    assertThat(probe("-Dprobe=pipeline", "-Dargs=--quickCompilation=false")).startsWith("not applied");
  }

  @Test
  void aPipelineLaunchedFromItsJarRunsInAJvmOfItsOwnWithC1Alone() {
    assertThat(QuickCompilation.command("/jdk/bin/java", List.of("-Xmx2g", "-Dx=1"), true, "/p/pipeline.jar --input=a b",
        "/p/pipeline.jar", new String[] {"--input=a b", "--output=o"}, true))
        .contains(List.of("/jdk/bin/java", "-Xmx2g", "-Dx=1", "-XX:TieredStopAtLevel=1", "-Dgovdisclosure.startedByAnotherJvm=true", "-XX:CompileThresholdScaling=0.3", "-jar", "/p/pipeline.jar", "--input=a b", "--output=o"));
  }

  @Test
  void aPipelineLaunchedByItsMainClassRunsInAJvmOfItsOwnOnTheSameClassPath() {
    assertThat(QuickCompilation.command("java", List.of(), true, ReportPipeline.class.getName() + " --input=a", "/c/classes:/c/beam.jar",
        new String[] {"--input=a"}, false))
        .contains(List.of("java", "-XX:TieredStopAtLevel=1", "-Dgovdisclosure.startedByAnotherJvm=true", "-XX:CompileThresholdScaling=0.3",
            "-XX:GCTimeRatio=1",
            "-XX:+UnlockExperimentalVMOptions", "-XX:G1ExpandByPercentOfAvailable=2", "-cp", "/c/classes:/c/beam.jar", ReportPipeline.class.getName(), "--input=a"));
  }

  @Test
  void theNewJvmKeepsTheCompileThresholdScalingItIsGiven() {
    assertThat(QuickCompilation.command("java", List.of("-XX:CompileThresholdScaling=2"), true, "/p/pipeline.jar", "/p/pipeline.jar",
        new String[0], true).orElseThrow())
        .containsOnlyOnce("-XX:CompileThresholdScaling=2").noneMatch(arg -> arg.startsWith("-XX:CompileThresholdScaling=0"));
  }

  @Test
  void theNewJvmsHeapGrowsLessEagerlyUnlessTheJvmSizesItsHeapItself() {
    assertThat(HeapGrowth.flags(List.of("-Dx=1"), OptionalLong.empty()))
        .containsExactly("-XX:GCTimeRatio=1", "-XX:+UnlockExperimentalVMOptions", "-XX:G1ExpandByPercentOfAvailable=2");
    for (String flag : List.of("-Xmx2g", "-XX:G1ExpandByPercentOfAvailable=5", "-XX:MaxRAMPercentage=50", "-XX:GCTimeRatio=9", "-XX:+UseParallelGC")) {
      assertThat(HeapGrowth.flags(List.of(flag), true)).as(flag).isEmpty();
    }
  }

  @Test
  void theNewJvmsHeapIsBoundedByWhatARunCanNeedWhereThatIsBelowTheJvmsOwnMaximum() {
    // Two files of the default 64 MiB read at once, each with the tree of a 16 MiB page (50 bytes a byte), 256 MiB for
    // the run, 2 KiB for each of 250 000 reports.
    long bound = 2 * (64L + 50 * 16 << 20) + (256L << 20) + 250_000 * 2048;
    assertThat(HeapGrowth.bound(2, 6L << 30)).hasValue(bound);
    assertThat(HeapGrowth.flags(List.of(), HeapGrowth.bound(2, 6L << 30)))
        .containsSequence("-XX:MaxHeapSize=" + bound, "-Dgovdisclosure.heapBound=" + bound);
    assertThat(HeapGrowth.bound(2, bound)).isEmpty();
    assertThat(HeapGrowth.bound(4, 6L << 30)).hasValue(bound + 2 * (64L + 50 * 16 << 20));
  }

  @Test
  void aRunNeedingMoreThanItsBoundStartsAgainWithTheJvmsOwnMaximum() {
    long bound = HeapGrowth.bound(2, Long.MAX_VALUE).orElseThrow();
    assertThat(HeapGrowth.holds(bound, 2, 64L << 20, 250_000)).isTrue();
    assertThat(HeapGrowth.holds(bound, 2, 64L << 20, 250_001)).isFalse();
    assertThat(HeapGrowth.holds(bound, 3, 64L << 20, 10_000)).isFalse();
    assertThat(HeapGrowth.holds(bound, 2, 512L << 20, 10_000)).isFalse();
    assertThat(HeapGrowth.holds(null, 64, 1L << 30, 10_000_000)).as("a heap of the JVM's own maximum").isTrue();
  }

  @Test
  void aPipelineCalledByAnotherProgramStaysInItsJvm() {
    assertThat(QuickCompilation.command("java", List.of(), false, "org.example.Client", "/c/client.jar", new String[0], true)).isEmpty();
  }

  @Test
  void aJvmWithItsOwnCompilerFlagsOrObservedStaysAsItIs() {
    for (String flag : List.of("-XX:TieredStopAtLevel=1", "-XX:StartFlightRecording=filename=r.jfr", "-javaagent:a.jar",
        "-agentlib:jdwp=transport=dt_socket")) {
      assertThat(QuickCompilation.command("java", List.of(flag), true, "/p/pipeline.jar", "/p/pipeline.jar", new String[0], true))
          .as(flag).isEmpty();
    }
  }

  @Test
  void theNewJvmRunsThePipelineAndItsExitCodeIsTheRunsOwn() throws Exception {
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), ReportPipeline.class.getName(), "--noSuchOption=1");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).isEqualTo(1);
    assertThat(output).contains("the JVM was started with -XX:TieredStopAtLevel=1").containsOnlyOnce("noSuchOption");
  }

  @Test
  void aRunNeedingMoreThanTheBoundOfItsHeapRunsAgainWithTheJvmsOwnMaximum(@TempDir Path dir) throws Exception {
    assumeThat(HeapGrowth.bound(Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory())).as("a bound below the JVM's own maximum").isPresent();
    Path input = Files.writeString(Files.createDirectories(dir.resolve("in")).resolve("report.txt"), "2022年政府信息公开工作年度报告\n");
    // Files of up to 2 GiB, one read on each core, need more heap than the bound for the default 64 MiB.
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
        ReportPipeline.class.getName(), "--input=" + input, "--output=" + dir.resolve("out"), "--maxFileBytes=" + (2L << 30));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).containsOnlyOnce("starting again with the JVM's own maximum").contains("\"files\" : 1");
  }

  @Test
  void theNewJvmStopsWhenTheJvmThatStartedItIsGone() throws Exception {
    Process started = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dprobe=watch", "-Dgovdisclosure.startedByAnotherJvm=true", "-cp", System.getProperty("java.class.path"), Probe.class.getName())
        .redirectErrorStream(true).start();
    try {
      assertThat(started.getInputStream().read()).as("the started JVM watches").isEqualTo('w');
      // What the system does to the pipe when the JVM that started it ends, killed or not.
      started.getOutputStream().close();
      assertThat(started.waitFor(10, TimeUnit.SECONDS)).as("the started JVM stopped").isTrue();
    } finally {
      started.destroyForcibly();
    }
  }

  /** Applies the directive in a JVM of its own (it is for the rest of a JVM's life) with the given flags. */
  private static String probe(String... flags) throws Exception {
    List<String> command = new java.util.ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(flags));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Probe.class.getName()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
  }

  /**
   * Applies {@link QuickCompilation} and prints whether the JVM's compiler directives now keep C2 off, or with
   * {@code -Dprobe=digests} what the directive the JVM took for the JDK's digests says of C2. With
   * {@code -Dprobe=pipeline}, runs the pipeline's main instead with an option Beam refuses (and {@code -Dargs}), and
   * prints whether the directives keep C2 off once Beam has refused it. With {@code -Dprobe=watch}, watches the JVM
   * that started it ({@link QuickCompilation#stopWithTheJvmThatStartedThisOne}) and sleeps.
   */
  static final class Probe {
    public static void main(String[] args) throws Exception {
      if ("watch".equals(System.getProperty("probe"))) {
        QuickCompilation.stopWithTheJvmThatStartedThisOne();
        System.out.println("watching");
        Thread.sleep(60_000);
        return;
      }
      if ("pipeline".equals(System.getProperty("probe"))) {
        List<String> pipelineArgs = new java.util.ArrayList<>(List.of("--noSuchOption=1"));
        if (System.getProperty("args") != null) {
          pipelineArgs.add(System.getProperty("args"));
        }
        try {
          ReportPipeline.main(pipelineArgs.toArray(String[]::new));
        } catch (IllegalArgumentException refused) {
          // Beam refused the unknown option: whatever the pipeline did before that has been done.
        }
      } else {
        var skipped = QuickCompilation.apply();
        if (skipped.isPresent()) {
          System.out.println("left: " + skipped.get());
          return;
        }
      }
      String directives = (String) ManagementFactory.getPlatformMBeanServer().invoke(
          new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesPrint",
          new Object[] {new String[0]}, new String[] {String[].class.getName()});
      if ("digests".equals(System.getProperty("probe"))) {
        String digests = directives.substring(directives.indexOf("matching: sun/security/provider/"));
        digests = digests.substring(0, digests.indexOf("Directive:"));
        String c2 = digests.substring(digests.indexOf("c2 directives:"));
        System.out.println(digests.lines().findFirst().orElseThrow().substring("matching: ".length()) + ": c2 "
            + (c2.contains("Exclude:false") ? "Exclude:false" : "Exclude:true"));
        return;
      }
      String c2 = directives.substring(directives.indexOf("c2 directives:"));
      System.out.println(c2.contains("Exclude:true") ? "applied" : "not applied:\n" + directives);
    }
  }
}
