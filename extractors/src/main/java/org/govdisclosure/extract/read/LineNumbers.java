package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text copied from a code or file viewer that numbers its lines ({@code 12 | …}, {@code 12: …}, {@code L12 …},
 * {@code 12<TAB>…}): the numbers are the viewer's, no text of the report. A reader sees them for what they are because
 * they count the lines one by one from the first; only such a run, over nearly every line, is taken off.
 */
final class LineNumbers {

  /** A line's number and the mark or space parting it from the line's text (a blank line keeps its number alone). */
  private static final Pattern NUMBERED = Pattern.compile("^[ \\t]*L?(\\d{1,5})(?:[ \\t]*[|│:][ ]?|\\t|[ ]{1,2}|$)");
  /** Nearly every line: a viewer numbers each, a copy may lose or add one at its ends. */
  private static final double SHARE = 0.9;

  private LineNumbers() {}

  /** The lines without the viewer's numbers, where they number the lines one by one; else the lines as they are. */
  static List<String> stripped(List<String> lines) {
    int first = firstFilled(lines);
    if (first < 0 || !NUMBERED.matcher(lines.get(first)).find()) {
      return lines; // most texts: the first line is no numbered one
    }
    Matcher m = NUMBERED.matcher("");
    int counted = 0;
    int expected = -1;
    for (String line : lines) {
      if (m.reset(line).find()) {
        int n = Integer.parseInt(m.group(1));
        counted += expected < 0 || n == expected ? 1 : 0;
        expected = n + 1;
      } else if (expected >= 0) {
        expected++;
      }
    }
    if (counted < SHARE * lines.size() || counted < 3) {
      return lines;
    }
    List<String> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      out.add(m.reset(line).find() ? line.substring(m.end()) : line);
    }
    return out;
  }

  private static int firstFilled(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }
}
