package org.govdisclosure.pipeline;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;

/**
 * Writes the encoded rows of one table ({@link ReportRows}: a report's common columns and its rows' own columns) to a
 * Parquet file, row by row, without decoding them ({@link EncodedRowWriteSupport}). The file's settings are those Beam's {@code ParquetIO.sink} wrote them with.
 */
final class TableSink {

  private final String table;
  private ParquetWriter<EncodedRowWriteSupport.Row> parquet;
  private BinaryDecoder decoder;
  private final EncodedRowWriteSupport.Row row = new EncodedRowWriteSupport.Row();

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

  void open(WritableByteChannel channel) throws IOException {
    parquet = new Writer(new ChannelFile(channel), table)
        .withCompressionCodec(CompressionCodecName.SNAPPY)
        .withRowGroupSize(ParquetWriter.DEFAULT_BLOCK_SIZE)
        .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
        // Without a configuration of its own each file would get Hadoop's default one, which parses Hadoop's XML
        // resources anew: with a file per table, partition and shard that was most of the time spent writing.
        .withConf(new Configuration(false))
        .build();
  }

  /** Writes one report's rows of the table: its common columns before each row's own. */
  void write(byte[] commonColumns, byte[] ownColumns) throws IOException {
    decoder = DecoderFactory.get().binaryDecoder(ownColumns, decoder);
    row.report(commonColumns, decoder);
    while (!decoder.isEnd()) {
      parquet.write(row);
    }
  }

  /** Completes the file, which closes the channel. */
  void flush() throws IOException {
    parquet.close();
  }

  private static final class Writer extends ParquetWriter.Builder<EncodedRowWriteSupport.Row, Writer> {

    private final String table;

    Writer(OutputFile file, String table) {
      super(file);
      this.table = table;
    }

    @Override
    protected Writer self() {
      return this;
    }

    @Override
    protected WriteSupport<EncodedRowWriteSupport.Row> getWriteSupport(Configuration conf) {
      return new EncodedRowWriteSupport(table);
    }
  }

  /**
   * A file on any of Beam's file systems, through its channel; like ParquetIO's, it aligns no row groups. Its stream is
   * buffered: Parquet writes page headers and the footer through Thrift a byte or a varint at a time, and each write
   * reaching the channel costs a wrapped array and the channel's locking and interruption bookkeeping.
   */
  private record ChannelFile(WritableByteChannel channel) implements OutputFile {

    /** Larger writes (a page's data) go straight to the channel. */
    private static final int BUFFER = 64 * 1024;

    @Override
    public PositionOutputStream create(long blockSizeHint) {
      OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER);
      return new PositionOutputStream() {
        private long position;

        @Override
        public long getPos() {
          return position;
        }

        @Override
        public void write(int b) throws IOException {
          out.write(b);
          position++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
          position += len;
        }

        @Override
        public void flush() throws IOException {
          out.flush();
        }

        @Override
        public void close() throws IOException {
          out.close();
        }
      };
    }

    @Override
    public PositionOutputStream createOrOverwrite(long blockSizeHint) {
      return create(blockSizeHint);
    }

    @Override
    public boolean supportsBlockSize() {
      return false;
    }

    @Override
    public long defaultBlockSize() {
      return 0;
    }
  }
}
