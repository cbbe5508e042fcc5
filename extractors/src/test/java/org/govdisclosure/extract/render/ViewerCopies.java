package org.govdisclosure.extract.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What viewers and extractors make of a text export without changing what a reader reads: a PDF's bold overprinted
 * (every character of a label doubled: 本本年年), a code viewer's line numbers, a screen reader speaking the tables a
 * cell a line with its place, a web article's decorated headings and items.
 */
final class ViewerCopies {

  private static final List<String> LINE_NUMBERS = List.of("%4d | ", "%d: ", "L%d ", "%d\t", "%3d  ");
  private static final List<String> DECORATIONS = List.of("▎", "◆", "✅", "👉", "·", "■ ");

  private ViewerCopies() {}

  /** Every piece holding an ideograph printed with each character twice, as bold overprinting extracts. */
  static String overprinted(String text) {
    StringBuilder b = new StringBuilder(text.length() * 2);
    for (String line : text.split("\n", -1)) {
      if (b.length() > 0) {
        b.append('\n');
      }
      int i = 0;
      while (i < line.length()) {
        int end = i;
        while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
          end++;
        }
        String piece = line.substring(i, end);
        boolean bold = piece.codePoints().anyMatch(Character::isIdeographic) && piece.indexOf('。') < 0;
        for (int k = 0; k < piece.length(); k++) {
          b.append(piece.charAt(k));
          if (bold) {
            b.append(piece.charAt(k));
          }
        }
        for (i = end; i < line.length() && Character.isWhitespace(line.charAt(i)); i++) {
          b.append(line.charAt(i));
        }
        if (end == i && i < line.length()) {
          i++;
        }
      }
    }
    return b.toString();
  }

  /** Every line after its number, counted from 1, in one of a viewer's styles. */
  static String numberedLines(String text, Random rnd) {
    String style = LINE_NUMBERS.get(rnd.nextInt(LINE_NUMBERS.size()));
    String[] lines = text.split("\n", -1);
    StringBuilder b = new StringBuilder(text.length() + lines.length * 6);
    for (int i = 0; i < lines.length; i++) {
      b.append(String.format(style, i + 1)).append(lines[i]).append(i + 1 < lines.length ? "\n" : "");
    }
    return b.toString();
  }

  /** Each run of tab-parted lines (a table) spoken a cell a line, {@code 第r行，第c列：text}, an empty cell 空白. */
  static String addressedCells(String tabbed) {
    List<String> out = new ArrayList<>();
    int row = 0;
    for (String line : tabbed.split("\n", -1)) {
      if (line.indexOf('\t') < 0) {
        row = 0;
        out.add(line);
        continue;
      }
      row++;
      String[] cells = line.split("\t", -1);
      for (int c = 0; c < cells.length; c++) {
        String cell = cells[c].strip();
        out.add("第" + row + "行，第" + (c + 1) + "列：" + (cell.isEmpty() ? "空白" : cell));
      }
    }
    return String.join("\n", out);
  }

  /** Each line that is no key-value cell (a heading, a row's label) after one decorative mark, drawn once. */
  static String decorated(String keyValueLines, Random rnd) {
    String mark = DECORATIONS.get(rnd.nextInt(DECORATIONS.size()));
    StringBuilder b = new StringBuilder(keyValueLines.length() * 11 / 10);
    for (String line : keyValueLines.split("\n", -1)) {
      boolean item = !line.isBlank() && line.indexOf('：') < 0 && line.indexOf(':') < 0 && !line.contains("。");
      b.append(item ? mark : "").append(line).append('\n');
    }
    return b.substring(0, b.length() - 1);
  }
}
