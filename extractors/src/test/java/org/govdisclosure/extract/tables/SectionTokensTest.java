package org.govdisclosure.extract.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.govdisclosure.extract.EveryText;
import org.junit.jupiter.api.Test;

class SectionTokensTest {

  /**
   * A line is cut into the pieces the regex split gave: every text of up to four characters from spaces of each kind,
   * characters that are no space to it (a zero-width space, an en space) and letters.
   */
  @Test
  void aLineIsCutWhereTheRegexOfSpacesCutIt() {
    Pattern spaces = Pattern.compile("[\\s\u00a0\u3000]+");
    EveryText.upTo(" \t\u000B\u00a0\u3000\u200b\u2002a八", 4,
        line -> assertThat(SectionTokens.spaceParted(line)).as("[%s]", line).isEqualTo(spaces.splitAsStream(line).toList()));
  }
}
