package org.govdisclosure.extract.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The Simplified form of each Traditional character of {@code traditional.tsv}: sites that mirror reports in
 * Traditional script print 申請 and 總計 where the template says 申请 and 总计, and a reader reads both alike. A document
 * is read in Simplified script once, as it comes from its reader, so that every label, counter and name matches.
 */
public final class TraditionalForms {

  private static final char FIRST = '\u4E00';
  private static final char LAST = '\u9FFF';
  private static final char[] SIMPLIFIED = read();

  private TraditionalForms() {}

  /** {@code c}'s Simplified form, or 0 when {@code c} is no Traditional form the table lists. */
  public static char simplified(char c) {
    return c >= FIRST && c <= LAST ? SIMPLIFIED[c - FIRST] : 0;
  }

  /**
   * {@code document} with every paragraph and cell in Simplified script; the same document, nothing copied, where no
   * Traditional form is printed (most reports: one scan of the text).
   */
  public static Document simplify(Document document) {
    if (!printsTraditional(document)) {
      return document;
    }
    List<Block> blocks = new ArrayList<>(document.blocks().size());
    boolean changed = false;
    for (Block block : document.blocks()) {
      Block simplified = simplify(block);
      changed |= simplified != block;
      blocks.add(simplified);
    }
    return changed ? document.withBlocks(blocks) : document;
  }

  /** Whether a paragraph or cell prints a listed Traditional form (indexed loops: asked of every report). */
  private static boolean printsTraditional(Document document) {
    List<Block> blocks = document.blocks();
    for (int b = 0; b < blocks.size(); b++) {
      if (printsTraditional(blocks.get(b))) {
        return true;
      }
    }
    return false;
  }

  private static boolean printsTraditional(Block block) {
    if (block instanceof Paragraph p) {
      return printsTraditional(p.raw());
    }
    List<Row> rows = ((Table) block).rows();
    for (int r = 0; r < rows.size(); r++) {
      List<Cell> cells = rows.get(r).cells();
      for (int c = 0; c < cells.size(); c++) {
        if (printsTraditional(cells.get(c).raw())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean printsTraditional(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (simplified(s.charAt(i)) != 0) {
        return true;
      }
    }
    return false;
  }

  private static Block simplify(Block block) {
    if (block instanceof Paragraph p) {
      String raw = simplify(p.raw());
      return raw == p.raw() ? p : new Paragraph(raw);
    }
    Table table = (Table) block;
    List<Row> rows = new ArrayList<>(table.rows().size());
    boolean changed = false;
    for (Row row : table.rows()) {
      List<Cell> cells = new ArrayList<>(row.cells().size());
      for (Cell cell : row.cells()) {
        String raw = simplify(cell.raw());
        changed |= raw != cell.raw();
        cells.add(raw == cell.raw() ? cell : new Cell(raw));
      }
      rows.add(new Row(cells));
    }
    return changed ? new Table(rows) : table;
  }

  /** {@code s} with each listed Traditional character in its Simplified form. */
  public static String simplify(String s) {
    char[] chars = null;
    for (int i = 0; i < s.length(); i++) {
      char f = simplified(s.charAt(i));
      if (f != 0) {
        if (chars == null) {
          chars = s.toCharArray();
        }
        chars[i] = f;
      }
    }
    return chars == null ? s : new String(chars);
  }

  private static char[] read() {
    char[] forms = new char[LAST - FIRST + 1];
    for (String line : BundledLines.of(TraditionalForms.class, "traditional.tsv")) {
      String[] pair = line.split("\t");
      forms[pair[0].charAt(0) - FIRST] = pair[1].charAt(0);
    }
    return forms;
  }
}
