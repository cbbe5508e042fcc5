package org.govdisclosure.extract.read;

/**
 * The HTML of a cell of a table written in a text markup ({@link AsciiDocTables}, {@link WikiTables}, {@link BbcodeTables}, {@link RstListTables}), which is read
 * as the HTML table it stands for: markup characters escaped, the cell's line breaks kept as {@code <br>}.
 */
final class TextTableHtml {

  private TextTableHtml() {}

  static String cell(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>");
  }
}
