package org.govdisclosure.extract.read;

import java.util.function.Predicate;

/**
 * A {@link FormatReader} of this package: its name, its order and the test its files pass (what they open with, the
 * kind of ZIP they are, or their text) given once to the constructor, so that a plug-in states only these and how its
 * format is read ({@link #open}).
 */
abstract class SniffedFormat implements FormatReader {

  private final String name;
  private final int order;
  private final Predicate<OfferedFile> accepts;

  SniffedFormat(String name, int order, Predicate<OfferedFile> accepts) {
    this.name = name;
    this.order = order;
    this.accepts = accepts;
  }

  /** The files whose bytes pass {@code opening} ({@link Openings}). */
  static Predicate<OfferedFile> opensWith(Predicate<byte[]> opening) {
    return file -> opening.test(file.bytes());
  }

  /** The ZIP archives of this kind. */
  static Predicate<OfferedFile> zipOf(OfficeZip.Kind kind) {
    return file -> file.isZipOf(kind);
  }

  /** The files offered as text whose text passes {@code text}. */
  static Predicate<OfferedFile> textThat(Predicate<String> text) {
    return file -> file.text() != null && text.test(file.text());
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final int order() {
    return order;
  }

  @Override
  public final boolean accepts(OfferedFile file) {
    return accepts.test(file);
  }
}
