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
}
