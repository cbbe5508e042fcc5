package org.govdisclosure.sparkcheck;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the pipeline on the bundled samples and reads every table back with Spark, checked against DuckDB. */
class SparkReadsOutputTest {

  static final List<String> TABLES = List.of("reports", "procurement", "proactive", "applications", "review_litigation", "checks");
  static final Path SAMPLES = Path.of(System.getProperty("samples"));
  static final Path OUTPUT = Path.of(System.getProperty("output"));

  static SparkTables spark;
  static DuckDbTables duckDb;

  @BeforeAll
  static void runPipelineAndOpenReaders() throws Exception {
    PipelineRun.run(SAMPLES, OUTPUT);
    spark = new SparkTables(OUTPUT);
    duckDb = new DuckDbTables(OUTPUT);
  }

  @AfterAll
  static void closeReaders() throws Exception {
    if (duckDb != null) {
      duckDb.close();
    }
    if (spark != null) {
      spark.close();
    }
  }

  @Test
  void everyTableHasTheRowsAndPartitionsDuckDbSees() throws Exception {
    for (String table : TABLES) {
      Dataset<Row> rows = spark.table(table);
      assertThat(rows.count()).as(table).isEqualTo(duckDb.count(table)).isPositive();
      assertThat(rows.select(concat_ws("/", col("year"), col("county_code"))).as(Encoders.STRING()).collectAsList())
          .as(table).containsExactlyInAnyOrderElementsOf(duckDb.partitions(table));
    }
  }

  @Test
  void everySampleHasOneReportRow() throws Exception {
    try (Stream<Path> files = Files.list(SAMPLES)) {
      assertThat(spark.table("reports").count()).isEqualTo(files.count());
    }
  }

  @Test
  void moneyIsAnExactDecimal() {
    Dataset<Row> procurement = spark.table("procurement");
    assertThat(type(procurement, "amount_yuan")).isEqualTo(DataTypes.createDecimalType(20, 2));
    assertThat(procurement.select("amount_yuan").as(Encoders.DECIMAL()).collectAsList())
        .containsExactlyInAnyOrder(new BigDecimal("709929.60"), new BigDecimal("1160000.00"),
            new BigDecimal("3006000.00"), new BigDecimal("650000.00"));
  }

  @Test
  void proactiveItemsKeepSignedCountsAndExactFees() {
    Dataset<Row> proactive = spark.table("proactive");
    assertThat(type(proactive, "fee_yuan")).isEqualTo(DataTypes.createDecimalType(20, 2));
    assertThat(type(proactive, "items_change")).isEqualTo(DataTypes.IntegerType);
    assertThat(proactive.where("item = 'administrative_fees' AND fee_yuan IS NOT NULL").select("fee_yuan").as(Encoders.DECIMAL())
        .collectAsList()).containsExactly(new BigDecimal("0.00"));
    assertThat(proactive.where("item = 'other_management_services' AND items_change = 8 AND decisions = 78500").count()).isOne();
    assertThat(proactive.where("item = 'published_total'").select("published_count").as(Encoders.INT()).collectAsList())
        .containsExactly(337);
    assertThat(proactive.where("item = 'rules' AND new_made IS NULL AND issued IS NULL").count()).isZero();
  }

  @Test
  void partitionColumnsKeepTheirDigitsAsText() {
    for (String table : TABLES) {
      Dataset<Row> rows = spark.table(table);
      assertThat(type(rows, "county_code")).as(table).isEqualTo(DataTypes.StringType);
      assertThat(type(rows, "year")).as(table).isEqualTo(DataTypes.StringType);
      assertThat(rows.select("county_code").as(Encoders.STRING()).collectAsList()).as(table)
          .allMatch(code -> code.matches("\\d{6}"));
      assertThat(rows.select("year").as(Encoders.STRING()).collectAsList()).as(table)
          .allMatch(year -> year.matches("\\d{4}"));
    }
  }

  @Test
  void everyRowSaysWhoPublishedItAsDuckDbReadsIt() throws Exception {
    for (String table : TABLES) {
      Dataset<Row> rows = spark.table(table);
      for (String column : List.of("organization", "department", "sector", "division_code", "division_level")) {
        assertThat(type(rows, column)).as(table + "." + column).isEqualTo(DataTypes.StringType);
      }
      List<String> issuers = rows.select(concat_ws("|", coalesce(col("organization"), lit("")),
              coalesce(col("department"), lit("")), coalesce(col("sector"), lit("")),
              coalesce(col("division_code"), lit("")), coalesce(col("division_level"), lit(""))))
          .as(Encoders.STRING()).collectAsList();
      assertThat(issuers).as(table).containsExactlyInAnyOrderElementsOf(duckDb.issuers(table));
    }
    assertThat(spark.table("reports").where("division_level = 'township' AND length(division_code) = 9 "
        + "AND division_code LIKE concat(county_code, '%') AND sector = 'government'").count())
        .isEqualTo(spark.table("reports").count());
  }

  @Test
  void warningsAreAListOfCodeAndMessage() throws Exception {
    Dataset<Row> reports = spark.table("reports");
    StructType warning = (StructType) ((ArrayType) type(reports, "warnings")).elementType();
    assertThat(warning.fieldNames()).containsExactly("code", "message");
    assertThat(warning.fields()).allMatch(f -> f.dataType().equals(DataTypes.StringType));
    List<String> warnings = reports.select(explode(col("warnings")).as("w"))
        .select(concat_ws(": ", col("w.code"), col("w.message"))).as(Encoders.STRING()).collectAsList();
    assertThat(warnings).containsExactlyInAnyOrderElementsOf(duckDb.warnings());
  }

  private static DataType type(Dataset<Row> rows, String column) {
    return rows.schema().apply(column).dataType();
  }
}
