package org.govdisclosure.pipeline;

import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.transforms.Contextful;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PDone;

/**
 * Writes each table as Parquet under {@code <output>/<table>/year=<YYYY>/county_code=<code>/}: one dynamic write
 * whose destinations are those directories, each with the sink of its table.
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
        .apply("RowsByDirectory", ParDo.of(new RowsByDirectory()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), ByteArrayCoder.of()))
        .apply("WriteParquet", FileIO.<String, KV<String, byte[]>>writeDynamic()
            .by(KV::getKey)
            .withDestinationCoder(StringUtf8Coder.of())
            .via(Contextful.fn(KV::getValue), Contextful.fn(directory -> new TableSink(directory.substring(0, directory.indexOf('/')))))
            .to(output)
            .withNaming(directory -> FileIO.Write.defaultNaming(directory + "/part", ".parquet"))
            // Without a fixed shard count every bundle writes its own file per directory.
            .withNumShards(shards));
    return PDone.in(reports.getPipeline());
  }

  /** A report's encoded rows of each table, keyed by the directory they are written to. */
  static final class RowsByDirectory extends DoFn<ReportRows, KV<String, byte[]>> {
    @ProcessElement
    public void process(@Element ReportRows report, OutputReceiver<KV<String, byte[]>> out) {
      report.tables().forEach((table, rows) -> out.output(KV.of(table + "/" + report.partition(), rows)));
    }
  }
}
