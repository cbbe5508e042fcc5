package org.govdisclosure.pipeline;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A local file a run keeps data of its own in while it works, removed from its folder as soon as it is open where the
 * system lets a file in use be unlinked (Linux, macOS): its space comes back when it is closed or when the JVM ends,
 * so a run that is killed leaves none behind in the temporary folder. Elsewhere it is deleted when closed.
 */
final class ScratchFile implements Closeable {

  private final Path path;
  private final FileChannel channel;
  private final boolean unlinked;

  private ScratchFile(Path path, FileChannel channel, boolean unlinked) {
    this.path = path;
    this.channel = channel;
    this.unlinked = unlinked;
  }

  /** A new empty file in the system's temporary folder, open for reading and writing. */
  static ScratchFile create(String prefix) throws IOException {
    Path path = Files.createTempFile(prefix, ".tmp");
    FileChannel channel;
    try {
      channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(path);
      throw e;
    }
    boolean unlinked;
    try {
      Files.delete(path);
      unlinked = true;
    } catch (IOException e) {
      unlinked = false; // a system that keeps a file in use: deleted on close
    }
    return new ScratchFile(path, channel, unlinked);
  }

  /** Where the file was made: its name, which no longer lies in the folder where the system allowed unlinking. */
  Path path() {
    return path;
  }

  FileChannel channel() {
    return channel;
  }

  @Override
  public void close() throws IOException {
    try {
      channel.close();
    } finally {
      if (!unlinked) {
        Files.deleteIfExists(path);
      }
    }
  }
}
