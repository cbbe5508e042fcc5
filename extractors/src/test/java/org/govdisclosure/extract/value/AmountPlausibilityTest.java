package org.govdisclosure.extract.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountPlausibilityTest {

  @ParameterizedTest(name = "{0} over {1} items -> {2}")
  @CsvSource(nullValues = "none", textBlock = """
      1160000,   12,  none
      1200,      12,  none
      116,       12,  amount_unit_suspect
      2000000000, 2,  amount_unit_suspect
      0,         12,  none
      116,        0,  none
      """)
  void flagsAveragesOutsideTheUsualRangeWithoutChangingTheValue(String total, long items, String warning) {
    Amount amount = Amounts.parse(total, null);
    Amount checked = AmountPlausibility.checkPerItem(amount, items);
    assertThat(checked.warning()).isEqualTo(warning);
    assertThat(checked.yuan()).isEqualTo(amount.yuan());
  }

  @ParameterizedTest
  @CsvSource({"'', 3", "abc, 3"})
  void unreadAmountsAreLeftAlone(String total, long items) {
    Amount amount = Amounts.parse(total, null);
    assertThat(AmountPlausibility.checkPerItem(amount, items)).isSameAs(amount);
    assertThat(AmountPlausibility.isSuspectPerItem(BigDecimal.TEN, items)).isTrue();
  }
}
