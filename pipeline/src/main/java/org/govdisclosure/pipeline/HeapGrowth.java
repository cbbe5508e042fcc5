package org.govdisclosure.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.apache.beam.sdk.options.Default;
import org.govdisclosure.extract.read.ReportReader;

/**
 * How far the heap of the JVM a run starts for itself ({@link QuickCompilation#inJvmOfItsOwn}) grows: no further than
 * the run can need, and only when its collections take up half the time, in steps of 2 % of what it has not
 * committed yet rather than 20 %.
 *
 * <p>What a run keeps in memory stays small whatever its size (about 100 MB at 100 000 reports, after a full
 * collection; the rows wait on local disk: {@link ParkedRows}, {@link SpilledGroup}), so its young collections copy
 * little and cost little, and a larger heap does not make them cheaper. Yet G1 grows the heap whenever its pauses take
 * more than its share of the time, a share it scales down in proportion as the heap is below half its maximum (some
 * 3 % at 0.5 GB of a 5.9 GB maximum): on a loaded machine, where the pauses last three to ten times their CPU time,
 * the hand-over of a 100 000-report run's elements to the writing took its heap from 0.46 to 0.93 GB with at most
 * 0.39 GB in use (BENCHMARKS.md). So the maximum is what the run can need rather than a quarter of the machine: the
 * files read at once, each as large as {@code --maxFileBytes} lets through ({@link ReportReader#mostHeapOfOneFile}),
 * and the reports, room for {@link #REPORTS_BOUNDED} of them before the run has counted its inputs. A run that then
 * finds it needs more (more files, larger ones, more read at once) starts again with the JVM's own maximum
 * ({@link #holds}), before it has read anything. A JVM started with heap or collector flags of its own is left to them.
 */
final class HeapGrowth {

  /** The exit code of a run whose heap bound is too small for it: the JVM that started it starts it again without. */
  static final int NEEDS_THE_FULL_HEAP = 75;
  /** Set in a JVM whose maximum heap is a bound of {@link #flags}, to the bound's bytes. */
  private static final String BOUND = "govdisclosure.heapBound";
  /** The step is an experimental flag of HotSpot's (JDK 17 and 21), unlocked for it. */
  private static final List<String> GROWTH =
      List.of("-XX:GCTimeRatio=1", "-XX:+UnlockExperimentalVMOptions", "-XX:G1ExpandByPercentOfAvailable=2");
  /** Flags by which a JVM is told how to size its heap or which collector to use: it is left to them. */
  private static final List<String> OWN_HEAP_FLAGS =
      List.of("GCTimeRatio", "G1ExpandByPercentOfAvailable", "-Xmx", "-Xms", "HeapSize", "RAMPercentage", "HeapFreeRatio", "UseSerialGC", "UseParallelGC", "UseZGC",
          "UseShenandoahGC", "UseEpsilonGC");
  /** What a run holds whatever its size: the steps' and the writers' state, the run report's tables. */
  private static final long RUN_BYTES = 256L << 20;
  /** What a run holds per report, three times what it held at 100 000 reports (about 0.6 KB). */
  private static final long BYTES_PER_REPORT = 2L << 10;
  private static final long REPORTS_BOUNDED = 250_000;

  private HeapGrowth() {}

  /**
   * @param jvmArgs the arguments of the JVM that launched the pipeline, which the new one is given too
   * @param bounded whether to bound the heap by what a run can need, or leave its maximum the JVM's own
   * @return the flags of the new JVM's heap, or none when the arguments size the heap or choose the collector
   */
  static List<String> flags(List<String> jvmArgs, boolean bounded) {
    return flags(jvmArgs, bounded ? bound(Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory()) : OptionalLong.empty());
  }

  static List<String> flags(List<String> jvmArgs, OptionalLong bound) {
    if (jvmArgs.stream().anyMatch(arg -> OWN_HEAP_FLAGS.stream().anyMatch(arg::contains))) {
      return List.of();
    }
    List<String> flags = new ArrayList<>(GROWTH);
    bound.ifPresent(bytes -> flags.addAll(List.of("-XX:MaxHeapSize=" + bytes, "-D" + BOUND + "=" + bytes)));
    return flags;
  }

  /**
   * The heap a run of {@link #REPORTS_BOUNDED} reports with the default {@code --maxFileBytes} can need with a file
   * read on each core, or empty when that is no less than the JVM's own maximum ({@code jvmMaximum}).
   */
  static OptionalLong bound(int cores, long jvmMaximum) {
    long bytes = need(cores, defaultMaxFileBytes(), REPORTS_BOUNDED);
    return bytes < jvmMaximum ? OptionalLong.of(bytes) : OptionalLong.empty();
  }

  /** Whether this JVM's heap holds the run: always, unless its maximum is a bound for a smaller run than this. */
  static boolean holds(int readers, long maxFileBytes, long reports) {
    return holds(Long.getLong(BOUND), readers, maxFileBytes, reports);
  }

  /** @param bound the bound of this JVM's heap, null when its maximum is the JVM's own */
  static boolean holds(Long bound, int readers, long maxFileBytes, long reports) {
    return bound == null || need(readers, maxFileBytes, reports) <= bound;
  }

  /** The most heap a run of {@code reports} can need with {@code readers} files of up to {@code maxFileBytes} read at once. */
  static long need(int readers, long maxFileBytes, long reports) {
    return readers * ReportReader.mostHeapOfOneFile(maxFileBytes) + RUN_BYTES + reports * BYTES_PER_REPORT;
  }

  private static long defaultMaxFileBytes() {
    try {
      return ReportPipelineOptions.class.getMethod("getMaxFileBytes").getAnnotation(Default.Long.class).value();
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }
}
