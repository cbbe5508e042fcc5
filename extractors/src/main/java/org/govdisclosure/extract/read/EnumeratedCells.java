package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.spi.Template;
import org.govdisclosure.extract.template.NationalTemplate;
import org.govdisclosure.extract.template.NationalTemplate.ItemColumn;
import org.govdisclosure.extract.value.CellKind;
import org.govdisclosure.extract.value.Numerals;

/**
 * A section 二 sub-table copied with 、 between its cells, as a text listing what it enumerates: a header line of
 * names, a column of the template's among them ({@code 信息内容、采购项目数量、采购总金额}), followed by lines of as
 * many pieces, a label and then figures or marks of no value, a figure among them ({@code 政府集中采购、135、826.2万元}).
 * Those lines are rows, their 、 the cells' edges: they are rewritten tab-separated. Prose is no such run: its 、
 * lists words, and a line listing figures under a line listing as many column names is the table's row however its
 * label reads.
 */
final class EnumeratedCells {

  private static final char ENUMERATION_COMMA = '、';
  private static final int MIN_CELLS = 2;
  /** Section 二's columns, 政府集中采购's too. */
  private static final List<ItemColumn> COLUMNS = Stream.concat(NationalTemplate.anyProactive().columns().stream(),
      Arrays.stream(Template.values()).map(NationalTemplate::of).filter(t -> t.procurement() != null)
          .flatMap(t -> t.procurement().columns().stream())).toList();
  /** An amount with a magnitude alone ({@code 337.64万}), as a cell prints it: a figure too. */
  private static final Pattern AMOUNT = Pattern.compile(Numerals.AMOUNT_CELL);

  private EnumeratedCells() {}

  static List<String> tabbed(List<String> lines) {
    List<String> out = null;
    int width = 0; // the cells of the header over the lines now read, 0 outside such a table
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.indexOf(ENUMERATION_COMMA) < 0 || width == 0 && (Numerals.holdsDigit(line) || line.indexOf(':') >= 0)) {
        width = 0; // a line holding a figure or a colon is no header (isHeader): most prose, told before it is split
        continue;
      }
      String[] pieces = pieces(line);
      if (width > 0 && pieces.length == width && isRow(pieces)) {
        if (out == null) {
          out = new ArrayList<>(lines);
        }
        out.set(i, String.join("\t", pieces));
        if (out.get(i - 1).equals(lines.get(i - 1))) { // the header, over the table's first row
          out.set(i - 1, String.join("\t", pieces(lines.get(i - 1))));
        }
        continue;
      }
      width = pieces.length >= MIN_CELLS && isHeader(pieces) ? pieces.length : 0;
    }
    return out != null ? out : lines;
  }

  private static String[] pieces(String line) {
    return Cell.Text.strip(line).split(String.valueOf(ENUMERATION_COMMA), -1);
  }

  /**
   * Names only, no piece empty, none holding a digit, a colon or a mark of no value, and a column of section 二's item
   * tables named after the first ({@code 采购项目数量}): a sub-table's header, not words a sentence lists.
   */
  private static boolean isHeader(String[] pieces) {
    boolean namesColumn = false;
    for (int k = 0; k < pieces.length; k++) {
      String folded = Cell.Text.fold(pieces[k]);
      if (folded.isEmpty() || CellKind.isMarker(folded) || folded.chars().anyMatch(c -> c >= '0' && c <= '9' || c == ':')) {
        return false;
      }
      namesColumn |= k > 0 && COLUMNS.stream().anyMatch(c -> c.headerIn(folded) != null);
    }
    return namesColumn;
  }

  /**
   * A label without figures, then figures ({@link CsvRows#VALUE}, signed too, or an amount) or marks of no value, a
   * figure among them.
   */
  private static boolean isRow(String[] pieces) {
    String label = Cell.Text.fold(pieces[0]);
    if (label.isEmpty() || label.indexOf(':') >= 0 || CsvRows.VALUE.matcher(label).matches()) {
      return false;
    }
    boolean figure = false;
    for (int k = 1; k < pieces.length; k++) {
      String folded = Cell.Text.fold(pieces[k]);
      String unsigned = folded.startsWith("+") ? folded.substring(1) : folded;
      if (CsvRows.VALUE.matcher(unsigned).matches() || AMOUNT.matcher(folded).matches()) {
        figure = true;
      } else if (!CellKind.isMarker(folded)) {
        return false;
      }
    }
    return figure;
  }
}
