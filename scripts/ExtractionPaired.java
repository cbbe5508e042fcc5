import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Per-report extraction of two builds of the extractors, before and after a change, in one JVM on one thread: each
 * class folder in its own class loader (the libraries on the class path shared), rounds over the corpus alternating
 * the two, the order swapped every round, so that a machine's load falls on both alike. CPU milliseconds and bytes
 * allocated per report, by rendering kind (as {@code ExtractionByKind} names them) and over all, with the change in
 * percent. On a machine shared with other builds, two JVMs started together differ by 10 to 25 % on the same
 * classes; this by about 1 % over all and 10 % per kind.
 *
 * <pre>{@code java -cp LIBRARIES scripts/ExtractionPaired.java CLASSES_BEFORE CLASSES_AFTER DIR [WARMUP (3) [ROUNDS (6)]]}</pre>
 *
 * LIBRARIES: the extractors' dependencies without their classes (e.g. {@code mvn dependency:build-classpath}); add
 * {@code -XX:TieredStopAtLevel=1} to measure under the compiler the pipeline runs with.
 */
public final class ExtractionPaired {
  public static void main(String[] args) throws Exception {
    List<Path> files;
    try (Stream<Path> list = Files.list(Path.of(args[2]))) {
      files = list.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".gold.json")).sorted().toList();
    }
    int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 6;
    List<byte[]> bytes = new ArrayList<>();
    List<String> kinds = new ArrayList<>();
    for (Path f : files) {
      bytes.add(Files.readAllBytes(f));
      String name = f.getFileName().toString().replaceFirst("^copy-of-", "");
      kinds.add(name.lastIndexOf('-') > 0 ? name.substring(0, name.lastIndexOf('-')) : name);
    }
    Object[] processors = new Object[2];
    Method[] process = new Method[2];
    ClassLoader[] loaders = new ClassLoader[2];
    for (int s = 0; s < 2; s++) {
      loaders[s] = new URLClassLoader(new URL[] {Path.of(args[s]).toUri().toURL()}, ExtractionPaired.class.getClassLoader());
      Thread.currentThread().setContextClassLoader(loaders[s]); // the region resolver is a service looked up there
      Class<?> c = Class.forName("org.govdisclosure.extract.ReportProcessor", true, loaders[s]);
      processors[s] = c.getMethod("withRegistered", boolean.class).invoke(null, false); // generated reports: no scans
      process[s] = c.getMethod("process", String.class, byte[].class);
    }
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    Map<String, long[]> byKind = new TreeMap<>(); // CPU nanoseconds before, after; reports
    long[] cpu = new long[2];
    long[] allocated = new long[2];
    for (int r = 0; r < warmup + rounds; r++) {
      for (int o = 0; o < 2; o++) {
        int s = (r + o) % 2;
        Thread.currentThread().setContextClassLoader(loaders[s]);
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < bytes.size(); i++) {
          long start = threads.getCurrentThreadCpuTime();
          process[s].invoke(processors[s], files.get(i).getFileName().toString(), bytes.get(i));
          long spent = threads.getCurrentThreadCpuTime() - start;
          if (r >= warmup) {
            long[] k = byKind.computeIfAbsent(kinds.get(i), x -> new long[3]);
            k[s] += spent;
            k[2] += s; // counted once, on the second build's pass
            cpu[s] += spent;
          }
        }
        if (r >= warmup) {
          allocated[s] += threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        }
      }
    }
    byKind.forEach((kind, k) -> System.out.printf("%-28s %8.3f -> %8.3f ms CPU/report (%+.1f %%)%n", kind, k[0] / 1e6 / k[2],
        k[1] / 1e6 / k[2], 100.0 * (k[1] - k[0]) / k[0]));
    int n = rounds * files.size();
    System.out.printf("all %d reports (%d files x %d rounds) each: %.3f -> %.3f ms CPU/report (%+.1f %%), %.0f -> %.0f KB"
        + " allocated/report (%+.1f %%); load average %s%n", n, files.size(), rounds, cpu[0] / 1e6 / n, cpu[1] / 1e6 / n,
        100.0 * (cpu[1] - cpu[0]) / cpu[0], allocated[0] / 1024.0 / n, allocated[1] / 1024.0 / n,
        100.0 * (allocated[1] - allocated[0]) / allocated[0], Files.readString(Path.of("/proc/loadavg")).trim());
  }
}
