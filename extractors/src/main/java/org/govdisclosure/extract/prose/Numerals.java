package org.govdisclosure.extract.prose;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.govdisclosure.extract.value.Amount;
import org.govdisclosure.extract.value.Amounts;
import org.govdisclosure.extract.value.CellKind;
import org.govdisclosure.extract.value.Count;
import org.govdisclosure.extract.value.Counts;

/**
 * Numbers as prose writes them. Arabic counts and amounts go through the value package; small Chinese numerals
 * ({@code 三件}, {@code 十二件}, {@code 零件}) are read here, because the value package does not read them yet.
 */
final class Numerals {

  /** An Arabic or Chinese count, as a regex fragment for the statement rules. */
  static final String COUNT = "(\\d[\\d,]*|[零〇一二两三四五六七八九十百]+)";
  /** The counters prose puts after a count of applications, cases or purchases. */
  static final String COUNTER = "(?:件|个|条|项|次|例|宗|起|份|批次|批)";
  /** The counters of applications and cases; 条 counts pieces of information (依申请公开341条 are documents). */
  static final String CASE_COUNTER = "(?:件|个|次|例|宗|起|份)";
  /** A count with its counter, anywhere in a clause. */
  static final Pattern COUNTED = Pattern.compile(COUNT + COUNTER);
  /** An amount with its unit, as a regex fragment. */
  static final String AMOUNT = "(\\d[\\d,]*(?:\\.\\d+)?(?:亿元|万元|元))";

  private static final Pattern CHINESE = Pattern.compile("[零〇一二两三四五六七八九十百]+");
  private static final String DIGITS = "零一二三四五六七八九";

  private Numerals() {}

  /** The count a {@link #COUNT} group captured, or null when it is not one. */
  static Integer count(String text) {
    if (CHINESE.matcher(text).matches()) {
      return chinese(text);
    }
    Count c = Counts.parse(text);
    return c.kind() == CellKind.NUMBER ? c.value() : null;
  }

  /** The yuan of an {@link #AMOUNT} group, or null. */
  static BigDecimal yuan(String text) {
    Amount a = Amounts.parse(text, null);
    return a.yuan();
  }

  /** Reads 零 … 九百九十九; null for anything else (e.g. 二三, a range). */
  private static Integer chinese(String text) {
    String t = text.replace('〇', '零').replace('两', '二');
    int value = 0;
    int digit = -1;
    for (char c : t.toCharArray()) {
      int d = DIGITS.indexOf(c);
      if (d >= 0) {
        if (digit > 0) {
          return null;
        }
        digit = d;
      } else {
        int unit = c == '十' ? 10 : 100;
        value += (digit < 0 ? 1 : digit) * unit;
        digit = -1;
      }
    }
    return value + Math.max(digit, 0);
  }
}
