package org.govdisclosure.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.govdisclosure.schemas.TableSchemas;

/**
 * The views analysts query, in a DuckDB connection over an output folder: one view per table, named like it, and the
 * views of {@code sql/measures.sql} and {@code sql/coverage.sql} (packaged as resources) on top of them.
 */
final class AnalystViews {

  /** The SQL files shipped at the top of the repository, in the order they are run. */
  static final List<String> SQL_FILES = List.of("measures.sql", "coverage.sql");

  private AnalystViews() {}

  /** Registers every table of {@code output} and the analysts' views in {@code duckDb}. */
  static void register(Connection duckDb, Path output) throws SQLException {
    try (Statement st = duckDb.createStatement()) {
      for (String table : TableSchemas.TABLES) {
        st.execute("CREATE OR REPLACE TEMPORARY VIEW " + table + " AS SELECT * FROM " + parquet(output, table));
      }
      for (String file : SQL_FILES) {
        st.execute(sql(file));
      }
    }
  }

  /** A table as the README tells users to read it: {@code county_code} as text, {@code year} as an integer. */
  static String parquet(Path output, String table) {
    return "read_parquet('" + output.resolve(table).toString().replace("'", "''") + "/**/*.parquet', "
        + "hive_partitioning = true, hive_types = {'year': INTEGER, 'county_code': VARCHAR})";
  }

  /** The text of one of {@link #SQL_FILES}. */
  static String sql(String file) {
    try (InputStream in = AnalystViews.class.getResourceAsStream("/sql/" + file)) {
      if (in == null) {
        throw new IllegalStateException("sql/" + file + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
