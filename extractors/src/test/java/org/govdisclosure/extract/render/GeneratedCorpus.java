package org.govdisclosure.extract.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Many generated reports as files, for runs that measure or compare whole pipelines: every rendering kind in turn,
 * each report drawn from its own seed. Most are published by an issuer in a county of the gazetteer, so they spread
 * over the partitions, a few reports in a row by the same issuer (some in consecutive years); a share prints neither
 * year nor county and lands in {@code year=0/county_code=000000}, as a national run's unplaced reports do.
 *
 * <pre>{@code java -cp <extractors test classpath> org.govdisclosure.extract.render.GeneratedCorpus DIR COUNT [UNPLACED_SHARE [KIND,...]]}</pre>
 */
public final class GeneratedCorpus {

  /**
   * County-level divisions whose names are unique in the country and share no word with the reports' text, so the
   * region resolves without doubt, printed with characters the PDF renderings' font subset has ({@code CjkFont}).
   */
  private static final List<String> COUNTIES = List.of("正定县", "成安县", "容城县", "安新县", "康保县", "大城县", "文安县",
      "交城县", "方山县", "新民市", "集安市", "方正县", "密山市", "金湖县", "文成县", "南安市", "华安县", "政和县", "定南县",
      "全南县", "万安县", "南城县", "万年县", "金乡县", "东明县", "新密市", "通许县", "方城县", "内乡县", "民权县");
  /** How many reports in a row one issuer publishes (of its drawn years), so that the cross-year check has work. */
  private static final int REPORTS_PER_ISSUER = 4;

  private GeneratedCorpus() {}

  /**
   * Writes {@code count} reports into {@code dir}, the {@code i}-th drawn from seed {@code i}, every rendering kind in
   * turn; every report whose index falls in the first {@code unplacedShare} of each hundred prints no year and no
   * county.
   */
  public static void write(Path dir, int count, double unplacedShare) throws IOException {
    write(dir, count, unplacedShare, Rendering.values());
  }

  /**
   * As {@link #write(Path, int, double)}, in the named rendering kinds only: a corpus whose expected output was written
   * before later kinds were added stays the same files.
   */
  public static void write(Path dir, int count, double unplacedShare, List<String> kinds) throws IOException {
    write(dir, count, unplacedShare, kinds.stream().map(Rendering::valueOf).toArray(Rendering[]::new));
  }

  private static void write(Path dir, int count, double unplacedShare, Rendering[] kinds) throws IOException {
    Files.createDirectories(dir);
    int unplacedPerHundred = (int) Math.round(unplacedShare * 100);
    // Each report depends on its seed alone, so they are rendered on every core.
    IntStream.range(0, count).parallel().forEach(i -> {
      GeneratedReport drawn = GeneratedReport.generate(i);
      int issuer = i / REPORTS_PER_ISSUER;
      GeneratedReport placed = i % 100 < unplacedPerHundred
          ? drawn.placed(GeneratedReport.UNDATED, drawn.organization())
          : drawn.placed(drawn.year(), COUNTIES.get(issuer % COUNTIES.size())
              + GeneratedReport.ORGANIZATIONS.get(issuer / COUNTIES.size() % GeneratedReport.ORGANIZATIONS.size()));
      Rendering.Rendered r = kinds[i % kinds.length].render(i, placed);
      try {
        Files.write(dir.resolve(r.fileName()), r.bytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: GeneratedCorpus DIR COUNT [UNPLACED_SHARE (0.2) [KIND,... (every kind)]]");
      System.exit(2);
    }
    Rendering[] kinds = args.length > 3
        ? Arrays.stream(args[3].split(",")).map(Rendering::valueOf).toArray(Rendering[]::new)
        : Rendering.values();
    write(Path.of(args[0]), Integer.parseInt(args[1]), args.length > 2 ? Double.parseDouble(args[2]) : 0.2, kinds);
  }
}
