package org.govdisclosure.extract.prose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TableRemnantTest {

  @Test
  void aRowsCellsWithTheirBlanksFoldedAwayAreTableText() {
    assertThat(TableRemnant.in("1.本机关不掌握----0件0件-")).isTrue(); // none marks beside the counts
    assertThat(TableRemnant.in("1.本机关不掌握0件0件")).isTrue(); // blank cells folded away
    assertThat(TableRemnant.in("1.本机关不掌握------0件")).isTrue();
    assertThat(TableRemnant.in("予以公开1件3件0件")).isTrue();
  }

  @Test
  void aCsvRowsEmptyCellsAreTableText() {
    assertThat(TableRemnant.in("行政复议,,,,,行政诉讼,,,,复议后起诉,,,,总计0件,0,2件,0件,2")).isTrue();
    assertThat(TableRemnant.in("行政复议0件,行政诉讼2件,其中复议后起诉1件。")).isFalse();
  }

  @Test
  void aSentencesCountsAreNot() {
    assertThat(TableRemnant.in("本机关不掌握相关政府信息的0件,予以公开3件。")).isFalse();
    assertThat(TableRemnant.in("无法提供——0件。")).isFalse();
    assertThat(TableRemnant.in("2021年共收到申请12件。")).isFalse();
    assertThat(TableRemnant.in("本年度办理结果中,予以公开3件,部分公开1件。")).isFalse();
  }

  @Test
  void aGroupLabelOfTheTableIs() {
    assertThat(TableRemnant.in("三、本年度办理结果(一)予以公开3件")).isTrue();
  }
}
