package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.List;
import org.govdisclosure.extract.model.Cell;

/**
 * The columns of a text table whose cells are placed by position only, as converters print a table without box
 * characters (pandoc's plain "simple" and "multiline" tables): a rule line of dash runs apart by spaces
 * ({@code -------- ----- -----}) gives each column's span, and a blank cell is only a gap in its span. Positions are
 * display columns, a CJK character taking two (East Asian Wide and Fullwidth; ambiguous ones such as {@code “} one,
 * as terminals and converters count them).
 */
final class RuledColumns {

  /** A rule gives the columns of a table only with this many runs: two could be a dash and a word. */
  private static final int MIN_COLUMNS = 3;

  /** Display column where each column starts, and where it ends (exclusive). */
  private final int[] starts;
  private final int[] ends;

  private RuledColumns(int[] starts, int[] ends) {
    this.starts = starts;
    this.ends = ends;
  }

  /** The columns {@code line} rules, or null unless it is dash runs (at least three) apart by spaces only. */
  static RuledColumns of(String line) {
    List<int[]> runs = new ArrayList<>();
    int runStart = -1;
    int length = line.stripTrailing().length();
    for (int i = 0; i <= length; i++) {
      char c = i < length ? line.charAt(i) : ' ';
      if (c == '-') {
        runStart = runStart < 0 ? i : runStart;
      } else if (c == ' ') {
        if (runStart >= 0) {
          if (i - runStart < 2) {
            return null;
          }
          runs.add(new int[] {runStart, i});
          runStart = -1;
        }
      } else {
        return null;
      }
    }
    if (runs.size() < MIN_COLUMNS) {
      return null;
    }
    int[] starts = new int[runs.size()];
    int[] ends = new int[runs.size()];
    for (int i = 0; i < runs.size(); i++) {
      starts[i] = runs.get(i)[0];
      ends[i] = runs.get(i)[1];
    }
    return new RuledColumns(starts, ends);
  }

  /** Whether {@code line} is a rule closing a table: one dash run, or a column rule. */
  static boolean isRule(String line) {
    String s = line.strip();
    return s.contains("---") && s.chars().allMatch(c -> c == '-' || c == ' ') && !s.contains("  ");
  }

  /**
   * The line's cells, one per column, blank where the column's span holds no text; null when a run of text does
   * not lie within one column's span (a paragraph, or a cell too wide for its column): which column it belongs to
   * is then not the rule's to say.
   */
  List<Cell> cells(String line) {
    StringBuilder[] text = new StringBuilder[starts.length];
    int column = 0;
    int i = 0;
    while (i < line.length()) {
      if (Cell.Text.isSpace(line.charAt(i))) {
        column += width(line.charAt(i)); // an ideographic space takes two columns
        i++;
        continue;
      }
      int from = column;
      int j = i;
      int end = column;
      while (j < line.length() && !Cell.Text.isSpace(line.charAt(j))) {
        int cp = line.codePointAt(j);
        end += width(cp);
        j += Character.charCount(cp);
      }
      int span = spanOf(from, end);
      if (span < 0) {
        return null;
      }
      if (text[span] == null) {
        text[span] = new StringBuilder();
      } else {
        text[span].append(' ');
      }
      text[span].append(line, i, j);
      column = end;
      i = j;
    }
    List<Cell> cells = new ArrayList<>(starts.length);
    for (StringBuilder t : text) {
      cells.add(new Cell(t == null ? "" : t.toString()));
    }
    return cells;
  }

  /** The column whose span holds display columns {@code from} to {@code end}, or -1. */
  private int spanOf(int from, int end) {
    for (int c = 0; c < starts.length; c++) {
      if (from >= starts[c] && end <= ends[c]) {
        return c;
      }
    }
    return -1;
  }

  /** Display columns of a code point: two for the East Asian wide and fullwidth forms, one otherwise. */
  static int width(int cp) {
    if (cp < 0x1100) {
      return 1;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
        || script == Character.UnicodeScript.BOPOMOFO) {
      return 2;
    }
    // Fullwidth forms (FF01–FF60, FFE0–FFE6) and the CJK punctuation and symbol blocks (3000–303F, FE30–FE4F).
    return (cp >= 0xFF01 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x3000 && cp <= 0x303F)
        || (cp >= 0xFE30 && cp <= 0xFE4F) ? 2 : 1;
  }
}
