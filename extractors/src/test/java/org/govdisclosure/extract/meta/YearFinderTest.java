package org.govdisclosure.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YearFinderTest {

  /**
   * A title without a year: the statistics period gives it, also written in Chinese numerals, before a date of the
   * following year that the signature or the page prints first.
   */
  @Test
  void theStatisticsPeriodInChineseNumeralsGivesTheYearBeforeTheSignaturesDate() {
    String body = "测试镇人民政府2025年1月20日发布。本报告统计期限为二〇二四年一月一日至二〇二四年十二月三十一日。";
    assertThat(YearFinder.find("政府信息公开工作年度报告", body)).isEqualTo(new YearFinder.Found(2024, false));
    assertThat(YearFinder.find("政府信息公开工作年度报告", body.replace("二〇二四年一月一日", "2024年1月1日")))
        .isEqualTo(new YearFinder.Found(2024, false));
  }
}
