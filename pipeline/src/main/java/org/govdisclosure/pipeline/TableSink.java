package org.govdisclosure.pipeline;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.hadoop.conf.Configuration;

/** Writes the encoded rows of one table ({@link AvroRows}) to a Parquet file, record by record. */
final class TableSink implements FileIO.Sink<byte[]> {

  private final String table;
  private transient AvroRows rows;
  private transient FileIO.Sink<GenericRecord> parquet;

  TableSink(String table) {
    this.table = table;
  }

  /** Writes a Parquet file of the table with no rows, readable like any other. */
  static void writeEmpty(String table, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      TableSink sink = new TableSink(table);
      sink.open(channel);
      sink.flush();
    }
  }

  @Override
  public void open(WritableByteChannel channel) throws IOException {
    rows = AvroRows.of(table);
    // Without a configuration of its own each file would get Hadoop's default one, which parses Hadoop's XML
    // resources anew: with a file per table, partition and shard that was most of the time spent writing.
    parquet = ParquetIO.sink(rows.schema()).withConfiguration(new Configuration(false));
    parquet.open(channel);
  }

  @Override
  public void write(byte[] encoded) throws IOException {
    rows.forEachReused(encoded, parquet::write);
  }

  @Override
  public void flush() throws IOException {
    parquet.flush();
  }
}
