package org.govdisclosure.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.govdisclosure.extract.TestCorpus;
import org.govdisclosure.extract.evaluate.Gold;

/** A corpus of many reports for runs that must take a while: copies of the seeds, each with bytes of its own. */
final class SeedCopies {

  private SeedCopies() {}

  /** Writes {@code copies} copies of every seed into {@code dir}, each with a distinct closing line. */
  static Path write(Path dir, int copies) throws IOException {
    Files.createDirectories(dir);
    for (int copy = 0; copy < copies; copy++) {
      for (Gold seed : TestCorpus.under(EndToEndTest.CORPUS, "seeds")) {
        String text = Files.readString(seed.report(), StandardCharsets.UTF_8) + "\n（副本 " + copy + "）\n";
        Files.writeString(dir.resolve(copy + "-" + seed.name()), text, StandardCharsets.UTF_8);
      }
    }
    return dir;
  }
}
