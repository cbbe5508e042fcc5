package org.govdisclosure.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A labeled report of the test corpus: the report file and its {@code .gold.json}. */
public record Gold(Path report, JsonNode json) {

  public static final Path CORPUS = Path.of("src/test/resources/corpus");

  /** Every report with a gold file under the given folders of {@link #CORPUS}. */
  public static List<Gold> under(String... folders) {
    return under(CORPUS, folders);
  }

  /** Every report with a gold file under the given folders of a corpus root. */
  public static List<Gold> under(Path corpus, String... folders) {
    List<Gold> all = new ArrayList<>();
    ObjectMapper mapper = new ObjectMapper();
    for (String folder : folders) {
      try (Stream<Path> files = Files.list(corpus.resolve(folder))) {
        for (Path gold : files.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList()) {
          String stem = gold.getFileName().toString().replace(".gold.json", "");
          Path report = Files.list(gold.getParent())
              .filter(p -> p.getFileName().toString().startsWith(stem + ".") && !p.equals(gold))
              .findFirst()
              .orElseThrow();
          all.add(new Gold(report, mapper.readTree(gold.toFile())));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return all;
  }

  public String name() {
    return report.getFileName().toString();
  }

  @Override
  public String toString() {
    return name();
  }
}
