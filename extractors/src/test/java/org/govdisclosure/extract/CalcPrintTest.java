package org.govdisclosure.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A sheet wider than its paper as LibreOffice Calc prints it (see the README beside the fixture). */
class CalcPrintTest {

  private static final Path PDF = Path.of("src/test/resources/formats/calc-print/wide-gen-305.pdf");

  private static Map<String, Object> row(ProcessedReport r, String table, String keyColumn, String key) {
    return r.tables().get(table).stream().filter(m -> key.equals(m.get(keyColumn))).findFirst().orElseThrow();
  }

  /**
   * The columns Calc printed on later pages (section 三's 总计, section 四's 复议后起诉) are read beside the rows they
   * continue, the last count of a page too (no page number); labels Calc cut at their column's edge are their rows.
   */
  @Test
  void aWideSheetPrintedByCalcIsReadWithItsLaterPagesColumns() throws Exception {
    ProcessedReport r = ReportProcessor.withRegistered().process(PDF.getFileName().toString(), Files.readAllBytes(PDF));
    assertThat(row(r, "applications", "row_key", "new_received")).containsEntry("natural_person", 15).containsEntry("social_welfare_org", 9)
        .containsEntry("total", 24);
    assertThat(row(r, "applications", "row_key", "unavailable_not_held")).containsEntry("natural_person", 12).containsEntry("total", 21);
    assertThat(row(r, "applications", "row_key", "withheld_law_forbidden")).containsEntry("natural_person", 3).containsEntry("total", 3);
    assertThat(row(r, "applications", "row_key", "total")).containsEntry("social_welfare_org", 21).containsEntry("total", 45);
    assertThat(row(r, "applications", "row_key", "carried_forward")).containsEntry("total", 0);
    assertThat(row(r, "review_litigation", "proceeding", "litigation_after_review")).containsEntry("upheld", 9).containsEntry("other", 9)
        .containsEntry("total", 18);
    assertThat(r.tables().get("checks")).noneMatch(c -> "fail".equals(c.get("status")));
  }
}
