package org.govdisclosure.extract.region;

import java.util.Locale;

/** Division levels; a GB/T 2260 code's length tells them apart. The lower-case name is the OpenNLP span type. */
public enum Level {
  PROVINCE(2),
  CITY(4),
  COUNTY(6),
  TOWNSHIP(9);

  /** The levels, copied once: {@code values()} copies its array on every call, and places are looked up by the thousand. */
  private static final Level[] ALL = values();

  private final int codeLength;

  Level(int codeLength) {
    this.codeLength = codeLength;
  }

  public int codeLength() {
    return codeLength;
  }

  /** {@code province}, {@code city}, {@code county} or {@code township}. */
  public String type() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Level ofCode(String code) {
    for (Level level : ALL) {
      if (level.codeLength == code.length()) {
        return level;
      }
    }
    throw new IllegalArgumentException("not a division code: " + code);
  }
}
