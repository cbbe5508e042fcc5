package org.govdisclosure.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.govdisclosure.extract.ProcessedReport;
import org.govdisclosure.extract.region.Region;
import org.govdisclosure.extract.spi.Warning;
import org.govdisclosure.schemas.TableSchemas;

/**
 * Turns a {@link ProcessedReport} into Avro records, by column name: the report's common columns
 * ({@link AvroRows#commonColumns}) and the own columns of its {@code reports} row ({@link AvroRows#ownColumns}); the
 * data tables' rows are encoded from the extractors' maps directly ({@link OwnColumnsEncoder}).
 */
final class RecordFactory {

  private final Schema reportSchema = AvroRows.ownColumns(TableSchemas.REPORTS);
  private final Schema warningSchema = reportSchema.getField("warnings").schema().getElementType();

  /** The own columns of the report's row of the {@code reports} table. */
  GenericRecord report(ProcessedReport r) {
    GenericRecord record = new GenericData.Record(reportSchema);
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
}
