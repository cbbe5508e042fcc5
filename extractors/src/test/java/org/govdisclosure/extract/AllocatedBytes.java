package org.govdisclosure.extract;

import java.lang.management.ManagementFactory;
import java.util.function.IntSupplier;

/** Bytes the current thread allocates in a call: for checks that a scan tells what a copy or a matcher told before. */
public final class AllocatedBytes {
  private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static int sink; // the calls' results kept, so that no compiler drops a call

  private AllocatedBytes() {}

  /** The bytes one call of {@code work} allocates, on average over {@code calls} made after as many others (classes loaded, calls linked). */
  public static long perCall(int calls, IntSupplier work) {
    for (int i = 0; i < calls; i++) {
      sink += work.getAsInt();
    }
    long before = THREADS.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < calls; i++) {
      sink += work.getAsInt();
    }
    return (THREADS.getCurrentThreadAllocatedBytes() - before) / calls;
  }
}
