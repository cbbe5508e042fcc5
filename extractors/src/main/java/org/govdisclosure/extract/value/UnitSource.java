package org.govdisclosure.extract.value;

/** Where the unit of an amount came from, most to least certain. Written lower-case to the output. */
public enum UnitSource {
  CELL,
  HEADER,
  TEMPLATE,
  ASSUMED;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
