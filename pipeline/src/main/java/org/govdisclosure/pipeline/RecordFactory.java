package org.govdisclosure.pipeline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Conversions;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.govdisclosure.extract.ProcessedReport;
import org.govdisclosure.extract.region.Region;
import org.govdisclosure.extract.spi.Warning;
import org.govdisclosure.schemas.TableSchemas;

/**
 * Turns a {@link ProcessedReport} into Avro records of the output tables, by column name: the report's common columns
 * once ({@link AvroRows#commonColumns}), and each row's own columns ({@link AvroRows#ownColumns}).
 */
final class RecordFactory {

  private static final Conversions.DecimalConversion DECIMALS = new Conversions.DecimalConversion();

  private final Map<String, Schema> schemas = new HashMap<>();
  private final Schema warningSchema;

  RecordFactory() {
    for (String table : TableSchemas.TABLES) {
      schemas.put(table, AvroRows.ownColumns(table));
    }
    warningSchema = schemas.get(TableSchemas.REPORTS).getField("warnings").schema().getElementType();
  }

  /** The own columns of the report's row of the {@code reports} table. */
  GenericRecord report(ProcessedReport r) {
    GenericRecord record = new GenericData.Record(schemas.get(TableSchemas.REPORTS));
    record.put("status", r.status());
    record.put("template", r.template());
    record.put("format", r.format());
    record.put("encoding", r.encoding());
    record.put("checks_failed", r.checksFailed());
    List<GenericRecord> warnings = new ArrayList<>();
    for (Warning w : r.warnings()) {
      GenericRecord wr = new GenericData.Record(warningSchema);
      wr.put("code", w.code());
      wr.put("message", w.message());
      warnings.add(wr);
    }
    record.put("warnings", warnings);
    if (r.ocr() != null) {
      record.put("ocr_pages", r.ocr().pages());
      record.put("ocr_millis", r.ocr().millis());
    }
    return record;
  }

  /** The own columns of a data table's rows; an extractor's column that the table lacks is a programming error. */
  List<GenericRecord> rows(String table, ProcessedReport r) {
    List<GenericRecord> out = new ArrayList<>();
    for (Map<String, Object> row : r.tables().getOrDefault(table, List.of())) {
      GenericRecord record = new GenericData.Record(schemas.get(table));
      for (Map.Entry<String, Object> e : row.entrySet()) {
        Schema.Field field = record.getSchema().getField(e.getKey());
        if (field == null) {
          throw new IllegalStateException("table " + table + " has no column " + e.getKey());
        }
        record.put(e.getKey(), convert(e.getValue(), field.schema()));
      }
      out.add(record);
    }
    return out;
  }

  /** The columns every row of the report starts with, whatever its table. */
  GenericRecord common(ProcessedReport r) {
    GenericRecord record = new GenericData.Record(AvroRows.commonColumns());
    Region region = r.region();
    record.put("report_id", r.reportId());
    record.put("source_file", r.sourceFile());
    record.put("organization", r.organization());
    record.put("department", r.department());
    record.put("sector", r.sector());
    record.put("unit_type", region.unitType());
    record.put("province", region.province());
    record.put("city", region.city());
    record.put("county_name", region.countyName());
    record.put("county_name_printed", region.countyNameAsPrinted());
    record.put("township", region.township());
    record.put("township_code", region.townshipCode());
    record.put("division_code", region.divisionCode());
    record.put("division_level", region.divisionLevel() == null ? null : region.divisionLevel().type());
    record.put("region_confidence", region.confidence());
    return record;
  }

  private static Object convert(Object value, Schema schema) {
    if (value instanceof BigDecimal d) {
      Schema fixed = nonNull(schema);
      return DECIMALS.toFixed(d, fixed, (LogicalTypes.Decimal) fixed.getLogicalType());
    }
    return value;
  }

  private static Schema nonNull(Schema schema) {
    if (schema.getType() != Schema.Type.UNION) {
      return schema;
    }
    for (Schema branch : schema.getTypes()) {
      if (branch.getType() != Schema.Type.NULL) {
        return branch;
      }
    }
    throw new IllegalStateException("union of null only: " + schema);
  }
}
