package org.govdisclosure.extract.render;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.govdisclosure.extract.fixtures.WordGrid;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Document;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;
import org.govdisclosure.extract.value.CellKind;

/**
 * A report document as text: Word's two text exports, a browser's copy of the page, a spreadsheet's tables saved as CSV and pasted among the
 * paragraphs, and a crawler's flattening of the HTML page.
 */
final class TextExports {

  private TextExports() {}

  /** Word's "save as text" of a table: each cell on its own line after a tab, a blank line after each row. */
  static String cellPerLine(Document doc) {
    return export(doc, "\n", t -> {
      StringBuilder b = new StringBuilder();
      for (Row row : t.rows()) {
        row.cells().forEach(c -> b.append('\t').append(c.raw()).append('\n'));
        b.append('\n');
      }
      return b.toString();
    });
  }

  /**
   * A browser's copy of the page: each cell on the next line, an empty cell an empty line, a label cell merged into
   * the one above not printed again. A row of counts alone (section 四's) has no merged cell: its empty first count
   * is a cell, whatever the grid takes it for.
   */
  static String pageCopy(Document doc) {
    return export(doc, "\n", t -> {
      StringBuilder b = new StringBuilder();
      for (List<WordGrid.Placed> row : WordGrid.of(t)) {
        boolean labelled = row.stream().anyMatch(p -> CellKind.of(Cell.Text.fold(p.text())) == CellKind.LABEL);
        row.stream().filter(p -> !labelled || p.merge() != WordGrid.Merge.CONTINUE).forEach(p -> b.append(p.text()).append('\n'));
      }
      return b.toString();
    });
  }

  /** The other Word text export: a table row per line, its cells separated by tabs. */
  static String tabbed(Document doc) {
    return export(doc, "\n\n", t -> {
      StringBuilder b = new StringBuilder();
      for (Row row : t.rows()) {
        b.append(String.join("\t", row.cells().stream().map(Cell::raw).toList())).append('\n');
      }
      return b.append('\n').toString();
    });
  }

  /**
   * The tab-separated export as converters that mix their separators print it: in one row the tabs doubled (where no
   * cell is blank: a doubled tab beside a blank cell would leave which cells are blank unknown), in another a run of
   * spaces instead of some tabs between two figures, so that one tab-separated cell holds several ({@code 0   4}).
   */
  static String tabbedMixed(Document doc, Random rnd) {
    return export(doc, "\n\n", t -> {
      StringBuilder b = new StringBuilder();
      for (Row row : t.rows()) {
        List<Cell> cells = row.cells();
        int mode = rnd.nextInt(3);
        boolean doubled = mode == 1 && cells.stream().noneMatch(Cell::isBlank);
        for (int c = 0; c < cells.size(); c++) {
          if (c > 0) {
            boolean spaced = mode == 2 && isFigure(cells.get(c - 1)) && isFigure(cells.get(c)) && rnd.nextBoolean();
            b.append(spaced ? " ".repeat(2 + rnd.nextInt(2)) : doubled ? "\t\t" : "\t");
          }
          b.append(cells.get(c).raw());
        }
        b.append('\n');
      }
      return b.append('\n').toString();
    });
  }

  private static boolean isFigure(Cell cell) {
    CellKind kind = CellKind.of(cell.text());
    return kind == CellKind.NUMBER || kind == CellKind.MARKER;
  }

  /**
   * The tables as a spreadsheet saves them as comma-separated values, pasted between the paragraphs: each cell in its
   * grid column, the columns a merged cell covers (and a short row's end) as blank fields, a field with a comma or a
   * quote quoted, a cell's line breaks dropped as a paste flattens them.
   */
  static String csv(Document doc) {
    return export(doc, "\n", t -> {
      StringBuilder b = new StringBuilder();
      List<List<WordGrid.Placed>> grid = WordGrid.of(t);
      int width = grid.stream().mapToInt(r -> r.isEmpty() ? 0 : r.get(r.size() - 1).col() + r.get(r.size() - 1).span()).max().orElse(0);
      for (List<WordGrid.Placed> row : grid) {
        String[] fields = new String[width];
        Arrays.fill(fields, "");
        for (WordGrid.Placed p : row) {
          fields[p.col()] = p.merge() == WordGrid.Merge.CONTINUE ? "" : csvField(p.text());
        }
        b.append(String.join(",", fields)).append('\n');
      }
      return b.toString();
    });
  }

  /** The document's paragraphs, each followed by {@code afterParagraph}, and its tables as {@code table} writes them. */
  private static String export(Document doc, String afterParagraph, Function<Table, String> table) {
    StringBuilder b = new StringBuilder();
    for (Block block : doc.blocks()) {
      if (block instanceof Paragraph p) {
        b.append(p.raw()).append(afterParagraph);
      } else if (block instanceof Table t) {
        b.append(table.apply(t));
      }
    }
    return b.toString();
  }

  private static String csvField(String raw) {
    String text = raw.replace("\n", "");
    return text.indexOf(',') >= 0 || text.indexOf('"') >= 0 ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  /** How a crawler flattened the page's table cells. */
  enum Flattening {
    /** Cells run together: {@code 一、本年新收政府信息公开申请数量801000081}. */
    GLUED,
    /** Cells separated by single spaces. */
    SPACED,
    /** Glued up to some row of section 三, spaced after it, as one site's template printed its last rows. */
    MIXED
  }

  /** The page as one line of text after the site's navigation, as stored by a crawler. */
  static String crawled(Document doc, Flattening flattening, Random rnd) {
    StringBuilder b = new StringBuilder("当前位置： 首页 政务公开 政府信息公开年报 ");
    for (Block block : doc.blocks()) {
      if (block instanceof Paragraph p) {
        b.append(p.raw());
      } else if (block instanceof Table t) {
        List<Row> rows = t.rows();
        int spacedFrom = switch (flattening) {
          case GLUED -> rows.size();
          case SPACED -> 0;
          case MIXED -> rnd.nextInt(rows.size());
        };
        for (int r = 0; r < rows.size(); r++) {
          String separator = r >= spacedFrom ? " " : "";
          for (Cell c : rows.get(r).cells()) {
            if (!c.isBlank()) {
              b.append(c.raw().replace("\n", "")).append(separator);
            }
          }
        }
        b.append(' ');
      }
    }
    return b.append(" 附件下载\n").toString();
  }
}
