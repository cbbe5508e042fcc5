package org.govdisclosure.extract.section;

import static org.assertj.core.api.Assertions.assertThat;

import org.govdisclosure.extract.AllocatedBytes;
import org.junit.jupiter.api.Test;

class SectionsTest {

  @Test
  void headingsOpenWithANumeralAMarkedSeparatorOrATitle() {
    assertThat(Sections.isHeading("三、收到和处理政府信息公开申请情况")).isTrue();
    assertThat(Sections.isHeading("、收到和处理政府信息公开申请情况")).isTrue();
    assertThat(Sections.isHeading(":、收到和处理政府信息公开申请情况")).isTrue();
    assertThat(Sections.isHeading("\"政府信息公开行政复议、行政诉讼情况")).isTrue();
    assertThat(Sections.isHeading("政府信息公开行政复议、行政诉讼情况")).isTrue();
    assertThat(Sections.isHeading("\uD83D\uDE00、主动公开政府信息情况")).isTrue(); // a mark outside the BMP before the 、
    assertThat(Sections.isHeading("本机关主动公开政府信息情况")).isFalse();
    assertThat(Sections.isHeading("三、其他")).isFalse();
  }

  /** Every paragraph of a report is asked: one that opens as no heading can is told without a matcher. */
  @Test
  void aSentenceIsToldNoHeadingWithoutAllocating() {
    assertThat(AllocatedBytes.perCall(2_000, () -> (Sections.isHeading("本机关全年共收到政府信息公开申请12件。") ? 1 : 0)
        + (Sections.isHeading("（一）予以公开") ? 2 : 0))).isZero();
  }
}
