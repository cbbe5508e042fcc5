package org.govdisclosure.extract.prose;

import java.util.List;

/**
 * What one sentence states about one output table: the cells it fixes, and the sentence as evidence; whether it
 * speaks of the whole area a government reports for (全县…).
 */
public record Statement(Topic topic, String sentence, List<Figure> figures, boolean areaWide) {

  public Statement {
    figures = List.copyOf(figures);
  }
}
