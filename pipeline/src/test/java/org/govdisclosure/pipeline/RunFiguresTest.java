package org.govdisclosure.pipeline;

import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunFiguresTest {

  @Test
  void drawsEveryMeasureFromOneReadingOfTheMeasuresView() throws Exception {
    try (Connection duckDb = DriverManager.getConnection("jdbc:duckdb:"); Statement st = duckDb.createStatement()) {
      // A view that reads differently each time it is read: from one reading, every measure has the same values.
      st.execute("CREATE TEMPORARY VIEW measures AS SELECT "
          + RunFigures.MEASURES.keySet().stream().map(column -> "r AS " + column).collect(joining(", "))
          + " FROM (SELECT random() AS r FROM range(20))");

      Map<String, List<Double>> measures = RunFigures.measures(st);

      assertThat(measures).containsOnlyKeys(RunFigures.MEASURES.keySet());
      assertThat(new HashSet<>(measures.values())).hasSize(1);
      assertThat(measures.values().iterator().next()).hasSize(20).isSorted();
    }
  }

  @Test
  void theExamplesOfAWarningAreTheSameWhateverOrderItsRowsComeIn() throws Exception {
    try (Connection duckDb = DriverManager.getConnection("jdbc:duckdb:"); Statement st = duckDb.createStatement()) {
      // One file's warnings tie on the file: they come in the order read, which varies between Parquet files.
      st.execute("CREATE TEMPORARY TABLE reports AS SELECT 'in/a.txt' AS source_file, "
          + "[{'code': 'short_row', 'message': 'row 3'}, {'code': 'short_row', 'message': 'row 1'}, "
          + "{'code': 'short_row', 'message': 'row 2'}, {'code': 'short_row', 'message': 'row 0'}] AS warnings");

      List<RunFigures.Code> codes = RunFigures.warnings(st, "substr(source_file, 4)");

      assertThat(codes).containsExactly(new RunFigures.Code("short_row", 4, List.of("a.txt: row 0", "a.txt: row 1", "a.txt: row 2")));
    }
  }
}
