package org.govdisclosure.extract.render;

import java.util.List;
import java.util.Random;

/** A page's footer as paged reports print it: {@code - 4 -}, {@code — 4 —} or {@code 第 4 页 共 9 页}. */
final class PageFooter {

  private PageFooter() {}

  /** A footer of a form the layout can print ({@code noise} knows its characters). */
  static String of(Random rnd, int page, int pages, LabelNoise noise) {
    List<String> forms = List.of("- " + page + " -", "— " + page + " —", "第 " + page + " 页 共 " + pages + " 页").stream()
        .filter(noise::canPrint).toList();
    return forms.get(rnd.nextInt(forms.size()));
  }
}
