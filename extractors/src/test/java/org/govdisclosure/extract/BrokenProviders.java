package org.govdisclosure.extract;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.concurrent.Callable;

/**
 * For the tests only: a class loader that adds the service files of {@code broken-providers/} to those of its parent,
 * registering an extractor whose class fails to initialize ({@link BrokenOnLoadExtractor}), one whose classes are
 * missing on first use ({@link MissingClassExtractor}) and a check whose constructor throws
 * ({@link FailingConstructorCheck}). Registered this way, they reach only the code run with this loader as its thread's
 * context class loader, where {@link java.util.ServiceLoader} looks: the other tests do not see them.
 */
public final class BrokenProviders extends ClassLoader {

  private static final String SERVICES = "META-INF/services/";

  public BrokenProviders(ClassLoader parent) {
    super(parent);
  }

  @Override
  protected Enumeration<URL> findResources(String name) throws IOException {
    URL broken = name.startsWith(SERVICES) ? getParent().getResource("broken-providers/" + name) : null;
    return broken == null ? Collections.emptyEnumeration() : Collections.enumeration(Collections.singletonList(broken));
  }

  /** Runs {@code work} with the broken providers registered. */
  public static <T> T registeredDuring(Callable<T> work) throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(new BrokenProviders(before));
    try {
      return work.call();
    } finally {
      thread.setContextClassLoader(before);
    }
  }
}
