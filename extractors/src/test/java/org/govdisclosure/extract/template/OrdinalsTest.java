package org.govdisclosure.extract.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.EveryText;
import org.junit.jupiter.api.Test;

class OrdinalsTest {

  @Test
  void stripsTheOrdinalThatOpensALabel() {
    assertThat(Ordinals.strip("（三）不予公开")).isEqualTo("不予公开");
    assertThat(Ordinals.strip("(12)其他")).isEqualTo("其他");
    assertThat(Ordinals.strip("二、主动公开")).isEqualTo("主动公开");
    assertThat(Ordinals.strip("一是加强")).isEqualTo("加强");
    assertThat(Ordinals.strip("5 要求提供")).isEqualTo("要求提供");
    assertThat(Ordinals.strip("10．重复申请")).isEqualTo("重复申请");
    assertThat(Ordinals.strip("（）其他")).isEqualTo("（）其他");
    assertThat(Ordinals.strip("（三不予公开")).isEqualTo("（三不予公开");
    assertThat(Ordinals.strip("三是")).isEqualTo("");
    assertThat(Ordinals.strip("5是")).isEqualTo("5是");
    assertThat(Ordinals.strip("三 不予")).isEqualTo("三 不予");
    assertThat(Ordinals.strip("12")).isEqualTo("12");
    assertThat(Ordinals.strip("（匕）总计")).isEqualTo("总计"); // OCR's look-alike of 七 in brackets
    assertThat(Ordinals.strip("3,其他")).isEqualTo("其他"); // OCR's comma, colon or semicolon (folded) for the period
    assertThat(Ordinals.strip("2:重复申请")).isEqualTo("重复申请");
    assertThat(Ordinals.strip("4;保护第三方合法权益")).isEqualTo("保护第三方合法权益");
    assertThat(Ordinals.strip("1,234")).isEqualTo("1,234");
    assertThat(Ordinals.strip("3,")).isEqualTo("3,");
    assertThat(Ordinals.strip("匕、总计")).isEqualTo("匕、总计");
    assertThat(Ordinals.strip("二,上年结转")).isEqualTo("上年结转"); // OCR's comma (folded) for 、 after a numeral
    assertThat(Ordinals.strip("二,")).isEqualTo("二,");
    assertThat(Ordinals.opens("1.属于国家秘密")).isTrue();
    assertThat(Ordinals.opens("属于国家秘密")).isFalse();
    assertThat(Ordinals.opens("")).isFalse();
  }

  /** The scan reads what the regex it stands for reads: every text of up to four characters that matter to it. */
  @Test
  void readsAsTheRegexOfTheOrdinalForms() {
    Pattern leading = Pattern.compile("^(?:[(（][一二三四五六七八九十\\d]+[)）]|[一二三四五六七八九十]+(?:[、.．]|是)|\\d+[、.．)） ])");
    EveryText.upTo("(（)）三十70、.．是 a不", 4, label -> {
      Matcher m = leading.matcher(label);
      assertThat(Ordinals.strip(label)).as(label).isEqualTo(m.lookingAt() ? label.substring(m.end()) : label);
    });
  }

  /** An ordinal opening a text further in is read in place, as {@link Ordinals#opens} reads the text cut there. */
  @Test
  void opensAtReadsAsOpensOfTheTextCutThere() {
    EveryText.upTo("(（)）三十7、是 不", 4, text -> {
      for (int from = 0; from <= text.length(); from++) {
        assertThat(Ordinals.opensAt(text, from)).as(text + " at " + from).isEqualTo(Ordinals.opens(text.substring(from)));
      }
    });
    assertThat(Ordinals.opensAt("理（三）不予公开", 1)).isTrue();
    assertThat(Ordinals.opensAt("理（三）不予公开", 2)).isFalse();
  }
}
