package org.govdisclosure.extract.region;

/**
 * Where a report comes from. Any part may be null when unknown; {@code countyCode} is a GB/T 2260 six-digit code
 * taken from the gazetteer, never from document text.
 *
 * @param countyNameAsPrinted the county name as the report writes it when it differs from today's (an old name)
 * @param unitType township | street | county_government | county_department | city_government | city_department |
 *     province | other, or null when unknown
 * @param confidence exact | disambiguated | ambiguous | unresolved
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
    String confidence) {

  public static final Region UNKNOWN = new Region(null, null, null, null, null, null, null, null, "unresolved");
}
