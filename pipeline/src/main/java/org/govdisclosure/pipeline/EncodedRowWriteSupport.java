package org.govdisclosure.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.util.Utf8;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroSchemaConverter;
import org.apache.parquet.avro.AvroWriteSupport;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;

/**
 * Writes a table's rows into Parquet straight from their Avro binary encoding ({@link AvroRows}): each value is read
 * off the bytes into Parquet's record consumer, with no record in between and no walk of the Avro schema per value:
 * writing costs 15 to 30 % less CPU than decoding the rows for parquet-avro's {@code AvroWriteSupport}
 * (BENCHMARKS.md). Each {@link #write} takes the report's common columns and the decoder's next row of own columns
 * ({@link ReportRows}).
 *
 * <p>The files are the ones {@code AvroWriteSupport} writes from the same rows, byte for byte: the Parquet schema
 * parquet-avro derives from the Avro one (its logical types and two-level lists), the same calls to the record
 * consumer, and the same footer metadata (the Avro schema and the model name), which readers of the tables may use.
 * A schema holding a type this does not write (maps, unions other than with null, booleans, floating point, bytes,
 * enums) is refused when its table is first written.
 *
 * <p>A report's common columns are the same in each of its rows (a report has up to a few dozen rows per table): they
 * are read off their bytes once per report and handed to Parquet as constant values for every row, rather than decoded
 * and wrapped anew per row. Parquet keeps constant values without copying them; the files are the same.
 */
final class EncodedRowWriteSupport extends WriteSupport<EncodedRowWriteSupport.Row> {

  /**
   * The rows of one report to write, one after the other: the report's common columns, and the decoder whose next
   * record is the next row's own columns.
   */
  static final class Row {
    private byte[] commonColumns;
    private boolean commonColumnsRead;
    private BinaryDecoder ownColumns;

    /** Starts a report's rows. */
    Row report(byte[] common, BinaryDecoder own) {
      this.commonColumns = common;
      this.commonColumnsRead = false;
      this.ownColumns = own;
      return this;
    }
  }

  /** Where parquet-avro's readers find the Avro schema in the footer (its key is not public). */
  private static final String AVRO_SCHEMA_KEY = "parquet.avro.schema";

  /** The field name parquet-avro's two-level lists give their repeated items. */
  private static final String LIST_ITEMS = "array";

  private enum Kind { STRING, INT, LONG, FIXED, RECORD, ARRAY }

  /** How a value is read and written: a fixed's size, a record's fields, an array's items. */
  private record Type(Kind kind, int size, Field[] fields, Type items) {}

  /** A record's field; {@code nullBranch} is the index of null in its union with null, or -1 if it has none. */
  private record Field(String name, int index, int nullBranch, Type type) {}

  /**
   * What every file of a table shares, made once per table and JVM: the sinks open a file per table and partition.
   * {@code common} and {@code own} are the row's fields, split where the common columns end.
   */
  private record Layout(MessageType parquetSchema, Map<String, String> metadata, Field[] common, Field[] own, int largestFixed) {}

  private static final Map<String, Layout> LAYOUTS = new ConcurrentHashMap<>();

  private final Layout layout;
  private final Utf8 string = new Utf8();
  private final byte[] fixed;
  private BinaryDecoder commonColumns;
  /** The current report's common columns (null where null). */
  private final Binary[] commonValues;
  private RecordConsumer consumer;

  EncodedRowWriteSupport(String table) {
    this.layout = LAYOUTS.computeIfAbsent(table, t -> layout(AvroRows.schemaOf(t)));
    this.fixed = new byte[layout.largestFixed()];
    this.commonValues = new Binary[layout.common().length];
  }

  private static Layout layout(Schema schema) {
    Configuration conf = new Configuration(false);
    // Pinned rather than left to parquet-avro's default: the lists written below are two-level.
    conf.setBoolean(AvroWriteSupport.WRITE_OLD_LIST_STRUCTURE, true);
    MessageType parquetSchema = new AvroSchemaConverter(conf).convert(schema);
    Type row = type(schema);
    int common = AvroRows.commonColumns().getFields().size();
    Field[] fields = row.fields();
    for (int i = 0; i < common; i++) {
      if (fields[i].type().kind() != Kind.STRING) {
        throw new IllegalArgumentException("common columns are written as strings: field " + fields[i].name());
      }
    }
    return new Layout(parquetSchema, Map.of(AVRO_SCHEMA_KEY, schema.toString()), Arrays.copyOfRange(fields, 0, common),
        Arrays.copyOfRange(fields, common, fields.length), largestFixed(row));
  }

  private static Type type(Schema schema) {
    return switch (schema.getType()) {
      case STRING -> new Type(Kind.STRING, 0, null, null);
      case INT -> new Type(Kind.INT, 0, null, null);
      case LONG -> new Type(Kind.LONG, 0, null, null);
      case FIXED -> new Type(Kind.FIXED, schema.getFixedSize(), null, null);
      case RECORD -> new Type(Kind.RECORD, 0, schema.getFields().stream().map(EncodedRowWriteSupport::field).toArray(Field[]::new), null);
      case ARRAY -> new Type(Kind.ARRAY, 0, null, type(schema.getElementType()));
      default -> throw new IllegalArgumentException("Avro type " + schema.getType() + " is not written to Parquet: " + schema);
    };
  }

  private static Field field(Schema.Field field) {
    Schema schema = field.schema();
    if (schema.getType() != Schema.Type.UNION) {
      return new Field(field.name(), field.pos(), -1, type(schema));
    }
    int nullBranch = schema.getIndexNamed(Schema.Type.NULL.getName());
    if (schema.getTypes().size() != 2 || nullBranch < 0) {
      throw new IllegalArgumentException("only unions of null and one type are written to Parquet: field " + field.name());
    }
    return new Field(field.name(), field.pos(), nullBranch, type(schema.getTypes().get(1 - nullBranch)));
  }

  private static int largestFixed(Type type) {
    int largest = type.size();
    if (type.fields() != null) {
      for (Field f : type.fields()) {
        largest = Math.max(largest, largestFixed(f.type()));
      }
    }
    return type.items() == null ? largest : Math.max(largest, largestFixed(type.items()));
  }

  @Override
  public WriteContext init(Configuration configuration) {
    return new WriteContext(layout.parquetSchema(), layout.metadata());
  }

  /** parquet-avro's name: the footer says which object model wrote the file, and the files are its files. */
  @Override
  public String getName() {
    return "avro";
  }

  @Override
  public void prepareForWrite(RecordConsumer recordConsumer) {
    this.consumer = recordConsumer;
  }

  @Override
  public void write(Row row) {
    try {
      consumer.startMessage();
      if (!row.commonColumnsRead) {
        readCommonColumns(row.commonColumns);
        row.commonColumnsRead = true;
      }
      writeCommonColumns();
      writeFields(layout.own(), row.ownColumns);
      consumer.endMessage();
    } catch (IOException e) {
      throw new UncheckedIOException("rows ended inside a row", e);
    }
  }

  private void readCommonColumns(byte[] encoded) throws IOException {
    Field[] fields = layout.common();
    commonColumns = DecoderFactory.get().binaryDecoder(encoded, commonColumns);
    for (int i = 0; i < fields.length; i++) {
      boolean isNull = fields[i].nullBranch() >= 0 && commonColumns.readIndex() == fields[i].nullBranch();
      commonValues[i] = isNull ? null : Binary.fromConstantByteArray(Arrays.copyOf(commonColumns.readString(string).getBytes(), string.getByteLength()));
    }
  }

  private void writeCommonColumns() {
    Field[] fields = layout.common();
    for (int i = 0; i < fields.length; i++) {
      // Null is written by leaving the field out, as AvroWriteSupport does.
      if (commonValues[i] != null) {
        consumer.startField(fields[i].name(), fields[i].index());
        consumer.addBinary(commonValues[i]);
        consumer.endField(fields[i].name(), fields[i].index());
      }
    }
  }

  private void writeFields(Field[] fields, BinaryDecoder in) throws IOException {
    for (Field field : fields) {
      // Null is written by leaving the field out, as AvroWriteSupport does.
      if (field.nullBranch() >= 0 && in.readIndex() == field.nullBranch()) {
        continue;
      }
      consumer.startField(field.name(), field.index());
      writeValue(field.type(), in);
      consumer.endField(field.name(), field.index());
    }
  }

  private void writeValue(Type type, BinaryDecoder in) throws IOException {
    switch (type.kind()) {
      // Parquet copies the reused bytes it keeps (dictionaries, statistics).
      case STRING -> {
        in.readString(string);
        consumer.addBinary(Binary.fromReusedByteArray(string.getBytes(), 0, string.getByteLength()));
      }
      case FIXED -> {
        in.readFixed(fixed, 0, type.size());
        consumer.addBinary(Binary.fromReusedByteArray(fixed, 0, type.size()));
      }
      case INT -> consumer.addInteger(in.readInt());
      case LONG -> consumer.addLong(in.readLong());
      case RECORD -> {
        consumer.startGroup();
        writeFields(type.fields(), in);
        consumer.endGroup();
      }
      case ARRAY -> {
        // parquet-avro's two-level list: a group holding the items as a repeated field, left out when empty.
        consumer.startGroup();
        long count = in.readArrayStart();
        if (count > 0) {
          consumer.startField(LIST_ITEMS, 0);
          for (; count > 0; count = in.arrayNext()) {
            for (long i = 0; i < count; i++) {
              writeValue(type.items(), in);
            }
          }
          consumer.endField(LIST_ITEMS, 0);
        }
        consumer.endGroup();
      }
    }
  }
}
