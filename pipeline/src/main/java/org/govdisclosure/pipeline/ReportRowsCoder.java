package org.govdisclosure.pipeline;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.beam.sdk.coders.CustomCoder;

/**
 * Writes a {@link ReportRows} as its three strings, its length-prefixed common columns and, per table, the name and the
 * length-prefixed rows.
 */
final class ReportRowsCoder extends CustomCoder<ReportRows> {

  private static final ReportRowsCoder INSTANCE = new ReportRowsCoder();

  static ReportRowsCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(ReportRows value, OutputStream outStream) throws IOException {
    DataOutputStream out = new DataOutputStream(outStream);
    out.writeUTF(value.reportId());
    out.writeUTF(value.sourceFile());
    out.writeUTF(value.partition());
    out.writeInt(value.commonColumns().length);
    out.write(value.commonColumns());
    out.writeInt(value.tables().size());
    for (Map.Entry<String, byte[]> table : value.tables().entrySet()) {
      out.writeUTF(table.getKey());
      out.writeInt(table.getValue().length);
      out.write(table.getValue());
    }
    out.flush();
  }

  @Override
  public ReportRows decode(InputStream inStream) throws IOException {
    DataInputStream in = new DataInputStream(inStream);
    String reportId = in.readUTF();
    String sourceFile = in.readUTF();
    String partition = in.readUTF();
    byte[] commonColumns = new byte[in.readInt()];
    in.readFully(commonColumns);
    int count = in.readInt();
    Map<String, byte[]> tables = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      String table = in.readUTF();
      byte[] rows = new byte[in.readInt()];
      in.readFully(rows);
      tables.put(table, rows);
    }
    return new ReportRows(reportId, sourceFile, partition, commonColumns, tables);
  }
}
