package org.govdisclosure.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.util.List;
import org.govdisclosure.extract.evaluate.Gold;
import org.govdisclosure.extract.spi.Warning;
import org.junit.jupiter.api.Test;

/**
 * Extractors and checks whose providers fail to load, to construct or, for want of a class, on first use are left out
 * with their cause: the others read every seed as they do without them, and each report says what it lacks.
 */
class UnavailableComponentsTest {

  private static final List<Gold> SEEDS = TestCorpus.under("seeds");

  /** A class whose static initializer throws, as a clashing library makes one. */
  private static final class FailsToInitialize {
    private static final Object SETTING = fail();

    private static Object fail() {
      throw new IllegalStateException("no settings (test)");
    }

    static Object touch() {
      return SETTING;
    }
  }

  /**
   * Two runner threads setting up at once race to record a component first: the one that gets the initializer's own
   * error and the one that gets {@code Could not initialize class} afterwards must give the run summary one line.
   */
  @Test
  void aClassWhoseInitializerThrewIsDescribedByThatFailureWhicheverUseIsRecordedFirst() {
    Throwable first = catchThrowable(FailsToInitialize::touch);
    Throwable later = catchThrowable(FailsToInitialize::touch);
    assertThat(first).isInstanceOf(ExceptionInInitializerError.class);
    assertThat(later).isInstanceOf(NoClassDefFoundError.class);
    assertThat(Unavailable.describe(later)).isEqualTo(Unavailable.describe(first))
        .isEqualTo("ExceptionInInitializerError (caused by IllegalStateException: no settings (test))");
  }

  @Test
  void providersThatFailToLoadOrConstructAreLeftOutAndTheOthersReadEverySeed() throws Exception {
    MissingClassExtractor.CALLS.set(0);
    try (ReportProcessor broken = BrokenProviders.registeredDuring(() -> ReportProcessor.withRegistered(false));
        ReportProcessor whole = ReportProcessor.withRegistered(false)) {
      assertThat(broken.unavailable()).extracting(Unavailable::line).anySatisfy(line -> assertThat(line)
          .startsWith("BrokenOnLoadExtractor: ExceptionInInitializerError").contains(BrokenOnLoadExtractor.CAUSE));
      assertThat(broken.unavailable()).extracting(Unavailable::line)
          .anySatisfy(line -> assertThat(line).startsWith("FailingConstructorCheck: IllegalStateException: no configuration (test)"));
      for (Gold seed : SEEDS) {
        byte[] bytes = Files.readAllBytes(seed.report());
        ProcessedReport expected = whole.process(seed.name(), bytes);
        ProcessedReport got = broken.process(seed.name(), bytes);
        assertThat(got.tables().keySet()).as(seed.name()).containsAll(expected.tables().keySet());
        expected.tables().forEach((table, rows) -> assertThat(got.tables().get(table)).as(seed.name() + " " + table).isEqualTo(rows));
        assertThat(got.status()).as(seed.name()).isEqualTo(ReportProcessor.PARTIAL);
        assertThat(got.warnings()).extracting(Warning::code)
            .contains(Unavailable.EXTRACTOR, Unavailable.CHECK);
      }
    }
  }

  @Test
  void anExtractorMissingAClassOnFirstUseIsLeftOutFromThenOnWithTheSameReason() throws Exception {
    MissingClassExtractor.CALLS.set(0);
    try (ReportProcessor broken = BrokenProviders.registeredDuring(() -> ReportProcessor.withRegistered(false))) {
      assertThat(broken.unavailable()).extracting(Unavailable::component).doesNotContain("MissingClassExtractor");
      List<String> reasons = SEEDS.stream().limit(3).map(seed -> {
        try {
          ProcessedReport r = broken.process(seed.name(), Files.readAllBytes(seed.report()));
          assertThat(r.status()).as(seed.name()).isEqualTo(ReportProcessor.PARTIAL);
          assertThat(r.tables()).as(seed.name()).containsKey("applications");
          return r.warnings().stream().filter(w -> w.message().startsWith("MissingClassExtractor")).map(Warning::message).findFirst().orElseThrow();
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).toList();
      assertThat(reasons).containsOnly("MissingClassExtractor: NoClassDefFoundError: " + MissingClassExtractor.MISSING);
      assertThat(MissingClassExtractor.CALLS).hasValue(1);
      assertThat(broken.unavailable()).extracting(Unavailable::line).contains(reasons.get(0));
    }
  }
}
