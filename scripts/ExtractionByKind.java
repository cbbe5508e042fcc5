import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.govdisclosure.extract.ReportProcessor;

/**
 * Per-report extraction ({@code ReportProcessor.process}: read, decode, sections, extractors, region, checks) on one
 * thread over a folder of generated reports, in CPU milliseconds per report for each rendering kind (the file name
 * before its last {@code -}, as {@code GeneratedCorpus} names them) and over all, with the bytes allocated per report.
 * CPU time of the thread, not wall time, so that a machine shared with other work still gives comparable figures.
 * The files are read into memory first; WARMUP rounds over all of them let the JIT settle, ROUNDS are measured.
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar scripts/ExtractionByKind.java DIR [WARMUP (3) [ROUNDS (5)]]}</pre>
 */
public final class ExtractionByKind {
  public static void main(String[] args) throws Exception {
    List<Path> files;
    try (Stream<Path> list = Files.list(Path.of(args[0]))) {
      files = list.filter(Files::isRegularFile).sorted().toList();
    }
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    List<byte[]> bytes = new ArrayList<>();
    for (Path f : files) {
      bytes.add(Files.readAllBytes(f));
    }
    ReportProcessor processor = ReportProcessor.withRegistered(false); // generated reports hold no scans
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    for (int r = 0; r < warmup; r++) {
      for (byte[] b : bytes) {
        processor.process("warmup", b);
      }
    }
    Map<String, long[]> byKind = new TreeMap<>(); // CPU nanoseconds, reports
    long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
    long total = 0;
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < files.size(); i++) {
        String name = files.get(i).getFileName().toString().replaceFirst("^copy-of-", "");
        String kind = name.lastIndexOf('-') > 0 ? name.substring(0, name.lastIndexOf('-')) : name;
        long start = threads.getCurrentThreadCpuTime();
        processor.process(name, bytes.get(i));
        long cpu = threads.getCurrentThreadCpuTime() - start;
        total += cpu;
        long[] k = byKind.computeIfAbsent(kind, x -> new long[2]);
        k[0] += cpu;
        k[1]++;
      }
    }
    long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
    byKind.forEach((kind, k) -> System.out.printf("%-20s %8.3f ms CPU/report%n", kind, k[0] / 1e6 / k[1]));
    int n = rounds * files.size();
    System.out.printf("all %d reports (%d files x %d rounds): %.3f ms CPU/report, %.0f reports/s per thread, %.0f KB allocated/report;"
        + " load average %s%n", n, files.size(), rounds, total / 1e6 / n, n / (total / 1e9), allocated / 1024.0 / n,
        Files.readString(Path.of("/proc/loadavg")).trim());
  }
}
