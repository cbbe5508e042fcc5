package org.govdisclosure.extract.value;

import java.math.BigDecimal;

/**
 * A parsed money amount.
 *
 * @param yuan the amount in yuan at scale 2, or null when the text could not be read
 * @param text the text as printed
 * @param unitSource where the unit came from (null when no number was read)
 * @param problem why {@code yuan} is null ({@code blank}, {@code marker}, {@code range}, {@code unparseable},
 *     {@code fraction_of_fen}), or null
 * @param approximate the report qualified the figure ({@code 约50万元}, {@code 1000余万元}, {@code 50多万元})
 * @param warning a doubt about a read value that leaves it unchanged, e.g. {@link AmountPlausibility#UNIT_SUSPECT}
 */
public record Amount(
    BigDecimal yuan, String text, UnitSource unitSource, String problem, boolean approximate, String warning) {

  public static final String RANGE = "range";

  public Amount(BigDecimal yuan, String text, UnitSource unitSource, String problem) {
    this(yuan, text, unitSource, problem, false, null);
  }

  public boolean isParsed() {
    return yuan != null;
  }

  /** A range such as {@code 50-60万元}: flagged, never guessed, so {@code yuan} is null. */
  public boolean isRange() {
    return RANGE.equals(problem);
  }

  public Amount withWarning(String code) {
    return new Amount(yuan, text, unitSource, problem, approximate, code);
  }
}
