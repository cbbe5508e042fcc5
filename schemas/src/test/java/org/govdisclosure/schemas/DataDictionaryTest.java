package org.govdisclosure.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.avro.JsonProperties;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class DataDictionaryTest {

  @Test
  void committedDictionaryMatchesTheSchemas() throws IOException {
    String committed = Files.readString(Path.of("../docs/data-dictionary.md"), StandardCharsets.UTF_8);
    assertThat(committed)
        .as("docs/data-dictionary.md is stale: regenerate it with DataDictionary.main (see README)")
        .isEqualTo(DataDictionary.render());
  }

  @Test
  void everyTableStartsWithTheCommonColumnsAndHasNoPartitionColumn() {
    for (String table : TableSchemas.TABLES) {
      Schema s = TableSchemas.of(table);
      assertThat(s.getFields().get(0).name()).isEqualTo("report_id");
      assertThat(s.getField("county_name")).isNotNull();
      for (String partition : TableSchemas.PARTITION_COLUMNS.keySet()) {
        assertThat(s.getField(partition)).as(table + " must not store " + partition).isNull();
      }
    }
  }

  @Test
  void moneyIsAFixedDecimalThatSparkAndDuckDbRead() {
    Schema amount = TableSchemas.of("procurement").getField("amount_yuan").schema().getTypes().get(1);
    assertThat(amount.getType()).isEqualTo(Schema.Type.FIXED);
    assertThat(DataDictionary.sqlType(amount)).isEqualTo("DECIMAL(20,2)");
  }

  /** Pages read by OCR and their time, per report: null for a report OCR did not read (no zero that looks measured). */
  @Test
  void reportsCarryTheirOcrPagesAndTimeAsNullableNumbers() {
    Schema reports = TableSchemas.of(TableSchemas.REPORTS);
    assertThat(DataDictionary.sqlType(reports.getField("ocr_pages").schema())).isEqualTo("INTEGER (nullable)");
    assertThat(DataDictionary.sqlType(reports.getField("ocr_millis").schema())).isEqualTo("BIGINT (nullable)");
    assertThat(reports.getField("ocr_pages").defaultVal()).isEqualTo(JsonProperties.NULL_VALUE);
  }
}
