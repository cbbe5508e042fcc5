package org.govdisclosure.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/** A report's rows of a table as the table's records: its common columns and each row's own, put together. */
final class FullRows {

  private FullRows() {}

  static List<GenericRecord> of(ReportRows report, String table) {
    return of(table, report.commonColumns(), report.tables().get(table));
  }

  static List<GenericRecord> of(String table, byte[] commonColumns, byte[] ownColumns) {
    GenericRecord common = new AvroRows(AvroRows.commonColumns()).decode(commonColumns).get(0);
    Schema full = AvroRows.schemaOf(table);
    List<GenericRecord> rows = new ArrayList<>();
    for (GenericRecord own : new AvroRows(AvroRows.ownColumns(table)).decode(ownColumns)) {
      GenericRecord row = new GenericData.Record(full);
      common.getSchema().getFields().forEach(f -> row.put(f.name(), common.get(f.name())));
      own.getSchema().getFields().forEach(f -> row.put(f.name(), own.get(f.name())));
      rows.add(row);
    }
    return rows;
  }
}
