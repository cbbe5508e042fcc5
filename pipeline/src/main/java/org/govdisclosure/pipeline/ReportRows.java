package org.govdisclosure.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One input file's rows of every table, Avro-encoded ({@link AvroRows}): the columns every row of the report starts
 * with, once ({@link AvroRows#commonColumns}), and per table its rows' own columns ({@link AvroRows#ownColumns}). The
 * pipeline moves one such element per file and puts the two together only when writing: the runners then encode,
 * copy and group a few compact byte arrays per file instead of a record per row, and the report's id, path and place,
 * four fifths of its rows' bytes, once instead of in every row.
 *
 * @param partition the Hive-style directory of the file's rows ({@link PartitionPath})
 * @param commonColumns the common columns of all its rows, one {@link AvroRows#commonColumns} record; null where they
 *     lie in a local file with the rows ({@link #parked})
 * @param tables the own columns of the rows per table name, in {@code TableSchemas.TABLES} order; tables without rows
 *     are absent
 */
record ReportRows(String reportId, String sourceFile, String partition, byte[] commonColumns, Map<String, byte[]> tables) {

  /** A report whose common columns wait with its rows in a local file ({@link ParkedRows}), read when asked for. */
  static ReportRows parked(String reportId, String sourceFile, String partition, ParkedTables tables) {
    return new ReportRows(reportId, sourceFile, partition, null, tables);
  }

  @Override
  public byte[] commonColumns() {
    return tables instanceof ParkedTables parked ? parked.commonColumns() : commonColumns;
  }

  /** The same report with only the given rows, e.g. the results of a check computed elsewhere. */
  ReportRows withOnly(String table, byte[] rows) {
    Map<String, byte[]> only = new LinkedHashMap<>();
    only.put(table, rows);
    return new ReportRows(reportId, sourceFile, partition, commonColumns(), only);
  }
}
