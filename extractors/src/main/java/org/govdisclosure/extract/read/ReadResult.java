package org.govdisclosure.extract.read;

import org.govdisclosure.extract.model.Document;

/**
 * The outcome of reading one file: a document, or the reason there is none.
 *
 * @param failure a short code such as {@code empty} or {@code binary}, null on success
 * @param reason a human-readable explanation of the failure
 * @param malformedBytes invalid byte sequences replaced while decoding a readable document
 * @param nulBytes stray NUL bytes removed while decoding a readable document
 * @param truncated what of a readable document was left unread at a cap, or null when it was read whole
 */
public record ReadResult(Document document, String failure, String reason, int malformedBytes, int nulBytes, String truncated) {

  /** The failure of a file too large to read. */
  public static final String TOO_LARGE = "too_large";
  /** The failure of a file nested deeper than a reader (or the library under it) can follow. */
  public static final String TOO_DEEP = "too_deep";

  static ReadResult ok(Document document) {
    return new ReadResult(document, null, null, 0, 0, null);
  }

  /** A document read up to a cap; {@code unread} says what was left. */
  static ReadResult truncated(Document document, String unread) {
    return new ReadResult(document, null, null, 0, 0, unread);
  }

  static ReadResult ok(Document document, Decoded decoded) {
    return new ReadResult(document, null, null, decoded.malformed(), decoded.nuls(), null);
  }

  static ReadResult failed(String failure, String reason) {
    return new ReadResult(null, failure, reason, 0, 0, null);
  }

  public boolean isReadable() {
    return document != null;
  }
}
