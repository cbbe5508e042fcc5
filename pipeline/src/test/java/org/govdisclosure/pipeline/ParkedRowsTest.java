package org.govdisclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.jupiter.api.Test;

/** A report whose rows wait in a local file reads as the report it was, through the coder too, while its run lasts. */
class ParkedRowsTest {

  private static ReportRows report(String id, String... tablesAndRows) {
    Map<String, byte[]> tables = new LinkedHashMap<>();
    for (int i = 0; i < tablesAndRows.length; i += 2) {
      tables.put(tablesAndRows[i], tablesAndRows[i + 1].getBytes(StandardCharsets.UTF_8));
    }
    byte[] common = ("common columns of " + id).getBytes(StandardCharsets.UTF_8);
    return new ReportRows(id, "/in/" + id + ".html", new String("year=2023/county_code=110101"), common, tables);
  }

  /** A report's rows per table, as text in their order: arrays compare by identity. */
  private static Map<String, String> text(ReportRows report) {
    Map<String, String> tables = new LinkedHashMap<>();
    report.tables().forEach((table, rows) -> tables.put(table, new String(rows, StandardCharsets.UTF_8)));
    return tables;
  }

  @Test
  void parkedRowsReadAsTheRowsGivenInTheirOrder() throws Exception {
    ReportRows first = report("a", "reports", "report row", "applications", "", "checks", "two check rows");
    ReportRows second = report("b", "reports", "another report row");
    try (ParkedRows file = ParkedRows.create()) {
      ReportRows parkedFirst = file.park(first);
      ReportRows parkedSecond = file.park(second);

      assertThat(parkedFirst.tables()).isInstanceOf(ParkedTables.class);
      assertThat(text(parkedFirst)).isEqualTo(text(first));
      assertThat(parkedFirst.tables().keySet()).containsExactly("reports", "applications", "checks");
      assertThat(parkedFirst.tables().get("checks")).asString(StandardCharsets.UTF_8).isEqualTo("two check rows");
      assertThat(parkedFirst.tables().get("proactive")).isNull();
      assertThat(parkedFirst.tables().containsKey("proactive")).isFalse();
      assertThat(text(parkedSecond)).isEqualTo(Map.of("reports", "another report row"));
      assertThat(parkedFirst.commonColumns()).isEqualTo(first.commonColumns());
      assertThat(parkedSecond.commonColumns()).isEqualTo(second.commonColumns());
      assertThat(parkedSecond.partition()).isEqualTo(second.partition()).isSameAs(parkedFirst.partition());
      assertThat(file.park(parkedFirst)).isSameAs(parkedFirst);
      assertThat(parkedFirst.withOnly("checks", new byte[] {9}).commonColumns()).isEqualTo(first.commonColumns());
    }
  }

  @Test
  void theCoderCarriesWhereTheRowsLieNotTheRows() throws Exception {
    ReportRows report = report("a", "reports", "a report row ".repeat(20), "checks", "check rows ".repeat(40));
    try (ParkedRows file = ParkedRows.create()) {
      ReportRows parked = file.park(report);
      byte[] encoded = CoderUtils.encodeToByteArray(ReportRowsCoder.of(), parked);
      ReportRows decoded = CoderUtils.decodeFromByteArray(ReportRowsCoder.of(), encoded);

      assertThat(decoded.tables()).isInstanceOf(ParkedTables.class);
      assertThat(text(decoded)).isEqualTo(text(report));
      assertThat(decoded.commonColumns()).isEqualTo(report.commonColumns());
      assertThat(new String(encoded, StandardCharsets.UTF_8)).doesNotContain("common columns");
      assertThat(List.of(decoded.reportId(), decoded.sourceFile(), decoded.partition()))
          .isEqualTo(List.of(report.reportId(), report.sourceFile(), report.partition()));
      assertThat(encoded.length).isLessThan(CoderUtils.encodeToByteArray(ReportRowsCoder.of(), report).length);
    }
  }

  @Test
  void theFileIsDeletedWithItsRunAndItsReportsCannotBeReadAfter() throws Exception {
    ParkedRows file = ParkedRows.create();
    ReportRows parked = file.park(report("a", "reports", "report row"));
    byte[] encoded = CoderUtils.encodeToByteArray(ReportRowsCoder.of(), parked);
    file.close();

    assertThat(Files.exists(Path.of(file.path()))).isFalse();
    assertThatThrownBy(() -> CoderUtils.decodeFromByteArray(ReportRowsCoder.of(), encoded)).hasMessageContaining("its run has ended");
  }
}
