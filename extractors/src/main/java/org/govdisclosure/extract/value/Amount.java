package org.govdisclosure.extract.value;

import java.math.BigDecimal;

/**
 * A parsed money amount.
 *
 * @param yuan the amount in yuan at scale 2, or null when the text could not be read
 * @param text the text as printed
 * @param unitSource where the unit came from (null when unparseable)
 * @param problem why {@code yuan} is null, or null
 */
public record Amount(BigDecimal yuan, String text, UnitSource unitSource, String problem) {

  public boolean isParsed() {
    return yuan != null;
  }
}
