package org.govdisclosure.extract.read;

/**
 * Recognizes files that are not text by their magic numbers or by control bytes text never holds. A few stray NUL
 * bytes (a crawler's or editor's slip) leave text text; {@link TextDecoder} removes them.
 */
final class BinarySniffer {

  /** Text may hold one stray NUL per this many bytes (and one in any smaller file); binary data holds far more. */
  private static final int NUL_TOLERANCE = 1024;

  private BinarySniffer() {}

  /** A description of the binary format, or null when the bytes look like text. */
  static String describe(byte[] b) {
    if (TextDecoder.startsWith(b, 0x1F, 0x8B)) {
      return "gzip-compressed file: unpack it and run on the files inside";
    }
    if (TextDecoder.startsWith(b, 0xFF, 0xFE) || TextDecoder.startsWith(b, 0xFE, 0xFF) || TextDecoder.utf16ByPattern(b) != null) {
      return null;
    }
    int sample = Math.min(b.length, 8192);
    int control = 0;
    int nuls = 0;
    for (int i = 0; i < sample; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) {
        nuls++;
      } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        control++;
      }
    }
    if (nuls > Math.max(1, sample / NUL_TOLERANCE)) {
      return "binary data (NUL bytes), not a text report";
    }
    return control * 20 > sample ? "binary data (control bytes), not a text report" : null;
  }
}
