package org.govdisclosure.extract.region;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Document;
import org.govdisclosure.extract.model.Paragraph;

/** Test documents: one paragraph per non-blank line, as a plain-text reader would give them. */
final class Reports {

  private Reports() {}

  static Document of(String text) {
    List<Block> blocks = text.lines().filter(l -> !l.isBlank()).<Block>map(Paragraph::new).toList();
    return new Document("text", "UTF-8", blocks);
  }

  static String resource(String path) {
    try (InputStream in = Reports.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
