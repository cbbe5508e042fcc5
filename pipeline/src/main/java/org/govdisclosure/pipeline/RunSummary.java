package org.govdisclosure.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;

/**
 * The figures of a finished run, from the pipeline's metrics: files read, reports per status and template,
 * failed checks and warnings per code, the readers, extractors and checks that could not be used (each with its cause,
 * and how many reports lacked it), elapsed time and throughput, and the pages read by OCR and their time.
 * Printed and written to {@code <output>/_run_summary.json}.
 */
final class RunSummary {

  static final String FILE_NAME = "_run_summary.json";

  /** Metric name prefixes of {@link ExtractReports} and the summary section each one fills. */
  private static final Map<String, String> GROUPS =
      Map.of("status_", "status", "template_", "template", "check_failed_", "checks_failed", "warning_", "warnings",
          ReportEncoder.UNAVAILABLE, "unavailable");
  private static final Set<String> OCR_COUNTERS = Set.of(ReportEncoder.OCR_FILES, ReportEncoder.OCR_PAGES, ReportEncoder.OCR_MILLIS);

  private RunSummary() {}

  static Map<String, Object> of(PipelineResult result, Duration elapsed) {
    MetricQueryResults metrics = result.metrics().queryMetrics(
        MetricsFilter.builder().addNameFilter(MetricNameFilter.inNamespace(ExtractReports.class)).build());
    Map<String, Map<String, Long>> sections = new TreeMap<>();
    long files = 0;
    Map<String, Long> ocr = new TreeMap<>();
    for (MetricResult<Long> counter : metrics.getCounters()) {
      String name = counter.getName().getName();
      long value = counter.getAttempted();
      if (name.equals(ReportEncoder.FILES_COUNTER)) {
        files += value; // counted by each step that turns inputs into reports
      }
      if (OCR_COUNTERS.contains(name)) {
        ocr.merge(name, value, Long::sum);
      }
      // Summed: a counter changed by several steps (a status that DropDuplicateFiles corrects) comes once per step.
      GROUPS.forEach((prefix, group) -> {
        if (name.startsWith(prefix)) {
          sections.computeIfAbsent(group, g -> new TreeMap<>()).merge(name.substring(prefix.length()), value, Long::sum);
        }
      });
    }
    Map<String, Object> summary = new TreeMap<>();
    sections.forEach((group, counts) -> {
      counts.values().removeIf(n -> n == 0);
      if (!counts.isEmpty()) {
        summary.put(group, counts);
      }
    });
    double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
    summary.put("files", files);
    summary.put("elapsed_seconds", Math.round(seconds * 10) / 10.0);
    summary.put("files_per_second", Math.round(files / seconds * 10) / 10.0);
    summary.put("ocr", ocr(ocr));
    return summary;
  }

  /** The files read by OCR, their pages, and the time OCR took, in all and per page. */
  private static Map<String, Object> ocr(Map<String, Long> counters) {
    long pages = counters.getOrDefault(ReportEncoder.OCR_PAGES, 0L);
    long millis = counters.getOrDefault(ReportEncoder.OCR_MILLIS, 0L);
    Map<String, Object> ocr = new TreeMap<>();
    ocr.put("files", counters.getOrDefault(ReportEncoder.OCR_FILES, 0L));
    ocr.put("pages", pages);
    ocr.put("seconds", Math.round(millis / 100.0) / 10.0);
    if (pages > 0) {
      ocr.put("seconds_per_page", Math.round((double) millis / pages / 100.0) / 10.0);
    }
    return ocr;
  }

  static String json(Map<String, ?> summary) throws IOException {
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(new TreeMap<>(summary)) + "\n";
  }
}
