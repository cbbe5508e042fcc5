package org.govdisclosure.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.govdisclosure.schemas.TableSchemas;

/**
 * Files with the same bytes (same {@code report_id}) under different names: each keeps its {@code reports} row,
 * but only the first by path keeps its status and data rows; the others become {@code duplicate}. The choice
 * depends only on the paths, so every rerun and every runner makes the same one.
 */
final class DropDuplicateFiles extends PTransform<PCollectionTuple, PCollectionTuple> {

  static final String DUPLICATE = "duplicate";

  @Override
  public PCollectionTuple expand(PCollectionTuple tables) {
    PCollectionTuple out = PCollectionTuple.empty(tables.getPipeline());
    for (var entry : ExtractReports.TAGS.entrySet()) {
      String table = entry.getKey();
      TupleTag<KV<String, GenericRecord>> tag = entry.getValue();
      PCollection<KV<String, GenericRecord>> rows = tables.get(tag);
      PCollection<KV<String, GenericRecord>> kept = rows
          .apply("KeyByReport " + table, WithKeys.of((KV<String, GenericRecord> kv) -> kv.getValue().get("report_id").toString())
              .withKeyType(TypeDescriptors.strings()))
          .setCoder(KvCoder.of(StringUtf8Coder.of(), rows.getCoder()))
          .apply("GroupByReport " + table, GroupByKey.create())
          .apply("KeepFirstCopy " + table, ParDo.of(new KeepFirstCopy(table.equals(TableSchemas.REPORTS))))
          .setCoder(rows.getCoder());
      out = out.and(tag, kept);
    }
    return out;
  }

  static final class KeepFirstCopy extends DoFn<KV<String, Iterable<KV<String, GenericRecord>>>, KV<String, GenericRecord>> {

    private final boolean reportsTable;

    KeepFirstCopy(boolean reportsTable) {
      this.reportsTable = reportsTable;
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<KV<String, GenericRecord>>> group, OutputReceiver<KV<String, GenericRecord>> out) {
      List<KV<String, GenericRecord>> rows = new ArrayList<>();
      group.getValue().forEach(rows::add);
      String first = rows.stream().map(DropDuplicateFiles::source).min(Comparator.naturalOrder()).orElseThrow();
      for (KV<String, GenericRecord> row : rows) {
        if (source(row).equals(first)) {
          out.output(row);
        } else if (reportsTable) {
          out.output(KV.of(row.getKey(), markDuplicate(row.getValue(), first)));
        }
      }
    }

    private static GenericRecord markDuplicate(GenericRecord report, String original) {
      Metrics.counter(ExtractReports.class, "status_" + report.get("status")).dec();
      Metrics.counter(ExtractReports.class, "status_" + DUPLICATE).inc();
      GenericRecord copy = new GenericData.Record((GenericData.Record) report, true);
      copy.put("status", DUPLICATE);
      Schema warningSchema = report.getSchema().getField("warnings").schema().getElementType();
      GenericRecord warning = new GenericData.Record(warningSchema);
      warning.put("code", "duplicate_file");
      warning.put("message", "same bytes as " + original + "; its rows are written once, under that file");
      List<Object> warnings = new ArrayList<>();
      warnings.add(warning);
      copy.put("warnings", warnings);
      return copy;
    }
  }

  private static String source(KV<String, GenericRecord> row) {
    return row.getValue().get("source_file").toString();
  }
}
