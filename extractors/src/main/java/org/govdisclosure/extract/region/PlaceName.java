package org.govdisclosure.extract.region;

/**
 * One way a division is written in reports.
 *
 * @param text the characters to find
 * @param division the division meant; for an alias, today's county
 * @param form how {@code text} relates to the division's current name
 */
public record PlaceName(String text, Division division, Form form) {

  public enum Form {
    /** The current name as published: 临安区. */
    FULL,
    /** The name without its level suffix: 临安 (临安门户网站). */
    SHORT,
    /** A former county name now merged or renamed: 临安市 → 临安区. */
    ALIAS,
    /** An ethnic township's everyday name, without its ethnic designation: 阿什里乡 for 阿什里哈萨克民族乡. */
    EVERYDAY,
    /** The abbreviation a name goes by, its level word kept: 科右中旗 → 科尔沁右翼中旗. */
    ABBREVIATED,
    /**
     * A special area's name that is only its kind, which other areas print after their own place's name (临空经济区,
     * as in 天津市东丽区临空经济区): many places have one, so it names one only beside its city or county.
     */
    KIND
  }
}
