package org.govdisclosure.extract.template;

import java.util.regex.Pattern;

/** The ordinal that opens a printed label: （三）, (3), 二、, 1., 1、, 一是. */
public final class Ordinals {

  private static final Pattern LEADING = Pattern.compile(
      "^(?:[(（][一二三四五六七八九十\\d]+[)）]|[一二三四五六七八九十]+(?:[、.．]|是)|\\d+[、.．)）])");

  private Ordinals() {}

  /** The label without its leading ordinal. Expects folded text. */
  public static String strip(String label) {
    return LEADING.matcher(label).replaceFirst("");
  }
}
