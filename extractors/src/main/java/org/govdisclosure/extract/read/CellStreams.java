package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;
import org.govdisclosure.extract.section.Sections;
import org.govdisclosure.extract.value.CellKind;

/**
 * Recovers tables that a page copy flattened into one cell per line with no row boundaries: a run of short,
 * sentence-less lines that holds numbers becomes a table whose rows each start at a label that follows a value,
 * so every row is its labels followed by its values ({@code 政府集中采购 / 1 / 8040}). A page flattened onto one
 * line with single spaces between cells is first split back into cells.
 */
final class CellStreams {

  private static final int MAX_CELL_LENGTH = 40;
  private static final int MIN_RUN = 4;
  private static final int MIN_NUMBERS = 2;
  private static final int MAX_LINES_PER_NUMBER = 5;
  private static final Pattern SENTENCE = Pattern.compile("[。；;！!？?]");
  /** A line with this many space-separated tokens, a third of them numbers, is a table flattened onto one line. */
  private static final int MIN_SPACED_TOKENS = 20;
  private static final Pattern SPACES = Pattern.compile("[ \u00a0\u3000]+");
  /** A token that begins with digits run into a label, or ends with a label run into digits. */
  private static final Pattern GLUED_TOKEN = Pattern.compile("^\\d+(?![年月日])\\p{IsHan}|^\\d{2,}[.．、]\\p{IsHan}|\\p{IsHan}\\d+$");
  private static final int MAX_GLUED_SHARE = 10;

  private CellStreams() {}

  static List<Block> tabulate(List<Block> blocks) {
    List<Block> out = new ArrayList<>();
    List<Paragraph> run = new ArrayList<>();
    for (Block block : blocks) {
      List<Block> parts = block instanceof Paragraph p ? unspace(p) : List.of(block);
      for (Block b : parts) {
        if (b instanceof Paragraph p && isCellLike(p)) {
          run.add(p);
          continue;
        }
        flush(run, out);
        out.add(b);
      }
    }
    flush(run, out);
    return out;
  }

  private static boolean isCellLike(Paragraph p) {
    String t = p.text();
    return !t.isEmpty() && t.length() <= MAX_CELL_LENGTH && !SENTENCE.matcher(t).find() && !Sections.isHeading(t);
  }

  /** Splits a page flattened onto one line with single spaces between cells back into one block per cell. */
  static List<Block> unspace(Paragraph p) {
    String[] tokens = SPACES.split(p.raw().strip());
    if (tokens.length < MIN_SPACED_TOKENS) {
      return List.of(p);
    }
    int numbers = 0;
    int glued = 0;
    for (String t : tokens) {
      numbers += CellKind.of(Cell.Text.fold(t)) == CellKind.NUMBER ? 1 : 0;
      glued += GLUED_TOKEN.matcher(t).find() ? 1 : 0;
    }
    // Spaces that separate only some cells (数量 291000030二、上年结转…) do not delimit cells: leave it glued.
    if (numbers * 3 < tokens.length || glued * MAX_GLUED_SHARE > tokens.length) {
      return List.of(p);
    }
    List<Block> cells = new ArrayList<>();
    for (String t : tokens) {
      cells.add(new Paragraph(t));
    }
    return cells;
  }

  private static void flush(List<Paragraph> run, List<Block> out) {
    long numbers = run.stream().filter(p -> CellKind.of(p.text()) == CellKind.NUMBER).count();
    // A lone number among short lines is more likely a page number in broken prose than a table.
    if (run.size() >= MIN_RUN && numbers >= MIN_NUMBERS && numbers * MAX_LINES_PER_NUMBER >= run.size()) {
      out.add(table(run));
    } else {
      out.addAll(run);
    }
    run.clear();
  }

  private static Table table(List<Paragraph> run) {
    List<Row> rows = new ArrayList<>();
    List<Cell> cells = new ArrayList<>();
    boolean previousWasValue = false;
    for (Paragraph p : run) {
      boolean value = CellKind.of(p.text()) != CellKind.LABEL;
      if (!value && previousWasValue) {
        rows.add(new Row(cells));
        cells = new ArrayList<>();
      }
      cells.add(new Cell(p.raw()));
      previousWasValue = value;
    }
    rows.add(new Row(cells));
    return new Table(rows);
  }
}
