package org.govdisclosure.extract;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.govdisclosure.extract.spi.ReportContext;
import org.govdisclosure.extract.spi.SectionExtractor;

/**
 * For the tests only ({@link BrokenProviders}): an extractor that loads, but whose first report needs a class the class
 * path lacks, as lazy class loading finds out only then.
 */
public final class MissingClassExtractor implements SectionExtractor {

  static final String MISSING = "org/example/shaded/Missing";
  /** How many reports it was given: after its first, none should be. */
  static final AtomicInteger CALLS = new AtomicInteger();

  @Override
  public String table() {
    return "missing_class";
  }

  @Override
  public List<Map<String, Object>> extract(ReportContext context) {
    CALLS.incrementAndGet();
    throw new NoClassDefFoundError(MISSING);
  }
}
