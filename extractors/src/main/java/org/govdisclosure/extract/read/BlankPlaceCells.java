package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A row's line whose counts are parted by ASCII spaces and whose blank cells print as an ideographic space standing
 * alone between them ({@code （一）予以公开　 3 　 　 0 　 3}): each such space is a cell's place, so the line prints
 * every cell of its row, and it is rewritten as a grid's row, its label and cells parted by tabs. The label may end in
 * a blank place (the ideographic space glued to it, an ASCII gap after) or be glued to its first count
 * ({@code 申请数量9 　 9}). Whether the row prints as many cells as it has is the table's reader's to tell: read by
 * position only then. A line without such a place, or whose spaces are all ideographic, is left as printed.
 */
final class BlankPlaceCells {

  /** A blank cell's place: an ideographic space standing alone between ASCII gaps. */
  private static final String PLACE = "\u3000";
  private static final Pattern COUNT = Pattern.compile(LabelsAfterValues.VALUE);
  private static final Pattern GAPS = Pattern.compile(" +");
  /** A label glued to its row's first count: the label ends in an ideograph, a closing bracket or a closing quote. */
  private static final Pattern GLUED_COUNT = Pattern.compile("(.*[\\p{IsHan}）)”\"])(\\d{1,9})");

  private BlankPlaceCells() {}

  /** The lines with each row printing blank places rewritten label and cells parted by tabs. */
  static List<String> tabbed(List<String> lines) {
    List<String> out = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.indexOf('\u3000') < 0 || line.indexOf(' ') < 0 || line.indexOf('\t') >= 0) {
        continue; // most lines: no ideographic space, or no ASCII gap for it to stand alone in
      }
      String row = row(line);
      if (row != null) {
        out = out != null ? out : new ArrayList<>(lines);
        out.set(i, row);
      }
    }
    return out == null ? lines : out;
  }

  /** The line as a labelled row's cells parted by tabs, or null where it prints no blank place after a label. */
  static String row(String line) {
    int from = 0;
    int to = line.length();
    while (from < to && line.charAt(from) == ' ') {
      from++;
    }
    while (to > from && line.charAt(to - 1) == ' ') {
      to--;
    }
    String[] tokens = GAPS.split(line.substring(from, to));
    int head = tokens.length - 1;
    List<String> cells = new ArrayList<>();
    boolean place = false;
    boolean count = false;
    for (; head >= 0; head--) {
      if (tokens[head].equals(PLACE)) {
        cells.add(0, "");
        place = true;
      } else if (COUNT.matcher(tokens[head]).matches()) {
        cells.add(0, tokens[head]);
        count = true;
      } else {
        break;
      }
    }
    if (head < 0) {
      return place && count ? String.join("\t", cells) : null; // a row's counts alone, its label wrapped around them
    }
    String label = tokens[head];
    Matcher glued = GLUED_COUNT.matcher(label);
    if (label.length() > 1 && label.endsWith(PLACE) && label.charAt(label.length() - 2) != '\u3000'
        && !Character.isWhitespace(label.charAt(label.length() - 2))) {
      label = label.substring(0, label.length() - 1); // a cell's place only where the line prints others apart
      cells.add(0, "");
    } else if (glued.matches()) {
      label = glued.group(1);
      cells.add(0, glued.group(2));
      count = true;
    }
    if (!place || !count) {
      return null;
    }
    StringBuilder row = new StringBuilder();
    for (int t = 0; t < head; t++) {
      row.append(tokens[t]).append(' ');
    }
    row.append(label);
    cells.forEach(c -> row.append('\t').append(c));
    return row.toString();
  }
}
