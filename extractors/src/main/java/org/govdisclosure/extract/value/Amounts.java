package org.govdisclosure.extract.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.model.Cell;

/** Reads money amounts into exact yuan. Never uses floating point. */
public final class Amounts {

  private static final Pattern AMOUNT = Pattern.compile("^(\\d[\\d,]*(?:\\.\\d+)?)(亿元|万元|元|亿|万)?$");

  private Amounts() {}

  /**
   * Parses an amount cell.
   *
   * @param text the cell as printed
   * @param contextUnit the unit a column header or caption declares, or null
   */
  public static Amount parse(String text, Unit contextUnit) {
    String folded = Cell.Text.fold(text);
    Matcher m = AMOUNT.matcher(folded);
    if (!m.matches()) {
      return new Amount(null, text, null, folded.isEmpty() ? "blank" : "unparseable");
    }
    BigDecimal number = new BigDecimal(m.group(1).replace(",", ""));
    Unit unit;
    UnitSource source;
    if (m.group(2) != null) {
      unit = m.group(2).startsWith("亿") ? Unit.YI : m.group(2).startsWith("万") ? Unit.WAN : Unit.YUAN;
      source = UnitSource.CELL;
    } else if (contextUnit != null) {
      unit = contextUnit;
      source = UnitSource.HEADER;
    } else {
      unit = Unit.YUAN;
      source = UnitSource.ASSUMED;
    }
    BigDecimal yuan = number.multiply(unit.factor());
    if (yuan.stripTrailingZeros().scale() > 2) {
      return new Amount(null, text, source, "fraction_of_fen");
    }
    return new Amount(yuan.setScale(2, RoundingMode.UNNECESSARY), text, source, null);
  }
}
