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
  /**
   * antiword prints a Word table's cells between pipes, each column as wide as in the document: the blank columns
   * before a cell's pipe are padding inside one table, and a pipe is no label of a right half.
   */
  @Test
  void pipesBetweenPaddedCellsAreOneTableNotTwoHalves() {
    List<String> lines = List.of("|一、本年新收政府信息公开申请数量  |131   |81    |263   |",
        "|二、上年结转政府信息公开申请数量  |0     |0     |0     |", "|（一）予以公开                    |12    |4     |16    |",
        "|（七）总计                        |131   |79    |261   |");
    assertThat(SideBySideHalves.apart(lines)).isSameAs(lines);
  }
}
