package org.govdisclosure.extract.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generator draws what the rendering test relies on: both templates, the identities, a share of broken tables. */
class GeneratedReportTest {

  private static final int SEEDS = 400;

  @Test
  void seedsDrawBothTemplatesAndATenthOfBrokenTables() {
    int template2021 = 0;
    int broken = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      GeneratedReport r = GeneratedReport.generate(seed);
      template2021 += r.template().equals("2021") ? 1 : 0;
      broken += r.violation() != null ? 1 : 0;
    }
    assertThat(template2021).isBetween(SEEDS / 3, 2 * SEEDS / 3);
    assertThat((double) broken / SEEDS).isBetween(GeneratedReport.VIOLATION_SHARE / 2, GeneratedReport.VIOLATION_SHARE * 2);
  }

  /** Unless a table was drawn broken, it satisfies every identity of sections 三 and 四. */
  @Test
  void unbrokenReportsSatisfyTheIdentities() {
    for (long seed = 0; seed < SEEDS; seed++) {
      GeneratedReport r = GeneratedReport.generate(seed);
      if (r.violation() != null) {
        continue;
      }
      Map<String, int[]> a = r.applications();
      List<TemplateRows.Row> rows = TemplateRows.applications(r.template());
      assertThat(a.keySet()).containsExactlyElementsOf(rows.stream().map(TemplateRows.Row::key).toList());
      for (int c = 0; c < 7; c++) {
        int column = c;
        int details = rows.stream().filter(TemplateRows.Row::isDetail).mapToInt(row -> a.get(row.key())[column]).sum();
        assertThat(details).as("seed %d column %d: detail rows = （七）总计", seed, c).isEqualTo(a.get("total")[c]);
        assertThat(a.get("new_received")[c] + a.get("carried_over")[c]).as("seed %d column %d: 一 + 二 = 三 + 四", seed, c)
            .isEqualTo(a.get("total")[c] + a.get("carried_forward")[c]);
      }
      for (Map.Entry<String, int[]> row : a.entrySet()) {
        int[] v = row.getValue();
        assertThat(v[0] + v[1] + v[2] + v[3] + v[4] + v[5]).as("seed %d %s: applicants = 总计", seed, row.getKey()).isEqualTo(v[6]);
      }
      int[] review = r.review();
      for (int p = 0; p < 3; p++) {
        assertThat(review[p * 5] + review[p * 5 + 1] + review[p * 5 + 2] + review[p * 5 + 3]).isEqualTo(review[p * 5 + 4]);
      }
    }
  }
}
