package org.govdisclosure.extract.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.govdisclosure.extract.AllocatedBytes;
import org.govdisclosure.extract.model.Cell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      0           | 0
      ' 0'        | 0
      12          | 12
      007         | 7
      '1,024'     | 1024
      １２         | 12
      １，０２４    | 1024
      新增1条      | 1
      增加15件     | 15
      +3          | 3
      12.0        | 12
      2147483647  | 2147483647
      5人次        | 5
      """)
  void readsCounts(String text, int value) {
    Count count = Counts.parse(Cell.Text.fold(text));
    assertThat(count.value()).isEqualTo(value);
    assertThat(count.kind()).isEqualTo(CellKind.NUMBER);
    assertThat(count.problem()).isNull();
    assertThat(Counts.parseChange(Cell.Text.fold(text)).value()).isEqualTo(value);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      减少3     | -3
      减2条     | -2
      -18      | -18
      −18      | -18
      －18      | -18
      新增1条   | 1
      0        | 0
      """)
  void changeColumnsReadNegatives(String text, int value) {
    assertThat(Counts.parseChange(Cell.Text.fold(text)).value()).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"减少3", "-18", "−18"})
  void negativeOutsideAChangeColumnIsFlaggedNotAccepted(String text) {
    Count count = Counts.parse(text);
    assertThat(count.value()).isNull();
    assertThat(count.kind()).isEqualTo(CellKind.LABEL);
    assertThat(count.problem()).isEqualTo(Counts.NEGATIVE);
  }

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      ''      | BLANK
      /       | MARKER
      ／      | MARKER
      -       | MARKER
      —       | MARKER
      --      | MARKER
      无      | MARKER
      合计     | LABEL
      5万元    | LABEL
      """)
  void noValueSaysWhy(String text, CellKind kind) {
    Count count = Counts.parse(Cell.Text.fold(text));
    assertThat(count.value()).isNull();
    assertThat(count.kind()).isEqualTo(kind);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      1.5          | not_integer
      100余件       | approximate
      30多          | approximate
      2147483648   | too_large
      99999999999  | too_large
      12abc        | unparseable
      """)
  void doubtfulCountsHaveNoValueAndAProblem(String text, String problem) {
    Count count = Counts.parse(text);
    assertThat(count.value()).isNull();
    assertThat(count.kind()).isEqualTo(CellKind.LABEL);
    assertThat(count.problem()).isEqualTo(problem);
  }

  @Test
  void cellKindsOfCommonCells() {
    assertThat(CellKind.of("12")).isEqualTo(CellKind.NUMBER);
    assertThat(CellKind.of("三十万元")).isEqualTo(CellKind.NUMBER);
    assertThat(CellKind.of("一")).isEqualTo(CellKind.LABEL);
    // the numeral zero written out is a count of none; another numeral alone may be an ordinal or a label's piece
    assertThat(CellKind.of("零")).isEqualTo(CellKind.NUMBER);
    assertThat(Counts.parse("零").value()).isZero();
    assertThat(Counts.parse("三").value()).isNull();
    assertThat(CellKind.of("部分公开")).isEqualTo(CellKind.LABEL);
    assertThat(CellKind.of("")).isEqualTo(CellKind.BLANK);
    assertThat(CellKind.of("/")).isEqualTo(CellKind.MARKER);
  }

  @Test
  void figuresPrintedApartInOneCellAreNoCount() {
    assertThat(Amounts.parse("212 702719.89元", null).yuan()).isNull();
    // two cells a conversion merged: neither 967 nor 9 is what the report says
    assertThat(Counts.parse(new Cell("9 ６７")).problem()).isEqualTo(Counts.FIGURES_APART);
    assertThat(Counts.parse(new Cell("0 100")).value()).isNull();
    assertThat(Counts.parse(new Cell("4 512")).value()).isNull();
    assertThat(Counts.parse(new Cell("18件 41")).value()).isNull();
    assertThat(Counts.parse(new Cell(" 12 ")).value()).isEqualTo(12);
    assertThat(Counts.parse(new Cell("1,024")).value()).isEqualTo(1024);
  }

  /**
   * A cell printed with spaces around one figure (a text export's padding) is read without a normalized copy of its
   * printed text: figures apart need two digits, and it has one.
   */
  @Test
  void aPaddedCellOfOneDigitIsReadWithoutACopy() {
    Cell padded = new Cell("\u3000 7  ");
    assertThat(AllocatedBytes.perCall(2_000, () -> Counts.parse(padded).value())).isZero();
    assertThat(Counts.parse(padded).value()).isEqualTo(7);
    assertThat(Counts.parse(new Cell(" 9 6 ")).problem()).isEqualTo(Counts.FIGURES_APART);
  }
}
