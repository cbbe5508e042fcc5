package org.govdisclosure.extract.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.govdisclosure.extract.model.Cell;

/** Every way a report writes a count reads back to the same integer. */
class CountPropertiesTest {

  @Property
  void countsReadBackInEveryNotation(@ForAll @IntRange(min = 0) int n) {
    String grouped = NumberFormat.getIntegerInstance(Locale.ROOT).format(n);
    for (String text : new String[] {
        String.valueOf(n), " " + n, grouped, AmountNotations.fullWidth(grouped), "新增" + n + "条", n + "件", "+" + n}) {
      assertThat(Counts.parse(Cell.Text.fold(text)).value()).as(text).isEqualTo(n);
    }
  }

  @Property
  void decreasesAreNegativeOnlyInChangeColumns(@ForAll @IntRange(min = 1) int n) {
    for (String text : new String[] {"-" + n, "−" + n, "减少" + n, "减" + n + "件"}) {
      assertThat(Counts.parseChange(text).value()).as(text).isEqualTo(-n);
      assertThat(Counts.parse(text).problem()).as(text).isEqualTo(Counts.NEGATIVE);
    }
  }
}
