package org.govdisclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import org.govdisclosure.schemas.TableSchemas;

/** Compares two outputs of the pipeline table by table, through DuckDB, as multisets of rows. */
final class SameRows {

  private SameRows() {}

  /** Every table holds the same rows, partition columns included, each as often; the reports table is not empty. */
  static void assertSameTables(Path expected, Path actual) throws SQLException {
    assertSameTables(expected, "", actual, "");
  }

  /**
   * As {@link #assertSameTables(Path, Path)}, for runs that read the same files from two places: {@code source_file}
   * is compared without each run's input prefix.
   */
  static void assertSameTables(Path expected, String expectedInputs, Path actual, String actualInputs) throws SQLException {
    try (DuckDb a = new DuckDb(expected); DuckDb b = new DuckDb(actual)) {
      for (String table : TableSchemas.TABLES) {
        String left = relativeSources(a.table(table), expectedInputs);
        String right = relativeSources(b.table(table), actualInputs);
        long rows = a.count("SELECT count(*) FROM " + left);
        assertThat(b.count("SELECT count(*) FROM " + right)).as("rows in %s", table).isEqualTo(rows);
        assertThat(a.count(exceptAll(left, right))).as("rows of %s missing from %s", table, actual).isZero();
        assertThat(a.count(exceptAll(right, left))).as("rows of %s only in %s", table, actual).isZero();
      }
      assertThat(a.count("SELECT count(*) FROM " + a.table(TableSchemas.REPORTS))).as("reports in %s", expected).isPositive();
    }
  }

  private static String relativeSources(String table, String inputs) {
    return inputs.isEmpty() ? table
        : "(SELECT * REPLACE (replace(source_file, '" + inputs.replace("'", "''") + "', '') AS source_file) FROM " + table + ")";
  }

  private static String exceptAll(String left, String right) {
    return "SELECT count(*) FROM (SELECT * FROM " + left + " EXCEPT ALL SELECT * FROM " + right + ")";
  }
}
