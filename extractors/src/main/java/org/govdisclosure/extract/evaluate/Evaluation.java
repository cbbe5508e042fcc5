package org.govdisclosure.extract.evaluate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.govdisclosure.extract.ProcessedReport;
import org.govdisclosure.extract.ReportProcessor;
import org.govdisclosure.extract.evaluate.GoldComparison.Field;
import org.govdisclosure.extract.region.Region;

/** Scores extraction against gold files: per report, and per field group over a whole labeled set. */
public final class Evaluation {

  /** One report's scored fields. */
  public record FileScore(String name, List<Field> fields) {

    public long correct() {
      return fields.stream().filter(Field::correct).count();
    }
  }

  private Evaluation() {}

  public static FileScore score(ReportProcessor processor, Gold gold) {
    try {
      ProcessedReport r = processor.process(gold.name(), Files.readAllBytes(gold.report()));
      return new FileScore(gold.name(), GoldComparison.compare(gold.json(), reportColumns(r), r.tables()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The columns of a report's {@code reports} row that gold files score. */
  public static Map<String, Object> reportColumns(ProcessedReport r) {
    Region region = r.region();
    Map<String, Object> m = new HashMap<>();
    m.put("year", r.year());
    m.put("organization", r.organization());
    m.put("province", region.province());
    m.put("city", region.city());
    m.put("county_name", region.countyName());
    m.put("county_code", region.countyCode());
    m.put("township", region.township());
    m.put("template", r.template());
    return m;
  }

  /** Accuracy per file, then per field group (year, county_code, applications, …), then overall. */
  public static String table(List<FileScore> scores) {
    StringBuilder b = new StringBuilder();
    b.append(String.format("%-36s %9s %8s%n", "report", "correct", "share"));
    Map<String, long[]> groups = new TreeMap<>();
    long correct = 0;
    long total = 0;
    for (FileScore s : scores) {
      b.append(String.format("%-36s %4d/%-4d %7.1f%%%n", s.name(), s.correct(), s.fields().size(), percent(s.correct(), s.fields().size())));
      for (Field f : s.fields()) {
        long[] g = groups.computeIfAbsent(group(f.name()), k -> new long[2]);
        g[0] += f.correct() ? 1 : 0;
        g[1]++;
      }
      correct += s.correct();
      total += s.fields().size();
    }
    b.append(String.format("%n%-36s %9s %8s%n", "field", "correct", "share"));
    groups.forEach((name, g) -> b.append(String.format("%-36s %4d/%-4d %7.1f%%%n", name, g[0], g[1], percent(g[0], g[1]))));
    b.append(String.format("%n%-36s %4d/%-4d %7.1f%%%n", "overall", correct, total, percent(correct, total)));
    return b.toString();
  }

  /** {@code applications.granted.total} counts under {@code applications}; scalar fields under their own name. */
  private static String group(String field) {
    return field.startsWith("applications.") || field.startsWith("review_litigation.") ? field.substring(0, field.indexOf('.')) : field;
  }

  private static double percent(long part, long whole) {
    return whole == 0 ? 100.0 : 100.0 * part / whole;
  }
}
