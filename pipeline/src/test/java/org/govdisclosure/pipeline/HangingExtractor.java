package org.govdisclosure.pipeline;

import java.util.List;
import java.util.Map;
import org.govdisclosure.extract.spi.ReportContext;
import org.govdisclosure.extract.spi.SectionExtractor;
import org.govdisclosure.extract.spi.Template;

/** Registered for the tests only: an extractor that never finishes on reports whose title asks for it. */
public final class HangingExtractor implements SectionExtractor {

  static final String TRIGGER = "触发测试超时";

  @Override
  public String table() {
    return "procurement";
  }

  @Override
  public boolean expectedIn(Template template) {
    return false;
  }

  @Override
  public List<Map<String, Object>> extract(ReportContext context) {
    if (context.document().title().contains(TRIGGER)) {
      try {
        Thread.sleep(Long.MAX_VALUE);
      } catch (InterruptedException e) {
        // The time budget ran out and the worker was stopped: the result is no longer wanted.
        Thread.currentThread().interrupt();
      }
    }
    return List.of();
  }
}
