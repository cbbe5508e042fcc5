package org.govdisclosure.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.govdisclosure.extract.ProcessedReport;
import org.govdisclosure.extract.ReportProcessor;
import org.govdisclosure.extract.Unavailable;
import org.govdisclosure.extract.check.CheckResult;
import org.govdisclosure.extract.spi.Warning;
import org.govdisclosure.schemas.TableSchemas;

/**
 * Turns one input's {@link ProcessedReport} into its {@link ReportRows}, and counts it in the run's metrics (files,
 * statuses, templates, warnings, failed checks, OCR) that {@link RunSummary} reads. Not thread-safe: one per DoFn
 * instance, made in its setup.
 */
final class ReportEncoder {

  static final String FILES_COUNTER = "files";
  /** Files read by OCR, their pages and the time OCR took, summed over the run. */
  static final String OCR_FILES = "ocr_files";
  static final String OCR_PAGES = "ocr_pages";
  static final String OCR_MILLIS = "ocr_millis";
  /** Per reader, extractor or check that could not be used and its cause: the reports that lacked it. */
  static final String UNAVAILABLE = "unavailable_";

  /** The run's count of failed checks named {@code check}, as the checks table lists them. */
  static Counter failedChecks(Object check) {
    return Metrics.counter(ExtractReports.class, "check_failed_" + check);
  }

  private final Counter files = Metrics.counter(ExtractReports.class, FILES_COUNTER);
  private final RecordFactory records = new RecordFactory();
  private final AvroRows commonColumns = new AvroRows(AvroRows.commonColumns());
  private final AvroRows reportRow = new AvroRows(AvroRows.ownColumns(TableSchemas.REPORTS));
  /** Every table but {@code reports}, in {@code TableSchemas.TABLES} order. */
  private final Map<String, OwnColumnsEncoder> dataTables = new LinkedHashMap<>();
  private final ProgressLog progress;

  ReportEncoder(ProgressLog progress) {
    this.progress = progress;
    TableSchemas.TABLES.stream().filter(table -> !table.equals(TableSchemas.REPORTS))
        .forEach(table -> dataTables.put(table, new OwnColumnsEncoder(table)));
  }

  ReportRows encode(ProcessedReport report) {
    count(report);
    Map<String, byte[]> tables = new LinkedHashMap<>();
    tables.put(TableSchemas.REPORTS, reportRow.encode(List.of(records.report(report))));
    dataTables.forEach((table, encoder) -> {
      List<Map<String, Object>> rows = report.tables().getOrDefault(table, List.of());
      if (!rows.isEmpty()) {
        tables.put(table, encoder.encode(rows));
      }
    });
    return new ReportRows(report.reportId(), report.sourceFile(), PartitionPath.of(report.year(), report.region().countyCode()),
        commonColumns.encode(List.of(records.common(report))), tables);
  }

  private void count(ProcessedReport report) {
    files.inc();
    progress.fileDone();
    Metrics.counter(ExtractReports.class, "status_" + report.status()).inc();
    Metrics.counter(ExtractReports.class, "template_" + (report.template() == null ? "unknown" : report.template())).inc();
    if (report.ocr() != null) {
      Metrics.counter(ExtractReports.class, OCR_FILES).inc();
      Metrics.counter(ExtractReports.class, OCR_PAGES).inc(report.ocr().pages());
      Metrics.counter(ExtractReports.class, OCR_MILLIS).inc(report.ocr().millis());
    }
    for (Warning w : report.warnings()) {
      Metrics.counter(ExtractReports.class, "warning_" + w.code()).inc();
      String unavailable = Unavailable.named(w);
      if (unavailable != null) {
        Metrics.counter(ExtractReports.class, UNAVAILABLE + unavailable).inc();
      }
    }
    for (Map<String, Object> check : report.tables().getOrDefault(ReportProcessor.CHECKS, List.of())) {
      if (CheckResult.FAIL.equals(check.get("status"))) {
        failedChecks(check.get("check")).inc();
      }
    }
  }
}
