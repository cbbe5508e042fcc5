package org.govdisclosure.extract.render;

/**
 * A template label as printed: an ordinal of one of the template's levels (一、 / （一） / 1.) and its body.
 * Renderings print the ordinal in one of the forms reports use; the body is what {@link LabelNoise} may blur.
 */
record Label(Level level, int number, String body) {

  /** The template's ordinal levels; NONE for labels printed without one (column headers, section 二 items). */
  enum Level { NONE, TOP, PAREN, ARABIC }

  /** How many printed forms {@link #ordinal(int)} knows; form 0 is the template's own. */
  static final int ORDINAL_FORMS = 6;

  private static final String NUMERALS = "一二三四五六七八九十";

  static Label plain(String body) {
    return new Label(Level.NONE, 0, body);
  }

  static Label top(int n, String body) {
    return new Label(Level.TOP, n, body);
  }

  static Label paren(int n, String body) {
    return new Label(Level.PAREN, n, body);
  }

  static Label arabic(int n, String body) {
    return new Label(Level.ARABIC, n, body);
  }

  /** The label as the official template prints it. */
  String official() {
    return ordinal(0) + body;
  }

  /**
   * The ordinal in its {@code form}-th printed form: （一）, (一), 一是, （一), (一） or none; 1., 1、, 1．, １., １． or
   * none; 一、, 一．, 一., 一， or none. The last form of each level drops the ordinal, as some tables print it.
   */
  String ordinal(int form) {
    String cn = number > 0 ? String.valueOf(NUMERALS.charAt(number - 1)) : "";
    String[] forms = switch (level) {
      case NONE -> new String[] {""};
      case TOP -> new String[] {cn + "、", cn + "．", cn + ".", cn + "、", cn + "，", ""};
      case PAREN -> new String[] {"（" + cn + "）", "(" + cn + ")", cn + "是", "（" + cn + ")", "(" + cn + "）", ""};
      case ARABIC -> new String[] {number + ".", number + "、", number + "．", (char) ('０' + number) + ".", (char) ('０' + number) + "．", ""};
    };
    return forms[form % forms.length];
  }
}
