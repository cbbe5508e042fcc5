package org.govdisclosure.extract.prose;

import static org.govdisclosure.extract.value.Numerals.CASE_COUNTER;
import static org.govdisclosure.extract.value.Numerals.COUNT;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.spi.OutputColumns;
import org.govdisclosure.extract.spi.Template;
import org.govdisclosure.extract.template.NationalTemplate;
import org.govdisclosure.extract.template.Ordinals;
import org.govdisclosure.extract.template.TemplateRow;
import org.govdisclosure.extract.value.CellKind;
import org.govdisclosure.extract.value.Numerals;

/**
 * A section 三 table row written as a sentence: the row's label, a colon, then each column's name and count
 * ({@code 一、本年新收政府信息公开申请数量：自然人5件，商业企业1件，…，总计6件}). It states every cell it names, and
 * nothing else; a sentence with any other part is not such a row. A count with no column's name is the row's
 * ({@code （二）部分公开：3件}), its 总计; stated as none ({@code 1.属于国家秘密：0件}), it is none from any applicant:
 * every cell of the row is 0, as a proceeding of section 四 stated as none is ({@link ReviewLitigationRules}). A cell
 * printing a "not applicable" mark ({@code 商业企业—}, {@code —}) states no count: its column stays blank.
 */
final class TableRowSentence {

  private static final NationalTemplate.Matrix MATRIX_2019 = NationalTemplate.of(Template.T2019).applications();
  private static final NationalTemplate.Matrix MATRIX_2021 = NationalTemplate.of(Template.T2021).applications();
  /** The columns' printed names and their variants (合计, 共计, 累计 for 总计). */
  private static final List<String> COLUMN_NAMES = MATRIX_2019.columns().stream().flatMap(c -> c.names().stream()).toList();
  /** The row's count, no column named. */
  private static final Pattern ROW_COUNT = Pattern.compile("^" + COUNT + CASE_COUNTER + "$");
  /**
   * A cell's count after its column's name, the counter optional ({@code 自然人5}, {@code 自然人5件}): the name says what
   * it counts. Every form of a cell below reads its count so.
   */
  private static final String CELL_COUNT = COUNT + "(?:" + CASE_COUNTER + ")?";
  /** A column's name opening its cell, as a group. */
  private static final String NAMED = "(" + Numerals.alternation(COLUMN_NAMES) + ")";
  /** What may come between a column's name and its count in a sentence ({@code 自然人申请为5件}). */
  private static final String NAME_TO_COUNT = "(?:申请)?(?:为|有)?";
  /** A column's name and its count. */
  private static final Pattern CELL = Pattern.compile("^" + NAMED + NAME_TO_COUNT + CELL_COUNT + "$");
  /** A column's name opening a cell, as {@link #CELL} reads it, whatever follows. */
  private static final Pattern CELL_NAME = Pattern.compile("^" + NAMED + NAME_TO_COUNT);
  /**
   * A line that is a column's name and its cell alone ({@code 自然人:5件}, {@code 社会公益组织:} blank): a table copied as
   * key-value lines, a cell a line.
   */
  private static final Pattern KEYED_CELL =
      Pattern.compile("^" + NAMED + ":(?:" + CELL_COUNT + "|[" + CellKind.ROW_MARKER_CLASS + "])?$");
  /** Longer than this, a line holds more than a column's name and its cell: most need no matcher. */
  private static final int KEYED_CELL_LONGEST = 16;
  /** The innermost label of a row printed with its group's: （三）不予公开 1.属于国家秘密. */
  private static final Pattern INNER_ORDINAL = Pattern.compile("(?:\\([" + Ordinals.NUMERALS + "]{1,2}\\)|\\d{1,2}[、.])(?=[^\\d])");
  /** What parts the cells; a comma before a digit is a thousands separator ({@code 自然人14,528件}), since a cell opens with its column's name. */
  private static final Pattern CELL_BREAK = Pattern.compile("[,、;](?!\\d)");
  private static final Pattern END = Pattern.compile("[。!?;]+$");
  /** A cell opening a text: a column's name and its count ({@code 商业企业1件}). */
  private static final Pattern OPENING_CELL = Pattern.compile(NAMED + NAME_TO_COUNT + CELL_COUNT + "(?:[,、;。]|$)");

  /** A row's label and its count, as a clause of a column written as a sentence prints them ({@code （七）总计12件}). */
  private static final Pattern LABELLED_COUNT = Pattern.compile("^(.+?)" + COUNT + CASE_COUNTER + "$");
  /** The total column's name, maybe with a note, opening its column written as a sentence ({@code 总计(全部申请人):}). */
  private static final Pattern TOTAL_COLUMN_OPENING = Pattern.compile("^(?:" + Numerals.alternation(
      MATRIX_2019.columns().get(MATRIX_2019.columns().size() - 1).names()) + ")(?:\\([^()]*\\))?:");
  /** Fewer clauses than this are no column of the table: a sentence naming a few rows' counts states each on its own. */
  private static final int MIN_COLUMN_ROWS = 3;

  /** A label as {@link #rowOf} reads it: in a template, or in either (null). */
  private record Label(String text, Template template) {}

  /**
   * The rows labels name, as read so far ({@link #rowOf}): a key-value report prints the same few labels on every line,
   * and each report of a kind the same, where each new one costs a scan of every row's wordings within one edit.
   */
  private static final Map<Label, Optional<TemplateRow>> ROWS_READ = new ConcurrentHashMap<>();
  /** Past this many labels (some hundred kilobytes), those read are forgotten and read again as they come. */
  private static final int MAX_LABELS_KEPT = 4096;

  private TableRowSentence() {}

  /** Whether folded text opens with a column's cell: the rest of a row whose cells a semicolon parts. */
  static boolean opensWithCell(String folded) {
    return OPENING_CELL.matcher(folded).lookingAt();
  }

  /** The column's name a folded line keys its cell with ({@link #KEYED_CELL}), or null. */
  static String keyedCell(String folded) {
    if (folded.length() > KEYED_CELL_LONGEST || folded.indexOf(':') < 0) {
      return null;
    }
    Matcher m = KEYED_CELL.matcher(folded);
    return m.matches() ? m.group(1) : null;
  }

  /** Whether a column's name is also a row's label of either template (其他, 总计). */
  static boolean namesRow(String columnName) {
    return rowOf(columnName, null) != null;
  }

  /** Whether a folded sentence is a whole row of either template written as a sentence. */
  static boolean isRow(String folded) {
    return !applications(folded, null).isEmpty();
  }

  /**
   * The cells a folded sentence states as one row of section 三 of {@code template} (either template's when null),
   * or nothing when it is not such a row.
   */
  static List<Figure> applications(String sentence, Template template) {
    int colon = sentence.indexOf(':');
    if (colon <= 0) {
      return List.of();
    }
    TemplateRow row = rowOf(innermost(sentence.substring(0, colon)), template);
    String[] cells = CELL_BREAK.split(END.matcher(sentence.substring(colon + 1)).replaceFirst(""));
    if (row == null) { // one cell stated is a row too: （二）部分公开：自然人3件。
      return List.of();
    }
    Matcher whole = cells.length == 1 ? ROW_COUNT.matcher(cells[0]) : null;
    if (whole != null && whole.matches()) {
      Integer count = Numerals.count(whole.group(1));
      return count == null ? List.of()
          : count == 0 ? OutputColumns.APPLICATION_COLUMNS.stream().map(c -> new Figure(row.key(), c, 0)).toList()
          : List.of(new Figure(row.key(), OutputColumns.TOTAL, count));
    }
    List<Figure> figures = new ArrayList<>();
    for (String cell : cells) {
      if (notApplicable(cell)) {
        continue; // 商业企业—: no count, the column's cell blank; each other cell names its own column, so none shifts
      }
      Matcher m = CELL.matcher(cell);
      Integer count = m.matches() ? Numerals.count(m.group(2)) : null;
      if (count == null) {
        return List.of();
      }
      figures.add(new Figure(row.key(), columnOf(m.group(1)), count));
    }
    return figures;
  }

  /** {@link #column} of the total column, where the sentence opens with its name ({@link #TOTAL_COLUMN_OPENING}). */
  static List<Figure> totalColumn(String folded, Template template) {
    Matcher m = folded.indexOf(':') > 0 ? TOTAL_COLUMN_OPENING.matcher(folded) : null;
    return m != null && m.lookingAt() ? column(folded.substring(m.end()), template) : List.of();
  }

  /**
   * A section 三 column written as a sentence after its applicant's name ({@code 自然人：一、本年新收…数量12件，…，（七）总计12件，
   * 四、结转下年度继续办理0件}): each clause a row's label, as the table prints it, and its count, in the total column here
   * for the caller to give the applicant's; nothing when a clause is anything else, names a row named before, or the
   * clauses are too few to be a column. The rows' labels are the table's, so 总计 there is the row （七）总计.
   */
  static List<Figure> column(String folded, Template template) {
    String[] clauses = Clauses.split(END.matcher(folded).replaceFirst(""));
    if (clauses.length < MIN_COLUMN_ROWS) {
      return List.of();
    }
    List<Figure> figures = new ArrayList<>();
    Set<String> rows = new HashSet<>();
    for (String clause : clauses) {
      Matcher m = LABELLED_COUNT.matcher(clause);
      TemplateRow row = m.matches() ? rowOf(innermost(m.group(1)), template) : null;
      Integer count = row == null ? null : Numerals.count(m.group(2));
      if (count == null || !rows.add(row.key())) {
        return List.of();
      }
      figures.add(new Figure(row.key(), OutputColumns.TOTAL, count));
    }
    return figures;
  }

  /**
   * Whether a cell prints a "not applicable" marker ({@link CellKind#isMarker}: {@code —}, {@code /}, {@code -},
   * {@code 无}) for its count, after its column's name or alone: a blank cell, never 0.
   */
  private static boolean notApplicable(String cell) {
    Matcher name = CELL_NAME.matcher(cell);
    return CellKind.isMarker((name.lookingAt() ? cell.substring(name.end()) : cell).strip());
  }

  /**
   * The row a label names in the report's template, or in either when it is unknown (（六）其他处理 is a row of 2019
   * only: in a 2021 report, 其他处处理其他 is its row 3.其他 misprinted, not the 2019 row), or else the one row it
   * names with a character misprinted, dropped or doubled.
   */
  private static TemplateRow rowOf(String label, Template template) {
    if (ROWS_READ.size() >= MAX_LABELS_KEPT) {
      ROWS_READ.clear();
    }
    return ROWS_READ.computeIfAbsent(new Label(label, template), l -> Optional.ofNullable(rowRead(label, template))).orElse(null);
  }

  /** {@link #rowOf} read afresh. */
  private static TemplateRow rowRead(String label, Template template) {
    List<NationalTemplate.Matrix> matrices = template == null ? List.of(MATRIX_2021, MATRIX_2019)
        : List.of(NationalTemplate.of(template).applications());
    for (NationalTemplate.Matrix m : matrices) {
      TemplateRow row = m.rowOf(label);
      if (row != null) {
        return row;
      }
    }
    for (NationalTemplate.Matrix m : matrices) {
      TemplateRow near = m.rowNear(label);
      if (near != null) {
        return near;
      }
    }
    return null;
  }

  /** The column a printed name ({@link #COLUMN_NAMES}) names. */
  private static String columnOf(String name) {
    return MATRIX_2019.columns().stream().filter(c -> c.isNamed(name)).findFirst().orElseThrow().key();
  }

  private static String innermost(String label) {
    Matcher m = INNER_ORDINAL.matcher(label);
    int start = 0;
    while (m.find()) {
      start = m.start();
    }
    return label.substring(start);
  }
}
