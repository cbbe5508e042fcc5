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

  /**
   * Tried only where an opening is printed, a pattern finds what its search finds from any place: lookarounds, word
   * bounds and anchors see the whole text, and the first of several alternatives at a place is taken.
   */
  @Test
  void findsWhatASearchFindsFromAnyPlace() {
    // each regex, then the characters of its texts
    String[] regexes = {"截至|(?<!本年)以来", "本年以来截至", "(?<=本年)以来", "本年以来", "^收到|申请(?=\\d)", "收到申请2", "(?<![一二])件数|件\\b", "一二件数a ",
        "予以公开|予以(公开)?|公开$", "予以公开"};
    java.util.Random random = new java.util.Random(37);
    for (int r = 0; r < regexes.length; r += 2) {
      String regex = regexes[r];
      String letters = regexes[r + 1];
      OpeningPattern p = OpeningPattern.of(regex);
      for (int round = 0; round < 20_000; round++) {
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
          b.append(letters.charAt(random.nextInt(letters.length())));
        }
        String text = b.toString();
        int from = random.nextInt(text.length() + 1);
        Matcher search = java.util.regex.Pattern.compile(regex).matcher(text);
        Matcher m = p.find(text, from);
        if (search.find(from)) {
          assertThat(m).as(regex + " in " + text + " from " + from).isNotNull();
          assertThat(m.start() + "-" + m.end() + m.group()).as(regex + " in " + text + " from " + from)
              .isEqualTo(search.start() + "-" + search.end() + search.group());
        } else {
          assertThat(m).as(regex + " in " + text + " from " + from).isNull();
        }
      }
    }
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
