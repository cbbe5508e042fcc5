package org.govdisclosure.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.govdisclosure.extract.evaluate.Gold;

/** The labeled corpus copied into the tests: seeds, real reports and flattened crawls, each with gold files. */
public final class TestCorpus {

  /** Relative to the extractors module. */
  public static final Path ROOT = Path.of("src/test/resources/corpus");

  private TestCorpus() {}

  public static List<Gold> under(String... folders) {
    return under(ROOT, folders);
  }

  public static List<Gold> under(Path root, String... folders) {
    List<Gold> all = new ArrayList<>();
    for (String folder : folders) {
      all.addAll(Gold.in(root.resolve(folder), root.resolve(folder)));
    }
    return all;
  }
}
