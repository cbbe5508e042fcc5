package org.govdisclosure.extract.region;

import java.util.Locale;

/** Division levels; a GB/T 2260 code's length tells them apart. The lower-case name is the OpenNLP span type. */
public enum Level {
  PROVINCE(2),
  CITY(4),
  COUNTY(6),
  TOWNSHIP(9);

  /** The levels by the length of their codes (a township's is the longest): places are looked up by the thousand. */
  private static final Level[] BY_CODE_LENGTH = new Level[TOWNSHIP.codeLength + 1];

  static {
    for (Level level : values()) {
      BY_CODE_LENGTH[level.codeLength] = level;
    }
  }

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
    Level level = code.length() < BY_CODE_LENGTH.length ? BY_CODE_LENGTH[code.length()] : null;
    if (level == null) {
      throw new IllegalArgumentException("not a division code: " + code);
    }
    return level;
  }
}
