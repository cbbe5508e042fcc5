package org.govdisclosure.extract.value;

/** The characters Chinese amounts are written with: everyday and financial-capital (大写) digits, places, money units. */
final class Numerals {

  static final int NONE = -1;

  private Numerals() {}

  /** The value of a Chinese digit ({@code 三}, {@code 叁}, {@code 〇}), or {@link #NONE}. */
  static int digit(char c) {
    return switch (c) {
      case '零', '〇' -> 0;
      case '一', '壹' -> 1;
      case '二', '两', '贰', '貳' -> 2;
      case '三', '叁', '叄', '參' -> 3;
      case '四', '肆' -> 4;
      case '五', '伍' -> 5;
      case '六', '陆', '陸' -> 6;
      case '七', '柒' -> 7;
      case '八', '捌' -> 8;
      case '九', '玖' -> 9;
      default -> NONE;
    };
  }

  /** The power of ten a place character multiplies by ({@code 十} 1 … {@code 亿} 8), or {@link #NONE}. */
  static int place(char c) {
    return switch (c) {
      case '十', '拾' -> 1;
      case '百', '佰' -> 2;
      case '千', '仟' -> 3;
      case '万', '萬' -> 4;
      case '亿', '億' -> 8;
      default -> NONE;
    };
  }

  /** The power of ten of a sub-yuan unit ({@code 角} -1, {@code 分} -2), or 0 when {@code c} is none. */
  static int fraction(char c) {
    return c == '角' ? -1 : c == '分' ? -2 : 0;
  }

  /**
   * Whether the comma at {@code i} groups thousands: exactly three digits follow it. {@code 1,5} is more likely a
   * decimal comma than 15, so it is not read as a separator.
   */
  static boolean isThousandsSeparator(String s, int i, int end) {
    if (s.charAt(i) != ',' || i + 3 >= end) {
      return false;
    }
    for (int k = i + 1; k <= i + 3; k++) {
      if (!isDigit(s.charAt(k))) {
        return false;
      }
    }
    return i + 4 == end || !isDigit(s.charAt(i + 4));
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isYuan(char c) {
    return c == '元' || c == '圆' || c == '圓';
  }
}
