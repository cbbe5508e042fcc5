package org.govdisclosure.extract.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;

/**
 * English glosses a bilingual table prints after its Chinese labels and column names ({@code （七）总计 / Total},
 * {@code 自然人（Natural persons）}): a translation of the words before it, which a reader of the Chinese skips. Left on,
 * a gloss makes a whole label ({@code 总计}) no longer whole. A cell's gloss is dropped where Chinese stands before it.
 */
final class Glosses {

  /** Chinese, then a separator or none, then words of Latin letters to the cell's end, maybe in brackets. */
  private static final Pattern GLOSS = Pattern.compile("(?<=\\p{IsHan}[)）”\"]?)[\\s/／|]*[(（]?\\s*[A-Za-z]{2,}[A-Za-z\\s'’,.&/-]*[)）]?\\s*$");

  private Glosses() {}

  /** The grid with its cells' glosses dropped, or the grid itself where no cell has one. */
  static Table without(Table grid) {
    List<Row> rows = null;
    for (int r = 0; r < grid.rows().size(); r++) {
      Row row = grid.rows().get(r);
      List<Cell> cells = null;
      for (int c = 0; c < row.cells().size(); c++) {
        Cell cell = row.cells().get(c);
        Matcher gloss = hasLatinLetter(cell.text()) ? GLOSS.matcher(cell.text()) : null;
        if (gloss != null && gloss.find()) {
          cells = cells != null ? cells : new ArrayList<>(row.cells());
          String text = cell.text().substring(0, gloss.start());
          cells.set(c, new Cell(text, text, cell.spanned()));
        }
      }
      if (cells != null) {
        rows = rows != null ? rows : new ArrayList<>(grid.rows());
        rows.set(r, new Row(cells));
      }
    }
    return rows == null ? grid : new Table(rows);
  }

  /** Whether a text holds a Latin letter: a scan, so that the cells of a table in Chinese alone need no matcher. */
  private static boolean hasLatinLetter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch >= 'A' && ch <= 'Z' || ch >= 'a' && ch <= 'z') {
        return true;
      }
    }
    return false;
  }
}
