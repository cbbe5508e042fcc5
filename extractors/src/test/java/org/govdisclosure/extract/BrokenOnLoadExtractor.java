package org.govdisclosure.extract;

import java.util.List;
import java.util.Map;
import org.govdisclosure.extract.spi.ReportContext;
import org.govdisclosure.extract.spi.SectionExtractor;

/** For the tests only ({@link BrokenProviders}): an extractor whose class fails to initialize, as a clashing library makes one. */
public final class BrokenOnLoadExtractor implements SectionExtractor {

  static final String CAUSE = "property not supported by this StAX factory (test)";
  private static final Object SETTING = fail();

  private static Object fail() {
    throw new IllegalArgumentException(CAUSE);
  }

  @Override
  public String table() {
    return "broken_on_load" + SETTING;
  }

  @Override
  public List<Map<String, Object>> extract(ReportContext context) {
    return List.of();
  }
}
