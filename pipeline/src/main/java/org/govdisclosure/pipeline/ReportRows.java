package org.govdisclosure.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One input file's rows of every table, each table's rows Avro-encoded ({@link AvroRows}). The pipeline moves one
 * such element per file and fans it out into rows only when writing: the runners then encode, copy and group a few
 * compact byte arrays per file instead of a record per row.
 *
 * @param partition the Hive-style directory of the file's rows ({@link PartitionPath})
 * @param tables the encoded rows per table name, in {@code TableSchemas.TABLES} order; tables without rows are absent
 */
record ReportRows(String reportId, String sourceFile, String partition, Map<String, byte[]> tables) {

  /** The same report with only the given rows, e.g. the results of a check computed elsewhere. */
  ReportRows withOnly(String table, byte[] rows) {
    Map<String, byte[]> only = new LinkedHashMap<>();
    only.put(table, rows);
    return new ReportRows(reportId, sourceFile, partition, only);
  }
}
