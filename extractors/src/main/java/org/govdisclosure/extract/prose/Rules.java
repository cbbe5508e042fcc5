package org.govdisclosure.extract.prose;

import java.util.List;
import org.govdisclosure.extract.spi.Template;

/** The statement rules of one topic. */
interface Rules {

  /**
   * The cells a sentence fixes; empty when it fixes none.
   *
   * @param sentence the whole sentence, for context words
   * @param clauses its clauses that speak of the report's own year and scope, in order
   * @param inOwnSection whether the sentence stands in the topic's own section, so its subject goes without saying
   * @param afterApplications whether the sentence before it, or an earlier one of its paragraph, spoke of disclosure
   *     applications (依申请公开…): an application it counts is one of those
   * @param template the report's template, or null
   * @param bracketed whether the sentence as printed put a count in brackets after its name ({@code 予以公开（7件）},
   *     {@link BracketedCounts}): a name's count, not a table's cell beside its label
   */
  List<Figure> read(String sentence, List<String> clauses, boolean inOwnSection, boolean afterApplications, Template template,
      boolean bracketed);

  /**
   * The cells fixed by the topic's section printing only a mark of none under its heading (四、…行政诉讼情况 / 无): none
   * of what the section counts happened. Empty where a reader could count nothing from it.
   */
  default List<Figure> noneAtAll() {
    return List.of();
  }
}
