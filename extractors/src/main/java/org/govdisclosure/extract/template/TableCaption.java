package org.govdisclosure.extract.template;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.model.Cell;

/**
 * A table's caption, above the table or printed again where it goes on ({@code 表3 收到和处理政府信息公开申请情况（续）},
 * {@code 续表三}, {@code 表4 行政复议和行政诉讼情况（2023年）}): its figures are the table's number and the dates of its
 * title (a year, a month, a day, a span of months), never a count. Stated once for the readers and the table tokens.
 */
public final class TableCaption {

  private static final Pattern CAPTION = Pattern.compile("^续?表 ?(?:\\d{1,2}|[" + Ordinals.NUMERALS + "]{1,2})(?![\\d"
      + Ordinals.NUMERALS + "])((?:\\D|\\d{4} ?年|\\d{1,2} ?(?:[-—–~至] ?\\d{1,2} ?)?月|\\d{1,2} ?日)*)$");

  private TableCaption() {}

  /** Whether the line is a table's caption. */
  public static boolean is(String raw) {
    return title(raw) != null;
  }

  /** The caption's title, its number dropped ({@code 行政复议} of {@code 表1 行政复议}; maybe empty), or null when the line is no caption. */
  public static String title(String raw) {
    if (raw.indexOf('表') < 0) {
      return null; // most lines: no matcher
    }
    Matcher m = CAPTION.matcher(Cell.Text.singleSpaced(Cell.Text.nfkc(Cell.Text.strip(raw))));
    return m.matches() ? m.group(1).strip() : null;
  }
}
