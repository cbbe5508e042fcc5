package org.govdisclosure.extract.read;

import java.util.function.Function;
import java.util.function.Supplier;
import org.govdisclosure.extract.Unavailable;
import org.govdisclosure.extract.spi.Warning;

/**
 * One of the readers {@link ReportReader} chooses among, as {@link FormatReader#open} made it. When its classes fail
 * to load (a library missing or clashing on the class path, a static initializer that threw), on construction or on
 * first use, it is remembered unavailable with its cause: each file of its format then fails at once with that cause,
 * the same line each time, and the other formats keep being read.
 *
 * @param <T> the reader
 */
final class GuardedReader<T> {

  private final String name;
  private final T reader;
  /** Set once by the first failure; read by the worker of the next file while an abandoned one may still run. */
  private volatile Unavailable unavailable;

  /** The reader {@code make} constructs, named {@code name} (a string: a class literal may itself fail to load). */
  GuardedReader(String name, Supplier<T> make) {
    this.name = name;
    T made = null;
    try {
      made = make.get();
    } catch (LinkageError | RuntimeException e) {
      unavailable = Unavailable.of(Unavailable.READER, name, e);
    }
    this.reader = made;
  }

  /**
   * Loads and initializes a reader that is a set of static methods, as {@link FormatReader#open} does so that a
   * failure shows at once.
   */
  static <C> Class<C> initialized(Class<C> type) {
    try {
      Class.forName(type.getName(), true, type.getClassLoader());
      return type;
    } catch (ClassNotFoundException e) {
      throw new NoClassDefFoundError(type.getName());
    }
  }

  /**
   * Reads a file the reader accepts, which it returns null for when the file is not in its format after all. When
   * the reader is unavailable, the file fails with its cause.
   */
  ReadResult read(Function<T, ReadResult> read) {
    Unavailable gone = unavailable;
    if (gone == null) {
      try {
        return read.apply(reader);
      } catch (LinkageError e) {
        gone = Unavailable.of(Unavailable.READER, name, e);
        unavailable = gone;
      }
    }
    Warning why = gone.warning();
    return ReadResult.failed(why.code(), why.message());
  }

  /** Why the reader cannot be used, or null while it can. */
  Unavailable unavailable() {
    return unavailable;
  }
}
