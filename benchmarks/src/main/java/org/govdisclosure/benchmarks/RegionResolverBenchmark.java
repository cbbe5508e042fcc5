package org.govdisclosure.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Document;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.region.Division;
import org.govdisclosure.extract.region.Gazetteer;
import org.govdisclosure.extract.region.GazetteerRegionResolver;
import org.govdisclosure.extract.region.Level;
import org.govdisclosure.extract.region.PlaceNameFinder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The place-name matcher and the whole region resolution over report-like text: opening sentences naming a
 * township, its county and city among ordinary report wording. {@code findPlaces} counts one operation per KiB of
 * UTF-8 text, so its score in ops/s divided by 1024 is MB/s (target: at least 10 MB/s per core);
 * {@code resolveReport} counts whole reports.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RegionResolverBenchmark {

  static final int KIB = 1024;
  static final int REPORTS = 64;

  private static final String[] WORDING = {
    "按照《%1$s%2$s政府信息公开规定》要求，%3$s认真贯彻落实《中华人民共和国政府信息公开条例》，",
    "本年度主动公开政府信息%4$d条，其中政策文件%5$d件，规范性文件%6$d件。",
    "%3$s通过政府门户网站、政务新媒体和公开栏等渠道及时公开财政预决算、政府采购和重大建设项目信息，",
    "本年度共收到政府信息公开申请%6$d件，均在法定期限内答复，未发生行政复议和行政诉讼案件。",
  };

  private final PlaceNameFinder finder = PlaceNameFinder.bundled();
  private final GazetteerRegionResolver resolver = new GazetteerRegionResolver();
  private String text;
  private final List<Document> reports = new ArrayList<>();
  private final List<String> organizations = new ArrayList<>();

  /** A fixed seed: every run sees the same places and wording. */
  @Setup
  public void setUp() {
    Random random = new Random(7);
    List<Division> townships = Gazetteer.bundled().divisions().stream()
        .filter(d -> d.level() == Level.TOWNSHIP).toList();
    StringBuilder all = new StringBuilder();
    while (all.toString().getBytes(StandardCharsets.UTF_8).length < KIB * KIB || reports.size() < REPORTS) {
      Division town = townships.get(random.nextInt(townships.size()));
      List<Block> blocks = new ArrayList<>();
      blocks.add(new Paragraph(town.name() + "2020年政府信息公开工作年度报告"));
      for (int p = 0; p < 20; p++) {
        blocks.add(new Paragraph(paragraph(random, town)));
      }
      if (reports.size() < REPORTS) {
        reports.add(new Document("text", "UTF-8", blocks));
        organizations.add(town.name() + "人民政府");
      }
      blocks.forEach(b -> all.append(((Paragraph) b).text()));
    }
    text = truncateToBytes(all.toString(), KIB * KIB);
  }

  private static String paragraph(Random random, Division town) {
    Gazetteer gazetteer = Gazetteer.bundled();
    String county = gazetteer.at(town, Level.COUNTY).name();
    String city = gazetteer.cityName(town);
    StringBuilder b = new StringBuilder();
    for (String w : WORDING) {
      b.append(String.format(w, city == null ? "" : city, county, town.name(), random.nextInt(200),
          random.nextInt(50), random.nextInt(10)));
    }
    return b.toString();
  }

  private static String truncateToBytes(String s, int bytes) {
    int used = 0;
    int i = 0;
    while (i < s.length() && used + s.substring(i, i + 1).getBytes(StandardCharsets.UTF_8).length <= bytes) {
      used += s.substring(i, i + 1).getBytes(StandardCharsets.UTF_8).length;
      i++;
    }
    return s.substring(0, i);
  }

  /** One MiB of text per invocation, one operation per KiB. */
  @Benchmark
  @OperationsPerInvocation(KIB)
  public int findPlaces() {
    return finder.find(text).size();
  }

  @Benchmark
  @OperationsPerInvocation(REPORTS)
  public int resolveReport() {
    int resolved = 0;
    for (int i = 0; i < REPORTS; i++) {
      if (resolver.resolve(organizations.get(i), reports.get(i)).countyCode() != null) {
        resolved++;
      }
    }
    return resolved;
  }
}
