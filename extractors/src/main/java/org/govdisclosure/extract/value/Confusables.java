package org.govdisclosure.extract.value;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.govdisclosure.extract.model.BundledLines;

/**
 * Characters OCR and typists confuse (沐/沭, 己/已/巳, 末/未), from {@code confusables.tsv}: one group a line, each
 * character may stand for any other of its group.
 */
public final class Confusables {

  private static final String NONE = "";

  /** Each character's look-alikes, indexed by the character (null where it has none): found without a search. */
  private final String[] others = new String[Character.MAX_VALUE + 1];
  /**
   * A bit for each character with look-alikes: most characters compared have none, settled by a bit of a small table
   * that stays in the processor's cache rather than by the large one.
   */
  private final long[] isListed = new long[(Character.MAX_VALUE + 1) / Long.SIZE];

  private Confusables(Map<Character, String> others) {
    others.forEach((c, alike) -> {
      this.others[c] = alike;
      isListed[c / Long.SIZE] |= 1L << c;
    });
  }

  /** The bundled table, read once per JVM. */
  public static Confusables bundled() {
    return Bundled.INSTANCE;
  }

  private static final class Bundled {
    static final Confusables INSTANCE = read();
  }

  private static Confusables read() {
    Map<Character, String> others = new HashMap<>();
    for (String line : BundledLines.of(Confusables.class, "confusables.tsv")) {
      addGroup(line.replace("\t", ""), others);
    }
    return new Confusables(others);
  }

  private static void addGroup(String group, Map<Character, String> others) {
    for (int i = 0; i < group.length(); i++) {
      others.merge(group.charAt(i), group.substring(0, i) + group.substring(i + 1), String::concat);
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
    // a look-alike is in a group, so listed itself: most characters printed for another are not, settled by their bit
    return printed == c || isListed(printed) && alternatives(c).indexOf(printed) >= 0;
  }

  /** The look-alikes of each of {@code chars}, in order ({@code 囚匕} for {@code 四七}); empty when none has one. */
  public String lookAlikesOf(String chars) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < chars.length(); i++) {
      b.append(alternatives(chars.charAt(i)));
    }
    return b.toString();
  }

  /** The characters {@code c} may have been misread for, as a string; empty when none. */
  public String alternatives(char c) {
    return isListed(c) ? others[c] : NONE;
  }

  private boolean isListed(char c) {
    return (isListed[c / Long.SIZE] & 1L << c) != 0;
  }
}
