package org.govdisclosure.extract.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      709929.6        | 709929.60
      0               | 0.00
      251000元        | 251000.00
      116万元          | 1160000.00
      300.6万         | 3006000.00
      65万            | 650000.00
      1.2亿元          | 120000000.00
      '3,500.00元'    | 3500.00
      ３，５００．００元 | 3500.00
      ' 1 160 000 '   | 1160000.00
      ¥5000          | 5000.00
      人民币5000元     | 5000.00
      三十万元         | 300000.00
      一百二十万元      | 1200000.00
      一千零五万元      | 10050000.00
      两万元           | 20000.00
      十五元           | 15.00
      〇              | 0.00
      壹佰贰拾万元整     | 1200000.00
      贰仟叁佰元伍角     | 2300.50
      壹佰元零伍分      | 100.05
      伍角叁分         | 0.53
      1亿2000万元      | 120000000.00
      一亿零五百万零三元  | 105000003.00
      1万2000元        | 12000.00
      -18            | -18.00
      """)
  void readsEveryNotation(String text, BigDecimal yuan) {
    Amount amount = Amounts.parse(text, null);
    assertThat(amount.problem()).isNull();
    assertThat(amount.yuan()).isEqualTo(yuan);
    assertThat(amount.approximate()).isFalse();
    assertThat(amount.text()).isEqualTo(text);
  }

  @ParameterizedTest(name = "{0} -> about {1}")
  @CsvSource(delimiter = '|', textBlock = """
      约50万元      | 500000.00
      大约3000元    | 3000.00
      1000余万元    | 10000000.00
      50多万元      | 500000.00
      十余万元      | 100000.00
      50万元左右    | 500000.00
      """)
  void qualifiedFiguresAreReadAndFlaggedApproximate(String text, BigDecimal yuan) {
    Amount amount = Amounts.parse(text, null);
    assertThat(amount.yuan()).isEqualTo(yuan);
    assertThat(amount.approximate()).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"50-60万元", "50万-60万元", "50~60万元", "50至60万元", "约50-60万元"})
  void rangesAreFlaggedNotGuessed(String text) {
    Amount amount = Amounts.parse(text, Unit.WAN);
    assertThat(amount.isRange()).isTrue();
    assertThat(amount.yuan()).isNull();
    assertThat(CellKind.of(text)).isEqualTo(CellKind.NUMBER);
  }

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      ''           | blank
      ' '          | blank
      /            | marker
      ／           | marker
      —            | marker
      无           | marker
      abc          | unparseable
      万元          | unparseable
      50%          | unparseable
      1.2.3        | unparseable
      一万五        | unparseable
      1万5         | unparseable
      一二三        | unparseable
      十百          | unparseable
      3元5         | unparseable
      1万20000元    | unparseable
      '1,5万元'     | unparseable
      '1,2345'     | unparseable
      0.001元      | fraction_of_fen
      """)
  void reportsWhyThereIsNoValue(String text, String problem) {
    Amount amount = Amounts.parse(text, null);
    assertThat(amount.isParsed()).isFalse();
    assertThat(amount.problem()).isEqualTo(problem);
  }

  @Test
  void unitInCellBeatsHeaderBeatsTemplateBeatsAssumedYuan() {
    assertThat(Amounts.parse("116万元", Unit.YUAN, Unit.YI))
        .extracting(Amount::yuan, Amount::unitSource)
        .containsExactly(new BigDecimal("1160000.00"), UnitSource.CELL);
    assertThat(Amounts.parse("116", Unit.WAN, Unit.YI))
        .extracting(Amount::yuan, Amount::unitSource)
        .containsExactly(new BigDecimal("1160000.00"), UnitSource.HEADER);
    assertThat(Amounts.parse("116", null, Unit.WAN))
        .extracting(Amount::yuan, Amount::unitSource)
        .containsExactly(new BigDecimal("1160000.00"), UnitSource.TEMPLATE);
    assertThat(Amounts.parse("116", null, null))
        .extracting(Amount::yuan, Amount::unitSource)
        .containsExactly(new BigDecimal("116.00"), UnitSource.ASSUMED);
    assertThat(UnitSource.ASSUMED.code()).isEqualTo("assumed");
  }

  @Test
  void headerUnitScalesBareNumbers() {
    assertThat(Amounts.parse("12.345678", Unit.WAN).yuan()).isEqualTo(new BigDecimal("123456.78"));
    assertThat(Amounts.parse("12.3456789", Unit.WAN).problem()).isEqualTo(Amounts.FRACTION_OF_FEN);
    assertThat(Amounts.parse("三十", Unit.WAN).yuan()).isEqualTo(new BigDecimal("300000.00"));
  }

  @Test
  void unitInTheNextCellCountsAsTheCellsOwn() {
    Amount amount = Amounts.parseSplit("73802895.90", "元", Unit.WAN, null);
    assertThat(amount.yuan()).isEqualTo(new BigDecimal("73802895.90"));
    assertThat(amount.unitSource()).isEqualTo(UnitSource.CELL);
    assertThat(amount.text()).isEqualTo("73802895.90元");
    assertThat(Amounts.parseSplit("116", "（万元）", null, null).yuan()).isEqualTo(new BigDecimal("1160000.00"));
  }

  @Test
  void unitCellThatIsNotAUnitIsIgnored() {
    Amount amount = Amounts.parseSplit("116", "合计", Unit.WAN, null);
    assertThat(amount.yuan()).isEqualTo(new BigDecimal("1160000.00"));
    assertThat(amount.unitSource()).isEqualTo(UnitSource.HEADER);
    assertThat(amount.text()).isEqualTo("116");
  }

  @Test
  void missingTextReadsAsBlank() {
    assertThat(Amounts.parse(null, null).problem()).isEqualTo(Amounts.BLANK);
    assertThat(Amounts.parseSplit("116", null, null, null).yuan()).isEqualTo(new BigDecimal("116.00"));
  }

  @Test
  void numberCellUnitWinsOverTheNextCell() {
    assertThat(Amounts.parseSplit("116万元", "元", null, null).yuan()).isEqualTo(new BigDecimal("1160000.00"));
  }

  @Test
  void declaredUnitsComeFromHeadersAndCaptions() {
    assertThat(Unit.declaredIn("采购总金额(万元)")).isEqualTo(Unit.WAN);
    assertThat(Unit.declaredIn("单位:亿元")).isEqualTo(Unit.YI);
    assertThat(Unit.declaredIn("金额(元)")).isEqualTo(Unit.YUAN);
    assertThat(Unit.declaredIn("采购项目数")).isNull();
  }
}
