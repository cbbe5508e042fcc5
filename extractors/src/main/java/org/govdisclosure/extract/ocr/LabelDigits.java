package org.govdisclosure.extract.ocr;

import java.util.regex.Pattern;

/**
 * Digits the engine reads glued to a label in a ruled cell: after its last character (a label's last character
 * wrapped to a line of its own, 息, read as 1) or run into the front of its ordinal ({@code 56.} for 6.: no item of a
 * table is numbered past 9). A ruled cell holds a label or a count, never both, and a row's counts stand in cells of
 * their own: such digits are misread strokes of the label. Left on it, the decoder, which reads a text export's
 * {@code 0（七）总计} as a count glued to the next label, takes them for a count of the row or of the row above.
 */
final class LabelDigits {

  private static final Pattern AFTER_LAST_CHARACTER = Pattern.compile("(?<=\\p{IsHan})\\d+$");
  private static final Pattern LONG_ORDINAL = Pattern.compile("^\\d{2,}[.．、](?=\\p{IsHan})");

  private LabelDigits() {}

  /** Whether digits are glued to the label {@code text} so. */
  static boolean glued(String text) {
    return AFTER_LAST_CHARACTER.matcher(text).find() || LONG_ORDINAL.matcher(text).find();
  }

  /** The label without them (an ordinal too long to be one dropped whole: which of its digits is the number is unknown). */
  static String without(String text) {
    return LONG_ORDINAL.matcher(AFTER_LAST_CHARACTER.matcher(text).replaceFirst("")).replaceFirst("");
  }
}
