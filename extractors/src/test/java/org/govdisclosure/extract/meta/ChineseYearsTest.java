package org.govdisclosure.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.govdisclosure.extract.value.Numerals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A year in Chinese numerals, read by the one rule of the numerals lexicon wherever a report's year is looked for. */
class ChineseYearsTest {

  private static final Pattern YEAR = Pattern.compile(Numerals.CHINESE_YEAR_DIGITS);

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      二〇二三 | 2023
      二零二三 | 2023
      二○二○ | 2020
      二Ｏ二一 | 2021
      两〇二二 | 2022
      一九九九 | 1999
      """)
  void aYearInChineseNumerals(String figures, int year) {
    assertThat(YEAR.matcher(figures).matches()).isTrue();
    assertThat(Numerals.chineseYear(figures)).isEqualTo(year);
  }

  /** Only 19xx and 20xx, as in digits: four numerals of another start are a count or a code, no year. */
  @ParameterizedTest
  @CsvSource({"三〇二三", "二三四五", "一八九九", "二〇二"})
  void noYearOfAnotherCentury(String figures) {
    assertThat(YEAR.matcher(figures).matches()).isFalse();
  }

  @Test
  void theYearFinderAndTheIssuerFinderReadTheSameYears() {
    assertThat(YearFinder.find("二○二三年度某某县财政局政府信息公开工作年度报告", "").year()).isEqualTo(2023);
    assertThat(YearFinder.find("二零二三年度某某县财政局政府信息公开工作年度报告", "").year()).isEqualTo(2023);
    assertThat(OrganizationFinder.fromTitle("二○二三年度某某县财政局政府信息公开工作年度报告")).isEqualTo("某某县财政局");
    assertThat(OrganizationFinder.fromTitle("两〇二二年度岛石镇政府信息公开工作年度报告")).isEqualTo("岛石镇");
    assertThat(YearFinder.find("两〇二二年度岛石镇政府信息公开工作年度报告", "").year()).isEqualTo(2022);
  }
}
