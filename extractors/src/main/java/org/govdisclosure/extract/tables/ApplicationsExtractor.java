package org.govdisclosure.extract.tables;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Table;
import org.govdisclosure.extract.prose.ProseFallback;
import org.govdisclosure.extract.prose.Topic;
import org.govdisclosure.extract.section.Sections;
import org.govdisclosure.extract.spi.OutputColumns;
import org.govdisclosure.extract.spi.ReportContext;
import org.govdisclosure.extract.spi.SectionExtractor;
import org.govdisclosure.extract.spi.Template;
import org.govdisclosure.extract.spi.Warning;
import org.govdisclosure.extract.tables.SectionTokens.Token;
import org.govdisclosure.extract.template.DoubledCharacters;
import org.govdisclosure.extract.template.NationalTemplate;
import org.govdisclosure.extract.template.NationalTemplate.Matrix;
import org.govdisclosure.extract.template.TemplateRow;
import org.govdisclosure.extract.value.Numerals;

/**
 * Section 三: the matrix of applications by outcome (rows) and applicant type (columns), read by aligning whatever
 * the reader produced with the template's rows ({@link SectionDecoder}). Without a table, what the report's
 * sentences state of it ({@link ProseFallback}).
 */
public final class ApplicationsExtractor implements SectionExtractor {

  private static final List<String> COLUMNS = OutputColumns.APPLICATION_COLUMNS;
  private static final Matrix MATRIX_2019 = NationalTemplate.of(Template.T2019).applications();
  private static final Matrix MATRIX_2021 = NationalTemplate.of(Template.T2021).applications();
  /** The wordings of the rows only the 2021 template has (its three rows under （六）其他处理). */
  private static final List<String> ROWS_ONLY_2021 = phrasesOfRowsOnlyIn(MATRIX_2021, MATRIX_2019);
  /** The wording of the row only the 2019 template has (its single row （六）其他处理). */
  private static final List<String> ROWS_ONLY_2019 = phrasesOfRowsOnlyIn(MATRIX_2019, MATRIX_2021);
  private static final int LONGEST_ROW_ONLY_2019 = ROWS_ONLY_2019.stream().mapToInt(String::length).max().orElse(0);

  private static List<String> phrasesOfRowsOnlyIn(Matrix template, Matrix other) {
    return template.rows().stream()
        .filter(r -> other.rows().stream().noneMatch(o -> o.key().equals(r.key())))
        .flatMap(r -> r.phrases().stream())
        .toList();
  }

  @Override
  public String table() {
    return "applications";
  }

  @Override
  public List<Map<String, Object>> extract(ReportContext context) {
    List<Block> blocks = YearColumns.thisYears(context.sections().blocks(Sections.APPLICATIONS), context);
    Reading allBlocks = read(blocks, context);
    Reading reading = allBlocks;
    List<Block> grids = YearColumns.thisYears(context.sections().tables(Sections.APPLICATIONS), context);
    // A section of grids alone reads the same twice. A header printed apart from the grids that says where each column
    // is, or that a 小计 is among them, decides: the grids read without it would place their cells in the template's
    // order.
    if (!grids.isEmpty() && grids.size() < blocks.size() && !reading.placedByHeader()) {
      Reading gridsOnly = read(grids, context);
      reading = gridsOnly.cellsRead() >= reading.cellsRead() ? gridsOnly : reading;
    }
    Reading detail = widestGridAlone(grids, context);
    if (detail != null && detail.cellsRead() > reading.cellsRead()) {
      reading = detail;
    }
    reading.warnings().forEach(w -> context.warn(w.code(), w.message()));
    if (!reading.headed() && TotalColumn.printedElsewhere(reading.rows().values(), COLUMNS.size())) {
      context.warn("total_column_elsewhere", "section 三: no header, no row's last cell is the"
          + " sum of its others and some row's other cell is: the columns are printed in another order; left empty");
      reading = reading.emptied();
    }
    List<Map<String, Object>> out = new ArrayList<>();
    reading.rows().forEach((row, counts) -> out.add(record(row, counts)));
    if (!out.isEmpty()) {
      warnMissingRows(reading.template().rows(), reading.rows(), context);
    }
    return ProseFallback.complete(Topic.APPLICATIONS, COLUMNS, out, uncertainRows(reading, allBlocks), context);
  }

  /**
   * A table printed twice, a summary (a column or a few rows of it) and the full detail: read together, their rows
   * repeat and neither is placed. The widest grids, read alone, are the detail, where every other grid is narrower (an
   * extract of it) and nothing the others read alone differs from it, and where the widest are several, they are one
   * table parted by page breaks: no row read in two of them (never a second full table such as the year before's);
   * null otherwise.
   */
  private static Reading widestGridAlone(List<Block> grids, ReportContext context) {
    int width = grids.stream().mapToInt(ApplicationsExtractor::width).max().orElse(0);
    List<Block> widest = grids.stream().filter(b -> width(b) == width).toList();
    if (widest.size() == grids.size() || widest.size() > 1 && !partsOfOneTable(widest, context)) {
      return null;
    }
    Reading detail = read(widest, context);
    for (Block b : grids) {
      if (!widest.contains(b) && !agrees(read(List.of(b), context), detail)) {
        return null;
      }
    }
    return detail;
  }

  private static int width(Block b) {
    return b instanceof Table t ? t.rows().stream().mapToInt(r -> r.cells().size()).max().orElse(0) : 0;
  }

  /** Whether no row is read in two of the grids, each read alone: one table's parts, each printing rows of its own. */
  private static boolean partsOfOneTable(List<Block> grids, ReportContext context) {
    Set<TemplateRow> read = new HashSet<>();
    for (Block b : grids) {
      for (Map.Entry<TemplateRow, List<Integer>> e : read(List.of(b), context).rows().entrySet()) {
        if (e.getValue() != null && !read.add(e.getKey())) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether every cell {@code other} reads is the one {@code detail} reads in its row and column. */
  private static boolean agrees(Reading other, Reading detail) {
    for (Map.Entry<TemplateRow, List<Integer>> e : other.rows().entrySet()) {
      List<Integer> mine = e.getValue();
      if (mine == null) {
        continue;
      }
      List<Integer> theirs = detail.rows().get(e.getKey());
      for (int c = 0; c < mine.size(); c++) {
        if (mine.get(c) != null && (theirs == null || !mine.get(c).equals(theirs.get(c)))) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The rows whose cells stay uncertain in the reading kept, and those uncertain read from all the section's blocks
   * that the grids alone, where kept, do not print: such a row's line between the grids (a label and a lone figure a
   * layout left unplaced) is the table's, no sentence stating the row's total.
   */
  private static Set<String> uncertainRows(Reading kept, Reading allBlocks) {
    Set<String> uncertain = new HashSet<>();
    kept.rows().forEach((row, counts) -> {
      if (counts == null) {
        uncertain.add(row.key());
      }
    });
    allBlocks.rows().forEach((row, counts) -> {
      if (counts == null && !kept.rows().containsKey(row)) {
        uncertain.add(row.key());
      }
    });
    return uncertain;
  }

  /**
   * What the decoder made of some of the section's blocks, with the warnings it would give, and whether a column header
   * placed its cells (naming them in its own order, or a 小计 among them), and whether any header names columns.
   */
  private record Reading(Matrix template, Map<TemplateRow, List<Integer>> rows, List<Warning> warnings, boolean placedByHeader,
      boolean headed) {

    long cellsRead() {
      return rows.values().stream().filter(Objects::nonNull).flatMap(List::stream).filter(Objects::nonNull).count();
    }

    /** This reading with every row's cells left empty. */
    Reading emptied() {
      Map<TemplateRow, List<Integer>> empty = new LinkedHashMap<>();
      rows.keySet().forEach(row -> empty.put(row, null));
      return new Reading(template, empty, warnings, placedByHeader, headed);
    }
  }

  /**
   * The section read from {@code blocks}. A section is read twice, from its grids alone (the paragraphs between them
   * then being page text) and from all its blocks (labels printed as headings or lines, values in grids or text), and
   * the reading with more cells kept. The tokens are cut by the rows of the report's template (a 2021 row's label wrapped
   * below its ordinal names a row only there), the 2019 one's when the report's is unknown; the rows printed then
   * decide which template the table is read by.
   */
  private static Reading read(List<Block> blocks, ReportContext context) {
    ReportContext trial = new ReportContext(context.document(), context.sections(), context.template(), context.year());
    List<Token> tokens = SectionTokens.of(blocks, context.template() == Template.T2021 ? MATRIX_2021 : MATRIX_2019, context);
    Matrix template = template(context, tokens);
    Map<TemplateRow, List<Integer>> rows = SectionDecoder.rows(tokens, template, trial);
    boolean subtotal = tokens.stream().anyMatch(t -> t.isHeader() && t.columns().contains(Token.SUBTOTAL));
    return new Reading(template, rows, trial.warnings(), subtotal || NamedColumns.placedByHeader(trial.warnings()),
        tokens.stream().anyMatch(Token::isHeader));
  }

  /**
   * The rows section 三 prints: the 2021 template's wherever its own rows show, also in a report whose other sections
   * keep the 2019 template's wording (all of their wordings, or one where （六）其他处理 prints no counts of its own);
   * the 2019 template's where a 2021 report's table keeps that template's single row （六）其他处理, its counts right
   * after its label, and none of the 2021 rows under it; otherwise the report's template's.
   */
  private static Matrix template(ReportContext context, List<Token> tokens) {
    if (context.template() == Template.T2021 && !printsRowOnly2019(tokens)) {
      return MATRIX_2021; // most 2021 reports: one scan of the labels, no text joined
    }
    StringBuilder text = new StringBuilder();
    tokens.forEach(t -> text.append(t.text()));
    if (context.template() == Template.T2021) {
      return ROWS_ONLY_2021.stream().noneMatch(p -> text.indexOf(p) >= 0) ? MATRIX_2019 : MATRIX_2021;
    }
    // every 2021 row's wording printed, or one of them where （六）其他处理 holds no counts of its own (a misprint may
    // have taken the others' wording): 2021's rows under it
    return ROWS_ONLY_2021.stream().allMatch(p -> text.indexOf(p) >= 0)
        || ROWS_ONLY_2021.stream().anyMatch(p -> text.indexOf(p) >= 0) && !printsRowOnly2019(tokens) ? MATRIX_2021 : MATRIX_2019;
  }

  /**
   * Whether a label ending in the 2019 template's own row's wording is followed by a count, not by another label: blank
   * cells and a unit column's counter (件) may stand between.
   */
  private static boolean printsRowOnly2019(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.isValue() && !t.isHeader() && endsWithRowOnly2019(t.text())) {
        int next = i + 1;
        while (next < tokens.size() && !tokens.get(next).isValue()
            && (tokens.get(next).text().isBlank() || Numerals.COUNTERS.contains(tokens.get(next).text()))) {
          next++;
        }
        if (next < tokens.size() && tokens.get(next).isValue()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a label ends in the 2019 template's own row's wording, also with a character printed twice ({@code 其他他处理}). */
  private static boolean endsWithRowOnly2019(String label) {
    if (endsWithRowOnly2019Wording(label)) {
      return true;
    }
    List<String> readings = DoubledCharacters.undone(label, label.length() - LONGEST_ROW_ONLY_2019 - 1);
    for (int r = 0; r < readings.size(); r++) { // most labels have none: no iterator made
      if (endsWithRowOnly2019Wording(readings.get(r))) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWithRowOnly2019Wording(String label) {
    return ROWS_ONLY_2019.stream().anyMatch(label::endsWith);
  }

  private static Map<String, Object> record(TemplateRow row, List<Integer> counts) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("row_key", row.key());
    for (int c = 0; c < COLUMNS.size(); c++) {
      record.put(COLUMNS.get(c), counts == null ? null : counts.get(c));
    }
    record.put("source", "table");
    return record;
  }

  private static void warnMissingRows(List<TemplateRow> order, Map<TemplateRow, ?> seen, ReportContext context) {
    List<String> keys = order.stream().filter(r -> !seen.containsKey(r)).map(TemplateRow::key).toList();
    if (!keys.isEmpty()) {
      context.warn("missing_rows", "section 三: rows not found: " + String.join(", ", keys));
    }
  }
}
