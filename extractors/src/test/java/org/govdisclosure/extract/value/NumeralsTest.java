package org.govdisclosure.extract.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumeralsTest {

  @Test
  void readsArabicAndSmallChineseCounts() {
    assertThat(Numerals.count("21")).isEqualTo(21);
    assertThat(Numerals.count("1,024")).isEqualTo(1024);
    assertThat(Numerals.count("零")).isZero();
    assertThat(Numerals.count("三")).isEqualTo(3);
    assertThat(Numerals.count("两")).isEqualTo(2);
    assertThat(Numerals.count("十二")).isEqualTo(12);
    assertThat(Numerals.count("二十三")).isEqualTo(23);
    assertThat(Numerals.count("一百零五")).isEqualTo(105);
  }

  @Test
  void aRunOfDigitsIsNoChineseNumber() {
    assertThat(Numerals.count("二三")).isNull();
  }

  @Test
  void aCounterIsTheSameWordInACellAndInASentence() {
    for (String counter : Numerals.COUNTERS) {
      assertThat(CellKind.of("3" + counter)).as(counter).isEqualTo(CellKind.NUMBER);
      assertThat(Counts.parse("3" + counter).value()).as(counter).isEqualTo(3);
      assertThat(Numerals.COUNTED.matcher("共3" + counter).find()).as(counter).isTrue();
    }
  }

  @Test
  void readsAmounts() {
    assertThat(Numerals.yuan("18.6198万元")).isEqualByComparingTo(new BigDecimal("186198"));
    assertThat(Numerals.yuan("1,250,000元")).isEqualByComparingTo(new BigDecimal("1250000"));
  }
}
