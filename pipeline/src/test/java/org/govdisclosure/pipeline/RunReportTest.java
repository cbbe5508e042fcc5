package org.govdisclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page every run writes, read as text: self-contained, with the run summary's numbers and every section. */
class RunReportTest {

  private static final Pattern TABLE = Pattern.compile("<table id=\"([a-z_]+)\">(.*?)</table>", Pattern.DOTALL);
  private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);
  private static final Pattern CELL = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL);
  /** Anything a browser would fetch: an attribute or CSS url pointing at a host, an import, a script or style file. */
  private static final Pattern FETCHED = Pattern.compile(
      "(?i)(?:src|href|xlink:href|action)\\s*=\\s*[\"']?\\s*(?:[a-z]+:)?//|url\\(\\s*[\"']?\\s*(?:[a-z]+:)?//|@import|<script|<link");

  static AnalystRun run;
  static String page;
  static JsonNode summary;
  static Map<String, List<List<String>>> tables;

  @BeforeAll
  static void readPage() throws Exception {
    run = AnalystRun.get();
    page = Files.readString(run.output.resolve(RunReport.FILE_NAME));
    summary = new ObjectMapper().readTree(run.output.resolve(RunSummary.FILE_NAME).toFile());
    tables = tables(page);
  }

  /** Each table of the page by id: its rows of cells (header row left out), unescaped. */
  static Map<String, List<List<String>>> tables(String html) {
    Map<String, List<List<String>>> found = new LinkedHashMap<>();
    Matcher t = TABLE.matcher(html);
    while (t.find()) {
      List<List<String>> rows = new ArrayList<>();
      Matcher r = ROW.matcher(t.group(2));
      while (r.find()) {
        List<String> cells = new ArrayList<>();
        Matcher c = CELL.matcher(r.group(1));
        while (c.find()) {
          cells.add(c.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&"));
        }
        if (!cells.isEmpty()) {
          rows.add(cells);
        }
      }
      found.put(t.group(1), rows);
    }
    return found;
  }

  private static Map<String, Long> counts(String table, int column) {
    Map<String, Long> counts = new TreeMap<>();
    for (List<String> row : tables.get(table)) {
      counts.put(row.get(0), Long.parseLong(row.get(column).replace(",", "")));
    }
    return counts;
  }

  private static Map<String, Long> summaryCounts(String section) {
    Map<String, Long> counts = new TreeMap<>();
    summary.path(section).fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asLong()));
    return counts;
  }

  @Test
  void thePageFetchesNothing() {
    assertThat(page).startsWith("<!DOCTYPE html>");
    Matcher fetched = FETCHED.matcher(page);
    assertThat(fetched.find()).as(fetched.hitEnd() ? "" : page.substring(Math.max(0, fetched.start() - 80), fetched.end() + 80)).isFalse();
  }

  @Test
  void itsNumbersAreTheRunSummarys() {
    assertThat(page).contains("<dd id=\"files\">" + summary.get("files").asLong() + "</dd>")
        .contains("<dd id=\"run_id\">" + summary.get("run_id").asText() + "</dd>");
    assertThat(counts("status", 1)).isEqualTo(summaryCounts("status"));
    assertThat(counts("template", 1)).isEqualTo(summaryCounts("template"));
    assertThat(counts("warnings", 1)).isEqualTo(summaryCounts("warnings"));
    assertThat(counts("status", 1).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(run.inputs);
    assertThat(counts("format", 1).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(run.inputs);
    assertThat(tables.get("coverage").stream().mapToLong(row -> Long.parseLong(row.get(2))).sum()).isEqualTo(run.inputs);
  }

  @Test
  void failedChecksAreListedWithTheFilesTheyFailedIn() {
    List<List<String>> checks = tables.get("checks");
    assertThat(checks).anyMatch(row -> row.get(0).equals("applications_balance") && row.get(2).contains(MeasuresTest.unbalanced().name()));
    assertThat(tables.get("warnings")).allMatch(row -> !row.get(2).isBlank());
  }

  @Test
  void everyChartIsInlineSvg() {
    // Status, format and template, the heat map, and a histogram per measure that some report has.
    assertThat(Pattern.compile("<svg ").matcher(page).results().count()).isEqualTo(4 + RunFigures.MEASURES.size());
    assertThat(page).contains("Reports read per province and year").contains("浙江省");
  }

  @Test
  void theSlowestAndLargestFilesAreInputsOfTheRun() throws Exception {
    for (String table : List.of("slowest", "largest")) {
      assertThat(tables.get(table)).as(table).hasSize(Math.min(run.inputs, FileCosts.KEPT))
          .allMatch(row -> !row.get(0).contains("/") && Files.exists(run.input.resolve(row.get(0))));
    }
    assertThat(page).contains("Files are named relative to " + run.input.toAbsolutePath() + "/,");
    List<Long> sizes = tables.get("largest").stream().map(row -> Long.parseLong(row.get(1).replace(",", ""))).toList();
    assertThat(sizes).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    assertThat(sizes.get(0)).isEqualTo(Files.size(run.input.resolve(tables.get("largest").get(0).get(0))));
  }

  @Test
  void theFileCostsArePublishedBesideTheTablesAndTheReport() {
    assertThat(run.output.resolve(FileCosts.FILE_NAME)).exists();
    assertThat(summary.has("run_report_failed")).isFalse();
  }

  @Test
  void readersAndExtractorsThatCouldNotLoadAreListedWithTheirCauseAndTheReportsTheyCost() throws Exception {
    assertThat(summary.has("unavailable")).as("a run with every reader and extractor").isFalse();
    assertThat(tables).doesNotContainKey("unavailable");
    String line = "reader_unavailable: PdfReader: NoClassDefFoundError: org/apache/pdfbox/Loader";
    Map<String, Object> broken = new TreeMap<>(Map.of("run_id", "r1", "files", 3, "unavailable", Map.of(line, 2L)));
    assertThat(tables(RunReport.page(broken, RunFigures.of(run.output))).get("unavailable")).containsExactly(List.of(line, "2"));
  }

  @Test
  void aReportThatCannotBeMadeSaysWhyWithoutFailingTheRun(@TempDir Path noTables) throws Exception {
    var failure = RunReport.write(noTables, Map.of("run_id", "r1", "files", 0));
    assertThat(failure).isPresent();
    assertThat(Files.readString(noTables.resolve(RunReport.FILE_NAME))).contains("could not be made").contains("r1");
  }
}
