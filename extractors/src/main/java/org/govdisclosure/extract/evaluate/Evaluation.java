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

    /** Fields given a value that differs from the gold, or one where the gold states none: the errors that matter most. */
    public long wrong() {
      return fields.stream().filter(Field::wrong).count();
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

  /**
   * Accuracy per file, then per field group (year, county_code, applications, …), then overall, over the fields the
   * gold states: correct, wrong (a value that differs from the gold) or missing (no value where the gold has one).
   * {@code wrong} also counts values given where the gold states none, shown apart as {@code no gold}; they are not
   * part of the share's whole.
   */
  public static String table(List<FileScore> scores) {
    StringBuilder b = new StringBuilder();
    String header = String.format("%-36s %9s %6s %8s %8s %8s%n", "%s", "correct", "wrong", "no gold", "missing", "share");
    b.append(String.format(header, "report"));
    Map<String, long[]> groups = new TreeMap<>();
    long[] overall = new long[4];
    for (FileScore s : scores) {
      long[] counts = new long[4];
      for (Field f : s.fields()) {
        int kind = !f.inGold() ? 3 : f.correct() ? 0 : f.actual() != null ? 1 : 2;
        counts[kind]++;
        groups.computeIfAbsent(group(f.name()), k -> new long[4])[kind]++;
        overall[kind]++;
      }
      b.append(line(s.name(), counts));
    }
    b.append(String.format("%n" + header, "field"));
    groups.forEach((name, counts) -> b.append(line(name, counts)));
    return b.append(System.lineSeparator()).append(line("overall", overall)).toString();
  }

  private static String line(String name, long[] counts) {
    long total = counts[0] + counts[1] + counts[2];
    return String.format("%-36s %4d/%-4d %6d %8d %8d %7.1f%%%n", name, counts[0], total, counts[1] + counts[3], counts[3], counts[2], percent(counts[0], total));
  }

  /** {@code applications.granted.total} counts under {@code applications}; scalar fields under their own name. */
  private static String group(String field) {
    return field.startsWith("applications.") || field.startsWith("review_litigation.") ? field.substring(0, field.indexOf('.')) : field;
  }

  private static double percent(long part, long whole) {
    return whole == 0 ? 100.0 : 100.0 * part / whole;
  }
}
