package org.govdisclosure.extract.region;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Document;
import org.govdisclosure.extract.model.Paragraph;

/**
 * The place mentions of one report, passage by passage. Where a mention stands sets its weight: the issuing
 * body's name and the title say who wrote the report, the opening and closing paragraphs usually repeat it with
 * the county (按照《宁波市鄞州区…》, the signature), the rest of the body only hints. A place a paragraph merely
 * visits or works with ({@link PlaceContext}), and a township an address names, are no mention of the issuer's place
 * and are left out.
 */
final class ReportPlaces {

  enum Zone {
    ORGANIZATION(10),
    TITLE(8),
    OPENING(4),
    CLOSING(3),
    BODY(1);

    final double weight;

    Zone(double weight) {
      this.weight = weight;
    }
  }

  /**
   * A stretch of folded text and the place names in it that may be the issuer's.
   *
   * @param located those of {@code matches} the text says the issuer lies in (位于, 地处)
   */
  record Passage(Zone zone, String text, List<PlaceMatch> matches, List<PlaceMatch> located) {}

  private static final int OPENING_PARAGRAPHS = 5;
  private static final int CLOSING_PARAGRAPHS = 3;

  private final List<Passage> passages = new ArrayList<>();
  /** Short forms the report prints as part of a name going on from a place that holds none of their namesakes. */
  private final Set<String> fragments = new HashSet<>();
  /** Why names that looked like places were left out of the passages that may name the issuer, one line each. */
  private final Set<String> setAside = new LinkedHashSet<>();

  private ReportPlaces() {}

  static ReportPlaces read(String organization, Document document, PlaceNameFinder finder) {
    ReportPlaces places = new ReportPlaces();
    if (organization != null) {
      String name = Cell.Text.fold(organization);
      List<PlaceMatch> found = places.withoutMountains(name, finder.findInName(name));
      places.passages.add(new Passage(Zone.ORGANIZATION, name, found, List.of()));
    }
    List<String> paragraphs = paragraphs(document);
    int closingFrom = Math.max(1 + OPENING_PARAGRAPHS, paragraphs.size() - CLOSING_PARAGRAPHS);
    int ofText = 0; // the paragraphs after the title that hold a sentence
    boolean headline = !paragraphs.isEmpty() && isHeadline(paragraphs.get(0), document);
    for (int i = 0; i < paragraphs.size(); i++) {
      String text = paragraphs.get(i);
      ofText += i > 0 && holdsSentenceMark(text) ? 1 : 0;
      places.addParagraph(i == 0 && headline ? Zone.BODY : zoneOf(i, ofText, closingFrom), text, finder);
    }
    places.passages.replaceAll(places::withoutFragments);
    if (places.passages.stream().anyMatch(p -> p.matches().stream().anyMatch(ReportPlaces::isKindOnly))) {
      // most reports print no kind of area: the support of every mention is not weighed twice for them
      Support named = places.support(null);
      places.passages.replaceAll(p -> places.withoutUnplacedKinds(p, named));
    }
    return places;
  }

  /**
   * {@code p} without the kinds of area ({@link PlaceName.Form#KIND}) none of whose namesakes has its city or county
   * named in the report ({@code named}): 市临空经济区 says nothing of which city's.
   */
  private Passage withoutUnplacedKinds(Passage p, Support named) {
    Predicate<PlaceMatch> unplaced = m -> isKindOnly(m) && m.names().stream().noneMatch(n -> namesItsPlace(named, n));
    if (p.matches().stream().noneMatch(unplaced)) {
      return p;
    }
    if (p.zone() != Zone.BODY) {
      p.matches().stream().filter(unplaced).forEach(m -> setAside.add(
          m.text() + " is a kind of area many places have, and the report names no city or county of one"));
    }
    return new Passage(p.zone(), p.text(), p.matches().stream().filter(unplaced.negate()).toList(),
        p.located().stream().filter(unplaced.negate()).toList());
  }

  private static boolean isKindOnly(PlaceMatch m) {
    return m.names().stream().allMatch(n -> n.form() == PlaceName.Form.KIND);
  }

  private static boolean namesItsPlace(Support named, PlaceName area) {
    Division d = area.division();
    return named.direct(d.codeAt(Level.COUNTY)) > 0 || named.direct(d.codeAt(Level.CITY)) > 0;
  }

  /**
   * Why names in the organization, title, opening or signature were no place: kinds of area no city or county of
   * which is named (市临空经济区), mountains named with a county's short form (莲花山度假区商务局).
   */
  Set<String> setAside() {
    return setAside;
  }

  /** {@code found} in an issuer's name without the short forms heading a mountain's name there (莲花山度假区商务局). */
  private List<PlaceMatch> withoutMountains(String name, List<PlaceMatch> found) {
    List<PlaceMatch> kept = new ArrayList<>();
    for (PlaceMatch m : found) {
      if (PlaceContext.namesMountain(name, m) && found.stream().noneMatch(next -> next.start() == m.end())) {
        setAside.add(m.text() + "山 names a mountain, not " + m.names().get(0).division().name());
      } else {
        kept.add(m);
      }
    }
    return kept;
  }

  /**
   * A first line that is neither a title (none calls itself a report) nor a sentence of the report: a headline of the
   * page it was copied from (某医院涉嫌…被立案调查 over a national body's report), which says nothing of the issuer's place.
   */
  private static boolean isHeadline(String first, Document document) {
    return !document.printsTitle() && !holdsSentenceMark(first);
  }

  /** What a paragraph holding a sentence prints, and a heading does not: a scan, as every paragraph of a report is asked. */
  private static boolean holdsSentenceMark(String text) {
    for (int i = 0; i < text.length(); i++) {
      switch (text.charAt(i)) {
        case '。', '，', ',', '；', ';' -> {
          return true;
        }
        default -> { }
      }
    }
    return false;
  }

  /**
   * A short form printed right after a higher place that holds none of its namesakes goes on that place's name
   * (武汉东湖新技术开发区: 武汉's 东湖, no 东湖区 of 南昌); the report's other mentions of it (东湖高新区) are no county either.
   */
  private void collectFragments(List<PlaceMatch> found) {
    for (int i = 1; i < found.size(); i++) {
      PlaceMatch before = found.get(i - 1);
      PlaceMatch m = found.get(i);
      if (before.end() == m.start() && before.level().compareTo(m.level()) < 0 && isShortOnly(m) && !holds(before, m)) {
        fragments.add(m.text());
      }
    }
  }

  private static boolean holds(PlaceMatch higher, PlaceMatch lower) {
    return lower.names().stream().anyMatch(n -> higher.names().stream()
        .anyMatch(h -> n.division().code().startsWith(h.division().code())));
  }

  private static boolean isShortOnly(PlaceMatch m) {
    return m.names().stream().allMatch(n -> n.form() == PlaceName.Form.SHORT);
  }

  private Passage withoutFragments(Passage p) {
    if (fragments.isEmpty()) {
      return p;
    }
    Predicate<PlaceMatch> fragment = m -> isShortOnly(m) && fragments.contains(m.text());
    return new Passage(p.zone(), p.text(), p.matches().stream().filter(fragment.negate()).toList(),
        p.located().stream().filter(fragment.negate()).toList());
  }

  /**
   * The zone of the paragraph-th paragraph, the ofText-th after the title that holds a sentence: the opening is its
   * first paragraphs of text, the headings between them (一、总体情况, （一）主动公开) left uncounted.
   */
  private static Zone zoneOf(int paragraph, int ofText, int closingFrom) {
    if (paragraph == 0) {
      return Zone.TITLE;
    }
    if (ofText <= OPENING_PARAGRAPHS && paragraph < closingFrom) {
      return Zone.OPENING;
    }
    return paragraph >= closingFrom ? Zone.CLOSING : Zone.BODY;
  }

  private static List<String> paragraphs(Document document) {
    List<String> texts = new ArrayList<>();
    for (Block b : document.blocks()) {
      if (b instanceof Paragraph p) {
        String text = p.text();
        if (!text.isEmpty()) {
          texts.add(text);
        }
      }
    }
    return texts;
  }

  private void addParagraph(Zone zone, String text, PlaceNameFinder finder) {
    List<PlaceMatch> found = finder.find(text);
    collectFragments(found);
    List<PlaceContext.Role> roles = PlaceContext.roles(text, found);
    List<PlaceMatch> matches = new ArrayList<>();
    List<PlaceMatch> located = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      PlaceContext.Role role = roles.get(i);
      if (role != PlaceContext.Role.MENTIONED && !PlaceContext.townshipInAddress(text, found.get(i))) {
        matches.add(found.get(i));
      }
      if (role == PlaceContext.Role.LOCATED) {
        located.add(found.get(i));
      }
    }
    passages.add(new Passage(zone, text, matches, located));
  }

  /**
   * The passage naming the issuer: the organization, else the title, else the first opening paragraph saying where
   * the issuer lies, else the first naming a place, else the signature (closing paragraphs from the last); null when
   * none names one.
   */
  Passage subject() {
    for (Zone zone : List.of(Zone.ORGANIZATION, Zone.TITLE)) {
      for (Passage p : passages) {
        if (p.zone() == zone && !p.matches().isEmpty()) {
          return p;
        }
      }
    }
    Passage naming = null;
    for (Passage p : passages) {
      if (p.zone() == Zone.OPENING && !p.located().isEmpty()) {
        return p;
      }
      naming = naming == null && p.zone() == Zone.OPENING && !p.matches().isEmpty() ? p : naming;
    }
    if (naming != null) {
      return naming;
    }
    for (int i = passages.size() - 1; i >= 0; i--) {
      Passage p = passages.get(i);
      if (p.zone() == Zone.CLOSING && !p.matches().isEmpty()) {
        return p;
      }
    }
    return null;
  }

  /** Whether the report prints its issuer's name and {@code subject}, its place, comes from elsewhere in the text. */
  boolean namesIssuerWithoutPlace(Passage subject) {
    return namesIssuerElsewhere(subject) && subject.zone() != Zone.TITLE;
  }

  /** Whether the report prints its issuer's name, which names no place, and {@code subject} comes from the title or text. */
  boolean namesIssuerElsewhere(Passage subject) {
    return !passages.isEmpty() && passages.get(0).zone() == Zone.ORGANIZATION && subject.zone() != Zone.ORGANIZATION;
  }

  /**
   * Weighted support from every mention except those written {@code skipText} (they back all its candidates alike;
   * null skips none).
   */
  Support support(String skipText) {
    return support(skipText, List.of());
  }

  /**
   * Weighted support that tells the candidates of {@code pool} apart: a mention backing each of them alike
   * (白云区 before a 云城街道 that lies in two 白云区s) is left out, so that it cannot drown the one that decides.
   */
  Support support(String skipText, List<Division> pool) {
    Support support = new Support();
    for (Passage p : passages) {
      for (PlaceMatch m : p.matches()) {
        if (!m.text().equals(skipText) && !backsAlike(m, pool)) {
          support.add(m, p.zone().weight);
        }
      }
    }
    return support;
  }

  private static boolean backsAlike(PlaceMatch mention, List<Division> pool) {
    if (pool.size() < 2) {
      return false;
    }
    Support alone = new Support();
    alone.add(mention, 1);
    double first = alone.of(pool.get(0));
    return pool.stream().allMatch(d -> alone.of(d) == first);
  }

  /** The places the report says the issuer lies in, each mention counted once. */
  Support located() {
    Support support = new Support();
    for (Passage p : passages) {
      p.located().forEach(m -> support.add(m, 1));
    }
    return support;
  }

  /** Organization first, then the paragraphs in reading order. */
  List<Passage> passages() {
    return passages;
  }
}
