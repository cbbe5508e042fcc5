package org.govdisclosure.extract.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;
import org.govdisclosure.extract.template.NationalTemplate.ItemBlock;
import org.govdisclosure.extract.template.NationalTemplate.ItemColumn;
import org.govdisclosure.extract.template.NationalTemplate.Named;

/**
 * An item table printed a cell a line with each value's column named before it, as a phone's layout prints it: the
 * item's name on a line of its own, then {@code 采购项目数量：140}, {@code 采购总金额：80598008.67}. That is the grid a
 * reader sees: a header of the columns named, a row of the item with their values, read as any table's.
 */
final class KeyValueItems {

  /**
   * A column's name, a colon and its cell (folded text: the colon is ASCII); the name may hold a colon of its own
   * ({@code 本年收费金额（单位：万元）：12.5}), the cell none.
   */
  private static final Pattern NAMED_CELL = Pattern.compile("([^\\d]{2,24}):([^:]*\\d[^:]*)");

  /** A line that may be a row's label: no digit, no sentence's mark, short. */
  private static final Pattern LABEL_LINE = Pattern.compile("[^\\d:,;。]{2,24}");

  private KeyValueItems() {}

  /** The blocks with each item printed so turned into a table of a header and its row. */
  static List<Block> asGrids(List<Block> blocks, ItemBlock items) {
    List<Block> out = new ArrayList<>(blocks.size());
    for (int i = 0; i < blocks.size(); i++) {
      Named item = blocks.get(i) instanceof Paragraph p ? named(p.text(), items) : null;
      int next = i + 1;
      List<Cell> header = new ArrayList<>();
      List<Cell> cells = new ArrayList<>();
      for (; item != null && next < blocks.size() && blocks.get(next) instanceof Paragraph p; next++) {
        Matcher m = NAMED_CELL.matcher(p.text());
        if (!m.matches() || column(m.group(1), items) == null) {
          break;
        }
        String raw = p.raw();
        int colon = Math.max(raw.lastIndexOf(':'), raw.lastIndexOf('：'));
        header.add(new Cell(m.group(1)));
        cells.add(new Cell(raw.substring(colon + 1).strip()));
      }
      if (header.isEmpty()) {
        out.add(blocks.get(i));
        continue;
      }
      header.add(0, new Cell(""));
      cells.add(0, new Cell(((Paragraph) blocks.get(i)).raw()));
      out.add(new Table(List.of(new Row(header), new Row(cells))));
      i = next - 1;
    }
    return out;
  }

  /**
   * The item a line names as a row's label, or null: one item's name (a character misprinted as a label may be, the
   * table's reading warns of it), and no figure or sentence.
   */
  private static Named named(String text, ItemBlock items) {
    if (!LABEL_LINE.matcher(text).matches()) {
      return null;
    }
    List<ItemDecoder.Mention> mentions = ItemDecoder.mentions(text, items.items());
    return mentions.size() == 1 ? mentions.get(0).item() : null;
  }

  /** The column a name holds a header's wording of ({@code 本年新制作数量}), or null. */
  private static ItemColumn column(String name, ItemBlock items) {
    return items.columns().stream().filter(c -> c.headerIn(name) != null).findFirst().orElse(null);
  }
}
