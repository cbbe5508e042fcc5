package org.govdisclosure.extract.value;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Writes yuan amounts the ways reports do, independently of the parser, so properties can read them back.
 * Chinese forms follow the standard rules: four-digit groups under 亿 and 万, one 零 for any run of zeros.
 */
final class AmountNotations {

  private static final String EVERYDAY_DIGITS = "零一二三四五六七八九";
  private static final String CAPITAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";
  private static final String EVERYDAY_PLACES = " 十百千";
  private static final String CAPITAL_PLACES = " 拾佰仟";
  private static final BigInteger GROUP = BigInteger.valueOf(10_000);

  private AmountNotations() {}

  static String withThousands(BigDecimal yuan) {
    String plain = yuan.setScale(2).toPlainString();
    String whole = plain.substring(0, plain.length() - 3);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        b.append(',');
      }
      b.append(whole.charAt(i));
    }
    return b.append(plain, plain.length() - 3, plain.length()).toString();
  }

  /** Full-width digits, comma and point, as typed with a Chinese input method. */
  static String fullWidth(String ascii) {
    StringBuilder b = new StringBuilder(ascii.length());
    for (char c : ascii.toCharArray()) {
      b.append(c >= '!' && c <= '~' ? (char) (c + 0xFEE0) : c);
    }
    return b.toString();
  }

  /** {@code 一千零五万三千元五角}; the leading {@code 一十} is shortened to {@code 十} as people write it. */
  static String everyday(BigDecimal yuan) {
    String s = chinese(yuan, EVERYDAY_DIGITS, EVERYDAY_PLACES, "万", "亿", "");
    return s.startsWith("一十") ? s.substring(1) : s;
  }

  /** {@code 壹仟零伍万叁仟元伍角}, closed with {@code 整} when there are no 角 or 分. */
  static String capitals(BigDecimal yuan) {
    return chinese(yuan, CAPITAL_DIGITS, CAPITAL_PLACES, "万", "亿", "整");
  }

  private static String chinese(BigDecimal yuan, String digits, String places, String wan, String yi, String exact) {
    BigInteger whole = yuan.toBigInteger();
    int cents = yuan.subtract(new BigDecimal(whole)).movePointRight(2).intValueExact();
    StringBuilder b = new StringBuilder();
    if (whole.signum() > 0) {
      BigInteger[] yiRest = whole.divideAndRemainder(GROUP.multiply(GROUP));
      BigInteger[] wanRest = yiRest[1].divideAndRemainder(GROUP);
      int[] groups = {yiRest[0].intValueExact(), wanRest[0].intValueExact(), wanRest[1].intValueExact()};
      String[] names = {yi, wan, ""};
      boolean higher = false;
      boolean gap = false;
      for (int g = 0; g < groups.length; g++) {
        if (groups[g] == 0) {
          gap |= higher;
          continue;
        }
        if (higher && (gap || groups[g] < 1000)) {
          b.append(digits.charAt(0));
        }
        b.append(group(groups[g], digits, places)).append(names[g]);
        higher = true;
        gap = false;
      }
      b.append('元');
    }
    int jiao = cents / 10;
    int fen = cents % 10;
    if (jiao > 0) {
      b.append(digits.charAt(jiao)).append('角');
    }
    if (fen > 0) {
      if (jiao == 0 && whole.signum() > 0) {
        b.append(digits.charAt(0));
      }
      b.append(digits.charAt(fen)).append('分');
    }
    if (b.length() == 0) {
      return digits.charAt(0) + "元";
    }
    return cents == 0 ? b + exact : b.toString();
  }

  /** One group below 10000: {@code 一千零一十}. */
  private static String group(int n, String digits, String places) {
    StringBuilder b = new StringBuilder();
    boolean zero = false;
    for (int place = 3; place >= 0; place--) {
      int d = n / (int) Math.pow(10, place) % 10;
      if (d == 0) {
        zero |= b.length() > 0;
        continue;
      }
      if (zero) {
        b.append(digits.charAt(0));
        zero = false;
      }
      b.append(digits.charAt(d));
      if (place > 0) {
        b.append(places.charAt(place));
      }
    }
    return b.toString();
  }
}
