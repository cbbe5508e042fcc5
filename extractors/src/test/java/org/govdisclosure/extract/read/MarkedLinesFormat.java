package org.govdisclosure.extract.read;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.govdisclosure.extract.model.Document;

/**
 * For the tests only: a made-up format, lines of text under an opening line {@link #MARK}, read by a reader that the
 * main code names nowhere (registered under {@code test-formats/META-INF/services}, or given to a {@link ReportReader}).
 */
public final class MarkedLinesFormat implements FormatReader {

  static final String MARK = "%MARKED-LINES\n";
  static final String FORMAT = "marked";
  private static final byte[] OPENING = MARK.getBytes(StandardCharsets.US_ASCII);

  @Override
  public String name() {
    return "MarkedLinesReader";
  }

  @Override
  public int order() {
    return 50;
  }

  @Override
  public boolean accepts(OfferedFile file) {
    byte[] b = file.bytes();
    return b.length >= OPENING.length && Arrays.equals(b, 0, OPENING.length, OPENING, 0, OPENING.length);
  }

  @Override
  public Reading open(PageOcr ocr) {
    PlainTextReader text = new PlainTextReader();
    return file -> {
      String lines = new String(file.bytes(), OPENING.length, file.bytes().length - OPENING.length, StandardCharsets.UTF_8);
      return ReadResult.ok(new Document(FORMAT, "UTF-8", text.read(lines)));
    };
  }
}
