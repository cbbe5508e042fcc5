package org.govdisclosure.pipeline;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govdisclosure.schemas.TableSchemas;

/**
 * The reports of one write group in the order their rows are written, holding only a small key per report in
 * memory: the reports are spilled, still encoded, to a local {@link ScratchFile} as the grouping hands them over, and
 * read back one at a time. A runner hands a group over once and in no order (Flink's batch grouping streams it from
 * its sorted runs, spilled to disk), and one group may hold a fifth of a national run
 * ({@code year=0/county_code=000000}): held whole, it made the heap grow with the run.
 */
final class SpilledGroup implements Closeable {

  /** Where a report lies in the spill file, and what orders it. */
  record Entry(String partition, String sourceFile, boolean carriesReport, long offset, int length) {}

  /**
   * By partition, then by source file, a report's own rows before the rows that checks of the whole run add to it:
   * a rerun writes the same files whatever order the runner delivered the reports in.
   */
  private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::partition)
      .thenComparing(Entry::sourceFile)
      .thenComparing(entry -> !entry.carriesReport());

  private final ScratchFile file;
  private final List<Entry> entries = new ArrayList<>();
  private byte[] buffer = new byte[0];

  private SpilledGroup(ScratchFile file) {
    this.file = file;
  }

  /** Spills the reports as they come and orders their keys; the caller closes it, which deletes the file. */
  static SpilledGroup of(Iterable<ReportRows> reports) throws IOException {
    SpilledGroup group = new SpilledGroup(ScratchFile.create("write-group-"));
    try {
      group.spill(reports);
      return group;
    } catch (IOException | RuntimeException e) {
      group.close();
      throw e;
    }
  }

  private void spill(Iterable<ReportRows> reports) throws IOException {
    // One instance per partition name: a group holds a few partitions and many reports.
    Map<String, String> partitions = new HashMap<>();
    ByteArrayOutputStream encoded = new ByteArrayOutputStream();
    long size = 0;
    // Not closed: closing the stream would close the file, which the reads below use.
    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(file.channel()));
    for (ReportRows report : reports) {
      encoded.reset();
      ReportRowsCoder.of().encode(report, encoded);
      encoded.writeTo(out);
      String partition = partitions.computeIfAbsent(report.partition(), p -> p);
      entries.add(new Entry(partition, report.sourceFile(), report.tables().containsKey(TableSchemas.REPORTS), size, encoded.size()));
      size += encoded.size();
    }
    out.flush();
    entries.sort(ORDER);
  }

  /** Where the file was made ({@link ScratchFile#path}). */
  Path file() {
    return file.path();
  }

  /** How many bytes the group's reports take in the file. */
  long spilledBytes() throws IOException {
    return file.channel().size();
  }

  List<Entry> inOrder() {
    return entries;
  }

  ReportRows read(Entry entry) throws IOException {
    if (buffer.length < entry.length()) {
      buffer = new byte[Math.max(entry.length(), 2 * buffer.length)];
    }
    ByteBuffer target = ByteBuffer.wrap(buffer, 0, entry.length());
    while (target.hasRemaining()) {
      if (file.channel().read(target, entry.offset() + target.position()) < 0) {
        throw new EOFException("spill file " + file.path() + " ends inside a report");
      }
    }
    return ReportRowsCoder.of().decode(new ByteArrayInputStream(buffer, 0, entry.length()));
  }

  @Override
  public void close() throws IOException {
    file.close();
  }
}
