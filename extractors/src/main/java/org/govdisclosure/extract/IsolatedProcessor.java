package org.govdisclosure.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.govdisclosure.extract.read.OcrPageCount;
import org.govdisclosure.extract.read.ReadResult;

/**
 * Runs {@link ReportProcessor#process} one file at a time on a worker thread of its own, so that nothing one file
 * does reaches the caller or the next file. A stack overflow (the worker's stack is ample, and the readers follow
 * deep nesting without recursion or refuse it), running out of heap (the readers' caps keep one file's share
 * small enough for the heap to survive its release), an exception, or a file running past its time budget each
 * make the file {@code unreadable} with a reason saying which.
 *
 * <p>The budget is the worker's CPU time, not the clock's: on a machine shared with other work a good file waits
 * for a core without spending its budget. A worker that spends almost no CPU for a whole budget of clock time
 * (blocked, sleeping: reading is pure computation over bytes in memory) is stopped as well. A page read by OCR costs
 * seconds where a text page costs milliseconds, so each page OCR starts on adds an allowance of its own to the
 * file's budget ({@link OcrPageCount}): a long scan is paced by its pages, while a file that spends its time
 * elsewhere, or a page that takes far longer than a page should, is still stopped.
 *
 * <p>A worker that overruns the budget is interrupted and abandoned, and a fresh one takes the next file. A thread
 * deaf to the interrupt (a runaway regular expression, say) keeps a core busy until it ends by itself; past
 * {@link #MAX_RUNAWAYS} of them in the JVM, every later file would be starved into a timeout of its own, so the
 * processor refuses to go on with a message naming the files instead.
 *
 * <p>Not thread-safe: one instance per caller thread (a Beam DoFn instance). The wrapped {@link ReportProcessor}
 * holds no per-file state, so a runaway thread may still be using it while the next worker does.
 */
public final class IsolatedProcessor implements AutoCloseable {

  public static final String TIMEOUT = "timeout";
  public static final String OUT_OF_MEMORY = "out_of_memory";
  public static final String FAILED = "extraction_failed";

  /** Threads still running a file they overran: bounded, as each may hold a core and its file's memory. */
  static final int MAX_RUNAWAYS = 4;
  /**
   * Libraries the readers use (PDFBox, POI) recurse as deep as a file nests; 1 MB, the JVM's default, overflows
   * on some hundreds of levels, this many on far more than any real report has.
   */
  private static final long WORKER_STACK_BYTES = 64L * 1024 * 1024;
  /**
   * The CPU time a page read by OCR adds to its file's budget by default: a scanned page of tables takes some 3 s of
   * CPU at 200 dpi (10 s on the clock of a busy machine); this leaves a dense or noisy page ten times that.
   */
  public static final Duration OCR_PAGE_BUDGET = Duration.ofSeconds(30);
  /** A worker that spends less than this share of a budget of clock time on the CPU is stuck, not slow. */
  private static final long STALLED_SHARE = 100;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static final Set<Runaway> RUNAWAYS = ConcurrentHashMap.newKeySet();
  private static final AtomicInteger WORKERS = new AtomicInteger();

  private record Runaway(Thread thread, String sourceFile) {}

  private final ReportProcessor processor;
  private final Duration budget;
  private final Duration pageBudget;
  /** The clock time in which a worker spending almost no CPU is stuck: the budget, but for tests of the CPU budget alone. */
  private final Duration stalledAfter;
  private ExecutorService worker;
  private Thread workerThread;

  /** A processor giving each file {@code budget}, and {@link #OCR_PAGE_BUDGET} more for each page read by OCR. */
  public IsolatedProcessor(ReportProcessor processor, Duration budget) {
    this(processor, budget, OCR_PAGE_BUDGET);
  }

  /** A processor giving each file {@code budget}, and {@code pageBudget} more for each page read by OCR. */
  public IsolatedProcessor(ReportProcessor processor, Duration budget, Duration pageBudget) {
    this(processor, budget, pageBudget, budget);
  }

  /**
   * The same, a worker that spends almost no CPU in {@code stalledAfter} of clock time stopped as stuck. Tests of the
   * CPU budget set it long: on a loaded machine a worker can go a short budget of clock time without a core.
   */
  IsolatedProcessor(ReportProcessor processor, Duration budget, Duration pageBudget, Duration stalledAfter) {
    if (budget.isNegative() || budget.isZero()) {
      throw new IllegalArgumentException("the time budget per file must be positive, not " + budget);
    }
    if (pageBudget.isNegative()) {
      throw new IllegalArgumentException("the time budget per page read by OCR must not be negative, not " + pageBudget);
    }
    this.processor = processor;
    this.budget = budget;
    this.pageBudget = pageBudget;
    this.stalledAfter = stalledAfter;
  }

  public ProcessedReport process(String sourceFile, byte[] bytes) {
    long started = System.nanoTime();
    AtomicInteger ocrPages = new AtomicInteger();
    Future<ProcessedReport> result = worker().submit(() -> OcrPageCount.counting(ocrPages, () -> guarded(sourceFile, bytes)));
    Thread thread = workerThread;
    long cpuAtStart = cpuNanos(thread);
    long stallNanos = stalledAfter.toNanos();
    // Progress is looked at once per budget of clock time: a worker that spent (almost) no CPU in one is stuck.
    long windowStart = started;
    long spentAtWindowStart = 0;
    try {
      while (true) {
        long spent = spent(thread, cpuAtStart, started);
        // The CPU time still unspent is the least clock time that can pass before it is spent.
        long wait = Math.min(allowed(ocrPages.get()) - spent, windowStart + stallNanos - System.nanoTime());
        try {
          return result.get(Math.max(wait, 0), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
          spent = spent(thread, cpuAtStart, started);
          String overrun = null;
          int pages = ocrPages.get();
          if (spent >= allowed(pages)) {
            overrun = "took more than its budget of " + seconds(budget) + " of CPU time"
                + (pages == 0 ? "" : " and " + seconds(pageBudget) + " more for each of the " + pages + " page(s) OCR started on");
          } else if (System.nanoTime() - windowStart >= stallNanos) {
            if (spent - spentAtWindowStart < stallNanos / STALLED_SHARE) {
              overrun = "made no progress for " + seconds(stalledAfter);
            }
            windowStart = System.nanoTime();
            spentAtWindowStart = spent;
          }
          if (overrun != null) {
            abandonWorker(result, sourceFile);
            return ReportProcessor.unreadable(ReportProcessor.reportId(bytes), sourceFile, TIMEOUT,
                "reading and extracting " + overrun + (pages == 0 ? " (--fileTimeoutSeconds)" : " (--fileTimeoutSeconds, --ocrPageTimeoutSeconds)")
                    + "; stopped");
          }
        }
      }
    } catch (InterruptedException e) {
      // The runner is shutting this thread down: stop the file's work too and let the interrupt go on.
      abandonWorker(result, sourceFile);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while extracting " + sourceFile, e);
    } catch (ExecutionException e) {
      // guarded() catches every Throwable; this is only the executor's own failure.
      return failed(sourceFile, bytes, e.getCause());
    }
  }

  /** The file's budget in nanoseconds: its own, and an allowance for each page OCR has started on. */
  private long allowed(int ocrPages) {
    return budget.toNanos() + ocrPages * pageBudget.toNanos();
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  /** The file's share of the budget spent: its CPU time, or its clock time where the JVM cannot tell CPU time. */
  private static long spent(Thread thread, long cpuAtStart, long started) {
    return cpuAtStart < 0 ? System.nanoTime() - started : cpuNanos(thread) - cpuAtStart;
  }

  /** The CPU time {@code thread} has used so far, or -1 where the JVM cannot tell. */
  private static long cpuNanos(Thread thread) {
    return THREADS.isThreadCpuTimeSupported() ? THREADS.getThreadCpuTime(thread.getId()) : -1;
  }

  /** Runs on the worker: every failure of the file becomes its report. */
  private ProcessedReport guarded(String sourceFile, byte[] bytes) {
    try {
      return processor.process(sourceFile, bytes);
    } catch (StackOverflowError e) {
      return ReportProcessor.unreadable(ReportProcessor.reportId(bytes), sourceFile, ReadResult.TOO_DEEP,
          "nested too deep to follow: reading it overflowed a stack of " + (WORKER_STACK_BYTES >> 20) + " MB (" + origin(e) + ")");
    } catch (OutOfMemoryError e) {
      return ReportProcessor.unreadable(ReportProcessor.reportId(bytes), sourceFile, OUT_OF_MEMORY,
          "the heap ran out while reading this file of " + bytes.length + " bytes (" + e.getMessage() + ")");
    } catch (RuntimeException | Error e) {
      return failed(sourceFile, bytes, e);
    }
  }

  private static ProcessedReport failed(String sourceFile, byte[] bytes, Throwable e) {
    return ReportProcessor.unreadable(ReportProcessor.reportId(bytes), sourceFile, FAILED,
        e.getClass().getName() + ": " + e.getMessage() + " (" + origin(e) + ")");
  }

  /** The innermost frame, which tells a library's recursion from ours. */
  private static String origin(Throwable e) {
    StackTraceElement[] trace = e.getStackTrace();
    return trace.length == 0 ? "no stack trace" : "at " + trace[0];
  }

  private ExecutorService worker() {
    if (worker == null) {
      List<String> stuck = RUNAWAYS.stream().filter(r -> r.thread().isAlive()).map(Runaway::sourceFile).toList();
      RUNAWAYS.removeIf(r -> !r.thread().isAlive());
      if (stuck.size() > MAX_RUNAWAYS) {
        throw new IllegalStateException(stuck.size() + " files are still being read after their time budget ran out and"
            + " ignored being stopped, each holding a core: " + stuck + ". Remove them from the input or raise"
            + " --fileTimeoutSeconds.");
      }
      worker = Executors.newSingleThreadExecutor(task -> {
        workerThread = new Thread(null, task, "report-extraction-" + WORKERS.incrementAndGet(), WORKER_STACK_BYTES);
        // An abandoned worker must not keep the JVM alive.
        workerThread.setDaemon(true);
        return workerThread;
      });
    }
    return worker;
  }

  private void abandonWorker(Future<ProcessedReport> result, String sourceFile) {
    result.cancel(true);
    worker.shutdownNow();
    RUNAWAYS.add(new Runaway(workerThread, sourceFile));
    worker = null;
    workerThread = null;
  }

  /** How many abandoned workers are still running, for tests and logs. */
  static long runaways() {
    return RUNAWAYS.stream().filter(r -> r.thread().isAlive()).count();
  }

  /** Stops the worker and closes the wrapped processor, ending its OCR engines. */
  @Override
  public void close() {
    if (worker != null) {
      worker.shutdownNow();
      worker = null;
    }
    processor.close();
  }
}
