package org.govdisclosure.extract;

import java.util.List;
import java.util.Map;
import org.govdisclosure.extract.check.CheckResult;
import org.govdisclosure.extract.check.ReportCheck;

/** For the tests only ({@link BrokenProviders}): a check whose constructor throws. */
public final class FailingConstructorCheck implements ReportCheck {

  public FailingConstructorCheck() {
    throw new IllegalStateException("no configuration (test)");
  }

  @Override
  public List<CheckResult> run(Map<String, List<Map<String, Object>>> tables) {
    return List.of();
  }
}
