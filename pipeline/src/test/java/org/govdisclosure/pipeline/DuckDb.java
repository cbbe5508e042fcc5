package org.govdisclosure.pipeline;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the pipeline's output the way analysts do: DuckDB over the Hive-partitioned Parquet files. */
final class DuckDb implements AutoCloseable {

  private final Connection connection;
  private final Path output;

  DuckDb(Path output) throws SQLException {
    this.connection = DriverManager.getConnection("jdbc:duckdb:");
    this.output = output;
  }

  /** The table as the README tells users to read it. */
  String table(String name) {
    return AnalystViews.parquet(output, name);
  }

  /** Registers the tables as views named like them and the views of sql/*.sql, as an analyst would. */
  DuckDb withAnalystViews() throws SQLException {
    AnalystViews.register(connection, output);
    return this;
  }

  List<Map<String, Object>> query(String sql) throws SQLException {
    List<Map<String, Object>> rows = new ArrayList<>();
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      ResultSetMetaData md = rs.getMetaData();
      while (rs.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int c = 1; c <= md.getColumnCount(); c++) {
          row.put(md.getColumnName(c), rs.getObject(c));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  long count(String sql) throws SQLException {
    return ((Number) query(sql).get(0).values().iterator().next()).longValue();
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
