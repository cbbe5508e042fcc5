package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table exported as one line per cell, the cell's path of labels parted by slashes and its value after a colon
 * ({@code 三、本年度办理结果/（一）予以公开/自然人：28}), in whatever order the export walked the grid. Each such line
 * is read as a row of its labels and its value ({@code 三、本年度办理结果 | （一）予以公开 | 自然人 | 28}), so that the
 * section's reader finds each value under the column its line names rather than by its place among the lines.
 * Only a run of such lines: a lone date (2024/1/1 10:30) or a sentence is none.
 */
final class KeyPathRows {

  /** A label: no slash, colon or cell separator, save a colon in brackets ({@code 本年收费金额（单位：万元）}). */
  private static final String LABEL = "(?:[^/:：\\t|(（]++|[(（][^)）/]*+[)）])++";
  /**
   * A path of two labels at least, then a colon and a short value (an amount with its unit), or none or a slash (a blank cell); never a colon
   * after a digit, a time's ({@code 2024/1/17 10:30}).
   */
  private static final Pattern KEY_PATH_LINE = Pattern.compile(
      "^(" + LABEL + "(?:/" + LABEL + ")+)(?<!\\d)[:：][ \\u3000]*([^/:：\\t|\\p{IsHan}]{0,12}|[^/:：\\t|\\p{IsHan}]{1,16}万?元|零|/)$");
  /** Longer lines are sentences or a table's rows, never one cell's path. */
  private static final int MAX_LENGTH = 200;
  /** Fewer lines than this make no table. */
  private static final int MIN_RUN = 3;

  private KeyPathRows() {}

  static List<String> tabbed(List<String> lines) {
    List<String> out = null;
    int i = 0;
    while (i < lines.size()) {
      int end = i;
      while (end < lines.size() && row(lines.get(end)) != null) {
        end++;
      }
      if (end - i >= MIN_RUN) {
        out = out != null ? out : new ArrayList<>(lines.subList(0, i));
        for (int j = i; j < end; j++) {
          out.add(row(lines.get(j)));
        }
        i = end;
      } else {
        if (out != null) {
          out.addAll(lines.subList(i, Math.max(end, i + 1)));
        }
        i = Math.max(end, i + 1);
      }
    }
    return out != null ? out : lines;
  }

  /** The line as tab-separated cells, or null when it is no key path line. */
  static String row(String line) {
    if (line.length() > MAX_LENGTH || line.indexOf('/') < 0) {
      return null;
    }
    Matcher m = KEY_PATH_LINE.matcher(line.strip());
    if (!m.matches()) {
      return null;
    }
    return m.group(1).replace('/', '\t') + '\t' + m.group(2).strip();
  }
}
