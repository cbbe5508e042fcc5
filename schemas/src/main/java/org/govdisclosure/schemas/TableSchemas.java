package org.govdisclosure.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * The output tables' Avro schemas. Each table's schema is {@code common.avsc}'s columns followed by the table's
 * own ({@code <table>.avsc}), so the shared columns are declared once.
 */
public final class TableSchemas {

  public static final String REPORTS = "reports";
  public static final String CHECKS = "checks";
  public static final List<String> TABLES =
      List.of(REPORTS, "procurement", "proactive", "applications", "review_litigation", CHECKS);

  /** Partition columns: directory names, not file columns. */
  public static final Map<String, String> PARTITION_COLUMNS = partitionColumns();

  public static final String UNKNOWN_COUNTY = "000000";
  public static final int UNKNOWN_YEAR = 0;

  private TableSchemas() {}

  private static Map<String, String> partitionColumns() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("year", "INTEGER: the year the report covers (1990–2100); 0 when unknown.");
    m.put("county_code", "VARCHAR: GB/T 2260 six-digit county code from the gazetteer; 000000 when unknown or above county level.");
    return m;
  }

  /** The columns every table starts with. */
  public static List<String> commonColumns() {
    List<String> names = new ArrayList<>();
    for (Schema.Field f : parse("common").getFields()) {
      names.add(f.name());
    }
    return names;
  }

  /** The full schema of a table. */
  public static Schema of(String table) {
    if (!TABLES.contains(table)) {
      throw new IllegalArgumentException("no such table: " + table);
    }
    Schema common = parse("common");
    Schema own = parse(table);
    List<Schema.Field> fields = new ArrayList<>();
    for (Schema.Field f : common.getFields()) {
      fields.add(new Schema.Field(f, f.schema()));
    }
    for (Schema.Field f : own.getFields()) {
      fields.add(new Schema.Field(f, f.schema()));
    }
    return Schema.createRecord(own.getName(), own.getDoc(), own.getNamespace(), false, fields);
  }

  private static Schema parse(String name) {
    try (InputStream in = TableSchemas.class.getResourceAsStream(name + ".avsc")) {
      if (in == null) {
        throw new IllegalStateException(name + ".avsc missing from the classpath");
      }
      return new Schema.Parser().parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
