package org.govdisclosure.pipeline;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.govdisclosure.schemas.TableSchemas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The output folder of one run, published all at once. A run writes its tables into a staging folder beside the
 * published ones ({@code <output>/.staging-<run id>/}, which no reader globbing {@code <output>/<table>/**} sees)
 * and swaps them in only after the whole pipeline succeeded: a failed or killed run leaves the previous output as
 * it was. {@code _SUCCESS}, written last, names the run whose tables are published; it is absent only during the
 * swap, a handful of renames. A run killed during the swap leaves a journal, and the next run puts the previous
 * output back before anything else.
 *
 * <p>Only what the pipeline wrote is ever replaced or deleted: table folders carrying its marker and holding only
 * its Parquet files, and its own staging folders. An output folder that holds anything else under a table's name,
 * or that overlaps an input, is refused before any work.
 */
final class StagedOutput implements RunOutput {

  static final String TABLE_MARKER = "_GOV_DISCLOSURE_TABLE";
  static final String SUCCESS = "_SUCCESS";

  private static final Logger LOG = LoggerFactory.getLogger(StagedOutput.class);
  private static final String LOCK = ".gov-disclosure.lock";
  private static final String STAGING_PREFIX = ".staging-";
  private static final String STAGING_MARKER = "_GOV_DISCLOSURE_STAGING";
  private static final String JOURNAL_PREFIX = ".publishing-";
  private static final String PREVIOUS = "previous";
  /** A Parquet file of the pipeline's, relative to its table's folder. */
  static final String TABLE_FILE = "year=\\d{1,4}/county_code=\\d{6}/part-[^/]+\\.parquet";
  private static final Pattern OWN_FILE = Pattern.compile(TABLE_FILE + "|" + TABLE_MARKER);

  /** What a test may interrupt: called after each step of the swap with its name. */
  interface Steps {
    Steps NONE = step -> {};

    void done(String step) throws IOException;
  }

  private final Path output;
  private final String runId;
  private final Path staging;
  private final FileChannel lockFile;
  private final FileLock lock;
  private final Steps steps;
  private boolean published;

  private StagedOutput(Path output, String runId, FileChannel lockFile, FileLock lock, Steps steps) {
    this.output = output;
    this.runId = runId;
    this.staging = output.resolve(STAGING_PREFIX + runId);
    this.lockFile = lockFile;
    this.lock = lock;
    this.steps = steps;
  }

  /**
   * Checks {@code output} against the inputs and what it holds, takes it for this run (one run at a time), puts
   * back what a run killed while publishing left, removes stale staging folders and makes this run's.
   *
   * @param inputs the absolute input patterns (folders, files, globs)
   * @throws IllegalArgumentException when the output cannot be used, before anything was changed
   */
  static StagedOutput open(Path output, List<String> inputs) throws IOException {
    return open(output, inputs, Steps.NONE);
  }

  static StagedOutput open(Path output, List<String> inputs, Steps steps) throws IOException {
    Path out = output.toAbsolutePath().normalize();
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new IllegalArgumentException("--output " + out + " is a file, not a folder");
    }
    refuseOverlap(out, inputs);
    Files.createDirectories(out);
    FileChannel lockFile = FileChannel.open(out.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = lockFile.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      lockFile.close();
      throw new IllegalArgumentException("another run is writing to --output " + out);
    }
    StagedOutput staged = new StagedOutput(out, UUID.randomUUID().toString(), lockFile, lock, steps);
    try {
      staged.recoverKilledPublish();
      staged.removeStaleStaging();
      for (String table : TableSchemas.TABLES) {
        refuseForeign(out.resolve(table));
      }
      Files.createDirectories(staged.staging);
      Files.writeString(staged.staging.resolve(STAGING_MARKER), staged.runId);
      return staged;
    } catch (IOException | RuntimeException e) {
      staged.close();
      throw e;
    }
  }

  @Override
  public String runId() {
    return runId;
  }

  /** Where this run's pipeline writes its tables. */
  Path staging() {
    return staging;
  }

  @Override
  public String tablesLocation() {
    return staging.toString();
  }

  @Override
  public Path localFolder() throws IOException {
    writeEmptyTables();
    return staging;
  }

  @Override
  public String publishedLocation(String fileName) {
    return output.resolve(fileName).toString();
  }

  void writeEmptyTables() throws IOException {
    writeEmptyTables(staging);
  }

  /**
   * Gives each table under {@code folder} without rows an empty Parquet file, so that a run with no rows still gives
   * tables that DuckDB and Spark read (and that the run report queries before publishing).
   *
   * @return the files written, relative to {@code folder}
   */
  static List<String> writeEmptyTables(Path folder) throws IOException {
    List<String> written = new ArrayList<>();
    for (String table : TableSchemas.TABLES) {
      Path dir = folder.resolve(table);
      if (!hasParquet(dir)) {
        String file = table + "/year=" + TableSchemas.UNKNOWN_YEAR + "/county_code=" + TableSchemas.UNKNOWN_COUNTY + "/part-00000-of-00001.parquet";
        TableSink.writeEmpty(table, folder.resolve(file));
        written.add(file);
      }
    }
    return written;
  }

  /**
   * Publishes what the run staged: its tables (each with at least an empty Parquet file) and the files it put beside
   * them ({@code _run_summary.json}, {@code _report.html}, …). Each previous entry is moved aside and the new one in; {@code _SUCCESS} goes first and comes back last.
   */
  @Override
  public void publish(String successJson) throws IOException {
    writeEmptyTables();
    for (String table : TableSchemas.TABLES) {
      Files.writeString(staging.resolve(table).resolve(TABLE_MARKER), runId);
    }
    List<String> entries = new ArrayList<>(TableSchemas.TABLES);
    for (Path file : list(staging, "*")) {
      String name = file.getFileName().toString();
      if (Files.isRegularFile(file) && !name.equals(STAGING_MARKER)) {
        entries.add(name);
      }
    }
    Path previous = Files.createDirectories(staging.resolve(PREVIOUS));
    Files.writeString(journal(runId), String.join("\n", entries), StandardOpenOption.CREATE_NEW, StandardOpenOption.SYNC);
    steps.done("journal");
    moveIfExists(output.resolve(SUCCESS), previous.resolve(SUCCESS));
    steps.done("success_removed");
    for (String entry : entries) {
      if (TableSchemas.TABLES.contains(entry)) {
        refuseForeign(output.resolve(entry));
      }
      moveIfExists(output.resolve(entry), previous.resolve(entry));
      steps.done("moved_aside " + entry);
      move(staging.resolve(entry), output.resolve(entry));
      steps.done("moved_in " + entry);
    }
    Path success = staging.resolve(SUCCESS);
    Files.writeString(success, successJson);
    move(success, output.resolve(SUCCESS));
    steps.done("success");
    published = true;
    Files.delete(journal(runId));
    deleteStaging(staging);
  }

  /**
   * Unless this run was published, puts the previous output back where a failed swap had begun, and removes this
   * run's staging folder; then lets the next run in.
   */
  @Override
  public void close() throws IOException {
    try {
      if (!published) {
        recoverKilledPublish();
        deleteStaging(staging);
      }
    } finally {
      lock.release();
      lockFile.close();
    }
  }

  private Path journal(String id) {
    return output.resolve(JOURNAL_PREFIX + id);
  }

  /**
   * A journal means a run was killed (or failed) while swapping: when its {@code _SUCCESS} was written the swap was
   * complete and only its staging is left to remove. Otherwise each entry it lists that is no longer in its staging
   * folder was moved in, and goes back; then what was moved aside comes back in place.
   */
  private void recoverKilledPublish() throws IOException {
    for (Path journal : list(output, JOURNAL_PREFIX + "*")) {
      String id = journal.getFileName().toString().substring(JOURNAL_PREFIX.length());
      Path killed = output.resolve(STAGING_PREFIX + id);
      Path previous = killed.resolve(PREVIOUS);
      String success = Files.isRegularFile(output.resolve(SUCCESS)) ? Files.readString(output.resolve(SUCCESS)) : "";
      if (!success.contains(id)) {
        LOG.warn("A run ({}) was stopped while publishing its output: putting the previous output back", id);
        for (String entry : Files.readAllLines(journal)) {
          if (!Files.exists(killed.resolve(entry)) && Files.exists(output.resolve(entry))) {
            move(output.resolve(entry), killed.resolve(entry));
          }
          moveIfExists(previous.resolve(entry), output.resolve(entry));
        }
        moveIfExists(previous.resolve(SUCCESS), output.resolve(SUCCESS));
      }
      Files.delete(journal);
      deleteStaging(killed);
    }
  }

  /** Staging folders of runs that no longer hold the lock: killed before publishing. */
  private void removeStaleStaging() throws IOException {
    for (Path dir : list(output, STAGING_PREFIX + "*")) {
      deleteStaging(dir);
    }
  }

  /**
   * Deletes a staging folder, everything in it written by a run; a folder without the staging marker is left, unless
   * it is empty: a run killed between making its folder and marking it left nothing of anyone's in it.
   */
  private static void deleteStaging(Path dir) throws IOException {
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.exists(dir.resolve(STAGING_MARKER))) {
      try {
        Files.delete(dir);
      } catch (DirectoryNotEmptyException e) {
        // Not empty and not marked: someone else's folder.
      }
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** A table folder the pipeline may replace: absent, or marked as its own and holding only its files. */
  static void refuseForeign(Path table) throws IOException {
    if (!Files.exists(table, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isDirectory(table, LinkOption.NOFOLLOW_LINKS) || !Files.isRegularFile(table.resolve(TABLE_MARKER))) {
      throw new IllegalArgumentException(table + " was not written by this pipeline (no " + TABLE_MARKER
          + " marker); it is never replaced: move it away or choose another --output");
    }
    List<String> foreign = new ArrayList<>();
    try (Stream<Path> paths = Files.walk(table)) {
      paths.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
          .map(p -> table.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !OWN_FILE.matcher(p).matches())
          .limit(5)
          .forEach(foreign::add);
    }
    if (!foreign.isEmpty()) {
      throw new IllegalArgumentException(table + " holds files this pipeline did not write (" + String.join(", ", foreign)
          + "); it is never replaced: move them away or choose another --output");
    }
  }

  /**
   * An output inside a folder that an input reads recursively would be read back as input on the next run; an input
   * inside the output would be replaced by the tables.
   */
  static void refuseOverlap(Path output, List<String> inputs) {
    Path out = real(output);
    for (String input : inputs) {
      if (!InputFiles.isLocal(input)) {
        continue;
      }
      boolean glob = InputFiles.isGlob(input);
      Path base = real(glob ? InputFiles.base(input) : Path.of(input));
      boolean recursive = glob ? input.contains("**") : Files.isDirectory(base);
      if (base.startsWith(out) || (recursive && out.startsWith(base))) {
        throw new IllegalArgumentException("--output " + output + " overlaps --input " + input
            + ": the output would be read as input, or the input replaced by the output; choose an output folder apart from the inputs");
      }
    }
  }

  /** The path with links resolved as far as it exists, so that two spellings of one folder compare equal. */
  private static Path real(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute));
    } catch (IOException e) {
      return absolute;
    }
  }

  private static boolean hasParquet(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      return paths.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
    }
  }

  private static List<Path> list(Path dir, String glob) throws IOException {
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, glob)) {
      entries.forEach(found::add);
    }
    return found;
  }

  private static void moveIfExists(Path from, Path to) throws IOException {
    if (Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
      move(from, to);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
  }
}
