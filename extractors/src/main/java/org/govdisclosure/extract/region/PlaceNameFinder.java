package org.govdisclosure.extract.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.util.Span;

/**
 * Finds province, city, county and township names — including short forms and former county names — as an OpenNLP
 * {@link TokenNameFinder} over character tokens, so its spans carry the level as type and OpenNLP's evaluators
 * apply. Backed by a {@link PlaceTrie}; build it once ({@link #bundled()}) and share it, it is immutable.
 */
public final class PlaceNameFinder implements TokenNameFinder {

  private static final String GOVERNMENT = "人民政府";
  /** The words a body's name ends with, after which a name may go on with a place (中国人民银行|广州分行). */
  private static final Pattern BODY_WORD = Pattern.compile("[局厅委院办部署行司所会]");
  /**
   * A township's government named right after a short form by one character and the township's level word: the short
   * form heads the township's name (二道河镇人民政府 is no 二道区's 河镇); 乡镇 is the word for townships.
   */
  private static final Pattern HEADED_TOWNSHIP_GOVERNMENT = Pattern.compile("[\\p{IsHan}&&[^乡]][镇乡](?:人民)?政府");

  private final List<PlaceName> names;
  private final PlaceTrie trie;
  private final Map<String, List<PlaceName>> genericCounties;
  private final Map<String, List<PlaceName>> twoCharacterTownships;

  public PlaceNameFinder(Gazetteer gazetteer) {
    this(PlaceDictionary.of(gazetteer));
  }

  private PlaceNameFinder(PlaceDictionary dictionary) {
    names = List.copyOf(dictionary.names());
    trie = new PlaceTrie(names);
    genericCounties = byText(dictionary.genericCounties());
    twoCharacterTownships = byText(dictionary.twoCharacterTownships());
  }

  private static Map<String, List<PlaceName>> byText(List<PlaceName> names) {
    Map<String, List<PlaceName>> byText = new HashMap<>();
    names.forEach(n -> byText.computeIfAbsent(n.text(), k -> new ArrayList<>()).add(n));
    return Map.copyOf(byText);
  }

  /** The finder over the bundled gazetteer, built once per JVM. */
  public static PlaceNameFinder bundled() {
    return Bundled.INSTANCE;
  }

  private static final class Bundled {
    static final PlaceNameFinder INSTANCE = new PlaceNameFinder(ShippedPlaceNames.bundled());
  }

  /** Every name the finder looks for, with its meaning, sorted by text. */
  public List<PlaceName> names() {
    return names;
  }

  /**
   * The hot path: place names in {@code text} by character offsets, longest match first, no overlaps. A county
   * named by an ordinary word counts where its government is named (按照郊区人民政府统一部署), the name alone not.
   */
  public List<PlaceMatch> find(CharSequence text) {
    List<PlaceMatch> found = withoutTownshipHeads(text, trie.find(text));
    String s = text.toString();
    if (!s.contains(GOVERNMENT)) {
      return found;
    }
    List<PlaceMatch> all = null;
    for (Map.Entry<String, List<PlaceName>> generic : genericCounties.entrySet()) {
      String government = generic.getKey() + GOVERNMENT;
      for (int at = s.indexOf(government); at >= 0; at = s.indexOf(government, at + 1)) {
        int start = at;
        int end = at + generic.getKey().length();
        if (found.stream().noneMatch(m -> m.start() < end && start < m.end())) {
          all = all == null ? new ArrayList<>(found) : all;
          all.add(new PlaceMatch(start, end, generic.getValue()));
        }
      }
    }
    if (all == null) {
      return found;
    }
    all.sort(Comparator.comparingInt(PlaceMatch::start));
    return all;
  }

  /**
   * {@code found} without the short forms that head a township's name ({@link #HEADED_TOWNSHIP_GOVERNMENT}), unless
   * their place has a township of that two-character name (浦东唐镇人民政府).
   */
  private List<PlaceMatch> withoutTownshipHeads(CharSequence text, List<PlaceMatch> found) {
    List<PlaceMatch> kept = null;
    for (int i = 0; i < found.size(); i++) {
      boolean head = headsTownship(text, found.get(i));
      if (head && kept == null) {
        kept = new ArrayList<>(found.subList(0, i));
      } else if (!head && kept != null) {
        kept.add(found.get(i));
      }
    }
    return kept == null ? found : kept;
  }

  private boolean headsTownship(CharSequence text, PlaceMatch m) {
    int level = m.end() + 1;
    // most matches have no 镇 or 乡 one character on: told without a matcher
    if (level >= text.length() || text.charAt(level) != '镇' && text.charAt(level) != '乡'
        || !HEADED_TOWNSHIP_GOVERNMENT.matcher(text).region(m.end(), text.length()).lookingAt()
        || !m.names().stream().allMatch(n -> n.form() == PlaceName.Form.SHORT)) {
      return false;
    }
    String township = text.subSequence(m.end(), m.end() + 2).toString();
    List<PlaceName> namesakes = twoCharacterTownships.getOrDefault(township, List.of());
    return m.names().stream().noneMatch(
        n -> namesakes.stream().anyMatch(t -> t.division().code().startsWith(n.division().code())));
  }

  /**
   * Place names in an issuer's name: as in any text, and a county named by an ordinary word or a township with a
   * two-character name where the name starts with it (城区人民政府, 郊区商务局, 螅镇人民政府), since a body's name starts
   * with its place, or a county where the name has already named that county's city (益阳市公安局南县分局: the city
   * bureau's branch in its 南县).
   */
  public List<PlaceMatch> findInName(String name) {
    List<PlaceMatch> found = withoutFragment(name, find(name));
    if (found.isEmpty() || found.get(0).start() > 0) {
      for (Map<String, List<PlaceName>> startingOnly : List.of(genericCounties, twoCharacterTownships)) {
        for (Map.Entry<String, List<PlaceName>> place : startingOnly.entrySet()) {
          if (name.startsWith(place.getKey())) {
            List<PlaceMatch> withPlace = new ArrayList<>();
            withPlace.add(new PlaceMatch(0, place.getKey().length(), place.getValue()));
            found.stream().filter(m -> m.start() >= place.getKey().length()).forEach(withPlace::add);
            return withPlace;
          }
        }
      }
    }
    return withCountiesOfNamedCities(name, found);
  }

  /**
   * {@code found} without its first match where that is a short form starting inside the name's first word, no body's
   * word before it (海南海事局: 海|南海, the tail of 海南 — which names both a province and 青海's 海南州 — and 海事, not
   * 佛山's 南海区); after a body's word it is a place (中国人民银行广州分行).
   */
  private static List<PlaceMatch> withoutFragment(String name, List<PlaceMatch> found) {
    if (found.isEmpty() || found.get(0).start() == 0
        || found.get(0).names().stream().anyMatch(n -> n.form() != PlaceName.Form.SHORT)
        || BODY_WORD.matcher(name).region(0, found.get(0).start()).find()) {
      return found;
    }
    return found.subList(1, found.size());
  }

  private List<PlaceMatch> withCountiesOfNamedCities(String name, List<PlaceMatch> found) {
    if (found.stream().noneMatch(m -> m.level() == Level.CITY)) {
      return found;
    }
    List<PlaceMatch> all = null;
    for (Map.Entry<String, List<PlaceName>> generic : genericCounties.entrySet()) {
      for (int at = name.indexOf(generic.getKey()); at >= 0; at = name.indexOf(generic.getKey(), at + 1)) {
        int start = at;
        int end = at + generic.getKey().length();
        List<PlaceName> ofNamedCity = generic.getValue().stream()
            .filter(county -> found.stream().anyMatch(m -> m.end() <= start && names(m, county)))
            .toList();
        if (!ofNamedCity.isEmpty() && found.stream().noneMatch(m -> m.start() < end && start < m.end())) {
          all = all == null ? new ArrayList<>(found) : all;
          all.add(new PlaceMatch(start, end, ofNamedCity));
        }
      }
    }
    if (all == null) {
      return found;
    }
    all.sort(Comparator.comparingInt(PlaceMatch::start));
    return all;
  }

  /** Whether the city match names the county's city. */
  private static boolean names(PlaceMatch city, PlaceName county) {
    String cityCode = county.division().codeAt(Level.CITY);
    return city.level() == Level.CITY && city.names().stream().anyMatch(n -> n.division().code().equals(cityCode));
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
