package org.govdisclosure.extract.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.govdisclosure.extract.ProactiveExpected;
import org.govdisclosure.extract.ProcessedReport;
import org.govdisclosure.extract.ReportProcessor;
import org.govdisclosure.extract.evaluate.Evaluation;
import org.govdisclosure.extract.evaluate.GoldComparison;
import org.govdisclosure.extract.evaluate.GoldComparison.Field;
import org.govdisclosure.extract.spi.OutputColumns;
import org.junit.jupiter.api.Test;

/**
 * Generated reports with known values, published in every way the readers take in and blurred as publishing and
 * OCR blur labels, through {@link ReportProcessor}: per rendering kind, the share of the gold cells read must not fall
 * below its floor, and no value may come out wrong: neither a value that differs from the gold nor one in a cell the
 * rendering does not state (a sentence's figure put where it says nothing); a printed table that breaks an identity,
 * read whole, must be flagged by a check (its numbers output as printed). Renderings with a wrong value are written
 * to {@code target/renderings/} with their gold, to look at.
 */
class RenderingAccuracyTest {

  private static final ReportProcessor PROCESSOR = ReportProcessor.withRegistered();
  /**
   * Renderings per text kind; {@code -Drenderings.perKind=N} runs N of each (file kinds scaled alike) to hunt rare
   * wrong numbers from seed {@code -Drenderings.firstSeed} (0), and {@code -Drenderings.kinds=A,B} runs only those kinds. Every wrong value and every missed cell is
   * then listed in {@code target/renderings/scores.txt}.
   */
  private static final int RENDERINGS_PER_KIND = Integer.getInteger("renderings.perKind", 30);
  private static final String KINDS = System.getProperty("renderings.kinds", "");
  private static final long FIRST_SEED = Long.getLong("renderings.firstSeed", 0);
  /**
   * Word and PDF files take ten times longer to write and read than text: fewer of them keep the test fast. PDFs get
   * twice as many as Word, so that some of them print cells blank, whose places a PDF's text layer does not keep.
   */
  private static final Map<Rendering, Integer> RENDERINGS_PER_FILE_KIND =
      Map.of(Rendering.DOCX, RENDERINGS_PER_KIND / 5, Rendering.PDF, RENDERINGS_PER_KIND * 2 / 5,
          Rendering.PDF_BLANK_CELLS, RENDERINGS_PER_KIND * 2 / 5,
          Rendering.PDF_WRAPPED, RENDERINGS_PER_KIND * 2 / 5, Rendering.PDF_THREE_LINE, RENDERINGS_PER_KIND * 2 / 5);
  private static final Path OUT = Path.of("target/renderings");
  /** Section 二's value columns, of either template (the year's published total is no table's: not among them). */
  private static final List<String> PROACTIVE_VALUES = List.of("new_made", "new_published", "total_published", "issued",
      "repealed", "in_force", "items_previous_year", "items_change", "decisions", "fee_yuan");

  /** The share of gold cells each kind reads today, in percent: raise it as the readers improve. */
  private static final Map<Rendering, Double> FLOORS = new EnumMap<>(Map.ofEntries(
      Map.entry(Rendering.HTML, 100.0),
      Map.entry(Rendering.HTML_MERGED, 100.0),
      Map.entry(Rendering.DOCX, 100.0),
      Map.entry(Rendering.PDF, 100.0),
      Map.entry(Rendering.PDF_BLANK_CELLS, 100.0),
      Map.entry(Rendering.PDF_WRAPPED, 100.0),
      Map.entry(Rendering.WORD_TEXT_CELLS, 100.0),
      Map.entry(Rendering.PAGE_COPY_CELLS, 100.0),
      // Cut anywhere from section 二 on: the cells after the cut are not printed and count as unread.
      Map.entry(Rendering.PAGE_BEGINNING_CELLS, 47.0),
      // A later page starting inside section 三's table: the rows before it and every other section's cells unread.
      Map.entry(Rendering.PAGE_MIDDLE_ROWS, 49.9),
      Map.entry(Rendering.TRADITIONAL_TEXT_CELLS, 100.0),
      Map.entry(Rendering.PIPE_CELL_LINES, 100.0),
      Map.entry(Rendering.WORD_TEXT_TABBED, 100.0),
      Map.entry(Rendering.BAR_JOINED_TEXT, 100.0),
      Map.entry(Rendering.WORD_TEXT_MIXED_SEPARATORS, 100.0),
      Map.entry(Rendering.WORD_TEXT_DOUBLED_TABS, 100.0),
      Map.entry(Rendering.CSV_TEXT, 100.0),
      Map.entry(Rendering.CSV_QUOTED_TEXT, 100.0),
      Map.entry(Rendering.CSV_QUOTED_OTHER_SEPARATOR, 100.0),
      Map.entry(Rendering.KEY_VALUE_LINES, 98.2),
      Map.entry(Rendering.HEADED_BY_PART_TABBED, 100.0),
      Map.entry(Rendering.SHEET_CSV, 100.0),
      Map.entry(Rendering.TEXTRACT_CSV, 100.0),
      Map.entry(Rendering.UNSTRUCTURED_JSON, 100.0),
      Map.entry(Rendering.EXTRACTED_ROWS_TEXT, 100.0),
      Map.entry(Rendering.MARKUP_TABLES_TEXT, 100.0),
      Map.entry(Rendering.FORUM_BBCODE, 100.0),
      Map.entry(Rendering.BESIDE_LAST_YEAR_HTML, 100.0),
      // Spaced columns lose the year header: such tables stay unread.
      Map.entry(Rendering.BESIDE_LAST_YEAR_TEXT, 79.5),
      Map.entry(Rendering.CRAWLED_GLUED, 96.1),
      Map.entry(Rendering.CRAWLED_SPACED, 100.0),
      Map.entry(Rendering.CRAWLED_MIXED, 97.9),
      Map.entry(Rendering.PDF_MARKDOWN, 100.0),
      Map.entry(Rendering.PDF_MARKDOWN_MERGED_CELLS, 100.0),
      Map.entry(Rendering.PDF_TEXT_LINES, 100.0),
      Map.entry(Rendering.WRAPPED_AROUND_TEXT, 98.8),
      Map.entry(Rendering.PROSE_KEY_VALUE, 100.0),
      Map.entry(Rendering.PROSE_KEY_VALUE_VARIED, 100.0),
      Map.entry(Rendering.PROSE_RESPECTIVELY, 100.0),
      Map.entry(Rendering.PROSE_STATED_ORDER, 100.0),
      // Section 四's one line of counts after a blank cell written &nbsp; may stay unread, never misread.
      Map.entry(Rendering.PAGE_SOURCE_REFERENCES, 99.8),
      Map.entry(Rendering.MAIL_QUOTED_TABBED, 100.0),
      Map.entry(Rendering.PROSE_SUMMARY, 100.0),
      Map.entry(Rendering.PROSE_COUNT_FIRST, 100.0),
      Map.entry(Rendering.PROSE_OFFICE, 100.0),
      Map.entry(Rendering.PROSE_PROACTIVE, 99.7),
      Map.entry(Rendering.PROSE_PLAIN, 98.7),
      Map.entry(Rendering.MARKDOWN_TABLES, 100.0),
      // Half its section 二 tables placed as pdftotext places them, names wrapped: where the noise shifts a name off its
      // values, its table stays unread.
      Map.entry(Rendering.LAYOUT_TEXT, 99.2),
      // Its blank cells only gaps, each row's figures a character or two off the others' (labels padded to their own
      // widths): section 四's one line of figures under headers that do not stand over them stays unread; no figure
      // may land in another column or row.
      Map.entry(Rendering.LAYOUT_TEXT_BLANKS, 99.5),
      // Columns placed by the header's words and the page's figures; a figure set to its label with two columns left of
      // the next, a page after a break whose figures skip a column, and noised labels stay unread.
      Map.entry(Rendering.PDF_LAYOUT_GRID, 96.5),
      Map.entry(Rendering.POSITIONED_TEXT, 100.0),
      Map.entry(Rendering.GRID_TEXT, 100.0),
      Map.entry(Rendering.SPACED_TEXT, 99.4),
      Map.entry(Rendering.CAPTIONED_REVIEW_TEXT, 99.0),
      Map.entry(Rendering.WRAPPED_HEADER_TEXT, 99.7),
      // Rows without outer pipes: the header's first row read as text, its second as a row of cells, section 二's
      // sub-tables whose names so wrap stay unread.
      Map.entry(Rendering.WRAPPED_HEADER_MARKDOWN, 98.9),
      Map.entry(Rendering.SPACED_ITEM_BLANKS, 97.8),
      Map.entry(Rendering.MARKDOWN_HTML, 100.0),
      Map.entry(Rendering.LATEX_TABLES_MARKDOWN, 100.0),
      Map.entry(Rendering.DRAWN_MERGED_GRID_TEXT, 100.0),
      Map.entry(Rendering.PDF_THREE_LINE, 96.4),
      Map.entry(Rendering.HALVES_HTML, 100.0),
      Map.entry(Rendering.HTML_CSS_ROWS, 100.0),
      Map.entry(Rendering.HTML_CSS_GRID, 100.0),
      Map.entry(Rendering.CRAWLER_JSON, 100.0),
      Map.entry(Rendering.WORD_TEXT_NUMBERED, 100.0),
      Map.entry(Rendering.HTML_PLACED_RUNS, 99.7),
      Map.entry(Rendering.CMS_EDITOR_HTML, 100.0),
      Map.entry(Rendering.WORD_WEB_PAGE, 100.0),
      Map.entry(Rendering.HTML_BLOCK_CELLS, 100.0),
      Map.entry(Rendering.WEB_ARCHIVE, 100.0),
      Map.entry(Rendering.WORD_XML, 100.0),
      Map.entry(Rendering.HALVES_TEXT, 99.8),
      Map.entry(Rendering.HALVES_UNLABELLED_HTML, 100.0),
      // The unlabelled half as spaced columns (no table: its figures a line of digits) and CSV rows padded with empty
      // fields to the sheet's width (padding and a blank cell alike) stay unread.
      Map.entry(Rendering.HALVES_UNLABELLED_TEXT, 78.5),
      Map.entry(Rendering.CONTINUED_HTML, 100.0),
      Map.entry(Rendering.CONTINUED_TEXT, 99.8),
      Map.entry(Rendering.TOTAL_FIRST_HTML, 100.0),
      Map.entry(Rendering.TOTAL_FIRST_TEXT, 99.5),
      Map.entry(Rendering.ORGANISATIONS_FIRST_HTML, 100.0),
      Map.entry(Rendering.ORGANISATIONS_FIRST_TEXT, 99.5),
      // Its header printed again after a page break in part: without its last row, or wrapped in narrow cells.
      Map.entry(Rendering.SWAPPED_TEXT, 99.8),
      // Section 二's header words broken too: its items whose header names no column left empty.
      Map.entry(Rendering.BROKEN_HEADER_TEXT, 99.4),
      Map.entry(Rendering.TRANSPOSED_HTML, 100.0),
      Map.entry(Rendering.TRANSPOSED_TEXT, 99.9),
      Map.entry(Rendering.TRANSPOSED_FLATTENED_HTML, 100.0),
      Map.entry(Rendering.REVIEW_SHAPES_HTML, 100.0),
      Map.entry(Rendering.XLSX, 100.0),
      Map.entry(Rendering.PDF_DEFAULT_TEXT, 97.4),
      // Every count with its counter (自然人：19件): rows whose noised labels a reader matches to none stay unread.
      Map.entry(Rendering.KEY_VALUE_COUNTED_LINES, 94.2),
      Map.entry(Rendering.PROSE_RESPECTIVELY_CIRCLED, 100.0),
      // Labels that label noise spaced apart or left with an odd character are not seen as doubled: rows unread.
      Map.entry(Rendering.OVERPRINTED_TEXT, 95.9),
      Map.entry(Rendering.VIEWER_NUMBERED_LINES, 100.0),
      Map.entry(Rendering.SCREEN_READER_CELLS, 100.0),
      Map.entry(Rendering.DECORATED_KEY_VALUE_LINES, 96.3),
      // Structured exports: a 政府集中采购 amount printed with its unit (3.4万元) is no key path's value, and stays unread.
      Map.entry(Rendering.EXPORT_JSON_NESTED, 99.8),
      Map.entry(Rendering.EXPORT_JSON_ROWS, 100.0),
      Map.entry(Rendering.EXPORT_JSON_KEY_PATHS, 99.8),
      Map.entry(Rendering.EXPORT_YAML_BLOCK, 99.8),
      Map.entry(Rendering.EXPORT_YAML_FLOW, 99.8),
      Map.entry(Rendering.EXPORT_YAML_KEY_PATHS, 99.8),
      Map.entry(Rendering.EXPORT_XML_ATTRIBUTES, 99.8),
      Map.entry(Rendering.EXPORT_XML_ELEMENTS, 99.7)));

  /** One kind's score over its renderings. */
  private static final class KindScore {
    long cells;
    long read;
    long millis;
    final List<String> wrong = new ArrayList<>();
    /** Renderings read whole whose printed tables break an identity that no check flagged. */
    final List<String> unflagged = new ArrayList<>();
    /** Missing gold cells by field, the row-specific part dropped: where a kind loses most. */
    final Map<String, Integer> missing = new java.util.TreeMap<>();
    /** Every missed cell, with its rendering: the detail behind {@link #missing}. */
    final List<String> missed = new ArrayList<>();

    double share() {
      return cells == 0 ? 100 : 100.0 * read / cells;
    }
  }

  @Test
  void everyRenderingKindReadsItsFloorAndNoWrongValue() throws IOException {
    Map<Rendering, KindScore> scores = new EnumMap<>(Rendering.class);
    for (Rendering kind : Rendering.values()) {
      if (!KINDS.isEmpty() && !List.of(KINDS.split(",")).contains(kind.name())) {
        continue;
      }
      KindScore score = new KindScore();
      long start = System.nanoTime();
      int renderings = RENDERINGS_PER_FILE_KIND.getOrDefault(kind, RENDERINGS_PER_KIND);
      for (long seed = FIRST_SEED; seed < FIRST_SEED + renderings; seed++) {
        score(kind.render(seed), score);
      }
      score.millis = (System.nanoTime() - start) / 1_000_000;
      scores.put(kind, score);
    }
    System.out.print(table(scores));
    Files.createDirectories(OUT);
    StringBuilder all = new StringBuilder(table(scores));
    scores.forEach((kind, s) -> {
      s.wrong.forEach(w -> all.append("wrong ").append(w).append('\n'));
      s.missed.forEach(m -> all.append("missed ").append(m).append('\n'));
    });
    Files.writeString(OUT.resolve("scores.txt"), all);
    scores.forEach((kind, score) -> {
      assertThat(score.share()).as(kind + " share of cells read").isGreaterThanOrEqualTo(FLOORS.get(kind));
      assertThat(score.wrong).as(kind + " wrong values").isEmpty();
      assertThat(score.unflagged).as(kind + " printed tables that break an identity, not flagged").isEmpty();
    });
  }

  private static void score(Rendering.Rendered rendering, KindScore score) throws IOException {
    GeneratedReport report = rendering.report();
    ProcessedReport r = PROCESSOR.process(rendering.fileName(), rendering.bytes());
    List<String> wrong = new ArrayList<>();
    boolean tablesReadWhole = true;
    for (Field f : GoldComparison.compare(rendering.gold(), Evaluation.reportColumns(r), r.tables())) {
      if (f.inGold()) {
        score.cells++;
      }
      tablesReadWhole &= f.correct() || !f.name().startsWith("applications.") && !f.name().startsWith("review_litigation.");
      if (f.correct()) {
        score.read++;
      } else if (f.actual() != null) {
        wrong.add(rendering.fileName() + " " + f);
      } else {
        score.missing.merge(f.name().replaceFirst("\\.[a-z_]+$", ""), 1, Integer::sum);
        score.missed.add(rendering.fileName() + " " + f);
      }
    }
    wrong.addAll(unstated(rendering, r));
    ProactiveExpected.Comparison proactive =
        ProactiveExpected.compare(rendering.fileName(), proactiveGold(rendering), r.tables().getOrDefault("proactive", List.of()));
    score.cells += proactive.expected();
    score.read += proactive.read();
    proactive.missing().forEach(m -> {
      score.missing.merge("proactive", 1, Integer::sum);
      score.missed.add(rendering.fileName() + " proactive " + m);
    });
    wrong.addAll(proactive.wrong());
    if (!wrong.isEmpty()) {
      Files.createDirectories(OUT);
      Files.write(OUT.resolve(rendering.fileName()), rendering.bytes());
      Files.writeString(OUT.resolve(rendering.fileName() + ".gold.json"), rendering.gold().toPrettyString());
    }
    score.wrong.addAll(wrong);
    if (tablesReadWhole && breaksAnIdentity(rendering.gold(), report.template()) && r.checksFailed() == 0) {
      score.unflagged.add(rendering.fileName() + " (" + report.violation() + ")");
    }
  }

  /**
   * Whether the cells the rendering prints break an identity a person can check: a row's applicant columns against
   * its 总计, a column's detail rows against （七）总计, a proceeding's outcomes against its 总计 (cells printed blank
   * take part in none).
   */
  private static boolean breaksAnIdentity(JsonNode gold, String template) {
    JsonNode rows = gold.path("applications").path("rows");
    int columns = OutputColumns.APPLICATION_COLUMNS.size();
    List<String> details = TemplateRows.applications(template).stream().filter(TemplateRows.Row::isDetail).map(TemplateRows.Row::key).toList();
    for (int c = 0; c < columns; c++) {
      int column = c;
      if (sumBroken(details.stream().map(k -> rows.path(k).path(column)).toList(), rows.path("total").path(c))) {
        return true;
      }
    }
    for (JsonNode row : rows) {
      List<JsonNode> cells = new ArrayList<>();
      row.forEach(cells::add);
      if (cells.size() == columns && sumBroken(cells.subList(0, columns - 1), cells.get(columns - 1))) {
        return true;
      }
    }
    JsonNode review = gold.path("review_litigation").path("values");
    int outcomes = OutputColumns.OUTCOMES.size();
    for (int p = 0; p + outcomes <= review.size(); p += outcomes) {
      List<JsonNode> block = new ArrayList<>();
      for (int o = 0; o < outcomes - 1; o++) {
        block.add(review.get(p + o));
      }
      if (sumBroken(block, review.get(p + outcomes - 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean sumBroken(List<JsonNode> parts, JsonNode total) {
    if (!total.isInt() || parts.stream().anyMatch(v -> !v.isInt())) {
      return false;
    }
    return parts.stream().mapToInt(JsonNode::asInt).sum() != total.asInt();
  }

  /** Section 二's gold: what the rendering's sentences state where it writes them, else every printed cell. */
  private static JsonNode proactiveGold(Rendering.Rendered rendering) {
    JsonNode stated = rendering.gold().get("proactive");
    return stated != null ? stated : rendering.report().proactiveGold();
  }

  /**
   * Section 二 values in columns the rendering does not state (a sentence that does not name them): a guess, as
   * wrong as a misread number. Values the gold of sections 三 and 四 does not state are wrong fields of
   * {@link GoldComparison}.
   */
  static List<String> unstated(Rendering.Rendered rendering, ProcessedReport r) {
    List<String> wrong = new ArrayList<>();
    JsonNode proactive = proactiveGold(rendering);
    for (Map<String, Object> row : r.tables().getOrDefault("proactive", List.of())) {
      JsonNode gold = proactive.path(String.valueOf(row.get("item")));
      for (String column : PROACTIVE_VALUES) {
        if (row.get(column) != null && !gold.has(column)) {
          wrong.add(rendering.fileName() + " unstated proactive." + row.get("item") + "." + column + " = " + row.get(column));
        }
      }
    }
    return wrong;
  }

  private static String table(Map<Rendering, KindScore> scores) {
    StringBuilder b = new StringBuilder(String.format("%-18s %12s %8s %7s %7s%n", "rendering", "cells read", "share", "wrong", "ms"));
    scores.forEach((kind, s) -> b.append(String.format("%-18s %5d/%-6d %7.1f%% %7d %7d%n", kind, s.read, s.cells, s.share(), s.wrong.size(), s.millis)));
    scores.forEach((kind, s) -> {
      b.append(kind).append(" most missed: ");
      s.missing.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(6)
          .forEach(e -> b.append(e.getKey()).append(' ').append(e.getValue()).append("  "));
      b.append('\n');
      s.wrong.stream().limit(5).forEach(w -> b.append("  wrong: ").append(w).append('\n'));
      s.unflagged.stream().limit(5).forEach(w -> b.append("  unflagged: ").append(w).append('\n'));
    });
    return b.toString();
  }
}
