package org.govdisclosure.extract.prose;

/**
 * One cell a sentence fixes.
 *
 * @param row the row's key ({@code row_key} of applications, {@code proceeding} of review_litigation), or null in
 *     a single-row table
 * @param column the output column
 * @param value an Integer, a BigDecimal or a String
 */
public record Figure(String row, String column, Object value) {

  /** Counts and amounts are figures a table also gives; texts such as {@code amount_text} only describe them. */
  public boolean isNumber() {
    return value instanceof Number;
  }

  public String cell() {
    return row == null ? column : row + "." + column;
  }
}
