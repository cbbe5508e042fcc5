package org.govdisclosure.extract.value;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class ConfusablesTest {

  /** A group's characters stand for each other, in either direction; a character of no group only for itself. */
  @Test
  void aCharacterLooksLikeTheOthersOfItsGroupOnly() {
    Confusables table = Confusables.bundled();
    assertThat(table.looksLike('沐', '沭')).isTrue();
    assertThat(table.looksLike('沭', '沐')).isTrue();
    assertThat(table.looksLike('巳', '己')).isTrue();
    assertThat(table.looksLike('沐', '己')).isFalse();
    assertThat(table.looksLike('Q', 'Q')).isTrue();
    assertThat(table.alternatives('Q')).isEmpty();
    assertThat(table.tolerant("沐阳")).isEqualTo("[沐沭]" + java.util.regex.Pattern.quote("阳"));
  }

  /** OCR's misreadings of the national tables' labels: 牛 for 年, 中 for 申, 顶 for 项, 幵 for 开 (本牛新收, 重复中请). */
  @Test
  void ocrsMisreadingsOfTheTablesLabelsAreLookAlikes() {
    Confusables table = Confusables.bundled();
    assertThat(table.looksLike('牛', '年')).isTrue();
    assertThat(table.looksLike('中', '申')).isTrue();
    assertThat(table.looksLike('顶', '项')).isTrue();
    assertThat(table.looksLike('幵', '开')).isTrue();
  }

  /** Label matching asks for every character it compares: a listed character is looked up without boxing it as a key. */
  @Test
  void lookingUpACharacterAllocatesNothing() {
    Confusables table = Confusables.bundled();
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    char[] printed = {'沐', '已', '末', '甲'};
    int alike = 0;
    for (int round = 0; round < 3; round++) { // the classes loaded and the calls linked before counting
      long before = threads.getCurrentThreadAllocatedBytes();
      for (int i = 0; i < 1_000; i++) {
        alike += table.looksLike(printed[i % printed.length], "沭己未乙".charAt(i % 4)) ? 1 : 0;
      }
      if (round == 2) {
        assertThat(threads.getCurrentThreadAllocatedBytes() - before).isLessThan(1_000);
      }
    }
    assertThat(alike).isEqualTo(3 * 750);
  }
}
