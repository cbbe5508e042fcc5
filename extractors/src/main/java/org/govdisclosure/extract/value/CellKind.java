package org.govdisclosure.extract.value;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a folded cell holds. Blank and marker cells are both "no value", but are reported differently:
 * a blank is silence, a marker ({@code /}, {@code -}, {@code 无}) is the report saying "not applicable".
 */
public enum CellKind {
  NUMBER,
  BLANK,
  MARKER,
  LABEL;

  private static final Set<String> MARKERS = Set.of("/", "／", "-", "—", "--", "——", "–", "无", "-/-", "\\", "、");

  /** A number with optional sign, change words, thousands separators, unit and counter suffix. */
  private static final Pattern NUMERIC =
      Pattern.compile("^(?:约|新增|增加|减少|增|减)?[+\\-−]?\\d[\\d,]*(?:\\.\\d+)?(?:余|多)?(?:亿元|万元|元|亿|万)?(?:条|件|个|项|次|宗|人次)?$");

  /** Classifies folded cell text (see {@code Cell#text()}). */
  public static CellKind of(String folded) {
    if (folded.isEmpty()) {
      return BLANK;
    }
    if (MARKERS.contains(folded)) {
      return MARKER;
    }
    return NUMERIC.matcher(folded).matches() ? NUMBER : LABEL;
  }
}
