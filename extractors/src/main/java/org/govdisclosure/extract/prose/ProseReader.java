package org.govdisclosure.extract.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.section.Sections;
import org.govdisclosure.extract.spi.ReportContext;
import org.govdisclosure.extract.spi.Template;

/** Finds the sentences of a report that state figures of an output table. */
public final class ProseReader {

  /** Small reports put everything in 一、总体情况, and some have no numbered headings at all. */
  private static final int[] FALLBACK_SECTIONS = {Sections.OVERVIEW, 0};

  private ProseReader() {}

  /** The statements about a topic: from its own section first, then the overview, then text before any heading. */
  public static List<Statement> statements(Topic topic, ReportContext context) {
    Integer year = context.year();
    List<Statement> statements = new ArrayList<>();
    read(topic, context.sections().blocks(topic.section()), true, year, context.template(), statements);
    for (int section : FALLBACK_SECTIONS) {
      read(topic, context.sections().blocks(section), false, year, context.template(), statements);
    }
    return statements;
  }

  /**
   * What one folded sentence states about a topic.
   *
   * @param inOwnSection whether it stands in the topic's section, where its subject goes without saying
   * @param reportYear the year the report covers (figures of other years are not taken), or null
   */
  public static Optional<Statement> read(Topic topic, String sentence, boolean inOwnSection, Integer reportYear, Template template) {
    if (TableRemnant.in(sentence)) {
      return Optional.empty();
    }
    List<Figure> figures = topic.rules().read(sentence, Clauses.inScope(sentence, reportYear), inOwnSection, template);
    return figures.isEmpty() ? Optional.empty() : Optional.of(new Statement(topic, sentence, figures));
  }

  private static void read(Topic topic, List<Block> blocks, boolean own, Integer year, Template template, List<Statement> out) {
    for (Block block : blocks) {
      if (block instanceof Paragraph p) {
        for (String sentence : SentenceSplitter.split(p.text())) {
          read(topic, sentence, own, year, template).ifPresent(out::add);
        }
      }
    }
  }
}
