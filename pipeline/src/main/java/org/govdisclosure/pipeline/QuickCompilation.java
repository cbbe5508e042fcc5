package org.govdisclosure.pipeline;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Keeps HotSpot's optimizing compiler (C2) off this JVM's code, the quick compiler (C1) doing all compiling but the
 * JDK's message digests'.
 *
 * <p>A run of up to a few hundred thousand reports is over before C2's code pays for compiling it: C2 took 26 to
 * 30 % of a 10 000-report run's CPU while its code ran no faster within the run, and at 100 000 reports the CPU per
 * report was the same either way (BENCHMARKS.md). A jar cannot set its JVM's flags ({@code -XX:TieredStopAtLevel=1}),
 * but a running JVM takes compiler directives, as {@code jcmd <pid> Compiler.directives_add} gives them: a method that
 * C2 may not compile is compiled by C1 once it is hot enough for C2.
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

  private QuickCompilation() {}

  /** @return why C2 was left on, or empty when it is now off */
  static Optional<String> apply() {
    Optional<String> own = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(arg -> OWN_COMPILER_FLAGS.stream().anyMatch(arg::contains))
        .findFirst();
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
    } catch (JMException | java.io.IOException | RuntimeException e) {
      return Optional.of("this JVM takes no compiler directives: " + e);
    }
  }
}
