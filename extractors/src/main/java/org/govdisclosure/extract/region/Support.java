package org.govdisclosure.extract.region;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighted place mentions of a report, summed per division code, and how strongly they back a candidate: a
 * mention of its county counts fully, of its city half, of its province a quarter. Short forms count half.
 */
final class Support {

  private static final double SHORT_FORM_WEIGHT = 0.5;
  private static final double CITY_WEIGHT = 0.5;
  private static final double PROVINCE_WEIGHT = 0.25;

  private final Map<String, Double> byCode = new HashMap<>();

  /** Township mentions are the thing to place, not evidence; they are skipped. */
  void add(PlaceMatch match, double weight) {
    for (PlaceName name : match.names()) {
      Division d = name.division();
      if (d.level() != Level.TOWNSHIP) {
        double w = name.form() == PlaceName.Form.SHORT ? weight * SHORT_FORM_WEIGHT : weight;
        byCode.merge(d.code(), w, Double::sum);
      }
    }
  }

  boolean isEmpty() {
    return byCode.isEmpty();
  }

  /** The support of {@code d} itself (not of its ancestors). */
  double direct(String code) {
    return byCode.getOrDefault(code, 0.0);
  }

  /**
   * Whether the mentions name a city or a province that is not the candidate's: 长治市 beside a 郊区 names none of
   * the 郊区s of other cities, though 山西省 backs 阳泉市's.
   */
  boolean contradicts(Division candidate) {
    for (Level level : List.of(Level.CITY, Level.PROVINCE)) {
      String own = candidate.codeAt(level);
      if (own != null && candidate.level() != level && direct(own) == 0
          && byCode.keySet().stream().anyMatch(code -> code.length() == level.codeLength())) {
        return true;
      }
    }
    return false;
  }

  /** The one code of {@code level} the mentions name, or null where they name none or several. */
  String onlyCode(Level level) {
    String found = null;
    for (String code : byCode.keySet()) {
      if (code.length() == level.codeLength()) {
        if (found != null) {
          return null;
        }
        found = code;
      }
    }
    return found;
  }

  double of(Division candidate) {
    return at(candidate, Level.COUNTY, 1) + at(candidate, Level.CITY, CITY_WEIGHT)
        + at(candidate, Level.PROVINCE, PROVINCE_WEIGHT);
  }

  private double at(Division candidate, Level level, double factor) {
    String code = candidate.codeAt(level);
    return code == null ? 0 : factor * direct(code);
  }
}
