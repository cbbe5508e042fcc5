package org.govdisclosure.extract.render;

import com.ibm.icu.text.Transliterator;

/**
 * A text as a mirror site prints it in Traditional script, converted as converters do, by ICU's Hans-Hant
 * transliteration: not by the readers' own table, which is what is tested.
 */
public final class TraditionalScript {

  private static final Transliterator HANS_TO_HANT = Transliterator.getInstance("Hans-Hant");

  private TraditionalScript() {}

  public static String of(String simplified) {
    return HANS_TO_HANT.transliterate(simplified);
  }
}
