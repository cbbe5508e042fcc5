package org.govdisclosure.extract.value;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads integer counts: {@code 12}, {@code 1,024}, {@code 新增1条}, {@code 减少3}, {@code -18}. */
public final class Counts {

  private static final Pattern COUNT =
      Pattern.compile("^(新增|增加|增|减少|减)?([+\\-−])?(\\d[\\d,]*)(?:条|件|个|项|次|宗|人次)?$");

  private Counts() {}

  /** Parses folded cell text (see {@code Cell#text()}). A label or amount is returned as kind LABEL, value null. */
  public static Count parse(String folded) {
    CellKind kind = CellKind.of(folded);
    if (kind != CellKind.NUMBER) {
      return kind == CellKind.BLANK ? Count.BLANK : new Count(null, kind == CellKind.MARKER ? kind : CellKind.LABEL);
    }
    Matcher m = COUNT.matcher(folded);
    if (!m.matches()) {
      return new Count(null, CellKind.LABEL);
    }
    long n = Long.parseLong(m.group(3).replace(",", ""));
    boolean negative = (m.group(1) != null && m.group(1).startsWith("减")) || (m.group(2) != null && !m.group(2).equals("+"));
    if (n > Integer.MAX_VALUE) {
      return new Count(null, CellKind.LABEL);
    }
    return new Count(negative ? (int) -n : (int) n, CellKind.NUMBER);
  }
}
