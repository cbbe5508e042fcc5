package org.govdisclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.avro.Conversions;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.govdisclosure.schemas.TableSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * {@link TableSink} writes, from the encoded rows, the very files that Beam's {@code ParquetIO.sink} (parquet-avro's
 * {@code AvroWriteSupport}) writes from the decoded records with the same settings, as the pipeline did before: same
 * bytes, so the same Parquet schema, logical types, pages, statistics and footer. The rows are random over each
 * table's schema (every Avro type the schemas use; a type added to them fails here until written and generated).
 */
class TableSinkTest {

  static final List<String> TABLES = TableSchemas.TABLES;

  private static final List<String> WORDS = List.of("", "a", "甲", "政府信息公开", "县人民政府办公室", "0.50", "年度报告 2021", "\u0000");
  private static final Conversions.DecimalConversion DECIMALS = new Conversions.DecimalConversion();

  @TempDir Path work;

  @ParameterizedTest
  @FieldSource("TABLES")
  void writesTheFilesParquetIoWroteFromTheDecodedRows(String table) throws Exception {
    AvroRows common = new AvroRows(AvroRows.commonColumns());
    AvroRows own = new AvroRows(AvroRows.ownColumns(table));
    Random random = new Random(table.hashCode());
    List<ReportRows> reports = new ArrayList<>();
    int count = 0;
    // Enough rows for several pages, a repeated-value pool for dictionaries and random values past them.
    while (count < 6000) {
      List<GenericRecord> rows = new ArrayList<>();
      for (int i = random.nextInt(6); i >= 0; i--) {
        rows.add((GenericRecord) value(own.schema(), random));
      }
      count += rows.size();
      byte[] commonColumns = common.encode(List.of((GenericRecord) value(common.schema(), random)));
      reports.add(new ReportRows("id", "file", "year=2021/county_code=330206", commonColumns, Map.of(table, own.encode(rows))));
    }

    Path expected = parquetIo(table, reports, work.resolve("parquetio.parquet"));
    Path actual = tableSink(table, reports, work.resolve("sink.parquet"));

    assertThat(actual).hasSameBinaryContentAs(expected);
    try (DuckDb db = new DuckDb(work)) {
      assertThat(db.count("SELECT count(*) FROM read_parquet('" + actual + "')")).isEqualTo(count);
    }
  }

  @ParameterizedTest
  @FieldSource("TABLES")
  void writesTheEmptyFilesParquetIoWrote(String table) throws Exception {
    Path expected = parquetIo(table, List.of(), work.resolve("parquetio.parquet"));
    Path actual = work.resolve("empty/sink.parquet");
    TableSink.writeEmpty(table, actual);

    assertThat(actual).hasSameBinaryContentAs(expected);
  }

  @Test
  void handsTheChannelWholeBuffersNotTheFooterByteByByte() throws Exception {
    AvroRows own = new AvroRows(AvroRows.ownColumns("applications"));
    Random random = new Random(7);
    byte[] rows = own.encode(List.of((GenericRecord) value(own.schema(), random), (GenericRecord) value(own.schema(), random)));
    byte[] commonColumns = new AvroRows(AvroRows.commonColumns()).encode(List.of((GenericRecord) value(AvroRows.commonColumns(), random)));
    int[] writes = {0};
    try (FileChannel file = FileChannel.open(work.resolve("counted.parquet"), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      WritableByteChannel counted = new WritableByteChannel() {
        @Override
        public int write(ByteBuffer src) throws IOException {
          writes[0]++;
          return file.write(src);
        }

        @Override
        public boolean isOpen() {
          return file.isOpen();
        }

        @Override
        public void close() throws IOException {
          file.close();
        }
      };
      TableSink sink = new TableSink("applications");
      sink.open(counted);
      sink.write(commonColumns, rows);
      sink.flush();
    }

    // A file of two rows, a few kilobytes: the pages and the footer reach the channel together.
    assertThat(Files.size(work.resolve("counted.parquet"))).isLessThan(64 * 1024);
    assertThat(writes[0]).isEqualTo(1);
  }

  @Test
  void handsParquetAReportsCommonColumnsOnceForAllItsRows() throws Exception {
    Schema commonSchema = AvroRows.commonColumns();
    GenericRecord common = (GenericRecord) value(commonSchema, new Random(3));
    common.put("report_id", "a1b2");
    byte[] commonColumns = new AvroRows(commonSchema).encode(List.of(common));
    AvroRows own = new AvroRows(AvroRows.ownColumns("review_litigation"));
    Random random = new Random(5);
    byte[] rows = own.encode(List.of((GenericRecord) value(own.schema(), random), (GenericRecord) value(own.schema(), random)));
    List<Binary> reportIds = new ArrayList<>();
    EncodedRowWriteSupport support = new EncodedRowWriteSupport("review_litigation");
    support.prepareForWrite(new RecordingConsumer() {
      @Override
      public void addBinary(Binary value) {
        if (field.equals("report_id")) {
          reportIds.add(value);
        }
      }
    });

    BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(rows, null);
    EncodedRowWriteSupport.Row row = new EncodedRowWriteSupport.Row().report(commonColumns, decoder);
    support.write(row);
    support.write(row);

    // One value, read once: Parquet keeps a constant value without copying it for its dictionary and statistics.
    assertThat(reportIds).hasSize(2);
    assertThat(reportIds.get(0).toStringUsingUTF8()).isEqualTo("a1b2");
    assertThat(reportIds.get(1)).isSameAs(reportIds.get(0));
    assertThat(reportIds.get(0).isBackingBytesReused()).isFalse();
    assertThat(decoder.isEnd()).isTrue();
  }

  /** Takes what a write support hands Parquet and keeps the current field's name. */
  private abstract static class RecordingConsumer extends RecordConsumer {
    String field;

    @Override
    public void startMessage() {}

    @Override
    public void endMessage() {}

    @Override
    public void startField(String name, int index) {
      field = name;
    }

    @Override
    public void endField(String name, int index) {}

    @Override
    public void startGroup() {}

    @Override
    public void endGroup() {}

    @Override
    public void addInteger(int value) {}

    @Override
    public void addLong(long value) {}

    @Override
    public void addBoolean(boolean value) {}

    @Override
    public void addFloat(float value) {}

    @Override
    public void addDouble(double value) {}
  }

  /** The writing as it was: each report's rows decoded to records and handed to ParquetIO's sink. */
  private static Path parquetIo(String table, List<ReportRows> reports, Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      FileIO.Sink<GenericRecord> sink = ParquetIO.sink(AvroRows.schemaOf(table)).withConfiguration(new Configuration(false));
      sink.open(channel);
      for (ReportRows report : reports) {
        for (GenericRecord row : FullRows.of(report, table)) {
          sink.write(row);
        }
      }
      sink.flush();
    }
    return file;
  }

  private static Path tableSink(String table, List<ReportRows> reports, Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      TableSink sink = new TableSink(table);
      sink.open(channel);
      for (ReportRows report : reports) {
        sink.write(report.commonColumns(), report.tables().get(table));
      }
      sink.flush();
    }
    return file;
  }

  private static Object value(Schema schema, Random random) {
    return switch (schema.getType()) {
      // The schemas' unions are of null and one type: a third of the values null.
      case UNION -> random.nextInt(3) == 0 ? null
          : value(schema.getTypes().stream().filter(s -> s.getType() != Schema.Type.NULL).findFirst().orElseThrow(), random);
      case STRING -> random.nextBoolean() ? WORDS.get(random.nextInt(WORDS.size())) : randomText(random);
      case INT -> random.nextInt(4) == 0 ? random.nextInt() : random.nextInt(2000) - 10;
      case LONG -> random.nextInt(4) == 0 ? random.nextLong() : random.nextInt(100_000);
      case FIXED -> {
        LogicalTypes.Decimal decimal = (LogicalTypes.Decimal) schema.getLogicalType();
        BigDecimal amount = new BigDecimal(new BigInteger(random.nextInt(60) + 1, random), decimal.getScale());
        yield DECIMALS.toFixed(random.nextBoolean() ? amount : amount.negate(), schema, decimal);
      }
      case ARRAY -> {
        List<Object> items = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          items.add(value(schema.getElementType(), random));
        }
        yield items;
      }
      case RECORD -> {
        GenericRecord record = new GenericData.Record(schema);
        for (Schema.Field field : schema.getFields()) {
          record.put(field.pos(), value(field.schema(), random));
        }
        yield record;
      }
      default -> throw new IllegalArgumentException("no values generated for " + schema);
    };
  }

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(20); i > 0; i--) {
      text.appendCodePoint(random.nextBoolean() ? 0x4e00 + random.nextInt(0x5000) : 0x20 + random.nextInt(0x5f));
    }
    return text.toString();
  }
}
