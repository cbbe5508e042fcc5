package org.govdisclosure.extract.prose;

import java.util.List;

/** What one sentence states about one output table: the cells it fixes, and the sentence as evidence. */
public record Statement(Topic topic, String sentence, List<Figure> figures) {

  public Statement {
    figures = List.copyOf(figures);
  }
}
