package org.govdisclosure.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.function.IntFunction;
import org.govdisclosure.extract.evaluate.Gold;
import org.govdisclosure.extract.fixtures.ScanFixtures;
import org.govdisclosure.extract.read.PageOcr;
import org.govdisclosure.extract.region.RegionResolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A scanned PDF (a seed's three pages, rendered for OCR as in a run) read by an OCR that spends a set CPU time per
 * page: the file's time budget grows by an allowance per page OCR starts on, so a scan whose pages together outrun
 * the file's own budget is read, while a page that never ends is still stopped.
 */
class OcrBudgetTest {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final Duration FILE_BUDGET = Duration.ofMillis(500);
  private static final Duration PAGE_BUDGET = Duration.ofSeconds(2);
  /**
   * The watch for a stuck worker, which looks at the clock, set far past any budget here: on a loaded machine a worker
   * can go 500 ms of clock time without a core (the test failed so under concurrent builds), and only the CPU budget,
   * which no load changes, is under test.
   */
  private static final Duration STALLED_AFTER = Duration.ofMinutes(10);

  static byte[] scan;
  static String text;

  @BeforeAll
  static void scanOfASeed() throws Exception {
    Gold seed = TestCorpus.under("seeds").get(3);
    scan = Files.readAllBytes(ScanFixtures.scanPdf(seed));
    text = Files.readString(seed.report());
  }

  /** Renders each page it is given, then spends {@code perPage} of CPU on it; reads the seed's text. */
  private record PacedOcr(Duration perPage) implements PageOcr {

    @Override
    public String engine() {
      return "paced";
    }

    @Override
    public Result read(int count, IntFunction<BufferedImage> page) {
      for (int i = 0; i < count; i++) {
        page.apply(i);
        spendCpu(perPage);
      }
      return new Result(text, count, 1, List.of());
    }
  }

  /** Spends {@code time} of this thread's CPU, or until it is interrupted. */
  private static void spendCpu(Duration time) {
    long end = THREADS.getCurrentThreadCpuTime() + time.toNanos();
    while (THREADS.getCurrentThreadCpuTime() < end) {
      if (Thread.currentThread().isInterrupted()) {
        throw new IllegalStateException("stopped");
      }
    }
  }

  private static ProcessedReport read(Duration perPage, Duration pageBudget) {
    ReportProcessor processor = new ReportProcessor(List.of(), List.of(), RegionResolver.load(), new PacedOcr(perPage));
    try (IsolatedProcessor isolated = new IsolatedProcessor(processor, FILE_BUDGET, pageBudget, STALLED_AFTER)) {
      return isolated.process("scan.pdf", scan);
    }
  }

  @Test
  void aScanWhosePagesOutrunTheFilesBudgetIsReadWithinItsPagesAllowance() {
    // 3 pages of 400 ms (and their rendering) are well over the file's 500 ms, and well within 500 ms + 3 × 2 s.
    ProcessedReport paced = read(Duration.ofMillis(400), PAGE_BUDGET);
    assertThat(paced.status()).as("%s", paced.warnings()).isEqualTo(ReportProcessor.EXTRACTED);
    assertThat(paced.ocr().pages()).isEqualTo(3);

    ProcessedReport unpaced = read(Duration.ofMillis(400), Duration.ZERO);
    assertThat(unpaced.status()).isEqualTo(ReportProcessor.UNREADABLE);
    assertThat(unpaced.warnings().get(0).code()).isEqualTo(IsolatedProcessor.TIMEOUT);
  }

  @Test
  void aPageThatNeverEndsIsStoppedAfterItsAllowance() {
    long start = System.nanoTime();
    ProcessedReport endless = read(Duration.ofDays(1), PAGE_BUDGET);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
    assertThat(endless.status()).isEqualTo(ReportProcessor.UNREADABLE);
    assertThat(endless.warnings().get(0).code()).isEqualTo(IsolatedProcessor.TIMEOUT);
    assertThat(endless.warnings().get(0).message())
        .contains("500 ms of CPU time and 2 s more for each of the 1 page(s) OCR started on");
  }
}
