package org.govdisclosure.pipeline;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.beam.sdk.coders.CustomCoder;
import org.govdisclosure.schemas.TableSchemas;

/**
 * Writes a {@link ReportRows} as its three strings (length-prefixed UTF-8), the count of its tables, its length-prefixed
 * common columns and, per table, the table's place in {@link TableSchemas#TABLES} and the length-prefixed rows. The direct runner encodes and
 * decodes each report again for every bundle that adds to its group: the strings go as bytes, not through
 * {@code writeUTF}'s character-by-character modified UTF-8, and a table's name is not spelt. Rows and common columns
 * parked in a local file ({@link ParkedTables}) go as where they lie, which only the JVM that parked them reads.
 */
final class ReportRowsCoder extends CustomCoder<ReportRows> {

  private static final ReportRowsCoder INSTANCE = new ReportRowsCoder();
  /** In place of the count of tables: the rows are parked ({@link ParkedTables}); there are far fewer tables. */
  private static final int PARKED = 0xFF;

  static ReportRowsCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(ReportRows value, OutputStream outStream) throws IOException {
    DataOutputStream out = new DataOutputStream(outStream);
    writeString(value.reportId(), out);
    writeString(value.sourceFile(), out);
    writeString(value.partition(), out);
    if (value.tables() instanceof ParkedTables parked) {
      writeParked(parked, out);
      out.flush();
      return;
    }
    out.writeByte(value.tables().size());
    writeBytes(value.commonColumns(), out);
    for (Map.Entry<String, byte[]> table : value.tables().entrySet()) {
      out.writeByte(tableIndex(table.getKey()));
      writeBytes(table.getValue(), out);
    }
    out.flush();
  }

  @Override
  public ReportRows decode(InputStream inStream) throws IOException {
    DataInputStream in = new DataInputStream(inStream);
    String reportId = readString(in);
    String sourceFile = readString(in);
    String partition = readString(in);
    int count = in.readUnsignedByte();
    if (count == PARKED) {
      return ReportRows.parked(reportId, sourceFile, partition, readParked(in));
    }
    byte[] commonColumns = readBytes(in);
    Map<String, byte[]> tables = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      String table = TableSchemas.TABLES.get(in.readUnsignedByte());
      tables.put(table, readBytes(in));
    }
    return new ReportRows(reportId, sourceFile, partition, commonColumns, tables);
  }

  private static void writeParked(ParkedTables parked, DataOutputStream out) throws IOException {
    out.writeByte(PARKED);
    writeString(parked.file().path(), out);
    out.writeLong(parked.offset());
    out.writeInt(parked.commonLength());
    out.writeByte(parked.size());
    for (int i = 0; i < parked.size(); i++) {
      out.writeByte(tableIndex(parked.table(i)));
      out.writeInt(parked.length(i));
    }
  }

  private static ParkedTables readParked(DataInputStream in) throws IOException {
    ParkedRows file = ParkedRows.at(readString(in));
    long offset = in.readLong();
    int commonLength = in.readInt();
    int count = in.readUnsignedByte();
    String[] tables = new String[count];
    int[] lengths = new int[count];
    for (int i = 0; i < count; i++) {
      tables[i] = TableSchemas.TABLES.get(in.readUnsignedByte());
      lengths[i] = in.readInt();
    }
    return new ParkedTables(file, offset, commonLength, tables, lengths);
  }

  private static int tableIndex(String table) {
    int index = TableSchemas.TABLES.indexOf(table);
    if (index < 0) {
      throw new IllegalArgumentException("no such table: " + table);
    }
    return index;
  }

  private static void writeString(String s, DataOutputStream out) throws IOException {
    writeBytes(s.getBytes(StandardCharsets.UTF_8), out);
  }

  private static String readString(DataInputStream in) throws IOException {
    return new String(readBytes(in), StandardCharsets.UTF_8);
  }

  private static void writeBytes(byte[] bytes, DataOutputStream out) throws IOException {
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static byte[] readBytes(DataInputStream in) throws IOException {
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    return bytes;
  }
}
