package org.govdisclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.avro.Conversions;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.govdisclosure.schemas.TableSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * {@link OwnColumnsEncoder} writes the bytes Avro's {@code GenericDatumWriter} writes from records filled by column
 * name, as the pipeline encoded the data tables before: random rows over each table's schema, each column given a
 * value of its type, null, or left out.
 */
class OwnColumnsEncoderTest {

  static final List<String> DATA_TABLES = TableSchemas.TABLES.stream().filter(t -> !t.equals(TableSchemas.REPORTS)).toList();

  private static final List<String> WORDS = List.of("", "a", "甲", "本年新收政府信息公开申请数量", "结转下年度继续办理", "0.50", "\u0000");
  private static final Conversions.DecimalConversion DECIMALS = new Conversions.DecimalConversion();

  @ParameterizedTest
  @FieldSource("DATA_TABLES")
  void writesTheBytesOfTheRecordsFilledByName(String table) {
    Schema schema = AvroRows.ownColumns(table);
    Random random = new Random(table.hashCode());
    OwnColumnsEncoder encoder = new OwnColumnsEncoder(table);
    AvroRows records = new AvroRows(schema);
    for (int report = 0; report < 300; report++) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (int i = random.nextInt(8); i > 0; i--) {
        rows.add(row(schema, random));
      }
      assertThat(encoder.encode(rows)).isEqualTo(records.encode(rows.stream().map(row -> record(schema, row)).toList()));
    }
  }

  @Test
  void refusesAColumnTheTableLacks() {
    Map<String, Object> row = row(AvroRows.ownColumns("applications"), new Random(7));
    row.put("no_such_column", 3);
    assertThatThrownBy(() -> new OwnColumnsEncoder("applications").encode(List.of(row)))
        .hasMessageContaining("applications has no column no_such_column");
  }

  /** A value of each column's type, a null, or no entry at all. */
  private static Map<String, Object> row(Schema schema, Random random) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (Schema.Field field : schema.getFields()) {
      Schema type = field.schema();
      boolean nullable = type.getType() == Schema.Type.UNION;
      if (nullable) {
        int pick = random.nextInt(4);
        if (pick == 0) {
          continue;
        }
        if (pick == 1) {
          row.put(field.name(), null);
          continue;
        }
        type = type.getTypes().get(type.getTypes().get(0).getType() == Schema.Type.NULL ? 1 : 0);
      }
      row.put(field.name(), switch (type.getType()) {
        case STRING -> WORDS.get(random.nextInt(WORDS.size()));
        case INT -> random.nextInt(2_000_001) - 1_000_000;
        case LONG -> random.nextLong();
        case FIXED -> BigDecimal.valueOf(random.nextInt(2_000_001) - 1_000_000, ((LogicalTypes.Decimal) type.getLogicalType()).getScale());
        default -> throw new IllegalArgumentException("a data column of type " + type.getType() + ": generate it here");
      });
    }
    return row;
  }

  /** The record the pipeline encoded before: filled by column name, decimals as Avro fixed. */
  private static GenericRecord record(Schema schema, Map<String, Object> row) {
    GenericRecord record = new GenericData.Record(schema);
    row.forEach((name, value) -> {
      if (value instanceof BigDecimal d) {
        Schema fixed = schema.getField(name).schema().getTypes().stream().filter(s -> s.getType() == Schema.Type.FIXED).findFirst().orElseThrow();
        value = DECIMALS.toFixed(d, fixed, fixed.getLogicalType());
      }
      record.put(name, value);
    });
    return record;
  }
}
