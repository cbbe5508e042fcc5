package org.govdisclosure.extract.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.StringLength;
import org.govdisclosure.extract.model.Cell;

/** Every notation of a random amount reads back to the same BigDecimal; no input makes the readers throw. */
class AmountPropertiesTest {

  @Property
  void plainFigures(@ForAll @BigRange(min = "0", max = "9999999999999.99") @Scale(2) BigDecimal yuan) {
    assertReadsBack(yuan.toPlainString(), yuan);
    assertReadsBack(yuan.stripTrailingZeros().toPlainString(), yuan);
    assertReadsBack(yuan.toPlainString() + "元", yuan);
  }

  @Property
  void tenThousandsAndHundredMillions(@ForAll @BigRange(min = "0", max = "9999999999999.99") @Scale(2) BigDecimal yuan) {
    assertReadsBack(yuan.movePointLeft(4).stripTrailingZeros().toPlainString() + "万元", yuan);
    assertReadsBack(yuan.movePointLeft(4).toPlainString() + "万", yuan);
    assertReadsBack(yuan.movePointLeft(8).toPlainString() + "亿元", yuan);
  }

  @Property
  void headerUnitAppliesToBareFigures(@ForAll @BigRange(min = "0", max = "9999999999.99") @Scale(2) BigDecimal yuan) {
    Amount amount = Amounts.parse(yuan.movePointLeft(4).toPlainString(), Unit.WAN);
    assertThat(amount.yuan()).isEqualTo(yuan);
    assertThat(amount.unitSource()).isEqualTo(UnitSource.HEADER);
  }

  @Property
  void thousandsSeparatorsAndFullWidth(@ForAll @BigRange(min = "0", max = "9999999999999.99") @Scale(2) BigDecimal yuan) {
    String grouped = AmountNotations.withThousands(yuan);
    assertReadsBack(grouped, yuan);
    assertReadsBack(grouped + "元", yuan);
    assertReadsBack(AmountNotations.fullWidth(grouped) + "元", yuan);
  }

  @Property
  void chineseNumeralsAndFinancialCapitals(@ForAll @BigRange(min = "0", max = "999999999999.99") @Scale(2) BigDecimal yuan) {
    assertReadsBack(AmountNotations.everyday(yuan), yuan);
    assertReadsBack(AmountNotations.capitals(yuan), yuan);
  }

  @Property
  void smallChineseAmountsWithZeros(@ForAll @IntRange(min = 0, max = 2_000_000) int cents) {
    BigDecimal yuan = BigDecimal.valueOf(cents, 2);
    assertReadsBack(AmountNotations.everyday(yuan), yuan);
    assertReadsBack(AmountNotations.capitals(yuan), yuan);
  }

  /** Runs of zeros are where 零 goes; a bit mask over twelve places produces every pattern of them. */
  @Property
  void chineseNumeralsWithZeroRuns(@ForAll @LongRange(min = 1, max = 4095) long places, @ForAll @IntRange(min = 1, max = 9) int digit) {
    BigDecimal yuan = BigDecimal.ZERO.setScale(2);
    for (int place = 0; place < 12; place++) {
      if ((places >> place & 1) == 1) {
        yuan = yuan.add(BigDecimal.valueOf(digit).movePointRight(place));
      }
    }
    assertReadsBack(AmountNotations.everyday(yuan), yuan);
    assertReadsBack(AmountNotations.capitals(yuan), yuan);
  }

  @Property
  void mixedYiAndWan(@ForAll @IntRange(min = 1, max = 9999) int yi, @ForAll @IntRange(min = 0, max = 9999) int wan) {
    BigDecimal yuan = BigDecimal.valueOf(yi).movePointRight(8).add(BigDecimal.valueOf(wan).movePointRight(4)).setScale(2);
    assertReadsBack(yi + "亿" + (wan == 0 ? "" : wan + "万") + "元", yuan);
  }

  @Property
  void qualifiersKeepTheValueAndFlagIt(@ForAll @BigRange(min = "0", max = "99999999.99") @Scale(2) BigDecimal yuan) {
    String wan = yuan.movePointLeft(4).toPlainString();
    for (String text : new String[] {"约" + wan + "万元", wan + "余万元", wan + "多万元", wan + "万元左右"}) {
      Amount amount = Amounts.parse(text, null);
      assertThat(amount.yuan()).as(text).isEqualTo(yuan);
      assertThat(amount.approximate()).as(text).isTrue();
    }
  }

  @Property
  void rangesAreNeverGivenAValue(
      @ForAll @BigRange(min = "0", max = "99999.99") @Scale(2) BigDecimal low,
      @ForAll @BigRange(min = "0", max = "99999.99") @Scale(2) BigDecimal high) {
    for (String separator : new String[] {"-", "~", "至", "—"}) {
      Amount amount = Amounts.parse(low.toPlainString() + separator + high.toPlainString() + "万元", Unit.WAN);
      assertThat(amount.isRange()).isTrue();
      assertThat(amount.yuan()).isNull();
    }
  }

  @Property
  void arbitraryTextNeverThrows(@ForAll String text) {
    assertReadOrExplained(text);
  }

  /** Strings over the characters the grammar knows reach its deeper states far more often than random text. */
  @Property(tries = 3000)
  void amountLikeTextNeverThrows(
      @ForAll @StringLength(max = 12) @Chars({'0', '1', '5', '9', ',', '.', '-', '~', '+', '零', '一', '五', '十', '百',
          '千', '万', '亿', '元', '角', '分', '整', '约', '余', '多', '壹', '拾', '佰', '至', ' '}) String text) {
    assertReadOrExplained(text);
  }

  private static void assertReadOrExplained(String text) {
    Amount amount = Amounts.parse(text, Unit.WAN, null);
    assertThat(amount.isParsed() != (amount.problem() != null)).as(text).isTrue();
    if (amount.isParsed()) {
      assertThat(amount.yuan().scale()).isEqualTo(2);
    }
    Count count = Counts.parse(Cell.Text.fold(text));
    assertThat(count.isParsed()).as(text).isEqualTo(count.kind() == CellKind.NUMBER);
    assertThat(count.kind() == CellKind.LABEL).as(text).isEqualTo(count.problem() != null);
    assertThat(Counts.parseChange(Cell.Text.fold(text)).kind()).isNotNull();
    assertThat(CellKind.of(Cell.Text.fold(text))).isNotNull();
  }

  private static void assertReadsBack(String text, BigDecimal yuan) {
    Amount amount = Amounts.parse(text, null);
    assertThat(amount.problem()).as(text).isNull();
    assertThat(amount.yuan()).as(text).isEqualTo(yuan);
  }
}
