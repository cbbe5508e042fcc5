package org.govdisclosure.extract.read;

import org.govdisclosure.extract.model.Document;

/**
 * The outcome of reading one file: a document, or the reason there is none.
 *
 * @param failure a short code such as {@code empty} or {@code binary}, null on success
 * @param reason a human-readable explanation of the failure
 */
public record ReadResult(Document document, String failure, String reason) {

  static ReadResult ok(Document document) {
    return new ReadResult(document, null, null);
  }

  static ReadResult failed(String failure, String reason) {
    return new ReadResult(null, failure, reason);
  }

  public boolean isReadable() {
    return document != null;
  }
}
