package org.govdisclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Conversions;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.jupiter.api.Test;

/** The compact form of a report's rows survives the coder and the Avro encoding unchanged. */
class ReportRowsCoderTest {

  private static GenericRecord procurement(AvroRows rows, String amount) {
    GenericRecord r = new GenericData.Record(rows.schema());
    r.put("item_count", 3);
    Schema yuan = rows.schema().getField("amount_yuan").schema().getTypes().get(1);
    r.put("amount_yuan", new Conversions.DecimalConversion().toFixed(new BigDecimal(amount), yuan, (LogicalTypes.Decimal) yuan.getLogicalType()));
    r.put("source", "table");
    return r;
  }

  @Test
  void rowsComeBackAsTheyWereWritten() {
    AvroRows rows = new AvroRows(AvroRows.ownColumns("procurement"));
    List<GenericRecord> written = List.of(procurement(rows, "1160000.00"), procurement(rows, "0.50"));

    assertThat(rows.decode(rows.encode(written))).isEqualTo(written);
    assertThat(rows.decode(rows.encode(List.of()))).isEmpty();
  }

  @Test
  void reportRowsSurviveTheCoder() throws Exception {
    Map<String, byte[]> tables = new LinkedHashMap<>();
    tables.put("reports", new byte[] {1, 2, 3});
    tables.put("checks", new byte[0]);
    ReportRows report = new ReportRows("ab12", "/in/报告.txt", "year=2020/county_code=330206", new byte[] {8, 9}, tables);

    ReportRows decoded = CoderUtils.clone(ReportRowsCoder.of(), report);

    assertThat(decoded).usingRecursiveComparison().isEqualTo(report);
    assertThat(decoded.tables().keySet()).containsExactly("reports", "checks");
  }

  @Test
  void aTableIsSentByItsPlaceNotByItsName() throws Exception {
    ReportRows report = new ReportRows("ab12", "/in/a.txt", "year=2020/county_code=330206", new byte[0],
        Map.of("review_litigation", new byte[] {7}));

    byte[] encoded = CoderUtils.encodeToByteArray(ReportRowsCoder.of(), report);

    assertThat(new String(encoded, StandardCharsets.ISO_8859_1)).doesNotContain("review_litigation");
    assertThat(CoderUtils.decodeFromByteArray(ReportRowsCoder.of(), encoded).tables()).containsOnlyKeys("review_litigation");
  }
}
