package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.model.PageFurniture;
import org.govdisclosure.extract.value.CellKind;
import org.govdisclosure.extract.value.Numerals;

/**
 * A text table whose label column was copied before its value columns (a PDF viewer's copy of a page: the row labels
 * of the page, one a line, then the rows' values, one row a line). A reader pairs the n-th label with the n-th line of
 * values when the page prints as many labels as lines of values: each such block is rewritten label first, one row a
 * line, as the tables are read everywhere else. The block must open where a label column does: under the column
 * header (a line of as many names as the rows hold values) or under a page's number, after a block so paired; a label
 * wrapped onto two lines, or a group label taking no values, makes the counts differ, and the block is left as printed.
 * A text box may print a blank cell as an ideographic space standing alone between the gaps: that space is the cell's
 * place, counted as a cell and kept as one.
 */
final class LabelColumnFirst {

  /** A value: a count, a blank cell's mark, or the word 无 a table prints for none. */
  static final String VALUE = "(?:" + LabelsAfterValues.VALUE + "|" + CellKind.NONE + ")";
  /** A line of values alone: two at least, parted by spaces. */
  private static final Pattern VALUES = Pattern.compile("[ \\t\u3000]*" + VALUE + "(?:[ \\t\u3000]+" + VALUE + ")+[ \\t\u3000]*");
  /**
   * A blank cell's place in a line of values parted by ASCII spaces: an ideographic space standing alone between them
   * ({@code 　  72  　  0  　  　  72}), a cell of its own rather than a gap or an indent.
   */
  static final Pattern BLANK_PLACE = Pattern.compile("(?<=^| )\u3000(?= |$)");
  /** What a blank cell's place is read as when a line is matched and its cells counted: a blank mark. */
  private static final String BLANK_MARK = CellKind.BLANK_MARK_CHARS.substring(0, 1);
  /** The ASCII spaces parting the cells of a line of values with blank places. */
  private static final Pattern GAPS = Pattern.compile(" +");
  /** Labels in a block: fewer are a row whose values follow on the next line, read as printed. */
  private static final int MIN_ROWS = 2;
  /** A label column's head is a word: 项目, 类别, 指标名称. */
  private static final int MAX_HEAD = 4;

  private LabelColumnFirst() {}

  /** The lines with each block of labels followed by as many lines of values rewritten one row a line. */
  static List<String> paired(List<String> lines) {
    List<String> out = null;
    BitSet moved = new BitSet();
    Matcher valueLine = VALUES.matcher("");
    int labels = 0; // where the run of label lines after line i ends
    int width = 0; // the cells of the rows of the blocks paired so far, 0 outside such a table
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      boolean text = isText(line);
      // a page's number matters only within a table paired so far, or to tell a line of text none (第 3 页)
      boolean page = (width > 0 || text) && isPageNumber(line);
      int opens;
      if (page && width > 0) {
        opens = width;
      } else if (!page && text) {
        opens = LineStarts.pieces(line);
        width = 0;
      } else {
        width = line.isBlank() ? width : 0; // a blank line around a page's number parts no table
        continue;
      }
      if (opens < 2) {
        continue;
      }
      // the run of label lines after a line of it ends where the run does: each line of text is looked at once
      labels = Math.max(labels, i + 1);
      while (labels < lines.size() && isText(lines.get(labels)) && !isPageNumber(lines.get(labels))) {
        labels++;
      }
      int rows = labels - i - 1;
      if (rows == 0 && i + 1 < lines.size() && isValues(valueLine, lines.get(i + 1))) {
        int end = headedBlockBefore(lines, i, opens, valueLine);
        if (end > 0) {
          out = out != null ? out : new ArrayList<>(lines);
          int n = end - i - 1;
          out.set(i - n - 1, line); // the value columns' header, in the label column's head's place
          for (int k = 0; k < n; k++) {
            out.set(i - n + k, lines.get(i - n + k).strip() + "\t" + valueCells(lines.get(i + 1 + k)));
          }
          moved.set(i, end);
          i = end - 1;
          continue;
        }
      }
      if (rows < MIN_ROWS) {
        continue;
      }
      int values = labels;
      while (values < lines.size() && values - labels < rows && isValues(valueLine, lines.get(values))
          && LineStarts.pieces(placed(lines.get(values))) == opens) {
        values++;
      }
      if (values - labels != rows || values < lines.size() && isValues(valueLine, lines.get(values))) {
        continue;
      }
      out = out != null ? out : new ArrayList<>(lines);
      for (int k = 0; k < rows; k++) {
        out.set(i + 1 + k, lines.get(i + 1 + k).strip() + "\t" + valueCells(lines.get(labels + k)));
        moved.set(labels + k);
      }
      width = opens;
      i = values - 1;
    }
    if (out == null) {
      return lines;
    }
    List<String> rowsFirst = new ArrayList<>(out.size() - moved.cardinality());
    for (int k = 0; k < out.size(); k++) {
      if (!moved.get(k)) {
        rowsFirst.add(out.get(k));
      }
    }
    return rowsFirst;
  }

  /**
   * Where the lines of values after the value columns' header at {@code header} end, when as many labels stand right
   * before that header under the label column's own head (a PDF converted to Word: the label column's text box, 项目
   * and its labels, then the values' box, their header and one row a line); -1 otherwise. The head, one short word
   * with no ordinal or figure, bounds the labels: a group label among them (（三）不予公开, taking no values) would
   * leave a label, never such a word, where the head is looked for, and the block is left as printed.
   */
  private static int headedBlockBefore(List<String> lines, int header, int width, Matcher valueLine) {
    int end = header + 1;
    while (end < lines.size() && isValues(valueLine, lines.get(end)) && LineStarts.pieces(placed(lines.get(end))) == width) {
      end++;
    }
    int n = end - header - 1;
    if (n < MIN_ROWS || header - n - 1 < 0 || end < lines.size() && isValues(valueLine, lines.get(end))) {
      return -1;
    }
    for (int k = header - n; k < header; k++) {
      if (!isText(lines.get(k)) || isPageNumber(lines.get(k))) {
        return -1;
      }
    }
    return isColumnHead(lines.get(header - n - 1).strip()) ? end : -1;
  }

  /** Whether the line is a line of values alone ({@link #VALUES}): two pieces at least, told before the matcher. */
  private static boolean isValues(Matcher valueLine, String line) {
    String placed = placed(line);
    return LineStarts.pieces(placed) >= 2 && valueLine.reset(placed).matches();
  }

  /** A line with each blank cell's place ({@link #BLANK_PLACE}) a blank mark, to be matched and its cells counted. */
  private static String placed(String line) {
    return line.indexOf('\u3000') < 0 ? line : BLANK_PLACE.matcher(line).replaceAll(BLANK_MARK);
  }

  /**
   * A line of values as a row's cells: as printed, but a line with blank places parts its cells by tabs, so that
   * each place stays a cell where spaces would fold it into the gap around it.
   */
  private static String valueCells(String line) {
    if (line.indexOf('\u3000') < 0 || !BLANK_PLACE.matcher(line).find()) {
      return line.strip();
    }
    return String.join("\t", gapParted(line));
  }

  /**
   * The pieces of a line parted by runs of ASCII spaces, its ASCII margins left out: an ideographic space stays a
   * piece (a blank cell's place), where {@link String#strip()} would drop it at either end.
   */
  static String[] gapParted(String line) {
    int from = 0;
    int to = line.length();
    while (from < to && line.charAt(from) == ' ') {
      from++;
    }
    while (to > from && line.charAt(to - 1) == ' ') {
      to--;
    }
    return GAPS.split(line.substring(from, to));
  }

  /** A label column's head: one short word of ideographs ({@code 项目}, {@code 指标名称}), no ordinal, no figure. */
  private static boolean isColumnHead(String line) {
    if (line.isEmpty() || line.length() > MAX_HEAD) {
      return false;
    }
    for (int k = 0; k < line.length(); k++) {
      if (!Character.isIdeographic(line.charAt(k)) || Numerals.CHINESE_DIGITS.indexOf(line.charAt(k)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a line holds text, a character of a label (a page's number or a line of values holds none, but for the
   * cells 无 among its counts: {@code 2 无 0}).
   */
  private static boolean isText(String line) {
    for (int k = 0; k < line.length(); k++) {
      char c = line.charAt(k);
      if (c != CellKind.NONE && Character.isIdeographic(c)) {
        return true; // a line of values holds no letter
      }
    }
    return line.indexOf(CellKind.NONE) >= 0 && !VALUES.matcher(line).matches();
  }

  private static boolean isPageNumber(String line) {
    return PageFurniture.isPageNumber(line, PageFurniture.Form.ANY);
  }
}
