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
 * A local file the direct runner's reports leave their tables' rows in, so that what it holds in memory per report
 * is a few strings and offsets ({@link ParkedTables}). The direct runner keeps every element of a run in memory
 * twice over: the extracted reports wait for the ids of the whole run before the duplicate step lets one through
 * (its side input), then for the whole run again in the grouping before writing. Held whole, a 100 000-report run's
 * heap in use grew to ten times a 10 000-report run's (BENCHMARKS.md). Every step of the direct runner runs in the
 * JVM that wrote the file, so the rows are read back by offset wherever a step asks for them; other runners move the
 * rows themselves and spill what they group.
 *
 * <p>One file per run, a {@link ScratchFile}: gone when the run ends ({@link #close}) or its JVM does.
 */
final class ParkedRows implements Closeable {

  /** The open files by path: a step's instances are deserialized copies, which find their run's file by its name. */
  private static final Map<String, ParkedRows> OPEN = new ConcurrentHashMap<>();

  private final ScratchFile scratch;
  private final FileChannel channel;
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

  /** The same report with its tables' rows in this file. */
  ReportRows park(ReportRows report) {
    if (report.tables() instanceof ParkedTables) {
      return report;
    }
    ByteBuffer[] rows = report.tables().values().stream().map(ByteBuffer::wrap).toArray(ByteBuffer[]::new);
    long offset;
    try {
      offset = append(rows);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot park the rows of " + report.sourceFile() + " in " + path(), e);
    }
    return new ReportRows(report.reportId(), report.sourceFile(), report.partition(), report.commonColumns(),
        ParkedTables.of(this, offset, report.tables()));
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
