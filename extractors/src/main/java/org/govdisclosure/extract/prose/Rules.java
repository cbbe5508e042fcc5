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
   * @param template the report's template, or null
   */
  List<Figure> read(String sentence, List<String> clauses, boolean inOwnSection, Template template);
}
