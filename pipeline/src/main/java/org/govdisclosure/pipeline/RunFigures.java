package org.govdisclosure.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the run report shows, queried with DuckDB from a run's tables through the analysts' views
 * ({@link AnalystViews}: the measures and the coverage come from sql/*.sql, as analysts get them), and the file
 * costs the run wrote beside its tables ({@link FileCosts}).
 */
record RunFigures(
    String folder,
    Map<String, Long> statuses,
    Map<String, Long> formats,
    Map<String, Long> templates,
    List<Code> warnings,
    List<Code> failedChecks,
    List<Coverage> coverage,
    Map<String, List<Double>> measures,
    List<FileCosts.Cost> slowest,
    List<FileCosts.Cost> largest) {

  /** The measures whose distribution the report draws: column of the measures view, and its caption. */
  static final Map<String, String> MEASURES = new LinkedHashMap<>();

  static {
    MEASURES.put("applications_received", "Applications received (本年新收)");
    MEASURES.put("disclosure_rate", "Disclosure rate ((予以公开 + 部分公开) / 总计)");
    MEASURES.put("refusal_rate", "Refusal rate (不予公开 / 总计)");
    MEASURES.put("unavailable_rate", "Unavailable rate (无法提供 / 总计)");
    MEASURES.put("reviews_per_100_applications", "Reviews per 100 applications (行政复议)");
    MEASURES.put("procurement_yuan_per_item", "Procurement yuan per item (政府集中采购)");
  }

  /** How many example files are listed per warning or check. */
  static final int EXAMPLES = 3;

  /** A warning or check rule, how often it occurred, and a few of the files it occurred in. */
  record Code(String code, long count, List<String> examples) {}

  /** One row of the coverage view. */
  record Coverage(String province, int year, long read, long extracted, long partial, long unreadable, long notAReport,
      long duplicate) {}

  /**
   * Reads the figures of the tables under {@code folder} (each with at least an empty Parquet file). Files are named
   * relative to the folder that holds all the run's inputs ({@link #folder}), which the page states once.
   */
  static RunFigures of(Path folder) throws SQLException, IOException {
    try (Connection duckDb = DriverManager.getConnection("jdbc:duckdb:"); Statement st = duckDb.createStatement()) {
      AnalystViews.register(duckDb, folder);
      String inputs = commonFolder(st);
      String file = "substr(source_file, " + (inputs.length() + 1) + ")";
      Map<String, List<Double>> measures = measures(st);
      Map<String, List<FileCosts.Cost>> costs = costs(folder);
      return new RunFigures(
          inputs,
          counts(st, "status"),
          counts(st, "coalesce(format, 'unknown')"),
          counts(st, "coalesce(template, 'unknown')"),
          warnings(st, file),
          failedChecks(st, file),
          coverage(st),
          measures,
          relative(costs.getOrDefault("slowest", List.of()), inputs),
          relative(costs.getOrDefault("largest", List.of()), inputs));
    }
  }

  /**
   * Each of {@link #MEASURES}' values, ascending, from one reading of the measures view: it joins several tables over
   * every Parquet file, and each reading took as long as the rest of the report.
   */
  static Map<String, List<Double>> measures(Statement st) throws SQLException {
    st.execute("CREATE TEMPORARY TABLE drawn_measures AS SELECT " + String.join(", ", MEASURES.keySet()) + " FROM measures");
    Map<String, List<Double>> measures = new LinkedHashMap<>();
    for (String column : MEASURES.keySet()) {
      List<Double> values = new ArrayList<>();
      try (ResultSet rs = st.executeQuery("SELECT CAST(" + column + " AS DOUBLE) FROM drawn_measures WHERE " + column
          + " IS NOT NULL ORDER BY 1")) {
        while (rs.next()) {
          values.add(rs.getDouble(1));
        }
      }
      measures.put(column, values);
    }
    return measures;
  }

  /** The longest folder path (ending in /) that every input's path starts with; empty when there is none. */
  private static String commonFolder(Statement st) throws SQLException {
    try (ResultSet rs = st.executeQuery("SELECT min(source_file), max(source_file) FROM reports")) {
      rs.next();
      String first = rs.getString(1);
      String last = rs.getString(2);
      if (first == null) {
        return "";
      }
      // The sorted first and last paths share the prefix that all the paths between them share.
      int common = 0;
      while (common < Math.min(first.length(), last.length()) && first.charAt(common) == last.charAt(common)) {
        common++;
      }
      return first.substring(0, first.lastIndexOf('/', common - 1) + 1);
    }
  }

  private static List<FileCosts.Cost> relative(List<FileCosts.Cost> costs, String folder) {
    return costs.stream().map(c -> new FileCosts.Cost(c.file().startsWith(folder) ? c.file().substring(folder.length()) : c.file(),
        c.bytes(), c.millis())).toList();
  }

  private static Map<String, Long> counts(Statement st, String column) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (ResultSet rs = st.executeQuery("SELECT " + column + ", count(*) FROM reports GROUP BY 1 ORDER BY 2 DESC, 1")) {
      while (rs.next()) {
        counts.put(rs.getString(1), rs.getLong(2));
      }
    }
    return counts;
  }

  /**
   * Each warning code with its count and first examples. The examples are ordered by file and then by their own text:
   * a file's warnings tie on the file, and rows read from several Parquet files come in no fixed order. Only the first
   * few are kept as the rows go by ({@code arg_min} with a count): a list of every warning's text, sorted and then cut,
   * took DuckDB some 300 MB at 100 000 reports (BENCHMARKS.md).
   */
  static List<Code> warnings(Statement st, String file) throws SQLException {
    return codes(st, "SELECT w.code, count(*), arg_min(" + file + " || ': ' || w.message, row(source_file, w.message), "
        + EXAMPLES + ") FROM (SELECT source_file, unnest(warnings) AS w FROM reports) GROUP BY w.code ORDER BY 2 DESC, 1");
  }

  /** Each failed check with its count and first examples, ordered as the warnings' are. */
  static List<Code> failedChecks(Statement st, String file) throws SQLException {
    String example = file + " || ' (' || scope || '): expected ' || coalesce(expected, '?') || ', found ' || coalesce(actual, '?')";
    return codes(st, "SELECT \"check\", count(*), arg_min(" + example + ", row(source_file, " + example + "), " + EXAMPLES
        + ") FROM checks WHERE status = 'fail' GROUP BY \"check\" ORDER BY 2 DESC, 1");
  }

  private static List<Code> codes(Statement st, String sql) throws SQLException {
    List<Code> codes = new ArrayList<>();
    try (ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        Array examples = rs.getArray(3);
        codes.add(new Code(rs.getString(1), rs.getLong(2),
            Arrays.stream((Object[]) examples.getArray()).map(String::valueOf).toList()));
      }
    }
    return codes;
  }

  private static List<Coverage> coverage(Statement st) throws SQLException {
    List<Coverage> rows = new ArrayList<>();
    try (ResultSet rs = st.executeQuery("SELECT province, year, reports_read, extracted, partial, unreadable, not_a_report, "
        + "duplicate FROM coverage ORDER BY province NULLS LAST, year")) {
      while (rs.next()) {
        rows.add(new Coverage(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
            rs.getLong(7), rs.getLong(8)));
      }
    }
    return rows;
  }

  /** The slowest and largest files, when the run wrote them. */
  private static Map<String, List<FileCosts.Cost>> costs(Path folder) throws IOException {
    Path file = folder.resolve(FileCosts.FILE_NAME);
    if (!Files.exists(file)) {
      return Map.of();
    }
    ObjectMapper json = new ObjectMapper();
    return json.readValue(file.toFile(), json.getTypeFactory().constructMapType(Map.class,
        json.getTypeFactory().constructType(String.class),
        json.getTypeFactory().constructCollectionType(List.class, FileCosts.Cost.class)));
  }
}
