package org.govdisclosure.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.govdisclosure.schemas.TableSchemas;

/**
 * Rows as Avro binary, one record after the other: the compact form in which rows travel between the pipeline's
 * steps, a report's common columns apart from each table's own ({@link ReportRows}). Not thread-safe; each DoFn or
 * sink instance makes its own.
 */
final class AvroRows {

  private final Schema schema;
  private final GenericDatumWriter<GenericRecord> writer;
  private final GenericDatumReader<GenericRecord> reader;
  /** Reused from report to report: most of a report's tables grow it to their size once, not row by row. */
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private BinaryEncoder encoder;
  private BinaryDecoder decoder;

  AvroRows(Schema schema) {
    this.schema = schema;
    this.writer = new GenericDatumWriter<>(schema);
    this.reader = new GenericDatumReader<>(schema, schema, FAST_READING);
  }

  /**
   * Avro's fast reader, off by default: rows are read with the schema they were written with, so the general reader's
   * resolving grammar (and its per-field cache look-ups) is pure overhead.
   */
  private static final GenericData FAST_READING = new GenericData();

  static {
    FAST_READING.setFastReaderEnabled(true);
  }

  /** Each table's schema, parsed once per JVM: sinks open a file per table, partition and shard. */
  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private static final int COMMON_COUNT = TableSchemas.commonColumns().size();

  /** The columns every table starts with, and each table's own columns after them, made once per JVM. */
  private static final Schema COMMON_COLUMNS = part(schemaOf(TableSchemas.REPORTS), 0, COMMON_COUNT, "CommonColumns");
  private static final Map<String, Schema> OWN_COLUMNS = new ConcurrentHashMap<>();

  static Schema schemaOf(String table) {
    return SCHEMAS.computeIfAbsent(table, TableSchemas::of);
  }

  /** The columns every table starts with ({@code TableSchemas.commonColumns}), as a record of their own. */
  static Schema commonColumns() {
    return COMMON_COLUMNS;
  }

  /** A table's own columns, those after the common ones, as a record of their own. */
  static Schema ownColumns(String table) {
    return OWN_COLUMNS.computeIfAbsent(table, t -> {
      Schema full = schemaOf(t);
      return part(full, COMMON_COUNT, full.getFields().size(), full.getName() + "OwnColumns");
    });
  }

  private static Schema part(Schema full, int from, int to, String name) {
    List<Schema.Field> fields = full.getFields().subList(from, to).stream().map(f -> new Schema.Field(f, f.schema())).toList();
    return Schema.createRecord(name, null, full.getNamespace(), false, fields);
  }

  Schema schema() {
    return schema;
  }

  byte[] encode(List<GenericRecord> rows) {
    bytes.reset();
    encoder = EncoderFactory.get().binaryEncoder(bytes, encoder);
    try {
      for (GenericRecord row : rows) {
        writer.write(row, encoder);
      }
      encoder.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  List<GenericRecord> decode(byte[] rows) {
    decoder = DecoderFactory.get().binaryDecoder(rows, decoder);
    List<GenericRecord> out = new ArrayList<>();
    try {
      while (!decoder.isEnd()) {
        out.add(reader.read(null, decoder));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
