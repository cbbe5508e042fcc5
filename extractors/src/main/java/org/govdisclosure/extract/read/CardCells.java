package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.value.CellKind;

/**
 * A table as a screen reader speaks it, a card a row: each row's label on a line of its own (a group's label on the
 * line before), then a line per cell, its column's name (a nested column's names spoken in turn), the pause of a comma
 * and its value ({@code 一、本年新收政府信息公开申请数量} / {@code 自然人，6} / {@code 法人或其他组织 商业企业，0};
 * {@code 空白} a blank).
 * Each cell is written as the path of its labels and column ({@code 一、本年新收…/自然人：6}, the words of a nested
 * column's name parts of the path), which {@link KeyPathRows} reads as the cell it names; a card under no row's label
 * is one row under a header of its columns' names. A run of such cards only: a line or two of prose that happens to
 * read so makes none.
 */
final class CardCells {

  /**
   * A column's name (no digit or colon), the pause of a comma, and a count or amount (its thousands parted by commas,
   * its unit 元 or 万元 after it), a blank's word or mark: never a row of comma-separated values. A colon after a name
   * is left to the decoder's own reading of keyed lines.
   */
  private static final Pattern NAMED_CELL = Pattern.compile(
      "^([^\\d:：,，\\t|]{2,30}?)[ \\u3000]*[,，][ \\u3000]*([-−]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:万?元)?|空白|[" + CellKind.BLANK_MARK_CLASS + "]{1,2})$");
  /** A screen reader's announcement of the row it enters ({@code 第 4 行}): no label of the row. */
  private static final Pattern ROW_ANNOUNCED = Pattern.compile("^第[ \\u3000]*\\d{1,3}[ \\u3000]*行$");
  /**
   * A screen reader's announcement of a table it enters or leaves ({@code 表格，4 行，15 列}, {@code 表格结尾}): its
   * figures count the grid's rows and columns, no cell's, and it is no text of the report.
   */
  private static final Pattern TABLE_ANNOUNCED = Pattern.compile("^表格(?:[，,][ \\u3000]*\\d{1,3}[ \\u3000]*行[，,][ \\u3000]*\\d{1,3}[ \\u3000]*列|结尾)$");
  /** What a screen reader says of an empty cell. */
  private static final String BLANK = "空白";
  /** Labels a row has at most: its own and its groups'. */
  private static final int MAX_LABELS = 3;
  /** A longer line is prose, not a label. */
  private static final int MAX_LABEL_LENGTH = 60;
  /** Cells a run has at least: a table's. */
  private static final int MIN_CELLS = 6;

  private CardCells() {}

  /** The lines with each run of cards as key paths, without the announcements of tables; else the lines as they are. */
  static List<String> asKeyPaths(List<String> lines) {
    if (lines.stream().noneMatch(l -> l.startsWith("表格") && TABLE_ANNOUNCED.matcher(l.strip()).matches())
        && lines.stream().noneMatch(l -> (l.indexOf('，') > 0 || l.indexOf(',') > 0) && l.length() < 40 && NAMED_CELL.matcher(l.strip()).matches())) {
      return lines; // most texts: no screen reader's speech
    }
    List<String> out = new ArrayList<>(lines.size());
    int at = 0;
    while (at < lines.size()) {
      if (TABLE_ANNOUNCED.matcher(lines.get(at).strip()).matches()) {
        at++;
        continue;
      }
      int end = runEnd(lines, at);
      if (end > at) {
        out.addAll(keyPaths(lines.subList(at, end)));
        at = end;
      } else {
        out.add(lines.get(at++));
      }
    }
    return out;
  }

  private static boolean isCell(String line) {
    return line.indexOf('\t') < 0 && NAMED_CELL.matcher(line.strip()).matches();
  }

  /**
   * Whether the line is a cell that may open a run: its column's name holds no slash, so that an export's line per
   * cell ({@code 一、本年新收…/自然人：5}, read by {@link KeyPathRows}) after a heading is not taken for a card.
   */
  private static boolean opensCells(String line) {
    return isCell(line) && line.indexOf('/') < 0;
  }

  private static boolean isLabel(String line) {
    String s = line.strip();
    return !s.isEmpty() && s.length() <= MAX_LABEL_LENGTH && s.indexOf('。') < 0 && s.indexOf('/') < 0 && s.indexOf('\t') < 0
        && !isCell(s);
  }

  /**
   * The end of the run of cards that a label line at {@code at} opens (its first card's label only: the lines before
   * it are the section's), or {@code at} when none does.
   */
  private static int runEnd(List<String> lines, int at) {
    if (!isLabel(lines.get(at)) || at + 1 >= lines.size() || !opensCells(lines.get(at + 1))) {
      return at;
    }
    int cells = 0;
    int end = at;
    int i = at;
    while (i < lines.size()) {
      int labels = 0;
      while (i < lines.size() && labels <= MAX_LABELS && (isLabel(lines.get(i)) || ROW_ANNOUNCED.matcher(lines.get(i).strip()).matches())) {
        labels++;
        i++;
      }
      int first = i;
      while (i < lines.size() && (i == first ? opensCells(lines.get(i)) : isCell(lines.get(i)))) {
        i++;
      }
      if (i == first || labels > MAX_LABELS) {
        break;
      }
      cells += i - first;
      end = i;
    }
    return cells >= MIN_CELLS ? end : at;
  }

  private static List<String> keyPaths(List<String> run) {
    List<String> names = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (String line : run) {
      Matcher m = NAMED_CELL.matcher(line.strip());
      if (m.matches()) {
        names.add(m.group(1).strip());
        values.add(m.group(2).equals(BLANK) ? "" : m.group(2));
      } else if (!ROW_ANNOUNCED.matcher(line.strip()).matches()) {
        names = null;
        break;
      }
    }
    if (names != null) {
      // one card and no row's label: one row of the table under its columns' names, a blank keeping its place
      return List.of(String.join("\t", names), String.join("\t", values));
    }
    List<String> out = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    boolean inCells = false;
    for (String line : run) {
      String s = line.strip();
      Matcher m = NAMED_CELL.matcher(s);
      if (line.indexOf('\t') < 0 && m.matches()) {
        inCells = true;
        String value = m.group(2).equals(BLANK) ? "" : m.group(2);
        // a slash in a name is its text (本年增/减), a path's parts are the words of a nested column's name
        String column = String.join("/", m.group(1).strip().replace('/', '／').split("[ \\u3000]+"));
        out.add((labels.isEmpty() ? "" : String.join("/", labels) + "/") + column + "：" + value);
      } else {
        if (inCells) {
          labels.clear();
          inCells = false;
        }
        if (!ROW_ANNOUNCED.matcher(s).matches()) {
          labels.add(s);
        }
      }
    }
    return out;
  }
}
