package org.govdisclosure.extract.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelMatchTest {

  private static String matched(String text, String wording) {
    LabelMatch m = LabelMatch.approximate(text, wording, 0, text.length());
    return m == null ? null : text.substring(m.start(), m.end());
  }

  /** A piece of a wording with a look-alike is told (埋 for 理), not a piece of another's letters nor one letter alone. */
  @Test
  void aPieceOfAWordingWithALookAlikeIsTold() {
    assertThat(LabelMatch.lookAlikePieceOf("度办埋结", "本年度办理结果")).isTrue();
    assertThat(LabelMatch.lookAlikePieceOf("度办理结", "本年度办理结果")).isTrue();
    assertThat(LabelMatch.lookAlikePieceOf("度办法结", "本年度办理结果")).isFalse();
    assertThat(LabelMatch.lookAlikePieceOf("埋", "本年度办理结果")).isFalse();
  }

  @Test
  void aMisreadLabelAfterAStrayMarkIsQuotedWithoutTheMark() {
    assertThat(matched("（六）其他外理", "其他处理")).isEqualTo("其他外理");
    assertThat(matched("2.重复申诸", "重复申请")).isEqualTo("重复申诸");
  }

  @Test
  void aCharacterPrintedTwiceStaysInTheLabel() {
    assertThat(matched("行政政处罚", "行政处罚")).isEqualTo("行政政处罚");
    assertThat(matched("一、其他外理", "其他处理")).isEqualTo("其他外理");
  }

  @Test
  void everyWindowAtAPlaceWithinOneEditAMisreadCharacterFirst() {
    assertThat(LabelMatch.approximateAt("甲乙丙丁戊", "甲乙丙丁", 0, 5))
        .containsExactly(new LabelMatch(0, 4, true), new LabelMatch(0, 3, true), new LabelMatch(0, 5, true));
    assertThat(LabelMatch.approximateAt("甲乙丙戊己", "甲乙丙丁", 0, 5)).containsExactly(new LabelMatch(0, 4, true), new LabelMatch(0, 3, true));
    assertThat(LabelMatch.approximateAt("庚辛壬癸", "甲乙丙丁", 0, 4)).isEmpty();
    assertThat(LabelMatch.approximateAt("甲乙丙", "甲乙丙", 0, 3)).isEmpty(); // too short to match but exactly
  }

  @Test
  void aWordingWithACharacterDroppedOrDoubledIsMisprintedNotMisread() {
    String text = "其他他处理、其他外理";
    LabelMatch m = LabelMatch.misprinted(text, "其他处理", 0, text.length());
    assertThat(text.substring(m.start(), m.end())).isEqualTo("其他他处理");
    assertThat(LabelMatch.misprinted("庚辛壬癸", "其他处理", 0, 4)).isNull();
  }

  /** Exactly, or with one character printed twice; a dropped, swapped or misread one, or a short wording, is no match. */
  @Test
  void aWordingAsPrintedOrWithOneCharacterDoubled() {
    assertThat(LabelMatch.exactOrDoubled("丙属于甲乙丙丁信息", "属于甲乙丙丁信息")).isEqualTo(new LabelMatch(1, 9, false));
    assertThat(LabelMatch.exactOrDoubled("丙属于甲乙丙丁丁信息2件", "属于甲乙丙丁信息")).isEqualTo(new LabelMatch(1, 10, true));
    assertThat(LabelMatch.exactOrDoubled("属于甲乙丁信息", "属于甲乙丙丁信息")).isNull();
    assertThat(LabelMatch.exactOrDoubled("属于甲丙乙丁信息", "属于甲乙丙丁信息")).isNull();
    assertThat(LabelMatch.exactOrDoubled("属于甲乙外丁信息", "属于甲乙丙丁信息")).isNull();
    assertThat(LabelMatch.exactOrDoubled("甲乙乙丙", "甲乙丙")).isNull();
  }

  /** Most places of a label text hold no window of a wording: asking there allocates nothing. */
  @Test
  void aPlaceHoldingNoWindowAllocatesNothing() {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    int found = 0;
    for (int round = 0; round < 3; round++) { // the classes loaded and the calls linked before counting
      long before = threads.getCurrentThreadAllocatedBytes();
      for (int i = 0; i < 1_000; i++) {
        found += LabelMatch.approximateAt("庚辛壬癸子丑", "甲乙丙丁", i % 2, 6).size();
      }
      if (round == 2) {
        assertThat(threads.getCurrentThreadAllocatedBytes() - before).isLessThan(1_000);
      }
    }
    assertThat(found).isZero();
  }

  /**
   * The first match is the first window {@link LabelMatch#approximateAt} finds at any place, without a mark before a
   * longer one: every place is tried, though most are passed over unread.
   */
  @Test
  void theFirstMatchIsTheFirstWindowAtAnyPlace() {
    java.util.Random random = new java.util.Random(17);
    String letters = "其他处理外埋，。1甲重复申请诸清";
    for (String wording : new String[] {"其他处理", "重复申请", "其他处理甲"}) {
      for (int round = 0; round < 20_000; round++) {
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(14); i > 0; i--) {
          b.append(letters.charAt(random.nextInt(letters.length())));
        }
        String text = b.toString();
        int from = text.isEmpty() ? 0 : random.nextInt(text.length());
        int to = from + random.nextInt(text.length() - from + 2);
        assertThat(LabelMatch.approximate(text, wording, from, to)).as(text + " " + from + " " + to)
            .isEqualTo(firstWindow(text, wording, from, to));
      }
    }
  }

  private static LabelMatch firstWindow(String text, String wording, int from, int to) {
    for (int start = from; start < to && start < text.length(); start++) {
      java.util.List<LabelMatch> at = LabelMatch.approximateAt(text, wording, start, to);
      if (!at.isEmpty()) {
        LabelMatch m = at.get(0);
        boolean strayFirst = m.end() - m.start() > wording.length() && !Character.isLetter(text.charAt(start))
            && LabelMatch.approximateAt(text, wording, start + 1, to).stream().anyMatch(w -> w.end() == m.end());
        return new LabelMatch(strayFirst ? start + 1 : start, m.end(), true);
      }
    }
    return null;
  }

  /**
   * The windows ending at a place are those {@link LabelMatch#approximateAt} finds ending there, from each start a
   * window of a tried length has, a misread character first; none that starts before {@code from}.
   */
  @Test
  void theWindowsEndingAtAPlaceAreThoseFoundFromEachStart() {
    String wording = "甲乙丙丁";
    for (String text : new String[] {"子甲乙丙丁", "子甲乙丙戊", "甲乙丙丁丁", "乙丙丁", "子丑甲乙丁", "庚辛壬癸"}) {
      int end = text.length();
      for (int from = 0; from <= 1; from++) {
        java.util.List<LabelMatch> expected = new java.util.ArrayList<>();
        for (int length : new int[] {4, 3, 5}) {
          if (end - length >= from) {
            LabelMatch.approximateAt(text, wording, end - length, end).stream().filter(m -> m.end() == end).forEach(expected::add);
          }
        }
        assertThat(LabelMatch.approximateEndingAt(text, wording, from, end)).as(text + " from " + from).isEqualTo(expected);
      }
    }
    // as printed, then with its first character dropped, then with one before it
    assertThat(LabelMatch.approximateEndingAt("子甲乙丙丁", "甲乙丙丁", 0, 5))
        .containsExactly(new LabelMatch(1, 5, true), new LabelMatch(2, 5, true), new LabelMatch(0, 5, true));
  }
}
