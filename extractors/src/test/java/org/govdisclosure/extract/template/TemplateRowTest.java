package org.govdisclosure.extract.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.govdisclosure.extract.AllocatedBytes;
import org.junit.jupiter.api.Test;

class TemplateRowTest {

  /** Every label is measured against every row of the template: the rows' phrases are looked at without an iterator. */
  @Test
  void aLabelIsMeasuredWithoutAllocating() {
    TemplateRow row = new TemplateRow("甲.乙", RowRole.DETAIL, List.of("甲乙丙", "乙丙"), List.of("甲乙丙丁"), List.of("丙丁戊"), null, null, null);
    assertThat(AllocatedBytes.perCall(2_000, () -> row.matchLength("一、甲乙丙丁戊"))).isZero();
    assertThat(row.matchLength("一、甲乙丙丁戊")).isEqualTo(3);
    assertThat(row.matchLength("甲乙丙丁")).isEqualTo(3);
    assertThat(row.matchLength("丁")).isZero();
  }
}
