package org.govdisclosure.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.govdisclosure.extract.ProcessedReport;
import org.govdisclosure.extract.ReportProcessor;
import org.govdisclosure.extract.read.Decoded;
import org.govdisclosure.extract.read.ReportReader;
import org.govdisclosure.extract.read.TextDecoder;
import org.govdisclosure.extract.render.GeneratedCorpus;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The whole per-report extraction over the mixed corpus the tests generate (every rendering kind in turn: HTML,
 * merged-cell HTML, DOCX, PDF, Word text exports, crawled text, prose reports; {@code GeneratedCorpus}), beside the
 * floor of the same files: reading them (from the page cache, warm after the first round) and decoding those read as
 * text, nothing else. One operation is one report file, read and handled, taken in turn; the {@code bytes} counter
 * gives the same throughput in bytes per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MixedCorpusBenchmark {

  /** How many reports the corpus holds: a multiple of the 14 rendering kinds gives each the same share. */
  @Param("280")
  public int reports;

  private Path dir;
  private List<Path> files;

  @Setup
  public void generate() throws IOException {
    dir = Files.createTempDirectory("mixed-corpus");
    GeneratedCorpus.write(dir, reports, 0.2);
    try (Stream<Path> paths = Files.list(dir)) {
      files = paths.sorted().toList();
    }
  }

  @TearDown
  public void delete() throws IOException {
    for (Path f : files) {
      Files.delete(f);
    }
    Files.delete(dir);
  }

  /** Each thread's place in the corpus and the bytes it has handled. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Cursor {
    private final ReportProcessor processor = ReportProcessor.withRegistered();
    private int next;
    public long bytes;

    @Setup(Level.Iteration)
    public void reset() {
      bytes = 0;
    }

    byte[] take(MixedCorpusBenchmark corpus) throws IOException {
      byte[] file = Files.readAllBytes(corpus.files.get(next));
      next = (next + 1) % corpus.files.size();
      bytes += file.length;
      return file;
    }
  }

  @Benchmark
  public ProcessedReport extract(Cursor cursor) throws IOException {
    return cursor.processor.process("bench", cursor.take(this));
  }

  /** The floor: what any extraction has to do to the same files at least (PDF, DOCX and DOC are read, not decoded). */
  @Benchmark
  public Decoded readDecode(Cursor cursor) throws IOException {
    byte[] file = cursor.take(this);
    return ReportReader.readsAsText(file) ? TextDecoder.decode(file) : null;
  }
}
