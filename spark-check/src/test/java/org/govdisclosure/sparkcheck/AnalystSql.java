package org.govdisclosure.sparkcheck;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The repository's sql/*.sql files, as analysts run them once the tables are registered as views named like them,
 * and the values of their rows in a form both readers give alike.
 */
final class AnalystSql {

  static final Path DIR = Path.of(System.getProperty("sql"));
  /** Each file creates one view, in this order (as the pipeline's run report runs them). */
  static final List<String> FILES = List.of("measures.sql", "coverage.sql");

  private AnalystSql() {}

  static List<String> statements() throws IOException {
    List<String> statements = new ArrayList<>();
    for (String file : FILES) {
      statements.add(Files.readString(DIR.resolve(file)));
    }
    return statements;
  }

  /**
   * A cell as a comparable value: every integer type as a Long, doubles as they are, decimals by their digits.
   * DuckDB and Spark map SQL types to different Java classes (BIGINT, HUGEINT, DECIMAL).
   */
  static Object value(Object cell) {
    if (cell instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (cell instanceof Integer || cell instanceof Long || cell instanceof Short || cell instanceof BigInteger) {
      return ((Number) cell).longValue();
    }
    return cell;
  }
}
