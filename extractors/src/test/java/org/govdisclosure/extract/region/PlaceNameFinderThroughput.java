package org.govdisclosure.extract.region;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Document;

/**
 * A quick throughput check without JMH (the JMH benchmark is {@code RegionResolverBenchmark} in the benchmarks
 * module): the finder over the seed and real reports repeated to about 16 MB, and whole-report resolutions.
 * Run with {@code java -cp …} after {@code mvn test-compile}; not a test.
 */
public final class PlaceNameFinderThroughput {

  private static final List<String> FILES = List.of("seeds/000_aee1c35d317719c9.txt",
      "seeds/001_3a1cadb5854a4598.txt", "seeds/002_dcbb887661dae0ee.txt", "seeds/003_c98690ffdef99389.txt",
      "seeds/004_d7ed800fb9a05f29.txt", "real/anzhen2024.txt", "real/daxigou2020.txt",
      "real/jianzhuxincun2024.txt", "real/laifeng2021.txt", "real/zhongcang2025.txt", "real/zhongcun2020.txt");

  private PlaceNameFinderThroughput() {}

  public static void main(String[] args) {
    long loadStart = System.nanoTime();
    PlaceNameFinder finder = PlaceNameFinder.bundled();
    System.out.printf("finder built in %d ms: %d names%n", (System.nanoTime() - loadStart) / 1_000_000,
        finder.names().size());

    StringBuilder corpus = new StringBuilder();
    List<Document> documents = FILES.stream().map(f -> Reports.of(Reports.resource("/corpus/" + f))).toList();
    while (corpus.toString().getBytes(StandardCharsets.UTF_8).length < 16_000_000) {
      FILES.forEach(f -> corpus.append(Cell.Text.fold(Reports.resource("/corpus/" + f))));
    }
    String text = corpus.toString();
    double megabytes = text.getBytes(StandardCharsets.UTF_8).length / 1e6;
    for (int round = 0; round < 5; round++) {
      long start = System.nanoTime();
      int found = finder.find(text).size();
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("find: %.1f MB in %.3f s = %.1f MB/s (%d names)%n", megabytes, seconds, megabytes / seconds,
          found);
    }
    GazetteerRegionResolver resolver = new GazetteerRegionResolver();
    for (int round = 0; round < 3; round++) {
      long start = System.nanoTime();
      int n = 0;
      for (int i = 0; i < 200; i++) {
        for (Document d : documents) {
          resolver.resolve(null, d);
          n++;
        }
      }
      System.out.printf("resolve: %.0f µs per report%n", (System.nanoTime() - start) / 1e3 / n);
    }
  }
}
