package org.govdisclosure.extract.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.spi.ReportContext;
import org.govdisclosure.extract.tables.SectionTokens.Token;
import org.govdisclosure.extract.template.NationalTemplate;
import org.govdisclosure.extract.template.TemplateRow;

/**
 * Section 三 printed turned where no grid shows it ({@link TransposedMatrix} turns those back): a line per applicant
 * column, its name ({@code 自然人}, {@code 商业企业}, …) then its counts, under the template's row labels printed
 * across. The k-th count of each line is the k-th labelled row's, when every line holds one count per row label found;
 * or, where labels wrapped over the header's lines were not all found, when every line holds one count per row of the
 * template (the columns are then the template's rows, in its order); otherwise which count is whose is unknown, and
 * the rows are left empty with a warning (never read as a matrix of rows, which would put counts in other rows' places).
 */
final class TransposedRows {

  /** So many lines naming distinct applicant columns make the section turned: 其他 and 总计 may be rows' labels too. */
  private static final int MIN_NAMED_LINES = 3;
  /** A header across naming fewer rows than this is no turned matrix's (one or two labels with counts after them). */
  private static final int MIN_LABELLED_ROWS = 2;

  private TransposedRows() {}

  /**
   * The rows read turned back, or left empty; null when the section is not printed turned.
   *
   * @param plain the section's tokens without its header tokens
   */
  static Map<TemplateRow, List<Integer>> rows(List<Token> plain, NationalTemplate.Matrix template, ReportContext context) {
    int width = template.columns().size();
    List<Integer> starts = new ArrayList<>();
    BitSet named = new BitSet();
    for (int i = 0; i + 1 < plain.size(); i++) {
      int column = plain.get(i).isValue() ? -1 : template.columnNamed(plain.get(i).text());
      if (column >= 0 && plain.get(i + 1).isValue()) {
        if (named.get(column)) {
          return null; // a column named twice: not one turned matrix
        }
        named.set(column);
        starts.add(i);
      }
    }
    // Turned, the rows' labels are all across the header, above every count.
    if (named.cardinality() < MIN_NAMED_LINES || plain.subList(0, starts.get(0)).stream().anyMatch(Token::isValue)
        || rowLabelAmong(plain.subList(starts.get(0), starts.get(starts.size() - 1)), template)) {
      return null;
    }
    List<TemplateRow> labelled = SectionDecoder.labelled(plain.subList(0, starts.get(0)), template, context);
    if (labelled.size() < MIN_LABELLED_ROWS) {
      return null;
    }
    List<List<Token>> lines = new ArrayList<>();
    List<String> counts = new ArrayList<>();
    for (int start : starts) {
      List<Token> values = new ArrayList<>();
      for (int k = start + 1; k < plain.size() && plain.get(k).isValue(); k++) {
        values.add(plain.get(k));
      }
      lines.add(values);
      counts.add(plain.get(start).text() + " " + values.size());
    }
    boolean everyRow = labelled.size() < template.rows().size() && 2 * labelled.size() >= template.rows().size()
        && lines.stream().allMatch(v -> v.size() == template.rows().size());
    List<TemplateRow> columns = everyRow ? template.rows() : labelled;
    boolean fits = lines.stream().allMatch(v -> v.size() == columns.size());
    Map<TemplateRow, Cell[]> cells = new LinkedHashMap<>();
    columns.forEach(r -> cells.put(r, blanks(width)));
    for (int l = 0; fits && l < starts.size(); l++) {
      for (int k = 0; k < columns.size(); k++) {
        cells.get(columns.get(k))[template.columnNamed(plain.get(starts.get(l)).text())] = lines.get(l).get(k).value();
      }
    }
    Map<TemplateRow, List<Integer>> out = new LinkedHashMap<>();
    if (!fits) {
      context.warn("row_unread", "section 三: printed turned, a line per applicant column (" + String.join(", ", counts)
          + " counts) under " + labelled.size() + " row labels found: which count is whose row's is unknown; left empty");
      labelled.forEach(r -> out.put(r, null));
      return out;
    }
    if (everyRow) {
      context.warn("row_from_position", "section 三: printed turned, " + labelled.size() + " of the template's "
          + columns.size() + " row labels found across the header, every applicant line holding " + columns.size()
          + " counts: read as the template's rows in order");
    }
    context.warn("matrix_transposed", "section 三: printed turned, a line per applicant column (" + String.join(", ", counts)
        + " counts) under the labels of rows " + String.join(", ", columns.stream().map(TemplateRow::key).toList())
        + "; read turned back");
    cells.forEach((row, c) -> out.put(row, CountCells.counts(Arrays.asList(c), "section 三 row " + row.key(), context)));
    return out;
  }

  /**
   * Whether a label among the applicant lines names a template row: the rows' labels are then beside their counts
   * ({@code 一、本年新收…：自然人35 商业企业85 …}, rows written as sentences), not across a header above them.
   */
  private static boolean rowLabelAmong(List<Token> tokens, NationalTemplate.Matrix template) {
    for (Token t : tokens) {
      if (!t.isValue() && template.columnNamed(t.text()) < 0 && template.rowOf(t.text()) != null) {
        return true;
      }
    }
    return false;
  }

  private static Cell[] blanks(int width) {
    Cell[] cells = new Cell[width];
    Arrays.fill(cells, new Cell(""));
    return cells;
  }
}
