package org.govdisclosure.extract.tables;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;
import org.govdisclosure.extract.section.Sections;
import org.govdisclosure.extract.spi.OutputColumns;
import org.govdisclosure.extract.spi.ReportContext;
import org.govdisclosure.extract.value.CellKind;

/**
 * Whether a report's text doubles the separators between cells at random ({@code 5\t\t0\t3}: an export mixing one and
 * two tabs), so that a blank cell between two figures is no column. Told once per report from section 三, whose
 * width the template fixes: its rows print exactly the template's figures among more cells, the blanks between them
 * at different places in different rows (a column the template lacks would stand at one place in every row); no row
 * prints more figures than the template has columns (a wider table's would), nor fewer with blanks among them (blank
 * cells, which make any blank one). Every section then reads a row of exactly its figures among blanks as those
 * figures in order, blanks before its first figure or after its last included: a text whose tabs stand for the spaces
 * that aligned its columns opens a row's cells with a run of them too, and with every column's figure printed no blank
 * is a cell.
 */
final class BlankSeparators {

  /** Section 三's columns, the same in both templates: 自然人, five 法人或其他组织, 总计. */
  private static final int APPLICATION_COLUMNS = OutputColumns.APPLICATION_COLUMNS.size();

  private final boolean doubled;

  private BlankSeparators(boolean doubled) {
    this.doubled = doubled;
  }

  /**
   * A row's value cells without the blanks between its figures where the report's text doubles its separators at
   * random and the row prints exactly {@code width} figures among more cells (warned); the cells as they are otherwise.
   */
  static List<Cell> dropped(List<Cell> cells, int width, String where, ReportContext context) {
    if (cells.size() <= width || !context.derived(BlankSeparators.class, BlankSeparators::of).doubled) {
      return cells;
    }
    List<Cell> figures = cells.stream().filter(c -> !c.isBlank()).toList();
    if (figures.size() != width) {
      return cells;
    }
    context.warn("blank_separators", where + ": " + width + " figures among " + cells.size() + " cells in a text that"
        + " doubles its separators at random (section 三's rows print their figures among blanks at different places):"
        + " the blanks are no columns");
    return figures;
  }

  private static BlankSeparators of(ReportContext context) {
    Set<BitSet> places = new HashSet<>();
    for (Table table : context.sections().tables(Sections.APPLICATIONS)) {
      for (Row row : table.rows()) {
        List<Cell> cells = row.cells();
        int first = -1;
        int last = -1;
        int figures = 0;
        for (int c = 0; c < cells.size(); c++) {
          if (isFigure(cells.get(c))) {
            first = first < 0 ? c : first;
            last = c;
            figures++;
          }
        }
        if (figures > APPLICATION_COLUMNS || figures > 0 && figures < APPLICATION_COLUMNS && last - first + 1 > figures) {
          return new BlankSeparators(false); // a wider table, or one whose blanks among figures are blank cells
        }
        if (figures == APPLICATION_COLUMNS && last - first + 1 > figures) {
          BitSet blanks = new BitSet();
          for (int c = first; c <= last; c++) {
            blanks.set(c - first, cells.get(c).isBlank());
          }
          if (blanks.cardinality() == last - first + 1 - figures) { // nothing but blanks among the figures
            places.add(blanks);
          }
        }
      }
    }
    return new BlankSeparators(places.size() >= 2);
  }

  private static boolean isFigure(Cell cell) {
    CellKind kind = CellKind.of(cell.text());
    return kind == CellKind.NUMBER || kind == CellKind.MARKER;
  }
}
