package org.govdisclosure.extract.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.govdisclosure.extract.AllocatedBytes;
import org.govdisclosure.extract.EveryText;
import org.junit.jupiter.api.Test;

class CellKindTest {

  /**
   * Without a unit of money (so no amount in words), a cell is a number exactly when it is digits alone or the number
   * pattern matches it: the scan before the pattern turns away none that it matches.
   */
  @Test
  void theScanBeforeTheNumberPatternTurnsAwayNoNumber() {
    Pattern number = Pattern.compile("^(?:约|" + String.join("|", Numerals.CHANGE_WORDS) + ")?[+\\-−]?\\d[\\d,]*(?:\\.\\d+)?(?:余|多)?(?:"
        + Numerals.alternation(Numerals.MONEY_UNITS) + "|" + Numerals.alternation(Numerals.MAGNITUDES) + ")?"
        + Numerals.alternation(Numerals.COUNTERS) + "?$");
    EveryText.upTo("08,.约新增减−余多件人次属\u0085", 5, piece -> {
      CellKind expected = piece.isEmpty() ? CellKind.BLANK : CellKind.isPlainDigits(piece) ? CellKind.NUMBER
          : CellKind.isMarker(piece) ? CellKind.MARKER : number.matcher(piece).matches() ? CellKind.NUMBER : CellKind.LABEL;
      assertThat(CellKind.of(piece)).as("[%s]", piece).isEqualTo(expected);
    });
    assertThat(CellKind.of("300.6万")).isEqualTo(CellKind.NUMBER);
    assertThat(CellKind.of("约1,000余人次")).isEqualTo(CellKind.NUMBER);
    assertThat(CellKind.of("三十万元")).isEqualTo(CellKind.NUMBER);
    assertThat(CellKind.of("收费金额(万元)")).isEqualTo(CellKind.LABEL);
  }

  /** A row label with its ordinal's digit is classified for every cell check of its row: without a matcher. */
  @Test
  void aLabelWithAnOrdinalsDigitIsToldWithoutAllocating() {
    assertThat(AllocatedBytes.perCall(2_000, () -> CellKind.of("1.属于国家秘密").ordinal() + CellKind.of("（三）2.其他").ordinal())).isZero();
    assertThat(CellKind.of("1.属于国家秘密")).isEqualTo(CellKind.LABEL);
  }

  /**
   * A row of figures in a line of text prints slashes, dashes and 无 for none: marks a cell prints too. The marks only a
   * cell alone prints (、, \\, 空) are, among a line's words, its punctuation or a label's letter.
   */
  @Test
  void aRowsMarksAmongItsFiguresAreMarksOfACell() {
    for (String mark : new String[] {"/", "-", "—", "–", "--", "——", "无"}) {
      assertThat(CellKind.isRowMarker(mark)).as(mark).isTrue();
      assertThat(CellKind.isMarker(mark)).as(mark).isTrue();
    }
    assertThat(CellKind.isRowMarker("／")).isTrue();
    assertThat(CellKind.isRowMarker("－")).isTrue();
    for (String mark : new String[] {"、", "\\", "空", "(空)"}) {
      assertThat(CellKind.isRowMarker(mark)).as(mark).isFalse();
      assertThat(CellKind.isMarker(mark)).as(mark).isTrue();
    }
    assertThat(Pattern.matches("[" + CellKind.ROW_MARKER_CLASS + "]+", "/-—–无")).isTrue();
    assertThat(Pattern.matches("[" + CellKind.ROW_MARKER_CLASS + "]", "、")).isFalse();
  }
}
