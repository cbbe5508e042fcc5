package org.govdisclosure.extract.region;

/**
 * One administrative division of the gazetteer.
 *
 * @param code GB/T 2260 code (2, 4, 6 or 9 digits)
 * @param name the name as published, e.g. {@code 获嘉县}, {@code 庆北办事处}
 * @param kind {@code zone} (xxxx7x statistical zone, not a GB/T 2260 county), {@code prefecture} (county-level row of a
 *     prefecture without counties, e.g. 东莞市 441900), {@code special} (township code 400–599) or empty
 */
public record Division(String code, String name, String kind) {

  public Level level() {
    return Level.ofCode(code);
  }

  public boolean isZone() {
    return "zone".equals(kind);
  }

  public boolean isSpecial() {
    return "special".equals(kind);
  }

  /**
   * Whether this is a special area named as a street, town or 乡 (东河街道 of 呼和浩特市新城区, coded 150102403): a township
   * all the same, set up after the gazetteer's count or in a zone, not a zone or farm.
   */
  public boolean isSpecialTownship() {
    return isSpecial() && (name.endsWith("街道") || name.endsWith("镇") || name.endsWith("乡"));
  }

  public boolean isPrefectureCounty() {
    return "prefecture".equals(kind);
  }

  /** The code in the six digits GB/T 2260 prints above the township level (32 → 320000, 3208 → 320800). */
  public String paddedCode() {
    return code.length() >= Level.COUNTY.codeLength() ? code : code + "0".repeat(Level.COUNTY.codeLength() - code.length());
  }

  /** The enclosing (or own) code at {@code level}, or null when this division is above it. */
  public String codeAt(Level level) {
    return code.length() >= level.codeLength() ? code.substring(0, level.codeLength()) : null;
  }
}
