package org.govdisclosure.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.govdisclosure.extract.Unavailable;
import org.junit.jupiter.api.Test;

class GuardedReaderTest {

  @Test
  void aReaderMissingAClassOnFirstUseFailsItsFilesFastWithTheSameReason() {
    AtomicInteger reads = new AtomicInteger();
    GuardedReader<Object> reader = new GuardedReader<>("StructuredExportReader", Object::new);
    assertThat(reader.unavailable()).isNull();

    ReadResult first = reader.read(r -> {
      reads.incrementAndGet();
      throw new NoClassDefFoundError("com/ctc/wstx/stax/WstxInputFactory");
    });
    assertThat(first.isReadable()).isFalse();
    assertThat(first.failure()).isEqualTo("extraction_failed");
    assertThat(first.reason()).isEqualTo("reader_unavailable: StructuredExportReader: NoClassDefFoundError: com/ctc/wstx/stax/WstxInputFactory");

    ReadResult again = reader.read(r -> {
      reads.incrementAndGet();
      throw new AssertionError("an unavailable reader is not tried again");
    });
    assertThat(again).isEqualTo(first);
    assertThat(reads).hasValue(1);
    // a file that does not open in the reader's format is another format's: FormatReadersTest
    assertThat(reader.unavailable()).isEqualTo(new Unavailable(Unavailable.READER, "StructuredExportReader",
        "NoClassDefFoundError: com/ctc/wstx/stax/WstxInputFactory"));
  }

  /** A class whose static initializer throws, as one asking a clashing StAX factory for a property it refuses. */
  static final class FailsToInitialize {
    static final Object FACTORY = fail();

    private static Object fail() {
      throw new IllegalArgumentException("Unrecognized property 'http://javax.xml.XMLConstants/property/accessExternalDTD'");
    }
  }

  @Test
  void aReaderWhoseClassFailsToInitializeIsUnavailableFromTheStart() {
    GuardedReader<Class<FailsToInitialize>> reader = new GuardedReader<>("FailsToInitialize", () -> GuardedReader.initialized(FailsToInitialize.class));
    assertThat(reader.unavailable().line()).isEqualTo("FailsToInitialize: ExceptionInInitializerError (caused by IllegalArgumentException: "
        + "Unrecognized property 'http://javax.xml.XMLConstants/property/accessExternalDTD')");
    assertThat(reader.read(c -> {
      throw new AssertionError("never tried");
    }).reason()).isEqualTo("reader_unavailable: " + reader.unavailable().line());
  }
}
