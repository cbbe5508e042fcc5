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
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.govdisclosure.extract.check.CheckResult;
import org.govdisclosure.schemas.TableSchemas;

/**
 * Files with the same bytes (same {@code report_id}) under different names: each keeps its {@code reports} row,
 * but only the first by path keeps its status and data rows; the others become {@code duplicate}. The choice
 * depends only on the paths, so every rerun and every runner makes the same one.
 *
 * <p>Only ids travel: each file's {@code (report_id, source_file)} is grouped by a hash of the id
 * ({@link ShuffleGroups}), which yields the copies, each with the file it copies. Those few pairs reach every
 * worker as a side input, and the reports themselves are marked where they are, never shuffled: memory grows with
 * the number of copies, not with a partition or the run.
 */
final class DropDuplicateFiles extends PTransform<PCollection<ReportRows>, PCollection<ReportRows>> {

  static final String DUPLICATE = "duplicate";

  @Override
  public PCollection<ReportRows> expand(PCollection<ReportRows> reports) {
    PCollectionView<Map<String, String>> originals = reports
        .apply("IdsByHash", MapElements
            .into(TypeDescriptors.kvs(TypeDescriptors.integers(), TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings())))
            .via(r -> KV.of(ShuffleGroups.of(r.reportId()), KV.of(r.reportId(), r.sourceFile()))))
        .setCoder(KvCoder.of(VarIntCoder.of(), KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())))
        .apply("GroupIds", GroupByKey.create())
        .apply("FindCopies", ParDo.of(new FindCopies()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()))
        .apply("CopiesView", View.asMap());
    return reports
        .apply("MarkCopies", ParDo.of(new MarkCopies(originals)).withSideInputs(originals))
        .setCoder(reports.getCoder());
  }

  /** Per report id: every file but the first by path is a copy, paired with that first file. */
  static final class FindCopies extends DoFn<KV<Integer, Iterable<KV<String, String>>>, KV<String, String>> {
    @ProcessElement
    public void process(@Element KV<Integer, Iterable<KV<String, String>>> ids, OutputReceiver<KV<String, String>> out) {
      List<KV<String, String>> files = new ArrayList<>();
      Map<String, String> firstPaths = new HashMap<>();
      for (KV<String, String> file : ids.getValue()) {
        files.add(file);
        firstPaths.merge(file.getKey(), file.getValue(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
      }
      for (KV<String, String> file : files) {
        String first = firstPaths.get(file.getKey());
        if (!file.getValue().equals(first)) {
          out.output(KV.of(file.getValue(), first));
        }
      }
    }
  }

  /** A copy keeps only its report row, marked; every other report passes unchanged, undecoded. */
  static final class MarkCopies extends DoFn<ReportRows, ReportRows> {

    private final PCollectionView<Map<String, String>> originals;
    private transient AvroRows reportRows;
    private transient AvroRows checkRows;
    /** The copies of the window {@link #copiesWindow}, read once per bundle. */
    private transient Map<String, String> copies;
    private transient BoundedWindow copiesWindow;

    MarkCopies(PCollectionView<Map<String, String>> originals) {
      this.originals = originals;
    }

    @Setup
    public void setup() {
      reportRows = new AvroRows(AvroRows.ownColumns(TableSchemas.REPORTS));
      checkRows = new AvroRows(AvroRows.ownColumns(TableSchemas.CHECKS));
    }

    @StartBundle
    public void startBundle() {
      copies = null;
      copiesWindow = null;
    }

    @ProcessElement
    public void process(@Element ReportRows report, OutputReceiver<ReportRows> out, ProcessContext context, BoundedWindow window) {
      String original = copies(context, window).get(report.sourceFile());
      out.output(original == null ? report : markDuplicate(report, original));
    }

    /**
     * The side input, read once per bundle and window: the direct runner builds the map anew from its entries at every
     * read, which made the step's cost the reports times the copies, minutes of a 100 000-report run (BENCHMARKS.md).
     */
    private Map<String, String> copies(ProcessContext context, BoundedWindow window) {
      if (copies == null || !window.equals(copiesWindow)) {
        copies = context.sideInput(originals);
        copiesWindow = window;
      }
      return copies;
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
      byte[] copyChecks = copy.tables().get(TableSchemas.CHECKS);
      if (copyChecks != null) {
        for (GenericRecord check : checkRows.decode(copyChecks)) {
          if (CheckResult.FAIL.equals(String.valueOf(check.get("status")))) {
            ReportEncoder.failedChecks(check.get("check")).dec(); // the copy's checks rows are not written
          }
        }
      }
      Schema warningSchema = report.getSchema().getField("warnings").schema().getElementType();
      GenericRecord warning = new GenericData.Record(warningSchema);
      warning.put("code", "duplicate_file");
      warning.put("message", "same bytes as " + original + "; its rows are written once, under that file");
      report.put("warnings", List.of(warning));
      return copy.withOnly(TableSchemas.REPORTS, reportRows.encode(List.of(report)));
    }
  }
}
