package org.govdisclosure.extract.region;

import java.util.ArrayList;
import java.util.List;
import org.govdisclosure.extract.value.Confusables;

/**
 * A place name in the issuer's name misprinted by one confusable character (沐阳县 for 沭阳县), read as the gazetteer
 * name it differs from only when exactly one such reading lies in a province, city or county the report names
 * elsewhere. Only characters outside every place name found are tried, so a correctly printed name is never
 * changed.
 */
final class MisprintedPlaces {

  /** The printed and corrected spellings of the misprinted name, and the division meant. */
  record Correction(String printed, String corrected, Division division) {

    /** {@code text} with the misprint replaced. */
    String apply(String text) {
      return text.replace(printed, corrected);
    }
  }

  /** Shorter names (2 characters) are too easily made from ordinary words by one changed character. */
  private static final int MIN_LENGTH = 3;

  private final PlaceNameFinder finder;
  private final Confusables confusables;

  MisprintedPlaces(PlaceNameFinder finder, Confusables confusables) {
    this.finder = finder;
    this.confusables = confusables;
  }

  /** The one correction of {@code name} the report's other places support, or null. */
  Correction find(String name, ReportPlaces places) {
    List<PlaceMatch> found = finder.find(name);
    boolean[] covered = new boolean[name.length()];
    int deepest = -1;
    for (PlaceMatch m : found) {
      for (int i = m.start(); i < m.end(); i++) {
        covered[i] = true;
      }
      deepest = Math.max(deepest, m.level().ordinal());
    }
    Support evidence = places.support(null);
    List<Correction> corrections = new ArrayList<>();
    char[] chars = name.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (covered[i]) {
        continue;
      }
      char printed = chars[i];
      for (char alternative : confusables.alternatives(printed).toCharArray()) {
        chars[i] = alternative;
        String variant = new String(chars);
        for (PlaceMatch m : finder.find(variant)) {
          if (m.start() <= i && i < m.end() && m.end() - m.start() >= MIN_LENGTH && m.level().ordinal() > deepest) {
            for (PlaceName n : m.names()) {
              if (n.form() == PlaceName.Form.FULL && evidence.of(n.division()) > 0) {
                corrections.add(new Correction(
                    name.substring(m.start(), m.end()), variant.substring(m.start(), m.end()), n.division()));
              }
            }
          }
        }
      }
      chars[i] = printed;
    }
    return corrections.size() == 1 ? corrections.get(0) : null;
  }
}
