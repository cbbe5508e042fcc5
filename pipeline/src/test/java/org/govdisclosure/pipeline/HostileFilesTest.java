package org.govdisclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.govdisclosure.extract.HostileFiles;
import org.govdisclosure.extract.HtmlPages;
import org.govdisclosure.extract.TestCorpus;
import org.govdisclosure.extract.evaluate.Gold;
import org.govdisclosure.extract.read.ReportReader;
import org.govdisclosure.schemas.TableSchemas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files mixed with good reports, through the real entry point on the direct runner and on Flink embedded
 * in this JVM: every input gets exactly one {@code reports} row with the right status and reason, and the good
 * reports' rows are exactly those of a run without the hostile files.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class HostileFilesTest {

  static final Path CORPUS = Path.of("../extractors/src/test/resources/corpus");
  static final Path FORMATS = Path.of("../extractors/src/test/resources/formats");
  /** More than any Java array can hold: a file this big can only have been hashed as a stream. */
  static final long UNHOLDABLE_BYTES = (1L << 31) + 1;
  /** CPU seconds: ample for reading the hostile files; the hanging one is stopped when this much clock passes idle. */
  static final String TIMEOUT_SECONDS = "5";

  @TempDir static Path work;
  static Path input;
  static List<String> goodFiles;
  /** Expected "status/reason" (the first warning) of each hostile file, or the status alone. */
  static final Map<String, String> expected = new LinkedHashMap<>();
  static Path goodOnly;
  static Path direct;
  static Path flink;

  @BeforeAll
  static void runWithAndWithoutHostileFiles() throws Exception {
    input = Files.createDirectories(work.resolve("in"));
    List<Gold> seeds = TestCorpus.under(CORPUS, "seeds");
    for (Gold g : seeds) {
      Files.copy(g.report(), input.resolve(g.name()));
    }
    copyFormat(seeds.get(1), ".docx");
    copyFormat(seeds.get(3), ".pdf");
    goodFiles = files();
    goodOnly = work.resolve("good-only");
    run(goodOnly);

    Gold seed = seeds.get(2);
    String text = Files.readString(seed.report());
    String page = HtmlPages.of(new ReportReader().read(Files.readAllBytes(seed.report())).document());
    Charset gbk = Charset.forName("GBK");
    hostile("deep-divs.html", HostileFiles.nested(page, "<div>", "</div>", 10_000).getBytes(gbk), "extracted");
    hostile("unclosed-tags.html", HostileFiles.unclosed(page, "<div>", 200_000).getBytes(gbk), "extracted");
    hostile("nested-tables.html", HostileFiles.nested(page, "<table><tr><td>", "</td></tr></table>", 5_000).getBytes(gbk), "extracted");
    byte[] pdf = Files.readAllBytes(FORMATS.resolve(stem(seed) + ".pdf"));
    hostile("deep-page-tree.pdf", HostileFiles.deepPageTree(pdf, 20_000), "unreadable/too_deep");
    hostile("utf16le.txt", text.getBytes(StandardCharsets.UTF_16LE), "extracted");
    hostile("utf16be.txt", text.getBytes(StandardCharsets.UTF_16BE), "extracted");
    hostile("stray-nul.txt", HostileFiles.withStrayNuls(text, StandardCharsets.UTF_8), "extracted");
    hostile("hangs.txt", (HangingExtractor.TRIGGER + text).getBytes(StandardCharsets.UTF_8), "unreadable/timeout");
    hostile("long-text.txt", "信息公开\n".repeat(1_500_000).getBytes(StandardCharsets.UTF_8), "unreadable/too_large");
    try (RandomAccessFile sparse = new RandomAccessFile(input.resolve("unholdable.txt").toFile(), "rw")) {
      sparse.setLength(UNHOLDABLE_BYTES);
    }
    expected.put("unholdable.txt", "unreadable/too_large");

    direct = work.resolve("direct");
    run(direct);
    flink = work.resolve("flink");
    run(flink, "--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2");
  }

  private static void copyFormat(Gold seed, String ext) throws Exception {
    Files.copy(FORMATS.resolve(stem(seed) + ext), input.resolve(stem(seed) + ext));
  }

  private static String stem(Gold g) {
    return g.name().substring(0, g.name().lastIndexOf('.'));
  }

  private static void hostile(String name, byte[] bytes, String outcome) throws Exception {
    Files.write(input.resolve(name), bytes);
    expected.put(name, outcome);
  }

  private static List<String> files() throws Exception {
    try (Stream<Path> files = Files.list(input)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static void run(Path output, String... runner) throws Exception {
    List<String> args = new java.util.ArrayList<>(List.of("--input=" + input, "--output=" + output,
        "--fileTimeoutSeconds=" + TIMEOUT_SECONDS, "--maxFileBytes=" + (1L << 30)));
    args.addAll(List.of(runner));
    ReportPipeline.main(args.toArray(String[]::new));
  }

  private static Map<String, Map<String, Object>> reportsByFile(DuckDb db) throws Exception {
    Map<String, Map<String, Object>> byFile = new HashMap<>();
    for (Map<String, Object> r : db.query("SELECT *, warnings[1].code AS reason, list_transform(warnings, w -> w.code) AS codes FROM "
        + db.table(TableSchemas.REPORTS))) {
      assertThat(byFile.put(Path.of((String) r.get("source_file")).getFileName().toString(), r)).as("a second row").isNull();
    }
    return byFile;
  }

  @Test
  void everyInputHasExactlyOneReportRowWithTheRightStatusAndReason() throws Exception {
    for (Path output : List.of(direct, flink)) {
      try (DuckDb db = new DuckDb(output)) {
        Map<String, Map<String, Object>> reports = reportsByFile(db);
        assertThat(reports.keySet()).as(output.toString()).containsExactlyInAnyOrderElementsOf(files());
        expected.forEach((file, outcome) -> {
          Map<String, Object> r = reports.get(file);
          String actual = outcome.contains("/") ? r.get("status") + "/" + r.get("reason") : (String) r.get("status");
          assertThat(actual).as("%s in %s: %s", file, output, r.get("warnings")).isEqualTo(outcome);
        });
        assertThat(reports.get("utf16le.txt")).containsEntry("encoding", "UTF-16LE");
        assertThat(reports.get("utf16be.txt")).containsEntry("encoding", "UTF-16BE");
        assertThat(reports.get("stray-nul.txt").get("codes").toString()).contains("nul_bytes");
      }
    }
  }

  @Test
  void aFileTooLargeToHoldIsHashedAsAStream() throws Exception {
    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    try (InputStream in = new DigestInputStream(Files.newInputStream(input.resolve("unholdable.txt")), sha256)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    String id = java.util.HexFormat.of().formatHex(sha256.digest());
    try (DuckDb db = new DuckDb(direct)) {
      Map<String, Object> r = reportsByFile(db).get("unholdable.txt");
      assertThat(r).containsEntry("report_id", id);
      assertThat(r.get("warnings").toString()).contains("not extracted", "never held in memory");
    }
  }

  @Test
  void theGoodReportsRowsAreThoseOfARunWithoutTheHostileFiles() throws Exception {
    String good = goodFiles.stream().map(f -> "'" + input.toAbsolutePath().resolve(f) + "'").collect(Collectors.joining(", "));
    for (Path output : List.of(direct, flink)) {
      try (DuckDb a = new DuckDb(goodOnly); DuckDb b = new DuckDb(output)) {
        for (String table : TableSchemas.TABLES) {
          String left = "SELECT * FROM " + a.table(table) + " WHERE source_file IN (" + good + ")";
          String right = "SELECT * FROM " + b.table(table) + " WHERE source_file IN (" + good + ")";
          long rows = a.count("SELECT count(*) FROM (" + left + ")");
          assertThat(b.count("SELECT count(*) FROM (" + right + ")")).as("%s rows in %s", table, output).isEqualTo(rows);
          assertThat(a.query(left + " EXCEPT ALL " + right)).as("%s in %s, instead of %s", table, output, b.query(right + " EXCEPT ALL " + left)).isEmpty();
        }
        assertThat(a.count("SELECT count(*) FROM " + a.table(TableSchemas.REPORTS))).isEqualTo(goodFiles.size());
      }
    }
  }
}
