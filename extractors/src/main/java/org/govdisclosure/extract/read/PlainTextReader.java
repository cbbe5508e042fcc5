package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;
import org.govdisclosure.extract.template.Ordinals;
import org.govdisclosure.extract.value.CellKind;
import org.jsoup.parser.Parser;

/**
 * Turns text exported from Word or copied from a page into paragraphs and tables. Understands three table
 * layouts, which may mix within one report:
 *
 * <ul>
 *   <li>one cell per line, each indented by a tab, rows separated by blank lines; a line without a tab right
 *       after a cell continues that cell (a wrapped header);
 *   <li>one row per line with tab-separated cells, or comma-separated as a spreadsheet saves them ({@link CsvRows}), or
 *       printed as Python lists as a script prints a PDF table's extracted rows ({@link PythonListRows});
 *   <li>markdown pipe rows ({@code | a | b |}), also when a copy lost the leading pipe ({@code 规章 | 0 | 0 |}), and rows
 *       without outer pipes under a delimiter row ({@code ---|---}), as GitHub's markdown allows, or in a run of
 *       lines that part into as many cells each, a pipe at a line's end then a blank cell's edge ({@link BarePipeRows});
 *   <li>one cell per line closed by a pipe ({@code 规章 |}), rows separated by lines of pipes only ({@code |});
 *   <li>grid tables as text dumps of pages and converters draw them, with box characters ({@code │ 821 │ 35 │})
 *       or {@code +---+} rules: a rule line separates rows, and the lines between two rules are one row whose
 *       wrapped cells are joined, blank cells kept in their places.
 * </ul>
 *
 * An HTML table inside the text, as markdown converters write a table with merged cells, is read as the HTML reader
 * reads it, and so are the tables of AsciiDoc, MediaWiki, a forum's BBCode and reStructuredText list tables that converters write
 * ({@link AsciiDocTables}, {@link WikiTables}, {@link BbcodeTables}, {@link RstListTables}), whose merged and empty cells lines of text would lose. Everything else is a paragraph (a markdown heading without its {@code #} marks). Tables end at the next paragraph.
 * Cells one per line without row boundaries, or spaced on one line, stay paragraphs: the section decoder reads their
 * cells in order.
 */
public final class PlainTextReader {

  private static final String DEBRIS_START = "[bookmark: ";
  /** What a converter leaves of Word's bookmarks; looked for only in the few lines that hold its start. */
  private static final Pattern DEBRIS = Pattern.compile(Pattern.quote(DEBRIS_START) + "[^]]*]");
  /**
   * A markdown heading's marks ({@code ### }), an AsciiDoc section title's ({@code == }, as converters to AsciiDoc
   * write headings), an org-mode outline's ({@code ** }, and a markdown list's bullet) or a Jira or Textile heading's
   * ({@code h2. }), or a screen reader's announcement of a heading's level ({@code 标题 2 级}, {@code 标题级别 2}): the
   * heading is the text after them.
   */
  private static final Pattern HEADING_MARKS =
      Pattern.compile("^(?:#{1,6}|={1,6}|\\*{1,6}(?=\\s)|h[1-6]\\.|标题[ \\u3000]*[1-6][ \\u3000]*级|标题级别[ \\u3000]*[1-6])\\s+");
  /** The bullets of an article's items, punctuation to Unicode ({@code ·}, {@code •}); the rest are symbols. */
  private static final String BULLETS = "·•‧∙";
  /**
   * Symbols a web article sets before its headings and items as decoration ({@code ▎}, {@code ◆}, {@code ✅},
   * {@code 👉}, {@code ·}) before the text they adorn, or the lenticular brackets round a whole line (or one opening
   * it, never closed: it encloses nothing): no part of it, so that a heading or a row label starts its line. Box drawing
   * is no decoration: it draws a table's borders.
   */
  private static final Pattern DECORATION =
      Pattern.compile("^(?:[[\\p{So}&&[^\\u2500-\\u257F]]\\uFE0F\\u200D" + BULLETS + "]+\\s*(?=[\\p{IsHan}(（\\d])|【(?=[^【】]+(?:】\\s*)?$))");
  /** What a heading in lenticular brackets closes with ({@code 【三、收到和处理政府信息公开申请情况】}). */
  private static final Pattern BRACKETED_LINE_END = Pattern.compile("】\\s*$");
  /**
   * A line in markdown's strong or emphasis marks ({@code **二、主动公开政府信息情况**}), or MediaWiki's
   * ({@code '''…'''}): the text inside, a heading or a title.
   */
  private static final Pattern EMPHASIZED_LINE =
      Pattern.compile("^(?:\\*{1,3}|__|'{2,3})(\\S.*?\\S?)(?:\\*{1,3}|__|'{2,3})\\s*$");
  /** A markdown table's delimiter row; the spaces around its cells may be any (a no-break or ideographic space). */
  private static final Pattern PIPE_SEPARATOR = Pattern.compile("^\\|?\\s*:?-{2,}.*", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern PIPE_ROW_WITHOUT_LEAD = Pattern.compile("^[^|]+\\|.*\\|$");
  private static final Pattern PIPE_CELL = Pattern.compile("^[^|]+\\|$");
  private static final Pattern PIPES_ONLY = Pattern.compile("^\\|+$");
  /** The delimiter row of a markdown table whose rows leave off their outer pipes ({@code ---|:---:|---}). */
  private static final Pattern BARE_DELIMITER = Pattern.compile("^:?-{3,}:?(?:\\s*\\|\\s*:?-{3,}:?)+\\s*\\|?$");
  /** A line break inside a markdown cell, as converters write a wrapped label ({@code 5.属于三类<br>内部事务信息}). */
  private static final Pattern CELL_BREAK = Pattern.compile("(?i)<br\\s*/?>");
  /**
   * A markdown cell's whole text in strong, emphasis or code-span marks ({@code **12**}, {@code *0*}, {@code __3__},
   * {@code `5`}), as a page stresses its non-zero counts: markup round the text, not part of it.
   */
  private static final Pattern EMPHASIZED_CELL = Pattern.compile("^\\s*(\\*{1,3}|_{1,3}|`{1,2})([^*_`\\s](?:.*?[^*_`\\s])?)\\1\\s*$");
  /** A cell separator of a pipe row: a pipe not escaped by a backslash. */
  private static final Pattern UNESCAPED_PIPE = Pattern.compile("(?<!\\\\)\\|");
  /** Markdown's backslash escape of an ASCII mark ({@code \.}, {@code \|}, {@code \*}). */
  private static final Pattern MARKDOWN_ESCAPE = Pattern.compile("\\\\(\\p{Punct})");
  /** Digits led by a zero: no figure, so no one figure's pieces wrapped over a grid row's lines. */
  private static final Pattern ZERO_LED_FIGURE = Pattern.compile("[0０][0-9０-９]+");
  /**
   * A rule line of a grid table: box-drawing characters ({@code ├──┼──┤}, also with the borders of cells that span
   * it, {@code │   ├──┤}) or a converter's {@code +----+} and {@code +====+}.
   */
  private static final Pattern GRID_RULE = Pattern.compile("^(?=.*[\\u2500-\\u257F+])(?=.*[-\\u2500\\u2501\\u2550=]{3})[\\u2500-\\u257F+\\-=:|\\s]+$");
  /**
   * The vertical lines box-drawn tables separate cells with, read as pipes; so is the full-width vertical line ｜ of
   * a text setting all its punctuation full width (GB style).
   */
  private static final Pattern BOX_VERTICAL = Pattern.compile("[\\u2502\\u2503\\u2551\\uFF5C]");
  /**
   * A number that a converter of PDFs to markdown took for a formula and wrote in TeX's inline math ({@code $12$}, and
   * as MinerU spaces its digits, {@code $1 2$} or {@code $\\mathbf{1 2}$}): TeX sets the digits together, so what the
   * page shows is the number alone.
   */
  private static final Pattern INLINE_MATH_NUMBER =
      Pattern.compile("\\$\\s*(?:\\\\math[a-z]{2,4}\\s*\\{\\s*)?([0-9０-９][0-9０-９\\s.,]*?)\\s*}?\\s*\\$");
  /**
   * A converter's own mark between a document's blocks, whose number counts pages or tables, never the report's:
   * Marker's page separator ({@code {3}-----}, its {@code paginate_output}) and Textract's caption over each table of
   * its CSV export ({@code Table: Table_3}). The table goes on after a page's mark, as after a page footer.
   */
  private static final Pattern CONVERTER_MARK = Pattern.compile("^(?:\\{\\d{1,4}}-{3,}|Table: ?Table_\\d{1,4})\\s*$");
  /**
   * An org-mode table's rule ({@code |----+----|}): it parts pipe rows, each a line of its own, as a markdown delimiter
   * row does; unlike a grid table's {@code +----+}, whose rows run over the lines between two rules.
   */
  private static final Pattern ORG_RULE = Pattern.compile("^\\|-{2,}(?:\\+-+)+\\|?\\s*$");
  /** Where an HTML table inside the text opens or closes. */
  private static final Pattern HTML_TABLE_TAG = Pattern.compile("(?i)<table[\\s>]|</table\\s*>");
  /**
   * Inline markup a converter leaves in its text: pandoc's attribute spans ({@code [3.06]{style="font-size:10.5pt"}})
   * and HTML tags other than line breaks ({@code <span style="font-size:10.5pt">}). Their attributes hold numbers
   * that are no cells; the text inside is kept. So are HTML comments, where converters mark a picture or a page
   * ({@code <!-- image -->}): a line holding only one is no text, which would part a page number from the rows above.
   */
  private static final Pattern ATTRIBUTE_SPAN = Pattern.compile("\\[([^\\[\\]]*)\\]\\{[^{}]*\\}");
  private static final Pattern INLINE_TAG = Pattern.compile("<!--.*?-->|</?(?!br\\b)[a-zA-Z][\\w:]*(?:\\s[^<>]*)?/?>", Pattern.CASE_INSENSITIVE);
  /**
   * An HTML character reference a copy of a page's source text kept ({@code &nbsp;}, {@code &ldquo;}, {@code &#20013;},
   * {@code &#xff08;}): a reader of the text sees the character it stands for, and a lone {@code &nbsp;} a blank cell.
   */
  private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&(?:#\\d{2,7}|#[xX][0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});");
  /** The marks of an e-mail's quoted lines ({@code > }, {@code >> }) before the text they quote. */
  private static final Pattern QUOTE_MARKS = Pattern.compile("^(?:> ?)+");
  /**
   * Question marks opening a line before its text (??2025年，XX厅坚持…, ????一、總體情況): the indent's full-width spaces,
   * lost to a wrong encoding; no line of a report opens on them.
   */
  private static final Pattern LOST_INDENT = Pattern.compile("^\\?+(?=[^?\\s])");
  /** How a sentence ends: a line of a one-cell-a-line table holds none. */
  private static final String SENTENCE_END = "。";
  /** A numbered section heading must stay a paragraph even right after a cell line. */
  private static final Pattern HEADING = Pattern.compile("^\\s*[" + Ordinals.NUMERALS + "]+\\s*[、.．]");

  /** Builder state for one pass over the lines. */
  private static final class State {
    final List<Block> blocks = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    List<Cell> pendingCells = new ArrayList<>();
    boolean lastWasCellLine;
    /** How many of the table's rows are tab-separated lines ending with a tab ({@link #withoutBlankEnd}). */
    int tabEndedRows;
    /** Whether every tab-separated line of the text ends with a tab ({@link #tabAfterEachCell}). */
    boolean tabAfterEachCell;
    /** Where the rows since a grid table's last rule line start, or -1 outside a grid table. */
    int band = -1;
    /** The columns of the table of cells placed by position that the lines are in, or null. */
    RuledColumns ruled;
    /** In such a table, where each run of lines after a blank line starts: one row of a multiline table. */
    List<Integer> ruledRows = new ArrayList<>();
    /** Whether such a table's lines run on to a closing rule ({@link #closesByRule}). */
    boolean ruledToClose;
    boolean lastWasBlank;
    /**
     * A page break printed as a line of its own (a form feed): kept at the start of the next paragraph, as pdftotext
     * prints it, so that a bare page number before it is known for one.
     */
    boolean pageBreak;
    /** Inside a markdown table without outer pipes: a line with a pipe is its next row. */
    boolean bare;
    /** The line of the last row read as a pipe row that lost its leading pipe ({@code 项目 | | |}), or -1. */
    int leadlessRowLine = -1;
    /** How many of the table's cells were lines of their own closed by a pipe ({@code 0 |}): see {@link #endTable}. */
    int pipeClosedLines;
    /**
     * Lines of a lone pipe after a count of a row copied one cell a line ({@code 56 |}), or after the row's labels or
     * at its start (section 四's row of counts):
     * blank cells in place where a count follows ({@code 56 | / | / | / 56 |}, {@code 一、本年新收… | / | / … / 0 |}) or
     * a run of pipes closes the row ({@code 56 | / | / ||}); before the next label or any other line, the row's end.
     */
    int heldBlanks;

    /**
     * Opens a markdown table without outer pipes at its delimiter row: the paragraph before, when it has pipes, is
     * its header row; so is the table's only row, read from the line right before as a pipe row that lost its leading
     * pipe ({@code 第二十条第（一）项 |  |  | }), whose last pipe is then a blank cell's edge. False when there is neither.
     */
    boolean openBare(int delimiterLine) {
      if (rows.size() == 1 && leadlessRowLine == delimiterLine - 1) {
        List<Cell> header = new ArrayList<>(rows.get(0).cells());
        header.add(new Cell(""));
        rows.set(0, new Row(header));
        bare = true;
        return true;
      }
      if (blocks.isEmpty() || !(blocks.get(blocks.size() - 1) instanceof Paragraph p) || p.raw().indexOf('|') < 0) {
        return false;
      }
      blocks.remove(blocks.size() - 1);
      rows.add(new Row(bareCells(Cell.Text.strip(p.raw()))));
      bare = true;
      return true;
    }

    /** Joins the lines of a grid row (between two rule lines) into one row, cell by cell. */
    void closeBand() {
      if (band >= 0) {
        join(band, rows.size());
      }
      band = rows.size();
    }

    /**
     * Rows {@code from} to {@code to}, one row's wrapped lines, as that one row, cell by cell. Lines that are rows of
     * their own, a rule between them lost, stay apart: two of them printing a figure or a mark in every cell after
     * the first (a wrapped row's other lines fill only the cells that overflowed), or pieces that would join into a
     * figure led by a zero ({@code 0} over {@code 5}), no one figure's.
     */
    void join(int from, int to) {
      if (to - from < 2) {
        return;
      }
      List<Row> lines = rows.subList(from, to);
      int width = lines.get(0).cells().size();
      if (lines.stream().allMatch(r -> r.cells().size() == width)
          && lines.stream().filter(PlainTextReader::filledWithFigures).count() < 2) {
        List<Cell> joined = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
          StringBuilder text = new StringBuilder();
          for (Row r : lines) {
            text.append(Cell.Text.strip(r.cells().get(c).raw()));
          }
          if (ZERO_LED_FIGURE.matcher(text).matches()) {
            return;
          }
          joined.add(new Cell(text.toString()));
        }
        lines.clear();
        rows.add(from, new Row(joined));
      }
    }

    void openRuled(RuledColumns columns, boolean toClose) {
      endTable();
      ruled = columns;
      ruledToClose = toClose;
      ruledRows.clear();
      lastWasBlank = false;
    }

    /**
     * Ends the table of cells placed by position. Closed by a rule after blank lines, it is a multiline table: the
     * lines between two blank lines are one row. Otherwise each line is a row (a simple table; a blank line ends it).
     */
    void closeRuled(boolean byRule) {
      if (byRule && !ruledRows.isEmpty()) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        starts.addAll(ruledRows);
        int to = rows.size();
        for (int i = starts.size() - 1; i >= 0; i--) {
          join(starts.get(i), Math.min(to, rows.size()));
          to = starts.get(i);
        }
      }
      ruled = null;
      endTable();
    }

    void endPendingRow() {
      heldBlanks = 0;
      if (!pendingCells.isEmpty()) {
        rows.add(new Row(pendingCells));
        pendingCells = new ArrayList<>();
      }
      lastWasCellLine = false;
    }

    /**
     * Ends the table. One made only of lines each closed by a pipe, none of them a count and some a sentence, is lines
     * of text a page copy closed with a cell's edge ({@code 2023年,XX乡未收到…申请。 |}): a table printed one cell a
     * line holds counts and labels, so these are paragraphs.
     */
    void endTable() {
      endPendingRow();
      band = -1;
      if (!rows.isEmpty() && isText()) {
        rows.forEach(r -> r.cells().forEach(c -> blocks.add(new Paragraph(c.raw(), c.text()))));
      } else if (!rows.isEmpty()) {
        blocks.add(new Table(tabAfterEachCell && tabEndedRows == rows.size() ? withoutBlankEnd(rows) : rows));
      }
      rows = new ArrayList<>();
      tabEndedRows = 0;
      pipeClosedLines = 0;
    }

    private boolean isText() {
      List<Cell> cells = rows.stream().flatMap(r -> r.cells().stream()).toList();
      return cells.size() == pipeClosedLines && cells.stream().noneMatch(PlainTextReader::isCount)
          && cells.stream().anyMatch(c -> c.text().contains(SENTENCE_END));
    }
  }

  /**
   * Whether every line of tab-separated cells ends with a tab, as a converter writing a tab after each cell prints
   * every row of every table. Where some row ends with a filled cell, a row's closing tab parts a blank last cell: a
   * text placed by position and rewritten as tab-separated rows ({@link SpacedColumns}) keeps a column blank down a
   * table part that a wrapped label parts from the rows filling it (a 总计 column printed only on some rows).
   */
  private static boolean tabAfterEachCell(List<String> lines) {
    return lines.stream().filter(l -> l.indexOf('\t', 1) >= 0).allMatch(l -> l.endsWith("\t"));
  }

  /**
   * The rows of tab-separated lines that all end with a tab, without their last cell where it is blank in every row,
   * two rows at least (the tab a converter writes after each cell, as Apache Tika does with a Word table's): a column
   * blank from the header down is past the table's right edge, and taken for a cell it makes every row one cell too
   * long, and which one is extra unknown.
   */
  private static List<Row> withoutBlankEnd(List<Row> rows) {
    if (rows.size() < 2 || !rows.stream().allMatch(r -> r.cells().size() >= 2 && r.cells().get(r.cells().size() - 1).isBlank())) {
      return rows;
    }
    return rows.stream().map(r -> new Row(r.cells().subList(0, r.cells().size() - 1))).toList();
  }

  public List<Block> read(String printed) {
    String text = RstListTables.asHtml(AsciiDocTables.asHtml(WikiTables.asHtml(BbcodeTables.asHtml(DrawnTables.asHtml(LatexTabulars.asHtml(withoutMathMarks(printed)))))));
    if (text.indexOf("<table") < 0 && text.indexOf("<TABLE") < 0) {
      return readLines(text);
    }
    List<Block> blocks = new ArrayList<>();
    Matcher tag = HTML_TABLE_TAG.matcher(text);
    int depth = 0;
    int start = 0;
    int textFrom = 0;
    while (tag.find()) {
      if (tag.group().charAt(1) != '/') {
        if (depth++ == 0) {
          start = tag.start();
        }
      } else if (depth > 0 && --depth == 0) {
        blocks.addAll(readLines(text.substring(textFrom, start)));
        blocks.addAll(new HtmlReader().read(text.substring(start, tag.end())));
        textFrom = tag.end();
      }
    }
    blocks.addAll(readLines(text.substring(textFrom)));
    return blocks;
  }

  private List<Block> readLines(String text) {
    State s = new State();
    List<String> lines = SpaceJoinedRows.parted(LineNumbers.stripped(lines(withCharacters(text))));
    // rows a reader reads apart from their numbering, label placement and value separators, made rows of cells
    lines = BlankPlaceCells.tabbed(SlashPartedValues.tabbed(OutlineNumbers.joined(LabelColumnFirst.paired(LabelsAfterValues.turned(ValuesAboveLabels.moved(RowNumbers.stripped(RuledHalves.apart(lines))))))));
    lines = EnumeratedCells.tabbed(CsvRows.tabbed(BarePipeRows.tabbed(VerticalBars.asPipes(PythonListRows.tabbed(KeyPathRows.tabbed(CardCells.asKeyPaths(BracketTags.tabbed(withoutTabIndent(unquoted(AddressedCells.tabbed(Overprinted.undoubled(lines))))))))))));
    // Rows placed by position without rules, unless the text rules its tables (then the rules give the columns).
    if (lines.stream().noneMatch(l -> l.indexOf("---") >= 0 && RuledColumns.of(l) != null)) {
      lines = SpacedColumns.tabbed(FiguresUnderTitles.placed(WrappedHeaders.joined(WrappedCellLines.marked(SideBySideHalves.apart(PageGrids.tabbed(lines))))));
    }
    s.tabAfterEachCell = tabAfterEachCell(lines);
    BitSet blankCells = BlankCellLines.of(lines);
    int lastLine = lines.size() - 1;
    while (lastLine >= 0 && Cell.Text.fold(lines.get(lastLine)).isEmpty()) {
      lastLine--;
    }
    for (int at = 0; at < lines.size(); at++) {
      String rawLine = lines.get(at);
      if (blankCells.get(at)) {
        s.endTable();
        s.blocks.add(Paragraph.BLANK_CELL);
        continue;
      }
      if ((rawLine.startsWith("{") || rawLine.startsWith("Table")) && CONVERTER_MARK.matcher(rawLine).matches()) {
        continue;
      }
      String line = InjectedAds.removed(rawLine.contains(DEBRIS_START) ? DEBRIS.matcher(rawLine).replaceAll("") : rawLine);
      if (line.startsWith("?")) {
        line = LOST_INDENT.matcher(line).replaceFirst("");
      }
      if (line.startsWith("#") || line.startsWith("=") || line.startsWith("*") || line.startsWith("h") || line.startsWith("标题")) {
        line = HEADING_MARKS.matcher(line).replaceFirst("");
      }
      if (!line.isEmpty() && (Character.getType(line.codePointAt(0)) == Character.OTHER_SYMBOL
          || BULLETS.indexOf(line.charAt(0)) >= 0 || line.charAt(0) == '【')) {
        String undecorated = DECORATION.matcher(line).replaceFirst("");
        line = line.startsWith("【") && undecorated != line ? BRACKETED_LINE_END.matcher(undecorated).replaceFirst("") : undecorated;
      }
      if (line.startsWith("*") || line.startsWith("__") || line.startsWith("''")) {
        line = EMPHASIZED_LINE.matcher(line).replaceFirst("$1");
      }
      if (s.ruled != null && readRuled(s, line)) {
        continue; // cells placed by position: their markup is taken out cell by cell, after the cut
      }
      line = withoutInlineMarkup(line);
      if (line.startsWith("|-") && ORG_RULE.matcher(line).matches()) {
        s.endPendingRow();
        continue; // a rule between pipe rows, each line a row
      }
      if (line.indexOf("---") >= 0) {
        RuledColumns columns = RuledColumns.of(line);
        if (columns != null) {
          s.openRuled(columns, closesByRule(columns, lines, at + 1));
          continue;
        }
      }
      boolean boxed = startsBoxed(line); // prose lines never do: no pattern runs on them
      if (boxed) {
        line = BOX_VERTICAL.matcher(line).replaceAll("|");
      }
      String trimmed = Cell.Text.strip(line);
      if ((boxed || trimmed.startsWith("+")) && GRID_RULE.matcher(trimmed).matches()) {
        s.endPendingRow();
        s.closeBand();
        continue;
      }
      if (trimmed.startsWith("-") || trimmed.startsWith(":")) {
        if (BARE_DELIMITER.matcher(trimmed).matches() && s.openBare(at)) {
          continue;
        }
      }
      if (s.bare) {
        s.bare = trimmed.indexOf('|') >= 0;
        if (s.bare) {
          s.rows.add(new Row(bareCells(trimmed.endsWith("|") ? line : trimmed)));
          continue;
        }
        s.endTable();
      }
      if (at == lines.size() - 1 && !s.rows.isEmpty() && !trimmed.endsWith("|") && trimmed.indexOf('|') > 0) {
        trimmed += "|"; // a copy cut in a pipe row's line: its cells so far are the row's, which the cut's rules read
      }
      boolean closedByPipe = trimmed.endsWith("|"); // spares the pipe patterns the many lines of prose
      if (s.heldBlanks > 0 && !(closedByPipe && (PIPES_ONLY.matcher(trimmed).matches() || PIPE_CELL.matcher(trimmed).matches()))) {
        s.heldBlanks = 0;
        s.endPendingRow();
      }
      String folded = Cell.Text.fold(line);
      if (folded.isEmpty() && line.indexOf('\t') < 0) {
        s.endPendingRow();
        s.pageBreak |= line.indexOf('\f') >= 0;
        continue;
      }
      boolean afterPageBreak = s.pageBreak;
      s.pageBreak = false;
      if (line.startsWith("\t") && line.indexOf('\t', 1) < 0) {
        s.pendingCells.add(new Cell(line.substring(1)));
        s.lastWasCellLine = true;
      } else if (line.indexOf('\t') >= 0 && !(closedByPipe && trimmed.startsWith("|"))) {
        // a line of tab-separated cells; a markdown row spaced with tabs (|\t商业企业\t|\t61\t|) is a markdown row
        s.endPendingRow();
        s.rows.add(new Row(SpacedFigures.apart(split(line, "\t"))));
        s.tabEndedRows += line.endsWith("\t") ? 1 : 0;
      } else if (closedByPipe && PIPES_ONLY.matcher(trimmed).matches()) {
        if (trimmed.length() == 1 && (s.pendingCells.stream().noneMatch(PlainTextReader::isCount)
            || isCount(s.pendingCells.get(s.pendingCells.size() - 1)))) {
          s.heldBlanks++;
          continue;
        }
        for (; s.heldBlanks > 0; s.heldBlanks--) {
          s.pendingCells.add(new Cell("")); // a run of pipes closes the row: the lone pipes before it were its cells
        }
        s.endPendingRow();
      } else if (closedByPipe && PIPE_CELL.matcher(trimmed).matches()) {
        Cell cell = new Cell(trimmed.substring(0, trimmed.length() - 1));
        s.pipeClosedLines++;
        if (s.heldBlanks > 0 && !isCount(cell)) {
          s.endPendingRow(); // the lone pipes ended the row: a label opens the next
        }
        for (; s.heldBlanks > 0; s.heldBlanks--) {
          s.pendingCells.add(new Cell(""));
        }
        s.pendingCells.add(cell);
        s.lastWasCellLine = false;
      } else if (trimmed.startsWith("|") || (closedByPipe && PIPE_ROW_WITHOUT_LEAD.matcher(trimmed).matches())) {
        s.endPendingRow();
        if (!PIPE_SEPARATOR.matcher(trimmed).matches()) {
          s.rows.add(new Row(pipeCells(trimmed)));
          s.leadlessRowLine = trimmed.startsWith("|") ? -1 : at;
        }
      } else if (s.lastWasCellLine && !HEADING.matcher(line).find()) {
        int last = s.pendingCells.size() - 1;
        s.pendingCells.set(last, s.pendingCells.get(last).append(line));
      } else if (at == lastLine && endsInRowOfCounts(s, trimmed)) {
        // a copy cut inside a row printed one cell a line (0 | / 1 | / 0): the cut took the last count's pipe
        s.pendingCells.add(new Cell(trimmed));
      } else {
        s.endTable();
        s.blocks.add(new Paragraph(afterPageBreak ? '\f' + line : line, folded));
      }
    }
    s.endTable();
    return s.blocks;
  }

  /**
   * Reads a line of a table of cells placed by position into its row; false when the line ends the table and is
   * read as any other line (a paragraph whose text crosses the columns, a heading, the text after two blank lines).
   */
  private static boolean readRuled(State s, String line) {
    if (Cell.Text.fold(line).isEmpty()) {
      if (s.lastWasBlank) {
        s.closeRuled(false);
      } else if (!s.rows.isEmpty()) {
        s.ruledRows.add(s.rows.size());
      }
      s.lastWasBlank = true;
      return true;
    }
    boolean afterBlank = s.lastWasBlank;
    s.lastWasBlank = false;
    if (RuledColumns.isRule(line)) {
      s.closeRuled(true);
      return true;
    }
    List<Cell> cells = s.ruled.cells(line);
    if (cells != null && line.indexOf('<') + line.indexOf("]{") > -2) {
      cells = cells.stream().map(c -> c.spanned() ? c : new Cell(withoutInlineMarkup(c.raw()))).toList();
    }
    // A heading alone in the first column after a blank line is the text after a simple table, not a row; unless the
    // table's lines run on to its closing rule (a multiline table's row without values: 二、上年结转… left blank).
    if (cells == null || afterBlank && !s.ruledToClose && HEADING.matcher(line).find() && cells.stream().skip(1).allMatch(Cell::isBlank)) {
      s.closeRuled(false);
      return false;
    }
    s.rows.add(new Row(cells));
    return true;
  }

  /**
   * Whether the lines from {@code from} on are rows of the table {@code columns} rules up to a closing rule, as a
   * multiline table's are: no line crossing its columns and no two blank lines in a row before it.
   */
  private static boolean closesByRule(RuledColumns columns, List<String> lines, int from) {
    boolean blank = false;
    for (int k = from; k < lines.size(); k++) {
      String line = lines.get(k);
      if (Cell.Text.fold(line).isEmpty()) {
        if (blank) {
          return false;
        }
        blank = true;
        continue;
      }
      blank = false;
      if (RuledColumns.isRule(line)) {
        return true;
      }
      if (columns.cells(line) == null) {
        return false;
      }
    }
    return false;
  }

  /** Whether the line's first character after spaces is a box-drawing one ({@code │}, {@code ├}, {@code ┌}). */
  private static boolean startsBoxed(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (!Character.isWhitespace(c)) {
        return c >= '\u2500' && c <= '\u257F' || c == '\uFF5C';
      }
    }
    return false;
  }

  /** The text with each number written in TeX's inline math ({@link #INLINE_MATH_NUMBER}) as the number it shows. */
  private static String withoutMathMarks(String text) {
    if (text.indexOf('$') < 0) {
      return text;
    }
    return INLINE_MATH_NUMBER.matcher(text).replaceAll(m -> Cell.Text.SPACES.matcher(m.group(1)).replaceAll(""));
  }

  /** The line without inline markup ({@link #ATTRIBUTE_SPAN}, {@link #INLINE_TAG}); most lines have none. */
  private static String withoutInlineMarkup(String line) {
    String text = line;
    if (text.indexOf("]{") >= 0) {
      for (String before = null; !text.equals(before); ) { // spans nest: [[x]{a}]{b}
        before = text;
        text = ATTRIBUTE_SPAN.matcher(text).replaceAll("$1");
      }
    }
    return text.indexOf('<') >= 0 ? INLINE_TAG.matcher(text).replaceAll("") : text;
  }

  /** The text with its HTML character references ({@link #CHARACTER_REFERENCE}) as the characters they stand for. */
  private static String withCharacters(String text) {
    return text.indexOf('&') >= 0 && CHARACTER_REFERENCE.matcher(text).find() ? Parser.unescapeEntities(text, false) : text;
  }

  /**
   * The lines of a forwarded e-mail without its quote marks ({@link #QUOTE_MARKS}): where most lines with text start
   * with one, the marks are the mail's, not the report's; lines without them between quoted ones are a quoted line's
   * tail its client wrapped.
   */
  private static List<String> unquoted(List<String> lines) {
    int quoted = 0;
    int filled = 0;
    for (String line : lines) {
      if (!line.isBlank()) {
        filled++;
        quoted += line.startsWith(">") ? 1 : 0;
      }
    }
    if (quoted * 2 <= filled) {
      return lines;
    }
    List<String> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith(">")) {
        out.add(QUOTE_MARKS.matcher(line).replaceFirst(""));
        continue;
      }
      int end = i;
      while (end < lines.size() && !lines.get(end).isBlank() && !lines.get(end).startsWith(">")) {
        end++;
      }
      if (end > i && i > 0 && isQuotedText(lines.get(i - 1)) && end < lines.size() && lines.get(end).startsWith(">")) {
        // Between quoted lines, lines without marks are the tail of the line before that the mail client wrapped: a
        // break between two Han characters broke a word (CJK wraps anywhere), any other stood for a space.
        StringBuilder joined = new StringBuilder(out.remove(out.size() - 1));
        for (String tail : lines.subList(i, end)) {
          String t = tail.strip();
          boolean inWord = joined.length() > 0 && !t.isEmpty() && isHan(joined.codePointBefore(joined.length())) && isHan(t.codePointAt(0));
          joined.append(inWord ? "" : " ").append(t);
        }
        out.add(joined.toString());
        i = end - 1;
      } else {
        out.add(line);
      }
    }
    return out;
  }

  private static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }

  private static boolean isQuotedText(String line) {
    return line.startsWith(">") && !QUOTE_MARKS.matcher(line).replaceFirst("").isBlank();
  }

  /**
   * The lines without the tab a page copy indents its paragraphs with (\t一、总体情况, \t(一)…。): where most lines
   * holding a sentence start with a lone tab, a lone leading tab is indentation, not the mark of a cell on its own
   * line, whose tables print their prose unindented.
   */
  static List<String> withoutTabIndent(List<String> lines) {
    int indented = 0;
    for (String line : lines) {
      indented += isTabIndented(line) && line.indexOf('。') >= 0 ? 1 : 0;
    }
    if (indented == 0) {
      return lines; // most texts: no line starts with a tab, and no line is scanned
    }
    int sentences = 0;
    for (String line : lines) {
      sentences += line.indexOf('。') >= 0 ? 1 : 0;
    }
    if (indented * 2 <= sentences) {
      return lines;
    }
    List<String> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      out.add(isTabIndented(line) ? line.substring(1) : line);
    }
    return out;
  }

  private static boolean isTabIndented(String line) {
    return line.startsWith("\t") && line.indexOf('\t', 1) < 0;
  }

  /** The text's lines, cut at \r\n, \r or \n, empty ones kept (the last too, as {@code split(text, -1)} keeps it). */
  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    lines.add(text.substring(start));
    return lines;
  }

  private static List<Cell> split(String line, String separator) {
    List<Cell> cells = new ArrayList<>();
    for (String c : line.split(separator, -1)) {
      cells.add(new Cell(c));
    }
    return cells;
  }

  /**
   * The cells of a pipe row; a scan's text may have lost the pipe between two cells and kept their wide space
   * ({@code | 0      5 | 41 |}), whose figures are cells of their own as in a tab-separated line.
   */
  private static List<Cell> pipeCells(String line) {
    String inner = line.startsWith("|") ? line.substring(1) : line;
    if (inner.endsWith("|")) {
      inner = inner.substring(0, inner.length() - 1);
    }
    return SpacedFigures.apart(bareCells(inner));
  }

  /**
   * The cells of a row between pipes, its outer pipes already off: a trailing one then parts a last blank cell. A
   * pipe or other ASCII mark after a backslash is markdown's escape of it ({@code 1\.属于国家秘密}, as converters
   * escape a period that would open a list): the mark itself, part of its cell. Emphasis round a cell's whole text is
   * markup ({@link #EMPHASIZED_CELL}).
   */
  private static List<Cell> bareCells(String inner) {
    String text = inner.indexOf('<') >= 0 ? CELL_BREAK.matcher(inner).replaceAll("\n") : inner;
    boolean escapes = text.indexOf('\\') >= 0;
    boolean marks = text.indexOf('*') >= 0 || text.indexOf('_') >= 0 || text.indexOf('`') >= 0;
    if (!escapes && !marks) {
      return split(text, "\\|");
    }
    List<Cell> cells = new ArrayList<>();
    for (String c : escapes ? UNESCAPED_PIPE.split(text, -1) : text.split("\\|", -1)) {
      String unmarked = marks ? withoutEmphasis(c) : c;
      cells.add(new Cell(escapes ? MARKDOWN_ESCAPE.matcher(unmarked).replaceAll("$1") : unmarked));
    }
    return cells;
  }

  /** The cell's text without the emphasis marks round all of it ({@link #EMPHASIZED_CELL}). */
  private static String withoutEmphasis(String cell) {
    Matcher m = EMPHASIZED_CELL.matcher(cell);
    return m.matches() ? m.group(2) : cell;
  }

  /** Whether a row of `X |` cells is pending, its last a count, and {@code trimmed} is a count. */
  private static boolean endsInRowOfCounts(State s, String trimmed) {
    return !s.pendingCells.isEmpty() && isCount(s.pendingCells.get(s.pendingCells.size() - 1)) && isCount(new Cell(trimmed));
  }

  private static boolean isCount(Cell cell) {
    return !cell.isBlank() && CellKind.isPlainDigits(cell.text());
  }

  /** Whether every cell of the row after its first prints a count or a mark standing for none. */
  private static boolean filledWithFigures(Row row) {
    List<Cell> cells = row.cells();
    return cells.size() > 1
        && cells.subList(1, cells.size()).stream().allMatch(c -> isCount(c) || CellKind.isMarker(c.text()));
  }
}
