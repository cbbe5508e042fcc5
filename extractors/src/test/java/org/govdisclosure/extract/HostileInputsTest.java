package org.govdisclosure.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import org.govdisclosure.extract.evaluate.Gold;
import org.govdisclosure.extract.fixtures.FormatFixtures;
import org.govdisclosure.extract.read.ReportReader;
import org.govdisclosure.extract.region.Region;
import org.govdisclosure.extract.region.RegionResolver;
import org.govdisclosure.extract.spi.ReportContext;
import org.govdisclosure.extract.spi.SectionExtractor;
import org.govdisclosure.extract.spi.Template;
import org.govdisclosure.extract.spi.Warning;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Files built to hurt: each is one real report made hostile (nested past any stack, re-encoded, sprinkled with
 * NULs) or a processor made to fail, and each gives one sensible result instead of an exception.
 */
class HostileInputsTest {

  private static final Charset GBK = Charset.forName("GBK");
  private static final Duration BUDGET = Duration.ofSeconds(60);

  static ReportProcessor processor;
  static IsolatedProcessor isolated;
  static Gold seed;
  static String seedText;
  static ProcessedReport plain;
  static String page;
  static ProcessedReport plainPage;

  @BeforeAll
  static void readTheSeedAsPublished() throws Exception {
    processor = ReportProcessor.withRegistered();
    isolated = new IsolatedProcessor(processor, BUDGET);
    seed = TestCorpus.under("seeds").get(2);
    seedText = Files.readString(seed.report());
    plain = processor.process("plain.txt", seedText.getBytes(StandardCharsets.UTF_8));
    page = HtmlPages.of(new ReportReader().read(Files.readAllBytes(seed.report())).document());
    plainPage = processor.process("page.html", page.getBytes(GBK));
    assertThat(plain.status()).isEqualTo(ReportProcessor.EXTRACTED);
    assertThat(plainPage.status()).isEqualTo(ReportProcessor.EXTRACTED);
  }

  /** The status and every table of {@code r} equal {@code expected}'s. */
  private static void assertSameExtraction(ProcessedReport r, ProcessedReport expected) {
    assertThat(r.status()).as("status; warnings %s", r.warnings()).isEqualTo(expected.status());
    assertThat(r.year()).isEqualTo(expected.year());
    assertThat(r.organization()).isEqualTo(expected.organization());
    assertThat(r.region()).isEqualTo(expected.region());
    assertThat(r.tables()).isEqualTo(expected.tables());
  }

  private static void assertUnreadable(ProcessedReport r, String reason) {
    assertThat(r.status()).isEqualTo(ReportProcessor.UNREADABLE);
    assertThat(r.warnings()).hasSize(1);
    assertThat(r.warnings().get(0).code()).as(r.warnings().get(0).message()).isEqualTo(reason);
  }

  private static ProcessedReport html(String html) {
    return isolated.process("hostile.html", html.getBytes(GBK));
  }

  @Test
  void aPageNestedTenThousandDivsDeepIsReadLikeTheFlatPage() {
    String deep = HostileFiles.nested(page, "<div>", "</div>", 10_000);
    assertSameExtraction(html(deep), plainPage);
  }

  @Test
  void twoHundredThousandUnclosedTagsBeforeTheReportLeaveItReadable() {
    String unclosed = HostileFiles.unclosed(page, "<span>", 200_000);
    assertSameExtraction(html(unclosed), plainPage);
  }

  @Test
  void tablesNestedThousandsDeepLayOutThePageAroundTheDataTables() {
    String deep = HostileFiles.nested(page, "<table><tr><td>", "</td></tr></table>", 5_000);
    assertSameExtraction(html(deep), plainPage);
  }

  @Test
  void aPdfPageTreeNestedPastTheCapIsTooDeepAndOneWithinItIsRead() throws Exception {
    byte[] pdf = Files.readAllBytes(FormatFixtures.pdf(seed));
    ProcessedReport original = isolated.process("report.pdf", pdf);
    assertThat(original.status()).isEqualTo(ReportProcessor.EXTRACTED);

    assertSameExtraction(isolated.process("nested.pdf", HostileFiles.deepPageTree(pdf, 20)), original);
    ProcessedReport deep = isolated.process("deep.pdf", HostileFiles.deepPageTree(pdf, 20_000));
    assertUnreadable(deep, "too_deep");
    assertThat(deep.warnings().get(0).message()).contains("page tree");
  }

  @Test
  void wordTablesNestedHundredsDeepLayOutThePageAndPastPoisLimitAreRefused() throws Exception {
    byte[] docx = Files.readAllBytes(FormatFixtures.docx(seed));
    ProcessedReport original = isolated.process("report.docx", docx);
    assertThat(original.status()).isEqualTo(ReportProcessor.EXTRACTED);

    // Three XML levels a table: 300 tables stay within the 1 000 levels the reader follows.
    assertSameExtraction(isolated.process("nested.docx", HostileFiles.nestedDocx(docx, 300)), original);
    ProcessedReport deep = isolated.process("deep.docx", HostileFiles.nestedDocx(docx, 1_000));
    assertUnreadable(deep, "corrupt");
    assertThat(deep.warnings().get(0).message()).contains("depth");
  }

  @Test
  void utf16WithoutByteOrderMarkIsToldByItsBytePattern() {
    for (Charset utf16 : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      ProcessedReport r = isolated.process("utf16.txt", seedText.getBytes(utf16));
      assertSameExtraction(r, plain);
      assertThat(r.encoding()).isEqualTo(utf16.name());
    }
  }

  @Test
  void strayNulBytesAreRemovedWithAWarningInsteadOfMakingTheReportBinary() {
    for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
      ProcessedReport r = isolated.process("nul.txt", HostileFiles.withStrayNuls(seedText, charset));
      assertSameExtraction(r, plain);
      assertThat(r.warnings()).extracting(Warning::code).contains("nul_bytes");
    }
  }

  @Test
  void binaryDataStaysBinary() {
    byte[] noise = new byte[8192];
    new Random(13).nextBytes(noise);
    assertUnreadable(isolated.process("noise.bin", noise), "binary");
    // Text interleaved with zeros at random places is no UTF-16 and has too many NULs to be text.
    byte[] sparse = seedText.getBytes(StandardCharsets.UTF_8);
    Random random = new Random(5);
    for (int i = 0; i < sparse.length / 50; i++) {
      sparse[random.nextInt(sparse.length)] = 0;
    }
    assertUnreadable(isolated.process("sparse.bin", sparse), "binary");
  }

  @Test
  void textPastTheSizeCapIsTooLargeWithoutBeingRead() {
    byte[] huge = "信息公开\n".repeat(2_000_000).getBytes(StandardCharsets.UTF_8);
    assertUnreadable(isolated.process("huge.txt", huge), "too_large");
  }

  /** A test extractor that does {@code work} and finds nothing. */
  private record ExtractorDoing(Runnable work) implements SectionExtractor {

    @Override
    public String table() {
      return "procurement";
    }

    @Override
    public boolean expectedIn(Template template) {
      return false;
    }

    @Override
    public List<Map<String, Object>> extract(ReportContext context) {
      work.run();
      return List.of();
    }
  }

  /** Never returns until {@code release}, deaf to interrupts as a runaway regular expression would be. */
  private static void hangUntil(CountDownLatch release) {
    while (release.getCount() > 0) {
      try {
        release.await();
      } catch (InterruptedException e) {
        // Ignored on purpose.
      }
    }
  }

  @Test
  void aFileOverItsTimeBudgetIsATimeoutAndTheNextFileIsReadOnAFreshWorker() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    ReportProcessor slow = new ReportProcessor(List.of(new ExtractorDoing(() -> hangUntil(release))), List.of(), RegionResolver.load());
    try (IsolatedProcessor guarded = new IsolatedProcessor(slow, Duration.ofMillis(500))) {
      long start = System.nanoTime();
      ProcessedReport r = guarded.process("forever.txt", seedText.getBytes(StandardCharsets.UTF_8));
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
      assertUnreadable(r, IsolatedProcessor.TIMEOUT);
      assertThat(r.reportId()).isEqualTo(plain.reportId());
      assertThat(IsolatedProcessor.runaways()).isPositive();

      release.countDown();
      ProcessedReport next = guarded.process("next.txt", seedText.getBytes(StandardCharsets.UTF_8));
      assertThat(next.status()).isNotEqualTo(ReportProcessor.UNREADABLE);
      assertThat(next.organization()).isEqualTo(plain.organization());
    }
  }

  @Test
  void theBudgetIsCpuTimeSoAFileGettingACoreOnlyNowAndThenIsNotStopped() {
    // Working 5 ms in every 55 over 1.5 s of clock: a file on a machine whose cores are busy with other work.
    ReportProcessor starved = new ReportProcessor(List.of(new ExtractorDoing(() -> {
      for (long end = System.nanoTime() + Duration.ofMillis(1500).toNanos(); System.nanoTime() < end; ) {
        spinFor(Duration.ofMillis(5));
        pause(Duration.ofMillis(50));
      }
    })), List.of(), RegionResolver.load());
    try (IsolatedProcessor guarded = new IsolatedProcessor(starved, Duration.ofSeconds(1))) {
      assertThat(guarded.process("starved.txt", seedText.getBytes(StandardCharsets.UTF_8)).status())
          .isNotEqualTo(ReportProcessor.UNREADABLE);
    }
  }

  @Test
  void aFileSpendingItsCpuBudgetIsStoppedAndSaysSo() {
    ReportProcessor spinning = new ReportProcessor(List.of(new ExtractorDoing(() -> spinFor(Duration.ofDays(1)))),
        List.of(), RegionResolver.load());
    try (IsolatedProcessor guarded = new IsolatedProcessor(spinning, Duration.ofSeconds(1))) {
      ProcessedReport r = guarded.process("spinning.txt", seedText.getBytes(StandardCharsets.UTF_8));
      assertUnreadable(r, IsolatedProcessor.TIMEOUT);
      assertThat(r.warnings().get(0).message()).contains("CPU time");
    }
  }

  private static void pause(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Busy for {@code d} of clock time, or until interrupted. */
  private static void spinFor(Duration d) {
    for (long end = System.nanoTime() + d.toNanos(); System.nanoTime() < end && !Thread.currentThread().isInterrupted(); ) {
      Thread.onSpinWait();
    }
  }

  private static int recurse(int n) {
    return recurse(n + 1) + 1;
  }

  @Test
  void aStackOverflowOutsideTheExtractorsIsTooDeepAndTheWorkerGoesOn() {
    ReportProcessor overflowing = new ReportProcessor(List.of(), List.of(), (organization, document) -> bottomlessRegion());
    try (IsolatedProcessor guarded = new IsolatedProcessor(overflowing, BUDGET)) {
      assertUnreadable(guarded.process("deep.txt", seedText.getBytes(StandardCharsets.UTF_8)), "too_deep");
      assertThat(guarded.process("recipe.txt", "红烧肉".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(ReportProcessor.NOT_A_REPORT);
    }
  }

  private static Region bottomlessRegion() {
    return recurse(0) > 0 ? Region.UNKNOWN : null;
  }

  @Test
  void runningOutOfHeapIsOutOfMemoryAndTheHeapSurvives() {
    RegionResolver greedy = (organization, document) -> new long[Integer.MAX_VALUE - 16].length > 0 ? Region.UNKNOWN : null;
    ReportProcessor hungry = new ReportProcessor(List.of(), List.of(), greedy);
    try (IsolatedProcessor guarded = new IsolatedProcessor(hungry, BUDGET)) {
      assertUnreadable(guarded.process("greedy.txt", seedText.getBytes(StandardCharsets.UTF_8)), IsolatedProcessor.OUT_OF_MEMORY);
    }
    assertSameExtraction(isolated.process("after.txt", seedText.getBytes(StandardCharsets.UTF_8)), plain);
  }

  @Test
  void aStackOverflowInOneExtractorCostsOnlyItsTable() {
    ProcessedReport r = new ReportProcessor(List.of(new ExtractorDoing(() -> recurse(0))), List.of(), RegionResolver.load())
        .process("x.txt", seedText.getBytes(StandardCharsets.UTF_8));
    assertThat(r.status()).isEqualTo(ReportProcessor.PARTIAL);
    assertThat(r.warnings()).extracting(Warning::code).contains("extractor_failed");
  }
}
