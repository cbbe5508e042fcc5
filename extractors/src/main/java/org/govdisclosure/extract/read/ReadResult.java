package org.govdisclosure.extract.read;

import org.govdisclosure.extract.model.Document;

/**
 * The outcome of reading one file: a document, or the reason there is none.
 *
 * @param failure a short code such as {@code empty} or {@code binary}, null on success
 * @param reason a human-readable explanation of the failure
 * @param malformedBytes invalid byte sequences replaced while decoding a readable document
 */
public record ReadResult(Document document, String failure, String reason, int malformedBytes) {

  static ReadResult ok(Document document, int malformedBytes) {
    return new ReadResult(document, null, null, malformedBytes);
  }

  static ReadResult failed(String failure, String reason) {
    return new ReadResult(null, failure, reason, 0);
  }

  public boolean isReadable() {
    return document != null;
  }
}
