package org.govdisclosure.extract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.spi.Warning;

/**
 * A reader, section extractor or check that could not be loaded, constructed or run for want of its classes (a
 * library missing or clashing on the class path, a static initializer that threw), remembered with its cause: the
 * run goes on without it, and every report it would have served says so, with the same line each time.
 *
 * @param kind what the component is: {@link #READER}, {@link #EXTRACTOR} or {@link #CHECK}
 * @param component the component's class name, without its package
 * @param cause the error, one line: its class and message, and those of the error under it
 */
public record Unavailable(String kind, String component, String cause) {

  public static final String READER = "reader_unavailable";
  public static final String EXTRACTOR = "extractor_unavailable";
  public static final String CHECK = "check_unavailable";

  /**
   * The first failure of each component in this JVM, kept: a class whose initializer threw fails every later use with
   * {@code NoClassDefFoundError: Could not initialize class}, which hides the cause and would list the component twice.
   */
  private static final Map<String, Unavailable> FIRST = new ConcurrentHashMap<>();
  /**
   * What the JDK records, as the cause of {@code Could not initialize class}, of the initializer's first failure
   * ({@code Exception java.lang.IllegalArgumentException: … [in thread "…"]}): the class and message of what it threw.
   */
  private static final Pattern FIRST_INIT_FAILURE = Pattern.compile("^Exception (?:\\S+\\.)?(\\S+?)(?:: (.*?))? \\[in thread \".*\"\\]$", Pattern.DOTALL);

  public static Unavailable of(String kind, String component, Throwable error) {
    return FIRST.computeIfAbsent(kind + ' ' + component, k -> new Unavailable(kind, component, describe(error)));
  }

  /**
   * The error and what caused it, in one line: an initializer's error says nothing until its cause is named. A later
   * use of a class whose initializer threw is described as that first failure: two threads loading the component at
   * once race to be remembered first, and the line must not depend on which wins.
   */
  static String describe(Throwable error) {
    String retried = initializerFailure(error);
    if (retried != null) {
      return retried;
    }
    StringBuilder b = new StringBuilder(oneLine(error));
    Throwable cause = error.getCause();
    // a class not found is named by the error already
    if (cause != null && cause != error && !(cause instanceof ClassNotFoundException)) {
      b.append(" (caused by ").append(oneLine(cause)).append(')');
    }
    return b.toString();
  }

  /** The line of the initializer's first failure a {@code Could not initialize class} error records; null for others. */
  private static String initializerFailure(Throwable error) {
    if (!(error instanceof NoClassDefFoundError) || !(error.getCause() instanceof ExceptionInInitializerError first)
        || first.getMessage() == null) {
      return null;
    }
    Matcher m = FIRST_INIT_FAILURE.matcher(first.getMessage());
    if (!m.matches()) {
      return null;
    }
    String thrown = m.group(2) == null ? m.group(1) : m.group(1) + ": " + m.group(2).lines().findFirst().orElse("").strip();
    return ExceptionInInitializerError.class.getSimpleName() + " (caused by " + thrown + ")";
  }

  private static String oneLine(Throwable t) {
    String message = t.getMessage();
    return t.getClass().getSimpleName() + (message == null ? "" : ": " + message.lines().findFirst().orElse("").strip());
  }

  /** The component and its cause, the line a run summary lists. */
  public String line() {
    return component + ": " + cause;
  }

  /**
   * The warning of a report this component would have served: a file it should have read cannot be read
   * ({@code extraction_failed: reader_unavailable: …}); a table it should have given or a check it should have run is
   * missing ({@code extractor_unavailable: …}).
   */
  public Warning warning() {
    return kind.equals(READER) ? new Warning(IsolatedProcessor.FAILED, kind + ": " + line()) : new Warning(kind, line());
  }

  /** The component line a report's warning names (kind and line), or null when the warning is about no unavailable component. */
  public static String named(Warning w) {
    if (w.code().equals(EXTRACTOR) || w.code().equals(CHECK)) {
      return w.code() + ": " + w.message();
    }
    return w.code().equals(IsolatedProcessor.FAILED) && w.message().startsWith(READER + ": ") ? w.message() : null;
  }
}
