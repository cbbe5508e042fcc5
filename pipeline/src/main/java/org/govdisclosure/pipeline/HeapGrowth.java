package org.govdisclosure.pipeline;

import java.util.List;

/**
 * How far the heap of the JVM a run starts for itself ({@link QuickCompilation#inJvmOfItsOwn}) grows: G1 may spend up
 * to a fifth of the time collecting before it takes more memory, rather than its default twelfth.
 *
 * <p>What a run keeps in memory stays small whatever its size (about 150 MB at 100 000 reports, after a full
 * collection; the rows wait on local disk: {@link ParkedRows}, {@link SpilledGroup}), so its young collections copy
 * little and cost little. With G1's default a run's heap still grew with its length, since every stretch of pauses
 * the load of a shared machine lengthened made G1 take more (a 10 000-report run committed some 1 GB, a 100 000-report
 * run up to 4.5 GB); with this, on the same loaded machine, 0.7 and 2.7 GB of peak RSS (BENCHMARKS.md). The maximum
 * is left as it is: a file that needs the memory still gets it.
 */
final class HeapGrowth {

  private static final String FLAG = "-XX:GCTimeRatio=4";
  /** Flags by which a JVM is told how to size its heap or which collector to use: it is left to them. */
  private static final List<String> OWN_HEAP_FLAGS =
      List.of("GCTimeRatio", "-Xmx", "-Xms", "HeapSize", "RAMPercentage", "HeapFreeRatio", "UseSerialGC", "UseParallelGC", "UseZGC",
          "UseShenandoahGC", "UseEpsilonGC");

  private HeapGrowth() {}

  /**
   * @param jvmArgs the arguments of the JVM that launched the pipeline, which the new one is given too
   * @return the flags of the new JVM's heap growth, or none when the arguments size the heap or choose the collector
   */
  static List<String> flags(List<String> jvmArgs) {
    return jvmArgs.stream().anyMatch(arg -> OWN_HEAP_FLAGS.stream().anyMatch(arg::contains)) ? List.of() : List.of(FLAG);
  }
}
