package org.govdisclosure.extract.spi;

import java.util.List;
import java.util.Map;

/**
 * Extracts one output table from a report. Implementations are found with {@link java.util.ServiceLoader}
 * (register them in {@code META-INF/services/org.govdisclosure.extract.spi.SectionExtractor}), so a new table
 * needs a new extractor and an Avro schema of the same name, and no change to the pipeline.
 */
public interface SectionExtractor {

  /** The output table, which is also the name of its Avro schema. */
  String table();

  /** Whether reports of this template are expected to contain the table (a missing one makes a report partial). */
  default boolean expectedIn(Template template) {
    return true;
  }

  /**
   * Rows keyed by the table's column names (values: Integer, BigDecimal, String or null). An empty list means
   * the table was not found in the report.
   */
  List<Map<String, Object>> extract(ReportContext context);
}
