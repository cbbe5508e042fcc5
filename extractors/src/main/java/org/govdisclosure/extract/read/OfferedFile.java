package org.govdisclosure.extract.read;

/**
 * A file as {@link ReportReader} offers it to the {@link FormatReader}s: its bytes and the kind of ZIP archive it is,
 * then, when no reader took it by them, its text, decoded once.
 */
public final class OfferedFile {

  private final byte[] bytes;
  private final OfficeZip.Kind zip;
  private final Decoded decoded;
  private final WebArchive archive;

  private OfferedFile(byte[] bytes, OfficeZip.Kind zip, Decoded decoded, WebArchive archive) {
    this.bytes = bytes;
    this.zip = zip;
    this.decoded = decoded;
    this.archive = archive;
  }

  /** The file offered by its bytes; {@code zip} is the kind of ZIP archive it is, null when it is none. */
  static OfferedFile ofBytes(byte[] bytes, OfficeZip.Kind zip) {
    return new OfferedFile(bytes, zip, null, null);
  }

  /** The file offered as text, decoded from the bytes or from the web archive ({@code archive}, null when none) holding it. */
  static OfferedFile ofText(byte[] bytes, Decoded decoded, WebArchive archive) {
    return new OfferedFile(bytes, null, decoded, archive);
  }

  public byte[] bytes() {
    return bytes;
  }

  /** Whether the file is a ZIP archive of this kind. */
  boolean isZipOf(OfficeZip.Kind kind) {
    return zip == kind;
  }

  /** The text, null while the file is offered by its bytes. */
  public String text() {
    return decoded == null ? null : decoded.text();
  }

  /** The text with how it was decoded, null while the file is offered by its bytes. */
  public Decoded decoded() {
    return decoded;
  }

  /** The web archive the page came in, null when none. */
  WebArchive archive() {
    return archive;
  }
}
