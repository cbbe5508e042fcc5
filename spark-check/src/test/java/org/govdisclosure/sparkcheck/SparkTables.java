package org.govdisclosure.sparkcheck;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Reads the pipeline's output with Spark in local mode, the way the README tells analysts to. */
final class SparkTables implements AutoCloseable {

  private final SparkSession spark;
  private final Path output;

  SparkTables(Path output) {
    this.output = output;
    this.spark = SparkSession.builder()
        .appName("spark-check")
        .master("local[2]")
        // Loopback only: the machine's host name need not resolve, and nothing should listen outside.
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        // Otherwise county_code=330112 becomes an integer (and a leading zero would be lost).
        .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false")
        .getOrCreate();
  }

  /** One table with its partition columns year and county_code. */
  Dataset<Row> table(String name) {
    String dir = output.resolve(name).toString();
    return spark.read().option("basePath", dir).parquet(dir);
  }

  /** Registers every table as a temporary view named like it, then runs the analysts' SQL files over them. */
  void registerAnalystViews(List<String> tables) throws IOException {
    for (String name : tables) {
      table(name).createOrReplaceTempView(name);
    }
    for (String sql : AnalystSql.statements()) {
      spark.sql(sql);
    }
  }

  /** The rows of a query, each cell as {@link AnalystSql#value}. */
  List<List<Object>> rows(String sql) {
    List<List<Object>> rows = new ArrayList<>();
    for (Row row : spark.sql(sql).collectAsList()) {
      List<Object> values = new ArrayList<>();
      for (int c = 0; c < row.size(); c++) {
        values.add(AnalystSql.value(row.get(c)));
      }
      rows.add(values);
    }
    return rows;
  }

  /** The column names of a query. */
  List<String> columns(String sql) {
    return List.of(spark.sql(sql).columns());
  }

  @Override
  public void close() {
    spark.stop();
  }
}
