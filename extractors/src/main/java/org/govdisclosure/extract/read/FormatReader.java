package org.govdisclosure.extract.read;

/**
 * The reader of one file format, a plug-in as Apache Tika's parsers are: registered under
 * {@code META-INF/services/org.govdisclosure.extract.read.FormatReader}, and {@link ReportReader} gives each file to the
 * first of them, by {@link #order}, that accepts it. A new format is a new class and a line in that file; the formats of
 * this package give their name, order and test to {@link SniffedFormat} and state only how they are read.
 *
 * <p>The registered class tells its format with the JDK alone; the classes that read it (a library's) are loaded only
 * in {@link #open}, which {@link ReportReader} calls inside a {@link GuardedReader}: a library missing or clashing on
 * the class path then costs only this format's files, each failing with the cause, instead of them being read as text.
 */
public interface FormatReader {

  /** The name a report gives when the reader cannot be used. */
  String name();

  /** Where two readers accept the same file, the one of the lower order reads it. */
  int order();

  /**
   * Whether the file is in this format, or may be ({@link Reading#read} then says): by its opening bytes, the kind of
   * ZIP it is, or its decoded text, which a file is offered with only when no reader accepted its bytes.
   */
  boolean accepts(OfferedFile file);

  /** The reading itself, made once: the classes that read the format are loaded here. */
  Reading open(PageOcr ocr);

  /** Reads the files of one format. */
  interface Reading {
    /** The file read; null when it is not in the format after all (the next reader that accepts it reads it). */
    ReadResult read(OfferedFile file);
  }
}
