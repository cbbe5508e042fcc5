package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.model.PageFurniture;

/**
 * A text table whose label column was copied before its value columns (a PDF viewer's copy of a page: the row labels
 * of the page, one a line, then the rows' values, one row a line). A reader pairs the n-th label with the n-th line of
 * values when the page prints as many labels as lines of values: each such block is rewritten label first, one row a
 * line, as the tables are read everywhere else. The block must open where a label column does: under the column
 * header (a line of as many names as the rows hold values) or under a page's number, after a block so paired; a label
 * wrapped onto two lines, or a group label taking no values, makes the counts differ, and the block is left as printed.
 */
final class LabelColumnFirst {

  /** A line of values alone: two at least, parted by spaces. */
  private static final Pattern VALUES = Pattern.compile("[ \\t\u3000]*" + LabelsAfterValues.VALUE
      + "(?:[ \\t\u3000]+" + LabelsAfterValues.VALUE + ")+[ \\t\u3000]*");
  /** Labels in a block: fewer are a row whose values follow on the next line, read as printed. */
  private static final int MIN_ROWS = 2;

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
      boolean page = isPageNumber(line);
      int opens;
      if (page && width > 0) {
        opens = width;
      } else if (!page && isText(line)) {
        opens = cells(line);
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
      if (rows < MIN_ROWS) {
        continue;
      }
      int values = labels;
      while (values < lines.size() && values - labels < rows && valueLine.reset(lines.get(values)).matches()
          && cells(lines.get(values)) == opens) {
        values++;
      }
      if (values - labels != rows || values < lines.size() && valueLine.reset(lines.get(values)).matches()) {
        continue;
      }
      out = out != null ? out : new ArrayList<>(lines);
      for (int k = 0; k < rows; k++) {
        out.set(i + 1 + k, lines.get(i + 1 + k).strip() + "\t" + lines.get(labels + k).strip());
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

  /** Whether a line holds text, a character of a label (a page's number or a line of values holds none). */
  private static boolean isText(String line) {
    for (int k = 0; k < line.length(); k++) {
      if (Character.isIdeographic(line.charAt(k))) {
        return true; // a line of values holds no letter
      }
    }
    return false;
  }

  /** The pieces of a line parted by spaces, counted without cutting it (most lines of a text are asked). */
  private static int cells(String line) {
    int cells = 0;
    boolean inCell = false;
    for (int k = 0; k < line.length(); k++) {
      char c = line.charAt(k);
      boolean space = c == ' ' || c == '\t' || c == '\u3000';
      cells += !space && !inCell ? 1 : 0;
      inCell = !space;
    }
    return cells;
  }

  private static boolean isPageNumber(String line) {
    return PageFurniture.isPageNumber(line, PageFurniture.Form.ANY);
  }
}
