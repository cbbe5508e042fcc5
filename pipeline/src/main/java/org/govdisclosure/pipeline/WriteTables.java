package org.govdisclosure.pipeline;

import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.beam.sdk.transforms.Contextful;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PDone;
import org.govdisclosure.schemas.TableSchemas;

/** Writes each table as Parquet under {@code <output>/<table>/year=<YYYY>/county_code=<code>/}. */
final class WriteTables extends PTransform<PCollectionTuple, PDone> {

  private final String output;
  private final int shards;

  WriteTables(String output, int shards) {
    this.output = output;
    this.shards = shards;
  }

  @Override
  public PDone expand(PCollectionTuple tables) {
    ExtractReports.TAGS.forEach((table, tag) ->
        tables.get(tag).apply("Write " + table, FileIO.<String, KV<String, GenericRecord>>writeDynamic()
            .by(KV::getKey)
            .withDestinationCoder(StringUtf8Coder.of())
            .via(Contextful.fn(KV::getValue), ParquetIO.sink(TableSchemas.of(table)))
            .to(output + "/" + table)
            .withNaming(partition -> FileIO.Write.defaultNaming(partition + "/part", ".parquet"))
            // Without a fixed shard count every bundle writes its own file per partition.
            .withNumShards(shards)));
    return PDone.in(tables.getPipeline());
  }
}
