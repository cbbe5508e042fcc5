package org.govdisclosure.extract.prose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Values listed after their names are paired out one to one, or the sentence is left as printed. */
class RespectivelyTest {

  @Test
  void namesAndValuesArePairedOneToOne() {
    assertThat(Respectively.paired("其中自然人、商业企业分别为8件、4件")).isEqualTo("其中自然人8件,商业企业4件");
    assertThat(Respectively.paired("维持、纠正和其他分别是2、1、0件")).isEqualTo("维持2件,纠正1件,其他0件");
    // 以及 before the last name parts it whole (the leftmost break), leaving no 以 on the name before
    assertThat(Respectively.paired("自然人以及商业企业分别为3件、2件")).isEqualTo("自然人3件,商业企业2件");
    assertThat(Respectively.paired("自然人、商业企业、科研机构分别为3件、2件")).isEqualTo("自然人、商业企业、科研机构分别为3件、2件");
  }

  @Test
  void valuesInChineseNumeralsArePairedAsTheirCounts() {
    assertThat(Respectively.paired("自然人、商业企业、总计分别为零、十二、十二件")).isEqualTo("自然人0件,商业企业12件,总计12件");
  }

  @Test
  void aVerbBetweenTheMarkAndTheValuesGoesWithEachNameOrTheListIsNotRead() {
    assertThat(Respectively.paired("自然人和商业企业分别提出申请7件、2件")).isEqualTo("自然人提出申请7件,商业企业提出申请2件");
    // one name for two values: whose is which is unknown, and 收到申请 before them must not make the first the whole's
    assertThat(Respectively.paired("行政复议分别收到申请7件、2件。")).isEqualTo("。");
    assertThat(Respectively.paired("共收到申请8件,甲、乙、丙分别收到申请7件、1件")).isEqualTo("共收到申请8件,");
  }

  @Test
  void namesEachGivenTheirValueAfterTheMarkKeepTheirValues() {
    assertThat(Respectively.paired("共收到申请8件,分别为自然人7件、法人或其他组织1件"))
        .isEqualTo("共收到申请8件,自然人7件、法人或其他组织1件");
  }
}
