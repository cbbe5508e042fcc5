package org.govdisclosure.pipeline;

import java.util.List;

/**
 * How far the heap of the JVM a run starts for itself ({@link QuickCompilation#inJvmOfItsOwn}) grows: G1 may spend up
 * to a fifth of the time collecting before it takes more memory, rather than its default twelfth, and takes it in
 * steps of 2 % of what it has not committed yet, rather than 20 %.
 *
 * <p>What a run keeps in memory stays small whatever its size (about 150 MB at 100 000 reports, after a full
 * collection; the rows wait on local disk: {@link ParkedRows}, {@link SpilledGroup}), so its young collections copy
 * little and cost little. With G1's default a run's heap still grew with its length, since every stretch of pauses
 * the load of a shared machine lengthened made G1 take more (a 10 000-report run committed some 1 GB, a 100 000-report
 * run up to 4.5 GB). Each time it took a fifth of the memory it had left, a size set by the machine (1 GB at a time
 * on 23 GB): the burst of promotions when a 100 000-report run's extraction ends, on a loaded machine, took the heap
 * from 0.7 to 3.2 GB in 25 s, with 0.4 GB in use (BENCHMARKS.md). The maximum is left as it is: a file that needs the
 * memory still gets it, in more steps.
 */
final class HeapGrowth {

  /** The step is an experimental flag of HotSpot's (JDK 17 and 21), unlocked for it. */
  private static final List<String> FLAGS =
      List.of("-XX:GCTimeRatio=4", "-XX:+UnlockExperimentalVMOptions", "-XX:G1ExpandByPercentOfAvailable=2");
  /** Flags by which a JVM is told how to size its heap or which collector to use: it is left to them. */
  private static final List<String> OWN_HEAP_FLAGS =
      List.of("GCTimeRatio", "G1ExpandByPercentOfAvailable", "-Xmx", "-Xms", "HeapSize", "RAMPercentage", "HeapFreeRatio", "UseSerialGC", "UseParallelGC", "UseZGC",
          "UseShenandoahGC", "UseEpsilonGC");

  private HeapGrowth() {}

  /**
   * @param jvmArgs the arguments of the JVM that launched the pipeline, which the new one is given too
   * @return the flags of the new JVM's heap growth, or none when the arguments size the heap or choose the collector
   */
  static List<String> flags(List<String> jvmArgs) {
    return jvmArgs.stream().anyMatch(arg -> OWN_HEAP_FLAGS.stream().anyMatch(arg::contains)) ? List.of() : FLAGS;
  }
}
