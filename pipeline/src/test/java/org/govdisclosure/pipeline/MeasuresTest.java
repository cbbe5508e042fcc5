package org.govdisclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * sql/measures.sql and sql/coverage.sql in DuckDB over a real run's output ({@link AnalystRun}). Every expected
 * measure is computed from the reports' gold by {@link ExpectedMeasures}.
 */
class MeasuresTest {

  static AnalystRun run;
  static DuckDb db;

  @BeforeAll
  static void openOutput() throws Exception {
    run = AnalystRun.get();
    db = new DuckDb(run.output).withAnalystViews();
  }

  @AfterAll
  static void close() throws Exception {
    db.close();
  }

  /** Applications in every group, one withheld cell blank; a lawsuit; procurement of 0 items. */
  static SyntheticReport blankCells() {
    Map<String, Integer> rows = new HashMap<>(zeroRows());
    rows.putAll(Map.of("new_received", 10, "carried_over", 2, "granted", 5, "partially_granted", 1,
        "withheld_third_party", 2, "unavailable_not_held", 1, "total", 9, "carried_forward", 3));
    rows.put("withheld_process_info", null);
    return SyntheticReport.of("测试县空格局", 2020, rows, List.of(1, 1, 0, 0, 2, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0), 0, "0");
  }

  /** 新收 + 上年结转 ≠ 总计 + 结转下年度: a failed check; no review or lawsuit at all. */
  static SyntheticReport unbalanced() {
    Map<String, Integer> rows = new HashMap<>(zeroRows());
    rows.putAll(Map.of("new_received", 4, "granted", 4, "total", 4, "carried_forward", 1));
    return SyntheticReport.of("测试县不平局", 2020, rows, List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), 3, "1000");
  }

  private static Map<String, Integer> zeroRows() {
    Map<String, Integer> rows = new HashMap<>();
    for (String key : List.of("new_received", "carried_over", "granted", "partially_granted", "withheld_state_secret",
        "withheld_law_forbidden", "withheld_safety_stability", "withheld_third_party", "withheld_internal_affairs",
        "withheld_process_info", "withheld_enforcement_files", "withheld_query_matters", "unavailable_not_held",
        "unavailable_needs_creation", "unavailable_unclear", "not_processed_petition", "not_processed_duplicate",
        "not_processed_publication", "not_processed_excessive", "not_processed_confirm", "other", "total", "carried_forward")) {
      rows.put(key, 0);
    }
    return rows;
  }

  private static Map<String, Map<String, Object>> measuresByFile() throws Exception {
    Map<String, Map<String, Object>> byFile = new TreeMap<>();
    for (Map<String, Object> row : db.query("SELECT * FROM measures")) {
      byFile.put(Path.of((String) row.get("source_file")).getFileName().toString(), row);
    }
    return byFile;
  }

  @Test
  void everyMeasureEqualsTheValueComputedFromTheGold() throws Exception {
    Map<String, Map<String, Object>> measures = measuresByFile();
    assertThat(measures.keySet()).containsExactlyInAnyOrderElementsOf(run.gold.keySet());
    for (var report : run.gold.entrySet()) {
      Map<String, Object> actual = measures.get(report.getKey());
      ExpectedMeasures.of(report.getValue()).forEach((column, expected) -> {
        Object value = actual.get(column);
        String what = report.getKey() + " " + column;
        if (expected == null) {
          assertThat(value).as(what).isNull();
        } else if (expected instanceof Double d) {
          assertThat(value).as(what).isInstanceOf(Double.class);
          assertThat((Double) value).as(what).isCloseTo(d, within(1e-12));
        } else {
          assertThat(value).as(what).isNotNull();
          assertThat(((Number) value).longValue()).as(what).isEqualTo(((Number) expected).longValue());
        }
      });
    }
  }

  @Test
  void theSamplesCoverEveryKindOfValue() throws Exception {
    Map<String, Map<String, Object>> measures = measuresByFile();
    // Non-zero rates from crawled reports; zero denominators (seeds, 0 items) and blank operands give nulls.
    assertThat(measures.values()).anyMatch(m -> m.get("disclosure_rate") != null && m.get("lawsuits_per_100_applications") != null);
    assertThat(measures.values()).anyMatch(m -> m.get("review_correction_rate") != null && m.get("litigation_loss_rate") != null);
    Map<String, Object> blank = measures.get(blankCells().name());
    assertThat(blank.get("refusal_rate")).as("a blank withheld cell is not read as 0").isNull();
    assertThat(blank.get("unavailable_rate")).isEqualTo(1 / 9.0);
    assertThat(blank.get("procurement_yuan_per_item")).as("0 items").isNull();
    Map<String, Object> seed = measures.get("000_aee1c35d317719c9.txt");
    assertThat(((Number) seed.get("applications_received")).longValue()).isZero();
    assertThat(seed.get("disclosure_rate")).as("no application: 0 / 0").isNull();
  }

  @Test
  void reportsThatFailedTheirChecksAreFlaggedNotDropped() throws Exception {
    Map<String, Object> unbalanced = measuresByFile().get(unbalanced().name());
    assertThat((Integer) unbalanced.get("checks_failed")).isPositive();
    assertThat(unbalanced.get("status")).isIn("extracted", "partial");
    assertThat(unbalanced.get("carried_forward_share")).isEqualTo(0.25);
  }

  @Test
  void coverageCountsEveryReportRowOncePerProvinceAndYear() throws Exception {
    Map<String, Long> expected = new TreeMap<>();
    for (Map<String, Object> r : db.query("SELECT province, year, status FROM reports")) {
      expected.merge(r.get("province") + "/" + r.get("year") + "/" + r.get("status"), 1L, Long::sum);
    }
    Map<String, Long> actual = new TreeMap<>();
    long read = 0;
    for (Map<String, Object> c : db.query("SELECT * FROM coverage")) {
      for (String status : Arrays.asList("extracted", "partial", "unreadable", "not_a_report", "duplicate")) {
        long n = ((Number) c.get(status)).longValue();
        if (n > 0) {
          actual.put(c.get("province") + "/" + c.get("year") + "/" + status, n);
        }
      }
      read += ((Number) c.get("reports_read")).longValue();
    }
    assertThat(actual).isEqualTo(expected);
    assertThat(read).isEqualTo(db.count("SELECT count(*) FROM reports")).isEqualTo(run.inputs);
  }
}
