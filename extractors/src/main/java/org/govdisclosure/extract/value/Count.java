package org.govdisclosure.extract.value;

/**
 * A parsed count cell: a value, or the reason there is none.
 *
 * @param value the integer, or null
 * @param kind what the cell held
 */
public record Count(Integer value, CellKind kind) {

  public static final Count BLANK = new Count(null, CellKind.BLANK);
}
