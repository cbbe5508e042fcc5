package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.value.CellKind;

/**
 * A portal's accessible text version, each line tagged in lenticular brackets with what it is: a cell after its
 * column's name ({@code 【自然人】5}, {@code 【空】} a blank), a row's or group's label after its role ({@code 【行】一、本年新收…},
 * {@code 【分组】三、本年度办理结果}). Written back as the grid it reads: each row's label and its cells parted by tabs,
 * under a header of its columns' names wherever they differ from the row's before. A run of such cells only: a line or
 * two of prose that opens with a bracket makes none.
 */
final class BracketTags {

  /** A tag and what follows it on the line. */
  private static final Pattern TAGGED = Pattern.compile("^【([^【】\\d]{1,30})】[ \\u3000]*(\\S.*)$");
  /** A count or amount as a cell prints it, a blank's word or a mark of none. */
  private static final Pattern VALUE = Pattern.compile(
      "^(?:[-−]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:万?元)?|【?空白?】?|[" + CellKind.BLANK_MARK_CLASS + "]{1,2})$");
  /** Cells a text has at least: a table's. */
  private static final int MIN_CELLS = 6;

  private BracketTags() {}

  /** The lines with each tagged row written as a row of tab-parted cells; else the lines as they are. */
  static List<String> tabbed(List<String> lines) {
    if (lines.stream().filter(l -> l.startsWith("【") && isCell(TAGGED.matcher(l.strip()))).limit(MIN_CELLS).count() < MIN_CELLS) {
      return lines; // most texts: no tagged cells
    }
    List<String> out = new ArrayList<>(lines.size());
    List<String> header = List.of();
    String label = null;
    List<String> names = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (String line : lines) {
      Matcher m = TAGGED.matcher(line.strip());
      boolean tagged = line.startsWith("【") && m.matches();
      if (tagged && isCell(m)) {
        names.add(m.group(1).strip());
        String value = m.group(2).strip();
        values.add(value.contains("空") ? "" : value);
        continue;
      }
      if (!names.isEmpty()) {
        if (!names.equals(header)) {
          out.add("\t" + String.join("\t", names));
          header = List.copyOf(names);
        }
        out.add((label == null ? "" : label) + "\t" + String.join("\t", values));
        names.clear();
        values.clear();
      } else if (label != null) {
        out.add(label); // a group's label, or a row with no cells
      }
      label = null;
      if (tagged) {
        label = m.group(2).strip(); // a label after its role's tag
      } else {
        header = List.of(); // the text's own line: a table after it has its header again
        out.add(line);
      }
    }
    if (!names.isEmpty()) {
      out.add("\t" + String.join("\t", names));
      out.add((label == null ? "" : label) + "\t" + String.join("\t", values));
    } else if (label != null) {
      out.add(label);
    }
    return out;
  }

  private static boolean isCell(Matcher tagged) {
    return tagged.matches() && VALUE.matcher(tagged.group(2).strip()).matches();
  }
}
