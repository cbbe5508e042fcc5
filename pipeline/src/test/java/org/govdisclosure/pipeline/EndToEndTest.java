package org.govdisclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.govdisclosure.extract.BadFiles;
import org.govdisclosure.extract.TestCorpus;
import org.govdisclosure.extract.evaluate.Gold;
import org.govdisclosure.extract.evaluate.GoldComparison;
import org.govdisclosure.extract.evaluate.GoldComparison.Field;
import org.govdisclosure.extract.HtmlPages;
import org.govdisclosure.extract.ProactiveExpected;
import org.govdisclosure.extract.ProactiveExpected.Comparison;
import org.govdisclosure.extract.read.ReportReader;
import org.govdisclosure.extract.region.Division;
import org.govdisclosure.extract.region.Gazetteer;
import org.govdisclosure.schemas.TableSchemas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real entry point, twice into the same output, on the seed reports plus every kind of bad input, and
 * reads the Parquet back through DuckDB as an analyst would.
 */
class EndToEndTest {

  static final Path CORPUS = Path.of("../extractors/src/test/resources/corpus");
  static final Path FORMATS = Path.of("../extractors/src/test/resources/formats");
  static final String FIRST_SEED = "000_aee1c35d317719c9.txt";
  /** A city government's own report: above the county level, so partitioned under county_code=000000. */
  static final String CITY_REPORT = "city-government.txt";

  @TempDir static Path work;
  static Path output;
  static List<Gold> seeds;
  /** Every input with gold values by file name: the seeds, and two of them again as a Word file and a PDF. */
  static final Map<String, Gold> labeled = new HashMap<>();
  static int inputs;

  @BeforeAll
  static void runPipelineTwice() throws Exception {
    Path input = Files.createDirectories(work.resolve("in"));
    output = work.resolve("out");
    seeds = TestCorpus.under(CORPUS, "seeds");
    for (Gold g : seeds) {
      Files.copy(g.report(), input.resolve(g.name()));
      labeled.put(g.name(), g);
    }
    Path word = copyAs(seeds.get(1), ".docx", input);
    copyAs(seeds.get(3), ".pdf", input);
    Files.write(input.resolve("scan.pdf"), BadFiles.imageOnlyPdf());
    Files.write(input.resolve("cut.docx"), BadFiles.truncated(Files.readAllBytes(word), 0.5));
    // Named as archives Beam would unpack by their extension; they must be told apart by their bytes instead.
    Files.write(input.resolve("report.txt.gz"), BadFiles.gzipped(Files.readAllBytes(input.resolve(FIRST_SEED))));
    Files.write(input.resolve("attachments.zip"), BadFiles.zipNotDocx());
    Path first = input.resolve(FIRST_SEED);
    Files.copy(first, input.resolve("copy-of-000.txt"));
    Files.write(input.resolve("empty.txt"), new byte[0]);
    Files.writeString(input.resolve("whitespace.txt"), " \n\t\n");
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    Files.write(input.resolve("noise.txt"), noise);
    noise[0] = (byte) 0xFF;
    noise[1] = (byte) 0xD8;
    noise[2] = (byte) 0xFF;
    Files.write(input.resolve("photo.txt"), noise);
    Files.writeString(input.resolve("recipe.txt"), "红烧肉做法\n五花肉切块，焯水，加糖炒色。\n");
    byte[] damaged = Files.readAllBytes(CORPUS.resolve("seeds/004_d7ed800fb9a05f29.txt"));
    damaged[200] = (byte) 0xFF;
    Files.write(input.resolve("damaged-utf8.txt"), damaged);
    String page = HtmlPages.of(new ReportReader().read(Files.readAllBytes(CORPUS.resolve("seeds/002_dcbb887661dae0ee.txt"))).document());
    Files.write(input.resolve("truncated.html"), page.substring(0, page.length() * 2 / 5).getBytes(Charset.forName("GBK")));
    try (RandomAccessFile huge = new RandomAccessFile(input.resolve("huge.txt").toFile(), "rw")) {
      huge.setLength(200L * 1024 * 1024);
    }
    // another issuer than the seed's (a second 2020 report of 岛石镇 would leave its carry-over check no pair)
    Files.writeString(input.resolve("traversal.txt"), Files.readString(first)
        .replace("岛石镇2020信息公开工作年度报告", "../../etc/" + ExplodingExtractor.TRIGGER + "/某某镇2020信息公开工作年度报告"));
    Files.writeString(input.resolve("previous-year.txt"), previousYearReport());
    Files.writeString(input.resolve(CITY_REPORT), "淮安市2021年政府信息公开工作年度报告\n一、总体情况\n"
        + "2021年,淮安市人民政府认真贯彻落实《中华人民共和国政府信息公开条例》。\n淮安市人民政府\n");
    try (Stream<Path> files = Files.list(input)) {
      inputs = (int) files.count();
    }
    String[] args = {"--input=" + input, "--output=" + output};
    ReportPipeline.main(args);
    ReportPipeline.main(args);
  }

  /** Copies the seed's committed Word or PDF version (extension {@code ext}) into {@code input}. */
  private static Path copyAs(Gold seed, String ext, Path input) throws Exception {
    String name = stem(seed) + ext;
    labeled.put(name, seed);
    return Files.copy(FORMATS.resolve(name), input.resolve(name));
  }

  private static String stem(Gold g) {
    return g.name().substring(0, g.name().lastIndexOf('.'));
  }

  /** 岛石镇's report for 2019 (2019 template, tab-separated), carrying 2 applications forward into 2020. */
  private static String previousYearReport() {
    StringBuilder b = new StringBuilder("岛石镇2019年政府信息公开工作年度报告\n一、总体情况\n我镇依托临安门户网站做好公开。\n");
    b.append("三、收到和处理政府信息公开申请情况\n");
    b.append("一、本年新收政府信息公开申请数量\t2\t0\t0\t0\t0\t0\t2\n");
    b.append("二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\n");
    b.append("三、本年度办理结果\t（一）予以公开\t0\t0\t0\t0\t0\t0\t0\n");
    b.append("（七）总计\t0\t0\t0\t0\t0\t0\t0\n");
    b.append("四、结转下年度继续办理\t2\t0\t0\t0\t0\t0\t2\n");
    return b.toString();
  }

  private static Map<String, Map<String, Object>> reportsByFile(DuckDb db) throws Exception {
    Map<String, Map<String, Object>> byFile = new HashMap<>();
    for (Map<String, Object> r : db.query("SELECT *, warnings[1].code AS first_warning, "
        + "list_transform(warnings, w -> w.code) AS codes FROM " + db.table("reports"))) {
      byFile.put(Path.of((String) r.get("source_file")).getFileName().toString(), r);
    }
    return byFile;
  }

  @Test
  void everyInputHasExactlyOneReportRowAndEveryDataRowItsReport() throws Exception {
    try (DuckDb db = new DuckDb(output)) {
      assertThat(db.count("SELECT count(*) FROM " + db.table("reports"))).isEqualTo(inputs);
      assertThat(db.count("SELECT count(DISTINCT source_file) FROM " + db.table("reports"))).isEqualTo(inputs);
      for (String table : TableSchemas.TABLES.stream().filter(t -> !t.equals(TableSchemas.REPORTS)).toList()) {
        assertThat(db.count("SELECT count(*) FROM " + db.table(table) + " t WHERE NOT EXISTS (SELECT 1 FROM "
            + db.table("reports") + " r WHERE r.report_id = t.report_id)")).as(table).isZero();
      }
    }
  }

  @Test
  void badInputsGetAStatusAndAReason() throws Exception {
    try (DuckDb db = new DuckDb(output)) {
      Map<String, Map<String, Object>> reports = reportsByFile(db);
      Map<String, String> expected = Map.of(
          "empty.txt", "unreadable/empty",
          "whitespace.txt", "unreadable/empty",
          "noise.txt", "unreadable/binary",
          "photo.txt", "unreadable/corrupt", // JPEG's magic number, then noise: a damaged picture
          "huge.txt", "unreadable/too_large",
          "scan.pdf", "unreadable/no_text_layer",
          "cut.docx", "unreadable/corrupt",
          "report.txt.gz", "unreadable/binary",
          "attachments.zip", "unreadable/binary",
          "recipe.txt", "not_a_report/not_a_report");
      expected.forEach((file, status) -> assertThat(reports.get(file).get("status") + "/" + reports.get(file).get("first_warning")).as(file).isEqualTo(status));
      assertThat(reports.get("truncated.html")).containsEntry("format", "html").containsEntry("encoding", "GB18030").containsEntry("status", "partial");
      assertThat(reports.get("damaged-utf8.txt")).containsEntry("status", "extracted").containsEntry("encoding", "UTF-8");
      assertThat(reports.get(stem(seeds.get(1)) + ".docx")).containsEntry("status", "extracted").containsEntry("format", "docx");
      assertThat(reports.get(stem(seeds.get(3)) + ".pdf")).containsEntry("status", "extracted").containsEntry("format", "pdf");
      assertThat(reports.get("damaged-utf8.txt").get("codes").toString()).contains("invalid_bytes");
    }
  }

  @Test
  void aFailingExtractorMarksOnlyItsReportPartial() throws Exception {
    try (DuckDb db = new DuckDb(output)) {
      Map<String, Map<String, Object>> reports = reportsByFile(db);
      assertThat(reports.get("traversal.txt")).containsEntry("status", "partial");
      assertThat(reports.get("traversal.txt").get("codes").toString()).contains("extractor_failed");
      for (Gold seed : seeds) {
        assertThat(reports.get(seed.name()).get("codes").toString()).doesNotContain("extractor_failed");
      }
    }
  }

  @Test
  void duplicateFilesAreBothReportedButTheirRowsWrittenOnce() throws Exception {
    try (DuckDb db = new DuckDb(output)) {
      Map<String, Map<String, Object>> reports = reportsByFile(db);
      Object id = reports.get(FIRST_SEED).get("report_id");
      assertThat(reports.get("copy-of-000.txt")).containsEntry("report_id", id).containsEntry("status", "duplicate");
      assertThat(reports.get(FIRST_SEED)).containsEntry("status", "extracted");
      assertThat(db.count("SELECT count(*) FROM " + db.table("applications") + " WHERE report_id = '" + id + "'")).isEqualTo(23);
      assertThat(db.count("SELECT count(DISTINCT source_file) FROM " + db.table("applications") + " WHERE report_id = '" + id + "'")).isOne();
    }
  }

  @Test
  void partitionsComeOnlyFromValidatedCodes() throws Exception {
    try (Stream<Path> files = Files.walk(output)) {
      List<String> parquet = files.filter(p -> p.toString().endsWith(".parquet")).map(p -> output.relativize(p).toString()).toList();
      assertThat(parquet).isNotEmpty().allMatch(p -> p.matches("[a-z_]+/year=\\d{1,4}/county_code=\\d{6}/part-[^/]+\\.parquet"));
    }
  }

  @Test
  void theIssuersOwnDivisionComesBackThroughDuckDb() throws Exception {
    Gazetteer gazetteer = Gazetteer.bundled();
    try (DuckDb db = new DuckDb(output)) {
      Map<String, Map<String, Object>> reports = reportsByFile(db);
      for (Gold seed : seeds) {
        String county = seed.json().get("county_code").asText();
        String township = seed.json().get("township").asText();
        List<String> codes = gazetteer.divisions().stream()
            .filter(d -> d.name().equals(township) && d.code().startsWith(county)).map(Division::code).toList();
        assertThat(codes).as(seed.name()).hasSize(1);
        assertThat(reports.get(seed.name())).as(seed.name())
            .containsEntry("division_code", codes.get(0)).containsEntry("division_level", "township");
      }
      assertThat(reports.get(CITY_REPORT)).containsEntry("county_code", TableSchemas.UNKNOWN_COUNTY)
          .containsEntry("division_code", "320800").containsEntry("division_level", "city")
          .containsEntry("organization", "淮安市人民政府").containsEntry("sector", "government")
          .containsEntry("department", null);
      assertThat(reports.get("empty.txt")).containsEntry("division_code", null).containsEntry("division_level", null);
      assertThat(db.count("SELECT count(*) FROM " + db.table("applications") + " WHERE division_code IS NULL")).isZero();
    }
  }

  @Test
  void carryForwardIsCheckedAgainstTheNextYearsReport() throws Exception {
    try (DuckDb db = new DuckDb(output)) {
      List<Map<String, Object>> rows = db.query("SELECT source_file, status, expected, actual FROM " + db.table("checks")
          + " WHERE \"check\" = 'carry_over_next_year' AND scope = 'total 2019->2020'");
      assertThat(rows).extracting(r -> Path.of((String) r.get("source_file")).getFileName().toString())
          .containsExactlyInAnyOrder("previous-year.txt", FIRST_SEED);
      assertThat(rows).allSatisfy(r -> assertThat(r).containsEntry("status", "fail").containsEntry("expected", "2").containsEntry("actual", "0"));
    }
  }

  @Test
  void seedValuesComeBackExactlyThroughDuckDb() throws Exception {
    try (DuckDb db = new DuckDb(output)) {
      for (Map.Entry<String, Gold> file : labeled.entrySet()) {
        Gold gold = file.getValue();
        String where = " WHERE source_file LIKE '%/" + file.getKey() + "'";
        Map<String, Object> report = db.query("SELECT * FROM " + db.table("reports") + where).get(0);
        Map<String, List<Map<String, Object>>> tables = new HashMap<>();
        for (String t : List.of("procurement", "applications", "review_litigation")) {
          tables.put(t, db.query("SELECT * FROM " + db.table(t) + where));
        }
        List<Field> wrong = GoldComparison.compare(gold.json(), report, tables).stream()
            .filter(f -> !f.correct())
            .toList();
        assertThat(wrong).as(file.getKey()).isEmpty();
      }
    }
  }

  @Test
  void proactiveRowsComeBackThroughDuckDbAsReadFromTheSeeds() throws Exception {
    Map<String, JsonNode> expected = ProactiveExpected.reports(CORPUS);
    try (DuckDb db = new DuckDb(output)) {
      for (Gold gold : seeds) {
        List<Map<String, Object>> rows = db.query("SELECT * FROM " + db.table("proactive") + " WHERE source_file LIKE '%/" + gold.name() + "'");
        Comparison c = ProactiveExpected.compare(gold.name(), expected.get("seeds/" + gold.name()), rows);
        assertThat(c.missing()).as(gold.name()).isEmpty();
        assertThat(c.wrong()).as(gold.name()).isEmpty();
      }
      Map<String, Object> types = new HashMap<>();
      for (Map<String, Object> r : db.query("DESCRIBE SELECT * FROM " + db.table("proactive"))) {
        types.put((String) r.get("column_name"), r.get("column_type"));
      }
      assertThat(types).containsEntry("fee_yuan", "DECIMAL(20,2)").containsEntry("items_change", "INTEGER")
          .containsEntry("published_count", "INTEGER").containsEntry("item", "VARCHAR");
    }
  }

  @Test
  void columnTypesAreWhatAnalystsExpect() throws Exception {
    try (DuckDb db = new DuckDb(output)) {
      Map<String, Object> types = new HashMap<>();
      for (Map<String, Object> r : db.query("DESCRIBE SELECT * FROM " + db.table("procurement"))) {
        types.put((String) r.get("column_name"), r.get("column_type"));
      }
      assertThat(types).containsEntry("amount_yuan", "DECIMAL(20,2)")
          .containsEntry("item_count", "INTEGER")
          .containsEntry("year", "INTEGER")
          .containsEntry("county_code", "VARCHAR")
          .containsEntry("division_code", "VARCHAR")
          .containsEntry("division_level", "VARCHAR");
    }
  }

  @Test
  void theRunSummaryCountsEveryFile() throws Exception {
    JsonNode summary = new ObjectMapper().readTree(output.resolve(RunSummary.FILE_NAME).toFile());
    assertThat(summary.get("files").asInt()).isEqualTo(inputs);
    assertThat(summary.path("status").path("duplicate").asInt()).isOne();
    assertThat(summary.path("status").path("unreadable").asInt()).isEqualTo(9);
    int statuses = 0;
    for (JsonNode n : summary.get("status")) {
      statuses += n.asInt();
    }
    assertThat(statuses).as("files by status").isEqualTo(inputs);
  }

  @Test
  void theRunSummaryCountsFailedChecksAsTheChecksTableListsThem() throws Exception {
    JsonNode summary = new ObjectMapper().readTree(output.resolve(RunSummary.FILE_NAME).toFile());
    Map<String, Long> counted = new HashMap<>();
    summary.path("checks_failed").fields().forEachRemaining(e -> counted.put(e.getKey(), e.getValue().asLong()));
    Map<String, Long> listed = new HashMap<>();
    try (DuckDb db = new DuckDb(output)) {
      for (Map<String, Object> r : db.query("SELECT \"check\", count(*) AS n FROM " + db.table("checks")
          + " WHERE status = 'fail' GROUP BY \"check\"")) {
        listed.put((String) r.get("check"), ((Number) r.get("n")).longValue());
      }
    }
    // The run holds a copy of a seed (its checks are written once) and a cross-year failure: both must agree.
    assertThat(listed).containsKey("carry_over_next_year");
    assertThat(counted).isEqualTo(listed);
  }
}
