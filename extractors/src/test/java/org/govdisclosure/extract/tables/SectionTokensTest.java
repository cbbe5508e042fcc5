package org.govdisclosure.extract.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SectionTokensTest {

  /**
   * A line is cut into the pieces the regex split gave: every text of up to four characters from spaces of each kind,
   * characters that are no space to it (a zero-width space, an en space) and letters.
   */
  @Test
  void aLineIsCutWhereTheRegexOfSpacesCutIt() {
    Pattern spaces = Pattern.compile("[\\s\u00a0\u3000]+");
    String alphabet = " \t\u000B\u00a0\u3000\u200b\u2002a八";
    StringBuilder text = new StringBuilder();
    int n = alphabet.length();
    for (int length = 0; length <= 4; length++) {
      int count = (int) Math.pow(n, length);
      for (int code = 0; code < count; code++) {
        text.setLength(0);
        for (int k = 0, c = code; k < length; k++, c /= n) {
          text.append(alphabet.charAt(c % n));
        }
        String line = text.toString();
        assertThat(SectionTokens.spaceParted(line)).as("[%s]", line).isEqualTo(spaces.splitAsStream(line).toList());
      }
    }
  }
}
