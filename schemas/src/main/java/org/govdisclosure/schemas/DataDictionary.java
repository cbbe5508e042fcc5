package org.govdisclosure.schemas;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;

/**
 * Renders the data dictionary (docs/data-dictionary.md) from the schemas, so the documentation cannot drift:
 * a test fails when the committed file differs from what this renders. Run {@code main} to regenerate it.
 */
public final class DataDictionary {

  private DataDictionary() {}

  public static String render() {
    StringBuilder b = new StringBuilder();
    b.append("# Data dictionary\n\n");
    b.append("Generated from the Avro schemas in `schemas/` by `DataDictionary`; do not edit by hand.\n\n");
    b.append("Every table is stored as `<output>/<table>/year=<YYYY>/county_code=<code>/*.parquet`.\n\n");
    b.append("## Partition columns (all tables)\n\n| column | meaning |\n|---|---|\n");
    for (Map.Entry<String, String> e : TableSchemas.PARTITION_COLUMNS.entrySet()) {
      b.append("| `").append(e.getKey()).append("` | ").append(e.getValue()).append(" |\n");
    }
    for (String table : TableSchemas.TABLES) {
      Schema s = TableSchemas.of(table);
      b.append("\n## ").append(table).append("\n\n").append(s.getDoc()).append("\n\n");
      b.append("| column | type | meaning |\n|---|---|---|\n");
      for (Schema.Field f : s.getFields()) {
        b.append("| `").append(f.name()).append("` | ").append(sqlType(f.schema())).append(" | ").append(f.doc().replace("|", "\\|")).append(" |\n");
      }
    }
    return b.toString();
  }

  /** The type as DuckDB and Spark show it. */
  static String sqlType(Schema s) {
    if (s.getType() == Schema.Type.UNION) {
      for (Schema branch : s.getTypes()) {
        if (branch.getType() != Schema.Type.NULL) {
          return sqlType(branch) + " (nullable)";
        }
      }
    }
    if (s.getLogicalType() instanceof LogicalTypes.Decimal d) {
      return "DECIMAL(" + d.getPrecision() + "," + d.getScale() + ")";
    }
    return switch (s.getType()) {
      case STRING -> "VARCHAR";
      case INT -> "INTEGER";
      case LONG -> "BIGINT";
      case ARRAY -> "LIST of " + sqlType(s.getElementType());
      case RECORD -> {
        StringBuilder b = new StringBuilder("STRUCT(");
        for (Schema.Field f : s.getFields()) {
          b.append(b.length() > 7 ? ", " : "").append(f.name()).append(' ').append(sqlType(f.schema()));
        }
        yield b.append(')').toString();
      }
      default -> s.getType().getName().toUpperCase(java.util.Locale.ROOT);
    };
  }

  /** Writes the dictionary to the path given (default docs/data-dictionary.md). */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "docs/data-dictionary.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, render(), StandardCharsets.UTF_8);
  }
}
