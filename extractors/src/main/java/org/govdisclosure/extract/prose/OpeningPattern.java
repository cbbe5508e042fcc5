package org.govdisclosure.extract.prose;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regex with the characters its matches open with: text that holds none of them where a search may start has no
 * match, settled without a matcher. Most clauses and sentences hold none of a rule's words, and a matcher tries every
 * alternative at every place.
 *
 * @param openings every character a match of {@code pattern} can open with, read from the regex
 * @param lowBits a bit for the low six bits of each opening: most characters are told apart by this alone
 */
record OpeningPattern(Pattern pattern, String openings, long lowBits) {

  static OpeningPattern of(String regex) {
    Pattern pattern = Pattern.compile(regex);
    String openings = RegexOpenings.of(regex);
    long lowBits = 0;
    for (int i = 0; i < openings.length(); i++) {
      lowBits |= 1L << openings.charAt(i);
    }
    return new OpeningPattern(pattern, openings, lowBits);
  }

  /**
   * A matcher at the first match in {@code text} from {@code from} on, or null, as {@code pattern.matcher(text).find(from)}
   * leaves it. The pattern is tried only where an opening is printed, anchored there, seeing the text around it as a
   * search does: a search would try it at every place after the first opening, and most clauses hold no match.
   */
  Matcher find(String text, int from) {
    Matcher anchored = null;
    for (int at = from; at < text.length(); at++) {
      char c = text.charAt(at);
      if ((lowBits & 1L << c) != 0 && openings.indexOf(c) >= 0) {
        anchored = anchored != null ? anchored : pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        if (anchored.region(at, text.length()).lookingAt()) {
          Matcher m = pattern.matcher(text);
          return m.find(at) ? m : null; // the match at this place, found as the search finds it
        }
      }
    }
    return null;
  }

  boolean in(String text) {
    return find(text, 0) != null;
  }
}
