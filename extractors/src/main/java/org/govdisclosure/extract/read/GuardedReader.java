package org.govdisclosure.extract.read;

import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import org.govdisclosure.extract.Unavailable;
import org.govdisclosure.extract.spi.Warning;

/**
 * One of the readers {@link ReportReader} chooses among. When its classes fail to load (a library missing or clashing
 * on the class path, a static initializer that threw), on construction or on first use, it is remembered unavailable
 * with its cause: each file of its format then fails at once with that cause, the same line each time, and the other
 * formats keep being read.
 *
 * @param <T> the reader, or the class of a reader that is a set of static methods
 */
final class GuardedReader<T> {

  private final String name;
  private final T reader;
  /** Set once by the first failure; read by the worker of the next file while an abandoned one may still run. */
  private volatile Unavailable unavailable;

  /** The reader {@code make} constructs, named {@code name} (a literal: a class literal may itself fail to load). */
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

  /** A reader that is a set of static methods: its class is loaded and initialized now, so a failure shows at once. */
  static <C> GuardedReader<Class<C>> ofClass(String name, Supplier<Class<C>> type) {
    return new GuardedReader<>(name, () -> initialized(type.get()));
  }

  private static <C> Class<C> initialized(Class<C> type) {
    try {
      Class.forName(type.getName(), true, type.getClassLoader());
      return type;
    } catch (ClassNotFoundException e) {
      throw new NoClassDefFoundError(type.getName());
    }
  }

  /** Reads a file that opens in this reader's format. */
  ReadResult read(Function<T, ReadResult> read) {
    return read(read, () -> true);
  }

  /**
   * Reads a file with this reader, which returns null when the file is not in its format after all. When the reader
   * is unavailable, a file that {@code opensAsMine} fails with its cause; any other is left to the next format (null).
   */
  ReadResult read(Function<T, ReadResult> read, BooleanSupplier opensAsMine) {
    Unavailable gone = unavailable;
    if (gone == null) {
      try {
        return read.apply(reader);
      } catch (LinkageError e) {
        gone = Unavailable.of(Unavailable.READER, name, e);
        unavailable = gone;
      }
    }
    if (!opensAsMine.getAsBoolean()) {
      return null;
    }
    Warning why = gone.warning();
    return ReadResult.failed(why.code(), why.message());
  }

  /** Why the reader cannot be used, or null while it can. */
  Unavailable unavailable() {
    return unavailable;
  }
}
