package org.govdisclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.govdisclosure.schemas.TableSchemas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run over a seed scanned to PDF, its section 三 table as a PNG picture and a text report: each report read by OCR
 * has its pages and time in the {@code reports} table, and the run summary and the run report add them up; each page
 * OCR reads adds to its file's time budget.
 */
class OcrRunTest {

  /** A seed report scanned (three pages at 200 dpi, turned, noisy, no text layer) and its section 三 page as a PNG. */
  static final Path SCAN = EndToEndTest.FORMATS.resolve("003_c98690ffdef99389.scan.pdf");
  static final Path PICTURE = EndToEndTest.FORMATS.resolve("003_c98690ffdef99389.s3.png");

  /** Ample for a text report, far short of what OCR spends on the scan. */
  private static final int FILE_TIMEOUT_SECONDS = 3;

  @TempDir static Path work;
  static Path input;

  @BeforeAll
  static void inputs() throws Exception {
    input = Files.createDirectories(work.resolve("in"));
    Files.copy(SCAN, input.resolve("scan.pdf"));
    Files.copy(PICTURE, input.resolve("table.png"));
    Files.copy(EndToEndTest.CORPUS.resolve("seeds").resolve(EndToEndTest.FIRST_SEED), input.resolve("report.txt"));
  }

  @Test
  void pagesReadByOcrAndTheirTimeAreInTheReportsTableTheSummaryAndTheRunReport() throws Exception {
    Path output = work.resolve("out");
    // The scan's three pages take some 9 s of CPU: only their allowance of --ocrPageTimeoutSeconds lets it finish.
    ReportPipeline.main(new String[] {"--input=" + input, "--output=" + output, "--fileTimeoutSeconds=" + FILE_TIMEOUT_SECONDS});

    Map<String, Map<String, Object>> reports = reports(output);
    int scanPages = pages(SCAN);
    assertThat(scanPages).isEqualTo(3);
    assertThat(reports.get("scan.pdf")).containsEntry("format", "pdf").containsEntry("ocr_pages", scanPages);
    assertThat(reports.get("table.png")).containsEntry("format", "image").containsEntry("ocr_pages", 1);
    for (String scanned : List.of("scan.pdf", "table.png")) {
      assertThat((String) reports.get(scanned).get("status")).as(scanned).isIn("extracted", "partial");
      assertThat((Long) reports.get(scanned).get("ocr_millis")).as(scanned).isPositive();
      assertThat(reports.get(scanned)).as(scanned).containsEntry("ocr_warning", true);
    }
    assertThat(reports.get("report.txt")).containsEntry("ocr_pages", null).containsEntry("ocr_millis", null);

    JsonNode ocr = summary(output).get("ocr");
    long millis = reports.values().stream().mapToLong(r -> r.get("ocr_millis") == null ? 0 : (Long) r.get("ocr_millis")).sum();
    assertThat(ocr.get("files").asLong()).isEqualTo(2);
    assertThat(ocr.get("pages").asLong()).isEqualTo(scanPages + 1);
    assertThat(ocr.get("seconds").asDouble()).isEqualTo(Math.round(millis / 100.0) / 10.0);
    assertThat(ocr.get("seconds_per_page").asDouble()).isEqualTo(Math.round(millis / (scanPages + 1.0) / 100.0) / 10.0);

    String page = Files.readString(output.resolve(RunReport.FILE_NAME));
    assertThat(page).contains("<dd id=\"ocr_files\">2</dd>").contains("<dd id=\"ocr_pages\">" + (scanPages + 1) + "</dd>")
        .contains("<dd id=\"ocr_seconds\">" + ocr.get("seconds").asDouble() + "</dd>");
  }

  @Test
  void withOcrOffNothingIsReadByOcrAndTheSummarySaysSo() throws Exception {
    Path output = work.resolve("off");
    ReportPipeline.main(new String[] {"--input=" + input, "--output=" + output, "--ocr=false"});

    Map<String, Map<String, Object>> reports = reports(output);
    assertThat(reports.get("scan.pdf")).containsEntry("status", "unreadable").containsEntry("ocr_pages", null);
    assertThat(reports.get("table.png")).containsEntry("status", "unreadable").containsEntry("ocr_pages", null);
    JsonNode ocr = summary(output).get("ocr");
    assertThat(ocr.get("files").asLong()).isZero();
    assertThat(ocr.get("pages").asLong()).isZero();
    assertThat(ocr.has("seconds_per_page")).isFalse();
  }

  @Test
  void aNegativePageAllowanceIsRefusedBeforeAnyWork() {
    PipelineOptionsFactory.register(ReportPipelineOptions.class);
    ReportPipelineOptions options = PipelineOptionsFactory.fromArgs("--input=" + input, "--ocrPageTimeoutSeconds=-1")
        .as(ReportPipelineOptions.class);
    assertThatThrownBy(() -> ReportPipeline.validate(options)).hasMessageContaining("--ocrPageTimeoutSeconds must not be negative");
  }

  /** The reports by file name: status, format, whether an {@code ocr} warning is among the warnings, OCR columns. */
  private static Map<String, Map<String, Object>> reports(Path output) throws Exception {
    try (DuckDb db = new DuckDb(output)) {
      Map<String, Map<String, Object>> byName = new TreeMap<>();
      for (Map<String, Object> row : db.query("SELECT source_file, status, format, ocr_pages, ocr_millis, "
          + "list_contains(list_transform(warnings, w -> w.code), 'ocr') AS ocr_warning FROM " + db.table(TableSchemas.REPORTS))) {
        byName.put(Path.of((String) row.get("source_file")).getFileName().toString(), row);
      }
      assertThat(byName).hasSize(3);
      return byName;
    }
  }

  private static JsonNode summary(Path output) throws Exception {
    return new ObjectMapper().readTree(output.resolve(RunSummary.FILE_NAME).toFile());
  }

  private static int pages(Path pdf) throws Exception {
    try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
      return d.getNumberOfPages();
    }
  }
}
