package org.govdisclosure.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.govdisclosure.extract.ProcessedReport;
import org.govdisclosure.extract.ReportProcessor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Everything the pipeline does to one report besides I/O: read, find sections, extract every table, resolve the
 * region, run the checks. One operation is one of the bundled sample reports (run from the project root, or set
 * {@code -Dsamples=DIR}), taken in turn.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReportProcessorBenchmark {

  private final ReportProcessor processor = ReportProcessor.withRegistered();
  private final List<byte[]> reports = new ArrayList<>();
  private int next;

  @Setup
  public void load() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("samples", "samples")))) {
      for (Path f : files.sorted().toList()) {
        reports.add(Files.readAllBytes(f));
      }
    }
    if (reports.isEmpty()) {
      throw new IllegalStateException("no sample reports found");
    }
  }

  @Benchmark
  public ProcessedReport processReport() {
    byte[] report = reports.get(next);
    next = (next + 1) % reports.size();
    return processor.process("bench.txt", report);
  }
}
