package org.govdisclosure.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
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
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.govdisclosure.schemas.TableSchemas;

/**
 * Files with the same bytes (same {@code report_id}) under different names: each keeps its {@code reports} row,
 * but only the first by path keeps its status and data rows; the others become {@code duplicate}. The choice
 * depends only on the paths, so every rerun and every runner makes the same one.
 *
 * <p>Copies have the same bytes, hence the same year and county, so they are looked for within each partition
 * (held in memory one partition at a time, in compact form). Grouping by report instead would make a group per
 * file, and on the direct runner a bundle per file for every later step.
 */
final class DropDuplicateFiles extends PTransform<PCollection<ReportRows>, PCollection<ReportRows>> {

  static final String DUPLICATE = "duplicate";

  @Override
  public PCollection<ReportRows> expand(PCollection<ReportRows> reports) {
    return reports
        .apply("KeyByPartition", WithKeys.of(ReportRows::partition).withKeyType(TypeDescriptors.strings()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), reports.getCoder()))
        .apply("GroupByPartition", GroupByKey.create())
        .apply("MarkCopies", ParDo.of(new MarkCopies()))
        .setCoder(reports.getCoder());
  }

  /** Per report id: the first file by path keeps its rows; the others keep only their report row, marked. */
  static final class MarkCopies extends DoFn<KV<String, Iterable<ReportRows>>, ReportRows> {

    private transient AvroRows reportRows;

    @Setup
    public void setup() {
      reportRows = AvroRows.of(TableSchemas.REPORTS);
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<ReportRows>> partition, OutputReceiver<ReportRows> out) {
      List<ReportRows> reports = new ArrayList<>();
      Map<String, String> firstPaths = new HashMap<>();
      for (ReportRows report : partition.getValue()) {
        reports.add(report);
        firstPaths.merge(report.reportId(), report.sourceFile(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
      }
      for (ReportRows report : reports) {
        String first = firstPaths.get(report.reportId());
        out.output(report.sourceFile().equals(first) ? report : markDuplicate(report, first));
      }
    }

    private ReportRows markDuplicate(ReportRows copy, String original) {
      GenericRecord report = reportRows.decode(copy.tables().get(TableSchemas.REPORTS)).get(0);
      Metrics.counter(ExtractReports.class, "status_" + report.get("status")).dec();
      Metrics.counter(ExtractReports.class, "status_" + DUPLICATE).inc();
      report.put("status", DUPLICATE);
      // The run summary counts warnings as the reports table lists them: the copy's are replaced by one.
      for (Object replaced : (List<?>) report.get("warnings")) {
        Metrics.counter(ExtractReports.class, "warning_" + ((GenericRecord) replaced).get("code")).dec();
      }
      Metrics.counter(ExtractReports.class, "warning_duplicate_file").inc();
      Schema warningSchema = report.getSchema().getField("warnings").schema().getElementType();
      GenericRecord warning = new GenericData.Record(warningSchema);
      warning.put("code", "duplicate_file");
      warning.put("message", "same bytes as " + original + "; its rows are written once, under that file");
      report.put("warnings", List.of(warning));
      return copy.withOnly(TableSchemas.REPORTS, reportRows.encode(List.of(report)));
    }
  }
}
