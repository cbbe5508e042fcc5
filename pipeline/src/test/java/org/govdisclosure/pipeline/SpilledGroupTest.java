package org.govdisclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.govdisclosure.schemas.TableSchemas;
import org.junit.jupiter.api.Test;

/** A write group's reports come back whole, in the order their rows are written, and leave no file behind. */
class SpilledGroupTest {

  private static ReportRows report(String file, String partition, String table, int size) {
    byte[] rows = new byte[size];
    rows[size - 1] = (byte) file.hashCode();
    return new ReportRows("id-" + file, file, partition, new byte[] {7, (byte) size}, Map.of(table, rows));
  }

  @Test
  void readsBackByPartitionThenSourceFileWithAReportBeforeItsChecks() throws Exception {
    String a = "year=2020/county_code=330206";
    String b = "year=0/county_code=000000";
    // As a runner may hand them over: in no order, a check's rows before the report they belong to.
    List<ReportRows> delivered = List.of(
        report("/in/c.html", a, TableSchemas.REPORTS, 10),
        report("/in/b.txt", a, TableSchemas.CHECKS, 3),
        report("/in/z.docx", b, TableSchemas.REPORTS, 70_000),
        report("/in/b.txt", a, TableSchemas.REPORTS, 5),
        report("/in/年报.pdf", b, TableSchemas.REPORTS, 1));
    List<ReportRows> read = new ArrayList<>();
    Path spill;
    try (SpilledGroup group = SpilledGroup.of(delivered)) {
      for (SpilledGroup.Entry entry : group.inOrder()) {
        read.add(group.read(entry));
      }
      spill = group.file();
      assertThat(group.spilledBytes()).isPositive();
      assertThat(spill).as("unlinked while open: a killed run leaves no spill file").doesNotExist();
    }

    assertThat(read).extracting(r -> r.partition() + " " + r.sourceFile() + " " + r.tables().keySet()).containsExactly(
        b + " /in/z.docx [reports]",
        b + " /in/年报.pdf [reports]",
        a + " /in/b.txt [reports]",
        a + " /in/b.txt [checks]",
        a + " /in/c.html [reports]");
    for (ReportRows r : read) {
      ReportRows sent = delivered.stream().filter(d -> d.sourceFile().equals(r.sourceFile()) && d.tables().keySet().equals(r.tables().keySet()))
          .findFirst().orElseThrow();
      assertThat(r).usingRecursiveComparison().isEqualTo(sent);
    }
    assertThat(spill).doesNotExist();
  }

  @Test
  void anEmptyGroupReadsNothing() throws Exception {
    try (SpilledGroup group = SpilledGroup.of(List.of())) {
      assertThat(group.inOrder()).isEmpty();
    }
  }
}
