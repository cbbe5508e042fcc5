package org.govdisclosure.extract.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.govdisclosure.extract.EveryText;
import org.govdisclosure.extract.value.CellKind;
import org.govdisclosure.extract.value.Numerals;
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

  /**
   * A piece with a digit is one cell exactly where the regexes of an amount and of a count say it is, or where it is a
   * number opening with no digit: every piece of up to five characters of digits, a separator, a decimal point, a
   * unit, a counter, a sign, an approximation word, a full-width digit and a letter.
   */
  @Test
  void aPieceIsOneCellWhereTheRegexesOfAmountsAndCountsSaySo() {
    Pattern amount = Pattern.compile(Numerals.AMOUNT_CELL);
    Pattern countCell = Pattern.compile("(?:\\d{1,3}(?:,\\d{3})+|\\d+(?=\\D))" + Numerals.alternation(Numerals.COUNTERS) + "?");
    EveryText.upTo("07,.万件-约\uff15a", 5, piece -> {
      if (piece.chars().anyMatch(c -> c >= '0' && c <= '9')) {
        boolean byRegex = amount.matcher(piece).matches() || countCell.matcher(piece).matches()
            || !Character.isDigit(piece.charAt(0)) && CellKind.of(piece) == CellKind.NUMBER;
        assertThat(SectionTokens.isWholeCell(piece)).as("[%s]", piece).isEqualTo(byRegex);
      }
    });
  }
}
