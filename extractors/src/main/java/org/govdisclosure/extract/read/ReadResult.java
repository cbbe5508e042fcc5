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
 * @param ocr what OCR read of the file, null when none of it was read by OCR
 * @param picturesUnread the pictures the document shows but that were not read, described; null when none
 */
public record ReadResult(Document document, String failure, String reason, int malformedBytes, int nulBytes, String truncated,
    PageOcr.Result ocr, String picturesUnread) {

  /** The failure of a file too large to read. */
  public static final String TOO_LARGE = "too_large";
  /** The failure of a file nested deeper than a reader (or the library under it) can follow. */
  public static final String TOO_DEEP = "too_deep";

  static ReadResult ok(Document document) {
    return new ReadResult(document, null, null, 0, 0, null, null, null);
  }

  /**
   * A document read whole or up to a cap, partly or wholly by OCR.
   *
   * @param unread what was left unread at a cap, null when nothing was
   * @param ocr what OCR read, null when nothing was read by OCR
   */
  static ReadResult ok(Document document, String unread, PageOcr.Result ocr) {
    return new ReadResult(document, null, null, 0, 0, unread, ocr, null);
  }

  static ReadResult ok(Document document, Decoded decoded) {
    return new ReadResult(document, null, null, decoded.malformed(), decoded.nuls(), null, null, null);
  }

  /** This result with what OCR read of the document's pictures and the pictures left unread. */
  ReadResult withPictures(PageOcr.Result pictures, String unread) {
    return new ReadResult(document, failure, reason, malformedBytes, nulBytes, truncated, pictures, unread);
  }

  static ReadResult failed(String failure, String reason) {
    return failed(failure, reason, null);
  }

  /** A failure after OCR read the file's pages (and found nothing): what it read still cost its time. */
  static ReadResult failed(String failure, String reason, PageOcr.Result ocr) {
    return new ReadResult(null, failure, reason, 0, 0, null, ocr, null);
  }

  public boolean isReadable() {
    return document != null;
  }
}
