package org.govdisclosure.extract.ocr;

import java.awt.image.BufferedImage;

/** An OCR engine reading one line of text (of a table cell or of the page) from a gray image of it. */
interface Recognizer {

  /** The text read and the engine's confidence in it (0–100). */
  record Read(String text, float confidence) {}

  Read read(BufferedImage block);

  /** The same for a single word or character, which engines tuned for lines may find no text in. */
  Read readWord(BufferedImage block);

  /** The same as a count: only the digits 0–9 may be read. */
  Read readDigits(BufferedImage block);

  /** The same as a single word of digits: a lone count, which a line's model may find no text in. */
  Read readDigitWord(BufferedImage block);
}
