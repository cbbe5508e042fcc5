package org.govdisclosure.extract.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tables in a forum's BBCode, as a post copied from a Discuz-like board holds them: {@code [table]} … {@code [/table]},
 * {@code [tr]} rows, {@code [td]} cells, a merged cell {@code [td=colspan,rowspan]} ({@code [td=3,1]}; a third figure,
 * or a lone one, is a width). Read as the HTML table they stand for, so that merged cells are expanded as the HTML
 * reader expands them. In a text that holds such a table, the board's formatting tags ({@code [b]}, {@code [size=2]},
 * {@code [font=宋体]}, {@code [color=#000]}, {@code [align=center]}, …) are no text: a heading in bold is its words.
 */
final class BbcodeTables {

  private static final Pattern TABLE = Pattern.compile("(?is)\\[table(?:=[^\\]]*)?\\](.*?)\\[/table\\]");
  private static final Pattern ROW = Pattern.compile("(?is)\\[tr(?:=[^\\]]*)?\\](.*?)\\[/tr\\]");
  private static final Pattern CELL = Pattern.compile("(?is)\\[td(?:=(\\d{1,4})(?:,(\\d{1,4}))?(?:,\\d{1,4}%?)?)?\\](.*?)\\[/td\\]");
  private static final Pattern FORMAT = Pattern.compile(
      "(?i)\\[/?(?:b|i|u|s|strike|size|font|color|backcolor|align|p|indent|float|sup|sub)(?:=[^\\[\\]\\n]*)?\\]");

  private BbcodeTables() {}

  /** {@code text} with each BBCode table replaced by an HTML table and the formatting tags dropped; the text itself if none. */
  static String asHtml(String text) {
    if (text.indexOf("[table") < 0 && text.indexOf("[TABLE") < 0 || !TABLE.matcher(text).find()) {
      return text;
    }
    String plain = FORMAT.matcher(text).replaceAll("");
    Matcher table = TABLE.matcher(plain);
    StringBuilder out = new StringBuilder(plain.length());
    while (table.find()) {
      table.appendReplacement(out, Matcher.quoteReplacement(html(table.group(1))));
    }
    return table.appendTail(out).toString();
  }

  private static String html(String body) {
    StringBuilder b = new StringBuilder("<table>");
    Matcher row = ROW.matcher(body);
    while (row.find()) {
      b.append("<tr>");
      Matcher cell = CELL.matcher(row.group(1));
      while (cell.find()) {
        b.append("<td");
        if (cell.group(2) != null) { // one figure alone is a width
          b.append(" colspan=\"").append(cell.group(1)).append("\" rowspan=\"").append(cell.group(2)).append('"');
        }
        b.append('>').append(TextTableHtml.cell(cell.group(3).strip())).append("</td>");
      }
      b.append("</tr>");
    }
    return b.append("</table>").toString();
  }
}
