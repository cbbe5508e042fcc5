package org.govdisclosure.extract.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import org.govdisclosure.extract.value.Confusables;
import org.junit.jupiter.api.Test;

class OpeningPatternTest {

  private static final OpeningPattern SINCE = OpeningPattern.of("截至|(?<!本年)以来");

  @Test
  void findsWhatItsPatternFindsFromTheFirstOpeningOn() {
    assertThat(SINCE.in("成立以来")).isTrue();
    assertThat(SINCE.in("以及截至年底")).isTrue(); // 以 opens no match there, 截 does later
    Matcher m = SINCE.find("年底截至年底截至", 3);
    assertThat(m.start()).isEqualTo(6);
  }

  @Test
  void aLookbehindStillSeesTheTextBeforeTheOpening() {
    assertThat(SINCE.in("本年以来")).isFalse();
  }

  @Test
  void textWithoutAnOpeningHasNoMatch() {
    assertThat(SINCE.in("全年共受理申请3件")).isFalse();
    assertThat(SINCE.find("以来", 2)).isNull();
  }

  @Test
  void aTolerantPhraseOpensWithItsFirstCharacterOrALookAlike() {
    Confusables confusables = Confusables.bundled();
    OpeningPattern p = OpeningPattern.of(confusables.tolerant("未经复议") + "|" + confusables.tolerant("复议"));
    assertThat(p.openings()).contains("未", "末", "复", "夏");
    assertThat(p.in("末经复议直接起诉")).isTrue();
    assertThat(p.in("行政夏议")).isTrue();
  }
}
