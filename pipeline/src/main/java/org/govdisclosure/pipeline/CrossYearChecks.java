package org.govdisclosure.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.govdisclosure.extract.ReportProcessor;
import org.govdisclosure.extract.check.CarryOverCheck;
import org.govdisclosure.extract.check.CarryOverCheck.YearFigures;
import org.govdisclosure.extract.check.CheckResult;
import org.govdisclosure.extract.spi.OutputColumns;
import org.govdisclosure.schemas.TableSchemas;

/**
 * The cross-year check over the whole run: the applications rows of every report are grouped by issuer (county
 * and organization), and each year's 结转下年度 is compared with the next year's 上年结转. Reports of an unknown
 * county or organization are not grouped: a name alone does not identify an issuer.
 */
final class CrossYearChecks extends PTransform<PCollection<KV<String, GenericRecord>>, PCollection<KV<String, GenericRecord>>> {

  private static final List<String> COLUMNS = OutputColumns.APPLICATION_COLUMNS;

  @Override
  public PCollection<KV<String, GenericRecord>> expand(PCollection<KV<String, GenericRecord>> applications) {
    return applications
        .apply("KeyByIssuer", ParDo.of(new KeyByIssuer()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), applications.getCoder()))
        .apply("GroupByIssuer", GroupByKey.create())
        .apply("CompareYears", ParDo.of(new CompareYears()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), AvroCoder.of(TableSchemas.of(TableSchemas.CHECKS))));
  }

  static final class KeyByIssuer extends DoFn<KV<String, GenericRecord>, KV<String, KV<String, GenericRecord>>> {
    @ProcessElement
    public void process(@Element KV<String, GenericRecord> row, OutputReceiver<KV<String, KV<String, GenericRecord>>> out) {
      Object key = row.getValue().get("row_key");
      Object organization = row.getValue().get("organization");
      String county = row.getKey().substring(row.getKey().indexOf("county_code=") + "county_code=".length());
      boolean carryRow = "carried_over".equals(String.valueOf(key)) || "carried_forward".equals(String.valueOf(key));
      boolean yearKnown = !row.getKey().startsWith("year=" + TableSchemas.UNKNOWN_YEAR + "/");
      if (carryRow && yearKnown && organization != null && !county.equals(TableSchemas.UNKNOWN_COUNTY)) {
        out.output(KV.of(county + "|" + organization, row));
      }
    }
  }

  static final class CompareYears extends DoFn<KV<String, Iterable<KV<String, GenericRecord>>>, KV<String, GenericRecord>> {

    private transient Schema schema;
    private transient List<String> commonColumns;

    @Setup
    public void setup() {
      schema = TableSchemas.of(TableSchemas.CHECKS);
      commonColumns = TableSchemas.commonColumns();
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<KV<String, GenericRecord>>> issuer, OutputReceiver<KV<String, GenericRecord>> out) {
      Map<String, KV<String, GenericRecord>> anyRowOf = new LinkedHashMap<>();
      Map<String, Map<String, Long>> over = new HashMap<>();
      Map<String, Map<String, Long>> forward = new HashMap<>();
      for (KV<String, GenericRecord> row : issuer.getValue()) {
        String id = row.getValue().get("report_id").toString();
        anyRowOf.putIfAbsent(id, row);
        Map<String, Long> target = "carried_over".equals(row.getValue().get("row_key").toString())
            ? over.computeIfAbsent(id, k -> new HashMap<>())
            : forward.computeIfAbsent(id, k -> new HashMap<>());
        for (String c : COLUMNS) {
          Object v = row.getValue().get(c);
          target.put(c, v == null ? null : ((Number) v).longValue());
        }
      }
      List<YearFigures> figures = new ArrayList<>();
      anyRowOf.forEach((id, row) -> figures.add(new YearFigures(id, year(row.getKey()),
          over.getOrDefault(id, Map.of()), forward.getOrDefault(id, Map.of()))));
      CarryOverCheck.run(figures).forEach((id, results) -> {
        KV<String, GenericRecord> source = anyRowOf.get(id);
        for (CheckResult r : results) {
          out.output(KV.of(source.getKey(), checkRecord(source.getValue(), r)));
        }
      });
    }

    private GenericRecord checkRecord(GenericRecord from, CheckResult result) {
      GenericRecord record = new GenericData.Record(schema);
      for (String column : commonColumns) {
        record.put(column, from.get(column));
      }
      ReportProcessor.checkRow(result).forEach(record::put);
      return record;
    }

    private static int year(String partition) {
      return Integer.parseInt(partition.substring("year=".length(), partition.indexOf('/')));
    }
  }
}
