package org.govdisclosure.extract.check;

/**
 * The outcome of one consistency rule on one scope of a report.
 *
 * @param check the rule, e.g. {@code applications_balance}
 * @param scope what it was applied to, e.g. a column ({@code natural_person}) or a proceeding
 * @param status pass | fail | not_applicable
 * @param expected the value the rule expects, as text (null when not applicable)
 * @param actual the value the report gives, as text
 */
public record CheckResult(String check, String scope, String status, String expected, String actual) {

  public static final String PASS = "pass";
  public static final String FAIL = "fail";
  public static final String NOT_APPLICABLE = "not_applicable";

  /** Compares two sums; a missing operand makes the rule not applicable rather than failed. */
  public static CheckResult ofSums(String check, String scope, Long expected, Long actual) {
    if (expected == null || actual == null) {
      return new CheckResult(check, scope, NOT_APPLICABLE, text(expected), text(actual));
    }
    return new CheckResult(check, scope, expected.equals(actual) ? PASS : FAIL, text(expected), text(actual));
  }

  public boolean failed() {
    return FAIL.equals(status);
  }

  private static String text(Long v) {
    return v == null ? null : v.toString();
  }
}
