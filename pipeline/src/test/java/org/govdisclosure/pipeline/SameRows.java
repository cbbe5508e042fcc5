package org.govdisclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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
   * is compared without each run's input prefix. The time OCR took ({@code reports.ocr_millis}) varies from run to run:
   * only whether there is one is compared.
   */
  static void assertSameTables(Path expected, String expectedInputs, Path actual, String actualInputs) throws SQLException {
    try (DuckDb a = new DuckDb(expected); DuckDb b = new DuckDb(actual)) {
      for (String table : TableSchemas.TABLES) {
        String left = comparable(a.table(table), table, expectedInputs);
        String right = comparable(b.table(table), table, actualInputs);
        long rows = a.count("SELECT count(*) FROM " + left);
        assertThat(b.count("SELECT count(*) FROM " + right)).as("rows in %s", table).isEqualTo(rows);
        assertThat(a.count(exceptAll(left, right))).as("rows of %s missing from %s", table, actual).isZero();
        assertThat(a.count(exceptAll(right, left))).as("rows of %s only in %s", table, actual).isZero();
      }
      assertThat(a.count("SELECT count(*) FROM " + a.table(TableSchemas.REPORTS))).as("reports in %s", expected).isPositive();
    }
  }

  private static String comparable(String from, String table, String inputs) {
    List<String> replaced = new ArrayList<>();
    if (!inputs.isEmpty()) {
      replaced.add("replace(source_file, '" + inputs.replace("'", "''") + "', '') AS source_file");
    }
    if (table.equals(TableSchemas.REPORTS)) {
      replaced.add("ocr_millis IS NOT NULL AS ocr_millis");
    }
    return replaced.isEmpty() ? from : "(SELECT * REPLACE (" + String.join(", ", replaced) + ") FROM " + from + ")";
  }

  private static String exceptAll(String left, String right) {
    return "SELECT count(*) FROM (SELECT * FROM " + left + " EXCEPT ALL SELECT * FROM " + right + ")";
  }
}
