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
    try (DuckDb a = new DuckDb(expected); DuckDb b = new DuckDb(actual)) {
      for (String table : TableSchemas.TABLES) {
        long rows = a.count("SELECT count(*) FROM " + a.table(table));
        assertThat(b.count("SELECT count(*) FROM " + b.table(table))).as("rows in %s", table).isEqualTo(rows);
        assertThat(a.count(exceptAll(a.table(table), b.table(table)))).as("rows of %s missing from %s", table, actual).isZero();
        assertThat(a.count(exceptAll(b.table(table), a.table(table)))).as("rows of %s only in %s", table, actual).isZero();
      }
      assertThat(a.count("SELECT count(*) FROM " + a.table(TableSchemas.REPORTS))).as("reports in %s", expected).isPositive();
    }
  }

  private static String exceptAll(String left, String right) {
    return "SELECT count(*) FROM (SELECT * FROM " + left + " EXCEPT ALL SELECT * FROM " + right + ")";
  }
}
