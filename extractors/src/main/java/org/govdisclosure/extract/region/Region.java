package org.govdisclosure.extract.region;

/**
 * Where a report comes from. Any part may be null when unknown; {@code countyCode} is a GB/T 2260 six-digit code
 * taken from the gazetteer, never from document text.
 *
 * @param countyNameAsPrinted the county name as the report writes it when it differs from today's (an old name)
 * @param unitType township | street | county_government | county_government_office | county_department | city_government |
 *     city_government_office | city_department |
 *     province | other, or null when unknown
 * @param confidence exact | disambiguated | ambiguous | unresolved
 * @param divisionCode the code of the issuer's own division at its level: six digits for a province (310000), a
 *     city (320800) or a county, nine for a township; null when unknown (ambiguous, or a township the gazetteer
 *     lacks)
 * @param divisionLevel the level of the issuer's own division, or null when unknown
 */
public record Region(
    String province,
    String city,
    String countyName,
    String countyCode,
    String township,
    String townshipCode,
    String countyNameAsPrinted,
    String unitType,
    String confidence,
    String divisionCode,
    Level divisionLevel) {

  public static final Region UNKNOWN = new Region(null, null, null, null, null, null, null, null, "unresolved");

  /** A region whose issuer's division is not told yet: see {@link #withDivision}. */
  public Region(String province, String city, String countyName, String countyCode, String township,
      String townshipCode, String countyNameAsPrinted, String unitType, String confidence) {
    this(province, city, countyName, countyCode, township, townshipCode, countyNameAsPrinted, unitType, confidence,
        null, null);
  }

  /** This region with the issuer's own division {@code d}. */
  public Region withDivision(Division d) {
    return withDivision(d.paddedCode(), d.level());
  }

  /** This region with the issuer's division at {@code level}, its code null when unknown. */
  public Region withDivision(String code, Level level) {
    return new Region(province, city, countyName, countyCode, township, townshipCode, countyNameAsPrinted, unitType,
        confidence, code, level);
  }
}
