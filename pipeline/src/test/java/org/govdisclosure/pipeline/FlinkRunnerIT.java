package org.govdisclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.govdisclosure.schemas.TableSchemas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar on the test corpus and on a scanned PDF and a picture read by OCR: Flink, embedded and on a
 * standalone session cluster started by {@code scripts/flink-cluster.sh}, writes the same rows as the direct runner
 * (OCR's native libraries loaded from the jar on each worker), and prints no stack trace.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class FlinkRunnerIT {

  static final Path CORPUS = Path.of("../extractors/src/test/resources/corpus").toAbsolutePath().normalize();
  static final String INPUT = "--input=" + CORPUS.resolve("seeds") + "," + CORPUS.resolve("real");
  /** The scan and the picture, with the pages OCR reads of each. */
  static final Map<Path, Integer> SCANNED = Map.of(
      OcrRunTest.SCAN.toAbsolutePath().normalize(), 3, OcrRunTest.PICTURE.toAbsolutePath().normalize(), 1);
  static final String INPUT_AND_SCANS = INPUT + "," + SCANNED.keySet().stream().map(Path::toString).sorted().collect(Collectors.joining(","));

  @TempDir static Path work;
  static Path direct;

  @BeforeAll
  static void runDirect() throws Exception {
    direct = work.resolve("direct");
    ShadedJar.Run run = ShadedJar.run(work.resolve("direct.log"), INPUT_AND_SCANS, "--output=" + direct);
    System.out.println("direct runner: " + run.wallTime().toMillis() + " ms");
    assertReadByOcr(direct);
  }

  /** The scan and the picture were read by OCR into reports with values, and the run summary counts their pages. */
  static void assertReadByOcr(Path output) throws Exception {
    try (DuckDb db = new DuckDb(output)) {
      for (Map.Entry<Path, Integer> scanned : SCANNED.entrySet()) {
        List<Map<String, Object>> reports = db.query("SELECT report_id, status, ocr_pages, ocr_millis, "
            + "list_contains(list_transform(warnings, w -> w.code), 'ocr') AS ocr_warning FROM " + db.table(TableSchemas.REPORTS)
            + " WHERE source_file = '" + scanned.getKey() + "'");
        assertThat(reports).as("reports of %s in %s", scanned.getKey(), output).hasSize(1);
        Map<String, Object> report = reports.get(0);
        assertThat((String) report.get("status")).as("%s", report).isIn("extracted", "partial");
        assertThat(report).containsEntry("ocr_warning", true).containsEntry("ocr_pages", scanned.getValue());
        assertThat((Long) report.get("ocr_millis")).isPositive();
        assertThat(db.count("SELECT count(*) FROM " + db.table("applications") + " WHERE report_id = '" + report.get("report_id")
            + "' AND total IS NOT NULL")).as("applications values of %s", scanned.getKey()).isPositive();
      }
    }
    JsonNode ocr = new ObjectMapper().readTree(output.resolve(RunSummary.FILE_NAME).toFile()).get("ocr");
    assertThat(ocr.get("files").asLong()).isEqualTo(SCANNED.size());
    assertThat(ocr.get("pages").asLong()).isEqualTo(SCANNED.values().stream().mapToInt(Integer::intValue).sum());
  }

  @Test
  void embeddedFlinkWritesTheSameRows() throws Exception {
    Path out = work.resolve("embedded");
    ShadedJar.Run run = ShadedJar.run(work.resolve("embedded.log"),
        "--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2", INPUT_AND_SCANS, "--output=" + out);
    System.out.println("embedded Flink: " + run.wallTime().toMillis() + " ms");
    assertReadByOcr(out);
    SameRows.assertSameTables(direct, out);
  }

  @Test
  void sessionClusterWritesTheSameRows() throws Exception {
    Path out = work.resolve("cluster");
    try (FlinkCluster cluster = FlinkCluster.start(work.resolve("flink-cluster"), 2)) {
      ShadedJar.Run run = ShadedJar.run(work.resolve("cluster.log"), cluster.submitArgs(INPUT_AND_SCANS, "--output=" + out));
      long job = cluster.get("/jobs/overview").get("jobs").get(0).get("duration").asLong();
      System.out.println("session cluster: job " + job + " ms, client " + run.wallTime().toMillis() + " ms");
    }
    assertReadByOcr(out);
    SameRows.assertSameTables(direct, out);
  }
}
