package org.govdisclosure.extract.prose;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.govdisclosure.extract.ReportProcessor;
import org.govdisclosure.extract.check.CheckResult;
import org.govdisclosure.extract.spi.ReportContext;

/**
 * What a table extractor does with the report's sentences about its table. Without a table, the sentences give
 * the rows ({@code source = prose}, only the cells they fix, the sentences as {@code evidence}); with one, they
 * only check it: every figure both give is a {@code prose_agrees_with_table} check, and a difference also a
 * {@code prose_table_mismatch} warning, never a silent choice; they fill a cell the table leaves blank, unless OCR
 * read it. Rows only sentences state (a topic's {@code proseOnlyRows}, e.g. the year's published total) and rows the
 * table does not print (a summary {@code 全年共收到…申请9件} beside rows from 予以公开 on) are added to a table's rows
 * as they are without one: {@code source = prose}, only what the sentences state.
 */
public final class ProseFallback {

  /** The check comparing a figure a sentence states with the table's cell (expected: prose, actual: table). */
  public static final String PROSE_CHECK = "prose_agrees_with_table";

  private static final String EVIDENCE = "evidence";

  private ProseFallback() {}

  /**
   * @param columns the table's value columns, in order
   * @param tableRows what the extractor read from the table; returned as they are, with any prose-only rows after them
   */
  public static List<Map<String, Object>> complete(
      Topic topic, List<String> columns, List<Map<String, Object>> tableRows, ReportContext context) {
    return complete(topic, columns, tableRows, Set.of(), context);
  }

  /**
   * @param uncertainRows keys of table rows printed with cells the decoder could not settle (glued digits that split
   *     several ways, too few or too many cells): their cells stay empty whatever a sentence says, since the printed
   *     digits are the report's evidence and a sentence's figure beside them would be a guess at which reading is meant
   */
  public static List<Map<String, Object>> complete(Topic topic, List<String> columns, List<Map<String, Object>> tableRows,
      Set<String> uncertainRows, ReportContext context) {
    List<Statement> statements = ProseReader.statements(topic, context, tableRows.isEmpty());
    if (tableRows.isEmpty()) {
      return rows(topic, columns, statements, context);
    }
    check(topic, tableRows, uncertainRows, statements, context);
    List<Statement> beyondTable = beyondTable(topic, tableRows, uncertainRows, statements);
    if (beyondTable.isEmpty()) {
      return tableRows;
    }
    List<Map<String, Object>> all = new ArrayList<>(tableRows);
    all.addAll(rows(topic, columns, beyondTable, context));
    return all;
  }

  private static void check(Topic topic, List<Map<String, Object>> tableRows, Set<String> uncertainRows,
      List<Statement> statements, ReportContext context) {
    // A blank of a text layer is printed blank; one of OCR may be a figure it doubted, which no sentence may stand for
    // unchecked (the table may print another: 复议1起 beside a total printed 0).
    boolean readByOcr = context.warnings().stream().anyMatch(w -> w.code().equals(ReportProcessor.OCR));
    for (Statement s : statements) {
      Set<String> disagreeing = null; // told only once a figure falls on an empty cell, as few do
      for (Figure f : s.figures()) {
        Map<String, Object> row = rowOf(topic, tableRows, f.row());
        Object stated = row.get(f.column());
        if (stated == null) {
          disagreeing = disagreeing != null ? disagreeing : rowsDisagreeing(topic, tableRows, s);
          if (disagreeing.contains(String.valueOf(f.row()))) {
            context.warn("prose_not_used", topic.table() + " " + f.cell() + ": '" + s.sentence() + "' gives other figures"
                + " than the table prints in this row; its " + f.value() + " is not taken for the row's empty cell");
          } else if (f.row() != null && uncertainRows.contains(f.row())) {
            context.warn("prose_not_used", topic.table() + " " + f.cell() + ": the table prints this row but its digits"
                + " stay uncertain; " + f.value() + " in '" + s.sentence() + "' is not taken for them");
          } else if (readByOcr && !row.isEmpty()) {
            context.warn("prose_not_used", topic.table() + " " + f.cell() + ": empty as OCR read the table, which leaves"
                + " a printed figure it doubts blank; " + f.value() + " in '" + s.sentence() + "' is not taken for it");
          } else {
            fill(topic, row, f, s, context);
          }
          continue;
        }
        if (!f.isNumber()) {
          continue;
        }
        boolean agree = sameNumber(stated, f.value());
        context.check(new CheckResult(PROSE_CHECK, topic.table() + " " + f.cell(),
            agree ? CheckResult.PASS : CheckResult.FAIL, String.valueOf(f.value()), String.valueOf(stated)));
        if (!agree) {
          context.warn("prose_table_mismatch",
              topic.table() + " " + f.cell() + ": table " + stated + ", prose " + f.value() + " in '" + s.sentence() + "'");
        }
      }
    }
  }

  /**
   * The rows (by key) where a statement gives a figure other than the one the table prints: a sentence that misstates a
   * row's printed figures (or a table's damaged label misread as one) stands for none of that row's empty cells.
   */
  private static Set<String> rowsDisagreeing(Topic topic, List<Map<String, Object>> tableRows, Statement s) {
    Set<String> out = new HashSet<>();
    for (Figure f : s.figures()) {
      Object stated = rowOf(topic, tableRows, f.row()).get(f.column());
      if (stated != null && f.isNumber() && !sameNumber(stated, f.value())) {
        out.add(String.valueOf(f.row()));
      }
    }
    return out;
  }

  /**
   * The statements' figures of rows no table has or the table does not print, as statements of their own; a row
   * printed with digits left uncertain is the table's, empty.
   */
  private static List<Statement> beyondTable(Topic topic, List<Map<String, Object>> tableRows, Set<String> uncertainRows,
      List<Statement> statements) {
    List<Statement> out = new ArrayList<>();
    for (Statement s : statements) {
      List<Figure> figures = s.figures().stream().filter(f -> topic.isProseOnly(f.row())
          || rowOf(topic, tableRows, f.row()).isEmpty() && f.row() != null && !uncertainRows.contains(f.row())).toList();
      if (!figures.isEmpty()) {
        out.add(new Statement(topic, s.sentence(), figures, s.areaWide()));
      }
    }
    return out;
  }

  /**
   * A cell the table leaves empty (blank, a marker) but a sentence states: the report's own words give the value, so
   * it is taken, with the sentence as evidence and a warning saying so.
   */
  private static void fill(Topic topic, Map<String, Object> row, Figure f, Statement s, ReportContext context) {
    if (row.isEmpty() || !row.containsKey(f.column())) {
      return;
    }
    row.put(f.column(), f.value());
    row.merge(EVIDENCE, s.sentence(), (before, sentence) -> before.equals(sentence) ? before : before + " " + sentence);
    context.warn("filled_from_prose", topic.table() + " " + f.cell() + ": empty in the table, " + f.value() + " from '" + s.sentence() + "'");
  }

  private static List<Map<String, Object>> rows(Topic topic, List<String> columns, List<Statement> statements, ReportContext context) {
    Map<String, Figure> cells = new LinkedHashMap<>();
    Set<String> conflicting = new HashSet<>();
    Map<String, Set<String>> evidence = new LinkedHashMap<>();
    for (Statement s : statements) {
      for (Figure f : s.figures()) {
        Figure before = cells.putIfAbsent(f.cell(), f);
        if (before != null && !sameNumber(before.value(), f.value()) && conflicting.add(f.cell())) {
          context.warn("prose_conflict", topic.table() + " " + f.cell() + ": the report's sentences give both "
              + before.value() + " and " + f.value() + "; left empty");
        }
        evidence.computeIfAbsent(Objects.toString(f.row()), r -> new LinkedHashSet<>()).add(s.sentence());
      }
      if (s.doubt() != null) {
        context.warn("prose_doubt", topic.table() + ": " + s.doubt() + "; left empty, from '" + s.sentence() + "'");
      }
      if (!s.figures().isEmpty()) {
        context.warn("from_prose", topic.table() + " " + cellList(s) + " from '" + s.sentence() + "'");
      }
    }
    Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
    for (Figure f : cells.values()) {
      Map<String, Object> row = rows.computeIfAbsent(Objects.toString(f.row()), r -> emptyRow(topic, columns, f.row()));
      row.put(f.column(), conflicting.contains(f.cell()) ? null : f.value());
    }
    rows.forEach((key, row) -> row.put(EVIDENCE, String.join(" ", evidence.get(key))));
    return new ArrayList<>(rows.values());
  }

  private static Map<String, Object> emptyRow(Topic topic, List<String> columns, String key) {
    Map<String, Object> row = new LinkedHashMap<>();
    if (topic.keyColumn() != null) {
      row.put(topic.keyColumn(), key);
    }
    columns.forEach(c -> row.put(c, null));
    row.put("source", "prose");
    return row;
  }

  private static Map<String, Object> rowOf(Topic topic, List<Map<String, Object>> rows, String key) {
    for (Map<String, Object> row : rows) {
      if (topic.keyColumn() == null || Objects.equals(row.get(topic.keyColumn()), key)) {
        return row;
      }
    }
    return Map.of();
  }

  private static boolean sameNumber(Object a, Object b) {
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    return Objects.equals(a, b);
  }

  private static String cellList(Statement s) {
    return s.figures().stream().map(f -> f.cell() + "=" + f.value()).collect(Collectors.joining(", "));
  }
}
