package org.govdisclosure.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.govdisclosure.extract.spi.Template;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateDetectorTest {

  /**
   * 政府集中采购 named in section 一's prose is no marker of the 2019 template: the year decides; the 2019 table's own
   * column wordings still tell it, and the 2021 table's (本年处理决定数量, 本年收费金额) outnumber a 2019 column kept in section
   * 二's first table.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      一、总体情况 2024年主动公开政府集中采购项目7项，采购总金额31.5万元。二、主动公开政府信息情况 | 2024 | T2021 | true
      信息内容 本年新制作数量 本年新公开数量 对外公开总数量 规章 0 0 0                          | 2021 | T2019 | false
      对外公开总数量 规章 0 0 0 行政许可 本年处理决定数量 5 行政事业性收费 本年收费金额(单位:万元) 282.1 | 2021 | T2021 | false
      """)
  void tellsTheTemplateByTableWordingsElseByTheYear(String text, int year, Template template, boolean inferred) {
    TemplateDetector.Detection d = TemplateDetector.detect(text, year);

    assertEquals(template, d.template());
    assertEquals(inferred, d.inferred());
  }

  /**
   * Where no wording is printed exactly, those printed with one character misread tell the template (OCR's 数用 for
   * 数量); a wording shorter than six characters so misread may be another phrase (缴纳费田), and the year decides.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      信息内容 本年新制作数用 本年新公开数区 对外公开总数最 规章 0 0 0 | 2022 | T2019 | false | true
      信息内容 本年制发件数 本年新公开数区 规章 0 0 0                 | 2020 | T2021 | false | false
      未按通知缴纳费田的申请                                          | 2019 | T2019 | true  | false
      """)
  void tellsTheTemplateByWordingsMisreadOnceWhereNoneIsPrintedExactly(String text, int year, Template template,
      boolean inferred, boolean misread) {
    TemplateDetector.Detection d = TemplateDetector.detect(text, year);

    assertEquals(template, d.template());
    assertEquals(inferred, d.inferred());
    assertEquals(misread, d.misread());
  }
}
