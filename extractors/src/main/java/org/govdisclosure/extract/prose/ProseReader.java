package org.govdisclosure.extract.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.section.Sections;
import org.govdisclosure.extract.spi.ReportContext;
import org.govdisclosure.extract.spi.Template;

/** Finds the sentences of a report that state figures of an output table. */
public final class ProseReader {

  /** Small reports put everything in 一、总体情况, and some have no numbered headings at all. */
  private static final int[] FALLBACK_SECTIONS = {Sections.OVERVIEW, 0};

  /** Printed lines are rarely shorter; a shorter paragraph is a heading or a line that ends by itself. */
  private static final int MIN_WRAPPED_LINE = 16;
  private static final Pattern CLOSED_LINE = Pattern.compile("[。!?;:]”?$");

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
    for (String text : unwrapped(blocks)) {
      for (String sentence : SentenceSplitter.split(text)) {
        read(topic, sentence, own, year, template).ifPresent(out::add);
      }
    }
  }

  /**
   * The paragraphs' text, with hard-wrapped lines joined: text taken from a PDF breaks a sentence wherever the
   * printed line ended (其他处理14件,转下一 / 年度办理答复的有1件。). A long line without a closing mark runs on
   * into the next paragraph, unless that one starts a list item; a table in between ends the run.
   */
  static List<String> unwrapped(List<Block> blocks) {
    List<String> texts = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    for (Block block : blocks) {
      if (!(block instanceof Paragraph p)) {
        flush(run, texts);
        continue;
      }
      String text = p.text();
      if (run.length() > 0 && SentenceSplitter.startsListItem(text)) {
        flush(run, texts);
      }
      run.append(text);
      if (text.length() < MIN_WRAPPED_LINE || CLOSED_LINE.matcher(text).find()) {
        flush(run, texts);
      }
    }
    flush(run, texts);
    return texts;
  }

  private static void flush(StringBuilder run, List<String> texts) {
    if (run.length() > 0) {
      texts.add(run.toString());
      run.setLength(0);
    }
  }
}
