package org.govdisclosure.extract.prose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RegexOpeningsTest {

  /** The characters of {@code s} in the order {@link RegexOpenings} gives them. */
  private static String inOrder(String s) {
    return s.chars().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
  }

  @Test
  void everyAlternativeAddsItsOpening() {
    assertThat(RegexOpenings.of("截至|截止|至今|以来")).isEqualTo(inOrder("以至截"));
    assertThat(RegexOpenings.of("(?:比|较)(?:上|去)|同比")).isEqualTo(inOrder("同比较"));
  }

  @Test
  void whatMayMatchNothingLetsTheNextPartOpen() {
    assertThat(RegexOpenings.of("(?:近|约)?十件")).isEqualTo(inOrder("十约近"));
    assertThat(RegexOpenings.of("(?:上一?年)*度?+全")).isEqualTo(inOrder("上全度"));
    assertThat(RegexOpenings.of("a{0,3}?b")).isEqualTo(inOrder("ab"));
    assertThat(RegexOpenings.of("a{1,3}b")).isEqualTo(inOrder("a"));
  }

  @Test
  void lookaroundsOpenNothing() {
    assertThat(RegexOpenings.of("(?<!今年|本年)以来")).isEqualTo(inOrder("以"));
    assertThat(RegexOpenings.of("(?<!尚)(?:未|无)(?!经|论)[^,\\d]*?复议")).isEqualTo(inOrder("无未"));
  }

  @Test
  void classesQuotesAndEscapesOpenWithTheirCharacters() {
    assertThat(RegexOpenings.of("[未末]经|\\|")).isEqualTo(inOrder("|未末"));
    assertThat(RegexOpenings.of(Pattern.quote("复议") + "|[a-c]")).isEqualTo(inOrder("abc复"));
    assertThat(RegexOpenings.of("\\u4e00件")).isEqualTo(inOrder("一"));
  }

  @Test
  void aRegexThatMayOpenAnywhereHasNoOpenings() {
    assertThatThrownBy(() -> RegexOpenings.of("\\d+件")).hasMessageContaining("any character");
    assertThatThrownBy(() -> RegexOpenings.of("[^,]件")).hasMessageContaining("any character");
    assertThatThrownBy(() -> RegexOpenings.of("共?.件")).hasMessageContaining("any character");
    assertThatThrownBy(() -> RegexOpenings.of("(?i)abc")).hasMessageContaining("flags");
    assertThatThrownBy(() -> RegexOpenings.of("共?")).hasMessageContaining("nothing");
  }
}
