package org.govdisclosure.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.govdisclosure.extract.TestCorpus;
import org.govdisclosure.extract.Unavailable;
import org.govdisclosure.extract.model.Document;
import org.junit.jupiter.api.Test;

/** Readers are plug-ins: a format is added by registering its reader, and each file goes to the first that accepts it. */
class FormatReadersTest {

  private static final String LINES = "某某县2021年政府信息公开工作年度报告\n一、总体情况\n";
  private static final byte[] MARKED = (MarkedLinesFormat.MARK + LINES).getBytes(StandardCharsets.UTF_8);
  private static final byte[] TEXT = LINES.getBytes(StandardCharsets.UTF_8);

  /** A reader of the test's making that accepts the files opening with {@code mark}. */
  private record Stub(String name, int order, String mark, FormatReader.Reading reading) implements FormatReader {
    @Override
    public boolean accepts(OfferedFile file) {
      return new String(file.bytes(), StandardCharsets.UTF_8).startsWith(mark);
    }

    @Override
    public Reading open(PageOcr ocr) {
      return reading;
    }
  }

  private static FormatReader.Reading readAs(String format) {
    return file -> ReadResult.ok(new Document(format, "UTF-8", List.of()));
  }

  @Test
  void aFormatGivenToTheReaderIsReadByItsReaderAndTheOthersAsBefore() throws Exception {
    ReportReader reader = new ReportReader(List.of(new TextFormat(), new MarkedLinesFormat()), null);
    assertThat(reader.read(MARKED).document().format()).isEqualTo(MarkedLinesFormat.FORMAT);
    assertThat(reader.read(MARKED).document().blocks()).isEqualTo(new ReportReader().read(TEXT).document().blocks());
    byte[] seed = Files.readAllBytes(TestCorpus.under("seeds").get(0).report());
    assertThat(reader.read(seed)).isEqualTo(new ReportReader().read(seed));
  }

  @Test
  void aFormatRegisteredInAServiceFileIsReadWithoutEditingTheReportReader() throws Exception {
    assertThat(new ReportReader().read(MARKED).document().format()).as("not registered").isEqualTo("text");
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    URL services = FormatReadersTest.class.getClassLoader().getResource("test-formats/");
    try (URLClassLoader registering = new URLClassLoader(new URL[] {services}, before)) {
      thread.setContextClassLoader(registering);
      ReportReader reader = new ReportReader();
      thread.setContextClassLoader(before);
      assertThat(reader.read(MARKED).document().format()).isEqualTo(MarkedLinesFormat.FORMAT);
      assertThat(reader.read(TEXT).document().format()).isEqualTo("text");
      assertThat(reader.unavailable()).isEmpty();
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  @Test
  void ofTwoReadersThatAcceptAFileTheOneOfTheLowerOrderReadsItAndOneThatFindsItNotItsOwnLeavesItToTheNext() {
    ReportReader reader = new ReportReader(List.of(new Stub("later", 20, "%", readAs("later")), new Stub("first", 10, "%", readAs("first")),
        new Stub("declines", 5, "%A", file -> null), new TextFormat()), null);
    assertThat(reader.read("%A report".getBytes(StandardCharsets.UTF_8)).document().format()).isEqualTo("first");
    assertThat(reader.read("a report".getBytes(StandardCharsets.UTF_8)).document().format()).isEqualTo("text");
  }

  @Test
  void anUnavailableReaderFailsOnlyTheFilesItAcceptsAndLeavesTheOthersToOtherFormats() {
    AtomicInteger opened = new AtomicInteger();
    ReportReader reader = new ReportReader(List.of(new FormatReader() {
      @Override
      public String name() {
        return "MissingLibraryReader";
      }

      @Override
      public int order() {
        return 10;
      }

      @Override
      public boolean accepts(OfferedFile file) {
        return new MarkedLinesFormat().accepts(file);
      }

      @Override
      public Reading open(PageOcr ocr) {
        opened.incrementAndGet();
        throw new NoClassDefFoundError("org/example/MissingLibrary");
      }
    }, new TextFormat()), null);
    String line = "MissingLibraryReader: NoClassDefFoundError: org/example/MissingLibrary";
    assertThat(reader.unavailable()).extracting(Unavailable::line).containsExactly(line);
    ReadResult marked = reader.read(MARKED);
    assertThat(marked.isReadable()).isFalse();
    assertThat(marked.reason()).isEqualTo("reader_unavailable: " + line);
    assertThat(reader.read(TEXT).document().format()).isEqualTo("text");
    assertThat(opened).hasValue(1);
  }
}
