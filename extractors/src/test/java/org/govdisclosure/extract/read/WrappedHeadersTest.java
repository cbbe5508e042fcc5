package org.govdisclosure.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrappedHeadersTest {

  /**
   * A table's caption right above its header ({@code 表1 行政复议} over {@code 类别 数据1 …}) may stand over the names
   * as a wrapped header's first line would; it is no piece of the header, whose names stay as printed.
   */
  @Test
  void aCaptionOverAHeaderIsNoLineOfTheHeader() {
    List<String> lines = List.of("表1 行政复议", "类别   数据1   数据2   数据3   数据4   合计", "件数   0      0      0      1      1");
    assertThat(WrappedHeaders.joined(lines)).isEqualTo(lines);
    // the same header wrapped over two lines is joined
    List<String> wrapped = List.of("类别   结果   结果   其他   尚未   总计", "       维持   纠正   结果   审结", "件数   0      0      0      1      1");
    assertThat(WrappedHeaders.joined(wrapped)).hasSize(2).first().isEqualTo("类别  结果维持  结果纠正  其他结果  尚未审结  总计");
  }
}
