package org.govdisclosure.extract.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A labeled report: the report file and the values a careful reader took from it ({@code NAME.gold.json} for the
 * report {@code NAME.ext}, in the format of the corpus's GOLD-FORMAT.md).
 */
public record Gold(Path report, JsonNode json) {

  private static final String SUFFIX = ".gold.json";

  /** Every gold file in {@code goldDir} whose report is in {@code reportDir} (the two may be the same folder). */
  public static List<Gold> in(Path reportDir, Path goldDir) {
    ObjectMapper mapper = new ObjectMapper();
    List<Gold> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(goldDir)) {
      for (Path gold : files.filter(p -> p.toString().endsWith(SUFFIX)).sorted().toList()) {
        String stem = gold.getFileName().toString().replace(SUFFIX, "");
        Optional<Path> report = reportFor(reportDir, stem);
        if (report.isPresent()) {
          all.add(new Gold(report.get(), mapper.readTree(gold.toFile())));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }

  private static Optional<Path> reportFor(Path reportDir, String stem) throws IOException {
    try (Stream<Path> files = Files.list(reportDir)) {
      return files.filter(p -> p.getFileName().toString().startsWith(stem + ".") && !p.toString().endsWith(SUFFIX)).findFirst();
    }
  }

  public String name() {
    return report.getFileName().toString();
  }

  @Override
  public String toString() {
    return name();
  }
}
