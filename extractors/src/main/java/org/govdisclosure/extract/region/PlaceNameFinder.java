package org.govdisclosure.extract.region;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.util.Span;

/**
 * Finds province, city, county and township names — including short forms and former county names — as an OpenNLP
 * {@link TokenNameFinder} over character tokens, so its spans carry the level as type and OpenNLP's evaluators
 * apply. Backed by a {@link PlaceTrie}; build it once ({@link #bundled()}) and share it, it is immutable.
 */
public final class PlaceNameFinder implements TokenNameFinder {

  private final List<PlaceName> names;
  private final PlaceTrie trie;

  public PlaceNameFinder(Gazetteer gazetteer) {
    names = List.copyOf(PlaceNames.of(gazetteer));
    trie = new PlaceTrie(names);
  }

  /** The finder over the bundled gazetteer, built once per JVM. */
  public static PlaceNameFinder bundled() {
    return Bundled.INSTANCE;
  }

  private static final class Bundled {
    static final PlaceNameFinder INSTANCE = new PlaceNameFinder(Gazetteer.bundled());
  }

  /** Every name the finder looks for, with its meaning. */
  public List<PlaceName> names() {
    return names;
  }

  /** The hot path: place names in {@code text} by character offsets, longest match first, no overlaps. */
  public List<PlaceMatch> find(CharSequence text) {
    return trie.find(text);
  }

  /**
   * @param tokens one character (code point) per token, as OpenNLP sees unsegmented Chinese
   * @return token spans typed {@code province}, {@code city}, {@code county} or {@code township}
   */
  @Override
  public Span[] find(String[] tokens) {
    StringBuilder text = new StringBuilder();
    int length = 0;
    for (String token : tokens) {
      length += token.length();
    }
    int[] tokenAt = new int[length];
    for (int t = 0; t < tokens.length; t++) {
      for (int c = 0; c < tokens[t].length(); c++) {
        tokenAt[text.length() + c] = t;
      }
      text.append(tokens[t]);
    }
    List<Span> spans = new ArrayList<>();
    for (PlaceMatch m : trie.find(text)) {
      int lastToken = tokenAt[m.end() - 1];
      spans.add(new Span(tokenAt[m.start()], lastToken + 1, m.level().type()));
    }
    return spans.toArray(new Span[0]);
  }

  /** Nothing adapts: the dictionary is fixed. */
  @Override
  public void clearAdaptiveData() {}
}
