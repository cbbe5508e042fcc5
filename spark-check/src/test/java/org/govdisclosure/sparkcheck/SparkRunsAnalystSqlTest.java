package org.govdisclosure.sparkcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * sql/measures.sql and sql/coverage.sql, unchanged, through Spark SQL and DuckDB over one run's output (the samples
 * and the crawled reports of the test corpus, which have non-zero applications and lawsuits): the same rows.
 */
class SparkRunsAnalystSqlTest {

  static final Path OUTPUT = Path.of(System.getProperty("output") + "-analyst");
  static final Path CRAWLED = Path.of(System.getProperty("corpus"), "flattened");
  static final String MEASURES = "SELECT * FROM measures ORDER BY report_id";
  static final String COVERAGE = "SELECT * FROM coverage ORDER BY province NULLS FIRST, year";

  static SparkTables spark;
  static DuckDbTables duckDb;

  @BeforeAll
  static void runPipelineAndRegisterViews() throws Exception {
    PipelineRun.run(List.of(SparkReadsOutputTest.SAMPLES.toAbsolutePath().normalize().toString(),
        CRAWLED.toAbsolutePath().normalize() + "/*.txt"), OUTPUT);
    spark = new SparkTables(OUTPUT);
    spark.registerAnalystViews(SparkReadsOutputTest.TABLES);
    duckDb = new DuckDbTables(OUTPUT);
    duckDb.registerAnalystViews(SparkReadsOutputTest.TABLES);
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
  void measuresAreTheRowsDuckDbGives() throws Exception {
    assertThat(spark.columns(MEASURES)).isEqualTo(duckDb.columns(MEASURES));
    List<List<Object>> rows = spark.rows(MEASURES);
    assertThat(rows).isEqualTo(duckDb.rows(MEASURES));
    int disclosureRate = spark.columns(MEASURES).indexOf("disclosure_rate");
    int perItem = spark.columns(MEASURES).indexOf("procurement_yuan_per_item");
    assertThat(rows).as("rates and nulls both").anyMatch(r -> r.get(disclosureRate) instanceof Double)
        .anyMatch(r -> r.get(disclosureRate) == null).anyMatch(r -> r.get(perItem) instanceof Double);
  }

  @Test
  void coverageIsTheRowsDuckDbGives() throws Exception {
    assertThat(spark.columns(COVERAGE)).isEqualTo(duckDb.columns(COVERAGE));
    assertThat(spark.rows(COVERAGE)).isEqualTo(duckDb.rows(COVERAGE)).isNotEmpty();
  }
}
