package org.govdisclosure.pipeline;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.beam.sdk.transforms.DoFn;

/**
 * A local file the reports leave their tables' rows and common columns in, where every step of a run runs in the JVM
 * that writes the file (the direct runner, embedded Flink), so that what the runner holds, copies and groups per
 * report is a few strings and offsets ({@link ParkedTables}), read back by offset wherever a step asks for the rows.
 * The direct runner keeps every element of a run in memory twice over: the extracted reports wait for the ids of the
 * whole run before the duplicate step lets one through (its side input), then for the whole run again in the
 * grouping before writing. Held whole, a 100 000-report run's heap in use grew to ten times a 10 000-report run's
 * (BENCHMARKS.md). Embedded Flink serialized and sorted every report's rows in its groupings. Runners on a cluster
 * move the rows themselves and spill what they group.
 *
 * <p>One file per run, a {@link ScratchFile}: gone when the run ends ({@link #close}) or its JVM does.
 */
final class ParkedRows implements Closeable {

  /** The open files by path: a step's instances are deserialized copies, which find their run's file by its name. */
  private static final Map<String, ParkedRows> OPEN = new ConcurrentHashMap<>();

  private final ScratchFile scratch;
  private final FileChannel channel;
  /** One instance of each partition's name: a run has a few hundred partitions and many reports in each. */
  private final Map<String, String> partitions = new ConcurrentHashMap<>();
  private long size;

  private ParkedRows(ScratchFile scratch) {
    this.scratch = scratch;
    this.channel = scratch.channel();
  }

  static ParkedRows create() throws IOException {
    ParkedRows rows = new ParkedRows(ScratchFile.create("parked-rows-"));
    OPEN.put(rows.path(), rows);
    return rows;
  }

  /** The open file at {@code path}; a report parked in a closed one cannot be read any more. */
  static ParkedRows at(String path) {
    ParkedRows rows = OPEN.get(path);
    if (rows == null) {
      throw new IllegalStateException("no open file of parked rows at " + path + ": its run has ended");
    }
    return rows;
  }

  /** The file's name, by which the run's steps find it ({@link #at}). */
  String path() {
    return scratch.path().toString();
  }

  /**
   * The same report with its common columns and its tables' rows in this file, and its partition's name shared with
   * the run's other reports of that partition.
   */
  ReportRows park(ReportRows report) {
    if (report.tables() instanceof ParkedTables) {
      return report;
    }
    byte[] common = report.commonColumns();
    ByteBuffer[] bytes = new ByteBuffer[report.tables().size() + 1];
    bytes[0] = ByteBuffer.wrap(common);
    int i = 1;
    for (byte[] rows : report.tables().values()) {
      bytes[i++] = ByteBuffer.wrap(rows);
    }
    long offset;
    try {
      offset = append(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot park the rows of " + report.sourceFile() + " in " + path(), e);
    }
    String partition = partitions.computeIfAbsent(report.partition(), p -> p);
    return ReportRows.parked(report.reportId(), report.sourceFile(), partition,
        ParkedTables.of(this, offset, common.length, report.tables()));
  }

  private synchronized long append(ByteBuffer[] rows) throws IOException {
    long offset = size;
    channel.position(offset);
    long remaining = 0;
    for (ByteBuffer buffer : rows) {
      remaining += buffer.remaining();
    }
    while (remaining > 0) {
      remaining -= channel.write(rows);
    }
    size = channel.position();
    return offset;
  }

  byte[] read(long offset, int length) {
    ByteBuffer target = ByteBuffer.allocate(length);
    try {
      while (target.hasRemaining()) {
        if (channel.read(target, offset + target.position()) < 0) {
          throw new EOFException("file of parked rows " + path() + " ends at " + (offset + target.position()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target.array();
  }

  @Override
  public void close() throws IOException {
    OPEN.remove(path());
    scratch.close();
  }

  /** Parks each report's rows in the run's file. */
  static final class Park extends DoFn<ReportRows, ReportRows> {

    private final String path;

    Park(ParkedRows rows) {
      this.path = rows.path();
    }

    @ProcessElement
    public void process(@Element ReportRows report, OutputReceiver<ReportRows> out) {
      out.output(at(path).park(report));
    }
  }
}
