package org.govdisclosure.extract.value;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Characters OCR and typists confuse (沐/沭, 己/已/巳, 末/未), from {@code confusables.tsv}: one group a line, each
 * character may stand for any other of its group.
 */
public final class Confusables {

  private static final String NONE = "";

  private final Map<Character, String> others = new HashMap<>();
  /** The characters {@link #others} has: most are not, and are settled without boxing a key (label matching's hot loop). */
  private final BitSet listed = new BitSet();

  private Confusables() {}

  /** The bundled table, read once per JVM. */
  public static Confusables bundled() {
    return Bundled.INSTANCE;
  }

  private static final class Bundled {
    static final Confusables INSTANCE = read();
  }

  private static Confusables read() {
    Confusables c = new Confusables();
    try (InputStream in = Confusables.class.getResourceAsStream("confusables.tsv")) {
      if (in == null) {
        throw new IllegalStateException("confusables.tsv missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          c.addGroup(line.replace("\t", ""));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return c;
  }

  private void addGroup(String group) {
    for (int i = 0; i < group.length(); i++) {
      char c = group.charAt(i);
      others.merge(c, group.substring(0, i) + group.substring(i + 1), String::concat);
      listed.set(c);
    }
  }

  /**
   * A regex fragment that matches {@code phrase} with any of its characters printed as a look-alike
   * ({@code 未经复议} → {@code [未末]经复议}). A single character is too little context to undo a confusion (年末 and
   * 自己 are words), a phrase of two or more is enough: readers widen the phrases they look for and never rewrite text.
   */
  public String tolerant(String phrase) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < phrase.length(); i++) {
      char c = phrase.charAt(i);
      String others = alternatives(c);
      if (!others.isEmpty()) {
        b.append('[').append(c).append(others).append(']');
      } else {
        b.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return b.toString();
  }

  /** Whether {@code printed} is {@code c} or a look-alike of it. */
  public boolean looksLike(char printed, char c) {
    return printed == c || alternatives(c).indexOf(printed) >= 0;
  }

  /** The characters {@code c} may have been misread for, as a string; empty when none. */
  public String alternatives(char c) {
    return listed.get(c) ? others.get(c) : NONE;
  }
}
