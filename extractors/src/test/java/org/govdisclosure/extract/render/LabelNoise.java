package org.govdisclosure.extract.render;

import java.util.Map;
import java.util.Random;

/**
 * What publishing and OCR do to a label without making it doubtful to a careful reader: another ordinal form
 * ((一) or 一是 for （一）, 1、 for 1.), 合计 for 总计, an OCR confusion (未/末, 已/己, 日/曰), one character dropped or
 * doubled, a known typo (案卷 printed 案件), stray half- or full-width spaces. At most one change to a label's
 * characters, and never to a digit: numbers are printed as they are.
 */
final class LabelNoise {

  /** Characters OCR reads as a look-alike. */
  static final Map<Character, Character> CONFUSABLES = Map.of('未', '末', '已', '己', '日', '曰');
  /** Typos seen in published tables. */
  private static final Map<String, String> TYPOS = Map.of("案卷", "案件");
  private static final int MIN_LENGTH_TO_DROP = 6;

  static final LabelNoise NONE = new LabelNoise(new Random(0), 0);

  private final Random rnd;
  private final double rate;

  /** {@code rate}: the chance that each kind of change touches a given label. */
  LabelNoise(Random rnd, double rate) {
    this.rnd = rnd;
    this.rate = rate;
  }

  boolean isNone() {
    return rate == 0;
  }

  /** The label as printed. */
  String print(Label label) {
    String ordinal = label.ordinal(chance() ? 1 + rnd.nextInt(Label.ORDINAL_FORMS - 1) : 0);
    return ordinal + space() + body(label.body());
  }

  /** A column or row title (总计, 自然人 …) as printed. */
  String print(String title) {
    return title.equals(TemplateRows.TOTAL) && chance() ? "合计" : title;
  }

  private String body(String body) {
    if (body.equals(TemplateRows.TOTAL)) {
      return chance() ? "合计" : body;
    }
    if (!chance()) {
      return body;
    }
    for (Map.Entry<String, String> typo : TYPOS.entrySet()) {
      if (body.contains(typo.getKey()) && rnd.nextBoolean()) {
        return body.replace(typo.getKey(), typo.getValue());
      }
    }
    int kind = rnd.nextInt(3);
    if (kind == 0) {
      for (int i = 0; i < body.length(); i++) {
        Character look = CONFUSABLES.get(body.charAt(i));
        if (look != null) {
          return body.substring(0, i) + look + body.substring(i + 1);
        }
      }
    }
    int at = 1 + rnd.nextInt(Math.max(1, body.length() - 2));
    if (kind == 1 && body.length() >= MIN_LENGTH_TO_DROP && isIdeograph(body.charAt(at))) {
      return body.substring(0, at) + body.substring(at + 1);
    }
    if (at < body.length() && isIdeograph(body.charAt(at))) {
      return body.substring(0, at + 1) + body.substring(at);
    }
    return body;
  }

  /** A space between ordinal and body now and then, half- or full-width. */
  String space() {
    return chance() ? (rnd.nextBoolean() ? " " : "\u3000") : "";
  }

  private boolean chance() {
    return rate > 0 && rnd.nextDouble() < rate;
  }

  private static boolean isIdeograph(char c) {
    return c >= 0x4E00 && c <= 0x9FFF;
  }
}
