package org.govdisclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.govdisclosure.extract.render.GeneratedCorpus;
import org.govdisclosure.schemas.TableSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every table, row for row, on a fixed corpus (the samples, generated reports of every rendering kind spread over
 * counties and {@code year=0/county_code=000000}, issuers with reports in consecutive years, and exact copies), against
 * the rows committed in {@code src/test/resources/expected-output/}. They were written by the pipeline as it was before
 * its duplicate step stopped grouping whole partitions (#17), so the redesign must give the same rows. Two things vary
 * from run to run and are compared in a canonical form: report ids (the generated DOCX and PDF files carry the time
 * they were written), as the first file with those bytes, and the order of a report's warnings.
 *
 * <p>A change to what the extractors read changes these rows too, rightly: rewrite them with
 * {@code -DrewriteExpectedOutput=true} and review their diff as part of that change; a change to the pipeline's
 * steps alone must leave them as they are. Each run leaves its rows in {@code target/same-output/} for a diff.
 */
class SameOutputTest {

  private static final Path EXPECTED = Path.of("src/test/resources/expected-output");
  private static final Path ACTUAL = Path.of("target/same-output");
  private static final String INPUT_DIR = "$INPUT";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path work;

  @Test
  void everyTableHoldsTheRowsOfThePipelineBeforeTheRedesign() throws Exception {
    Path input = corpus(work.resolve("in"));
    Path output = work.resolve("out");
    ReportPipeline.main(new String[] {"--input=" + input, "--output=" + output});
    Map<String, List<String>> actual = new LinkedHashMap<>();
    try (DuckDb db = new DuckDb(output)) {
      Map<String, String> ids = canonicalIds(db, input);
      for (String table : TableSchemas.TABLES) {
        actual.put(table, rows(db, table, input, ids));
        // Every table's rows are kept for a diff, whichever differs.
        Files.write(Files.createDirectories(ACTUAL).resolve(table + ".jsonl"), actual.get(table), StandardCharsets.UTF_8);
      }
    }
    for (String table : TableSchemas.TABLES) {
      Path expectedFile = EXPECTED.resolve(table + ".jsonl");
      if (Boolean.getBoolean("rewriteExpectedOutput")) {
        Files.createDirectories(EXPECTED);
        Files.write(expectedFile, actual.get(table), StandardCharsets.UTF_8);
      }
      List<String> expected = new ArrayList<>();
      for (String row : Files.readAllLines(expectedFile, StandardCharsets.UTF_8)) {
        expected.add(withSortedWarnings(row));
      }
      assertThat(minus(actual.get(table), expected)).as("rows of %s not expected (all in %s)", table, ACTUAL.toAbsolutePath()).isEmpty();
      assertThat(minus(expected, actual.get(table))).as("expected rows of %s missing (all in %s)", table, ACTUAL.toAbsolutePath()).isEmpty();
    }
  }

  /**
   * The rendering kinds the expected rows were written with, in the generator's order; a kind added since joins when
   * the rows are next rewritten (with the corpus's size, five of each, and the copied files' names).
   */
  private static final List<String> KINDS = List.of("HTML", "HTML_MERGED", "DOCX", "PDF", "PDF_WRAPPED", "WORD_TEXT_CELLS",
      "WORD_TEXT_TABBED", "CRAWLED_GLUED", "CRAWLED_SPACED", "CRAWLED_MIXED", "PDF_MARKDOWN", "PDF_TEXT_LINES",
      "PROSE_KEY_VALUE", "PROSE_SUMMARY");

  /** The samples, 70 generated reports (five of each kind, seeds 0 to 19 unplaced) and copies of three of them. */
  private static Path corpus(Path dir) throws IOException {
    GeneratedCorpus.write(dir, 70, 0.2, KINDS);
    try (Stream<Path> samples = Files.list(Path.of("../samples"))) {
      for (Path sample : samples.toList()) {
        Files.copy(sample, dir.resolve(sample.getFileName()));
      }
    }
    List<String> copied = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      files.map(f -> f.getFileName().toString()).sorted().filter(n -> n.startsWith("html-14.") || n.startsWith("pdf-45.")
          || n.startsWith("000_")).forEach(copied::add);
    }
    assertThat(copied).as("files to copy").hasSize(3);
    for (String name : copied) {
      // A copy named to sort before and one to sort after its original: the first by path keeps the rows.
      Files.copy(dir.resolve(name), dir.resolve("a-copy-" + name));
      Files.copy(dir.resolve(name), dir.resolve("z-copy-" + name));
    }
    return dir;
  }

  /** The rows of {@code rows} left when every row of {@code removed} is taken out once. */
  private static List<String> minus(List<String> rows, List<String> removed) {
    List<String> left = new ArrayList<>(rows);
    removed.forEach(left::remove);
    return left;
  }

  /**
   * Each report id as the first file with those bytes: the generator's DOCX and PDF files carry the time they were
   * written (zip entries, the PDF's /ID), so their bytes and ids differ from run to run, while which files share
   * their bytes does not.
   */
  private static Map<String, String> canonicalIds(DuckDb db, Path input) throws Exception {
    Map<String, String> ids = new LinkedHashMap<>();
    for (var row : db.query("SELECT report_id, min(source_file) AS first FROM " + db.table(TableSchemas.REPORTS) + " GROUP BY report_id")) {
      ids.put((String) row.get("report_id"), "bytes of " + ((String) row.get("first")).replace(input.toString(), INPUT_DIR));
    }
    return ids;
  }

  /** The table's rows as JSON, sorted, with the input folder written as {@value #INPUT_DIR} and ids made canonical. */
  private static List<String> rows(DuckDb db, String table, Path input, Map<String, String> ids) throws Exception {
    List<String> rows = new ArrayList<>();
    for (var row : db.query("SELECT CAST(to_json(t) AS VARCHAR) AS j, report_id FROM " + db.table(table) + " t")) {
      String id = (String) row.get("report_id");
      rows.add(withSortedWarnings(((String) row.get("j")).replace(id, ids.get(id)).replace(input.toString(), INPUT_DIR)));
    }
    rows.sort(null);
    return rows;
  }

  /**
   * The row with its warnings (the reports table's) in a canonical order: the section decoder lists some warnings
   * of a report (glued_row_split, row_unread) in an order that varies from run to run.
   */
  private static String withSortedWarnings(String row) throws IOException {
    JsonNode json = JSON.readTree(row);
    if (json.get("warnings") instanceof ArrayNode warnings) {
      List<JsonNode> sorted = new ArrayList<>();
      warnings.forEach(sorted::add);
      sorted.sort(Comparator.comparing(JsonNode::toString));
      warnings.removeAll().addAll(sorted);
    }
    return JSON.writeValueAsString(json);
  }
}
