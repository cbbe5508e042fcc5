package org.govdisclosure.pipeline;

import java.util.List;
import java.util.Map;
import org.govdisclosure.extract.spi.ReportContext;
import org.govdisclosure.extract.spi.SectionExtractor;
import org.govdisclosure.extract.spi.Template;

/**
 * For the tests only: an extractor that finds nothing, and misbehaves on reports whose title holds its trigger, so
 * that one test report among good ones shows how the pipeline contains a faulty extractor.
 */
abstract class TriggeredExtractor implements SectionExtractor {

  private final String table;
  private final String trigger;

  TriggeredExtractor(String table, String trigger) {
    this.table = table;
    this.trigger = trigger;
  }

  /** What the extractor does wrong on a triggering report. */
  abstract void misbehave();

  @Override
  public final String table() {
    return table;
  }

  @Override
  public final boolean expectedIn(Template template) {
    return false;
  }

  @Override
  public final List<Map<String, Object>> extract(ReportContext context) {
    if (context.document().title().contains(trigger)) {
      misbehave();
    }
    return List.of();
  }
}
