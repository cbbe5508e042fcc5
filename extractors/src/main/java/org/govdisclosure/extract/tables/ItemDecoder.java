package org.govdisclosure.extract.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Table;
import org.govdisclosure.extract.section.Sections;
import org.govdisclosure.extract.spi.ReportContext;
import org.govdisclosure.extract.tables.SectionTokens.Token;
import org.govdisclosure.extract.template.LabelMatch;
import org.govdisclosure.extract.template.NationalTemplate.ColumnKind;
import org.govdisclosure.extract.template.NationalTemplate.ItemBlock;
import org.govdisclosure.extract.template.NationalTemplate.ItemColumn;
import org.govdisclosure.extract.template.NationalTemplate.Named;
import org.govdisclosure.extract.value.CellKind;
import org.govdisclosure.extract.value.Numerals;
import org.govdisclosure.extract.value.Unit;

/**
 * Aligns what a reader produced for a section of small item tables (section 二's 第二十条 sub-tables, 政府集中采购)
 * with the template, whatever the layout: a grid, cells one per line, or lines of text with the cells spaced or
 * glued. The text is read as labels each followed by values. A caption opens a sub-table; a header names its
 * columns ({@link ItemColumn#header()}); a label that names a template item, followed by values, is that item's row
 * under the last header. A row's values are the cells as printed, or a run of glued digits split the only way its
 * digits allow. Items under no header (another table of the section) are not the template's and are skipped. A
 * paragraph that states items' figures in sentences is read as such, its rows marked as a sentence's.
 */
final class ItemDecoder {

  /**
   * A row's cells glued to the end of its label with the unit of the last, an amount ({@code 政府集中采购2832995元}):
   * text to the tokenizer, which keeps a number before a unit in its sentence.
   */
  private static final Pattern GLUED_AMOUNT = Pattern.compile("(\\d+(?:\\.\\d+)?" + Numerals.alternation(Numerals.MONEY_UNITS) + ")$");
  /** A run of digits whose last cell is an amount: the digits, then its decimals and unit. */
  /** Fewer digits than this, printed the same elsewhere, may be a coincidence: they settle no split. */
  private static final int MIN_STATED_DIGITS = 3;
  /** The shortest column name found within one edit in a header ({@link #hits}). */
  private static final int MIN_FUZZY_HEADER = 5;
  /** A figure no longer count begins with: cut short, it is still itself. */
  private static final String ZERO = "0";
  /**
   * The decimals of an amount wrapped in a narrow cell at its point, alone on the next line ({@code 2980403} /
   * {@code .14元}), with the amount's unit if printed.
   */
  private static final Pattern DECIMAL_TAIL = Pattern.compile("\\.\\d+(?:" + Numerals.alternation(Numerals.MONEY_UNITS) + ")?");
  /** A figure whose money unit is still open: bare, or with its magnitude alone ({@code 574.6385万}). */
  private static final Pattern UNIT_OPEN_FIGURE =
      Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?" + Numerals.alternation(Numerals.MAGNITUDES) + "?");
  /** The money unit a figure's magnitude ends with ({@code 万} and {@code 元}: 万元). */
  private static final String YUAN = "元";
  /** The longest wrapped tail of a row label a unit wrapped onto the same line may follow ({@code 购} of 政府集中采购). */
  private static final int WRAPPED_LABEL_TAIL = 4;
  private static final Pattern AMOUNT_RUN = Pattern.compile("(\\d+)(?:\\.\\d+)?" + Numerals.alternation(Numerals.MONEY_UNITS) + "?");
  /** What a sentence puts between a column's name and its figure ({@code 处理决定数量为120件}). */
  private static final String STATED_LINK = "(?:为|是|[:：])?\\s*";
  /** A figure's digits, thousands parted by commas or not: a comma after them parts the sentence's clauses. */
  private static final String STATED_DIGITS = "(?:\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+)";
  /** A count a sentence states right after its column's name, with its counter: no amount, date or decimal. */
  private static final Pattern STATED_COUNT = Pattern.compile(STATED_LINK + "([-−+]?" + STATED_DIGITS + "(?:余|多)?"
      + Numerals.alternation(Numerals.COUNTERS) + "?|" + Numerals.CHINESE_COUNT + Numerals.alternation(Numerals.COUNTERS)
      + ")(?! ?[\\d.．" + Numerals.firstChars(Numerals.MONEY_UNITS)
      + Numerals.firstChars(Numerals.MAGNITUDES) + Numerals.firstChars(Numerals.DATE_UNITS) + "%])");
  /**
   * An amount a sentence states right after its column's name: with its unit, which a sentence has no header to give,
   * or its magnitude alone ({@code 采购总金额389.5万}), as a cell prints it.
   */
  private static final Pattern STATED_AMOUNT = Pattern.compile(STATED_LINK + "(" + STATED_DIGITS + "(?:\\.\\d+)?(?:余|多)?" + Numerals.AMOUNT_UNIT + ")");
  /**
   * An amount a sentence states right after its column's name without a unit, its clause ending there
   * ({@code 收费金额12.5，}, {@code 采购总金额：116.5。}): a bare cell of the column, as a table prints it, whose unit
   * {@link org.govdisclosure.extract.value.Amounts} settles as for any cell (the template's, 2021's 收费金额 in 万元; else
   * yuan, as the output contract reads an amount without a unit, flagged {@code amount_unit_assumed}).
   */
  private static final Pattern STATED_BARE_AMOUNT = Pattern.compile(STATED_LINK + "(" + STATED_DIGITS + "(?:\\.\\d+)?)(?=[,;。!?、]|$)");
  /**
   * What a sentence puts between an item's name and a figure of its only column ({@code 行政许可:共办理120件}): no
   * word that could name another column or another figure.
   */
  private static final String BARE_LINK = "(?::|方面,?)?(?:共|共计|合计)?(?:办理|作出|办结)?(?:为|有|达)?";
  /** A count right after an item's name, with a counter of decisions ({@code 行政许可120件}, {@code 行政强制三件}). */
  private static final Pattern BARE_COUNT = Pattern.compile(BARE_LINK + "((?:" + STATED_DIGITS + "|" + Numerals.CHINESE_COUNT
      + ")" + Numerals.alternation(Numerals.DECISION_COUNTERS) + ")(?![\\d.%])");
  /**
   * An amount right after an item's name, or opening a clause of its sentence that names it only as an amount
   * ({@code 行政事业性收费项目3个,金额12.5万元}); an amount of something else ({@code 减免金额}) opens with other words.
   */
  private static final Pattern BARE_AMOUNT = Pattern.compile("(?:" + BARE_LINK + "|[^,;]*,(?:收费)?总?金额(?:为|是|共|共计|合计)?)("
      + STATED_DIGITS + "(?:\\.\\d+)?" + Numerals.alternation(Numerals.MONEY_UNITS) + ")");
  /** A mark that parts clauses: a line without one may be a table's row glued to its label, not a sentence. */
  private static final Pattern CLAUSE_MARK = Pattern.compile("[,;:。!?]");
  /** Where a figure stated without its column's name ends: its clause group, at a semicolon or the sentence's end. */
  private static final String BARE_ENDS = ";。！？!?";

  /** What opens a note on a row's label: an item named after it is the note's, not the next row's. */
  private static final Pattern NOTE_OPENS = Pattern.compile("[(（\\[【]");

  /** What ends a sentence: a column's figure after it is another sentence's. */
  private static final String SENTENCE_ENDS = "。！？!?";

  /**
   * An item's row: its columns, with the header text each was named by (for a unit), and its cells (null where they
   * stay uncertain, with a warning); {@code sentence}: the text it was read from where a sentence names its columns,
   * null for a table's row.
   */
  record ItemRow(Named item, List<HeaderColumn> columns, List<Cell> cells, String sentence) {

    ItemRow(Named item, List<HeaderColumn> columns, List<Cell> cells) {
      this(item, columns, cells, null);
    }
  }

  /** A column a header names, with the part of the header that belongs to it ({@code 采购总金额（万元）}). */
  record HeaderColumn(ItemColumn column, String header) {}

  /** Labels printed together (one or more label tokens) and the values after them. */
  private record Segment(String label, List<Token> values) {}

  /**
   * What a paragraph states in sentences: the rows it gives, and whether it is such a sentence at all (an item named,
   * then a column with its figure), its figures no table's even where whose they are is unknown.
   */
  record Stated(List<ItemRow> rows, boolean isSentence) {}

  /** An item named in a line of text: where its name starts and ends, and whether within one edit of it only. */
  record Mention(Named item, int start, int end, boolean fuzzy) {}

  /** A column a sentence names, where, and the figure stated after the name. */
  private record StatedCell(int at, HeaderColumn column, Cell cell) {}

  private static final String SECTION = "section 二";

  private ItemDecoder() {}

  /**
   * The rows of {@code items} in section 二 or, where it holds none (a report whose headings are misnumbered keeps the
   * table elsewhere), in every table of the report.
   *
   * @param rowsOf the report's template's block, whose rows give each item's columns (a sentence naming no column
   *     states an item's only one), or null where the template is unknown
   */
  static List<ItemRow> read(ItemBlock items, ItemBlock rowsOf, ReportContext context) {
    List<ItemRow> rows = read(KeyValueItems.asGrids(context.sections().blocks(Sections.PROACTIVE), items), items, rowsOf, context);
    return rows.isEmpty() ? read(allTables(context), items, rowsOf, context) : rows;
  }

  /**
   * The item rows of {@code blocks}: what a paragraph's sentences state ({@link #stated}), and the tables, each grid
   * row and each other line of text a row of tokens ({@link #rows}); where both give an item, the table's row.
   */
  private static List<ItemRow> read(List<Block> blocks, ItemBlock items, ItemBlock rowsOf, ReportContext context) {
    List<Block> tables = new ArrayList<>(blocks.size());
    List<ItemRow> stated = new ArrayList<>(0);
    for (Block b : blocks) {
      Stated s = b instanceof Paragraph p && !p.text().isEmpty() ? stated(p.raw(), items, rowsOf, SECTION, context) : null;
      if (s != null && s.isSentence()) {
        stated.addAll(s.rows());
      } else {
        tables.add(b instanceof Table t ? StackedHeaderRows.joined(t, items.columns()) : b);
      }
    }
    List<Block> document = context.document().blocks();
    boolean endsCutText = context.document().cut() && !tables.isEmpty() && tables.get(tables.size() - 1) == document.get(document.size() - 1);
    List<ItemRow> rows = new ArrayList<>(rows(SectionTokens.withHeaderRows(tables, context), items, rowsOf, endsCutText, SECTION, context));
    for (ItemRow row : stated) {
      if (rows.stream().anyMatch(r -> r.item().equals(row.item()))) {
        context.warn("duplicate_row", SECTION + ": row " + row.item().key() + " appears more than once; kept the first");
      } else {
        rows.add(row);
      }
    }
    return rows;
  }

  private static List<Block> allTables(ReportContext context) {
    List<Block> tables = new ArrayList<>();
    for (Block b : context.document().blocks()) {
      if (b instanceof Table) {
        tables.add(b);
      }
    }
    return tables;
  }

  /**
   * Each item of {@code block} the tokens print under a header, in print order; the first when printed twice.
   * {@code rowsOf}: the report's template's block, whose rows give each item's columns, or null where unknown;
   * {@code endsCutText}: whether the tokens end a text cut part-way through a line ({@link #withoutCutEnd}).
   */
  private static List<ItemRow> rows(List<Token> tokens, ItemBlock block, ItemBlock rowsOf, boolean endsCutText,
      String section, ReportContext context) {
    Map<Named, ItemRow> found = new LinkedHashMap<>();
    List<HeaderColumn> columns = List.of();
    // The rows read under the current header, and why it names too few columns (null while nothing shows it does).
    List<Named> underHeader = new ArrayList<>();
    String headerShort = null;
    int headerTrail = 0;
    boolean lastNameCopied = false;
    boolean underCaption = false;
    // Values printed between a header and its first row label: which row owns which values is unknown until the next
    // header.
    String valuesBeforeLabels = null;
    List<Segment> segments = labelsAroundCounts(segments(tokens), block.items());
    Segment cutIn = endsCutText && !segments.isEmpty() ? segments.get(segments.size() - 1) : null;
    for (Segment s : segments) {
      String label = s.label();
      int caption = label.lastIndexOf(block.caption());
      if (caption >= 0) {
        headerShort = unreadIfShort(headerShort, underHeader, found, section, context);
        columns = List.of();
        underCaption = true;
        label = label.substring(caption);
      }
      // Every column name found ends before labelFrom, so the header part holds the same ones (the template's column
      // patterns have no anchors or lookaround that the cut could change).
      List<Hit> hits = hits(label, block.columns());
      int labelFrom = headerEnd(label, hits);
      List<HeaderColumn> named = header(label.substring(0, labelFrom), hits);
      String rowLabel = label.substring(labelFrom);
      if (!named.isEmpty()) {
        for (Hit h : hits) {
          if (h.fuzzy()) {
            context.warn("label_fuzzy_match", section + ": '" + label.substring(h.start(), h.end()) + "' in '" + label
                + "' read as the column " + h.column().key() + " ('" + h.column().wordings().get(0) + "')");
          }
        }
        headerShort = unreadIfShort(headerShort, underHeader, found, section, context);
        columns = named;
        valuesBeforeLabels = null;
        headerTrail = blankGridCells(s.values());
        lastNameCopied = rowLabel.startsWith(named.get(named.size() - 1).header());
        String unnamed = unnamedPiece(label.substring(0, labelFrom), hits, block, named);
        if (!unnamed.isEmpty()) {
          headerShort = "its header prints a piece of the name of a column it does not name ('" + unnamed + "')";
        }
      }
      // A number inside the header's note wrapped apart (保留 / 4 / 位小数) is no row's.
      if (!named.isEmpty() && rowLabel.isEmpty() && !opensNote(label) && s.values().stream().anyMatch(t -> !t.value().isBlank())) {
        valuesBeforeLabels = String.join(" ", s.values().stream().map(Token::text).toList());
        continue;
      }
      List<Token> values = s.values();
      Matcher glued = values.isEmpty() && !columns.isEmpty() ? GLUED_AMOUNT.matcher(rowLabel) : null; // most rows have values
      if (glued != null && glued.find() && endsWithPhrase(rowLabel.substring(0, glued.start()), block.items())) {
        values = List.of(new Token(glued.group(1), new Cell(glued.group(1)), true));
        rowLabel = rowLabel.substring(0, glued.start());
      }
      if (values.isEmpty()) {
        continue; // a label above its values, or text
      }
      Named item = item(rowLabel, block.items(), section, context);
      if (item == null) {
        if (!named.isEmpty() && !rowLabel.isEmpty() && printed(values) > 0) {
          // A piece of the header wrapped after its names (采购项目 / 采购总金额 / 数量), then values: printed before
          // any row label, as above.
          valuesBeforeLabels = String.join(" ", values.stream().map(Token::text).toList());
        } else if (!columns.isEmpty() && named.isEmpty() && caption < 0 && printed(values) > 0) {
          context.warn("unknown_row", section + ": row '" + rowLabel + "' is not in the template");
        }
      } else if (columns.isEmpty()) {
        if (underCaption) {
          context.warn("missing_header", section + ": row '" + rowLabel + "' has no header naming its columns; left unread");
        }
      } else if (valuesBeforeLabels != null) {
        // A dump in print order of columns puts a row's values before its label; an amount wrapped around its row's
        // line leaves digits above it: either way which row owns them, and what the rows lost, is not known.
        context.warn("labels_after_values", section + ": values '" + valuesBeforeLabels + "' printed after the header before any"
            + " row label (a row's values before its label, or a cell wrapped out of its row); row " + item.key() + " left unread");
      } else if (found.containsKey(item)) {
        context.warn("duplicate_row", section + ": row " + item.key() + " appears more than once; kept the first");
      } else {
        String where = section + " row " + item.key();
        List<Token> own = withoutHeaderTrail(values, columns.size(), headerTrail);
        if (lastNameCopied) {
          own = withoutCopiedLast(own, columns.size(), where, context);
        }
        if (s == cutIn) {
          own = withoutCutEnd(own, columns.size(), where, context);
        }
        if (printed(own) > columns.size()) {
          headerShort = "a row under its header prints more values than the header names columns (" + columns.size() + ")";
          if (own.stream().anyMatch(t -> t.value().isBlank()) || rowsOf != null && printed(own) < rowsOf.columnsOf(item).size()) {
            // a column it leaves blank may be the named one: values alike elsewhere in the row tell nothing of it
            underHeader.add(item);
          }
        } else {
          underHeader.add(item);
          String piece = named.isEmpty() ? "" : headerPieceBefore(rowLabel, item, block, columns);
          if (!piece.isEmpty()) {
            headerShort = "its header runs on into its label ('" + piece + "'), pieces of the names of columns the header"
                + " does not name (" + columns.size() + " named)";
          }
        }
        List<HeaderColumn> headed = withRunOnUnit(columns, rowLabel, item);
        found.put(item, new ItemRow(item, headed, cells(own, headed, where, context)));
      }
    }
    unreadIfShort(headerShort, underHeader, found, section, context);
    return List.copyOf(found.values());
  }

  private static long printed(List<Token> values) {
    return values.stream().filter(t -> !t.value().isBlank()).count();
  }

  /**
   * Where a header names too few columns ({@code headerShort} says what shows it: a row under it printing more values
   * than it names, or its words running on into the row label), the table has columns whose names wrapped apart, out
   * of reach: which column the values of a row printing no more than the header names are in is then unknown, so
   * those rows ({@code underHeader}) are left empty, and so is a longer row leaving one of its template row's columns
   * blank (which may be the named one); a row filling them all is read as {@link #cells} reads extra cells.
   * Returns null, for the next header.
   */
  private static String unreadIfShort(String headerShort, List<Named> underHeader, Map<Named, ItemRow> found, String section,
      ReportContext context) {
    if (headerShort != null) {
      for (Named item : underHeader) {
        ItemRow row = found.get(item);
        if (row.cells() != null) {
          context.warn("header_short", section + " row " + item.key() + ": " + headerShort + ": its columns are unknown; left empty");
          found.put(item, new ItemRow(item, row.columns(), null));
        }
      }
    }
    underHeader.clear();
    return null;
  }

  /**
   * The text of a row label before the item's phrase where it holds a piece of the name of a column the header did
   * not name: the header's words wrapped apart and run on into the label ({@code 上一年 本年增/减 处理决 / 项目数量 /
   * 行政处罚 29}: {@code 处理决项目数量}); else empty (a label's own words, {@code 行政} of 行政规范性文件, or the labels of
   * rows that printed no value).
   */
  private static String headerPieceBefore(String rowLabel, Named item, ItemBlock block, List<HeaderColumn> named) {
    String before = rowLabel.substring(0, phraseStart(rowLabel, item));
    if (before.isEmpty() || longestPhrase(block.items(), before::contains) != null) {
      return "";
    }
    boolean piece = block.columns().stream()
        .anyMatch(c -> named.stream().noneMatch(h -> h.column() == c) && c.namePieceIn(before));
    return piece ? before : "";
  }

  /**
   * The header's columns, the unit its wrapped header ran on into the row label before the item's name given to the
   * one amount column it names ({@code 采购总金额} over {@code （万元）} on the next line: {@code （万元）政府集中采购}),
   * where the header printed no unit for it; else the columns as named.
   */
  private static List<HeaderColumn> withRunOnUnit(List<HeaderColumn> columns, String rowLabel, Named item) {
    String before = rowLabel.substring(0, phraseStart(rowLabel, item));
    if (before.isEmpty() || Unit.declaredIn(before) == null) {
      return columns; // most rows: the label is the item's name alone
    }
    List<HeaderColumn> amounts = columns.stream().filter(c -> c.column().kind() == ColumnKind.AMOUNT).toList();
    if (amounts.size() != 1 || Unit.declaredIn(amounts.get(0).header()) != null) {
      return columns;
    }
    HeaderColumn amount = amounts.get(0);
    return columns.stream().map(c -> c == amount ? new HeaderColumn(c.column(), c.header() + before) : c).toList();
  }

  /** Where the item's phrase starts in the label: printed as is, else within one edit ({@code 行政政许可}); else 0. */
  private static int phraseStart(String rowLabel, Named item) {
    int exact = -1; // a loop, not a stream: every row's label is asked for each item
    for (String p : item.phrases()) {
      int at = rowLabel.indexOf(p);
      exact = at >= 0 && (exact < 0 || at < exact) ? at : exact;
    }
    if (exact >= 0) {
      return exact;
    }
    for (String p : item.phrases()) {
      LabelMatch m = LabelMatch.approximate(rowLabel, p, 0, rowLabel.length());
      if (m != null) {
        return m.start();
      }
    }
    return 0;
  }

  /**
   * The header's text outside the column names it matched, where it holds a piece of the name of a column it does not
   * name ({@code 上一年项目数} cut from its {@code 量} by a wrap); else empty.
   */
  private static String unnamedPiece(String header, List<Hit> hits, ItemBlock block, List<HeaderColumn> named) {
    StringBuilder outside = new StringBuilder(header);
    for (int i = hits.size() - 1; i >= 0; i--) {
      outside.replace(hits.get(i).start(), hits.get(i).end(), " ");
    }
    String rest = outside.toString();
    for (ItemColumn c : block.columns()) {
      if (!isNamed(c, named) && c.namePieceIn(rest)) {
        return rest.strip();
      }
    }
    return "";
  }

  private static boolean isNamed(ItemColumn column, List<HeaderColumn> named) {
    for (HeaderColumn h : named) {
      if (h.column() == column) {
        return true;
      }
    }
    return false;
  }

  /**
   * How many blank grid cells a header row has right of its column names (a sub-table as wide as its widest
   * sibling, 第二十条第（八）项 under a four-column caption): 0 unless every value after the names is one.
   */
  private static int blankGridCells(List<Token> values) {
    return values.stream().allMatch(t -> !t.fromText() && t.value().isBlank()) ? values.size() : 0;
  }

  /**
   * A grid row as wide as its header row without the blank cells in the places right of the header's names: those
   * are the grid's, not the row's, so a row whose first cell is blank ({@code 行政事业性收费 | | -2 |}) keeps its
   * values under their own names instead of shedding its leading blank. A spreadsheet's error code there (a lookup
   * that found nothing, {@code #N/A}) is no value either, under no column's name.
   */
  private static List<Token> withoutHeaderTrail(List<Token> values, int width, int headerTrail) {
    if (headerTrail == 0 || values.size() != width + headerTrail) {
      return values;
    }
    List<Token> trail = values.subList(width, values.size());
    return trail.stream().allMatch(t -> !t.fromText() && (t.value().isBlank() || CellKind.isSpreadsheetError(t.value().text())))
        ? values.subList(0, width) : values;
  }

  /**
   * A row one value wider than its header, under a header printing its last column's name twice: a converter copied a
   * cell merged over two grid columns ({@code 采购总金额 | 采购总金额}, {@code 950.99 | 950.99}) into both, the header's
   * and the row's alike. Where the row's last two values read the same, the second is that copy; else the row as it is.
   */
  private static List<Token> withoutCopiedLast(List<Token> values, int width, String where, ReportContext context) {
    if (values.size() != width + 1 || !values.get(width).text().equals(values.get(width - 1).text())) {
      return values;
    }
    context.warn("merged_cell_copied", where + ": its last value '" + values.get(width).text() + "' printed twice under its"
        + " header's last column named twice: one cell merged over two columns, copied into both; read once");
    return values.subList(0, width);
  }

  /**
   * The tokens as label runs each with the values after it; a unit printed apart ({@code 元}, or {@code 万} where a PDF's
   * text puts a space between the digits and the CJK glyph: {@code 300.6 万}) joins its value.
   */
  private static List<Segment> segments(List<Token> tokens) {
    List<Segment> segments = new ArrayList<>();
    StringBuilder label = new StringBuilder();
    List<Token> values = new ArrayList<>();
    for (Token t : tokens) {
      if (t.isValue()) {
        values.add(t);
      } else if (!values.isEmpty() && (Numerals.MONEY_UNITS.contains(t.text()) || Numerals.MAGNITUDES.contains(t.text())
          || wrappedDecimals(values.get(values.size() - 1), t))) {
        values.add(withUnit(values.remove(values.size() - 1), t.text()));
      } else if (!values.isEmpty() && yuanAfterLabelTail(values.get(values.size() - 1), t.text())) {
        // 574.6385万 / 购元: the row label's wrapped tail and the amount's unit on one line of text
        values.add(withUnit(values.remove(values.size() - 1), YUAN));
        segments.add(new Segment(label.toString(), values));
        label.setLength(0);
        values = new ArrayList<>();
        label.append(t.text(), 0, t.text().length() - YUAN.length());
      } else {
        if (!values.isEmpty()) {
          segments.add(new Segment(label.toString(), values));
          label.setLength(0);
          values = new ArrayList<>();
        }
        label.append(t.text());
      }
    }
    segments.add(new Segment(label.toString(), values));
    return segments;
  }

  /**
   * Whether {@code text}, a label token's right after a row's last value {@code last}, ends with that value's unit 元
   * wrapped onto the next line of text after the row label's wrapped tail ({@code 政府集中采 243 574.6385万} / {@code 购
   * 元}): the tail no longer than {@link #WRAPPED_LABEL_TAIL}, and 元 completing the value's magnitude (万 / 元: 万元) or
   * naming a bare figure's unit. Never 万元 after a bare figure: a header's words wrapped past the row's cells
   * ({@code 总金额万元}) would multiply it.
   */
  private static boolean yuanAfterLabelTail(Token last, String text) {
    int tail = text.length() - YUAN.length();
    return last.fromText() && tail > 0 && tail <= WRAPPED_LABEL_TAIL && text.endsWith(YUAN)
        && UNIT_OPEN_FIGURE.matcher(last.text()).matches() && CellKind.of(text.substring(0, tail)) == CellKind.LABEL;
  }

  /** The value token with a unit printed apart after it joined to its text and cell. */
  private static Token withUnit(Token value, String unit) {
    return new Token(value.text() + unit, new Cell(value.value().raw() + unit), value.fromText(), value.apart(), false, null);
  }

  /**
   * Whether label token {@code t} is the decimals of the amount {@code last} wrapped at its point ({@link #DECIMAL_TAIL}
   * after a run of digits from text): the two are one cell, 2980403.14元, not 2980403 and a label.
   */
  private static boolean wrappedDecimals(Token last, Token t) {
    return last.fromText() && t.fromText() && t.text().startsWith(".") && CellKind.isPlainDigits(last.text())
        && DECIMAL_TAIL.matcher(t.text()).matches();
  }

  /**
   * The segments with a row label wrapped around its first count joined: a dump that parts every cell prints the
   * count set at the row's middle between the label's pieces ({@code 行政事业性收 / 12 / 费 / 0}). Joined where the
   * label before the count names no item and the two pieces together do, the item's phrase across them and ending
   * the second: the row {@code 行政事业性收费} with 12 and 0. Where more text follows the phrase's tail (the next
   * item's caption, header and label), the values after it are that text's row, not the wrapped one's. Lines of text
   * only: digits inside a grid cell's label are the grid's ({@code 行政事业性收16费}, a three-line table's cell), which
   * column's unknown.
   */
  private static List<Segment> labelsAroundCounts(List<Segment> segments, List<Named> items) {
    List<Segment> joined = new ArrayList<>(segments.size());
    for (int i = 0; i < segments.size(); i++) {
      Segment s = segments.get(i);
      if (i + 1 < segments.size() && s.values().size() == 1 && s.values().get(0).fromText() && !s.label().isEmpty()
          && longestPhrase(items, s.label()::contains) == null) {
        Segment next = segments.get(i + 1);
        String label = s.label() + next.label();
        int cut = s.label().length();
        if (longestPhrase(items, p -> label.endsWith(p) && label.length() - p.length() < cut) != null) {
          List<Token> values = new ArrayList<>(s.values());
          values.addAll(next.values());
          joined.add(new Segment(label, values));
          i++;
          continue;
        }
      }
      joined.add(s);
    }
    return joined;
  }

  /**
   * What a paragraph states in sentences ({@code 主动公开规范性文件：新制发3件，废止1件，现行有效40件。},
   * {@code 政府集中采购：采购项目数量5个，采购总金额116万元}): after an item's name, up to the next item's or the end of the
   * sentence, each column named ({@link ItemColumn#stated()}) with its figure right after the name, and a column named
   * right before the item's name with the figure right after it ({@code 本年制发规章3件}). A sentence states only the
   * columns it names; the others stay empty. An item named right after another whose words state nothing
   * ({@code 行政处罚和行政强制处理决定数量15件}) may share its figures with it: they are then no one's.
   */
  private static Stated stated(String raw, ItemBlock block, ItemBlock rowsOf, String section, ReportContext context) {
    String line = sentenceText(raw);
    List<Mention> mentions = mentions(line, block.items());
    List<ItemRow> rows = new ArrayList<>(0);
    boolean isSentence = false;
    boolean joined = false;
    int from = 0;
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      int next = i + 1 < mentions.size() ? mentions.get(i + 1).start() : line.length();
      int end = Math.min(next, sentenceEnd(line, m.end()));
      List<StatedCell> cells = statedCells(line, m, Math.max(from, sentenceStart(line, m.start())), end, block.columns());
      if (cells.isEmpty() && rowsOf != null && CLAUSE_MARK.matcher(line).find()) {
        cells = bareCell(line, m, end, rowsOf, section, context);
      }
      from = m.end();
      if (cells.isEmpty()) {
        joined = end == next && next < line.length() && !hasDigit(line, m.end(), end);
        continue;
      }
      isSentence = true;
      if (joined) {
        context.warn("items_joined", section + ": '" + line.substring(mentions.get(i - 1).start(), end) + "' names "
            + mentions.get(i - 1).item().key() + " and " + m.item().key() + " before the figures: whose they are is not"
            + " known; left unread");
        joined = false;
        continue;
      }
      if (m.fuzzy()) {
        context.warn("label_fuzzy_match", section + ": '" + line.substring(m.start(), m.end()) + "' in '" + line
            + "' read as " + m.item().key());
      }
      addStated(rows, new ItemRow(m.item(), cells.stream().map(StatedCell::column).toList(),
          cells.stream().map(StatedCell::cell).toList(), Cell.Text.strip(raw)));
    }
    return new Stated(rows, isSentence);
  }

  /**
   * A paragraph's row, joined to the one it stated of the same item before where their columns differ: an item named
   * again with each column ({@code 新制发规范性文件3件，废止规范性文件1件}) is one row. A column stated twice stays two
   * rows, the later one a duplicate.
   */
  private static void addStated(List<ItemRow> rows, ItemRow row) {
    for (int i = 0; i < rows.size(); i++) {
      ItemRow before = rows.get(i);
      if (before.item().equals(row.item()) && row.columns().stream().noneMatch(c -> statesColumn(before, c.column()))) {
        rows.set(i, new ItemRow(before.item(), concat(before.columns(), row.columns()), concat(before.cells(), row.cells()),
            before.sentence()));
        return;
      }
    }
    rows.add(row);
  }

  private static boolean statesColumn(ItemRow row, ItemColumn column) {
    return row.columns().stream().anyMatch(c -> c.column().equals(column));
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /**
   * A paragraph's text as its sentences are read: NFKC, spaces and what prints nothing dropped, except one space
   * between two digits, which leaves a number printed apart ({@code 1 380}) in doubt.
   */
  private static String sentenceText(String raw) {
    String n = Cell.Text.nfkc(raw);
    StringBuilder b = new StringBuilder(n.length());
    boolean space = false;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Cell.Text.isSpace(c)) {
        space = true;
      } else {
        if (space && Character.isDigit(c) && b.length() > 0 && Character.isDigit(b.charAt(b.length() - 1))) {
          b.append(' ');
        }
        b.append(c);
        space = false;
      }
    }
    return b.toString();
  }

  /**
   * The columns an item's words name each with its figure right after, in print order: named after the item's name
   * up to {@code to}, or right before it (from {@code from}) with the figure and its counter right after the item's
   * name ({@code 本年制发规章3件}). A table's header wording right before an item is the header of a table glued to
   * its first row ({@code 处理决定数量行政许可120}), not a sentence's.
   */
  private static List<StatedCell> statedCells(String line, Mention item, int from, int to, List<ItemColumn> columns) {
    List<StatedCell> cells = new ArrayList<>(0);
    for (ItemColumn c : columns) {
      Matcher name = c.stated().matcher(line).region(from, to);
      while (name.find()) {
        boolean before = name.end() == item.start() && !c.header().matcher(name.group()).find();
        if (name.start() >= item.end() || before) {
          int at = before ? item.end() : name.end();
          Matcher figure = (c.kind() == ColumnKind.AMOUNT ? STATED_AMOUNT : STATED_COUNT).matcher(line).region(at, to);
          if (figure.lookingAt() && (!before || !Character.isDigit(figure.group(1).charAt(figure.group(1).length() - 1)))) {
            cells.add(new StatedCell(name.start(), new HeaderColumn(c, name.group()),
                new Cell(Numerals.inDigits(figure.group(1)))));
            break;
          }
          Matcher bare = c.kind() == ColumnKind.AMOUNT && !before ? STATED_BARE_AMOUNT.matcher(line).region(at, to) : null;
          if (bare != null && bare.lookingAt()) {
            cells.add(new StatedCell(name.start(), new HeaderColumn(c, name.group()), new Cell(bare.group(1))));
            break;
          }
        }
      }
    }
    cells.sort(Comparator.comparingInt(StatedCell::at));
    return cells;
  }

  /**
   * A figure a sentence states after an item's name without naming its column ({@code 行政许可120件},
   * {@code 行政事业性收费12.5万元}): the item's only column of that sort in the report's template ({@code rowsOf}), the
   * sentence states nothing else; where the row has several (2019's 行政许可: 上一年项目数量, 本年增/减, 处理决定数量),
   * which one is meant is not stated, and a figure glued to the name of a row of several columns may be its cells run
   * together ({@code 政府集中采购2832995元}): none, with a warning.
   */
  private static List<StatedCell> bareCell(String line, Mention item, int end, ItemBlock rowsOf, String section,
      ReportContext context) {
    int to = end;
    for (int i = item.end(); i < end; i++) {
      if (BARE_ENDS.indexOf(line.charAt(i)) >= 0) {
        to = i;
        break;
      }
    }
    Matcher count = BARE_COUNT.matcher(line).region(item.end(), to);
    Matcher amount = BARE_AMOUNT.matcher(line).region(item.end(), to);
    boolean isAmount = !count.lookingAt();
    if (isAmount && !amount.lookingAt()) {
      return List.of();
    }
    Matcher figure = isAmount ? amount : count;
    List<ItemColumn> row = rowsOf.columnsOf(item.item());
    List<ItemColumn> ofSort = row.stream().filter(c -> (c.kind() == ColumnKind.AMOUNT) == isAmount).toList();
    String why = null;
    if (ofSort.size() != 1) {
      why = "the template's row " + item.item().key() + " has no single " + (isAmount ? "amount" : "count") + " column";
    } else if (figure.start(1) == item.end() && row.size() > 1) {
      why = "its figure right after the name may be the row's cells glued";
    }
    if (why != null) {
      context.warn("column_unstated", section + ": '" + line.substring(item.start(), figure.end()) + "' names no column, and "
          + why + "; left unread");
      return List.of();
    }
    ItemColumn column = ofSort.get(0);
    return List.of(new StatedCell(item.end(), new HeaderColumn(column, ""), new Cell(Numerals.inDigits(figure.group(1)))));
  }

  /**
   * The items named in a line, in print order, each by a phrase or, where the line has none of an item's phrases,
   * within one edit of one ({@code 行政政强制}); where names overlap, the one starting first, then the longer.
   */
  static List<Mention> mentions(String line, List<Named> items) {
    List<Mention> all = new ArrayList<>(0);
    for (Named item : items) {
      int exact = all.size();
      for (String p : item.phrases()) {
        for (int at = line.indexOf(p); at >= 0; at = line.indexOf(p, at + 1)) {
          all.add(new Mention(item, at, at + p.length(), false));
        }
      }
      // the longest phrase first: 行政规范性件 is one edit from 行政规范性文件, whose name it starts
      for (String p : item.phrasesLongestFirst()) {
        if (all.size() > exact) {
          break;
        }
        for (LabelMatch m = LabelMatch.approximate(line, p, 0, line.length()); m != null;
            m = LabelMatch.approximate(line, p, m.end(), line.length())) {
          all.add(new Mention(item, m.start(), m.end(), true));
        }
      }
    }
    all.sort(Comparator.comparingInt(Mention::start).thenComparing(Comparator.comparingInt(Mention::end).reversed()));
    List<Mention> kept = new ArrayList<>(all.size());
    for (Mention m : all) {
      if (kept.isEmpty() || m.start() >= kept.get(kept.size() - 1).end()) {
        kept.add(m);
      }
    }
    return kept;
  }

  /** Where the sentence going on at {@code at} starts: after the previous one's closing mark, or at the line's start. */
  private static int sentenceStart(String line, int at) {
    for (int i = at - 1; i >= 0; i--) {
      if (SENTENCE_ENDS.indexOf(line.charAt(i)) >= 0) {
        return i + 1;
      }
    }
    return 0;
  }

  /** Where the sentence going on at {@code from} ends: at its closing mark, or the line's end. */
  private static int sentenceEnd(String line, int from) {
    for (int i = from; i < line.length(); i++) {
      if (SENTENCE_ENDS.indexOf(line.charAt(i)) >= 0) {
        return i;
      }
    }
    return line.length();
  }

  private static boolean hasDigit(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** A column name found in a label, and where; {@code fuzzy} when found within one edit ({@link #hits}). */
  private record Hit(ItemColumn column, int start, int end, boolean fuzzy) {}

  /**
   * The column names a label holds. In a header (a label naming a column exactly), a column whose name is printed
   * within one edit is named too where no other name stands: OCR reads 采购项目数量 as 米购项目数量 or 采购总金额 as
   * 采购总金人额 beside its exact neighbour, and a reader still sees the table's two columns. Names of five
   * characters or more only (本年新增 is within one edit of the 本年增 of 本年增/减), ending in their own last
   * character: a name a wrap cut short (上一年项目数 / 量) is within one edit of itself and the next word's first
   * character.
   */
  private static List<Hit> hits(String text, List<ItemColumn> columns) {
    List<Hit> hits = new ArrayList<>();
    for (ItemColumn c : columns) {
      LabelMatch m = c.headerIn(text);
      if (m != null) {
        hits.add(new Hit(c, m.start(), m.end(), false));
      }
    }
    if (!hits.isEmpty() && hits.size() < columns.size()) {
      for (ItemColumn c : columns) {
        if (hits.stream().noneMatch(h -> h.column() == c)) {
          fuzzyHit(text, c, hits);
        }
      }
    }
    hits.sort(Comparator.comparingInt(Hit::start));
    return hits;
  }

  /** Adds {@code column}'s name found within one edit in {@code text} where no name found stands. */
  private static void fuzzyHit(String text, ItemColumn column, List<Hit> hits) {
    for (String wording : column.wordings()) {
      if (wording.length() < MIN_FUZZY_HEADER) {
        continue;
      }
      char last = wording.charAt(wording.length() - 1);
      for (int end = text.indexOf(last) + 1; end > 0; end = text.indexOf(last, end) + 1) {
        for (LabelMatch m : LabelMatch.approximateEndingAt(text, wording, 0, end)) {
          if (hits.stream().allMatch(h -> m.end() <= h.start() || m.start() >= h.end())) {
            hits.add(new Hit(column, m.start(), m.end(), true));
            return;
          }
        }
      }
    }
  }

  /** The columns a header names, left to right, each with its part of the header; empty when it names none. */
  private static List<HeaderColumn> header(String text, List<Hit> hits) {
    List<HeaderColumn> found = new ArrayList<>();
    for (int i = 0; i < hits.size(); i++) {
      int end = i + 1 < hits.size() ? hits.get(i + 1).start() : text.length();
      found.add(new HeaderColumn(hits.get(i).column(), text.substring(hits.get(i).start(), end)));
    }
    return found;
  }

  /**
   * Where the header in a label ends and the row's own label starts (a header glued to the row label in crawled
   * text): after the last column name and a parenthesized note after it ({@code （单位：万元）}); 0 without a header.
   */
  private static int headerEnd(String text, List<Hit> hits) {
    int end = 0;
    for (Hit h : hits) {
      end = Math.max(end, h.end());
    }
    if (end == 0 || end >= text.length() || "（(".indexOf(text.charAt(end)) < 0) {
      return end;
    }
    int close = Math.max(text.indexOf('）', end), text.indexOf(')', end));
    return close > end ? close + 1 : text.length();
  }

  /**
   * The item a row label names: the one whose phrase ends it, else the one whose phrase it contains (the longest
   * phrase winning: 规范性文件 over the 规章 a long label mentions), else one within one edit of a phrase
   * ({@code label_fuzzy_match}).
   */
  private static Named item(String label, List<Named> items, String section, ReportContext context) {
    // Two rows' labels run together where the first printed no value (行政处罚 then 行政强制 6, its blanks left out):
    // the values after them are the row whose label ends the run.
    Named best = longestPhrase(items, label::endsWith);
    if (best != null) {
      return best;
    }
    Named contained = longestPhrase(items, label::contains);
    if (contained != null) {
      // the run may end in the next row's label misprinted (行政处罚行政政强制): its values are that row's
      int after = afterPhrase(label, contained);
      Named ending = fuzzilyEnding(label, items, after, section, context);
      if (ending == null) {
        ending = fuzzilyAfter(label, items, after, section, context);
      }
      return ending != null ? ending : contained;
    }
    Named ending = fuzzilyEnding(label, items, 0, section, context);
    if (ending != null) {
      return ending; // 行政处处罚行政政强制: the row whose label ends the run
    }
    for (Named item : items) {
      for (String p : item.phrases()) {
        LabelMatch m = LabelMatch.approximate(label, p, 0, label.length());
        if (m != null) {
          warnFuzzy(label, m, item, p, section, context);
          return item;
        }
      }
    }
    return null;
  }

  /** Where the last printed phrase of {@code item} in {@code label} ends. */
  private static int afterPhrase(String label, Named item) {
    int end = 0;
    for (String p : item.phrases()) {
      int at = label.lastIndexOf(p);
      if (at >= 0) {
        end = Math.max(end, at + p.length());
      }
    }
    return end;
  }

  /**
   * The item one edit from a phrase printed at the end of {@code label}, after {@code from} and in no note, or null.
   * Every window ending there is tried: the first one edit from the phrase at a place may end a character short of the
   * label's end ({@code 行政强强} in {@code 行政强强制}).
   */
  private static Named fuzzilyEnding(String label, List<Named> items, int from, String section, ReportContext context) {
    // indexed loops: every row label is asked, and under the quick compiler an iterator is an allocation
    for (int i = 0; i < items.size(); i++) {
      Named item = items.get(i);
      for (int k = 0; k < item.phrases().size(); k++) {
        String p = item.phrases().get(k);
        List<LabelMatch> ending = LabelMatch.approximateEndingAt(label, p, from, label.length());
        for (int j = 0; j < ending.size(); j++) {
          if (!opensNoteBetween(label, from, ending.get(j).start())) {
            warnFuzzy(label, ending.get(j), item, p, section, context);
            return item;
          }
        }
      }
    }
    return null;
  }

  /**
   * The item one edit from a phrase printed after {@code from} and before the label's end, the run's next label
   * misprinted and going on past its phrase ({@code 行政许可其他对外管服务事项}), or null.
   */
  private static Named fuzzilyAfter(String label, List<Named> items, int from, String section, ReportContext context) {
    for (Named item : items) {
      for (String p : item.phrases()) {
        LabelMatch m = LabelMatch.approximate(label, p, from, label.length());
        if (m != null && !opensNoteBetween(label, from, m.start())) {
          warnFuzzy(label, m, item, p, section, context);
          return item;
        }
      }
    }
    return null;
  }

  /**
   * Whether a bracket opens between {@code from} and {@code to}: a note on the row's own label ({@code 行政处罚（含行政强制）})
   * names another item without being its row.
   */
  private static boolean opensNoteBetween(String label, int from, int to) {
    return NOTE_OPENS.matcher(label).region(from, Math.max(from, to)).find();
  }

  private static void warnFuzzy(String label, LabelMatch m, Named item, String phrase, String section, ReportContext context) {
    context.warn("label_fuzzy_match", section + ": '" + label.substring(m.start(), m.end()) + "' in '" + label
        + "' read as " + item.key() + " ('" + phrase + "')");
  }

  /** The item with the longest phrase that {@code printed} accepts, or null. */
  private static Named longestPhrase(List<Named> items, Predicate<String> printed) {
    Named best = null;
    int bestLength = 0;
    for (int i = 0; i < items.size(); i++) { // indexed, as in fuzzilyEnding
      List<String> phrases = items.get(i).phrases();
      for (int k = 0; k < phrases.size(); k++) {
        String p = phrases.get(k);
        if (p.length() > bestLength && printed.test(p)) {
          best = items.get(i);
          bestLength = p.length();
        }
      }
    }
    return best;
  }

  /**
   * A text cut part-way through a line ends in a fragment of it: one value past the row's cells that is that line
   * ({@link org.govdisclosure.extract.model.Document#cutLine}: 政府集中采购 / 0 / 0 / 20, the 20 of a line cut short;
   * in section 三 the 2 of 2.其他法律行政法规禁止公开) is no cell of the row; the row's last cell that is that line may be
   * cut short (3 of 36), so it is left empty, unless it is 0, which no longer count begins with.
   */
  static List<Token> withoutCutEnd(List<Token> values, int width, String where, ReportContext context) {
    String cutLine = context.document().cutLine();
    if (cutLine == null || values.isEmpty() || !cutLine.equals(values.get(values.size() - 1).text())) {
      return values;
    }
    if (values.size() == width + 1) {
      context.warn("text_ends_in_row", where + ": the text ends in '" + cutLine + "' after the row's " + width
          + " cells: the start of the line it was cut in, not a cell");
      return values.subList(0, width);
    }
    if (values.size() == width && !cutLine.equals(ZERO)) {
      context.warn("text_ends_in_row", where + ": the text ends in its last cell '" + cutLine + "', which may be cut short;"
          + " left empty");
      List<Token> kept = new ArrayList<>(values.subList(0, width - 1));
      kept.add(new Token("", new Cell(""), values.get(width - 1).fromText()));
      return kept;
    }
    return values;
  }

  /**
   * A row's cells, one per column: as printed (blank cells at either end of a grid row dropped), or a run of digits
   * glued in text split the only way its digits allow ({@code glued_row_split}); otherwise null with a warning. The last
   * run may end in an amount column's decimals and unit ({@code 政府集中采购10.35万元}: 1 and 0.35万元).
   */
  private static List<Cell> cells(List<Token> values, List<HeaderColumn> columns, String where, ReportContext context) {
    int width = columns.size();
    List<Cell> cells = CountCells.withoutExtraCells(
        BlankSeparators.dropped(values.stream().map(Token::value).toList(), width, where, context), width, where, context);
    if (cells == null || cells.size() == width) {
      return cells;
    }
    List<String> runs = new ArrayList<>();
    for (Token t : values) {
      runs.add(t.text());
    }
    String last = runs.get(runs.size() - 1);
    Matcher amount = AMOUNT_RUN.matcher(last);
    boolean amountLast = columns.get(width - 1).column().kind() == ColumnKind.AMOUNT && amount.matches();
    String suffix = amountLast ? last.substring(amount.end(1)) : "";
    runs.set(runs.size() - 1, last.substring(0, last.length() - suffix.length()));
    // A row's digits are split only where they are all one run (crawled text that lost its spaces); where its line
    // spaces them apart, the spaces part its cells and a missing one is a blank the line left out (规章  0  14).
    if (values.size() > 1 || !values.stream().allMatch(Token::fromText) || !runs.stream().allMatch(ItemDecoder::isDigits)) {
      context.warn("short_row", where + ": " + cells.size() + " value cells where " + width + " were expected; left empty");
      return null;
    }
    if (values.get(0).apart() && DigitSplits.canBeOneCount(runs.get(0))) {
      // One number its line prints apart, the blanks around it left out: which column it stands in is not known.
      context.warn("short_row", where + ": one value '" + values.get(0).text() + "' printed apart for " + width
          + " columns, which of them is its not known; left empty");
      return null;
    }
    String printed = String.join(" ", runs) + suffix;
    if (amountLast && suffix.isEmpty() && last.charAt(0) != '0') {
      // Neither unit nor decimals mark where an amount starts, and the run reads as one number (26 is 26 items, the
      // amount not printed, as well as 2 items and 6 yuan).
      context.warn("glued_row_ambiguous", where + ": digits '" + printed + "' may be one number or a count glued to an amount; left empty");
      return null;
    }
    List<String[]> readings = splits(runs, width, amountLast);
    String why = ", the only reading its digits allow";
    if (readings.size() > 1 && !suffix.isEmpty()) {
      readings = amountsPrintedElsewhere(readings, suffix, context);
      why = ", the only reading whose amount the report also prints elsewhere";
    }
    if (readings.size() != 1) {
      context.warn("glued_row_ambiguous", where + ": digits '" + printed + "' split more than one way or none; left empty");
      return null;
    }
    String[] reading = readings.get(0);
    reading[width - 1] += suffix;
    context.warn("glued_row_split", where + ": digits '" + printed + "' read as " + Arrays.toString(reading) + why);
    return Arrays.stream(reading).map(Cell::new).toList();
  }

  /**
   * The readings whose amount with its unit the report prints standing alone somewhere ({@code 发布采购信息21条共5419886元}
   * settles {@code 政府集中采购215419886元} as 21 | 5419886元): where the row glues the count to the amount, a digit
   * precedes it, so the row itself never counts.
   */
  private static List<String[]> amountsPrintedElsewhere(List<String[]> readings, String suffix, ReportContext context) {
    List<String[]> stated = new ArrayList<>(1);
    for (String[] r : readings) {
      String whole = r[r.length - 1];
      if (whole.length() >= MIN_STATED_DIGITS && printedAlone(whole + Cell.Text.fold(suffix), context)) {
        stated.add(r);
      }
    }
    return stated;
  }

  private static boolean printedAlone(String amount, ReportContext context) {
    for (Block b : context.document().blocks()) {
      if (b instanceof Paragraph p) {
        String text = p.text();
        for (int at = text.indexOf(amount); at >= 0; at = text.indexOf(amount, at + 1)) {
          if (at == 0 || !Character.isDigit(text.charAt(at - 1)) && text.charAt(at - 1) != '.') {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Up to two readings of digit runs as {@code width} cells ({@link DigitSplits}); with {@code amountLast}, the last
   * cell is an amount's whole yuan or 万元 (any length, no leading zero) at the end of the last run, and every reading
   * of that kind is given (one per place the amount may start), for the text to settle
   * ({@link #amountsPrintedElsewhere}).
   */
  private static List<String[]> splits(List<String> runs, int width, boolean amountLast) {
    List<String[]> found = new ArrayList<>(2);
    if (!amountLast) {
      DigitSplits.upTo(runs, width, v -> true, 1).forEach(v -> found.add(texts(v, width)));
      return found;
    }
    String last = runs.get(runs.size() - 1);
    for (int at = 0; at < last.length(); at++) {
      String whole = last.substring(at);
      List<String> counts = new ArrayList<>(runs.subList(0, runs.size() - 1));
      if (at > 0) {
        counts.add(last.substring(0, at));
      }
      if (counts.isEmpty() || whole.length() > 1 && whole.charAt(0) == '0') {
        continue;
      }
      for (int[] v : DigitSplits.upTo(counts, width - 1, v -> true, 1)) {
        String[] cells = texts(v, width);
        cells[width - 1] = whole;
        found.add(cells);
      }
    }
    return found;
  }

  /** The counts as cell texts, in an array of {@code width}. */
  private static String[] texts(int[] counts, int width) {
    return Arrays.copyOf(Arrays.stream(counts).mapToObj(String::valueOf).toArray(String[]::new), width);
  }

  private static boolean isDigits(String s) {
    return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** Whether the text leaves a bracket open: a note whose text goes on after the number in it. */
  private static boolean opensNote(String text) {
    return Math.max(text.lastIndexOf('('), text.lastIndexOf('（')) > Math.max(text.lastIndexOf(')'), text.lastIndexOf('）'));
  }

  /** Whether {@code label} ends with an item's phrase: the row's label, its cells glued after it. */
  private static boolean endsWithPhrase(String label, List<Named> items) {
    return items.stream().flatMap(i -> i.phrases().stream()).anyMatch(label::endsWith);
  }
}
