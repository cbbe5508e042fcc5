package org.govdisclosure.pipeline;

import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs how many files this JVM has processed, at most every few seconds, so long local runs show progress. */
final class ProgressLog {

  private static final Logger LOG = LoggerFactory.getLogger(ProgressLog.class);
  private static final long INTERVAL_NANOS = 5_000_000_000L;
  private static final AtomicLong DONE = new AtomicLong();
  private static final AtomicLong LAST_LOG = new AtomicLong(System.nanoTime());

  private ProgressLog() {}

  /** @param expected the number of input files, or 0 when unknown */
  static void fileDone(long expected) {
    long done = DONE.incrementAndGet();
    long now = System.nanoTime();
    long last = LAST_LOG.get();
    if (now - last >= INTERVAL_NANOS && LAST_LOG.compareAndSet(last, now)) {
      LOG.info(expected > 0 ? "progress: {} of {} files extracted" : "progress: {} files extracted", done, expected);
    }
  }
}
