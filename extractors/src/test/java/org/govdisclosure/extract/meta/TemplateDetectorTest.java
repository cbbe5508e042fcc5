package org.govdisclosure.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.govdisclosure.extract.spi.Template;
import org.junit.jupiter.api.Test;

class TemplateDetectorTest {

  @Test
  void procurementInProseIsNoMarkerOfThe2019Template() {
    String text = "一、总体情况 2024年主动公开政府集中采购项目7项，采购总金额31.5万元。二、主动公开政府信息情况";

    TemplateDetector.Detection d = TemplateDetector.detect(text, 2024);

    assertEquals(Template.T2021, d.template());
    assertTrue(d.inferred());
  }

  @Test
  void the2019TableWordingsStillTellTheTemplate() {
    String text = "信息内容 本年新制作数量 本年新公开数量 对外公开总数量 规章 0 0 0";

    TemplateDetector.Detection d = TemplateDetector.detect(text, 2021);

    assertEquals(Template.T2019, d.template());
    assertFalse(d.inferred());
  }
}
