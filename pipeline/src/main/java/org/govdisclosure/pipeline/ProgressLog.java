package org.govdisclosure.pipeline;

import java.io.Serializable;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs how many files of one run this JVM has processed, at most every few seconds, so long runs show progress.
 * Counted per run, not per JVM: a JVM that runs several pipelines (tests, a Flink session cluster's task managers)
 * would otherwise log the files of earlier runs as this one's.
 */
final class ProgressLog implements Serializable {

  private static final Logger LOG = LoggerFactory.getLogger(ProgressLog.class);
  private static final long INTERVAL_NANOS = 5_000_000_000L;
  private static final Map<String, Counts> RUNS = new ConcurrentHashMap<>();

  private final String run = UUID.randomUUID().toString();
  private final long expected;

  /** @param expected the number of input files, or 0 when unknown */
  ProgressLog(long expected) {
    this.expected = expected;
  }

  void fileDone() {
    Counts counts = RUNS.computeIfAbsent(run, r -> new Counts());
    long done = counts.done.incrementAndGet();
    long now = System.nanoTime();
    long last = counts.lastLog.get();
    if (now - last >= INTERVAL_NANOS && counts.lastLog.compareAndSet(last, now)) {
      LOG.info(expected > 0 ? "progress: {} of {} files extracted" : "progress: {} files extracted", done, expected);
    }
  }

  /** How many files of this run this JVM has processed. */
  long done() {
    Counts counts = RUNS.get(run);
    return counts == null ? 0 : counts.done.get();
  }

  private static final class Counts {
    final AtomicLong done = new AtomicLong();
    final AtomicLong lastLog = new AtomicLong(System.nanoTime());
  }
}
