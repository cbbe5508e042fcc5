package org.govdisclosure.extract.value;

/**
 * A parsed count cell: a value, or the reason there is none.
 *
 * @param value the integer, or null exactly when {@code kind} is not NUMBER
 * @param kind what the cell held: NUMBER, BLANK, MARKER, or LABEL for anything that is not a usable count
 * @param problem why a LABEL cell has no value ({@link Counts#NEGATIVE}, {@link Counts#NOT_INTEGER},
 *     {@link Counts#APPROXIMATE}, {@link Counts#TOO_LARGE}, {@link Counts#UNPARSEABLE}), or null
 */
public record Count(Integer value, CellKind kind, String problem) {

  public static final Count BLANK = new Count(null, CellKind.BLANK);
  public static final Count MARKER = new Count(null, CellKind.MARKER);

  public Count(Integer value, CellKind kind) {
    this(value, kind, null);
  }

  public boolean isParsed() {
    return value != null;
  }
}
