package org.govdisclosure.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Every file under an output folder with a digest of its bytes, to tell whether an output is exactly as it was. */
final class OutputTree {

  private OutputTree() {}

  /** Relative path to SHA-256 of every regular file, the run lock excepted (a run leaves it, empty). */
  static Map<String, String> of(Path output) throws IOException {
    Map<String, String> tree = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(output)) {
      for (Path p : paths.filter(Files::isRegularFile).toList()) {
        String name = output.relativize(p).toString();
        if (!name.equals(".gov-disclosure.lock")) {
          tree.put(name, sha256(Files.readAllBytes(p)));
        }
      }
    }
    return tree;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
