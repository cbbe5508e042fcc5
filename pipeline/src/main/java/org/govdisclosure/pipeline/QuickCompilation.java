package org.govdisclosure.pipeline;

import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Keeps HotSpot's optimizing compiler (C2) off the run's code: in a JVM of its own started with the quick compiler (C1)
 * alone, or by a compiler directive that leaves C1 all compiling but the JDK's message digests'.
 *
 * <p>A run of up to a few hundred thousand reports is over before C2's code pays for compiling it: C2 took 26 to
 * 30 % of a 10 000-report run's CPU while its code ran no faster within the run, and at 100 000 reports the CPU per
 * report was the same either way (BENCHMARKS.md). A jar cannot set its JVM's flags ({@code -XX:TieredStopAtLevel=1}),
 * but a running JVM takes compiler directives, as {@code jcmd <pid> Compiler.directives_add} gives them: a method that
 * C2 may not compile is compiled by C1 once it is hot enough for C2.
 *
 * <p>A directive cannot make C1 compile a method once: HotSpot's tiered policy compiles each hot method first with C1's
 * profiling (level 3), and only once C2 declines it again without (level 1), which cost a 10 000-report run about an
 * eighth more CPU than a JVM started with {@code -XX:TieredStopAtLevel=1} (BENCHMARKS.md). So a pipeline launched
 * from the command line ({@code java -jar}, or {@code java -cp} with the pipeline's main class) runs in a JVM of its own
 * started with that flag and this JVM's own ({@link #inJvmOfItsOwn}); the directive is for the JVMs it cannot start
 * again: one whose main is another program's (a test, Flink's client), one observed by an agent or a flight
 * recording, or where no JVM can be started.
 *
 * <p>A jar's new JVM also maps the jar's class-data archive where the build made one ({@link ClassArchive}), and its
 * heap grows less eagerly than G1's default ({@link HeapGrowth}).
 *
 * <p>Only the JVM the pipeline is launched in is concerned (the direct runner, embedded Flink); a Flink cluster's task
 * managers keep their own flags. A JVM started with its own compiler flags is left as it is.
 */
final class QuickCompilation {

  /**
   * C2 off everywhere but in the JDK's message digests: C2 replaces their compression function with the CPU's own
   * instructions, C1 runs it as Java, ten times slower, and a report's id hashes its whole file (SHA-256).
   */
  private static final String DIRECTIVES =
      "[{ match: \"sun/security/provider/*.*\", c2: { Exclude: false } }, { match: \"*.*\", c2: { Exclude: true } }]";
  private static final List<String> OWN_COMPILER_FLAGS =
      List.of("TieredStopAtLevel", "TieredCompilation", "CompilerDirectives", "CompileCommand", "-Xint", "-Xcomp", "EnableJVMCI");

  /**
   * C1's compile thresholds in the new JVM, scaled down: a method is compiled after a third of the calls and loops that
   * HotSpot waits for by default. Those are set for C2's profiles; with C1 alone a compilation is cheap and the
   * interpreter is what costs, above all in the code a run executes a few hundred times (Beam's and Flink's set-up,
   * the run's per-bundle and per-file code): 15 of 21 alternated pairs of whole runs took less CPU, up to 5 % of a
   * 2 000-report run, on a loaded machine (BENCHMARKS.md). A scaling the JVM is given is kept.
   */
  private static final String COMPILE_THRESHOLD_SCALING = "CompileThresholdScaling";
  private static final double QUICKER_THRESHOLDS = 0.3;

  /** Flags by which an agent, a debugger or a flight recording observes this very JVM, which a new one would escape. */
  private static final List<String> OBSERVERS = List.of("-javaagent", "-agentlib", "-agentpath", "-Xrun", "StartFlightRecording");
  /** Set in a JVM that {@link #inJvmOfItsOwn} started, whose standard input is a pipe from the JVM that started it. */
  private static final String STARTED_BY_ANOTHER_JVM = "govdisclosure.startedByAnotherJvm";
  /** Read by the launcher or the JVM: their flags are among this JVM's arguments, which the new JVM is given. */
  private static final List<String> OPTION_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

  private QuickCompilation() {}

  /**
   * Runs the pipeline in a new JVM with C1 alone, when this JVM was launched to run it and takes no compiler flags of
   * its own, and waits for it; starts it again with the JVM's own maximum heap when the run needs more than the bound
   * of its heap ({@link HeapGrowth}). Stopping this JVM stops it, and killing it ({@code kill -9}) kills it too
   * ({@link #stopWithTheJvmThatStartedThisOne}).
   *
   * @return the new JVM's exit code, or empty when the pipeline is to run in this JVM
   */
  static OptionalInt inJvmOfItsOwn(String[] args) throws InterruptedException {
    StackTraceElement[] stack = Thread.currentThread().getStackTrace();
    StackTraceElement outermost = stack[stack.length - 1];
    boolean launched = outermost.getClassName().equals(ReportPipeline.class.getName()) && outermost.getMethodName().equals("main");
    OptionalInt exitCode = inJvmOfItsOwn(args, launched, true);
    return exitCode.isPresent() && exitCode.getAsInt() == HeapGrowth.NEEDS_THE_FULL_HEAP ? inJvmOfItsOwn(args, launched, false) : exitCode;
  }

  private static OptionalInt inJvmOfItsOwn(String[] args, boolean launched, boolean boundedHeap) throws InterruptedException {
    Optional<List<String>> command = ProcessHandle.current().info().command().flatMap(java -> command(java,
        ManagementFactory.getRuntimeMXBean().getInputArguments(), launched, System.getProperty("sun.java.command", ""),
        System.getProperty("java.class.path"), args, boundedHeap));
    if (command.isEmpty()) {
      return OptionalInt.empty();
    }
    // Its standard input stays a pipe from this JVM, which the system closes when this JVM ends, however it ends.
    ProcessBuilder builder = new ProcessBuilder(command.get()).redirectOutput(Redirect.INHERIT).redirectError(Redirect.INHERIT);
    builder.environment().keySet().removeAll(OPTION_VARIABLES);
    Process run;
    try {
      run = builder.start();
    } catch (IOException e) {
      return OptionalInt.empty();
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      run.destroy();
      try {
        run.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }));
    return OptionalInt.of(run.waitFor());
  }

  /**
   * In a JVM that {@link #inJvmOfItsOwn} started, halts it as soon as the JVM that started it is gone (its standard
   * input ends), as a run killed with {@code kill -9} stops: no run goes on after the process its user launched ended.
   */
  static void stopWithTheJvmThatStartedThisOne() {
    if (!Boolean.getBoolean(STARTED_BY_ANOTHER_JVM)) {
      return;
    }
    Thread watch = new Thread(() -> {
      try {
        while (System.in.read() >= 0) {
          // The JVM that started this one writes nothing: only the end of its pipe matters.
        }
      } catch (IOException e) {
        // Read as the end of the pipe.
      }
      Runtime.getRuntime().halt(137);
    }, "watching-the-jvm-that-started-this-one");
    watch.setDaemon(true);
    watch.start();
  }

  /**
   * The command that runs the pipeline again with C1 alone, or empty where it is to run in this JVM.
   *
   * @param jvmArgs this JVM's arguments (those of the option variables included)
   * @param launched whether this JVM's main thread began in the pipeline's main, as the launcher calls it
   * @param launcherCommand what the launcher ran: the jar or the main class, then {@code args}
   * @param boundedHeap whether the new JVM's heap is bounded by what a run can need ({@link HeapGrowth})
   */
  static Optional<List<String>> command(String java, List<String> jvmArgs, boolean launched, String launcherCommand,
      String classPath, String[] args, boolean boundedHeap) {
    if (!launched || ownCompilerFlag(jvmArgs).isPresent()
        || jvmArgs.stream().anyMatch(arg -> OBSERVERS.stream().anyMatch(arg::contains))) {
      return Optional.empty();
    }
    List<String> command = new ArrayList<>(List.of(java));
    command.addAll(jvmArgs);
    command.addAll(List.of("-XX:TieredStopAtLevel=1", "-D" + STARTED_BY_ANOTHER_JVM + "=true"));
    if (jvmArgs.stream().noneMatch(arg -> arg.contains(COMPILE_THRESHOLD_SCALING))) {
      command.add("-XX:" + COMPILE_THRESHOLD_SCALING + "=" + QUICKER_THRESHOLDS);
    }
    command.addAll(HeapGrowth.flags(jvmArgs, boundedHeap));
    if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
      command.addAll(ClassArchive.flags(Path.of(classPath), jvmArgs));
    }
    // java -jar: the jar's manifest opens the JDK's packages that embedded Flink needs.
    if (classPath.endsWith(".jar") && launcherCommand.startsWith(classPath)) {
      command.addAll(List.of("-jar", classPath));
    } else {
      command.addAll(List.of("-cp", classPath, ReportPipeline.class.getName()));
    }
    command.addAll(List.of(args));
    return Optional.of(command);
  }

  /** @return why C2 was left on, or empty when it is now off */
  static Optional<String> apply() {
    Optional<String> own = ownCompilerFlag(ManagementFactory.getRuntimeMXBean().getInputArguments());
    if (own.isPresent()) {
      return Optional.of("the JVM was started with " + own.get());
    }
    try {
      Path directives = Files.createTempFile("quick-compilation", ".json");
      try {
        Files.writeString(directives, DIRECTIVES);
        ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
            "compilerDirectivesAdd", new Object[] {new String[] {directives.toString()}}, new String[] {String[].class.getName()});
        return Optional.empty();
      } finally {
        Files.deleteIfExists(directives);
      }
    } catch (JMException | IOException | RuntimeException e) {
      return Optional.of("this JVM takes no compiler directives: " + e);
    }
  }

  private static Optional<String> ownCompilerFlag(List<String> jvmArgs) {
    return jvmArgs.stream().filter(arg -> OWN_COMPILER_FLAGS.stream().anyMatch(arg::contains)).findFirst();
  }
}
