package org.govdisclosure.extract;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads the providers of a service as Apache Tika does: one that cannot be found, loaded or constructed is left out
 * and remembered with its cause, and the others are loaded all the same.
 */
public final class Providers {

  /** How the JDK's {@link ServiceConfigurationError} names the provider it could not load. */
  private static final Pattern PROVIDER = Pattern.compile("Provider (\\S+)|(\\S+) Unable to get");

  private Providers() {}

  /** The providers of {@code service} that load; each that does not is added to {@code unavailable}. */
  public static <T> List<T> load(Class<T> service, String kind, List<Unavailable> unavailable) {
    List<T> loaded = new ArrayList<>();
    Iterator<T> providers = ServiceLoader.load(service).iterator();
    while (true) {
      try {
        if (!providers.hasNext()) {
          return loaded;
        }
        loaded.add(providers.next());
      } catch (ServiceConfigurationError | LinkageError e) {
        // The iterator has passed the failed provider: the next call goes on with the one after it.
        unavailable.add(Unavailable.of(kind, provider(e, service), e.getCause() != null ? e.getCause() : e));
      }
    }
  }

  /** The failed provider's class name without its package, as the error names it; the service's when it names none. */
  private static String provider(Throwable e, Class<?> service) {
    Matcher m = PROVIDER.matcher(String.valueOf(e.getMessage()));
    String name = !m.find() ? service.getName() : m.group(1) != null ? m.group(1) : m.group(2);
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
