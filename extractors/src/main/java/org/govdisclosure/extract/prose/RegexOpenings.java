package org.govdisclosure.extract.prose;

import java.util.BitSet;

/**
 * The characters a regex's matches can open with, read from the regex itself so that an alternative added to a rule
 * can never be missed by {@link OpeningPattern}'s prefilter. It knows the constructs the prose rules use: literals,
 * quoting, groups, alternation, character classes, lookarounds and quantifiers. A regex whose opening it cannot
 * enumerate (one that may open with {@code .}, {@code \d} or a negated class, or may match nothing) is refused, since
 * any prefilter for it would lose matches.
 */
final class RegexOpenings {

  /** What may open a part of a regex ({@code null}: any character), and whether the part may match nothing. */
  private record First(BitSet chars, boolean nullable) {

    static final First ANY = new First(null, false);
    static final First EMPTY = new First(new BitSet(), true);

    static First of(char c) {
      BitSet b = new BitSet();
      b.set(c);
      return new First(b, false);
    }

    First or(First other) {
      return new First(union(chars, other.chars), nullable || other.nullable);
    }

    First then(First next) {
      return nullable ? new First(union(chars, next.chars), next.nullable) : this;
    }

    First optional() {
      return new First(chars, true);
    }

    private static BitSet union(BitSet a, BitSet b) {
      if (a == null || b == null) {
        return null;
      }
      BitSet u = (BitSet) a.clone();
      u.or(b);
      return u;
    }
  }

  /** Wider ranges than this in a class are refused: a prefilter of thousands of characters filters nothing. */
  private static final int WIDEST_RANGE = 256;

  private final String regex;
  private int at;

  private RegexOpenings(String regex) {
    this.regex = regex;
  }

  /** The opening characters of {@code regex}, each once, in character order. */
  static String of(String regex) {
    RegexOpenings parser = new RegexOpenings(regex);
    First first = parser.alternation();
    if (parser.at != regex.length()) {
      throw refused(regex, "an unbalanced ')' at " + parser.at);
    }
    if (first.chars == null || first.nullable) {
      throw refused(regex, first.nullable ? "it may match nothing" : "it may open with any character");
    }
    StringBuilder openings = new StringBuilder();
    first.chars.stream().forEach(c -> openings.append((char) c));
    return openings.toString();
  }

  private static IllegalArgumentException refused(String regex, String why) {
    return new IllegalArgumentException("no openings for /" + regex + "/: " + why);
  }

  private First alternation() {
    First first = sequence();
    while (at < regex.length() && regex.charAt(at) == '|') {
      at++;
      first = first.or(sequence());
    }
    return first;
  }

  private First sequence() {
    First first = First.EMPTY;
    while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
      first = first.then(quantified(atom()));
    }
    return first;
  }

  private First quantified(First atom) {
    if (at >= regex.length()) {
      return atom;
    }
    First result;
    switch (regex.charAt(at)) {
      case '?', '*' -> {
        at++;
        result = atom.optional();
      }
      case '+' -> {
        at++;
        result = atom;
      }
      case '{' -> {
        boolean none = regex.charAt(at + 1) == '0' && !Character.isDigit(regex.charAt(at + 2));
        at = regex.indexOf('}', at) + 1;
        result = none ? atom.optional() : atom;
      }
      default -> {
        return atom;
      }
    }
    if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
      at++; // lazy or possessive: the same characters open it
    }
    return result;
  }

  private First atom() {
    char c = regex.charAt(at++);
    return switch (c) {
      case '(' -> group();
      case '[' -> charClass();
      case '\\' -> escape();
      case '.' -> First.ANY;
      case '^', '$' -> First.EMPTY;
      default -> First.of(c);
    };
  }

  private First group() {
    boolean zeroWidth = false;
    if (regex.startsWith("?:", at)) {
      at += 2;
    } else if (regex.startsWith("?=", at) || regex.startsWith("?!", at)) {
      at += 2;
      zeroWidth = true;
    } else if (regex.startsWith("?<=", at) || regex.startsWith("?<!", at)) {
      at += 3;
      zeroWidth = true;
    } else if (regex.startsWith("?", at)) {
      throw refused(regex, "flags or named groups at " + at);
    }
    First inner = alternation();
    at++; // ')'
    return zeroWidth ? First.EMPTY : inner;
  }

  private First charClass() {
    if (regex.charAt(at) == '^') {
      skipClass();
      return First.ANY;
    }
    BitSet chars = new BitSet();
    while (regex.charAt(at) != ']') {
      char c = regex.charAt(at++);
      if (c == '[' || c == '&') {
        skipClass();
        return First.ANY;
      }
      if (c == '\\') {
        First escaped = escape();
        if (escaped.chars == null) {
          skipClass();
          return First.ANY;
        }
        chars.or(escaped.chars);
      } else if (regex.charAt(at) == '-' && regex.charAt(at + 1) != ']') {
        char last = regex.charAt(at + 1);
        at += 2;
        if (last - c > WIDEST_RANGE) {
          skipClass();
          return First.ANY;
        }
        chars.set(c, last + 1);
      } else {
        chars.set(c);
      }
    }
    at++;
    return new First(chars, false);
  }

  private void skipClass() {
    int depth = 1;
    while (depth > 0) {
      char c = regex.charAt(at++);
      if (c == '\\') {
        at++;
      } else if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      }
    }
  }

  private First escape() {
    char c = regex.charAt(at++);
    switch (c) {
      case 'Q' -> {
        int end = regex.indexOf("\\E", at);
        String quoted = regex.substring(at, end < 0 ? regex.length() : end);
        at = end < 0 ? regex.length() : end + 2;
        return quoted.isEmpty() ? First.EMPTY : First.of(quoted.charAt(0));
      }
      case 'u' -> {
        at += 4;
        return First.of((char) Integer.parseInt(regex.substring(at - 4, at), 16));
      }
      case 't' -> {
        return First.of('\t');
      }
      case 'n' -> {
        return First.of('\n');
      }
      default -> {
        // Letters and digits name classes, anchors or back references; anything else is itself.
        return Character.isLetterOrDigit(c) ? First.ANY : First.of(c);
      }
    }
  }
}
