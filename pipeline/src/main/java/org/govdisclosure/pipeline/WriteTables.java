package org.govdisclosure.pipeline;

import java.io.IOException;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * every table's files of its partitions, one file at a time. {@code FileIO.writeDynamic} cost more than the
 * writing: it shuffled a record per report and table, by directory (a thousand directories for 10 000 reports,
 * each a bundle on the direct runner), then shuffled the files written twice more to name them. A group holds its
 * partitions' rows in their compact form while it writes them: its share of the run beside its largest partition,
 * which one Parquet file buffers whole anyway.
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
   * The Parquet files of one group's partitions. Within a file, rows are in the order of their source files, so
   * that a rerun writes the same files whatever order the runner delivered the reports in.
   */
  static final class WriteGroup extends DoFn<KV<Integer, Iterable<ReportRows>>, Void> {

    /** By source file; a report's own rows before the rows that checks of the whole run add to it. */
    private static final Comparator<ReportRows> FILE_ORDER = Comparator.comparing(ReportRows::sourceFile)
        .thenComparing(report -> !report.tables().containsKey(TableSchemas.REPORTS));

    private final String output;
    private final int shards;

    WriteGroup(String output, int shards) {
      this.output = output;
      this.shards = shards;
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<ReportRows>> group) throws IOException {
      Map<String, List<ReportRows>> partitions = new TreeMap<>();
      for (ReportRows report : group.getValue()) {
        partitions.computeIfAbsent(report.partition(), p -> new ArrayList<>()).add(report);
      }
      ResourceId folder = StoreFiles.folder(output);
      for (Map.Entry<String, List<ReportRows>> partition : partitions.entrySet()) {
        partition.getValue().sort(FILE_ORDER);
        for (String table : TableSchemas.TABLES) {
          List<byte[]> rows = new ArrayList<>();
          for (ReportRows report : partition.getValue()) {
            byte[] encoded = report.tables().get(table);
            if (encoded != null) {
              rows.add(encoded);
            }
          }
          if (!rows.isEmpty()) {
            for (int shard = 0; shard < shards; shard++) {
              String name = String.format("%s/%s/part-%05d-of-%05d.parquet", table, partition.getKey(), shard, shards);
              write(table, StoreFiles.file(folder, name), rows, shard);
            }
          }
        }
      }
    }

    /** Writes every {@code shards}-th of the rows, from the {@code shard}-th on: a shard without rows is an empty file. */
    private void write(String table, ResourceId file, List<byte[]> rows, int shard) throws IOException {
      TableSink sink = new TableSink(table);
      WritableByteChannel channel = FileSystems.create(file, MimeTypes.BINARY);
      try {
        sink.open(channel);
        for (int i = shard; i < rows.size(); i += shards) {
          sink.write(rows.get(i));
        }
        sink.flush();
      } finally {
        // Parquet closes the channel when it finishes the file; a second close of an S3 channel completes its
        // upload again, which S3 refuses.
        if (channel.isOpen()) {
          channel.close();
        }
      }
    }
  }
}
