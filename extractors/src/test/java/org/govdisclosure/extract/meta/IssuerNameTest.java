package org.govdisclosure.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IssuerNameTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      淮安市人民政府 | true
      沭阳县财政局 | true
      东风路街道 | true
      国家税务总局 | true
      沐阳县人民政府 | true
      政府 | false
      人民政府 | false
      办公室 | false
      本机关 | false
      我局 | false
      区政府办公室 | false
      县财政局 | false
      市科委 | false
      市场监督管理局 | false
      当前位置:首页>政府信息公开> | false
      索引号 | false
      2023年1月 | false
      政务服务中心人民政府 | false
      西宁市政务服务中心人民政府 | false
      西宁市政务服务中心 | true
      经济开发区管委会 | false
      高新技术产业开发区管理委员会 | false
      运城经济技术开发区 | true
      甲乙高新区党政办公室 | false
      甲乙镇党政办公室 | true
      """)
  void aNameSaysWhoseBodyItIs(String s, boolean name) {
    assertThat(IssuerName.isName(s)).isEqualTo(name);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      当前位置:首页>政府信息公开>梅城镇 | 梅城镇
      您当前所在位置: 首页 > 乡镇 > 梅城镇 | 梅城镇
      '# 沭阳县人民政府' | 沭阳县人民政府
      - 沭阳县人民政府 | 沭阳县人民政府
      【公告】沭阳县人民政府 | 沭阳县人民政府
      ?江苏省卫生健康委 | 江苏省卫生健康委
      当前位置:首页>政府信息公开> | 
      """)
  void pageFurnitureIsDropped(String s, String cleaned) {
    assertThat(IssuerName.clean(s.replace(" ", ""))).isEqualTo(cleaned);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      大冶市东风路街道办事处 | 大冶市东风路街道办事处 | true
      大冶市东风路街道办事处 | 东风路街道办事处 | true
      淮安市人民政府 | 人民政府 | false
      大冶市东风路街道办事处 | 街道办事处 | false
      大冶市东风路街道办事处 | 东风路街道 | false
      淮安市人民政府 | 淮安市 | false
      """)
  void aTailOfFourCharactersOrMoreStillNamesTheBody(String full, String candidate, boolean same) {
    assertThat(IssuerName.sameBody(full, candidate)).isEqualTo(same);
  }
}
