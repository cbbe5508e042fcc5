package org.govdisclosure.extract.prose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  @Test
  void splitsAtEveryEndMarkOfUnspacedChinese() {
    assertThat(SentenceSplitter.split("未收到申请。未发生行政复议!有无问题?一是加强领导;二是完善制度。"))
        .containsExactly("未收到申请。", "未发生行政复议!", "有无问题?", "加强领导;", "完善制度。");
  }

  @Test
  void keepsQuotesAndBracketsTogether() {
    assertThat(SentenceSplitter.split("落实“公开为常态。不公开为例外。”原则。依据《条例》(国务院令第711号。)编制。"))
        .containsExactly("落实“公开为常态。不公开为例外。”原则。", "依据《条例》(国务院令第711号。)编制。");
  }

  @Test
  void anUnclosedBracketDoesNotSwallowTheRest() {
    assertThat(SentenceSplitter.split("依据(国务院令第711号。未收到申请。"))
        .containsExactly("依据(国务院令第711号。", "未收到申请。");
  }

  @Test
  void dropsListMarkersButNotNumbersThatStartASentence() {
    assertThat(SentenceSplitter.split("(二)依申请公开办理情况。2、依申请公开。2020年未收到申请。"))
        .containsExactly("依申请公开办理情况。", "依申请公开。", "2020年未收到申请。");
  }

  @Test
  void keepsARunOfEndMarksAndTheTextAfterTheLast() {
    assertThat(SentenceSplitter.split("真的吗?!结转下年度1件")).containsExactly("真的吗?!", "结转下年度1件");
  }
}
