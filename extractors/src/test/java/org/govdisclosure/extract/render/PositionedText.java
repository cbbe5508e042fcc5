package org.govdisclosure.extract.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Document;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;

/**
 * A report as a converter prints its tables without box characters (pandoc's plain text): each column a span of
 * display columns under a rule of dash runs, a cell's text placed in its span (numbers to the left or the right), a
 * blank cell only spaces. A label wider than its column wraps inside it; the table is then a multiline one, its rows
 * parted by blank lines.
 */
final class PositionedText {

  /** Display columns of a narrow header's cells: two characters a line (商业 / 企业, 社会 / 公益 / 组织). */
  private static final int NARROW_HEADER = 4;

  private final Random rnd;
  /** Display columns a label column may take before its text wraps. */
  private final int labelWidth;
  /** Display columns a header cell over the values (rows above a table's first figure) may take before it wraps. */
  private final int headerWidth;
  private final boolean numbersRight;
  private final Style style;

  private PositionedText(Style style, boolean narrowHeaders, Random rnd) {
    this.style = style;
    this.rnd = rnd;
    this.labelWidth = 2 * (5 + rnd.nextInt(14));
    this.headerWidth = narrowHeaders ? NARROW_HEADER : labelWidth;
    this.numbersRight = rnd.nextBoolean();
  }

  static String of(Document doc, Style style, Random rnd) {
    return of(doc, style, false, rnd);
  }

  /**
   * @param narrowHeaders whether the header's cells are as narrow as two characters, each word wrapping in its column
   *     over lines of its own
   */
  static String of(Document doc, Style style, boolean narrowHeaders, Random rnd) {
    PositionedText t = new PositionedText(style, narrowHeaders, rnd);
    StringBuilder b = new StringBuilder();
    for (Block block : doc.blocks()) {
      if (block instanceof Paragraph p) {
        b.append(p.raw()).append("\n\n");
      } else if (block instanceof Table table) {
        t.table(table, b);
      }
    }
    return b.toString();
  }

  private void table(Table table, StringBuilder b) {
    int columns = table.rows().stream().mapToInt(r -> r.cells().size()).max().orElse(0);
    int[] widths = new int[columns];
    List<List<List<String>>> pieces = new ArrayList<>();
    boolean header = true;
    for (Row row : table.rows()) {
      List<String> texts = placed(row, columns);
      header &= texts.stream().noneMatch(PositionedText::isNumber);
      List<List<String>> cells = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        String text = texts.get(c);
        List<String> wrapped = wrap(text, isNumber(text) ? Integer.MAX_VALUE : header && c > 0 ? headerWidth : labelWidth);
        cells.add(wrapped);
        for (String p : wrapped) {
          widths[c] = Math.max(widths[c], width(p));
        }
      }
      pieces.add(cells);
    }
    for (int c = 0; c < columns; c++) {
      widths[c] = Math.max(widths[c], 2) + rnd.nextInt(3);
    }
    boolean multiline = pieces.stream().anyMatch(r -> r.stream().anyMatch(p -> p.size() > 1));
    b.append(style.rule(widths, 0));
    for (int r = 0; r < pieces.size(); r++) {
      List<List<String>> cells = pieces.get(r);
      int lines = cells.stream().mapToInt(List::size).max().orElse(1);
      for (int l = 0; l < lines; l++) {
        StringBuilder line = new StringBuilder(style.left);
        for (int c = 0; c < columns; c++) {
          String p = l < cells.get(c).size() ? cells.get(c).get(l) : "";
          String pad = " ".repeat(widths[c] - width(p));
          line.append(c == 0 ? "" : style.between).append(numbersRight && isNumber(p) ? pad + p : p + pad);
        }
        b.append(line.append(style.right).toString().stripTrailing()).append('\n');
      }
      if (r < pieces.size() - 1 && (style == Style.PLUS_GRID || style == Style.BOX_GRID)) {
        b.append(style.rule(widths, r == 0 && rnd.nextBoolean() ? 1 : 2));
      } else if (multiline && r < pieces.size() - 1 && style == Style.DASH_RULES) {
        b.append('\n');
      }
    }
    b.append(style.rule(widths, 3)).append('\n');
  }

  /**
   * The row's texts in the columns of the grid: a row shorter than the table has a label merged over the columns it
   * lacks (a row without a subgroup), so blanks go right after its last label and its values stand under their
   * headers, as the converter prints a merged cell: in its first column, the others empty.
   */
  private static List<String> placed(Row row, int columns) {
    List<String> texts = new ArrayList<>(columns);
    int lastLabel = -1;
    for (Cell c : row.cells()) {
      String text = Cell.Text.strip(c.raw().replace("\n", ""));
      lastLabel = text.length() > 1 && !isNumber(text) ? texts.size() : lastLabel;
      texts.add(text);
    }
    while (texts.size() < columns) {
      texts.add(lastLabel + 1, "");
    }
    return texts;
  }

  /** How the table's cells are parted: by position under dash rules, or drawn as a grid. */
  enum Style {
    /** pandoc plain: dash runs over the columns, cells apart by a space, rows by blank lines where a cell wraps. */
    DASH_RULES("  ", " ", "", new String[] {"   -", "   -", "   -", "   -"}),
    /** pandoc's grid tables: {@code +----+} rules, {@code |} between cells, {@code +====+} under the header. */
    PLUS_GRID("| ", " | ", " |", new String[] {"+++-", "+++=", "+++-", "+++-"}),
    /** A browser's text dump (w3m): box-drawing rules and verticals. */
    /** A browser's dump of a borderless table, a PDF's text with its layout kept: no rules, no lines between rows. */
    SPACED("  ", " ", "", null),
    BOX_GRID("\u2502 ", " \u2502 ", " \u2502", new String[] {"\u250c\u252c\u2510\u2500", "\u251c\u253c\u2524\u2550",
        "\u251c\u253c\u2524\u2500", "\u2514\u2534\u2518\u2500"});

    final String left;
    final String between;
    final String right;
    /** Per rule (top, under the header, between rows, bottom): its left corner, junction, right corner and line. */
    private final String[] rules;

    Style(String left, String between, String right, String[] rules) {
      this.left = left;
      this.between = between;
      this.right = right;
      this.rules = rules;
    }

    /** The rule line, with its line end; empty for a style without rules. */
    String rule(int[] widths, int which) {
      if (rules == null) {
        return "";
      }
      String r = rules[which];
      boolean dash = this == DASH_RULES;
      StringBuilder b = new StringBuilder(dash ? "  " : String.valueOf(r.charAt(0)));
      for (int c = 0; c < widths.length; c++) {
        b.append(c == 0 ? "" : String.valueOf(r.charAt(1))).append(String.valueOf(r.charAt(3)).repeat(widths[c] + (dash ? 0 : 2)));
      }
      return (dash ? b : b.append(r.charAt(2))).append('\n').toString();
    }
  }

  private static boolean isNumber(String text) {
    return !text.isEmpty() && text.chars().allMatch(Character::isDigit);
  }

  /** The text cut into pieces of at most {@code width} display columns. */
  private static List<String> wrap(String text, int width) {
    List<String> pieces = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    int used = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int w = width(cp);
      if (used + w > width && used > 0) {
        pieces.add(piece.toString());
        piece.setLength(0);
        used = 0;
      }
      piece.appendCodePoint(cp);
      used += w;
      i += Character.charCount(cp);
    }
    pieces.add(piece.toString());
    return pieces;
  }

  private static int width(String s) {
    return s.codePoints().map(PositionedText::width).sum();
  }

  /** A converter's count of display columns: two for CJK ideographs, kana, fullwidth forms and CJK punctuation. */
  private static int width(int cp) {
    return cp >= 0x2E80 && cp <= 0xA4CF || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F
        || cp >= 0xFF01 && cp <= 0xFF60 || cp >= 0xFFE0 && cp <= 0xFFE6 ? 2 : 1;
  }
}
