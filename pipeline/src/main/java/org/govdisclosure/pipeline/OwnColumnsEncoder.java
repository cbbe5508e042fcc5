package org.govdisclosure.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.avro.Conversions;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;

/**
 * A data table's rows, as the extractors give them (column name to value), straight to the Avro binary of the table's
 * own columns ({@link AvroRows#ownColumns}): the bytes Avro's {@code GenericDatumWriter} writes from a record of
 * them, without the record. The writer resolved each nullable value's union branch by the name of its type, and the
 * record was filled by a look-up of each column's name: most of encoding a report's rows (a report has dozens). The
 * columns are read in the schema's order, one look-up each. Not thread-safe; one per {@link ReportEncoder}.
 */
final class OwnColumnsEncoder {

  private static final Conversions.DecimalConversion DECIMALS = new Conversions.DecimalConversion();

  private enum Kind { STRING, INT, LONG, DECIMAL }

  /** A column: {@code nullBranch} is the index of null in its union with null, or -1 when it is not nullable. */
  private record Column(String name, int nullBranch, Kind kind, Schema schema) {}

  private final String table;
  private final Column[] columns;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private BinaryEncoder encoder;

  OwnColumnsEncoder(String table) {
    this.table = table;
    this.columns = AvroRows.ownColumns(table).getFields().stream().map(OwnColumnsEncoder::column).toArray(Column[]::new);
  }

  private static Column column(Schema.Field field) {
    Schema schema = field.schema();
    int nullBranch = -1;
    if (schema.getType() == Schema.Type.UNION) {
      nullBranch = schema.getIndexNamed(Schema.Type.NULL.getName());
      if (schema.getTypes().size() != 2 || nullBranch < 0) {
        throw new IllegalArgumentException("only unions of null and one type are encoded: column " + field.name());
      }
      schema = schema.getTypes().get(1 - nullBranch);
    }
    Kind kind = switch (schema.getType()) {
      case STRING -> Kind.STRING;
      case INT -> Kind.INT;
      case LONG -> Kind.LONG;
      case FIXED -> {
        if (!(schema.getLogicalType() instanceof LogicalTypes.Decimal)) {
          throw new IllegalArgumentException("only decimals are encoded as fixed: column " + field.name());
        }
        yield Kind.DECIMAL;
      }
      default -> throw new IllegalArgumentException("Avro type " + schema.getType() + " is not a data column's: " + field.name());
    };
    return new Column(field.name(), nullBranch, kind, schema);
  }

  /** The rows one after the other; a column the table lacks is a programming error, as a value of another type. */
  byte[] encode(List<Map<String, Object>> rows) {
    bytes.reset();
    encoder = EncoderFactory.get().binaryEncoder(bytes, encoder);
    try {
      for (Map<String, Object> row : rows) {
        write(row);
      }
      encoder.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private void write(Map<String, Object> row) throws IOException {
    int present = 0;
    for (Column column : columns) {
      Object value = row.get(column.name());
      if (value != null || row.containsKey(column.name())) {
        present++;
      }
      if (column.nullBranch() >= 0) {
        encoder.writeIndex(value == null ? column.nullBranch() : 1 - column.nullBranch());
      }
      if (value != null) {
        writeValue(column, value);
      } else if (column.nullBranch() < 0) {
        throw new IllegalStateException("table " + table + ": null in column " + column.name() + ", which is not nullable");
      }
    }
    if (present != row.size()) {
      for (String name : row.keySet()) {
        if (AvroRows.ownColumns(table).getField(name) == null) {
          throw new IllegalStateException("table " + table + " has no column " + name);
        }
      }
    }
  }

  private void writeValue(Column column, Object value) throws IOException {
    switch (column.kind()) {
      case STRING -> encoder.writeString(((CharSequence) value).toString());
      case INT -> encoder.writeInt((Integer) value);
      case LONG -> encoder.writeLong((Long) value);
      case DECIMAL -> encoder.writeFixed(DECIMALS.toFixed((BigDecimal) value, column.schema(), column.schema().getLogicalType()).bytes());
    }
  }
}
