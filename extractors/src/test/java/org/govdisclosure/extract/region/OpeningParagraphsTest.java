package org.govdisclosure.extract.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The opening whose places say where the issuer is: its first paragraphs of text, the headings between them uncounted. */
class OpeningParagraphsTest {

  private static final GazetteerRegionResolver RESOLVER = new GazetteerRegionResolver();

  private static final String HEADED = """
      一、总体情况
      根据省政府信息公开工作安排，我局认真贯彻落实《条例》。
      （一）主动公开
      2020年度我局在政府网站主动公开信息22条。
      （二）依申请公开
      本年度我局没有收到要求公开政府信息的申请。
      （三）政府信息管理
      我局设立有网络保障股室，定岗定责。
      （四）平台建设
      信息公开主要平台有渭南市临渭区政府网站、临渭区政务服务中心微信公众号。
      二、主动公开政府信息情况
      本年度主动公开信息情况见下表。
      三、收到和处理政府信息公开申请情况
      本年度未收到申请。
      四、政府信息公开行政复议、行政诉讼情况
      本年度无行政复议、行政诉讼。
      """;

  /**
   * A report whose opening is headed part by part (（一）主动公开, …): its fifth paragraph of text, the ninth line, is
   * still the opening's, and names where the issuer publishes; a sixth paragraph of text is the body's.
   */
  @Test
  void theOpeningsParagraphsOfTextAreCountedWithoutItsHeadings() {
    assertThat(RESOLVER.resolution(null, Reports.of(HEADED)).region().countyCode()).isEqualTo("610502");
    String sixth = HEADED.replace("（四）平台建设\n", "（四）平台建设\n我局不断完善各项制度，积极推进政务公开。\n");
    assertThat(RESOLVER.resolution(null, Reports.of(sixth)).region().countyCode()).isNull();
  }

  /**
   * A page's headline above a report that prints no title (苏州某医院被立案调查, the site's news over a national body's
   * report) is no title: the issuer, who names no place, is not placed by it.
   */
  @Test
  void aHeadlineAboveAReportWithoutTitleIsNoTitle() {
    String report = """
        苏州某某医院涉嫌违规收费被立案调查
        2024 / 11 / 25
        根据《中华人民共和国政府信息公开条例》要求，编制本年度报告。
        一、总体情况
        国家某某管理局认真落实党中央、国务院关于政务公开的各项决策部署，依法全面主动公开政务信息。
        """;
    assertThat(RESOLVER.resolution(null, Reports.of(report)).region().province()).isNull();
  }
}
