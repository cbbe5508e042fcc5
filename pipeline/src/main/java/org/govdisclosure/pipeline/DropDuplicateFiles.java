package org.govdisclosure.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.govdisclosure.schemas.TableSchemas;

/**
 * Files with the same bytes (same {@code report_id}) under different names: each keeps its {@code reports} row,
 * but only the first by path keeps its status and data rows; the others become {@code duplicate}. Only the small
 * {@code reports} table is grouped; the data tables are filtered against the (usually tiny) map of duplicated ids.
 * The choice depends only on the paths, so every rerun and every runner makes the same one.
 */
final class DropDuplicateFiles extends PTransform<PCollectionTuple, PCollectionTuple> {

  static final String DUPLICATE = "duplicate";

  private static final TupleTag<KV<String, GenericRecord>> REPORTS = new TupleTag<>("reports") {};
  private static final TupleTag<KV<String, String>> KEPT_COPY = new TupleTag<>("kept copy") {};

  @Override
  public PCollectionTuple expand(PCollectionTuple tables) {
    TupleTag<KV<String, GenericRecord>> reportsTag = ExtractReports.TAGS.get(TableSchemas.REPORTS);
    PCollection<KV<String, GenericRecord>> reports = tables.get(reportsTag);
    PCollectionTuple marked = reports
        .apply("KeyByReport", WithKeys.of((KV<String, GenericRecord> kv) -> kv.getValue().get("report_id").toString())
            .withKeyType(TypeDescriptors.strings()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), reports.getCoder()))
        .apply("GroupByReport", GroupByKey.create())
        .apply("MarkCopies", ParDo.of(new MarkCopies()).withOutputTags(REPORTS, TupleTagList.of(KEPT_COPY)));
    PCollectionView<Map<String, String>> keptCopies = marked.get(KEPT_COPY)
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()))
        .apply("KeptCopies", View.asMap());

    PCollectionTuple out = PCollectionTuple.empty(tables.getPipeline());
    for (var entry : ExtractReports.TAGS.entrySet()) {
      TupleTag<KV<String, GenericRecord>> tag = entry.getValue();
      PCollection<KV<String, GenericRecord>> rows = tables.get(tag);
      out = out.and(tag, tag == reportsTag
          ? marked.get(REPORTS).setCoder(rows.getCoder())
          : rows.apply("DropCopies " + entry.getKey(), ParDo.of(new DropCopies(keptCopies)).withSideInputs(keptCopies))
              .setCoder(rows.getCoder()));
    }
    return out;
  }

  /** Per report id: the first file by path keeps its row; the others are marked, and the kept path is announced. */
  static final class MarkCopies extends DoFn<KV<String, Iterable<KV<String, GenericRecord>>>, KV<String, GenericRecord>> {

    @ProcessElement
    public void process(@Element KV<String, Iterable<KV<String, GenericRecord>>> group, MultiOutputReceiver out) {
      List<KV<String, GenericRecord>> rows = new ArrayList<>();
      group.getValue().forEach(rows::add);
      String first = rows.stream().map(DropDuplicateFiles::source).min(Comparator.naturalOrder()).orElseThrow();
      for (KV<String, GenericRecord> row : rows) {
        boolean kept = source(row).equals(first);
        out.get(REPORTS).output(kept ? row : KV.of(row.getKey(), markDuplicate(row.getValue(), first)));
      }
      if (rows.size() > 1) {
        out.get(KEPT_COPY).output(KV.of(group.getKey(), first));
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

  /** Keeps a data row unless its report id is duplicated and it comes from a copy other than the kept one. */
  static final class DropCopies extends DoFn<KV<String, GenericRecord>, KV<String, GenericRecord>> {

    private final PCollectionView<Map<String, String>> keptCopies;

    DropCopies(PCollectionView<Map<String, String>> keptCopies) {
      this.keptCopies = keptCopies;
    }

    @ProcessElement
    public void process(@Element KV<String, GenericRecord> row, OutputReceiver<KV<String, GenericRecord>> out, ProcessContext c) {
      String kept = c.sideInput(keptCopies).get(row.getValue().get("report_id").toString());
      if (kept == null || kept.equals(source(row))) {
        out.output(row);
      }
    }
  }

  private static String source(KV<String, GenericRecord> row) {
    return row.getValue().get("source_file").toString();
  }
}
