package org.govdisclosure.sparkcheck;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The same files through DuckDB: an independent reader that gives the values Spark must agree with. */
final class DuckDbTables implements AutoCloseable {

  private final Connection connection;
  private final Path output;

  DuckDbTables(Path output) throws SQLException {
    this.connection = DriverManager.getConnection("jdbc:duckdb:");
    this.output = output;
  }

  private String table(String name) {
    return "read_parquet('" + output.resolve(name) + "/**/*.parquet', hive_partitioning = true, "
        + "hive_types = {'year': INTEGER, 'county_code': VARCHAR})";
  }

  long count(String name) throws SQLException {
    return Long.parseLong(column("SELECT count(*) FROM " + table(name)).get(0));
  }

  /** Registers every table as a view named like it, then runs the analysts' SQL files over them. */
  void registerAnalystViews(List<String> tables) throws Exception {
    try (Statement st = connection.createStatement()) {
      for (String name : tables) {
        st.execute("CREATE OR REPLACE TEMPORARY VIEW " + name + " AS SELECT * FROM " + table(name));
      }
      for (String sql : AnalystSql.statements()) {
        st.execute(sql);
      }
    }
  }

  /** The rows of a query, each cell as {@link AnalystSql#value}. */
  List<List<Object>> rows(String sql) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int c = 1; c <= columns; c++) {
          row.add(AnalystSql.value(rs.getObject(c)));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  /** The column names of a query. */
  List<String> columns(String sql) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
        names.add(rs.getMetaData().getColumnName(c));
      }
    }
    return names;
  }

  /** Every row's {@code year/county_code}. */
  List<String> partitions(String name) throws SQLException {
    return column("SELECT year || '/' || county_code FROM " + table(name));
  }

  /** Every row's issuer: {@code organization|department|sector|division_code|division_level}, nulls as empty. */
  List<String> issuers(String name) throws SQLException {
    return column("SELECT concat_ws('|', coalesce(organization, ''), coalesce(department, ''), coalesce(sector, ''), "
        + "coalesce(division_code, ''), coalesce(division_level, '')) FROM " + table(name));
  }

  /** Every warning of every report as {@code code: message}. */
  List<String> warnings() throws SQLException {
    return column("SELECT w.code || ': ' || w.message FROM (SELECT unnest(warnings) AS w FROM "
        + table("reports") + ")");
  }

  private List<String> column(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
