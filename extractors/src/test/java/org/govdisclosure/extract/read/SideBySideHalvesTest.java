package org.govdisclosure.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.govdisclosure.extract.AllocatedBytes;
import org.junit.jupiter.api.Test;

class SideBySideHalvesTest {

  /**
   * Every line of a plain text is asked: a text printing no label after values two spaces on (one cell a line, or
   * tabbed) is the same lines, looked at without a matcher or a copy.
   */
  @Test
  void linesPrintingNoLabelAfterValuesAreLeftWithoutAllocating() {
    List<String> lines = List.of("三、收到和处理政府信息公开申请情况", "（一）予以公开", "3", "", "（二）部分公开\t0\t1", "自然人 3 件");
    assertThat(SideBySideHalves.apart(lines)).isSameAs(lines);
    assertThat(AllocatedBytes.perCall(2_000, () -> SideBySideHalves.apart(lines) == lines ? 1 : 0)).isZero();
  }
}
