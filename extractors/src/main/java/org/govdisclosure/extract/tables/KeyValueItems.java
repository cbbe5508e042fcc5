package org.govdisclosure.extract.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.govdisclosure.extract.value.CellKind;

/**
 * An item table printed a cell a line with each value's column named before it, as a phone's layout prints it: the
 * item's name on a line of its own, then {@code 采购项目数量：140}, {@code 采购总金额：80598008.67}. That is the grid a
 * reader sees: a header of the columns named, a row of the item with their values, read as any table's. So too a table
 * exported long, a row per cell: its labels, one of them the item's, then its column's name and the cell
 * ({@code 第二十条第（一）项 | 规章 | 本年制发件数 | 1}), in whatever order the export walked the grid.
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
      List<Table> wide = blocks.get(i) instanceof Table t ? widened(t, items) : null;
      if (wide != null) {
        out.addAll(wide);
        continue;
      }
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
   * A long table as a grid per item, its cells under the columns their rows name; rows of another block's items (政府集中
   * 采购 among section 二's) aside. Null where a row of figures is no long table's, or names two items, or names a cell
   * twice: a grid as printed.
   */
  private static List<Table> widened(Table table, ItemBlock items) {
    Map<Named, Cell> labels = new LinkedHashMap<>();
    Map<Named, Map<String, Cell>> cells = new LinkedHashMap<>();
    for (Row row : table.rows()) {
      List<Cell> printed = row.cells();
      int columnFrom = printed.size() < 3 ? -1 : namedColumnFrom(printed, items);
      Named item = null;
      Cell label = null;
      for (Cell cell : printed.subList(0, Math.max(columnFrom, 0))) {
        Named named = named(cell.text(), items);
        if (named != null && item != null) {
          return null;
        }
        item = named != null ? named : item;
        label = named != null ? cell : label;
      }
      if (item == null) {
        if (!TransposedMatrix.holdsCounts(row) || isLongRow(printed)) {
          continue; // a line of column titles (条款, 信息内容, 指标, 数值), or another block's cell
        }
        return null;
      }
      String name = String.join("/", printed.subList(columnFrom, printed.size() - 1).stream().map(Cell::text).toList());
      labels.putIfAbsent(item, label);
      if (cells.computeIfAbsent(item, k -> new LinkedHashMap<>()).putIfAbsent(name, printed.get(printed.size() - 1)) != null) {
        return null;
      }
    }
    if (cells.isEmpty()) {
      return null;
    }
    List<Table> grids = new ArrayList<>(cells.size());
    cells.forEach((item, byName) -> {
      List<Cell> header = new ArrayList<>(List.of(new Cell("")));
      byName.keySet().forEach(name -> header.add(new Cell(name)));
      List<Cell> row = new ArrayList<>(List.of(labels.get(item)));
      row.addAll(byName.values());
      grids.add(new Table(List.of(new Row(header), new Row(row))));
    });
    return grids;
  }

  /** Whether a row is a long table's: labels, then a label before its value (the value's column's name). */
  private static boolean isLongRow(List<Cell> printed) {
    int value = printed.size() - 1;
    return value >= 2 && CellKind.of(printed.get(value - 1).text()) == CellKind.LABEL
        && CellKind.of(printed.get(value).text()) != CellKind.LABEL;
  }

  /**
   * Where the name of the column of a long table's row starts: the cell before its value, or the two before it where
   * the name holds a slash the export parted it at ({@code 本年增/减}); -1 where neither names a column.
   */
  private static int namedColumnFrom(List<Cell> printed, ItemBlock items) {
    int value = printed.size() - 1;
    for (int from = value - 1; from >= Math.max(0, value - 2); from--) {
      String name = from == value - 1 ? printed.get(from).text() : printed.get(from).text() + "/" + printed.get(from + 1).text();
      if (column(name, items) != null) {
        return from;
      }
    }
    return -1;
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
    for (ItemColumn c : items.columns()) {
      if (c.headerIn(name) != null) {
        return c;
      }
    }
    return null;
  }
}
