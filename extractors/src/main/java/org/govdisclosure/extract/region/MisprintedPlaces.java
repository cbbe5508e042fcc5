package org.govdisclosure.extract.region;

import java.util.ArrayList;
import java.util.List;
import org.govdisclosure.extract.value.Confusables;

/**
 * A place name in the issuer's name misprinted by one confusable character (沐阳县 for 沭阳县), read as the gazetteer
 * name it differs from only when one such reading lies in a province, city or county the report names and is
 * backed by the report's places more than any other reading. Only characters outside every place name found are tried, so a correctly printed name is never
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
    for (PlaceMatch m : found) {
      for (int i = m.start(); i < m.end(); i++) {
        covered[i] = true;
      }
    }
    Support evidence = places.support(null);
    List<Correction> corrections = new ArrayList<>();
    List<Double> support = new ArrayList<>();
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
          if (m.start() <= i && i < m.end() && m.end() - m.start() >= MIN_LENGTH && isDeeperWhole(m, found)) {
            for (PlaceName n : m.names()) {
              if (n.form() == PlaceName.Form.FULL && evidence.of(n.division()) > 0) {
                corrections.add(new Correction(
                    name.substring(m.start(), m.end()), variant.substring(m.start(), m.end()), n.division()));
                support.add(evidence.of(n.division()));
              }
            }
          }
        }
      }
      chars[i] = printed;
    }
    return best(corrections, support);
  }

  /**
   * Whether the corrected name {@code m} swallows whole every name found where it stands (天柱山乡 over 柱山乡) and
   * is deeper than every other: a misprinted county after its city, a township after its county.
   */
  private static boolean isDeeperWhole(PlaceMatch m, List<PlaceMatch> found) {
    for (PlaceMatch f : found) {
      boolean overlaps = f.start() < m.end() && m.start() < f.end();
      boolean inside = m.start() <= f.start() && f.end() <= m.end();
      if (overlaps && !inside || !overlaps && f.level().ordinal() >= m.level().ordinal()) {
        return false;
      }
    }
    return true;
  }

  /** The correction the report's places back most, unless another is backed as much. */
  private static Correction best(List<Correction> corrections, List<Double> support) {
    int best = -1;
    boolean tie = false;
    for (int i = 0; i < corrections.size(); i++) {
      if (best < 0 || support.get(i) > support.get(best)) {
        best = i;
        tie = false;
      } else if (support.get(i).equals(support.get(best))) {
        tie = true;
      }
    }
    return best < 0 || tie ? null : corrections.get(best);
  }
}
