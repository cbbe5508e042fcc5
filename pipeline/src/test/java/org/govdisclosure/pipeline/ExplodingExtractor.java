package org.govdisclosure.pipeline;

import java.util.List;
import java.util.Map;
import org.govdisclosure.extract.spi.ReportContext;
import org.govdisclosure.extract.spi.SectionExtractor;
import org.govdisclosure.extract.spi.Template;

/** Registered for the tests only: an extractor with a bug that throws on reports whose title asks for it. */
public final class ExplodingExtractor implements SectionExtractor {

  static final String TRIGGER = "触发测试异常";

  @Override
  public String table() {
    return "review_litigation";
  }

  @Override
  public boolean expectedIn(Template template) {
    return false;
  }

  @Override
  public List<Map<String, Object>> extract(ReportContext context) {
    if (context.document().title().contains(TRIGGER)) {
      throw new IllegalStateException("deliberate test failure");
    }
    return List.of();
  }
}
