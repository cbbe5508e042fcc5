package org.govdisclosure.extract.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelMatchTest {

  private static String matched(String text, String wording) {
    LabelMatch m = LabelMatch.approximate(text, wording, 0, text.length());
    return m == null ? null : text.substring(m.start(), m.end());
  }

  @Test
  void aMisreadLabelAfterAStrayMarkIsQuotedWithoutTheMark() {
    assertThat(matched("（六）其他外理", "其他处理")).isEqualTo("其他外理");
    assertThat(matched("2.重复申诸", "重复申请")).isEqualTo("重复申诸");
  }

  @Test
  void aCharacterPrintedTwiceStaysInTheLabel() {
    assertThat(matched("行政政处罚", "行政处罚")).isEqualTo("行政政处罚");
    assertThat(matched("一、其他外理", "其他处理")).isEqualTo("其他外理");
  }
}
