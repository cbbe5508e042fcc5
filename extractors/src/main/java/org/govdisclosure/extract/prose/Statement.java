package org.govdisclosure.extract.prose;

import java.util.List;

/**
 * What one sentence states about one output table: the cells it fixes, and the sentence as evidence; whether it
 * speaks of the whole area a government reports for (全县…); why a reader doubts cells it seems to fix, left out of
 * {@code figures}, or null.
 */
public record Statement(Topic topic, String sentence, List<Figure> figures, boolean areaWide, String doubt) {

  public Statement {
    figures = List.copyOf(figures);
  }

  public Statement(Topic topic, String sentence, List<Figure> figures, boolean areaWide) {
    this(topic, sentence, figures, areaWide, null);
  }
}
