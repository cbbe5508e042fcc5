package org.govdisclosure.pipeline;

import java.io.IOException;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.govdisclosure.schemas.TableSchemas;

/**
 * Writes each table as Parquet under {@code <output>/<table>/year=<YYYY>/county_code=<code>/}, in
 * {@code shards} files {@code part-SSSSS-of-NNNNN.parquet} per directory.
 *
 * <p>Reports travel whole, still encoded, in {@link ShuffleGroups} by a hash of their partition; each group writes
 * every table's files of its partitions, one partition at a time. {@code FileIO.writeDynamic} cost more than the
 * writing: it shuffled a record per report and table, by directory (a thousand directories for 10 000 reports,
 * each a bundle on the direct runner), then shuffled the files written twice more to name them. A group's reports
 * wait on local disk, not in memory, while it writes ({@link SpilledGroup}): a worker holds the open files of one
 * partition, each of which Parquet buffers up to a row group.
 *
 * <p>Files are written under their final names in the run's staging folder, which is published only when the whole
 * run succeeded ({@link RunOutput}); a group run again writes the same files again.
 */
final class WriteTables extends PTransform<PCollection<ReportRows>, PDone> {

  private final String output;
  private final int shards;

  WriteTables(String output, int shards) {
    this.output = output;
    this.shards = shards;
  }

  @Override
  public PDone expand(PCollection<ReportRows> reports) {
    reports
        .apply("ByPartitionGroup", MapElements.into(TypeDescriptors.kvs(TypeDescriptors.integers(), TypeDescriptor.of(ReportRows.class)))
            .via(report -> KV.of(ShuffleGroups.of(report.partition()), report)))
        .setCoder(KvCoder.of(VarIntCoder.of(), ReportRowsCoder.of()))
        .apply("GroupPartitions", GroupByKey.create())
        .apply("WriteParquet", ParDo.of(new WriteGroup(output, shards)));
    return PDone.in(reports.getPipeline());
  }

  /**
   * The Parquet files of one group's partitions, one partition after the other. Within a file, rows are in the
   * order of their source files ({@link SpilledGroup}), so that a rerun writes the same files whatever order the
   * runner delivered the reports in. Only the current partition's files are open, one per table and shard.
   */
  static final class WriteGroup extends DoFn<KV<Integer, Iterable<ReportRows>>, Void> {

    private final String output;
    private final int shards;

    WriteGroup(String output, int shards) {
      this.output = output;
      this.shards = shards;
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<ReportRows>> group) throws IOException {
      ResourceId folder = StoreFiles.folder(output);
      try (SpilledGroup reports = SpilledGroup.of(group.getValue())) {
        PartitionFiles files = null;
        try {
          for (SpilledGroup.Entry entry : reports.inOrder()) {
            if (files == null || !files.partition.equals(entry.partition())) {
              if (files != null) {
                files.finish();
              }
              files = new PartitionFiles(folder, entry.partition(), shards);
            }
            files.write(reports.read(entry));
          }
          if (files != null) {
            files.finish();
          }
        } finally {
          if (files != null) {
            files.abandon();
          }
        }
      }
    }
  }

  /**
   * Every table's files of one partition, {@code shards} per table with rows: a report's rows of a table go to the
   * shard its rank among the partition's reports with rows of that table gives, modulo {@code shards}; a shard
   * without rows is an empty file. A table's files are opened at its first rows.
   */
  private static final class PartitionFiles {

    private final ResourceId folder;
    private final String partition;
    private final int shards;
    private final Map<String, TableFiles> tables = new LinkedHashMap<>();

    PartitionFiles(ResourceId folder, String partition, int shards) {
      this.folder = folder;
      this.partition = partition;
      this.shards = shards;
    }

    void write(ReportRows report) throws IOException {
      for (String table : TableSchemas.TABLES) {
        byte[] encoded = report.tables().get(table);
        if (encoded != null) {
          TableFiles files = tables.get(table);
          if (files == null) {
            files = new TableFiles(table);
            tables.put(table, files);
            files.open(folder, partition, shards);
          }
          files.write(report.commonColumns(), encoded);
        }
      }
    }

    /** Completes every file. */
    void finish() throws IOException {
      for (TableFiles files : tables.values()) {
        files.finish();
      }
    }

    /** Closes whatever a failure left open; the staging folder they are in is never published. */
    void abandon() throws IOException {
      for (TableFiles files : tables.values()) {
        files.closeChannels();
      }
    }
  }

  /** One table's shards in one partition. */
  private static final class TableFiles {

    private final String table;
    private final List<TableSink> sinks = new ArrayList<>();
    private final List<WritableByteChannel> channels = new ArrayList<>();
    private long written;

    TableFiles(String table) {
      this.table = table;
    }

    void open(ResourceId folder, String partition, int shards) throws IOException {
      for (int shard = 0; shard < shards; shard++) {
        String name = String.format("%s/%s/part-%05d-of-%05d.parquet", table, partition, shard, shards);
        WritableByteChannel channel = FileSystems.create(StoreFiles.file(folder, name), MimeTypes.BINARY);
        channels.add(channel);
        TableSink sink = new TableSink(table);
        sink.open(channel);
        sinks.add(sink);
      }
    }

    void write(byte[] commonColumns, byte[] rows) throws IOException {
      sinks.get((int) (written++ % sinks.size())).write(commonColumns, rows);
    }

    void finish() throws IOException {
      for (TableSink sink : sinks) {
        sink.flush();
      }
      closeChannels();
    }

    void closeChannels() throws IOException {
      // Parquet closes the channel when it finishes the file; a second close of an S3 channel completes its
      // upload again, which S3 refuses.
      for (WritableByteChannel channel : channels) {
        if (channel.isOpen()) {
          channel.close();
        }
      }
    }
  }
}
