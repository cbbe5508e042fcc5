package org.govdisclosure.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

  /**
   * A page with no title lends its first paragraph as the title: a year it names in passing (结合2022年…工作实际, a
   * slip) gives way to the statistics period; a real title's year does not.
   */
  @Test
  void theStatisticsPeriodComesBeforeTheYearsOfAFirstParagraphStandingForTheTitle() {
    String lent = "根据《条例》要求,结合2022年某街道政府信息公开工作实际,编制发布本报告。";
    String body = lent + "\n本年度报告中所列数据的统计期限从2023年1月1日到12月31日止。\n";
    assertThat(YearFinder.find(lent, body)).isEqualTo(new YearFinder.Found(2023, false));
    assertThat(YearFinder.find("某街道2022年政府信息公开工作年度报告", body)).isEqualTo(new YearFinder.Found(2022, false));
  }

  /**
   * A title without a year: the opening gives it, read from the title on (a page's links above it name other
   * years' reports, one of them ending with this title), and not from the page's publication date.
   */
  @Test
  void theOpeningStartsAtTheTitleAndAPublicationDateIsNoReportYear() {
    String title = "宁武县卫生健康局政府信息公开工作年度报告";
    String body = "相关链接\n2019年度宁武县民政局政府信息公开工作年度报告\n2018年度" + title + "\n" + title
        + "\n发布日期:2022年02月11日\n根据《条例》,编制本报告。\n2021年,我局主动公开政府信息37条。\n";
    assertThat(YearFinder.find(title, body)).isEqualTo(new YearFinder.Found(2021, true));
  }

  /** A page flattened into one line: the opening starts at the title, not at a link ending with the same title. */
  @Test
  void inAPageOfOneLineTheOpeningStartsAtTheTitleNotAtALinkEndingWithIt() {
    String title = "宁武县卫生健康局政府信息公开工作年度报告";
    String body = "相关链接2024年度代县人民政府政府信息公开工作年度报告2019年度" + title + title
        + "发布日期:2022-02-11根据《条例》,编制本报告。2021年,我局主动公开政府信息37条。\n";
    assertThat(YearFinder.find(title, body)).isEqualTo(new YearFinder.Found(2021, true));
  }

  /** A signature dated on the first of January starts no statistics period: the opening's year stands. */
  @Test
  void aSignatureDatedOnTheFirstOfJanuaryIsNoPeriod() {
    String body = "根据《条例》,编制本报告。\n2023年,我街道共收到政府信息公开申请17件。\n测试街道\n2024年1月1日\n";
    assertThat(YearFinder.find("测试街道政府信息公开工作年度报告", body)).isEqualTo(new YearFinder.Found(2023, true));
    assertThat(YearFinder.find("测试街道政府信息公开工作年度报告", "统计期限为2023年1月1日至2023年12月31日。\n测试街道\n2024年1月1日\n"))
        .isEqualTo(new YearFinder.Found(2023, false));
  }

  /**
   * A page with no title line lends its first paragraph as the title; the date it cites for the 《条例》's amendment
   * (2019年4月3日) is a day, not the year covered: the statistics period gives that.
   */
  @Test
  void aLawsAmendmentDateInTheFirstParagraphIsNoReportYear() {
    String first = "本年度报告根据《中华人民共和国政府信息公开条例》(2019年4月3日国务院令第711号修订)的要求编制。"
        + "本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。";
    assertThat(YearFinder.find(first, first + "\n一、总体情况\n")).isEqualTo(new YearFinder.Found(2022, false));
  }

  /**
   * A report naming its year only as the end of a period (截止2025年12月31日) covers that year, a weak clue like the
   * opening's; a signature's date opens no period.
   */
  @Test
  void aPeriodEndingOnTheLastDayOfAYearGivesThatYearWhereNothingElseDoes() {
    String body = "一、总体情况\n本年度我局工作有序开展。截止2025年12月31日我局通过网站发布信息12条。\n测试局\n2026年1月15日\n";
    assertThat(YearFinder.find("", body)).isEqualTo(new YearFinder.Found(2025, true));
    assertThat(YearFinder.find("", "一、总体情况\n本年度我局工作有序开展。\n测试局\n2026年12月31日\n"))
        .isEqualTo(new YearFinder.Found(null, false));
  }

  /**
   * A page copied from the middle of a report opens with its table's rows: a year printed among or after them (a date
   * line between pages, a sentence about a quarter) is no opening's, and the year stays unknown; an opening before the
   * table still gives it.
   */
  @Test
  void aYearAfterTheTableRowsAPageOpensWithIsNoOpeningsYear() {
    // the body as folded: a text's rows with their spaces dropped, a table's cells apart by tabs
    for (String rows : List.of("（一）予以公开4010005\n（二）部分公开2000002\n", "（一）予以公开\t4\t0\t1\t0\t0\t0\t5\t\n",
        "（六）其他处理160O00016\n（七）总计l9600136206\n")) {
      assertThat(YearFinder.find("", rows + "-3-\n2023年\n（三）不予公开1000001\n")).isEqualTo(new YearFinder.Found(null, false));
      assertThat(YearFinder.find("", rows + "2022年第3季度起,本机关新收申请较上年减少5件。\n")).isEqualTo(new YearFinder.Found(null, false));
      assertThat(YearFinder.find("", "2021年,我局主动公开政府信息37条。\n" + rows)).isEqualTo(new YearFinder.Found(2021, true));
    }
  }

  /**
   * A stated statistics period of another year than the title's: the title's year stands, the period's is the
   * conflict; a date that only starts something (《民法典》自2021年1月1日起施行) states no period.
   */
  @Test
  void aStatedPeriodOfAnotherYearThanTheTitlesIsAConflict() {
    String title = "某县财政局2022年政府信息公开工作年度报告";
    String body = title + "\n本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。\n";
    YearFinder.Found found = YearFinder.find(title, body);
    assertThat(found).isEqualTo(new YearFinder.Found(2022, false));
    assertThat(YearFinder.conflictingPeriod(found, body)).isEqualTo(2021);
    assertThat(YearFinder.conflictingPeriod(found, body.replace("2021年", "2022年"))).isNull();
    assertThat(YearFinder.conflictingPeriod(found, title + "\n《民法典》自2021年1月1日起施行。\n")).isNull();
  }
}
