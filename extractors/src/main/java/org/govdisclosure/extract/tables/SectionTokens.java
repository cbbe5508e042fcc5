package org.govdisclosure.extract.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.govdisclosure.extract.meta.OrganizationFinder;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Document;
import org.govdisclosure.extract.model.PageFurniture;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;
import org.govdisclosure.extract.prose.Respectively;
import org.govdisclosure.extract.prose.StatedOrder;
import org.govdisclosure.extract.spi.ReportContext;
import org.govdisclosure.extract.spi.Template;
import org.govdisclosure.extract.template.NationalTemplate;
import org.govdisclosure.extract.template.Ordinals;
import org.govdisclosure.extract.template.TableCaption;
import org.govdisclosure.extract.value.CellKind;
import org.govdisclosure.extract.value.Count;
import org.govdisclosure.extract.value.Counts;
import org.govdisclosure.extract.value.Numerals;

/**
 * What a reader produced for a section, as one sequence of text and value tokens in reading order, whatever the
 * layout: grid cells become one token each; lines of text are cut at spaces and into text and runs of digits (a
 * run glued to other text may hold several cells; one printed apart is one number). Page furniture is dropped: page footers ({@code — 4 —}, {@code 第4页}) and grid rows that
 * repeat the column header.
 */
final class SectionTokens {

  /**
   * A piece of label text, or a value: a grid cell, or a run of digits read from text. {@code opensRow}: the label
   * cell a grid row opens with, whose row's values are its own whatever the label says; in a value, the cell a grid row
   * opens with where it has no label cell. {@code columns}: in a column
   * header (a grid row or a line of text naming section 三's columns), the column each header cell names in order,
   * -1 for a generic name ({@code 数据3}), {@link #SUBTOTAL} for the subtotal some grids add; in a header row of
   * section 四's grid, the outcomes its cells name in order; in a value a row written as a sentence prints right after a section 三
   * column's name ({@code 商业企业1件}), that column alone; null in every other token. {@code apart}: a value a line of text prints
   * as a piece of its own, spaces (or the line's ends, or a cell separator) around it, or right after its column's
   * name: one number as printed, never cells glued together (a run touching other text may be: {@code 规章1014},
   * {@code 0110103（七）总计}, a crawl that lost its separators). {@code gluedToTitles}: in the mark a header row leaves
   * whose column titles OCR read with counts glued to them ({@link #gluedToTitles}), those cells as printed; null in
   * every other token.
   */
  record Token(String text, Cell value, boolean fromText, boolean apart, boolean opensRow, List<Integer> columns, String gluedToTitles) {

    /** A header's subtotal column ({@link #SUBTOTAL_COLUMN}), printed though no column of the template. */
    static final int SUBTOTAL = -2;

    Token(String text, Cell value, boolean fromText, boolean apart, boolean opensRow, List<Integer> columns) {
      this(text, value, fromText, apart, opensRow, columns, null);
    }

    Token(String text, Cell value, boolean fromText) {
      this(text, value, fromText, false, false, null);
    }

    Token(String text, Cell value, boolean fromText, boolean opensRow) {
      this(text, value, fromText, false, opensRow, null);
    }

    /** A value that is a whole piece of a line of text, printed apart ({@code apart}). */
    static Token piece(String piece) {
      return new Token(piece, new Cell(piece), true, true, false, null);
    }

    /**
     * The mark of a header row whose column titles had counts glued to them ({@code 结果纠正2}), the counts left out:
     * no label (no text to align a row's label with) and no value.
     */
    static Token gluedToTitles(List<String> cells) {
      return new Token("", null, false, false, false, null, String.join(" ", cells));
    }

    /** The indexes of the tokens printed apart. */
    static BitSet apart(List<Token> tokens) {
      BitSet apart = new BitSet();
      for (int i = 0; i < tokens.size(); i++) {
        apart.set(i, tokens.get(i).apart());
      }
      return apart;
    }

    static Token header(List<Integer> columns) {
      return new Token("", null, false, false, false, List.copyOf(columns));
    }

    boolean isValue() {
      return value != null;
    }

    boolean isHeader() {
      return columns != null && value == null;
    }

    /** The section 三 column a sentence names this value by, or -1. */
    int namedColumn() {
      return value != null && columns != null ? columns.get(0) : -1;
    }
  }

  private static final String SPACE_CLASS = Cell.Text.SPACE_CLASS;
  /**
   * A running footer or head: the issuing body's name beside the page number ({@code 玄武区人民政府  2},
   * {@code 2  玄武区人民政府}), as office PDFs print it on every page and conversions leave it between table rows.
   */
  private static final Pattern ISSUER_FOOTER = Pattern.compile("^(?:\\d{1,3}[" + SPACE_CLASS + "]+\\p{IsHan}{2,40}(?:" + OrganizationFinder.BODY_ENDINGS
      + ")|\\p{IsHan}{2,40}(?:" + OrganizationFinder.BODY_ENDINGS + ")[" + SPACE_CLASS + "]+\\d{1,3})$");
  private static final int MAX_ISSUER_FOOTER_LENGTH = 48;
  /**
   * A run of digits in text, with what follows it: an ordinal mark after a single last digit ({@code 00000001.属于})
   * makes that digit the next label's ordinal; a counter word or a date unit makes the number part of a sentence.
   */
  private static final Pattern SPACES = Cell.Text.SPACES;
  /** A number with thousands separators ({@code 1,024}). */
  private static final String WITH_THOUSANDS = "\\d{1,3}(?:,\\d{3})+";
  /** Cells glued to a label as single characters: fewer are no row of a table's ({@link #markedGluedCells}). */
  private static final int MIN_GLUED_CELLS = 5;
  /** What may end a label before its glued cells besides a letter: a closing bracket or quote. */
  private static final String LABEL_CLOSES = "）)”」";
  /** A run of digits, or a number with thousands separators ({@code 13,612件} is one number of a sentence). */
  private static final Pattern NUMBER_RUN = Pattern.compile("[-−+]?(?:" + WITH_THOUSANDS + "(?!\\d)|\\d+)(?:\\.\\d+)?");
  private static final Pattern AMOUNT = Pattern.compile(Numerals.AMOUNT_CELL);
  /** A count printed with thousands separators or its counter ({@code 1,024}, {@code 3件}): one cell, not runs of digits. */
  private static final Pattern COUNT_CELL =
      Pattern.compile("(?:" + WITH_THOUSANDS + "|\\d+(?=\\D))" + Numerals.alternation(Numerals.COUNTERS) + "?");
  /** A count closed by its counter ({@code 3件}). */
  private static final String COUNT_WITH_COUNTER = "\\d+" + Numerals.alternation(Numerals.COUNTERS);
  private static final Pattern COUNTED = Pattern.compile(COUNT_WITH_COUNTER);
  /** A count with its counter ending a piece ({@code …情形）0件}). */
  private static final Pattern COUNTED_AT_END = Pattern.compile(COUNT_WITH_COUNTER + "$");
  /** A grid cell of counts each closed by its counter ({@code 0件1件}): two cells a reader set too close read as one. */
  private static final Pattern COUNTS_GLUED_BY_COUNTERS = Pattern.compile("(?:" + COUNT_WITH_COUNTER + "){2,}");
  /** What closes a row ordinal after its number: 1. 1． 1、 and 1) (folded from 1）). */
  private static final String ORDINAL_MARKS = ".．、)";
  /**
   * The marks after a row ordinal's number that a wrap may leave opening the next line ({@code 1} / {@code .属于…},
   * {@code 3} / {@code )危及…}); a closing bracket only where no opening one before the number makes the bracketed
   * ordinal {@link #bracketedDigitsWrapped} puts back.
   */
  private static final String WRAPPED_ORDINAL_MARKS = ".．、)";
  /** The ordinal of a group's first row, the one a group label's line may keep ({@code （五）不予处理 1} / {@code .信访…}). */
  private static final String FIRST_ORDINAL = "1";
  /**
   * The marks of an ordinal that may stand apart from its number ({@code 2 )其他}, {@code 2 . 没有}); not 、, which lists
   * counts, except in a label letter-spaced glyph by glyph ({@code 7 、 属 于 行 政}, see {@link #markApart}).
   */
  private static final String MARKS_APART = ".．)";
  /**
   * The column names of section 三 and the outcomes of section 四: a number printed right after one is that column's
   * count in a row written as a sentence ({@code 自然人54、商业企业39}, {@code 结果维持1件，结果纠正0件}), whole, never a
   * count and the next label's ordinal (5 and 4、商业企业).
   */
  private static final List<String> COLUMN_NAMES = columnNames(NationalTemplate.of(Template.T2019));
  /** The longest word of section 三's header, a column's name among them: two pieces longer together break none. */
  private static final int LONGEST_HEADER_WORD = Stream.of(Template.values())
      .map(t -> NationalTemplate.of(t).applications())
      .flatMap(m -> Stream.concat(m.header().stream(), columnNames(m.columns()).stream()))
      .mapToInt(String::length).max().orElseThrow();
  private static final List<NationalTemplate.Column> APPLICATION_COLUMNS = NationalTemplate.of(Template.T2019).applications().columns();
  private static final NationalTemplate.ReviewBlock REVIEW = NationalTemplate.of(Template.T2019).reviewLitigation();
  /**
   * A key naming a column of section 三 or 四 with nothing after its colon ({@code 申请人情况-自然人:},
   * {@code 行政复议-结果维持:}): a table copied as key-value lines, one cell a line, prints a blank cell so. The name
   * after a separator of the key's levels, or alone (group 1) when it is no row's whole label ({@code 总计:} may open
   * that row, its cells on the lines after it).
   */
  private static final Pattern BLANK_CELL_KEY =
      Pattern.compile("(?:.*[-－—/·>|])?(" + Numerals.alternation(COLUMN_NAMES) + ")[:：]");
  /**
   * A line of such a copy that prints its cell under a bare key that is also a row's whole label ({@code 总计:6},
   * {@code 其他: 0}, as a mobile page prints each cell with its column's name): the key names the count's column, not
   * the row （七）总计 or 3.其他, so it is no label; its count with its counter or thousands separators too
   * ({@code 其他:0件}, {@code 总计:9,183}).
   */
  private static final Pattern KEY_VALUE_CELL = Pattern.compile("(" + Numerals.alternation(COLUMN_NAMES) + ")[:：]((?:" + WITH_THOUSANDS
      + "|\\d+)" + Numerals.alternation(Numerals.COUNTERS) + "?)");
  /**
   * A key naming a column with its count in Chinese numerals ({@code 自然人：五十二件}, {@code 科研机构：零}), as an article
   * prints a cell a line: the count is the column's as if in digits (group 2).
   */
  private static final Pattern KEYED_CHINESE_COUNT = Pattern.compile("(" + Numerals.alternation(COLUMN_NAMES) + ")[:：]("
      + Numerals.CHINESE_COUNT + Numerals.alternation(Numerals.COUNTERS) + "?)");
  /**
   * A column's name right before a count in Chinese numerals that its counter closes ({@code 自然人十四件}, {@code 其他零件}),
   * as a row written as a sentence prints each cell: the column's count as if in digits (group 2), like a keyed one.
   * Left in numerals, a sentence mixing them with digits is read by its digits alone, one column's count taken for another's.
   */
  private static final String COUNTER_OPENINGS = Numerals.firstChars(Numerals.COUNTERS);
  private static final Pattern NAMED_CHINESE_COUNT = Pattern.compile("(" + Numerals.alternation(COLUMN_NAMES) + ")[:：]?("
      + Numerals.CHINESE_COUNT + ")(?=" + Numerals.alternation(Numerals.COUNTERS) + ")");
  /**
   * A grid cell holding a column's title and a count after it, nothing else ({@code 结果纠正2}, {@code 自然人 196}): OCR
   * read the title's cell and the count's cell below it as one, the ruling between them lost (group 1: the title).
   */
  private static final Pattern TITLE_WITH_COUNT =
      Pattern.compile("(" + Numerals.alternation(COLUMN_NAMES) + ")[" + Cell.Text.SPACE_CLASS + "]*\\d+");
  private static final Set<String> ROW_WHOLE_LABELS = Arrays.stream(Template.values())
      .flatMap(t -> NationalTemplate.of(t).applications().rows().stream()).flatMap(r -> r.labels().stream())
      .collect(Collectors.toUnmodifiableSet());
  /** The characters a column name opens with: elsewhere none is printed, without comparing each name. */
  private static final String COLUMN_NAME_OPENINGS = Numerals.firstChars(COLUMN_NAMES);
  /**
   * What parts cells in a line of text pasted from a table whose separators the reader did not take for a table (a
   * CSV line, a markdown row without its outer pipes): no label, and a dash right after one is a sign ({@code 110,-18}).
   */
  private static final String CELL_SEPARATORS = ",;|｜";
  /** What parts the cells of a row written as a sentence naming their columns (自然人0件,商业企业21件、…). */
  private static final String STATED_CELL_BREAKS = ",，、;；:：";
  /** What makes the number before it part of a sentence: a counter, a unit, a date, 号, 位 (保留4位小数), a percent sign. */
  private static final String NOT_A_CELL = Numerals.firstChars(Numerals.COUNTERS) + Numerals.firstChars(Numerals.MONEY_UNITS)
      + Numerals.firstChars(Numerals.DATE_UNITS) + "号位%‰";
  /** The dots of a leader, as NFKC leaves them (… and ． are periods by then), and how many make one. */
  private static final String LEADER_DOTS = ".·•‧・⋯…";
  private static final int MIN_LEADER = 3;
  /**
   * An ellipsis: {@code …} (NFKC folds it to three periods), {@code ⋯}. A number it cuts ({@code 测试镇人民政府20……}, a
   * running head that shortens the title) is text cut short, never a count, nor a count and an ordinal's period.
   */
  private static final String ELLIPSIS = "...";
  private static final String ELLIPSIS_CHARS = "…⋯";
  /**
   * A label cell opening with an ordinal whose mark OCR lost or took for a comma or colon ({@code 1属于}, {@code 2,重复},
   * {@code 4 ,无正当}, {@code 1:信访}), or read a speck beside the period as a comma or a dash before it ({@code 4,.保护},
   * {@code 3-.要求}): the period is a speck at 150 dpi. One cell holds one thing, so a count there followed by words that
   * do not count or date it is the label's ordinal, not a value glued to it (that is {@code 0（七）总计}).
   */
  private static final Pattern LOOSE_ORDINAL =
      Pattern.compile("[1-9]\\d? ?(?:[,，:：;；][.．、]?|[-－][.．、])? ?[\\p{IsHan}&&[^" + NOT_A_CELL + "]]");
  /**
   * The same opening a piece of a line of text, with its mark taken for a comma, colon or semicolon
   * ({@code 4,保护第三方…}, folded from {@code 4，}): a line parts its cells by spaces, so a count the mark glues to words
   * is the label's ordinal.
   */
  private static final Pattern MARKED_LOOSE_ORDINAL =
      Pattern.compile("[1-9]\\d?[" + Ordinals.MISREAD_PERIODS + "][\\p{IsHan}&&[^" + NOT_A_CELL + "]]");
  /** The brackets around a label's note or ordinal ({@link #bracketed}), as folded text prints them. */
  private static final String OPENING_BRACKETS = "([【";
  private static final String CLOSING_BRACKETS = ")]】";
  private static final String ILLEGIBLE = CellKind.ILLEGIBLE + "▇█□?\uFFFD";
  /** What a count OCR read partly as letters may hold besides digits: letters l or I (one at least), and O. */
  private static final String LETTERS_IN_COUNTS = Numerals.LETTER_ZEROS + Numerals.LETTER_DIGITS;
  /** A header row names columns and carries no value: this many label cells and no value cell. */
  private static final int MIN_HEADER_CELLS = 3;
  private static final int MAX_PAGE_DIGITS = 3;
  /** No page is numbered 0: a line of it alone is a cell ({@code 1.申请人无正当理由逾期} / {@code 0} / {@code 不补正…}). */
  private static final String NO_PAGE = "0";
  private static final int MAX_COLUMN_PIECE = 2;
  /** A blot glued to a count is read as at most this many characters besides its digits ({@code 4 .四}). */
  private static final int MAX_DIRT_CHARACTERS = 2;
  /** A grid cell holding only 、 marks it none; in a line of text it is a label's punctuation (费用 、行政机关). */
  static final String ENUMERATION_COMMA = "、";
  /** What a row's counts listed after its label's colon are parted by (folded): 、, a comma or a semicolon. */
  private static final String LIST_SEPARATORS = ENUMERATION_COMMA + ",;";
  private static final String SLASH = "/";
  /** A bracket as folded text prints it ({@code （} folds to {@code (}). */
  private static final String OPENING_BRACKET = "(";
  private static final String CLOSING_BRACKET = ")";
  /** What parts two labels in one grid cell, where a converter joined a merged cell's label with the next ({@link #labelsJoined}). */
  private static final String LABEL_PARTING_MARKS = CELL_SEPARATORS + SLASH + ENUMERATION_COMMA + ":";
  /**
   * A converter's generic column name ({@code 类别}, {@code 数据3}, {@code 列3}, {@code 第3列}, {@code Column3}): a header
   * cell, never a value.
   */
  private static final Pattern GENERIC_COLUMN =
      Pattern.compile("(?:数据|列|第)\\d{1,2}列?|类别|(?:[Cc]ol(?:umn)?|[Ff]ield) ?\\d{1,2}");
  /**
   * A generic name that numbers the value columns ({@code 数据5}: the fifth after the label column, as a page's legend
   * 数据1至数据6依次为自然人、商业企业… says): it names that column where no such name in its header numbers past the
   * template's columns (then they count some column the template lacks, a subtotal, and name none).
   */
  private static final Pattern NUMBERED_DATA_COLUMN = Pattern.compile("数据(\\d{1,2})");
  /** What parts the words of a caption's title: brackets (folded) and spaces ({@code 行政诉讼(复议后起诉)}). */
  private static final Pattern TITLE_WORD_BREAKS = Pattern.compile("[()\\s]+");
  /** The characters a generic name opens with: other cells are settled without the matcher. */
  private static final String GENERIC_COLUMN_OPENINGS = "数列第类CcFf";
  /** The generic name of the label column: it names no value column. */
  private static final String CORNER = "类别";
  /**
   * A column some grids add after the five 法人或其他组织 columns, outside the template: their sum, which is no column of
   * section 三's, so its cells are dropped.
   */
  private static final Set<String> SUBTOTAL_COLUMN = Set.of("小计", "法人或其他组织小计");
  /** A column of remarks an office adds at a table's right (备注): words or figures about a row, none of its counts. */
  private static final Set<String> REMARKS_COLUMN = Set.of("备注", "说明");
  /**
   * A column of last year's figures an office prints at a table's right for comparison ({@code 上年总计（2021年）},
   * {@code 上年同期}): like remarks, none of this year's counts. Its name says what of last year it holds: a bare
   * {@code 上一年} is a piece of section 二's header 上一年项目数量 that a copy broke over lines.
   */
  private static final Pattern LAST_YEAR_COLUMN =
      Pattern.compile("(?:上年|上一年|去年)(?:同期|总计|合计)(?:[(（]\\d{4}年度?[)）])?");
  /**
   * A column comparing each row with last year or with the whole ({@code 同比增减}, {@code 较上年增减}, {@code 占比(%)}):
   * none of this year's counts either. Never section 二's own {@code 本年增/减}, which no such word opens.
   */
  private static final Pattern COMPARISON_COLUMN =
      Pattern.compile("(?:(?:同比|较上年|比上年)(?:增减|增长|变化)?|占比)(?:[(（]%[)）])?");
  /** How many columns the subtotal sums: the five 法人或其他组织 columns before it. */
  private static final int SUBTOTAL_PARTS = 5;
  /**
   * A grid naming a subtotal whose rows are not all as wide (a three-line table's rows laid out by their printed cells,
   * a wrapped label printing a row of its own): which cell of a row is the subtotal is told row by row
   * ({@link #subtotalInRow}).
   */
  private static final int SUBTOTAL_BY_ROW = -2;
  /** A line of text naming this many columns (and no digit) is a column header: a single name may be a row's word. */
  private static final int MIN_NAMED_COLUMNS = 2;
  /** The fewest letters of a column's name that open it on a line of wrapped header words. */
  private static final int MIN_OPENING = 2;
  /** A line of text naming this many rows, each in a piece of its own, prints the rows across a header. */
  private static final int MIN_NAMED_ROWS = 3;
  /**
   * Label characters beside a mark of none that, with it, must spell a stretch of a wording for the mark to be read as
   * one of the label's letters: one alone matches by chance.
   */
  private static final int WORDING_CONTEXT = 2;
  /** Section 三's groups' and rows' wordings of both templates, each row's in full. */
  private static final List<String> LABEL_WORDINGS = Stream.of(Template.T2019, Template.T2021)
      .map(t -> NationalTemplate.of(t).applications())
      .flatMap(m -> Stream.concat(wordings(m), m.rows().stream().flatMap(r -> Stream.ofNullable(r.wording()))))
      .distinct().toList();

  private SectionTokens() {}

  private static List<String> columnNames(NationalTemplate template) {
    return Stream.concat(columnNames(template.applications().columns()).stream(),
        template.reviewLitigation().outcomes().stream().flatMap(o -> o.wordings().stream())).distinct().toList();
  }

  private static List<String> columnNames(List<NationalTemplate.Column> columns) {
    return columns.stream().flatMap(c -> c.names().stream()).toList();
  }

  /**
   * Section 四's: the words of its column header, whose lines repeat after a page break, are dropped, and a grid
   * printed with the outcomes as its rows is read turned back ({@link TransposedMatrix}).
   */
  static List<Token> of(List<Block> blocks, NationalTemplate.ReviewBlock review, ReportContext context) {
    return of(blocks, new Cut(review.header(), true, null, review), context);
  }

  /**
   * Section 三's: its header rows and lines are header tokens naming the matrix's columns, and a grid printed with the
   * applicant columns as its rows is read turned back ({@link TransposedMatrix}).
   */
  static List<Token> of(List<Block> blocks, NationalTemplate.Matrix matrix, ReportContext context) {
    return of(blocks, new Cut(matrix.header(), true, matrix, null), context);
  }

  /**
   * The same, keeping every header row: a section of sub-tables (section 二) needs each one's header to know its
   * columns.
   */
  static List<Token> withHeaderRows(List<Block> blocks, ReportContext context) {
    return of(blocks, new Cut(Set.of(), false, null, null), context);
  }

  /**
   * How blocks are cut: the header words whose lines are dropped (a set: every cell is looked up), whether grid
   * rows naming columns are, the matrix whose column names make header tokens (null: none made), and the review
   * block whose grids may be printed turned (null: not section 四).
   */
  private record Cut(Set<String> header, boolean dropHeaderRows, NationalTemplate.Matrix matrix, NationalTemplate.ReviewBlock review) {
    // The header, matrix and block are the template's own, the same objects for every report: compared by identity,
    // a cut is looked up without hashing the template's rows and words.
    @Override
    public boolean equals(Object o) {
      return o instanceof Cut c && c.header == header && c.dropHeaderRows == dropHeaderRows && c.matrix == matrix && c.review == review;
    }

    /** A grid as this cut reads it ({@link SectionTokens#asRead}), turned back where it was printed turned. */
    Table asRead(Table grid) {
      Table plain = SectionTokens.asRead(grid);
      return matrix != null ? TransposedMatrix.turnedBack(plain, matrix) : review != null ? TransposedMatrix.turnedBack(plain, review) : plain;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(header) + 31 * System.identityHashCode(matrix) + 961 * System.identityHashCode(review)
          + (dropHeaderRows ? 1 : 0);
    }
  }

  /**
   * Each block's tokens by cut, made once per report: the same blocks are cut several times (section 二 by two
   * extractors, section 三 from all its blocks and from its grids alone, every table when a section has none).
   * {@code rowsWithValues}: the tokens of each grid row holding a value and a label, which are the same whatever the
   * cut (only a row without values may be a header row, only section 三 marks a row whose label was lost), so the tables of sections 三 and 四 searched again under section 二's
   * cut are not tokenized again.
   */
  private record BlockTokens(Map<Cut, Map<Block, List<Token>>> byCut, Map<Row, List<Token>> rowsWithValues) {}

  private static List<Token> of(List<Block> printed, Cut cut, ReportContext context) {
    List<Block> blocks = cut.matrix() == null ? printed
        : StatedOrder.named(withBrokenHeaderWordsJoined(RightHalves.joined(printed), cut.matrix()));
    BlockTokens made = context.derived(BlockTokens.class, c -> new BlockTokens(new HashMap<>(), new IdentityHashMap<>()));
    Map<Block, List<Token>> cached = made.byCut().computeIfAbsent(cut, c -> new IdentityHashMap<>());
    List<List<Token>> lines = new ArrayList<>(blocks.size());
    Map<Block, Integer> subtotals = null; // looked for only when a block is not cut yet: most calls find all cut
    Function<Table, Table> read = null;
    for (Block block : blocks) {
      List<Token> line = cached.get(block);
      if (line == null) {
        if (subtotals == null) {
          // each grid as the cut reads it, made once for both its subtotal column and its tokens
          Map<Table, Table> grids = new IdentityHashMap<>();
          Function<Table, Table> asRead = t -> grids.computeIfAbsent(t, cut::asRead);
          subtotals = cut.matrix() == null ? Map.of() : subtotalColumns(blocks, cut.matrix(), asRead,
              p -> cached.computeIfAbsent(p, b -> tokens(b, cut, asRead, -1, made.rowsWithValues())));
          read = asRead;
        }
        line = tokens(block, cut, read, subtotals.getOrDefault(block, -1), made.rowsWithValues());
        cached.put(block, line);
      }
      lines.add(line);
    }
    lines = bareKeysInCards(blocks, withCellsOneALine(blocks, lines));
    List<Token> tokens = new ArrayList<>();
    BitSet lineEnds = new BitSet();
    boolean formFeeds = context.derived(FormFeeds.class, FormFeeds::of).any();
    Map<Integer, List<Token>> wordHeaders = cut.matrix() == null ? Map.of() : headersOneWordALine(blocks, lines, cut.matrix());
    for (int i = 0; i < lines.size(); i++) {
      tokens.addAll(wordHeaders.getOrDefault(i, List.of()));
      if (cut.dropHeaderRows() && isProse(blocks.get(i), lines.get(i), cut)) {
        continue;
      }
      if (!cut.dropHeaderRows() || !(blocks.get(i) instanceof Paragraph) || !isPageNumber(lines.get(i))
          || !(formFeeds && i + 1 < blocks.size() ? formFeedAfter(blocks, i) || runningTitleAfter(blocks, i, context)
              : pageEndsAt(lines, i) && !endsShortRow(lines, i, cut.matrix()))) {
        tokens.addAll(lines.get(i));
        if (blocks.get(i) instanceof Paragraph && !lines.get(i).isEmpty()) {
          lineEnds.set(tokens.size() - 1);
        }
      }
    }
    return bracketedDigitsWrapped(ordinalDigitsWrapped(marksInLabels(marksOpeningColumnLabels(tokens, lineEnds, cut.matrix()), lineEnds), lineEnds, cut.matrix()));
  }

  /**
   * Column headers printed one word a line (a browser's or pdftotext's copy of a header's cells, {@code 自然人} /
   * {@code 法人或其他组织} / {@code 总计} / {@code 商业企业} / …) that name the columns under 法人或其他组织 in another order
   * than the template's or with a subtotal, by the index of the run's first line. Such a copy keeps the order of the words printed on one
   * line of the header, those under the spanning word, but not where the words of its first line fall among them
   * (a cell centred in two lines comes first or last): 自然人 is taken as the first column and 总计 as the last, as the
   * template has them, unless 总计 comes before 自然人. A run in the template's order gives no header, unless it names a
   * subtotal among them: the rows are read by position as before. The words stay as they were.
   *
   * <p>A line of the run may hold several header words where the copy joined the words on one baseline
   * ({@code pdftotext -raw}: 总计, merged down the header's two rows, on the line of the words under 法人或其他组织,
   * {@code 总计 商业企业 科研机构 社会公益}). Its words naming columns against the template's order are then that
   * copy's, not the table's: the run names 自然人 and 总计 once each, the five in order, and its header is the template's,
   * which the line's own header (总计 first) gives way to.
   */
  private static Map<Integer, List<Token>> headersOneWordALine(List<Block> blocks, List<List<Token>> lines,
      NationalTemplate.Matrix matrix) {
    Map<Integer, List<Token>> headers = new HashMap<>();
    int last = matrix.columns().size() - 1;
    for (int i = 0; i < lines.size(); i++) {
      int end = i;
      List<String> words = new ArrayList<>();
      boolean lineAgainstOrder = false;
      for (List<String> lineWords; end < lines.size() && (lineWords = headerWordsOfLine(blocks.get(end), lines.get(end), matrix)) != null; end++) {
        words.addAll(lineWords);
        lineAgainstOrder |= lineWords.size() > 1 && againstOrder(namedColumns(lineWords, matrix));
      }
      if (words.size() < MIN_NAMED_COLUMNS) {
        i = end; // fewer words name no columns (namedColumns): most lines are no header word
        continue;
      }
      List<Integer> named = namedColumns(words, matrix);
      List<Integer> under = named.stream().filter(c -> c > 0 && c < last || c == Token.SUBTOTAL).toList();
      List<Integer> inner = under.stream().filter(c -> c >= 0).toList();
      boolean reordered = inner.size() == last - 1 && new HashSet<>(inner).size() == inner.size()
          && IntStream.range(1, inner.size()).anyMatch(k -> inner.get(k) < inner.get(k - 1));
      boolean copyOrder = lineAgainstOrder && inner.size() == last - 1 && new HashSet<>(inner).size() == inner.size()
          && named.stream().filter(c -> c == 0).count() == 1 && named.stream().filter(c -> c == last).count() == 1
          && named.indexOf(0) < named.indexOf(last);
      if (reordered || copyOrder || inner.size() == last - 1 && under.contains(Token.SUBTOTAL)) {
        List<Integer> header = new ArrayList<>(List.of(0));
        header.addAll(under);
        header.add(last);
        boolean totalFirst = named.contains(0) && named.contains(last) && named.indexOf(last) < named.indexOf(0);
        headers.put(i, List.of(Token.header(totalFirst ? named : header)));
        for (int k = i; k < end; k++) {
          lines.set(k, lines.get(k).stream().filter(t -> !t.isHeader()).toList());
        }
      }
      i = Math.max(i, end);
    }
    return headers;
  }

  /**
   * The header words of a line of the section's text: its one word ({@link #isHeaderWordLine}), or the words of a line
   * of several printed apart, each a header word, naming two columns or more; null for any other line.
   */
  private static List<String> headerWordsOfLine(Block block, List<Token> line, NationalTemplate.Matrix matrix) {
    if (isHeaderWordLine(block, line, matrix)) {
      return List.of(line.get(0).text());
    }
    if (!(block instanceof Paragraph p) || line.stream().noneMatch(Token::isHeader) || line.stream().anyMatch(Token::isValue)) {
      return null;
    }
    List<String> words = spaceParted(p.raw().strip());
    words.replaceAll(Cell.Text::fold);
    return words.size() > 1 && words.stream().allMatch(w -> isHeaderWord(w, matrix)) ? words : null;
  }

  /** Whether named columns stand against the template's order ({@code 总计 商业企业}). */
  private static boolean againstOrder(List<Integer> columns) {
    List<Integer> named = columns.stream().filter(c -> c >= 0).toList();
    return IntStream.range(1, named.size()).anyMatch(k -> named.get(k) < named.get(k - 1));
  }

  private static boolean isHeaderWordLine(Block block, List<Token> line, NationalTemplate.Matrix matrix) {
    if (!(block instanceof Paragraph) || line.size() != 1 || line.get(0).isValue()) {
      return false;
    }
    return isHeaderWord(line.get(0).text(), matrix);
  }

  private static boolean isHeaderWord(String word, NationalTemplate.Matrix matrix) {
    return matrix.header().contains(word) || SUBTOTAL_COLUMN.contains(word) || matrix.columnNamed(word) >= 0;
  }

  /**
   * The blocks with each header word a copy broke over two lines put back together (a browser's text copy of a cell
   * {@code 科研<br>机构}: {@code 自然人 商业} / {@code 企业 科研} / {@code 机构 法律服务机构}): where a line without counts
   * ends in a piece that is no header word, the next line without counts opens with one that is none either, and the
   * two together are one, the lines are one line, as a reader reads them. Apart, the second piece would pass for a
   * corner and the column it names be lost: the header would name too few columns, and the rows be read by position
   * under a header that says otherwise.
   */
  private static List<Block> withBrokenHeaderWordsJoined(List<Block> blocks, NationalTemplate.Matrix matrix) {
    List<Block> out = null;
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i) instanceof Table t ? rowsJoined(t, matrix) : blocks.get(i);
      Block before = out != null ? out.get(out.size() - 1) : i > 0 ? blocks.get(i - 1) : null;
      Block joined = before == null ? null : joined(before, block, matrix);
      if (joined != null || block != blocks.get(i)) {
        out = out != null ? out : new ArrayList<>(blocks.subList(0, i));
      }
      if (joined != null) {
        out.set(out.size() - 1, joined);
      } else if (out != null) {
        out.add(block);
      }
    }
    return out == null ? blocks : out;
  }

  /** The table with each two rows a broken header word parts made one row; the same table where there is none. */
  private static Table rowsJoined(Table table, NationalTemplate.Matrix matrix) {
    List<Row> rows = null;
    for (int r = 1; r < table.rows().size(); r++) {
      Row above = rows != null ? rows.get(rows.size() - 1) : table.rows().get(r - 1);
      Row below = table.rows().get(r);
      boolean broken = breaksHeaderWord(above.cells(), below.cells(), matrix);
      if (broken && rows == null) {
        rows = new ArrayList<>(table.rows().subList(0, r));
      }
      if (broken) {
        rows.set(rows.size() - 1, new Row(joinedCells(above.cells(), below.cells())));
      } else if (rows != null) {
        rows.add(below);
      }
    }
    return rows == null ? table : new Table(rows);
  }

  /** The two blocks as one where the line ending the first and the one opening the second break a header word; else null. */
  private static Block joined(Block before, Block block, NationalTemplate.Matrix matrix) {
    String last = before instanceof Table t ? lastCellText(t) : lastPiece((Paragraph) before);
    String first = block instanceof Table t ? firstCellText(t) : firstPiece(((Paragraph) block).text());
    if (!breaks(last, first, matrix) || holdsDigit(before, false) || holdsDigit(block, true)) {
      return null;
    }
    if (before instanceof Paragraph a && block instanceof Paragraph b) {
      return new Paragraph(a.raw().stripTrailing() + b.raw().stripLeading());
    }
    List<Cell> above = before instanceof Table t ? t.rows().get(t.rows().size() - 1).cells() : pieces((Paragraph) before);
    List<Cell> below = block instanceof Table t ? t.rows().get(0).cells() : pieces((Paragraph) block);
    List<Row> rows = new ArrayList<>();
    if (before instanceof Table t) {
      rows.addAll(t.rows().subList(0, t.rows().size() - 1));
    }
    rows.add(new Row(joinedCells(above, below)));
    if (block instanceof Table t) {
      rows.addAll(t.rows().subList(1, t.rows().size()));
    }
    return new Table(rows);
  }

  /** The text of a table's last row's last cell, null where it can end no broken header word (spanned: a grid's own). */
  private static String lastCellText(Table t) {
    if (t.rows().isEmpty() || t.rows().get(t.rows().size() - 1).cells().isEmpty()) {
      return null;
    }
    List<Cell> cells = t.rows().get(t.rows().size() - 1).cells();
    Cell last = cells.get(cells.size() - 1);
    return last.spanned() ? null : last.text();
  }

  private static String firstCellText(Table t) {
    if (t.rows().isEmpty() || t.rows().get(0).cells().isEmpty() || t.rows().get(0).cells().get(0).spanned()) {
      return null;
    }
    return t.rows().get(0).cells().get(0).text();
  }

  /**
   * A paragraph's last piece where it is short enough to be part of a header word, else null: of its folded text when
   * that is short (a letter-spaced word read whole), else of the words its copy printed apart ({@code 总计 商业企业 科研机构
   * 社会公益}, a header row's cells on one baseline, the last wrapped: its folded text is one long run).
   */
  private static String lastPiece(Paragraph paragraph) {
    String piece = lastPiece(paragraph.text());
    if (piece != null) {
      return piece;
    }
    piece = lastPiece(paragraph.raw());
    return piece == null ? null : Cell.Text.fold(piece);
  }

  /** A line's last piece where it is short enough to be part of a header word, else null (no copy made). */
  private static String lastPiece(String line) {
    int end = line.length();
    while (end > 0 && Cell.Text.isSpace(line.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && !Cell.Text.isSpace(line.charAt(start - 1)) && end - start < LONGEST_HEADER_WORD) {
      start--;
    }
    return start == end || start > 0 && !Cell.Text.isSpace(line.charAt(start - 1)) ? null : line.substring(start, end);
  }

  private static String firstPiece(String line) {
    int start = 0;
    while (start < line.length() && Cell.Text.isSpace(line.charAt(start))) {
      start++;
    }
    int end = start;
    while (end < line.length() && !Cell.Text.isSpace(line.charAt(end)) && end - start < LONGEST_HEADER_WORD) {
      end++;
    }
    return start == end || end < line.length() && !Cell.Text.isSpace(line.charAt(end)) ? null : line.substring(start, end);
  }

  /** Whether the block's first line (else its last) holds a digit. */
  private static boolean holdsDigit(Block block, boolean firstLine) {
    if (block instanceof Paragraph p) {
      return hasDigit(p.text());
    }
    List<Row> rows = ((Table) block).rows();
    return rows.get(firstLine ? 0 : rows.size() - 1).cells().stream().anyMatch(c -> hasDigit(c.text()));
  }

  private static List<Cell> pieces(Paragraph paragraph) {
    return Arrays.stream(SPACES.split(paragraph.text().strip())).map(Cell::new).toList();
  }

  /** Asked of every two lines of a section: the cheap tests first, the lines' other cells looked at last. */
  private static boolean breaksHeaderWord(List<Cell> above, List<Cell> below, NationalTemplate.Matrix matrix) {
    if (above.isEmpty() || below.isEmpty() || above.get(above.size() - 1).spanned() || below.get(0).spanned()
        || !breaks(above.get(above.size() - 1).text(), below.get(0).text(), matrix)) {
      return false;
    }
    return above.stream().noneMatch(c -> hasDigit(c.text())) && below.stream().noneMatch(c -> hasDigit(c.text()));
  }

  /**
   * Whether two pieces together are a header word that the second alone is not, the first being none either or
   * naming the same column (法律服务, which names 法律服务机构, then 机构).
   */
  private static boolean breaks(String last, String first, NationalTemplate.Matrix matrix) {
    if (last == null || first == null || last.isBlank() || first.isBlank()
        || last.length() + first.length() > LONGEST_HEADER_WORD || hasDigit(last) || hasDigit(first)
        || isHeaderWord(first, matrix)) {
      return false;
    }
    String joined = last + first;
    if (!isHeaderWord(joined, matrix)) {
      return false;
    }
    return !isHeaderWord(last, matrix) || matrix.columnNamed(last) >= 0 && matrix.columnNamed(last) == matrix.columnNamed(joined);
  }

  private static List<Cell> joinedCells(List<Cell> above, List<Cell> below) {
    List<Cell> cells = new ArrayList<>(above.subList(0, above.size() - 1));
    cells.add(new Cell(above.get(above.size() - 1).raw() + below.get(0).raw()));
    cells.addAll(below.subList(1, below.size()));
    return cells;
  }

  /**
   * The tokens with an ordinal's digits wrapped apart from its mark put back: a label opening with a mark
   * ({@code .属于国家秘密}) lost its digits to the line before, where they were read as a count glued to the end of the
   * group label there ({@code （三）不予公开1} / {@code .属于国家秘密}, or {@code （三）不予公开1  0 0 …} / {@code .属于…}
   * with the row's values printed on the group label's line): the first value after that text, one or two digits
   * glued to it, is the ordinal, not a cell. Printed apart from it ({@code （五）不予处理 1 0 0 0 0 0 0 0} /
   * {@code .信访举报投诉类申请}), the digits are the ordinal where the label after the mark names a row of section 三's
   * {@code matrix} without an ordinal of its own (a piece of a wrapped label, {@code 、这一情形…}, names none; a group
   * label's piece, {@code 、（二）部分公开}, has one) and the line holds one value more than the columns its header names,
   * or the group label's line ends with a lone 1, the group's first ordinal, its row's values printed after the label
   * ({@code （四）无法提供 1} / {@code .本机关不掌握相关政府信息 0 0 …}): a group label prints no count. Digits opening
   * the label's own line after a line of values ({@code 0 0 0 0 0 0 0} / {@code 2 、其他法律…}) are that label's
   * ordinal, the last of the values, never the first. Digits printed apart that open a line of one value more than
   * the columns ({@code 3  1 0 0 0 0 0 1} / {@code .补正后…}), or open a grid row of as many, in its label's cell or
   * after a group label's text ({@code 3 | 1 | 0 | …} / {@code )危及“三安全…}: a layout that put the ordinal on the
   * values' line and the label's words below it), are the ordinal of the row those values are, its mark taken back
   * from below.
   */
  private static List<Token> ordinalDigitsWrapped(List<Token> tokens, BitSet lineEnds, NationalTemplate.Matrix matrix) {
    for (int i = 1; i < tokens.size(); i++) {
      Token label = tokens.get(i);
      if (label.isValue() || label.text().length() < 2 || WRAPPED_ORDINAL_MARKS.indexOf(label.text().charAt(0)) < 0
          || Character.isDigit(label.text().charAt(1))) {
        continue;
      }
      int first = i;
      while (first > 0 && tokens.get(first - 1).isValue()) {
        first--;
      }
      int at = i - first > 1 && lineEnds.get(i - 2) && !lineEnds.get(i - 1) ? i - 1 : first;
      Token digits = first < i && first > 0 ? tokens.get(at) : null;
      if (digits == null || label.text().startsWith(CLOSING_BRACKET) && tokens.get(first - 1).text().endsWith(OPENING_BRACKET)) {
        continue;
      }
      boolean namesRow = matrix != null && !Ordinals.opensAt(label.text(), 1) && matrix.rowOf(labelFrom(tokens, i)) != null;
      // the values' last line or grid row: where it opens with the ordinal, the rest are its row's
      int lineStart = i - 1;
      while (lineStart > first && !lineEnds.get(lineStart - 1) && !tokens.get(lineStart).opensRow()) {
        lineStart--;
      }
      Token opening = tokens.get(lineStart);
      if (matrix != null && i - lineStart == valueColumns(tokens, matrix) + 1 && isOrdinalNumber(opening.text())
          && (opening.fromText() ? opening.apart() && namesRow : opening.opensRow() || lineStart == first)) {
        // the ordinal put back together where it opens its row's values, as a row whose label wrapped after its ordinal
        tokens.set(lineStart, new Token(opening.text() + label.text().charAt(0), null, opening.fromText(), !opening.fromText()));
        tokens.set(i, new Token(label.text().substring(1), null, label.fromText(), label.apart(), label.opensRow(), label.columns(),
            label.gluedToTitles()));
        continue;
      }
      boolean oneMore = matrix != null && i - first == valueColumns(tokens, matrix) + 1;
      if (!digits.fromText()) {
        continue;
      }
      boolean ordinal = !digits.apart() || namesRow && (oneMore
          || i - first == 1 && FIRST_ORDINAL.equals(digits.text()) && endsWithGroup(labelUpTo(tokens, first - 1), matrix));
      if (ordinal && isOrdinalNumber(digits.text()) && !tokens.get(first - 1).text().isEmpty()) {
        tokens.set(i, new Token(digits.text() + label.text(), null, true));
        tokens.remove(at);
        i--;
      }
    }
    return tokens;
  }

  /** The label text from token {@code i} to the next value: a label and the lines it wraps onto ({@code .本机关不掌} / {@code 握相关…}). */
  private static String labelFrom(List<Token> tokens, int i) {
    StringBuilder label = new StringBuilder();
    for (int k = i; k < tokens.size() && !tokens.get(k).isValue(); k++) {
      label.append(tokens.get(k).text());
    }
    return label.toString();
  }

  /** The label text up to token {@code i} from the last value: a label and the lines it wraps from ({@code （三）不予公} / {@code 开}). */
  private static String labelUpTo(List<Token> tokens, int i) {
    StringBuilder label = new StringBuilder();
    for (int k = i; k >= 0 && !tokens.get(k).isValue(); k--) {
      label.insert(0, tokens.get(k).text());
    }
    return label.toString();
  }

  /** Whether digits can number a row: one or two, counting from 1. */
  private static boolean isOrdinalNumber(String digits) {
    return !digits.isEmpty() && digits.length() <= 2 && CellKind.isPlainDigits(digits) && Integer.parseInt(digits) > 0;
  }

  /**
   * The digits of a bracketed row ordinal that a wrap parted from its closing bracket ({@code （3} and the row's values
   * on one line, {@code ）补正后…} on the next): a label piece ending in the opening bracket, one or two digits glued to it,
   * then values up to a label piece opening with the closing bracket. The digits are the label's ordinal, never the
   * row's first value.
   */
  private static List<Token> bracketedDigitsWrapped(List<Token> tokens) {
    for (int i = 1; i + 2 < tokens.size(); i++) {
      Token before = tokens.get(i - 1);
      Token digits = tokens.get(i);
      if (before.isValue() || !before.text().endsWith(OPENING_BRACKET) || !digits.isValue() || digits.apart() || !digits.fromText()
          || digits.text().length() > 2 || !CellKind.isPlainDigits(digits.text())) {
        continue;
      }
      int k = i + 1;
      while (k < tokens.size() && tokens.get(k).isValue()) {
        k++;
      }
      if (k > i + 1 && k < tokens.size() && tokens.get(k).text().startsWith(CLOSING_BRACKET)) {
        tokens.set(i - 1, new Token(before.text() + digits.text(), null, true));
        tokens.remove(i);
      }
    }
    return tokens;
  }

  /** Whether a label ends with one of the matrix's group labels ({@code （五）不予处理}), which print no counts. */
  private static boolean endsWithGroup(String label, NationalTemplate.Matrix matrix) {
    return matrix.groups().stream().anyMatch(label::endsWith);
  }

  /** The columns of section 三 its header names: the matrix's, and a subtotal where a header names one. */
  private static int valueColumns(List<Token> tokens, NationalTemplate.Matrix matrix) {
    return matrix.columns().size() + (tokens.stream().anyMatch(t -> t.isHeader() && t.columns().contains(Token.SUBTOTAL)) ? 1 : 0);
  }

  /**
   * Whether the text parts its pages by form feeds, as pdftotext does: then a page ends where one follows, and only
   * there (a count printed between the pieces of a wrapped label, {@code 机关确认或重} / {@code 1} / {@code 新出具},
   * looks like a page number between two paragraphs).
   */
  private record FormFeeds(boolean any) {
    static FormFeeds of(ReportContext context) {
      return new FormFeeds(context.document() != null && context.document().blocks().stream()
          .anyMatch(b -> b instanceof Paragraph p && p.raw().indexOf('\f') >= 0));
    }
  }

  /**
   * Whether a form feed follows line {@code i}: at its end or at the start of the next line. The section's last line
   * is followed by the next section's, unseen here: there the page ends as in a text without form feeds.
   */
  private static boolean formFeedAfter(List<Block> blocks, int i) {
    return ((Paragraph) blocks.get(i)).raw().indexOf('\f') >= 0
        || i + 1 < blocks.size() && blocks.get(i + 1) instanceof Paragraph p && p.raw().indexOf('\f') >= 0;
  }

  /**
   * Whether the line after line {@code i} is the report's title printed again, a running head: the page ends there
   * though no form feed parts it, as where a text's pages were joined from several copies (a number alone right
   * before the title is a page number to a reader, not a count).
   */
  private static boolean runningTitleAfter(List<Block> blocks, int i, ReportContext context) {
    Document document = context.document();
    return document != null && blocks.get(i + 1) instanceof Paragraph p && document.printsTitleAgain(p.text());
  }

  /**
   * The blank cells of a card printed a cell a line under its columns' names ({@code 法律服务机构： 0} / {@code 其他： } /
   * {@code 总计： 5}): a bare key that is also a row's whole label, nothing after its colon, is its column's blank cell
   * where the line before prints a cell under a column's name, as a reader reads the card. Elsewhere such a key may
   * open that row, its cells on the lines after it, and stays text. A mark alone right after a key and its cell
   * ({@code 总计：2} / {@code ——}) is a rule between cards, no cell: every cell of a card has its key.
   */
  private static List<List<Token>> bareKeysInCards(List<Block> blocks, List<List<Token>> lines) {
    List<List<Token>> out = null;
    for (int i = 1; i < lines.size(); i++) {
      if (!(blocks.get(i) instanceof Paragraph p) || !(blocks.get(i - 1) instanceof Paragraph before)) {
        continue;
      }
      String text = p.text();
      boolean bareKey = isBareKey(text) && ROW_WHOLE_LABELS.contains(text.substring(0, text.length() - 1))
          && (isBareKey(before.text()) || isKeyedCell(before.text()));
      boolean rule = !bareKey && CellKind.isMarker(text) && isKeyedCell(before.text());
      if (bareKey || rule) {
        out = out != null ? out : new ArrayList<>(lines);
        out.set(i, bareKey ? List.of(new Token("", new Cell(""), true)) : List.of());
      }
    }
    return out != null ? out : lines;
  }

  /** Whether a folded line is a column's name, a colon and a count or a mark of none. */
  private static boolean isKeyedCell(String text) {
    int colon = text.indexOf(':');
    return colon > 0 && (KEY_VALUE_CELL.matcher(text).matches()
        || COLUMN_NAMES.contains(text.substring(0, colon)) && CellKind.isMarker(text.substring(colon + 1)));
  }

  /** Whether a folded line is a column's name and a colon, nothing after it. */
  private static boolean isBareKey(String text) {
    return text.length() > 1 && text.charAt(text.length() - 1) == ':' && COLUMN_NAMES.contains(text.substring(0, text.length() - 1));
  }

  /**
   * The lines with each line of figures apart ({@code 1 6}) that stands among cells printed one a line (a lone cell
   * on each side, or two on one side and text, a label, on the other) made one cell printing figures apart, as a
   * grid's cell would be: in such a copy a line is a cell, and which of the figures is the column's a reader cannot
   * tell; read as cells they would push every cell after them one column on ({@link CountCells} reads it by the row's
   * count of cells).
   */
  private static List<List<Token>> withCellsOneALine(List<Block> blocks, List<List<Token>> lines) {
    List<List<Token>> out = null;
    for (int i = 0; i < lines.size(); i++) {
      if (blocks.get(i) instanceof Paragraph && isFiguresApart(lines.get(i))
          && (isLoneCell(blocks, lines, i - 1) && isLoneCell(blocks, lines, i + 1)
              || isLoneCell(blocks, lines, i - 1) && isLoneCell(blocks, lines, i - 2) && isTextLine(lines, i + 1)
              || isLoneCell(blocks, lines, i + 1) && isLoneCell(blocks, lines, i + 2) && isTextLine(lines, i - 1))) {
        out = out != null ? out : new ArrayList<>(lines);
        out.set(i, List.of(Token.piece(String.join(" ", lines.get(i).stream().map(Token::text).toList()))));
      }
    }
    return out != null ? out : lines;
  }

  /** Whether a line holds nothing but plain figures printed apart, two at least. */
  private static boolean isFiguresApart(List<Token> line) {
    return line.size() >= 2 && line.stream().allMatch(t -> t.isValue() && t.apart() && CellKind.isPlainDigits(t.text()));
  }

  /** Whether line {@code i} is a value alone, a figure or a mark of none: a cell printed on a line of its own. */
  private static boolean isLoneCell(List<Block> blocks, List<List<Token>> lines, int i) {
    return i >= 0 && i < lines.size() && blocks.get(i) instanceof Paragraph && lines.get(i).size() == 1 && lines.get(i).get(0).isValue();
  }

  private static boolean isTextLine(List<List<Token>> lines, int i) {
    return i >= 0 && i < lines.size() && !lines.get(i).isEmpty() && isText(lines.get(i));
  }

  /** A line of nothing but a short number: a bare page number, or a cell printed on a line of its own. */
  private static boolean isPageNumber(List<Token> line) {
    return line.size() == 1 && line.get(0).isValue() && line.get(0).text().length() <= MAX_PAGE_DIGITS
        && CellKind.isPlainDigits(line.get(0).text());
  }

  /** A line of a short number, or of a count with its counter ({@code 16件}), which no page number prints. */
  private static boolean isCellALine(List<Token> line) {
    return isPageNumber(line) || line.size() == 1 && line.get(0).isValue() && COUNTED.matcher(line.get(0).text()).matches();
  }

  /**
   * Whether the bare number of line {@code i} stands where a page ends: the line before ends a row of cells and the
   * next line opens with text (a running title, a header printed again, the next row's label), or both lines are
   * text with no other bare number (or count with its counter: {@link #isCellALine}) two lines away. A cell printed on a line of its own has a label right before it,
   * or other such cells around it (a column printed one cell a line: 结果维持 / 1 / 结果纠正 / 0), or a label wrapped
   * down a narrow column before it (总 / 计 / 5, 正 / 1 / 其): a page's last line may be a short end of a paragraph,
   * not two of them, nor one with another after the number. The section's last line is a page's end below a row of
   * cells, or below the tail of its label wrapped after them (the next section's heading follows it): the row is whole
   * without it. A cell printed after its key on its
   * line ({@code 行政诉讼-复议后起诉-总计: 3}) is whole too, as a row of cells is (two figures on a line among cells
   * printed one a line are one cell, {@link #withCellsOneALine}, not such a row).
   */
  private static boolean pageEndsAt(List<List<Token>> lines, int i) {
    if (i == 0 || lines.get(i).get(0).text().equals(NO_PAGE)) {
      return false;
    }
    List<Token> before = lines.get(i - 1);
    if (i + 1 >= lines.size()) {
      List<Token> row = i >= 2 && isLabelTail(before) ? lines.get(i - 2) : before;
      return !isText(row) && (endsRowOfCells(row) || endsKeyedCell(row));
    }
    List<Token> after = lines.get(i + 1);
    if (isText(before)) {
      boolean wrappedColumn = isColumnPiece(before) && (isColumnPiece(after) || i >= 2 && isColumnPiece(lines.get(i - 2)));
      return isText(after) && !wrappedColumn
          && (i < 2 || !isCellALine(lines.get(i - 2))) && (i + 2 >= lines.size() || !isCellALine(lines.get(i + 2)));
    }
    return (after.isEmpty() || !after.get(0).isValue()) && (endsRowOfCells(before) || endsKeyedCell(before));
  }

  /**
   * Whether a line of text is a sentence of the report's prose, not a row: it ends with a full stop, holds no cell and
   * names no column, its figures a sentence's counts ({@code 本年新收政府信息公开申请19件，上年结转0件。}). A row's words in
   * it (本年新收…) name no row: read as a label, it took the row's name from the table's own row below it. A row written
   * as a sentence names its cells' columns (自然人三件，商业企业无，…).
   */
  private static boolean isProse(Block block, List<Token> line, Cut cut) {
    if (!(block instanceof Paragraph p) || !p.text().strip().endsWith("。") || line.isEmpty() || line.stream().anyMatch(Token::isValue)) {
      return false;
    }
    String text = p.text();
    return cut.matrix() != null ? cut.matrix().columns().stream().noneMatch(c -> text.contains(c.label()))
        : cut.review() != null && cut.review().outcomes().stream().noneMatch(o -> o.wordings().stream().anyMatch(text::contains));
  }

  /**
   * Whether the bare number of line {@code i} is the last cell of the row above it, wrapped onto a line of its own (a
   * row too wide for a forum's or an OCR's line): that row opens with its label, prints every cell but the last, and
   * the number is the total its other cells make. A page number there would leave the row a cell short, and equal its
   * total only by chance.
   */
  private static boolean endsShortRow(List<List<Token>> lines, int i, NationalTemplate.Matrix matrix) {
    if (matrix == null || i == 0) {
      return false;
    }
    List<Token> before = lines.get(i - 1);
    List<Token> cells = before.stream().filter(Token::isValue).toList();
    if (before.get(0).isValue() || cells.size() != matrix.columns().size() - 1
        || !cells.stream().allMatch(t -> t.apart() && CellKind.isPlainDigits(t.text()) && t.text().length() <= MAX_PAGE_DIGITS + 3)) {
      return false;
    }
    long sum = cells.stream().mapToLong(t -> Long.parseLong(t.text())).sum();
    return sum == Long.parseLong(lines.get(i).get(0).text());
  }

  /**
   * Whether a line is the tail of a label wrapped below its row's cells ({@code 四、结转下年度继  1 0 …} / {@code 续办理}):
   * label text alone that opens with no ordinal, as a row's own label does.
   */
  private static boolean isLabelTail(List<Token> line) {
    return line.size() == 1 && isText(line) && Ordinals.strip(line.get(0).text()).length() == line.get(0).text().length();
  }

  /** Whether a line ends with a cell after its key ({@code 自然人: 3}, {@code 自然人:} and a blank cell). */
  private static boolean endsKeyedCell(List<Token> line) {
    if (line.size() < 2 || !line.get(line.size() - 1).isValue() || line.get(line.size() - 2).isValue()) {
      return false;
    }
    String key = line.get(line.size() - 2).text();
    return key.endsWith(":") || key.endsWith("：");
  }

  /** Whether a line ends with a value and holds two at least: a row of cells, not a cell printed on a line of its own. */
  private static boolean endsRowOfCells(List<Token> line) {
    return line.get(line.size() - 1).isValue() && line.stream().filter(Token::isValue).count() >= 2;
  }

  /**
   * A line of one or two characters of label text: maybe a piece of a label wrapped down a narrow column (结 / 果 / 纠 /
   * 正).
   */
  private static boolean isColumnPiece(List<Token> line) {
    return line.size() == 1 && line.get(0).text().length() <= MAX_COLUMN_PIECE;
  }

  /** A line of label text and no cell, or of column names (dropped, so empty). */
  private static boolean isText(List<Token> line) {
    return line.stream().noneMatch(Token::isValue);
  }

  /**
   * The tokens with a mark of text standing between two label pieces made label text: it is punctuation of a label
   * whose characters were printed apart ({@code 缴纳费用} {@code 、} {@code 行政机关}), not a cell marked none. A grid
   * cell is a cell: {@code 行政处罚 | /} then {@code 行政强制 | 6} is a row marked none, not one label; so is a mark
   * ending its line of text after the row's label ({@code 行政处罚   /}).
   */
  private static List<Token> marksInLabels(List<Token> tokens, BitSet lineEnds) {
    for (int i = 1; i + 1 < tokens.size(); i++) {
      if (tokens.get(i - 1).isValue() || !isTextMark(tokens.get(i), i, lineEnds)) {
        continue;
      }
      int end = i; // a run of them: a character printed twice among letter-spaced ones (无 无 正当理由)
      while (end + 1 < tokens.size() && isTextMark(tokens.get(end + 1), end + 1, lineEnds)) {
        end++;
      }
      if (end + 1 < tokens.size() && !tokens.get(end + 1).isValue()) {
        for (int k = i; k <= end; k++) {
          tokens.set(k, new Token(tokens.get(k).text(), null, true));
        }
      }
      i = end;
    }
    return tokens;
  }

  /**
   * The tokens with a mark of none alone on its line made label text where it and the lines after it spell a group's
   * or a row's wording ({@code 无} / {@code 法} / {@code 提} / {@code 供}: 无法提供 printed a character a line down its
   * column), or where the group's other characters follow it, in order, each alone on its line among the rows' lines
   * it spans: the label's first character, not a cell marked none. So is one after a group's ordinal alone on its
   * line ({@code （四）无} / {@code 法提供1.本机关…}: the group label wrapped after its first character).
   */
  private static List<Token> marksOpeningColumnLabels(List<Token> tokens, BitSet lineEnds, NationalTemplate.Matrix matrix) {
    if (matrix == null) {
      return tokens;
    }
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.isValue() || !t.fromText() || !CellKind.isMarker(t.text()) || !Character.isIdeographic(t.text().codePointAt(0))) {
        continue;
      }
      if (!lineEnds.get(i) || i > 0 && !lineEnds.get(i - 1) && !afterOrdinalAlone(tokens, i, lineEnds)) {
        if (opensGroupBeforeLabel(tokens, i, lineEnds, matrix)) {
          tokens.set(i, new Token(t.text(), null, true));
        }
        continue;
      }
      StringBuilder text = new StringBuilder(t.text());
      for (int k = i + 1; k < tokens.size() && !tokens.get(k).isValue(); k++) {
        text.append(tokens.get(k).text());
      }
      if (opensWording(text.toString(), t.text(), matrix) || spelledDownColumn(tokens, i, lineEnds, matrix)) {
        tokens.set(i, new Token(t.text(), null, true));
      }
    }
    return tokens;
  }

  /**
   * Whether the mark at {@code at} opens its line, a label's text right after it on that line going on with a group's
   * wording ({@code 无　法  府信息} under {@code （四）}: the group label 无法提供 wrapped down its column beside a row's
   * wrapped label): no cell is printed before its row's label.
   */
  private static boolean opensGroupBeforeLabel(List<Token> tokens, int at, BitSet lineEnds, NationalTemplate.Matrix matrix) {
    if (at == 0 || !lineEnds.get(at - 1) || lineEnds.get(at) || tokens.get(at + 1).isValue()) {
      return false;
    }
    String opening = tokens.get(at).text() + tokens.get(at + 1).text().charAt(0);
    return matrix.groups().stream().anyMatch(g -> g.length() > opening.length() && g.startsWith(opening));
  }

  /** Whether the token before {@code at} is an ordinal alone, opening its line ({@code （四）} of {@code （四）无}). */
  private static boolean afterOrdinalAlone(List<Token> tokens, int at, BitSet lineEnds) {
    Token before = tokens.get(at - 1);
    boolean opensLine = at == 1 || lineEnds.get(at - 2) || !tokens.get(at - 2).fromText(); // after a line, or a grid's row
    return !before.isValue() && opensLine && Ordinals.opens(before.text()) && Ordinals.strip(before.text()).isEmpty();
  }

  /**
   * Whether a group's wording opening with the mark at {@code at} goes on down its column: its other characters each
   * a line of their own after it, in order, among the lines of the rows it spans and of other columns' characters.
   */
  private static boolean spelledDownColumn(List<Token> tokens, int at, BitSet lineEnds, NationalTemplate.Matrix matrix) {
    String mark = tokens.get(at).text();
    for (String group : matrix.groups()) {
      if (group.length() <= mark.length() || !group.startsWith(mark)) {
        continue;
      }
      int spelled = mark.length();
      int lone = 0; // lines of one character seen: the column's, and other columns' printed alike
      for (int k = at + 1; k < tokens.size() && lone <= 3 * group.length() && spelled < group.length(); k++) {
        String text = tokens.get(k).text();
        if (!tokens.get(k).isValue() && text.length() == 1 && lineEnds.get(k) && lineEnds.get(k - 1)) {
          lone++;
          spelled += text.charAt(0) == group.charAt(spelled) ? 1 : 0;
        }
      }
      if (spelled == group.length()) {
        return true;
      }
    }
    return false;
  }

  /** A mark of none read from a line of text, not ending its line. */
  private static boolean isTextMark(Token t, int i, BitSet lineEnds) {
    return t.isValue() && t.fromText() && !lineEnds.get(i) && CellKind.isMarker(t.text());
  }

  /**
   * @param asRead a grid as the cut reads it ({@link Cut#asRead})
   * @param subtotal the grid column of section 三's subtotal in {@code block}, {@link #SUBTOTAL_BY_ROW} where each row
   *     tells its own, -1 for none
   */
  private static List<Token> tokens(Block block, Cut cut, Function<Table, Table> asRead, int subtotal,
      Map<Row, List<Token>> rowsWithValues) {
    List<Token> tokens = new ArrayList<>();
    if (block instanceof Table t) {
      Table grid = withoutRemarks(asRead.apply(t));
      int valuesFrom = firstValueColumn(grid);
      int valuesTo = lastValueColumn(grid);
      for (Row r : grid.rows()) {
        int column = subtotal == SUBTOTAL_BY_ROW ? subtotalInRow(r, cut.matrix().columns().size())
            : subtotal >= 0 && isSubtotal(r, subtotal) ? subtotal : -1;
        addRow(column >= 0 ? withoutCell(r, column) : r, valuesFrom, column >= 0 && column < valuesTo ? valuesTo - 1 : valuesTo,
            cut.dropHeaderRows() ? cut.header() : null, cut.matrix(), cut.review(), rowsWithValues, tokens);
      }
    } else if (block == Paragraph.BLANK_CELL) {
      tokens.add(new Token("", new Cell(""), true));
    } else if (block instanceof Paragraph p && !isFooter(p.raw()) && !TableCaption.is(p.raw())) {
      List<String> pieces = spaceParted(paired(p.raw().strip()));
      pieces.replaceAll(Cell.Text::fold);
      pieces.replaceAll(SectionTokens::keyedCountInDigits);
      if (cut.matrix() != null) {
        joinMarksSpellingLabels(pieces, cut.matrix());
        addHeaderLine(pieces, cut.matrix(), tokens);
      }
      Token keyed = cut.matrix() != null ? keyValueCell(pieces) : null;
      if (keyed != null) {
        tokens.add(keyed);
      } else if (cut.matrix() != null && namesRowsAcross(pieces, cut.matrix())) {
        pieces.forEach(piece -> tokens.add(new Token(piece, null, true)));
      } else if (pieces.size() < 2 || !pieces.stream().allMatch(w -> cut.header().contains(w) || isGenericColumn(w))) {
        // (a line of the header's words alone, or with a converter's generic names 类别 数据1 … 合计, is a header line: dropped)
        addPieces(withCountedCellApart(pieces), cut.matrix() != null && numberedRowOpens(pieces), tokens);
      }
      String keyedEmpty = keyedEmptyCell(pieces);
      if (keyedEmpty != null) {
        tokens.add(new Token(keyedEmpty, new Cell(keyedEmpty), true));
      }
    } else if (block instanceof Paragraph p && cut.review() != null) {
      String title = proceedingTitle(p.raw(), cut.review());
      if (title != null) {
        tokens.add(new Token(title, null, true));
      }
    }
    return tokens;
  }

  /**
   * The line's pieces with a count and its counter glued to the end of the label opening it taken apart, as a cell of
   * its own, where every other piece is a count with its counter or a mark: a label wider than its column runs into its
   * row's first cell ({@code （二）部分公开（…不计其他情形）0件  0件  0件 …}), as a bare count glued there is read. A
   * counted number in label text is otherwise a sentence's (申请5件), no cell.
   */
  private static List<String> withCountedCellApart(List<String> pieces) {
    if (pieces.size() < 2 || !hasDigit(pieces.get(0))) {
      return pieces; // most lines: no label ending in a count
    }
    Matcher m = COUNTED_AT_END.matcher(pieces.get(0));
    if (!m.find() || m.start() == 0 || Character.isDigit(pieces.get(0).charAt(m.start() - 1)) || pieces.get(0).charAt(m.start() - 1) == '.') {
      return pieces;
    }
    boolean counted = false;
    for (String piece : pieces.subList(1, pieces.size())) {
      boolean count = COUNTED.matcher(piece).matches();
      if (!count && !CellKind.isMarker(piece)) {
        return pieces;
      }
      counted |= count;
    }
    if (!counted) {
      return pieces;
    }
    List<String> out = new ArrayList<>(pieces.size() + 1);
    out.add(pieces.get(0).substring(0, m.start()));
    out.add(m.group());
    out.addAll(pieces.subList(1, pieces.size()));
    return out;
  }

  /**
   * The title of a caption over one of section 四's small tables that names its proceeding ({@code 表2
   * 行政诉讼（未经复议直接起诉）}): words of the section's header alone, a proceeding's among them. It labels the table
   * under it as a heading would; its number is no count. Null for other lines (a caption titling the whole section,
   * {@code 表4 行政复议和行政诉讼情况}, names no one proceeding's table).
   */
  private static String proceedingTitle(String raw, NationalTemplate.ReviewBlock review) {
    String title = TableCaption.title(raw);
    if (title == null || title.isEmpty()) {
      return null;
    }
    String folded = Cell.Text.fold(title);
    List<String> words = TITLE_WORD_BREAKS.splitAsStream(folded).filter(w -> !w.isEmpty()).toList();
    return !words.isEmpty() && review.header().containsAll(words) && words.stream().anyMatch(w -> review.proceedingNamed(w) >= 0)
        ? folded : null;
  }

  /**
   * {@code piece} with a keyed count in Chinese numerals ({@link #KEYED_CHINESE_COUNT}) or counts a sentence names by
   * their columns ({@link #NAMED_CHINESE_COUNT}) in digits; else as it is.
   */
  private static String keyedCountInDigits(String piece) {
    if (piece.indexOf(':') >= 0 || piece.indexOf('：') >= 0) {
      Matcher m = KEYED_CHINESE_COUNT.matcher(piece);
      if (m.matches()) {
        return piece.substring(0, m.start(2)) + Numerals.inDigits(m.group(2));
      }
    }
    if (!countsInNumerals(piece)) {
      return piece; // most pieces: no matcher
    }
    return NAMED_CHINESE_COUNT.matcher(piece).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + Numerals.inDigits(m.group(2))));
  }

  /** Whether a Chinese numeral stands right before a counter's first character somewhere in the text (十四件). */
  private static boolean countsInNumerals(String text) {
    for (int i = 1; i < text.length(); i++) {
      if (COUNTER_OPENINGS.indexOf(text.charAt(i)) >= 0 && Numerals.CHINESE_DIGITS.indexOf(text.charAt(i - 1)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The cell of a key-value line whose key is a column's name and a row's label ({@link #KEY_VALUE_CELL}): its count,
   * or a marker ({@code 其他：—}, the column's "not applicable", as any of its cells); or null.
   */
  private static Token keyValueCell(List<String> pieces) {
    String last = pieces.get(pieces.size() - 1);
    if (last.isEmpty()) {
      return null;
    }
    int colon = last.lastIndexOf(':');
    if (colon >= 0 && CellKind.isMarker(last.substring(colon + 1))) {
      String key = String.join("", pieces.subList(0, pieces.size() - 1)) + last.substring(0, colon);
      return COLUMN_NAMES.contains(key) && ROW_WHOLE_LABELS.contains(key) ? Token.piece(last.substring(colon + 1)) : null;
    }
    if (colon < 0 && pieces.size() > 1 && CellKind.isMarker(last) && pieces.get(pieces.size() - 2).endsWith(":")) {
      // the mark a space after the key's colon ({@code 总计： -}): the key names its column as well, never the row
      String key = String.join("", pieces.subList(0, pieces.size() - 1));
      key = key.substring(0, key.length() - 1);
      return COLUMN_NAMES.contains(key) && ROW_WHOLE_LABELS.contains(key) ? Token.piece(last) : null;
    }
    if (!Character.isDigit(last.charAt(last.length() - 1)) && Numerals.COUNTERS.stream().noneMatch(last::endsWith)) {
      return null; // most lines: no matcher
    }
    Matcher m = KEY_VALUE_CELL.matcher(String.join("", pieces));
    return m.matches() && ROW_WHOLE_LABELS.contains(m.group(1)) ? Token.piece(m.group(2)) : null;
  }

  /**
   * The place of the blank cell ending a row of a table copied as key-value rows, the label cells before it a key whose
   * last names a column and no other does ({@code 行政复议 | 结果维持 | }, as {@link #keyedEmptyCell} a line): that
   * column's cell, blank; else -1. A header row names several columns; a row's whole label alone ({@code 总计 | }) is
   * no key.
   */
  private static int keyedBlankCell(List<Cell> cells, int lastLabel) {
    if (lastLabel < 0 || lastLabel != cells.size() - 2 || !cells.get(lastLabel + 1).isBlank() || cells.get(lastLabel + 1).spanned()) {
      return -1;
    }
    String name = cells.get(lastLabel).text();
    if (!COLUMN_NAMES.contains(name) || lastLabel == 0 && ROW_WHOLE_LABELS.contains(name)) {
      return -1;
    }
    for (int i = 0; i < lastLabel; i++) {
      if (COLUMN_NAMES.contains(cells.get(i).text())) {
        return -1;
      }
    }
    return lastLabel + 1;
  }

  /**
   * The cell of a line that is a key naming a column ({@link #BLANK_CELL_KEY}) with nothing after its colon, or only a
   * mark of none ({@code 行政复议-结果维持：-}): {@code ""} or the mark, that column's cell; null for any other line.
   */
  private static String keyedEmptyCell(List<String> pieces) {
    String last = pieces.get(pieces.size() - 1);
    int colon = Math.max(last.lastIndexOf(':'), last.lastIndexOf('：'));
    String after = colon >= 0 ? last.substring(colon + 1) : null;
    if (after == null || !after.isEmpty() && !CellKind.isMarker(after)) {
      return null; // most lines: no colon or a count after it
    }
    String key = String.join("", pieces.subList(0, pieces.size() - 1)) + last.substring(0, colon + 1);
    Matcher m = BLANK_CELL_KEY.matcher(key);
    return m.matches() && (m.start(1) > 0 || !ROW_WHOLE_LABELS.contains(m.group(1))) ? after : null;
  }

  /**
   * A line that lists its columns' names, then their counts ({@code 分别为}), with each name before its count; any
   * other line as printed (folding each piece, not the line, keeps what only a piece's folding knows: ⑶ an ordinal).
   */
  private static String paired(String raw) {
    // circled numbers kept the ordinals they print, as folding keeps them: NFKC alone makes ⑤属于 a count glued to a label
    return raw.contains(Respectively.MARK) ? Respectively.paired(Cell.Text.nfkc(Cell.Text.circledOrdinals(raw))) : raw;
  }

  /**
   * The subtotal column of each of section 三's grids that has one: named in its own header, or carried from the grid
   * it continues. A grid printed with no header row (the rest of the matrix after a page break, or the publisher's
   * own split, with the column headers printed once) has the columns of the grid before it, when only text stands
   * between the two and both are as wide; whether a row's cell there is the subtotal is still checked row by row
   * ({@link #isSubtotal}). A grid whose rows are not all as wide has each row tell its own ({@link #SUBTOTAL_BY_ROW}),
   * and so have the grids after it that name no columns (a three-line table parted by its wrapped labels' lines), and
   * a grid continuing one with a subtotal column that is not as wide (one grid a row, as a PDF-to-markdown converter
   * writes them, a row with its group's label in a column of its own): the header's column is still the one after
   * the five 法人或其他组织 columns, counted from each row's last label. A grid under a header printed as lines of text
   * (a layout copy's header words, the rows a grid for their blank cells) naming the subtotal after the five has each
   * row tell its own too.
   * Columns are those of the grid turned back where it was printed turned.
   *
   * @param asRead a grid as the cut reads it ({@link Cut#asRead})
   * @param paragraphTokens a paragraph's tokens (header tokens for its header words)
   */
  private static Map<Block, Integer> subtotalColumns(List<Block> blocks, NationalTemplate.Matrix matrix,
      Function<Table, Table> asRead, Function<Paragraph, List<Token>> paragraphTokens) {
    Map<Block, Integer> columns = new IdentityHashMap<>();
    int carried = -1;
    int width = -1;
    boolean textSubtotal = false;
    for (Block block : blocks) {
      if (block instanceof Paragraph p) {
        for (Token token : paragraphTokens.apply(p)) {
          if (token.isHeader() && token.columns().contains(Token.SUBTOTAL)) {
            textSubtotal = subtotalAfterOrganisations(token.columns(), matrix.columns().size());
          }
        }
      }
      if (!(block instanceof Table table)) {
        continue;
      }
      Table t = asRead.apply(table);
      int own = subtotalColumn(t);
      int column = own != -1 || (carried == -1 && !textSubtotal) || namesColumns(t) ? own
          : carried >= 0 && uniformWidth(t) == width ? carried : SUBTOTAL_BY_ROW;
      if (column != -1) {
        columns.put(block, column);
      }
      carried = column;
      width = uniformWidth(t);
    }
    return columns;
  }

  /**
   * Whether a header's columns name the subtotal once, after the five 法人或其他组织 columns (in any order) and before
   * nothing but the total: its place in the template's order, the cell after the five in a row one cell wider.
   */
  private static boolean subtotalAfterOrganisations(List<Integer> header, int width) {
    int at = header.indexOf(Token.SUBTOTAL);
    if (at != header.lastIndexOf(Token.SUBTOTAL)) {
      return false;
    }
    for (int c = 1; c <= SUBTOTAL_PARTS; c++) {
      if (!header.subList(0, at).contains(c)) {
        return false;
      }
    }
    return header.subList(at + 1, header.size()).stream().allMatch(c -> c == width - 1);
  }

  /**
   * The grid column of section 三's first column (自然人), as the names a header row of the grid prints place it (商业企业
   * in grid column 4 puts it in 3), where every row is as wide ({@link #uniformWidth}): the columns left of it are the
   * labels' (a converter prints a label merged across them once, its other places blank, which are no cells of the
   * row); 0 where no header says.
   */
  private static int firstValueColumn(Table grid) {
    if (uniformWidth(grid) < 0) {
      return 0;
    }
    int first = Integer.MAX_VALUE;
    for (Row r : grid.rows()) {
      if (!TransposedMatrix.holdsCounts(r)) {
        for (int i = 0; i < r.cells().size(); i++) {
          String text = r.cells().get(i).text();
          int column = COLUMN_NAMES.contains(text) ? applicationColumn(text) : -1;
          first = column >= 0 ? Math.min(first, i - column) : first;
        }
      }
    }
    return first == Integer.MAX_VALUE ? 0 : Math.max(0, first);
  }

  /**
   * The grid column of the last column of section 三 or 四 (总计), as a header row of the grid names it (the rightmost such name,
   * with the places of a cell merged across columns), where every row is as wide ({@link #uniformWidth}) and no row
   * prints anything right of it: blank places there are no cells (a spreadsheet's used range padded past the table);
   * {@link Integer#MAX_VALUE} where no header says.
   */
  private static int lastValueColumn(Table grid) {
    if (uniformWidth(grid) < 0) {
      return Integer.MAX_VALUE;
    }
    int last = -1;
    for (Row r : grid.rows()) {
      if (!TransposedMatrix.holdsCounts(r)) {
        for (int i = 0; i < r.cells().size(); i++) {
          String text = r.cells().get(i).text(); // folded: no spaces left in it
          boolean total = applicationColumn(text) == APPLICATION_COLUMNS.size() - 1
              || REVIEW.outcomeNamed(text) == REVIEW.outcomes().size() - 1;
          int end = i;
          while (total && end + 1 < r.cells().size() && r.cells().get(end + 1).spanned()) {
            end++;
          }
          last = total ? Math.max(last, end) : last;
        }
      }
    }
    if (last < 0) {
      return Integer.MAX_VALUE;
    }
    for (Row r : grid.rows()) {
      for (int i = last + 1; i < r.cells().size(); i++) {
        if (!r.cells().get(i).isBlank()) {
          return Integer.MAX_VALUE; // a header whose merged names stand left of their columns places nothing
        }
      }
    }
    return last;
  }

  /** Whether a row without counts names a column of section 三 or its subtotal: a header of the grid's own. */
  private static boolean namesColumns(Table grid) {
    return grid.rows().stream().filter(r -> !TransposedMatrix.holdsCounts(r))
        .flatMap(r -> r.cells().stream()).map(Cell::text)
        .anyMatch(text -> SUBTOTAL_COLUMN.contains(text) || COLUMN_NAMES.contains(text));
  }

  /**
   * The width every row of the grid has (a grid laying its merged cells out, not a sheet's rows each as long as its
   * cells; a row of blanks only, such as Word's row of width cells, aside), or -1.
   */
  private static int uniformWidth(Table grid) {
    int width = grid.rows().isEmpty() ? 0 : grid.rows().get(0).cells().size();
    return grid.rows().stream().allMatch(r -> r.cells().size() == width || r.cells().stream().allMatch(Cell::isBlank)) ? width : -1;
  }

  /**
   * The grid column a header row of section 三's names {@link #SUBTOTAL_COLUMN} in, the only one it names so, when
   * every row is as wide as that one ({@link #uniformWidth}); {@link #SUBTOTAL_BY_ROW} when its rows are not all as
   * wide, or it is the header alone (the rows printed as grids of their own: a sheet's rows parted by labels wrapped
   * out of their cells); -1 when there is none.
   */
  private static int subtotalColumn(Table grid) {
    int column = namedSubtotal(grid);
    return column >= 0 && (uniformWidth(grid) < 0 || !holdsCounts(grid)) ? SUBTOTAL_BY_ROW : column;
  }

  private static boolean holdsCounts(Table grid) {
    return grid.rows().stream().anyMatch(TransposedMatrix::holdsCounts);
  }

  private static int namedSubtotal(Table grid) {
    for (Row r : grid.rows()) {
      List<Cell> cells = r.cells();
      if (!TransposedMatrix.holdsCounts(r)) {
        List<Integer> named = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
          if (SUBTOTAL_COLUMN.contains(cells.get(i).text())) {
            named.add(i);
          }
        }
        if (named.size() == 1) {
          return named.get(0);
        }
      }
    }
    return -1;
  }

  /**
   * Whether the row's cell in the subtotal column is the sum of the five before it (a blank or a mark of none
   * counting 0): only then is it known to be the subtotal; a row that is not keeps its cells, too many to be read.
   */
  private static boolean isSubtotal(Row row, int column) {
    return sumsParts(row.cells(), column);
  }

  /**
   * The subtotal's column in a row of a grid whose rows are not all as wide ({@link #SUBTOTAL_BY_ROW}), told by the
   * row's own cells: after its last label (and the columns that label spans), one cell more than the matrix's columns,
   * the subtotal's place holding the sum of the five before it; -1 when the row is not so.
   */
  private static int subtotalInRow(Row row, int width) {
    List<Cell> cells = row.cells();
    int first = 0;
    for (int i = 0; i < cells.size(); i++) {
      first = CellKind.of(cells.get(i).text()) == CellKind.LABEL ? i + 1 : first;
    }
    while (first < cells.size() && cells.get(first).spanned()) {
      first++;
    }
    int column = first + width - 1; // after natural persons and the five organisations
    return cells.size() - first == width + 1 && sumsParts(cells, column) ? column : -1;
  }

  /**
   * Whether {@code cells}' cell at {@code column} is the sum of the {@link #SUBTOTAL_PARTS} before it, or is left blank
   * or marked as none ({@code /}: a publisher not filling the subtotal; the cell in its place, holding no count, is none
   * of the template's). Where a part is blank (OCR leaves a cell it doubts blank) its count is unknown: the subtotal is
   * then no less than the parts printed; taken for the total, it would be a wrong one.
   */
  static boolean sumsParts(List<Cell> cells, int column) {
    if (column < SUBTOTAL_PARTS || column >= cells.size()) {
      return false;
    }
    int sum = 0;
    boolean blankPart = false;
    for (int c = column - SUBTOTAL_PARTS; c < column; c++) {
      Count part = Counts.parse(cells.get(c).text());
      if (part.kind() == CellKind.LABEL) {
        return false;
      }
      sum += part.isParsed() ? part.value() : 0;
      blankPart |= cells.get(c).isBlank();
    }
    Count subtotal = Counts.parse(cells.get(column).text());
    if (cells.get(column).isBlank() || subtotal.kind() == CellKind.MARKER) {
      return true; // left unfilled, blank or marked so (/): it holds no count to disagree with its parts
    }
    int value = subtotal.isParsed() ? subtotal.value() : 0;
    return subtotal.kind() != CellKind.LABEL && (blankPart ? value >= sum : value == sum);
  }

  /** The same for counts split from glued digits. */
  static boolean sumsParts(int[] values, int column) {
    return column >= SUBTOTAL_PARTS && column < values.length
        && Arrays.stream(values, column - SUBTOTAL_PARTS, column).sum() == values[column];
  }

  /**
   * The grid without its remarks column: the last column, named {@link #REMARKS_COLUMN} (or {@link #LAST_YEAR_COLUMN},
   * {@link #COMPARISON_COLUMN}) in a header row (no counts),
   * every row as wide (a row of blanks only, such as Word's row of width cells, aside). Its cells are about a row (含网上申请1件), and a blank one would be a count too many.
   * A grid whose rows are not all as wide (a text copy of one cell a line, its header rows as short as their names) loses
   * the named header cell and the last cell of its widest rows of counts, where none of those ends in a count: a copy
   * that left its blank remarks out ends those rows in their totals, and keeps the remarks that say something.
   */
  private static Table withoutRemarks(Table grid) {
    int width = uniformWidth(grid);
    if (width >= 2) {
      for (Row r : grid.rows()) {
        if (r.cells().size() == width && !TransposedMatrix.holdsCounts(r) && namesRemarks(r)) {
          return new Table(grid.rows().stream().map(row -> withoutCell(row, width - 1)).toList());
        }
      }
      return grid;
    }
    int rowWidth = remarkedRowWidth(grid);
    if (rowWidth < 0 && grid.rows().stream().noneMatch(SectionTokens::endsInRemark)
        || grid.rows().stream().noneMatch(r -> !TransposedMatrix.holdsCounts(r) && namesRemarks(r))) {
      return grid;
    }
    return new Table(grid.rows().stream().map(r -> r.cells().size() == rowWidth && TransposedMatrix.holdsCounts(r) || endsInRemark(r)
        || namesRemarks(r) ? withoutCell(r, r.cells().size() - 1) : r).toList());
  }

  /**
   * Whether a row of counts ends in a remark (含网上申请): text after its counts, in a table naming a remarks column, is
   * that column's, however wide the row (a row without a group label has one cell fewer). Not text holding a figure
   * (0（七）总计: a count glued to the next row's label).
   */
  private static boolean endsInRemark(Row r) {
    List<Cell> cells = r.cells();
    String last = cells.isEmpty() ? "" : cells.get(cells.size() - 1).text();
    return cells.size() >= 2 && CellKind.of(last) == CellKind.LABEL && !hasDigit(last)
        && CellKind.of(cells.get(cells.size() - 2).text()) != CellKind.LABEL && TransposedMatrix.holdsCounts(r);
  }

  /** Whether a row's last cell names the remarks column, a column of last year's figures or one comparing with them. */
  private static boolean namesRemarks(Row r) {
    if (r.cells().isEmpty()) {
      return false;
    }
    String last = r.cells().get(r.cells().size() - 1).text();
    last = Cell.Text.holdsSpace(last) ? SPACES.matcher(last).replaceAll("") : last; // folded text mostly holds none
    return REMARKS_COLUMN.contains(last) || LAST_YEAR_COLUMN.matcher(last).matches() || COMPARISON_COLUMN.matcher(last).matches();
  }

  /** The width of the widest rows of counts, where none of them ends in a count (a remark or a blank); else -1. */
  private static int remarkedRowWidth(Table grid) {
    int width = -1;
    boolean endsInCount = false;
    for (Row r : grid.rows()) {
      List<Cell> cells = r.cells();
      if (cells.size() >= width && TransposedMatrix.holdsCounts(r)) {
        boolean count = CellKind.of(cells.get(cells.size() - 1).text()) == CellKind.NUMBER;
        endsInCount = cells.size() > width ? count : endsInCount || count;
        width = cells.size();
      }
    }
    return endsInCount ? -1 : width;
  }

  private static Row withoutCell(Row row, int column) {
    if (column >= row.cells().size()) {
      return row;
    }
    List<Cell> cells = new ArrayList<>(row.cells());
    cells.remove(column);
    return new Row(cells);
  }

  /**
   * Whether a line opens with a row's ordinal printed apart without its mark ({@code 1 本机关不掌握相关政府信}, the head
   * of a wrapped label {@code 7 属于行政 0 0 …} / {@code 执法案卷}): a number of one or two digits, then label text. The
   * label column is the leftmost, so nothing but an ordinal stands left of a label on its line: no cell of the row
   * above, whose count it would be (8 cells for 7).
   */
  private static boolean numberedRowOpens(List<String> pieces) {
    return pieces.size() >= 2 && pieces.get(0).length() <= 2 && CellKind.isPlainDigits(pieces.get(0)) && !hasDigit(pieces.get(1));
  }

  /**
   * A line of text naming at least {@link #MIN_NAMED_COLUMNS} columns and holding no count: a column header, whose
   * token comes before its pieces (kept as they were: a line of header words alone is dropped as before).
   */
  private static void addHeaderLine(List<String> pieces, NationalTemplate.Matrix matrix, List<Token> tokens) {
    for (String piece : pieces) {
      if (hasDigit(piece) && !isGenericColumn(piece)) {
        return;
      }
    }
    List<String> words = new ArrayList<>();
    for (String piece : pieces) {
      List<String> glued = headerWords(piece, matrix);
      words.addAll(glued != null ? glued : List.of(piece));
    }
    List<Integer> columns = headerColumns(words, matrix);
    if (columns.stream().filter(c -> c >= 0).count() >= MIN_NAMED_COLUMNS) {
      tokens.add(Token.header(columns));
    }
  }

  /** The columns a header's words name ({@link #namedColumns}, {@link #rowsOnOneLine}), or else open ({@link #openedColumns}). */
  private static List<Integer> headerColumns(List<String> words, NationalTemplate.Matrix matrix) {
    List<Integer> columns = namedColumns(words, matrix);
    if (columns.stream().filter(c -> c >= 0).count() < MIN_NAMED_COLUMNS) {
      List<Integer> opened = openedColumns(words, matrix);
      return opened.isEmpty() ? columns : opened;
    }
    return rowsOnOneLine(columns, matrix.columns().size() - 1);
  }

  /**
   * The columns of the template's header rows printed one after another on one line ({@code 申请人情况 自然人 法人或其他组织
   * 总计 商业企业 … 其他}, a crawl of the grid's three rows): the words of each row in the rows' order, the columns under
   * the spanning word after 总计. A word naming no column between 自然人 and 总计 is that spanning word, so the columns
   * after 总计 stand under it and the columns are the template's, as two header lines are read; other headers as named.
   */
  private static List<Integer> rowsOnOneLine(List<Integer> columns, int last) {
    List<Integer> named = columns.stream().filter(c -> c != -1).toList();
    int first = columns.indexOf(0);
    int total = columns.indexOf(last);
    if (named.size() != last + 1 || named.get(0) != 0 || named.get(1) != last || !columns.subList(first, total).contains(-1)
        || new HashSet<>(named).size() != named.size() || named.stream().anyMatch(c -> c < 0 || c > last)) {
      return columns;
    }
    List<Integer> out = new ArrayList<>(named.subList(2, named.size()));
    out.add(0, 0);
    out.add(last);
    return out;
  }

  /**
   * The columns a line of header words opens, each word the first line of one column's name wrapped in a narrow cell
   * ({@code 科研  商业  法律  社会  其他  小计} over {@code 机构  企业  服务机构  公益组织}), in print order; empty unless every
   * word opens one column's name alone or is the subtotal's, no two the same: two letters opening a name are a column
   * only on such a line.
   */
  private static List<Integer> openedColumns(List<String> words, NationalTemplate.Matrix matrix) {
    List<Integer> columns = new ArrayList<>(words.size());
    for (String word : words) {
      if (word.isBlank()) {
        continue;
      }
      int opened = SUBTOTAL_COLUMN.contains(word) ? Token.SUBTOTAL : -1;
      for (int c = 0; c < matrix.columns().size(); c++) {
        if (word.length() >= MIN_OPENING && matrix.columns().get(c).label().startsWith(word)) {
          opened = opened == -1 ? c : Integer.MIN_VALUE;
        }
      }
      if (opened == -1 || opened == Integer.MIN_VALUE || columns.contains(opened)) {
        return List.of();
      }
      columns.add(opened);
    }
    return columns;
  }

  /**
   * The header words a piece of a line is made of, glued where a copy joined the header's cells by nothing
   * ({@code 其他小计}, {@code 自然人法人或其他组织总计}): its names of columns, of the subtotal and the header's own words,
   * in order, the longest first; null when the piece is not wholly such words.
   */
  private static List<String> headerWords(String piece, NationalTemplate.Matrix matrix) {
    if (piece.isEmpty()) {
      return List.of();
    }
    for (int end = piece.length(); end > 0; end--) {
      String word = piece.substring(0, end);
      if (matrix.header().contains(word) || SUBTOTAL_COLUMN.contains(word) || matrix.columnNamed(word) >= 0) {
        List<String> rest = headerWords(piece.substring(end), matrix);
        if (rest != null) {
          List<String> words = new ArrayList<>(rest.size() + 1);
          words.add(word);
          words.addAll(rest);
          return words;
        }
      }
    }
    return null;
  }

  /**
   * Joins a mark of none to the label text beside it where the two open a wording of the template that the mark's
   * character opens ({@code 无 法 提 供}, the group （四）无法提供 printed letter by letter without its ordinal), or spell a
   * stretch inside one ({@code 申 请 人 无} and {@code 无 正 当 理} of 申请人无正当理由逾期不补正, a label letter-spaced and
   * wrapped): that 无 is one of the label's letters, not a cell counting none.
   */
  private static void joinMarksSpellingLabels(List<String> pieces, NationalTemplate.Matrix matrix) {
    for (int p = 0; p < pieces.size(); p++) {
      String mark = pieces.get(p);
      if (!CellKind.isMarker(mark) || !Character.isIdeographic(mark.codePointAt(0))) {
        continue;
      }
      String after = labelTextAfter(pieces, p);
      String before = labelTextBefore(pieces, p);
      if (!after.isEmpty() && (opensWording(mark + after, mark, matrix) || insideWording(mark + head(after)))) {
        pieces.set(p, mark + pieces.remove(p + 1));
      } else if (before.length() >= WORDING_CONTEXT && insideWording(before.substring(before.length() - WORDING_CONTEXT) + mark)) {
        pieces.set(p - 1, pieces.get(p - 1) + pieces.remove(p));
        p--;
      }
    }
  }

  /** The label pieces right after piece {@code p}, joined, up to a count or a mark. */
  private static String labelTextAfter(List<String> pieces, int p) {
    StringBuilder text = new StringBuilder();
    for (int q = p + 1; q < pieces.size() && !hasDigit(pieces.get(q)) && !CellKind.isMarker(pieces.get(q)); q++) {
      text.append(pieces.get(q));
    }
    return text.toString();
  }

  /** The label pieces right before piece {@code p}, joined, back to a count or a mark. */
  private static String labelTextBefore(List<String> pieces, int p) {
    StringBuilder text = new StringBuilder();
    for (int q = p - 1; q >= 0 && !hasDigit(Ordinals.strip(pieces.get(q))) && !CellKind.isMarker(pieces.get(q)); q--) {
      text.insert(0, pieces.get(q));
    }
    return text.toString();
  }

  private static String head(String text) {
    return text.substring(0, Math.min(WORDING_CONTEXT, text.length()));
  }

  /**
   * Whether {@code text} (a mark with {@link #WORDING_CONTEXT} label characters beside it) stands inside a group's or a
   * row's wording of either template, after its first character: a mark opening one is told by {@link #opensWording}.
   * Either template's: section 三's tokens are cut before its rows tell which one the table prints, and no cell prints
   * a 2021 row's letters.
   */
  private static boolean insideWording(String text) {
    return text.length() > WORDING_CONTEXT && LABEL_WORDINGS.stream().anyMatch(w -> w.indexOf(text, 1) > 0);
  }

  /** The groups' and rows' wordings of the template: labels, their heads and phrases. */
  private static Stream<String> wordings(NationalTemplate.Matrix matrix) {
    return Stream.concat(matrix.groups().stream(),
        matrix.rows().stream().flatMap(r -> Stream.of(r.phrases(), r.heads(), r.labels()).flatMap(List::stream)));
  }

  /** Whether {@code text} opens with a group's or a row's wording that opens with {@code mark}. */
  private static boolean opensWording(String text, String mark, NationalTemplate.Matrix matrix) {
    return wordings(matrix).anyMatch(w -> w.length() > mark.length() && w.startsWith(mark) && text.startsWith(w));
  }

  /**
   * Whether a line without counts prints {@link #MIN_NAMED_ROWS} or more rows' labels, each a piece of its own: the
   * template's rows printed across a header (section 三 turned). Its pieces stay apart, as a grid's cells would: a
   * generic row's label ({@code 3.其他}) is known only as a label of its own.
   */
  private static boolean namesRowsAcross(List<String> pieces, NationalTemplate.Matrix matrix) {
    if (pieces.size() < MIN_NAMED_ROWS) {
      return false;
    }
    int named = 0;
    for (String piece : pieces) {
      if (hasDigit(Ordinals.strip(piece)) || CellKind.isMarker(piece)) {
        return false; // a count, or a label with its counts glued to it: a row of cells
      }
      named += matrix.rowOf(piece) != null ? 1 : 0;
    }
    return named >= MIN_NAMED_ROWS;
  }

  /**
   * The columns a header's cells name, in order: a column's index, or -1 for a cell after the corner that names none
   * (a generic name {@code 数据3}, a header word over several columns {@code 法人或其他组织}, a garbled one: which
   * columns the header holds is then not named). The corner, the first cell that is not blank ({@code 类别}, the 勾稽
   * note), names none, nor do its copies in the other label columns a grid repeats a merged cell in; a header word
   * over columns is never the corner ({@code 法人或其他组织} before {@code 自然人 总计}). A grid row whose first cell is
   * blank has no corner (the corner merged down the header rows printed in the first).
   */
  private static List<Integer> namedColumns(List<String> cells, NationalTemplate.Matrix matrix) {
    List<Integer> columns = new ArrayList<>();
    boolean corner = cells.isEmpty() || !cells.get(0).isBlank();
    String cornerText = null;
    boolean numbered = numbersTemplateColumns(cells, matrix.columns().size());
    for (String text : cells) {
      if (text.isBlank() || text.equals(cornerText)) {
        continue;
      }
      Matcher data = numbered && text.startsWith("数") ? NUMBERED_DATA_COLUMN.matcher(text) : null;
      int named = data != null && data.matches() ? Integer.parseInt(data.group(1)) - 1
          : isGenericColumn(text) ? -1 : SUBTOTAL_COLUMN.contains(text) ? Token.SUBTOTAL : matrix.columnNamed(text);
      if (corner && named < 0 && !isGenericColumn(text) && !matrix.header().contains(text) || text.equals(CORNER)) {
        cornerText = text;
      } else {
        columns.add(named);
      }
      corner = false;
    }
    return columns.size() < MIN_NAMED_COLUMNS ? List.of() : columns;
  }

  /**
   * @param valuesFrom the grid column the values start in, as its header shows ({@link #firstValueColumn}), or 0
   * @param valuesTo the grid column the values end in, as its header shows ({@link #lastValueColumn})
   * @param header the column header's words where header rows are dropped, else null
   * @param matrix the matrix whose columns a dropped header row names in a header token, or null
   * @param review the block whose outcomes a dropped header row names in a header token, or null
   */
  private static void addRow(Row row, int valuesFrom, int valuesTo, Set<String> header, NationalTemplate.Matrix matrix, NationalTemplate.ReviewBlock review,
      Map<Row, List<Token>> rowsWithValues, List<Token> tokens) {
    List<Token> made = rowsWithValues.get(row);
    if (made != null) {
      tokens.addAll(made);
      return;
    }
    int first = tokens.size();
    List<Cell> cells = row.cells();
    CellKind[] kinds = new CellKind[cells.size()];
    int labels = 0;
    int values = 0;
    int headerCells = 0;
    int headerPieces = 0;
    boolean generic = false;
    int lastLabel = -1;
    boolean counts = false;
    boolean marks = false; // whether the row prints a mark of none in a cell of its own
    for (int i = 0; i < kinds.length; i++) {
      kinds[i] = CellKind.of(cells.get(i).text());
      counts |= kinds[i] == CellKind.NUMBER || kinds[i] == CellKind.MARKER;
      marks |= kinds[i] == CellKind.MARKER;
    }
    List<String> glued = header != null && !counts ? countsGluedToTitles(cells, header) : List.of();
    if (!glued.isEmpty()) {
      // The header row and the row of counts below it read as one (OCR lost the ruling between them): each count's
      // column is its title's, but its row is not known, and read in order the counts would fill the rows (or, in
      // section 四, the proceedings) before their own. The titles stay the header (labels, as the cells were); the
      // decoder knows of the counts.
      tokens.add(Token.gluedToTitles(glued));
      cells = cells.stream().map(c -> {
        String title = titleOfCount(c.text());
        return title != null ? new Cell(title) : c;
      }).toList();
    }
    for (int i = 0; i < kinds.length; i++) {
      String text = cells.get(i).text();
      if (kinds[i] == CellKind.LABEL && (counts && (Numerals.isLetterZero(text) || isIllegible(text) || isFiguresPartedByMarks(text))
          || CellKind.isSpreadsheetError(text) || isLoneGlyph(text) && valueAfter(kinds, i) && valueBefore(kinds, i))) {
        kinds[i] = CellKind.NUMBER;
      }
      labels += kinds[i] == CellKind.LABEL ? 1 : 0;
      values += kinds[i] == CellKind.NUMBER || kinds[i] == CellKind.MARKER ? 1 : 0;
      lastLabel = kinds[i] == CellKind.LABEL ? i : lastLabel;
      if (header != null) {
        boolean genericColumn = isGenericColumn(text);
        generic |= genericColumn;
        headerCells += genericColumn || header.contains(text) ? 1 : 0;
        headerPieces += kinds[i] == CellKind.LABEL && (genericColumn || isHeaderPiece(text, header)) ? 1 : 0;
      }
    }
    int keyedBlank = values == 0 ? keyedBlankCell(cells, lastLabel) : -1;
    // The column header, or its repetition after a page break, or a part of it wrapped onto a line of its own (in
    // section 三 two header words alone: 法人或其他组织 | 自然人 under a 总计 merged down the header); not a line of row
    // and group labels wrapped down their columns (理 | 开 | 秘密, the end of 1.属于国家秘密), nor section 四's
    // 行政复议 | 行政诉讼 over its proceedings, nor a key-value row's blank cell under a key of header words
    // (行政诉讼 | 未经复议直接起诉 | 结果纠正 | ): a header names several columns, a key one.
    if (header != null && values == 0 && keyedBlank < 0
        && (labels >= MIN_HEADER_CELLS && 2 * headerPieces >= labels || (generic || matrix != null && labels >= MIN_NAMED_COLUMNS) && headerCells == labels)) {
      if (matrix != null) {
        tokens.add(Token.header(headerColumns(cells.stream().map(Cell::text).toList(), matrix)));
      } else if (review != null) {
        tokens.add(Token.header(cells.stream().mapToInt(c -> review.outcomeNamed(c.text())).filter(o -> o >= 0).boxed().toList()));
      }
      return;
    }
    // A row of blanks only between sub-tables (the empty header row a converter gives a table without one, |  |  |)
    // holds no cell of the row above it: its blanks would pad that row and shift its values.
    if (header == null && labels == 0 && values == 0) {
      return;
    }
    boolean labelLost = labels == 0 && values > 0 && cells.get(0).isBlank() && !cells.get(0).spanned();
    if (matrix != null && labelLost) {
      // Counts under blank label cells: a row whose label OCR lost, never more cells of the row above; the decoder
      // places it by position, its blanks in the label's columns left out.
      tokens.add(new Token("", null, false, true));
    }
    boolean opening = true;
    Boolean namesColumns = null; // whether the row is a sentence naming its cells' columns, split at tabs into cells
    CellKind merged = null; // the kind of the cell that the spanned cells from here on continue
    for (int i = 0; i < kinds.length; i++) {
      Cell c = cells.get(i);
      merged = c.spanned() ? merged : kinds[i];
      if (kinds[i] != CellKind.NUMBER && isFooter(c.raw()) || c.isBlank() && i != keyedBlank && (i < lastLabel || i < valuesFrom || i > valuesTo || header != null && values == 0)
          || i < lastLabel && kinds[i] != CellKind.NUMBER && isLabelFragment(c.text()) || c.spanned() && merged == CellKind.LABEL) {
        // A blank left of a label is the place of a merged label (三、本年度办理结果), not a value cell, and so is a
        // lone character there other than a digit (三 or 、 of that label, printed down its column); nor, where
        // header rows are dropped, is a blank in a row without values (a header row printed again after a page
        // break that fell short of a header's words: its blanks went to the row above, shifting its cells), the
        // blank after a key-value row's key aside (its column's cell, keyedBlankCell); nor the columns a label spans
        // (行政复议 over two label columns, beside 行政诉讼 | 未经复议直接起诉); nor a blank right of the column the
        // header names 总计. A mark of an illegible cell among counts is no piece of a label, nor is figures parted
        // by a mark there (0/1) a page's footer.
        continue;
      }
      if (kinds[i] != CellKind.LABEL) {
        tokens.add(new Token(c.text(), Numerals.isLetterZero(c.text()) && !isSpaced(c) ? new Cell(Numerals.withLetterZerosRead(c.text())) : c, false,
            opening));
      } else if (isCountWithDirt(c.text()) && valueBefore(tokens, first) && valueAfter(kinds, i)) {
        // A count with a blot glued to it (4 .四, 0加) between a row's values: no reader reads it without doubt, and
        // read as a label or an ordinal and dropped it would move every value right of it one column to the left.
        tokens.add(new Token(c.text(), new Cell(CellKind.ILLEGIBLE), false));
      } else if (gluedByCounters(c.text())) {
        // each count's counter closes it: the cells are as plain to the eye as if a space parted them (0件 1件)
        for (Matcher count = COUNTED.matcher(c.text()); count.find(); ) {
          tokens.add(new Token(count.group(), new Cell(count.group()), false));
        }
      } else if (hasDigit(c.text()) && !LOOSE_ORDINAL.matcher(c.text()).lookingAt()) {
        if (c.raw().length() > c.text().length() && Numerals.holdsDigits(c.text(), 2) && Counts.figuresApart(Cell.Text.nfkc(c.raw()).strip())) {
          // a label with a line's figures apart after it, cut into the label's column (a line whose spaces a layout
          // narrowed: （一）予以公开 4 0 0 3): each figure a cell, as a line of text reads them, never one count (4003)
          List<String> pieces = spaceParted(paired(c.raw().strip()));
          pieces.replaceAll(Cell.Text::fold);
          addPieces(pieces, false, tokens);
        } else {
          // a cell that holds a value glued to the next label: 0（七）总计
          namesColumns = namesColumns != null ? namesColumns : namesItsColumns(String.join(" ", cells.stream().map(Cell::text).toList()));
          addText(c.text(), i + 1 < kinds.length && kinds[i + 1] == CellKind.LABEL, false, namesColumns, false, tokens);
        }
      } else if (i == lastLabel && marks && endsWithGluedSlash(c.text())) {
        // a row of cells parted by tabs whose first value, a mark of none, the copy glued to the label (予以公开/)
        tokens.add(new Token(c.text().substring(0, c.text().length() - 1), null, false, opening));
        tokens.add(new Token(SLASH, new Cell(SLASH), false));
      } else {
        tokens.add(new Token(labelsJoined(c.text()), null, false, opening));
      }
      opening = false;
    }
    if (values > 0 && !labelLost) {
      rowsWithValues.put(row, List.copyOf(tokens.subList(first, tokens.size())));
    }
  }

  /**
   * The cells of a grid row that are column titles with a count glued to them ({@link #TITLE_WITH_COUNT}), where the
   * row is a header (at least {@value #MIN_HEADER_CELLS} cells are column titles, bare or so glued, or the header's
   * other words) without a count of its own; else none.
   */
  private static List<String> countsGluedToTitles(List<Cell> cells, Set<String> header) {
    List<String> glued = new ArrayList<>();
    int titles = 0;
    for (Cell c : cells) {
      if (titleOfCount(c.text()) != null) {
        glued.add(c.text());
        titles++;
      } else if (COLUMN_NAMES.contains(c.text()) || header.contains(c.text())) {
        titles++;
      }
    }
    return titles >= MIN_HEADER_CELLS ? glued : List.of();
  }

  /**
   * The column title a cell prints with a count glued after it ({@link #TITLE_WITH_COUNT}), or null; a cell that
   * neither opens as a column's name nor ends with a digit is told so without a matcher.
   */
  private static String titleOfCount(String text) {
    if (text.isEmpty() || !Character.isDigit(text.charAt(text.length() - 1)) || COLUMN_NAME_OPENINGS.indexOf(text.charAt(0)) < 0) {
      return null;
    }
    Matcher m = TITLE_WITH_COUNT.matcher(text);
    return m.matches() ? m.group(1) : null;
  }

  /**
   * Whether a cell prints spaces between its characters ({@code O ４ 4}): pieces a grid merged, never one count with
   * OCR's letter O read as its 0 (44); such a cell is left for {@link Counts#parse} to doubt.
   */
  private static boolean isSpaced(Cell c) {
    if (c.raw().length() == c.text().length()) {
      return false;
    }
    String printed = c.raw().strip();
    for (int i = 0; i < printed.length(); i++) {
      if (Cell.Text.isSpace(printed.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Digits and then a character or two of no count ({@code 4 .四}, {@code 0加}), spaces left out. */
  private static boolean isCountWithDirt(String text) {
    int digits = 0;
    while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
      digits++;
    }
    int rest = 0;
    for (int i = digits; digits > 0 && i < text.length() && rest <= MAX_DIRT_CHARACTERS; i++) {
      rest += Character.isWhitespace(text.charAt(i)) ? 0 : 1;
    }
    return rest > 0 && rest <= MAX_DIRT_CHARACTERS;
  }

  /**
   * A cell of one character and no digit: between a row's counts, a count OCR misread (工 or 于 for a 1), no label,
   * which never stands alone amid the counts right of a row's label. Read as a count's cell, it keeps its column and
   * is reported as not a count; dropped as a label it would move every count right of it one column to the left.
   */
  /** A grid as a reader reads it: a row-number column and English glosses skipped. */
  private static Table asRead(Table grid) {
    return Glosses.without(SerialColumn.without(grid));
  }

  /**
   * A cell of figures parted by marks and nothing else ({@code 0/1}, {@code 20/21}): no label, and no count a reader
   * reads without doubt. Folded text: runs of digits, each parted from the next by one mark (neither a digit, a letter
   * nor a space); told by a scan, without a matcher, as every cell of a row of counts is asked.
   */
  static boolean isFiguresPartedByMarks(String text) {
    int at = asciiDigitsEnd(text, 0);
    if (at == 0 || at == text.length()) {
      return false;
    }
    while (at < text.length()) {
      int mark = text.codePointAt(at); // no digit: the run before it took them all
      int figures = at + Character.charCount(mark);
      if (Character.isLetter(mark) || Cell.Text.isSpace(text.charAt(at))) {
        return false;
      }
      at = asciiDigitsEnd(text, figures);
      if (at == figures) {
        return false;
      }
    }
    return true;
  }

  /** Where the run of digits 0-9 from {@code from} ends. */
  private static int asciiDigitsEnd(String text, int from) {
    int at = from;
    while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
      at++;
    }
    return at;
  }

  private static boolean isLoneGlyph(String text) {
    return text.codePointCount(0, text.length()) == 1 && !Character.isDigit(text.codePointAt(0));
  }

  private static boolean valueBefore(CellKind[] kinds, int i) {
    for (int k = 0; k < i; k++) {
      if (kinds[k] == CellKind.NUMBER || kinds[k] == CellKind.MARKER) {
        return true;
      }
    }
    return false;
  }

  private static boolean valueBefore(List<Token> tokens, int from) {
    for (int t = from; t < tokens.size(); t++) {
      if (tokens.get(t).isValue()) {
        return true;
      }
    }
    return false;
  }

  private static boolean valueAfter(CellKind[] kinds, int i) {
    for (int k = i + 1; k < kinds.length; k++) {
      if (kinds[k] == CellKind.NUMBER || kinds[k] == CellKind.MARKER) {
        return true;
      }
    }
    return false;
  }

  /** A header word or a piece of one wrapped apart ({@code 商业企}, {@code 业}). */
  private static boolean isHeaderPiece(String text, Set<String> header) {
    for (String word : header) {
      if (word.contains(text)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A blot or a mark OCR puts where it could not read a character, or a letter it may have put for a digit
   * ({@link Numerals#LETTER_DIGITS}), standing alone among the cells of a line or among the digits of a count ({@code l2}, {@code 2S}),
   * which no one reads without doubt.
   */
  static boolean isIllegible(String piece) {
    return piece.length() == 1 ? ILLEGIBLE.indexOf(piece.charAt(0)) >= 0 || Numerals.LETTER_DIGITS.indexOf(piece.charAt(0)) >= 0
        : Numerals.isDigitsWithLetters(piece, LETTERS_IN_COUNTS, Numerals.LETTER_DIGITS);
  }

  /** Whether the header's numbered generic names ({@link #NUMBERED_DATA_COLUMN}) all number columns of the template. */
  private static boolean numbersTemplateColumns(List<String> cells, int width) {
    boolean any = false;
    for (String text : cells) {
      Matcher m = text.startsWith("数") ? NUMBERED_DATA_COLUMN.matcher(text) : null;
      if (m != null && m.matches()) {
        int n = Integer.parseInt(m.group(1));
        if (n < 1 || n > width) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  private static boolean isGenericColumn(String text) {
    return !text.isEmpty() && GENERIC_COLUMN_OPENINGS.indexOf(text.charAt(0)) >= 0 && GENERIC_COLUMN.matcher(text).matches();
  }

  /** A piece that opens with label text ({@code 保护第三方合法权益1000001}), not with a count or a mark of none. */
  private static boolean opensLabel(String piece) {
    return !piece.isEmpty() && !Character.isDigit(piece.charAt(0)) && !CellKind.isMarker(piece);
  }

  /**
   * Label text with a slash right after it ({@code （一）予以公开/ / 1}): no label of the templates ends with one, so it is
   * the row's first cell, a mark of none, glued to the label as a crawled page prints it.
   */
  private static boolean endsWithGluedSlash(String piece) {
    int last = piece.length() - 1;
    return last > 0 && piece.charAt(last) == SLASH.charAt(0) && Character.isLetter(piece.charAt(last - 1));
  }

  /**
   * Whether a cell is counts each closed by its counter ({@code 0件1件}); most labels are told by their first character,
   * most values by holding no second figure after a first's end.
   */
  private static boolean gluedByCounters(String text) {
    if (text.isEmpty() || !Character.isDigit(text.charAt(0))) {
      return false;
    }
    int counter = 1;
    while (counter < text.length() && Character.isDigit(text.charAt(counter))) {
      counter++;
    }
    for (int at = counter + 1; at < text.length(); at++) {
      if (text.charAt(at) >= '0' && text.charAt(at) <= '9') {
        return COUNTS_GLUED_BY_COUNTERS.matcher(text).matches();
      }
    }
    return false;
  }

  /**
   * A label cell's text with the marks dropped that part the labels it holds ({@code 三、本年度办理结果|（一）予以公开},
   * {@code （三）不予公开，1、属于国家秘密}, as a converter joins a merged group cell with the row's): a mark right before
   * an ordinal, after a label's last character. The cell then reads as one whose labels a space parted, which folding
   * drops: the group's label, then the row's.
   */
  static String labelsJoined(String text) {
    StringBuilder out = null;
    for (int i = 1; i + 1 < text.length(); i++) {
      if (LABEL_PARTING_MARKS.indexOf(text.charAt(i)) >= 0 && LABEL_PARTING_MARKS.indexOf(text.charAt(i - 1)) < 0
          && !Character.isDigit(text.charAt(i - 1)) && Ordinals.opensAt(text, i + 1)) {
        out = out != null ? out : new StringBuilder(text.substring(0, i));
      } else if (out != null) {
        out.append(text.charAt(i));
      }
    }
    return out == null ? text : out.append(text.charAt(text.length() - 1)).toString();
  }

  /** One character other than a digit ({@code 三}, {@code 、}): a piece of a label, never a count. */
  private static boolean isLabelFragment(String text) {
    return text.length() == 1 && !Character.isDigit(text.charAt(0));
  }

  /**
   * A page's footer or head: its number in a form no cell prints ({@link PageFurniture.Form#AMONG_CELLS}), the issuer's
   * name beside it, or a browser's print line.
   */
  private static boolean isFooter(String raw) {
    String text = Cell.Text.strip(raw); // a footer centred on its line comes with the spaces before it
    return isIssuerFooter(text) || PageFurniture.isBrowserPrintLine(text) || PageFurniture.isPageNumber(text, PageFurniture.Form.AMONG_CELLS);
  }

  /**
   * Whether the text is {@link #ISSUER_FOOTER}; only a text opening or ending with a digit, with a space in it, is
   * matched (a label's ordinal, {@code 1.属于国家秘密}, has none). Normalizing makes no space of a character that is none
   * but for a few marks, each then followed by its combining accent, which no footer holds.
   */
  private static boolean isIssuerFooter(String text) {
    int n = text.length();
    return n > 2 && n <= MAX_ISSUER_FOOTER_LENGTH && (Character.isDigit(text.charAt(0)) || Character.isDigit(text.charAt(n - 1)))
        && Cell.Text.holdsSpace(text) && ISSUER_FOOTER.matcher(Cell.Text.nfkc(text)).matches();
  }

  /**
   * The pieces of {@code text} between runs of {@link #SPACES}, as {@code SPACES.splitAsStream(text)} gives them (a
   * leading run parts an empty piece off, a trailing one none, and empty text is one empty piece), in one scan and
   * without a matcher: every line is cut.
   */
  static List<String> spaceParted(String text) {
    List<String> pieces = new ArrayList<>();
    if (text.isEmpty()) {
      pieces.add(text);
      return pieces;
    }
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Cell.Text.inSpaceChars(text.charAt(i))) {
        if (i == 0 || !Cell.Text.inSpaceChars(text.charAt(i - 1))) {
          pieces.add(text.substring(start, i));
        }
        start = i + 1;
      }
    }
    pieces.add(text.substring(start));
    while (!pieces.isEmpty() && pieces.get(pieces.size() - 1).isEmpty()) {
      pieces.remove(pieces.size() - 1);
    }
    return pieces;
  }

  private static boolean hasDigit(String text) {
    return Numerals.holdsDigit(text);
  }

  /** Whether the piece is 零 alone: a count of zero as a cell prints it, which no label nor sentence piece is. */
  private static boolean isZeroWord(String piece) {
    return piece.equals(Numerals.ZERO_WORD);
  }

  /**
   * A line's pieces, where spaces between label text are dropped: a label printed with spaces in it
   * ({@code 5. 属于三类}, {@code （七）总 计}, {@code 0110103（七）总 计16404419}, {@code 本 年 新 收}) is one label, as a
   * reader sees it.
   */
  private static void addPieces(List<String> printed, boolean numberedRow, List<Token> tokens) {
    List<String> pieces = changesWhole(printed);
    pieces.replaceAll(Numerals::withGluedLetterZeros);
    boolean namesColumns = namesItsColumns(String.join(" ", pieces));
    boolean keyedCells = keysItsCells(pieces);
    List<Token> line = new ArrayList<>();
    boolean counts = false;
    for (String piece : pieces) {
      counts |= CellKind.isPlainDigits(piece) || isZeroWord(piece) || CellKind.isMarker(piece) && !piece.equals(ENUMERATION_COMMA);
    }
    // a label and then only a mark of illegible cells: a row whose cells could not be read (a reader's WrappedCellLines)
    counts |= pieces.size() > 1 && isIllegible(pieces.get(pieces.size() - 1));
    for (int p = 0; p < pieces.size(); p++) {
      List<Token> cut = new ArrayList<>(2);
      String piece = pieces.get(p);
      int split = namesColumns && p > 0 && endsWithNamedCount(pieces.get(p - 1)) ? countAt(piece, 0) : 0;
      if (split > 0 && !line.isEmpty() && line.get(line.size() - 1).isValue()) {
        // 社会公益组织8 1件: what stands between a column's name and the next is that column's cell, read as a grid
        // cell is, its spaces dropped (81); never a count of its own after the cell, nor a sentence's 1件
        String cell = line.remove(line.size() - 1).text() + " " + piece.substring(0, split);
        line.add(new Token(cell, new Cell(cell), true));
        piece = piece.substring(split);
      }
      if (piece.isEmpty()) {
        continue;
      } else if (p + 1 < pieces.size() && ordinalApart(piece, pieces.get(p + 1), p + 2 < pieces.size() ? pieces.get(p + 2) : "",
          (namesColumns || numberedRow) && p == 0)) {
        // the next label's ordinal, joined to it below; one without a mark keeps its space to read as one (5 要求)
        cut.add(new Token(markApart(pieces.get(p + 1), p + 2 < pieces.size() ? pieces.get(p + 2) : "") ? piece : piece + " ", null, true));
      } else if (counts && isZeroWord(piece)) {
        cut.add(new Token(piece, new Cell(piece), true)); // 零 among counts, or on a line of its own (a cell a line)
      } else if (counts && Numerals.isLetterZero(piece)) {
        cut.add(new Token(piece, new Cell(Numerals.withLetterZerosRead(piece)), true));
      } else if ((counts || piece.length() > 1) && isIllegible(piece) || counts && isFiguresPartedByMarks(piece)) {
        cut.add(new Token(piece, new Cell(piece), true)); // its place kept, its count unknown
      } else {
        addPiece(piece, p + 1 < pieces.size() && opensLabel(pieces.get(p + 1)), namesColumns, keyedCells, cut);
      }
      for (Token t : cut) {
        Token last = line.isEmpty() ? null : line.get(line.size() - 1);
        if (!t.isValue() && last != null && !last.isValue()) {
          line.set(line.size() - 1, new Token(last.text() + t.text(), null, true));
        } else {
          line.add(t);
        }
      }
    }
    tokens.addAll(line);
  }

  /**
   * The pieces with a change printed apart from its word and counter joined ({@code 新增 8 条} is {@code 新增8条}: a PDF's
   * text puts a space where the font changes between CJK and digits), and a count apart from its counter ({@code 0 件}
   * is {@code 0件}: a bare counter is no cell of its own), so that each stays one cell.
   */
  private static List<String> changesWhole(List<String> pieces) {
    List<String> out = null;
    for (int p = 0; p + 1 < pieces.size(); p++) {
      boolean change = Numerals.CHANGE_WORDS.contains(pieces.get(p)) && CellKind.isPlainDigits(pieces.get(p + 1));
      if (change || CellKind.isPlainDigits(pieces.get(p)) && Numerals.COUNTERS.contains(pieces.get(p + 1))) {
        out = out != null ? out : new ArrayList<>(pieces);
        int at = out.size() - (pieces.size() - p);
        int join = change && p + 2 < pieces.size() && Numerals.COUNTERS.contains(pieces.get(p + 2)) ? 3 : 2;
        out.set(at, String.join("", pieces.subList(p, p + join)));
        out.subList(at + 1, at + join).clear();
        p += join - 1;
      }
    }
    return out != null ? out : pieces;
  }

  /**
   * Where a row's cells glued to its label start when they are single characters with blank ones marked
   * ({@code 申请-000000}, {@code 信息00-0000}, {@code 处理00000-0}): a run of digits and marks, a mark and a digit among
   * them, right after the label's last letter and ending the piece; else the piece's length. A mark is a cell, not a
   * dash between words nor a sign: read apart, the run's pieces would be taken for fewer cells than printed.
   */
  static int markedGluedCells(String piece) {
    int start = piece.length();
    while (start > 0 && (piece.charAt(start - 1) >= '0' && piece.charAt(start - 1) <= '9'
        || CellKind.BLANK_MARK_CHARS.indexOf(piece.charAt(start - 1)) >= 0)) {
      start--;
    }
    return start > 0 && piece.length() - start >= MIN_GLUED_CELLS && isMarkedCells(piece.substring(start))
        && (Character.isIdeographic(piece.charAt(start - 1)) || LABEL_CLOSES.indexOf(piece.charAt(start - 1)) >= 0)
        ? start : piece.length();
  }

  /**
   * Where a row's counts listed after its label's colon start when the list leaves slots empty or marked
   * ({@code 申请数量:10、30、、、、、40}, {@code 申请数量:28,4,0,—,—,2,34}: blank cells, one a slot); else the piece's
   * length. Read apart, the empty slots would hold no place and the counts after them would shift.
   */
  static int listWithEmptySlots(String piece) {
    int colon = piece.lastIndexOf(':');
    return colon > 0 && colon + 1 < piece.length() && isListWithEmptySlots(piece.substring(colon + 1)) ? colon + 1 : piece.length();
  }

  /**
   * Whether a run is counts listed with one of {@link #LIST_SEPARATORS}, a slot empty (with 、 only: a comma or
   * semicolon with nothing after it is a sentence's, {@code 自然人:7;}) or holding a mark of no value and a count among
   * them ({@code 3、、0}, {@code 5、无、无、5}, {@code 5,—,—,5}): the marks are the blank cells' slots, as the empty
   * ones are.
   */
  static boolean isListWithEmptySlots(String run) {
    int separator = listSeparator(run);
    if (separator < 0) {
      return false;
    }
    boolean empty = false;
    boolean count = false;
    for (String slot : listSlots(run)) {
      if (slot.isEmpty() && LIST_SEPARATORS.charAt(separator) != ENUMERATION_COMMA.charAt(0)) {
        return false;
      } else if (slot.isEmpty() || CellKind.isMarker(slot)) {
        empty = true;
      } else if (CellKind.isPlainDigits(slot)) {
        count = true;
      } else {
        return false;
      }
    }
    return empty && count;
  }

  /**
   * The one list separator a run parts its slots by, or -1 where it holds none or more than one kind (a thousands
   * comma among slots listed with 、).
   */
  private static int listSeparator(String run) {
    int found = -1;
    for (int k = 0; k < run.length(); k++) {
      int kind = LIST_SEPARATORS.indexOf(run.charAt(k));
      if (kind >= 0 && found >= 0 && kind != found) {
        return -1;
      }
      found = kind >= 0 ? kind : found;
    }
    return found;
  }

  /** The slots of a run of counts listed with one separator ({@link #isListWithEmptySlots}), the empty ones kept. */
  static List<String> listSlots(String run) {
    int separator = listSeparator(run);
    return separator < 0 ? List.of(run) : Arrays.asList(run.split(String.valueOf(LIST_SEPARATORS.charAt(separator)), -1));
  }

  /** Whether a run is digits and marks of blank cells only, a digit and a mark among them ({@code 00-0000}). */
  static boolean isMarkedCells(String run) {
    boolean mark = false;
    boolean digit = false;
    for (int k = 0; k < run.length(); k++) {
      char c = run.charAt(k);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (CellKind.BLANK_MARK_CHARS.indexOf(c) >= 0) {
        mark = true;
      } else {
        return false;
      }
    }
    return mark && digit;
  }

  /**
   * A piece of text between spaces: an amount with its unit ({@code 345.6万元}, {@code 300.6万}), a change with its word
   * ({@code 新增8条}: 本年增/减's cell, as a grid reads it) or a mark that a cell counts none
   * ({@code /}, {@code -}, {@code 无}) is one cell, anything else is cut.
   *
   * @param labelFollows whether label text comes right after the piece, which a period ending it may number
   */
  private static void addPiece(String piece, boolean labelFollows, boolean namesColumns, boolean keyedCells, List<Token> tokens) {
    if (CellKind.isMarker(piece) && !piece.equals(ENUMERATION_COMMA)) {
      tokens.add(new Token(piece, new Cell(piece), true));
    } else if (endsWithGluedSlash(piece)) {
      addLabel(piece.substring(0, piece.length() - 1), tokens);
      addPiece(SLASH, false, namesColumns, keyedCells, tokens);
    } else if (!hasDigit(piece)) {
      addLabel(piece, tokens); // most pieces: no amount and no run of digits, so no regex
    } else if (isWholeCell(piece)) {
      tokens.add(Token.piece(piece));
    } else {
      int cells = Math.min(markedGluedCells(piece), listWithEmptySlots(piece));
      if (cells < piece.length()) {
        // one value token: only the row's width, known to the decoder, tells whether each character is a cell
        addText(piece.substring(0, cells), true, true, namesColumns, keyedCells, tokens);
        tokens.add(new Token(piece.substring(cells), new Cell(piece.substring(cells)), true));
      } else {
        addText(piece, labelFollows, true, namesColumns, keyedCells, tokens);
      }
    }
  }

  /**
   * Whether a piece holding a digit is one cell as printed: an amount with its unit or a count with thousands
   * separators or its counter ({@link #AMOUNT}, {@link #COUNT_CELL}), or a number opening with no digit ({@code 约5件}).
   * Both regexes open with an ASCII digit and need more than digits after it: a piece of digits alone (most of them),
   * or one opening otherwise, is settled without a matcher.
   */
  static boolean isWholeCell(String piece) {
    char first = piece.charAt(0);
    if (first >= '0' && first <= '9') {
      return !CellKind.isPlainDigits(piece) && (AMOUNT.matcher(piece).matches() || COUNT_CELL.matcher(piece).matches());
    }
    return !Character.isDigit(first) && CellKind.of(piece) == CellKind.NUMBER;
  }

  /**
   * Text cut into label pieces and runs of digits (a decimal, and a sign right after a digit or opening the text,
   * belong to the run: {@code 5-37} is 5 and -37); a run followed by a counter or date word stays text. A run from a
   * grid cell's text ({@code lineOfText} false) is one value of that cell, set against its label where no ruling parts
   * them ({@code 业性收16费}), never a line's cells glued together to be split. In a row written as a sentence that
   * names its cells' columns ({@code namesColumns}), a column's name before a number is that cell's, not label text.
   */
  private static void addText(String text, boolean labelFollows, boolean lineOfText, boolean namesColumns, boolean keyedCells,
      List<Token> tokens) {
    if (!Numerals.holdsDigits(text, 1)) {
      addTextLabel(text, namesColumns, tokens); // no run of digits: all label, told without a matcher
      return;
    }
    Matcher m = NUMBER_RUN.matcher(text);
    int from = 0;
    while (m.find()) {
      int start = m.start();
      if (!Character.isDigit(text.charAt(start)) && start > 0 && !Character.isDigit(text.charAt(start - 1))
          && CELL_SEPARATORS.indexOf(text.charAt(start - 1)) < 0) {
        start++; // a dash between words is no sign
      }
      int end = m.end();
      char next = end < text.length() ? text.charAt(end) : ' ';
      int runEnd = end;
      boolean markEndsText = ORDINAL_MARKS.indexOf(next) >= 0 && end + 1 == text.length();
      // No column's name is numbered: a count before a named count in a sentence row (7、法律服务机构45) is no ordinal, nor
      // one after a column's name (其他2、总计2) but where a label's words follow its mark: a row's ordinal after a piece
      // of a group label wrapped beside it (其他 / 2.申请人逾期…, of （六）其他处理).
      boolean afterColumnName = columnNameBefore(text, start) != null && (markEndsText || columnNameAt(text, end + 1));
      boolean ordinal = !afterColumnName && !(namesColumns && namedCountAt(text, end + 1))
          && (markEndsText
              ? end - start == 1 || labelFollows
              : ORDINAL_MARKS.indexOf(next) >= 0 && !Character.isDigit(text.charAt(end + 1)));
      if (ordinal) {
        // The last digit is the ordinal of the label after it (00000001.属于, 10000002. 没有), or a lone ordinal (1.).
        // A number of several digits ending with a period that no label follows (33. then a value, or the line's
        // end) labels nothing: it is read whole, since taking its last digit as an ordinal would turn 33 into 3.
        runEnd = end - 1;
      }
      String column = namesColumns ? statedColumnBefore(text, start) : keyedCells ? keyOpeningCell(text, from, start) : null;
      // A counter after a column's count counts that cell (自然人5件；商业企业1件), as after its key (自然人：5件, a copy's
      // cell a line): it makes no sentence of it.
      String counter = column != null || keyedAt(text, start) ? counterAt(text, end) : null;
      if (runEnd <= start || !Character.isDigit(text.charAt(runEnd - 1)) || counter == null && NOT_A_CELL.indexOf(next) >= 0
          || lineOfText && start == 0 && column == null && Ordinals.MISREAD_PERIODS.indexOf(next) >= 0 && MARKED_LOOSE_ORDINAL.matcher(text).lookingAt()
          || precededByDecimalPoint(text, start) || bracketed(text, start, end) || cutByEllipsis(text, end)) {
        continue;
      }
      String before = text.substring(from, start);
      if (column != null && (applicationColumn(column) >= 0 || REVIEW.outcomeNamed(column) < 0)) {
        // the cell's column name, not part of a row's label: （七）总计：自然人50 is the row （七）总计, ；总计20 no row;
        // an outcome's name stays, naming the count after it (结果维持0件)
        before = before.substring(0, before.length() - column.length() - (keyedAt(text, start) ? 1 : 0));
      }
      addTextLabel(before, namesColumns, tokens);
      String run = text.substring(start, runEnd);
      boolean apart = lineOfText && (column != null || (start == 0 || CELL_SEPARATORS.indexOf(text.charAt(start - 1)) >= 0)
          && (runEnd == text.length() || markEndsText && runEnd == end || CELL_SEPARATORS.indexOf(text.charAt(runEnd)) >= 0));
      int named = column != null ? applicationColumn(column) : -1;
      tokens.add(new Token(run, new Cell(run), lineOfText, apart, false, named >= 0 ? List.of(named) : null));
      from = markEndsText && runEnd == end ? end + 1 : counter != null ? end + counter.length() : runEnd;
    }
    addTextLabel(text.substring(from), namesColumns, tokens);
  }

  private static void addTextLabel(String text, boolean namesColumns, List<Token> tokens) {
    if (namesColumns) {
      addLabelWithNamedMarks(text, tokens);
    } else {
      addLabel(text, tokens);
    }
  }

  /** Whether an {@link #ELLIPSIS} follows the number ending at {@code end}. */
  private static boolean cutByEllipsis(String text, int end) {
    return end < text.length() && (ELLIPSIS_CHARS.indexOf(text.charAt(end)) >= 0 || text.startsWith(ELLIPSIS, end));
  }

  /**
   * The section 三 column a name of {@link #COLUMN_NAMES} names (合计, 共计, 累计 for 总计), also said with an
   * {@link NationalTemplate.Column#ORGANIZATION_WORDS organization word} ({@code 其他组织}), or -1 (an outcome's).
   */
  private static int applicationColumn(String name) {
    for (int c = 0; c < APPLICATION_COLUMNS.size(); c++) {
      NationalTemplate.Column column = APPLICATION_COLUMNS.get(c);
      for (int i = 0; i < column.nameCount(); i++) { // without a list of the names for each ask
        String n = column.name(i);
        if (name.startsWith(n) && (name.length() == n.length()
            || NationalTemplate.Column.ORGANIZATION_WORDS.contains(name.substring(n.length())))) {
          return c;
        }
      }
    }
    return -1;
  }

  /**
   * In a row naming its cells' columns, the column's name printed right before {@code at} ({@link #columnNameBefore}),
   * or one said with an organization word ({@code 其他组织5件}) where the cell opens (the line's start or after a
   * break): 法人或其他组织 is the five organisations' columns together, no one column.
   */
  private static String statedColumnBefore(String text, int at) {
    String name = columnNameBefore(text, at);
    if (name != null) {
      return name;
    }
    for (String word : NationalTemplate.Column.ORGANIZATION_WORDS) {
      String said = text.startsWith(word, at - word.length()) ? columnNameBefore(text, at - word.length()) : null;
      int opens = said == null ? -1 : at - word.length() - said.length();
      if (said != null && applicationColumn(said) >= 0 && (opens == 0 || STATED_CELL_BREAKS.indexOf(text.charAt(opens - 1)) >= 0)) {
        return text.substring(opens, at);
      }
    }
    return null;
  }

  /** The column's name ({@link #COLUMN_NAMES}) printed right before {@code at}, or null. */
  private static String columnNameBefore(String text, int at) {
    for (String name : COLUMN_NAMES) {
      if (text.startsWith(name, at - name.length())) {
        return name;
      }
    }
    return null;
  }

  /**
   * Whether a number of one or two digits is the ordinal of the label printed after a space: one closed by a bracket
   * or a period ({@code 2 )其他法律…}, {@code 2 .没有…}, and the mark apart too in a letter-spaced label,
   * {@code 2 . 没 有 现 成}), or, opening a row that names its columns, one without a mark ({@code 5 要求行政机关…：
   * 自然人5件…}, whose counts all follow their columns' names).
   *
   * @param after the piece after {@code next}: the label, when {@code next} is the mark alone
   */
  private static boolean ordinalApart(String piece, String next, String after, boolean opensNamedRow) {
    if (piece.length() > 2 || !CellKind.isPlainDigits(piece) || next.isEmpty()) {
      return false;
    }
    boolean marked = markApart(next, after);
    String label = marked && next.length() == 1 ? next + after : next;
    int at = marked ? 1 : opensNamedRow ? 0 : -1;
    return at >= 0 && at < label.length() && Character.UnicodeScript.of(label.charAt(at)) == Character.UnicodeScript.HAN
        && !namedCountAt(label, at);
  }

  /**
   * Whether {@code next}, after a number apart, opens with an ordinal's mark: one of {@link #MARKS_APART}, or 、 before
   * label text, the mark of a label printed apart from its number or letter-spaced glyph by glyph ({@code 7 、属于},
   * {@code 7 、 属 于}); a list of counts ({@code 自然人 5 、 商业企业 3}) names a column after its 、, its count next
   * (其他法律… is a label, 其他 3 a column).
   */
  private static boolean markApart(String next, String after) {
    if (MARKS_APART.indexOf(next.charAt(0)) >= 0) {
      return true;
    }
    String label = next.length() == 1 ? after : next.substring(1);
    return next.startsWith(ENUMERATION_COMMA) && !label.isEmpty()
        && Character.UnicodeScript.of(label.charAt(0)) == Character.UnicodeScript.HAN
        && COLUMN_NAMES.stream().noneMatch(name -> label.startsWith(name) && (label.length() == name.length()
            || Character.UnicodeScript.of(label.charAt(name.length())) != Character.UnicodeScript.HAN));
  }

  /** Whether the piece ends with a column's name and its count ({@code …，社会公益组织8}). */
  private static boolean endsWithNamedCount(String piece) {
    int digits = piece.length();
    while (digits > 0 && Character.isDigit(piece.charAt(digits - 1))) {
      digits--;
    }
    return digits < piece.length() && columnNameBefore(piece, digits) != null;
  }

  /** The length of the count at {@code at}, its counter with it ({@code 1件}), or 0 where no digit is. */
  private static int countAt(String text, int at) {
    int end = at;
    while (end < text.length() && Character.isDigit(text.charAt(end))) {
      end++;
    }
    String counter = end > at ? counterAt(text, end) : null;
    return end - at + (counter != null ? counter.length() : 0);
  }

  /**
   * The applicant column's name keying the count at {@code at} where the key opens its cell, in a line keying several
   * ({@code 自然人：7；… 其他：3 总计：11}, a mobile page's card of a row): the key names the cell's column, never a row
   * (3.其他, （七）总计); null when no such key opens the cell.
   */
  private static String keyOpeningCell(String text, int from, int at) {
    if (!keyedAt(text, at)) {
      return null; // most counts: no colon before them
    }
    String name = columnNameBefore(text, at - 1);
    int opens = at - 1 - name.length();
    boolean opensCell = opens == from || opens > from && (Character.isWhitespace(text.charAt(opens - 1))
        || STATED_CELL_BREAKS.indexOf(text.charAt(opens - 1)) >= 0 || CELL_SEPARATORS.indexOf(text.charAt(opens - 1)) >= 0);
    return opensCell && applicationColumn(name) >= 0 ? name : null;
  }

  /**
   * Whether a line keys two or more counts by their columns' names ({@code 自然人:12 … 总计:22}, a mobile page's card
   * of a row; folded text): a key there names its cell's column. A line keying one count ({@code 总计:7}, a cell a line)
   * may be a row's label and its count.
   */
  private static boolean keysItsCells(List<String> pieces) {
    int keyed = 0;
    for (String piece : pieces) {
      for (int i = piece.indexOf(':', 1); i > 0 && i + 1 < piece.length(); i = piece.indexOf(':', i + 1)) {
        keyed += Character.isDigit(piece.charAt(i + 1)) && columnNameBefore(piece, i) != null ? 1 : 0;
      }
    }
    return keyed >= 2;
  }

  /** Whether the count at {@code at} follows its column's name and a colon, a key-value copy's cell ({@code 自然人：5件}). */
  private static boolean keyedAt(String text, int at) {
    return at > 1 && (text.charAt(at - 1) == ':' || text.charAt(at - 1) == '：') && columnNameBefore(text, at - 1) != null;
  }

  /** The counter printed at {@code at} ({@link Numerals#COUNTERS}, the longest that fits: 人次 before 人), or null. */
  private static String counterAt(String text, int at) {
    String found = null;
    for (String c : Numerals.COUNTERS) {
      if (text.startsWith(c, at) && (found == null || c.length() > found.length())) {
        found = c;
      }
    }
    return found;
  }

  /** Whether a column's name is printed at {@code at}. */
  private static boolean columnNameAt(String text, int at) {
    return columnNameAt(text, at, false);
  }

  /** Whether a column's name and its count are printed at {@code at} ({@code 法律服务机构45}, not {@code 其他法律}). */
  private static boolean namedCountAt(String text, int at) {
    return columnNameAt(text, at, true);
  }

  private static boolean columnNameAt(String text, int at, boolean countAfter) {
    if (at < 0 || at >= text.length() || COLUMN_NAME_OPENINGS.indexOf(text.charAt(at)) < 0) {
      return false;
    }
    for (String name : COLUMN_NAMES) {
      int after = at + name.length();
      if (text.startsWith(name, at) && (!countAfter || after < text.length() && Character.isDigit(text.charAt(after)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text is a row written as a sentence that names its cells' columns ({@code 自然人3；商业企业0；…；其他8；
   * 总计20}): at least three column names each right before a number or a mark of none ({@link #markedNoneAt}). There {@code 其他} and {@code 总计} name
   * columns, not the rows 其他 and （七）总计; a line of rows glued together names no column before its numbers.
   */
  private static boolean namesItsColumns(String text) {
    int named = 0;
    for (int at = 0; at < text.length() && named < 3; at++) {
      // most characters open no column's name: one test says so for both readings
      named += COLUMN_NAME_OPENINGS.indexOf(text.charAt(at)) >= 0 && (namedCountAt(text, at) || markedNoneAt(text, at)) ? 1 : 0;
    }
    return named == 3;
  }

  /**
   * Whether a column's name is printed at {@code at} with a mark of none for its cell, ending the clause
   * ({@code 商业企业—，}, {@code 商业企业无，}, or keyed {@code 商业企业：无，}): a sentence naming its cells prints a blank one so.
   */
  private static boolean markedNoneAt(String text, int at) {
    return markedNoneName(text, at) != null;
  }

  /** The column's name printed at {@code at} with a mark of none ending its clause ({@link #markedNoneAt}), or null. */
  private static String markedNoneName(String text, int at) {
    if (COLUMN_NAME_OPENINGS.indexOf(text.charAt(at)) < 0) {
      return null;
    }
    for (String name : COLUMN_NAMES) {
      if (text.startsWith(name, at) && markedNoneEnd(text, at + name.length()) > 0) {
        return name;
      }
    }
    return null;
  }

  /**
   * Where the mark of none printed at {@code at}, after a column's name, ends with its clause: marks ({@code —}) or
   * {@link CellKind#NONE} ({@code 无}), keyed or not ({@code ：/}, {@code ：无}); -1 where no such mark is, or where
   * the clause goes on (其他无正当理由… is a row's label).
   */
  private static int markedNoneEnd(String text, int at) {
    boolean keyed = at < text.length() && isColon(text.charAt(at));
    int opens = keyed ? at + 1 : at;
    int end = opens;
    if (end < text.length() && text.charAt(end) == CellKind.NONE) {
      end++;
    } else {
      while (end < text.length() && CellKind.BLANK_MARK_CHARS.indexOf(text.charAt(end)) >= 0) {
        end++;
      }
    }
    return end > opens && (end == text.length() || STATED_CELL_BREAKS.indexOf(text.charAt(end)) >= 0 || text.charAt(end) == '。') ? end : -1;
  }

  private static boolean isColon(char c) {
    return c == ':' || c == '：';
  }

  /**
   * Text between the counts of a row naming its cells' columns, each applicant column's clause printing a mark of none
   * ({@code ，商业企业—，}) read as that column's blank cell: the clause is the cell, so a count after it is never
   * taken for the blank ones nor placed in another row.
   */
  private static void addLabelWithNamedMarks(String text, List<Token> tokens) {
    int from = 0;
    for (int at = 0; at < text.length(); at++) {
      String name = (at == 0 || STATED_CELL_BREAKS.indexOf(text.charAt(at - 1)) >= 0) ? markedNoneName(text, at) : null;
      int column = name != null ? applicationColumn(name) : -1;
      if (column < 0) {
        continue;
      }
      int end = markedNoneEnd(text, at + name.length());
      addLabel(text.substring(from, at), tokens);
      String mark = text.substring(at + name.length() + (isColon(text.charAt(at + name.length())) ? 1 : 0), end);
      tokens.add(new Token(mark, new Cell(mark), true, true, false, List.of(column)));
      from = end;
      at = end - 1;
    }
    addLabel(text.substring(from), tokens);
  }


  /**
   * A number in brackets is part of a label, never a cell: an ordinal ({@code (1)属于国家秘密}), a note in a header
   * ({@code 本年增/减(减用负值表示,如-8)}, {@code 上一年项目数量(指2019年事项数)}) or a footnote's mark after a label
   * ({@code 1.属于国家秘密[1]}), closed after it in the same text.
   */
  private static boolean bracketed(String text, int start, int end) {
    int depth = 0;
    for (int i = 0; i < start; i++) {
      char c = text.charAt(i);
      depth += OPENING_BRACKETS.indexOf(c) >= 0 ? 1 : CLOSING_BRACKETS.indexOf(c) >= 0 && depth > 0 ? -1 : 0;
    }
    if (depth == 0) {
      return false;
    }
    for (int i = end; i < text.length(); i++) {
      if (CLOSING_BRACKETS.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean precededByDecimalPoint(String text, int at) {
    return at >= 2 && text.charAt(at - 1) == '.' && Character.isDigit(text.charAt(at - 2));
  }

  private static void addLabel(String text, List<Token> tokens) {
    String label = withoutLeader(text);
    if (!label.isEmpty() && !onlySeparators(label)) {
      tokens.add(new Token(label, null, true));
    }
  }

  /**
   * A label without the dot leader that leads the eye from it to the row's counts ({@code 3.其他………… 0 0},
   * {@code （七）总计·········· 5}): marks of the layout, no words of the label, whose whole wording then names its row.
   */
  private static String withoutLeader(String text) {
    int end = text.length();
    while (end > 0 && LEADER_DOTS.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return text.length() - end >= MIN_LEADER ? text.substring(0, end) : text;
  }

  /** Text of cell separators alone ({@code ,}, {@code |}): between two values it parts them, it names no row. */
  private static boolean onlySeparators(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (CELL_SEPARATORS.indexOf(text.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }
}
