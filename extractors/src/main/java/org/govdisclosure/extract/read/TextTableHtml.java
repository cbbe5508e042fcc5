package org.govdisclosure.extract.read;

/**
 * The HTML of a cell of a table written in a text markup ({@link AsciiDocTables}, {@link WikiTables}, {@link BbcodeTables}, {@link RstListTables},
 * {@link LatexTabulars}) or drawn in text ({@link DrawnTables}), which is read
 * as the HTML table it stands for: markup characters escaped, the cell's line breaks kept as {@code <br>}.
 */
final class TextTableHtml {

  private TextTableHtml() {}

  static String cell(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>");
  }

  /** Appends the cell as a {@code <td>} spanning {@code columns} and {@code rows}, a span of one left unsaid. */
  static void appendCell(StringBuilder html, String text, int columns, int rows) {
    html.append("<td");
    if (columns > 1) {
      html.append(" colspan=\"").append(columns).append('"');
    }
    if (rows > 1) {
      html.append(" rowspan=\"").append(rows).append('"');
    }
    html.append('>').append(cell(text)).append("</td>");
  }
}
