package org.govdisclosure.extract.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.AllocatedBytes;
import org.govdisclosure.extract.EveryText;
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
  void readsChineseCountsOfThousandsWhole() {
    assertThat(Numerals.count("一千零一十")).isEqualTo(1010);
    assertThat(Numerals.count("二万七千一百六十四")).isEqualTo(27164);
    assertThat(Numerals.count("十万零三")).isEqualTo(100003);
    Matcher counted = Numerals.COUNTED.matcher("共新收申请二万七千一百六十四件");
    assertThat(counted.find()).isTrue();
    assertThat(Numerals.count(counted.group(1))).as("never the tail 一百六十四 alone").isEqualTo(27164);
  }

  @Test
  void aRunOfDigitsIsNoChineseNumber() {
    assertThat(Numerals.count("二三")).isNull();
    assertThat(Numerals.count("百千")).as("places rising").isNull();
    assertThat(Numerals.count("万")).isNull();
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

  /**
   * The scan answers as the regex it replaced: digits and the letters only, a digit and a required letter among them,
   * maybe a counter after them.
   */
  @Test
  void digitsWithLettersAreWhatTheRegexMatched() {
    String letters = "Oo〇lI";
    String required = "lI";
    Pattern regex = Pattern.compile("(?=.*\\d)[\\d" + letters + "]*[" + required + "][\\d" + letters + "]*"
        + Numerals.alternation(Numerals.COUNTERS) + "?");
    EveryText.upTo("07Ol〇I件 ", 5, piece ->
        assertThat(Numerals.isDigitsWithLetters(piece, letters, required)).as("[%s]", piece).isEqualTo(regex.matcher(piece).matches()));
  }

  /** Every cell of a row with counts is asked whether it is a letter O read for 0: a scan, no matcher made for it. */
  @Test
  void aLetterZeroIsToldWithoutAllocating() {
    assertThat(AllocatedBytes.perCall(2_000, () -> (Numerals.isLetterZero("本年新收政府信息公开申请数量") ? 1 : 0)
        + (Numerals.isLetterZero("27件") ? 2 : 0) + (Numerals.isLetterZero("1O5") ? 4 : 0))).isZero();
    assertThat(Numerals.isLetterZero("1O5")).isTrue();
    assertThat(Numerals.isLetterZero("27件")).isFalse();
  }

  @Test
  void holdsDigitsCountsAsciiDigitsOnly() {
    assertThat(Numerals.holdsDigits("共3件，其中2件", 2)).isTrue();
    assertThat(Numerals.holdsDigits("共3件，其中两件", 2)).isFalse();
    assertThat(Numerals.holdsDigits("３４", 1)).isFalse(); // full-width: folding makes them ASCII first
    assertThat(Numerals.holdsDigits("", 0)).isTrue();
  }
}
