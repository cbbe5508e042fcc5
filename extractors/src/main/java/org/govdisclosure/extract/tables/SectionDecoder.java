package org.govdisclosure.extract.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Document;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.section.Sections;
import org.govdisclosure.extract.spi.ReportContext;
import org.govdisclosure.extract.tables.SectionTokens.Token;
import org.govdisclosure.extract.template.LabelMatch;
import org.govdisclosure.extract.template.NationalTemplate;
import org.govdisclosure.extract.template.Ordinals;
import org.govdisclosure.extract.template.TemplateRow;
import org.govdisclosure.extract.template.Wordings;
import org.govdisclosure.extract.value.CellKind;
import org.govdisclosure.extract.value.Counts;
import org.govdisclosure.extract.value.Numerals;

/**
 * Aligns what a reader produced for section 三 with the template, whatever the layout: the template's row labels
 * are found in print order in the section's label text (tolerating ordinals, labels wrapped over lines or split
 * across cells, group labels in between, and one misprinted character), and the values between one row's label and
 * the next row's are that row's cells. Runs of digits read from text are split into cells the only way their digits
 * allow, or else the only way the identities allow ({@link DigitSplits}, {@link ColumnIdentities}); a row whose cells
 * stay uncertain is left empty with a warning. Every choice a reader could doubt is a warning with its evidence.
 */
final class SectionDecoder {

  /** More readings than this make a row's digits too loose to be worth settling by the column sums. */
  private static final int MAX_READINGS = 16;
  /** How many tokens may stand between the two parts of a wrapped label, and how long an interrupting piece may be. */
  private static final int MAX_INTERRUPTION = 12;
  private static final int MAX_INTERRUPTING_PIECE = 3;
  /** A group's label cut to fewer characters than this is too little of it to say it is that group's. */
  private static final int MIN_CUT_GROUP = 2;
  /**
   * The fewest values before the first row's label that make a row's worth with some of its cells lost: a lone figure
   * there may be a page's or a note's number.
   */
  private static final int MIN_UNLABELLED_RUN = 2;
  /** A line holding one count alone: a table printed one cell a line. */
  private static final Pattern LONE_COUNT = Pattern.compile("\\d+");
  /** A bracketed ordinal wrapped before its closing bracket ({@code （二} / values / {@code ）部分公开}), ending a piece of label. */
  private static final Pattern OPEN_ORDINAL = Pattern.compile("[(（][" + Ordinals.NUMERALS + "\\d]{1,2}$");
  /** A row's ordinal ending a piece of label, no number before it ({@code 3.}, not {@code 33.3.}). */
  private static final Pattern ROW_ORDINAL_AT_END = Pattern.compile("(?<![\\d.])\\d{1,2}[" + Ordinals.DIGIT_MARKS + "]$");
  /** A group label's bracketed ordinal wrapped before its closing bracket ({@code （四}). */
  private static final Pattern GROUP_ORDINAL_HEAD = Pattern.compile("[(（][" + Ordinals.NUMERALS + "]{1,2}");
  /** The mark after an ordinal's numeral ({@code 二、}, OCR's comma for it folded), left where the numeral was lost. */
  private static final String LOST_NUMERAL_MARKS = "、,";
  /** The brackets, marks and numerals of group labels' ordinals ({@code 三、}, {@code （四）}): group labels hold none. */
  private static final Pattern GROUP_ORDINAL_MARKS = Pattern.compile("[()（）、.．" + Ordinals.NUMERALS + "]");
  /** What ends a label in a line of text: the colon or comma of a row written as a sentence. */
  private static final String LABEL_END = ":：,，;；。";
  /** What closes a sentence in a line of text. */
  private static final String SENTENCE_ENDS = "。！？!?";
  /** What ends a sentence or a row written as one before the next row's label: {@link #SENTENCE_ENDS} and semicolons. */
  private static final String SENTENCE_BREAKS = SENTENCE_ENDS + ";；";
  /** The marks of a label's ordinal and closing colon (folded), never a stray mark. */
  private static final String STRUCTURAL_MARKS = "():.、";
  /** The longest ordinal: {@code (十一)}. */
  private static final int MAX_ORDINAL = 4;

  /**
   * The grid rows with a label naming no template row inside a found row's span: where each one's values start among
   * the span's values, and its label.
   */
  private record Unnamed(List<Integer> starts, List<String> labels) {}

  /** A template row found in the label text: where its label starts in the token sequence and in the text, and ends. */
  private record Found<T extends Wordings>(T row, int token, int at, int end) {}

  /** The letters OCR prints for digits: {@code l}, {@code I}, {@code S}, {@code B}, and {@code O} for 0. */
  private static final String DIGIT_LETTERS = Numerals.LETTER_DIGITS + "Oo";
  /** The groups a row label may follow in one piece: the section's heading and the row's group. */
  private static final int NESTED_GROUPS = 2;

  private final List<Token> tokens;
  /** The template's columns: the counts a row prints in full; 0 where no label may be read as cut short. */
  private final int rowCells;
  /** Whether a header names a subtotal column: a row's counts may print it, or have it taken out already. */
  private final boolean subtotal;
  /** The template's group labels ({@code （六）其他处理}), which may open a row's label in one piece of text. */
  private final List<String> groups;
  private final String labels;
  /** For each character of {@code labels}, the index of its token. */
  private final int[] tokenOf;
  /** For each label token, where it starts in {@code labels}. */
  private final int[] startOf;
  /** For each label token, its text without its ordinal once asked for: the label searches ask for it again and again. */
  private final String[] bare;

  private SectionDecoder(List<Token> tokens, List<String> groups, int rowCells, boolean subtotal) {
    this.tokens = tokens;
    this.rowCells = rowCells;
    this.subtotal = subtotal;
    this.groups = groups;
    int length = 0;
    for (Token t : tokens) {
      length += t.isValue() ? 0 : t.text().length();
    }
    StringBuilder b = new StringBuilder(length);
    this.tokenOf = new int[length];
    this.startOf = new int[tokens.size()];
    this.bare = new String[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      startOf[i] = b.length();
      if (!t.isValue()) {
        Arrays.fill(tokenOf, b.length(), b.length() + t.text().length(), i);
        b.append(t.text());
      }
    }
    this.labels = b.toString();
  }

  /**
   * Each row of {@code template} that the section prints, with its counts (one per column) (nulls where a cell
   * holds no number or the row's cells stay uncertain), in template order.
   */
  static Map<TemplateRow, List<Integer>> rows(List<Token> tokens, NationalTemplate.Matrix template, ReportContext context) {
    String glued = gluedToTitles(tokens);
    if (glued != null) {
      context.warn("counts_glued_to_titles", "section 三: counts read in the column titles' cells ('" + glued + "'): the header"
          + " row and the row below it read as one, whose counts they are is unknown; left out");
    }
    List<Token> plain = tokens.stream().filter(t -> !t.isHeader()).toList();
    Map<TemplateRow, List<Integer>> turned = TransposedRows.rows(plain, template, context);
    if (turned != null) {
      return turned;
    }
    Map<TemplateRow, List<Integer>> byName = NamedColumns.rows(tokens, template, context);
    return byName != null ? byName : decode(plain, template, true, namesSubtotal(tokens), context);
  }

  /** Whether a header among the tokens names a subtotal column after the five 法人或其他组织 columns. */
  static boolean namesSubtotal(List<Token> tokens) {
    return tokens.stream().anyMatch(t -> t.isHeader() && t.columns().contains(Token.SUBTOTAL));
  }

  /** The rows of {@code template} whose labels the tokens print, in print order. */
  static List<TemplateRow> labelled(List<Token> tokens, NationalTemplate.Matrix template, ReportContext context) {
    return new SectionDecoder(tokens, template.groups(), template.columns().size(), namesSubtotal(tokens)).align(template.rows(), template.groups(), "section 三", context).stream()
        .map(Found::row).toList();
  }

  /**
   * The same for tokens without header tokens, whose values fill {@code template}'s columns by position.
   *
   * @param rowSums whether the template's last column is the sum of the others (all the columns, not a part of them)
   * @param subtotal whether a header names a subtotal column after the five 法人或其他组织 columns: rows of text print
   *     one cell more than the template's columns
   */
  static Map<TemplateRow, List<Integer>> decode(List<Token> tokens, NationalTemplate.Matrix template, boolean rowSums,
      boolean subtotal, ReportContext context) {
    List<TemplateRow> order = template.rows();
    int width = template.columns().size();
    SectionDecoder d = new SectionDecoder(tokens, template.groups(), template.columns().size(), subtotal);
    List<Found<TemplateRow>> aligned = d.align(order, template.groups(), "section 三", context);
    Map<Integer, GroupSubtotal> subtotals = d.groupSubtotals(aligned);
    List<Found<TemplateRow>> found = d.misprintedInPlace(d.wrapStarts(aligned, order, template.groups(), subtotals.keySet()),
        order, template, context);
    boolean[] ends = d.unknownRows(found, template, context);
    subtotals.keySet().forEach(k -> ends[k] = true);
    boolean[] unnamed = d.unnamedGridRows(found, template);
    Map<TemplateRow, List<Token>> spans = new LinkedHashMap<>();
    Map<TemplateRow, Unnamed> unnamedRows = new IdentityHashMap<>();
    Map<TemplateRow, BitSet> textBefore = new IdentityHashMap<>();
    Set<TemplateRow> beforeUnknown = Collections.newSetFromMap(new IdentityHashMap<>());
    TemplateRow cut = null; // the row the report's text ends in, cut off (a stored copy of a page's beginning)
    for (int i = 0; i < found.size(); i++) {
      int to = i + 1 < found.size() ? found.get(i + 1).token() : tokens.size();
      List<Token> values = new ArrayList<>();
      List<Integer> starts = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      List<Boolean> textSinceValue = new ArrayList<>();
      boolean textSince = false;
      int k = found.get(i).token();
      for (; k < to && (k == found.get(i).token() || !ends[k]); k++) {
        if (k != found.get(i).token() && unnamed[k]) {
          starts.add(values.size());
          labels.add(tokens.get(k).text());
        }
        Token t = tokens.get(k);
        if (t.isValue()) {
          textSinceValue.add(textSince && !values.isEmpty());
          values.add(t);
          textSince = false;
        } else if (values.isEmpty() && t.fromText() && endsSentence(t.text())) {
          break; // （三）不予公开：无。 a row's sentence that closes before any count: the counts after it are another's
        } else {
          textSince = true;
        }
      }
      if (k < to) {
        beforeUnknown.add(found.get(i).row());
      }
      // words after the row's counts (a next row's label the text stops in): the row itself ended whole
      boolean endsInCounts = values.isEmpty() || !textSince;
      if (i == found.size() - 1 && k == tokens.size() && endsInCounts && textEndsInSection(found.get(i).row(), order, context)) {
        cut = found.get(i).row();
      }
      dropLabelPlaces(values, textSinceValue, starts, width);
      List<Token> glued = values.size() == 1 ? oneCellEach(values.get(0), width) : null;
      if (glued != null) {
        values.clear();
        values.addAll(glued);
        textSinceValue = Collections.nCopies(width, false);
      }
      BitSet text = new BitSet();
      for (int v = 0; v < textSinceValue.size(); v++) {
        text.set(v, textSinceValue.get(v));
      }
      spans.put(found.get(i).row(), values);
      textBefore.put(found.get(i).row(), text);
      if (!starts.isEmpty()) {
        unnamedRows.put(found.get(i).row(), new Unnamed(starts, labels));
      }
    }
    if (cellsAtMost(spans.values()) < width) {
      // labels in sentences, no table: not one row's worth of numbers in the section's text (部分公开2 0件, a number
      // printed with a space in a sentence, is no cell)
      return Map.of();
    }
    byName(spans, template, context);
    List<TemplateRow> withoutSubtotal = subtotal ? withoutSubtotals(spans, width, context) : List.of();
    Map<TemplateRow, List<Token>> positioned = byPosition(spans, unnamedRows, textBefore, beforeUnknown, order, width, rowSums, context);
    List<TemplateRow> doubtful = new ArrayList<>(labelsAfterValues(positioned, width, context));
    doubtful.addAll(d.valuesBeforeFirstLabel(found, positioned, width, context));
    doubtful.addAll(withoutSubtotal);
    doubtful.addAll(d.nextLabelAroundValues(found, spans, context));
    doubtful.addAll(d.groupLabelsWithFigures(order, context));
    Map<TemplateRow, List<Integer>> rows = read(positioned, order, width, rowSums, subtotal, cut, context);
    doubtful.forEach(r -> rows.put(r, null));
    d.printedOutOfOrder(found, order, context).forEach(r -> rows.put(r, null));
    subtotals.values().forEach(s -> s.warn(rows, order, width, context));
    return rows;
  }

  /**
   * A row's cells printed as one piece: glued to its label as single characters, blank ones marked ({@code 00-0000}
   * under seven columns, {@link SectionTokens#markedGluedCells}), or listed with 、, commas or semicolons leaving
   * blank ones' slots empty or marked ({@link SectionTokens#listWithEmptySlots}). With as many characters (slots) as
   * the row has cells, each is one; else null: which cell a count fills is then unknown.
   */
  private static List<Token> oneCellEach(Token value, int width) {
    String text = value.text();
    if (!value.fromText()) {
      return null;
    }
    List<String> cells;
    if (text.length() == width && SectionTokens.isMarkedCells(text)) {
      cells = text.chars().mapToObj(Character::toString).toList();
    } else if (SectionTokens.isListWithEmptySlots(text)) {
      // counts listed leaving slots empty or marked: as many slots as the row has cells, each slot is one, an empty one blank
      cells = SectionTokens.listSlots(text);
    } else {
      return null;
    }
    return cells.size() != width ? null : cells.stream().map(c -> new Token(c, new Cell(c), true)).toList();
  }

  private static boolean endsSentence(String text) {
    return !text.isEmpty() && SENTENCE_ENDS.indexOf(text.charAt(text.length() - 1)) >= 0;
  }

  /**
   * Under a header naming a subtotal column, a row of text printing one cell more than the template's columns, its
   * subtotal the sum of the five 法人或其他组织 cells before it (blanks and marks counting 0), loses that cell; a row
   * printing as many cells as the template has columns left one cell out, where is not known: those rows are
   * returned, to be left empty (a row read by count would shift every cell after the blank one).
   */
  private static List<TemplateRow> withoutSubtotals(Map<TemplateRow, List<Token>> spans, int width, ReportContext context) {
    List<TemplateRow> shortRows = new ArrayList<>();
    for (Map.Entry<TemplateRow, List<Token>> e : spans.entrySet()) {
      List<Token> values = e.getValue();
      if (values.isEmpty() || !values.stream().allMatch(t -> t.fromText() && t.namedColumn() < 0)) {
        continue; // a grid's subtotal is its reader's; a sentence names its columns
      }
      int at = width - 1; // the subtotal's place: after natural persons and the five organisations
      String where = "section 三 row " + e.getKey().key();
      if (values.size() == width + 1 && SectionTokens.sumsParts(values.stream().map(Token::value).toList(), at)) {
        List<Token> kept = new ArrayList<>(values);
        kept.remove(at);
        e.setValue(kept);
      } else if (values.size() == width) {
        context.warn("short_row", where + ": " + width + " cells under a header of " + (width + 1) + " columns (小计 among"
            + " them): which one was left blank is not known; left empty");
        shortRows.add(e.getKey());
      }
    }
    return shortRows;
  }

  /**
   * Rows written as sentences that name each value's column ({@code 自然人5件，其他1件，总计6件}) placed by those names
   * when every value is named, each column once: the columns a row leaves out stay empty, with a warning, instead of
   * the row being read by position (one value short of the width) and left empty whole.
   */
  private static void byName(Map<TemplateRow, List<Token>> spans, NationalTemplate.Matrix template, ReportContext context) {
    int width = template.columns().size();
    spans.replaceAll((row, values) -> {
      Token[] placed = new Token[width];
      for (Token t : values) {
        int c = t.namedColumn();
        if (c < 0 || c >= width || placed[c] != null) {
          return values;
        }
        placed[c] = t;
      }
      if (values.isEmpty() || values.size() == width) {
        return values; // every column named: read by position as any row, in the order the names give
      }
      List<String> left = new ArrayList<>();
      List<Token> byName = new ArrayList<>(width);
      for (int c = 0; c < width; c++) {
        if (placed[c] == null) {
          left.add(template.columns().get(c).label());
        }
        byName.add(placed[c] != null ? placed[c] : new Token("", new Cell(""), true));
      }
      context.warn("column_not_stated", "section 三 row " + row.key() + ": written as a sentence naming its cells' columns,"
          + " without " + String.join(", ", left) + "; those left empty");
      return byName;
    });
  }

  /**
   * How many cells the values of lines of text may hold at most: a run of digits one per digit, anything else one;
   * a grid's cell makes a table whatever their number ({@link Integer#MAX_VALUE}).
   */
  private static int cellsAtMost(Collection<List<Token>> spans) {
    int cells = 0;
    for (List<Token> values : spans) {
      for (Token t : values) {
        if (!t.fromText()) {
          return Integer.MAX_VALUE;
        }
        cells += CellKind.isPlainDigits(t.text()) ? t.text().length() : 1;
      }
    }
    return cells;
  }

  /**
   * The rows whose labels were printed in the reverse of the template's order: a later row's own label, ordinal and
   * all ({@code （七）总计}), printed before a found row's label and after the row found before it
   * ({@code （七）总计 3.其他} on one line, a PDF setting a label lower than its row) in a token of its own before
   * the found row's label, which opens with its own ordinal (a row's head wrapped, {@code 2.其他} /
   * {@code 法律行政法规禁止公开}, is the row's own label, not a later row's).
   * Which values belong to which of the two cannot be told, so both are left empty, with a warning.
   */
  private List<TemplateRow> printedOutOfOrder(List<Found<TemplateRow>> found, List<TemplateRow> order, ReportContext context) {
    List<TemplateRow> doubtful = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      Found<TemplateRow> f = found.get(i);
      int from = i == 0 ? 0 : found.get(i - 1).at() + 1;
      if (!hasOrdinal(f.token()) || from >= f.at() || !ordinalLabelIn(from, f.token())) {
        continue; // most rows: nothing but values between the row found before and this one
      }
      for (int k = order.indexOf(f.row()) + 1; k < order.size(); k++) {
        LabelMatch later = wholeLabel(order.get(k), from, true, f.token());
        if (later != null) {
          context.warn("labels_out_of_order", "section 三: the label of row " + order.get(k).key() + " ('" + printedLabel(later)
              + "') is printed before that of row " + f.row().key() + " ('" + tokens.get(f.token()).text()
              + "'): which values are whose cannot be told; both rows left empty");
          doubtful.add(f.row());
          doubtful.add(order.get(k));
        }
      }
    }
    return doubtful;
  }

  /**
   * Rows whose values may be the next row's, its label wrapped around them without the ordinal that would tell
   * ({@code 1.属于国家秘密} / {@code 其他 2 1 0 0 0 0 3} / {@code 法律行政法规禁止公开}): the row's label, no value
   * inside it, ends its line, label text of another line stands between it and the values, and the next row's label follows them with no
   * cell of its own. Left empty, with a warning (the next row, with no cells, is empty already).
   */
  private List<TemplateRow> nextLabelAroundValues(List<Found<TemplateRow>> found, Map<TemplateRow, List<Token>> spans,
      ReportContext context) {
    List<TemplateRow> doubtful = new ArrayList<>();
    for (int i = 0; i + 1 < found.size(); i++) {
      Found<TemplateRow> f = found.get(i);
      TemplateRow next = found.get(i + 1).row();
      if (spans.get(f.row()).isEmpty() || !spans.get(next).isEmpty() || f.end() <= 0) {
        continue;
      }
      int own = tokenOf[f.end() - 1];
      if (!hasValue(f.token(), own) && !labelText(labels.substring(f.end(), startOf[own] + tokens.get(own).text().length()))) {
        for (int k = own + 1; k < tokens.size() && !tokens.get(k).isValue(); k++) {
          if (labelText(tokens.get(k).text())) {
            context.warn("label_around_values", "section 三 row " + f.row().key() + ": label text '" + tokens.get(k).text()
                + "' stands between its label and its values, and row " + next.key() + "'s label follows them with no"
                + " cell of its own: the values may be that row's; left empty");
            doubtful.add(f.row());
            break;
          }
        }
      }
    }
    return doubtful;
  }

  /** Whether text holds a letter of a label, not only spaces and marks. */
  private static boolean labelText(String text) {
    return text.codePoints().anyMatch(Character::isIdeographic);
  }

  /**
   * The rows whose labels may as well follow their values as precede them: when a row holds two rows' worth of
   * cells, each row after it one row's worth and the last none, the labels may have been printed after their values
   * (a PDF setting a label lower than its row's numbers), each row's values then being those before its label. Both
   * readings stay possible, so those rows are left empty, with a warning, unless every cell prints the same: then the
   * rows' spans are set to one row's worth each (both readings give those counts). A row holding more rows' worth
   * (the lines of rows whose labels were lost, run together) says the same: the last label's line is among them, and
   * each row after it may hold the line of the row below it.
   */
  private static List<TemplateRow> labelsAfterValues(Map<TemplateRow, List<Token>> spans, int width, ReportContext context) {
    List<TemplateRow> rows = new ArrayList<>(spans.keySet());
    int last = rows.size() - 1;
    if (last < 1 || !spans.get(rows.get(last)).isEmpty()) {
      return List.of();
    }
    int k = last - 1;
    while (k > 0 && spans.get(rows.get(k)).size() == width) {
      k--;
    }
    int held = spans.get(rows.get(k)).size();
    if (held < 2 * width || held % width != 0) {
      return List.of();
    }
    List<TemplateRow> doubtful = rows.subList(k, rows.size());
    List<Token> values = new ArrayList<>();
    doubtful.forEach(r -> values.addAll(spans.get(r)));
    if (values.stream().allMatch(t -> t.text().equals(values.get(0).text()))) {
      // Every cell prints the same (a table of zeros): every reading gives each row the same counts, so they are taken.
      doubtful.forEach(r -> spans.put(r, values.subList(0, width)));
      context.warn("row_from_position", "section 三: rows " + String.join(", ", doubtful.stream().map(TemplateRow::key).toList())
          + " may print their labels before or after their values; every cell reads '" + values.get(0).text()
          + "', the same either way");
      return List.of();
    }
    context.warn("labels_after_values", "section 三: row " + rows.get(k).key() + " holds " + held + " cells, "
        + (last - k > 1 ? "the rows after it " + width + " each, " : "") + "the last row " + rows.get(last).key()
        + " none: each row's values may follow its label as well as precede it; rows "
        + String.join(", ", doubtful.stream().map(TemplateRow::key).toList()) + " left empty");
    return doubtful;
  }

  /**
   * The rows whose labels may follow their values: a row's worth of values printed just before the first row's label,
   * the rows from it holding one row's worth each up to one holding none. Each row's values may be the line above its
   * label (OCR setting a tall label cell's text below its row's counts, the row with none then the last of them) as
   * well as the line below, as {@link #labelsAfterValues} says of a row holding two rows' worth. Both readings stay
   * possible, so those rows are left empty, with a warning, unless every cell prints the same. The run before the first
   * label may lack some of a row's cells (a figure lost, a blank cell printed as nothing): values without a label at
   * one end and a label without values at the other still say every row may be a row off.
   */
  private List<TemplateRow> valuesBeforeFirstLabel(List<Found<TemplateRow>> found, Map<TemplateRow, List<Token>> spans,
      int width, ReportContext context) {
    if (found.isEmpty()) {
      return List.of();
    }
    int first = found.get(0).token();
    int start = first;
    while (start > 0 && tokens.get(start - 1).isValue()) {
      start--;
    }
    if (first - start < MIN_UNLABELLED_RUN || first - start > width) {
      return List.of();
    }
    List<TemplateRow> run = new ArrayList<>();
    for (Map.Entry<TemplateRow, List<Token>> e : spans.entrySet()) {
      run.add(e.getKey());
      if (e.getValue().isEmpty()) {
        break;
      }
      if (e.getValue().size() != width) {
        return List.of();
      }
    }
    if (run.size() < 2 || !spans.get(run.get(run.size() - 1)).isEmpty()) {
      return List.of();
    }
    List<Token> values = new ArrayList<>(tokens.subList(start, first));
    run.forEach(r -> values.addAll(spans.get(r)));
    if (values.stream().allMatch(t -> t.text().equals(values.get(0).text()))) {
      return List.of(); // every cell prints the same: either reading gives the rows before the last the same counts
    }
    List<String> keys = run.stream().map(TemplateRow::key).toList();
    context.warn("labels_after_values", "section 三: " + (first - start) + " values printed before the first row's label ('"
        + String.join(" ", tokens.subList(start, first).stream().map(Token::text).toList()) + "'), rows "
        + String.join(", ", keys.subList(0, keys.size() - 1)) + " " + width + " each and row " + keys.get(keys.size() - 1)
        + " none: each row's values may precede its label as well as follow it; rows " + String.join(", ", keys)
        + " left empty");
    return run;
  }

  /**
   * Rows whose values were printed apart from their labels, placed by position where that is certain: a row whose
   * span holds several rows' worth of cells, after found rows with no cells of their own (labels printed above their
   * values) or before template rows whose labels were not found (values printed without labels), is split among
   * them when the number of rows matches exactly and no text stands between the cells of one row ({@code textBefore}:
   * the values with text before them since the last value). A row prints its cells together: text inside one of the
   * rows of the split says the count matched by chance (a mark of a wrapped label OCR read as a digit, and a cell
   * lost elsewhere), every row then a cell off. Values read from text are split so only among found labels (printed
   * above their values, as pdftotext's default mode prints a wrapped label before the row above's cells), never into
   * rows whose labels are missing, and only where each row's worth sums to its total ({@link #wholeRowsOfText}).
   * Nor are values split into missing rows when a label naming no row follows them ({@code beforeUnknown}).
   */
  private static Map<TemplateRow, List<Token>> byPosition(Map<TemplateRow, List<Token>> spans, Map<TemplateRow, Unnamed> unnamed,
      Map<TemplateRow, BitSet> textBefore, Set<TemplateRow> beforeUnknown, List<TemplateRow> order, int width, boolean rowSums,
      ReportContext context) {
    List<TemplateRow> found = new ArrayList<>(spans.keySet());
    // Where each row stands in the template; the found rows are the template's own objects, each key once.
    Map<TemplateRow, Integer> position = new IdentityHashMap<>();
    for (int i = 0; i < order.size(); i++) {
      position.put(order.get(i), i);
    }
    Map<TemplateRow, List<Token>> out = new LinkedHashMap<>();
    int emptyFrom = 0;
    for (int i = 0; i < found.size(); i++) {
      TemplateRow row = found.get(i);
      List<Token> values = spans.get(row);
      if (values.isEmpty()) {
        continue;
      }
      List<TemplateRow> slots = new ArrayList<>(found.subList(emptyFrom, i + 1));
      int next = i + 1 < found.size() ? position.get(found.get(i + 1)) : order.size();
      // A label naming no row after this one's values may be the missing rows' own, misprinted past recognition.
      List<TemplateRow> unlabelled = beforeUnknown.contains(row) ? List.of() : order.subList(position.get(row) + 1, next);
      slots.addAll(unlabelled);
      int rows = values.size() / width;
      Unnamed grid = unnamed.get(row);
      if (slots.size() > 1 && values.size() % width == 0 && rows == slots.size() && rows > 1
          && (values.stream().noneMatch(Token::fromText) || rowSums && unlabelled.isEmpty() && wholeRowsOfText(values, width))
          && (grid == null || grid.starts().stream().allMatch(s -> s % width == 0))
          && textBefore.get(row).stream().allMatch(v -> v % width == 0)) {
        for (int k = 0; k < rows; k++) {
          out.put(slots.get(k), values.subList(k * width, (k + 1) * width));
        }
        StringBuilder taken = new StringBuilder();
        for (int k = 0; k < rows; k++) {
          taken.append(k == 0 ? "" : ", ").append(slots.get(k).key()).append(" '")
              .append(String.join(" ", values.subList(k * width, (k + 1) * width).stream().map(Token::text).toList())).append('\'');
        }
        context.warn("row_from_position", "section 三: " + rows + " rows of values printed apart from their labels"
            + " taken, in order, as rows " + taken);
      } else if (grid != null && continuedRow(values, grid, width) != null) {
        found.subList(emptyFrom, i).forEach(r -> out.put(r, List.of()));
        List<Token> whole = continuedRow(values, grid, width);
        int cut = whole.size() - (int) values.subList(grid.starts().get(0), values.size()).stream()
            .filter(t -> !t.value().isBlank()).count();
        context.warn("row_continued", "section 三 row " + row.key() + ": " + cut + " cells after its label and "
            + (width - cut) + " on a row with no label below it (a row a page break cut), together a whole row whose"
            + " columns sum to its total; read as one row: '" + String.join(" ", whole.stream().map(Token::text).toList()) + "'");
        out.put(row, whole);
      } else {
        found.subList(emptyFrom, i).forEach(r -> out.put(r, List.of()));
        List<Token> own = grid == null ? values : values.subList(0, grid.starts().get(0));
        if (grid != null) {
          // Its values may be another row's, or this row's own with its label and numbers wrapped onto a second line
          // (一、本年新收政府信 136 / 息公开申请数量 12): the row keeps its own cells only where they make a whole row
          // whose columns sum to its total.
          own = wholeRow(own, width) ? own : List.of();
          context.warn("unknown_row", "section 三: grid row '" + grid.labels().get(0) + "' below row " + row.key()
              + " names no row of the template, nor do its values fill one by position; its values left out"
              + (own.isEmpty() ? ", and row " + row.key() + ", whose they may be, left empty" : ""));
        }
        out.put(row, own);
      }
      emptyFrom = i + 1;
    }
    found.subList(emptyFrom, found.size()).forEach(r -> out.put(r, List.of()));
    Map<TemplateRow, List<Token>> inOrder = new LinkedHashMap<>();
    order.stream().filter(out::containsKey).forEach(r -> inOrder.put(r, out.get(r)));
    return inOrder;
  }

  /**
   * Section 四's fifteen values: each placed by its key where a key names each one's proceeding and outcome
   * ({@link KeyedReviewCounts}); else each proceeding's five after its label (three small tables, or one line each), or
   * else the section's fifteen values in the template's order; null where neither fits. Placed by the header's names
   * where it names the columns in another order ({@link ReviewHeaderOrder}).
   */
  static List<Integer> proceedings(List<Token> tokens, NationalTemplate.ReviewBlock block, ReportContext context) {
    return ReviewHeaderOrder.placed(tokens, proceedingsAsPrinted(tokens, block, context), block, context);
  }

  private static List<Integer> proceedingsAsPrinted(List<Token> tokens, NationalTemplate.ReviewBlock block,
      ReportContext context) {
    String glued = gluedToTitles(tokens);
    if (glued != null) {
      // The counts' proceedings are known only by where their cells stand under the header: read in order, those
      // glued to the titles would fill the proceedings before their own.
      context.warn("counts_glued_to_titles", "section 四: counts read in the column titles' cells ('" + glued + "'): the"
          + " header row and the row of counts read as one, which proceeding's each count is is unknown; left empty");
      return null;
    }
    List<Integer> keyed = KeyedReviewCounts.read(tokens, block, context);
    if (keyed != null) {
      return keyed;
    }
    SectionDecoder d = new SectionDecoder(tokens, List.of(), 0, false);
    List<Found<NationalTemplate.Named>> found = d.align(block.proceedings(), List.of(), "section 四", context);
    int width = block.outcomes().size();
    List<Token> all = tokens.stream().filter(Token::isValue).toList();
    warnOcrCells(all, "section 四", context);
    if (found.size() != block.proceedings().size()) {
      String among = textAmongValues(tokens);
      if (among != null) {
        // Without the proceedings' labels to part them, values printed among the header's names are in a dump's own
        // order (pdftotext's, column by column), not the template's.
        context.warn("row_unread", "section 四: text '" + among + "' printed among the values, the proceedings' labels"
            + " not all found: which value is whose is unknown; left empty");
        return null;
      }
      return whole(tokens, all, block, context);
    }
    List<List<Token>> spans = new ArrayList<>();
    boolean fits = true;
    for (int i = 0; i < found.size(); i++) {
      int to = i + 1 < found.size() ? found.get(i + 1).token() : tokens.size();
      List<Token> values = tokens.subList(found.get(i).token(), to).stream().filter(Token::isValue).toList();
      // a grid cell printing its proceeding's five counts apart (0　0　1　0　1 under a label naming the five) is five cells
      fits &= values.size() == width || values.isEmpty()
          || values.stream().noneMatch(Token::fromText) && CountCells.splitsToWidth(values.stream().map(Token::value).toList(), width);
      spans.add(values);
    }
    if (!fits) {
      for (int i = 0; i < found.size(); i++) {
        int to = i + 1 < found.size() ? found.get(i + 1).token() : tokens.size();
        String among = textAmongValues(tokens.subList(found.get(i).token(), to));
        if (among != null) {
          // A cell among a proceeding's counts that reads as no count (markup round it, a smudge) holds a place: the
          // counts beside it cannot be placed by their number.
          context.warn("row_unread", "section 四: text '" + among + "' printed among the values after the label of "
              + found.get(i).row().key() + ", which are not five: which value is whose is unknown; left empty");
          return null;
        }
      }
      // In the template's order, a value would belong to a proceeding whose label is printed after it (values lost
      // between the labels, or a table's columns printed apart): which proceeding's it is is unknown.
      int cell = all.size() - spans.stream().mapToInt(List::size).sum();
      for (int i = 0; i < spans.size(); i++) {
        cell += spans.get(i).size();
        if (!spans.get(i).isEmpty() && (Math.min(cell, width * spans.size()) - 1) / width > i) {
          context.warn("row_unread", "section 四: " + spans.stream().map(v -> String.valueOf(v.size())).toList()
              + " values after the three proceedings' labels, some of them printed before the label of the proceeding"
              + " they would fill in the template's order; left empty");
          return null;
        }
      }
      List<List<Token>> lent = gridSpansLent(spans, width);
      if (spans.stream().filter(v -> !v.isEmpty()).count() <= 1 && (lent == null || lent.get(0).size() == width)) {
        return whole(tokens, all, block, context);
      }
      if (lent == null) {
        // Values between the labels, neither five after each nor all after the last (a row of fifteen under a
        // header) nor a grid's rows of five for each label above them: a dump of narrow columns that printed the
        // cells in its own order, whose order is not the table's.
        context.warn("row_unread", "section 四: " + spans.stream().map(v -> String.valueOf(v.size())).toList()
            + " values after the three proceedings' labels, parted by them otherwise than five each: which is whose"
            + " is unknown; left empty");
        return null;
      }
      spans = lent;
    }
    if (spans.stream().allMatch(List::isEmpty) || valuesAfterLastOnly(spans) && all.stream().allMatch(Token::fromText)) {
      // Text printing every proceeding's label before any value names them as a header: the values that follow are
      // the section's in the template's order, not the last proceeding's (pdftotext's flow of a 3-row header).
      return whole(tokens, all, block, context);
    }
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      String where = "section 四 " + found.get(i).row().key();
      if (spans.get(i).isEmpty()) {
        // a small table whose row of cells is all blank (its blanks dropped with it): it states nothing
        context.warn("blank_cell", where + ": " + width + " blank cell(s) read as no value");
        out.addAll(Arrays.asList(new Integer[width]));
        continue;
      }
      List<Integer> cells = CountCells.read(spans.get(i).stream().map(Token::value).toList(), width, where, context);
      if (fits) {
        int to = i + 1 < found.size() ? found.get(i + 1).token() : tokens.size();
        cells = ReviewHeaderOrder.placedByStatedNames(tokens.subList(found.get(i).token(), to), cells, block, where, context);
      }
      out.addAll(cells);
    }
    return out;
  }

  /** The cells of the header rows whose column titles had counts glued to them ({@link Token#gluedToTitles}), or null. */
  private static String gluedToTitles(List<Token> tokens) {
    List<String> glued = tokens.stream().map(Token::gluedToTitles).filter(Objects::nonNull).toList();
    return glued.isEmpty() ? null : String.join(" ", glued);
  }

  /** Whether only the last proceeding's label has values after it. */
  private static boolean valuesAfterLastOnly(List<List<Token>> spans) {
    return spans.size() > 1 && !spans.get(spans.size() - 1).isEmpty()
        && spans.subList(0, spans.size() - 1).stream().allMatch(List::isEmpty);
  }

  /**
   * How many outcome names the header prints before the values, when they are the template's in order (five for
   * each proceeding in turn, as many as it prints); -1 when one is out of that order.
   */
  private static int namedInOrder(List<Token> tokens, NationalTemplate.ReviewBlock block) {
    int named = 0;
    for (Token t : tokens) {
      if (t.isValue()) {
        break;
      }
      for (int outcome : t.isHeader() ? t.columns() : List.<Integer>of()) {
        if (outcome != named++ % block.outcomes().size()) {
          return -1;
        }
      }
    }
    return named;
  }

  /**
   * The grid cells of a table cut at its right edge (wider than its page, cut by the page's or the picture's edge):
   * fewer cells than the block has, under a header that names as many of its columns, the template's first ones in
   * order. The header names each cell's column, so the cells are the first ones; the columns cut off stay empty.
   */
  private static List<Integer> cutAtRight(List<Token> values, int cells, ReportContext context) {
    context.warn("columns_cut", "section 四: " + values.size() + " cells under a header naming the template's first "
        + values.size() + " columns in order; the last " + (cells - values.size()) + " not printed (a table cut at its"
        + " right edge), left empty");
    List<Integer> out = new ArrayList<>(CountCells.counts(values.stream().map(Token::value).toList(), "section 四", context));
    out.addAll(Arrays.asList(new Integer[cells - values.size()]));
    return out;
  }

  /** The first label text printed between two values, or null: the values all stand together. */
  private static String textAmongValues(List<Token> tokens) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).isValue()) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    for (int i = first + 1; i < last; i++) {
      Token t = tokens.get(i);
      if (!t.isValue() && !t.isHeader() && !t.text().isBlank()) {
        return t.text();
      }
    }
    return null;
  }

  /**
   * Each proceeding's grid cells when a grid row holds those of several proceedings named in a header above it: the
   * labels with no cells after them lend them from the next label's, five each in print order (行政复议 and its row
   * of five in one table, then 行政诉讼's two proceedings over a row of ten in another); null when the cells are not
   * all a grid's, or a run of them is not five for each label it follows. A grid keeps its blank cells, so a run of
   * fewer is the last labels' own: the labels before them head a table that printed no row of cells (a spreadsheet
   * saves a row of blank cells as an empty line), and they stay empty.
   */
  private static List<List<Token>> gridSpansLent(List<List<Token>> spans, int width) {
    List<List<Token>> out = new ArrayList<>();
    int waiting = 0;
    for (List<Token> span : spans) {
      waiting++;
      if (span.isEmpty()) {
        continue;
      }
      int own = span.size() / width;
      if (span.size() % width != 0 || own == 0 || own > waiting || span.stream().anyMatch(Token::fromText)) {
        return null;
      }
      for (int k = 0; k < waiting - own; k++) {
        out.add(List.of());
      }
      for (int k = 0; k < own; k++) {
        out.add(span.subList(k * width, (k + 1) * width));
      }
      waiting = 0;
    }
    return waiting == 0 ? out : null;
  }

  /**
   * Section 四's cells in the template's order, five per proceeding: as many cells as the block has (blank cells at
   * either end dropped), or the cells of a table cut at its right edge ({@link #cutAtRight}), or runs of digits from
   * text split the only way their digits, or else each proceeding's sum, allow.
   */
  private static List<Integer> whole(List<Token> tokens, List<Token> values, NationalTemplate.ReviewBlock block, ReportContext context) {
    int width = block.outcomes().size();
    int cells = width * block.proceedings().size();
    if (!values.isEmpty() && values.size() < cells && namedInOrder(tokens, block) == values.size()
        && values.stream().noneMatch(Token::fromText)) {
      return cutAtRight(values, cells, context);
    }
    Predicate<int[]> sums = v -> {
      for (int b = 0; b < cells; b += width) {
        if (Arrays.stream(v, b, b + width - 1).sum() != v[b + width - 1]) {
          return false;
        }
      }
      return true;
    };
    if (values.size() >= cells) {
      List<Cell> printed = BlankSeparators.dropped(values.stream().map(Token::value).toList(), cells, "section 四", context);
      List<Cell> kept = CountCells.withoutExtraCells(printed, cells, sums, "section 四", context);
      return kept == null || kept.size() < cells ? null : CountCells.read(kept, cells, "section 四", context);
    }
    List<String> runs = digitRuns(values);
    if (runs == null || runs.isEmpty()) {
      return null;
    }
    if (cellsLost(values, runs, cells)) {
      List<DroppedFigure.Placement> placements = DroppedFigure.placements(runs, cells, sums);
      if (placements.size() != 1) {
        warnCellsLost(runs, cells, "section 四", context);
        return null;
      }
      warnFigureDropped(runs, cells, "section 四", "each proceeding's sum allows", placements.get(0), context);
      return placements.get(0).read();
    }
    List<int[]> readings = DigitSplits.upTo(runs, Token.apart(values), cells, sums, 1);
    String printed = String.join(" ", runs);
    if (readings.size() != 1) {
      context.warn("glued_row_ambiguous", "section 四: digits '" + printed + "' split more than one way or none; left empty");
      return null;
    }
    context.warn("glued_row_split", "section 四: digits '" + printed + "' read as " + Arrays.toString(readings.get(0))
        + ", the only reading its digits and each proceeding's sum allow");
    return Arrays.stream(readings.get(0)).boxed().toList();
  }

  /**
   * Where each found row's label starts when its distinctive phrase was printed on a later line than its ordinal,
   * with the values in between ({@code 5.要求行政机关确认或} / values / {@code 重新出具已获取信息}): at the nearest
   * earlier label with an ordinal, after the previous row's. A group label's ordinal is not a row's: in a layout
   * that prints the label columns side by side, a piece of （三）不予公开 may open the line a row's label ends on. No
   * start moves back over a group's subtotal row ({@code subtotals}, by token).
   */
  private <T extends Wordings> List<Found<T>> wrapStarts(List<Found<T>> found, List<T> order, List<String> groups,
      Set<Integer> subtotals) {
    List<Found<T>> out = new ArrayList<>(found.size());
    int previous = -1;
    for (int i = 0; i < found.size(); i++) {
      Found<T> f = found.get(i);
      int start = f.token();
      int after = previous;
      if (!subtotals.isEmpty() && subtotals.stream().anyMatch(k -> k > after && k < f.token())) {
        // a group's subtotal row right before the label: the values before it are the subtotal's, not the row's
        out.add(f);
        previous = start;
        continue;
      }
      boolean ownOrdinal = rowOrdinalBefore(tokens.get(start).text(), f.at() - startOf[start], groups);
      // An ordinal before the label in its own text may be a group's printed beside it ((三) 危及…), the row's own
      // alone on a line above with the numbers after it (3. / values / (三) 危及…): that one is taken where the
      // label's own text holds no numbers after it.
      int wrapped = ownOrdinal ? groupWrappedAround(start, previous, groups) : -1;
      // The row before's label, where it was found, is its own, even where its start moved before its values, and so
      // are its copies right after it (a converter repeats a merged label cell in each column it spans).
      int floor = i > 0 ? copiesAfter(Math.max(previous, found.get(i - 1).token())) : previous;
      // Values before a row's label may be a row's whose label is missing, printed as a whole bare ordinal or a group's
      // piece ((七) / values / 、转下年度…, 总计 dropped): only right after the row before are they the label's. An
      // ordinal's head the label closes ((二 / values / )部分公开) is the label's own.
      boolean next = order.indexOf(f.row()) == (i > 0 ? order.indexOf(found.get(i - 1).row()) + 1 : 0);
      if (wrapped < 0 && next) {
        wrapped = groupLabelAroundValues(start, previous, floor);
      }
      if (wrapped >= 0) {
        start = wrapped;
      } else if (!ownOrdinal || !hasValue(start, i + 1 < found.size() ? found.get(i + 1).token() : tokens.size())) {
        for (int k = start - 1; k > floor; k--) {
          if (!tokens.get(k).isValue() && (!ownOrdinal && rowOrdinalBefore(tokens.get(k).text(), tokens.get(k).text().length() - 1, groups)
              || (next || !Ordinals.opens(tokens.get(k).text())) && bareOrdinalBeforeValues(k, previous))) {
            start = k;
            break;
          }
        }
        // the row's ordinal on a line of its own after values printed on its group label's line (（三）不予公开 / values
        // / 1.属于 / 国家秘密): those are the row's as where the ordinal opens its label's line
        int around = start != f.token() && next ? groupLabelAroundValues(start, previous, floor) : -1;
        start = around >= 0 ? around : start;
      }
      out.add(new Found<>(f.row(), start, f.at(), f.end()));
      previous = start;
    }
    return out;
  }

  /**
   * The last of the label tokens right after label token {@code token} that repeat its text, or its end (the row's
   * label, where the first copy has the group's joined before it); {@code token} if none does.
   */
  private int copiesAfter(int token) {
    int last = token;
    while (last + 1 < tokens.size() && !tokens.get(last + 1).isValue() && !tokens.get(last + 1).text().isEmpty()
        && tokens.get(token).text().endsWith(tokens.get(last + 1).text())) {
      last++;
    }
    return last;
  }

  /**
   * The label token where a group label opens when it was wrapped around values printed on its first line, and the
   * row's own label follows its last piece ({@code （五）不予处} / values / {@code 理1.信访…}), or -1. A group label
   * carries no values, so those are the row's: when the row before (starting at token {@code previous}) has values of
   * its own before the group label.
   */
  private int groupWrappedAround(int start, int previous, List<String> groups) {
    String text = tokens.get(start).text();
    int p = 1;
    while (p < text.length() && !Ordinals.opensAt(text, p)) {
      p++;
    }
    int k = start - 1;
    while (k > previous && tokens.get(k).isValue()) {
      k--;
    }
    if (p >= text.length() || k <= previous || k == start - 1 || !hasValue(k + 1, start) || !opensWithOrdinal(k)
        || !groups.contains(Ordinals.strip(tokens.get(k).text()) + text.substring(0, p))) {
      return -1;
    }
    return previous < 0 || hasValue(previous + 1, k) ? k : -1;
  }

  /**
   * The label token where the row's group label opens when the row's values were printed inside it, between its pieces
   * and the row's own label ({@code 三、} / values / {@code 本年度办理结果（四）无法提供 3.补正后…}, as a converter
   * that repeats a merged group cell on each of its rows wraps it), or -1. A group label carries no values: one run of
   * values with only pieces of group labels around it, before the row's label, is the row's, when the row before
   * (starting at token {@code previous}, its label found at or before {@code floor}) has values of its own before the
   * group label.
   */
  private int groupLabelAroundValues(int start, int previous, int floor) {
    int opens = -1;
    boolean inRun = false;
    int runs = 0;
    for (int k = start - 1; k > floor; k--) {
      Token t = tokens.get(k);
      if (t.isValue()) {
        runs += inRun ? 0 : 1;
        inRun = true;
        continue;
      }
      inRun = false;
      if (!groupPieces(t.text())) {
        break;
      }
      if (runs == 1 && Ordinals.opens(t.text()) && !arabicOrdinal(t.text(), Ordinals.strip(t.text()))) {
        opens = k;
      }
    }
    return opens >= 0 && (previous < 0 || hasValue(previous + 1, opens)) ? opens : -1;
  }

  /**
   * Whether the text is nothing but pieces of group labels and their ordinals ({@code 三、本年度办}, {@code 理结果（五）不},
   * {@code 予处理}): what is left without the marks and numerals of ordinals is made of parts of group labels.
   */
  private boolean groupPieces(String text) {
    String rest = GROUP_ORDINAL_MARKS.matcher(text).replaceAll("");
    int at = 0;
    while (at < rest.length()) {
      int longest = 0;
      for (String g : groups) {
        for (int end = rest.length(); end > at + longest; end--) {
          if (holds(g, rest, at, end)) {
            longest = end - at;
            break;
          }
        }
      }
      if (longest == 0) {
        return false;
      }
      at += longest;
    }
    return true;
  }

  /** Whether {@code group} holds the characters [from, to) of {@code text}: without a copy of them for each length tried. */
  private static boolean holds(String group, String text, int from, int to) {
    char first = text.charAt(from);
    for (int i = group.indexOf(first); i >= 0 && i + to - from <= group.length(); i = group.indexOf(first, i + 1)) {
      if (group.regionMatches(i, text, from, to - from)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The rows of each group whose label is printed with figures right after it more than once ({@code （三）不予公开 | 27
   * | 0 | …} before each of its rows' labels: a flat table whose label cells open with the group's name, the rows' own
   * words wrapped onto lines of their own). A group's subtotal is printed once, so these figures are its rows',
   * printed on the group label's line, and which row's each are is unclear: the rows are returned, to be left empty.
   */
  private List<TemplateRow> groupLabelsWithFigures(List<TemplateRow> order, ReportContext context) {
    Map<String, Integer> printed = new LinkedHashMap<>();
    for (int k = 0; k + 1 < tokens.size(); k++) {
      if (!tokens.get(k).isValue() && groups.contains(bare(k)) && tokens.get(k + 1).isValue() && !tokens.get(k + 1).value().isBlank()) {
        printed.merge(bare(k), 1, Integer::sum);
      }
    }
    List<TemplateRow> doubtful = new ArrayList<>();
    printed.forEach((group, times) -> {
      if (times > 1) {
        context.warn("group_label_figures", "section 三: '" + group + "' printed " + times + " times with figures right after"
            + " it, as a subtotal is not: they are its rows' figures printed on its line, and which row's each are is unclear;"
            + " the group's rows left empty");
        order.stream().filter(r -> group.equals(r.group())).forEach(doubtful::add);
      }
    });
    return doubtful;
  }

  private boolean hasValue(int from, int to) {
    for (int i = from; i < to; i++) {
      if (tokens.get(i).isValue()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether token {@code k} is nothing but an ordinal, or the head of a bracketed one, with values right after it
   * ({@code 一、} / values / {@code 本年新收…}) that open a row: when the row before (starting at token {@code previous}) has values of its own
   * before it. Otherwise the values may be that row's, the ordinal a piece of a group label printed down its column
   * between them ({@code 1.申请人无正当理由} / {@code （六）} / values / {@code 不再处理…}).
   */
  private boolean bareOrdinalBeforeValues(int k, int previous) {
    String text = tokens.get(k).text();
    if (text.isEmpty() || k + 1 >= tokens.size() || !tokens.get(k + 1).isValue()
        || !Ordinals.strip(text).isEmpty() && !opensOrdinalAtEnd(text)) {
      return false;
    }
    return previous < 0 || hasValue(previous + 1, k);
  }

  /**
   * Whether the text ends with the head of a bracketed ordinal, after nothing or pieces of group labels printed on the
   * same line ({@code （3}, {@code 三、本年度办（一} / values / {@code 理结果）予以公开}), or with a row's whole ordinal
   * after other columns' text ({@code 结果 3.} / values / {@code 补正后…}: the label wrapped below its ordinal).
   */
  private boolean opensOrdinalAtEnd(String text) {
    Matcher open = OPEN_ORDINAL.matcher(text);
    return open.find() && (open.start() == 0 || groupPieces(text.substring(0, open.start()))) || ROW_ORDINAL_AT_END.matcher(text).find();
  }

  /**
   * Whether a row's ordinal (not a group label's) opens a label in {@code text} at or before {@code at}: at its start,
   * or after a piece of a group label printed on the same line ({@code 公开5.属于}, {@code 理2.申请人}), or pieces of
   * both group columns side by side ({@code 三、本年度法2.没有现成…}: 本年度 of 本年度办理结果, 法 of 无法提供). A
   * bracketed numeral followed by a piece of a group label before the row's wording at {@code at} is the group's
   * ({@code （五）不予予要求提供公开出版物}, the group label 不予处理 with a letter doubled and wrapped).
   */
  private boolean rowOrdinalBefore(String text, int at, List<String> groups) {
    int lost = lostOrdinalLength(text); // the cheap test first: most labels open with no mark nor empty brackets
    lost = lost > 0 && Ordinals.opens(text) ? 0 : lost;
    if (lost > 0 && at >= lost && !opensGroup(text.substring(lost), groups)) {
      return true; // what is left of an ordinal whose numeral was lost: （）其他处理, 、上年结转…
    }
    for (int p = 0; p <= at && p < text.length(); p++) {
      if (!Ordinals.opensAt(text, p)) {
        continue; // most places open no ordinal: no copy of the rest made for them
      }
      String rest = text.substring(p);
      String bare = Ordinals.strip(rest);
      int end = p + rest.length() - bare.length();
      // a group's ordinal before a piece of its label and then the row's wording: （五）不予予 / 要求提供公开出版物
      boolean groupsOrdinal = !arabicOrdinal(rest, bare) && end < at && groupPiece(text.substring(end, at), groups);
      if (bare.length() < rest.length() && (bare.length() >= 2 || arabicOrdinal(rest, bare)) && !isGroupLabel(rest, groups)
          && !groupsOrdinal && (p == 0 || groupPiece(text.substring(0, p), groups) || groupPieces(text.substring(0, p)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the label's ordinal is a row's own (1. 2.): in a column so narrow that a label wraps after one character
   * ({@code 2.其} / {@code 他法} …) or right after its ordinal ({@code 5.} / values / {@code 属于三类内部事务信息}),
   * that line still opens the row, where a group's {@code （三）不} does not.
   */
  private static boolean arabicOrdinal(String label, String bare) {
    for (int i = label.length() - bare.length() - 1; i >= 0; i--) { // no copy of the ordinal: every row's label is asked
      if (Character.isDigit(label.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code piece} is a group label's ordinal, or a part of a group label after its ordinal, as printed, with
   * one character printed twice ({@code （三）不予公公开}) or with look-alikes ({@code 度办埋结}).
   */
  private static boolean groupPiece(String piece, List<String> groups) {
    String bare = Ordinals.strip(piece);
    if (bare.isEmpty()) {
      return bare.length() < piece.length();
    }
    if (GROUP_ORDINAL_HEAD.matcher(piece).matches()) {
      return true; // the ordinal wrapped before its closing bracket: （四 / values / ）无法提供
    }
    for (String g : groups) {
      if (g.contains(bare) || LabelMatch.lookAlikePieceOf(bare, g)) {
        return true;
      }
      for (int i = 0; i + 1 < bare.length(); i++) {
        if (bare.charAt(i) == bare.charAt(i + 1) && g.contains(bare.substring(0, i) + bare.substring(i + 1))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a label opened by an ordinal is a group label or a piece of one: its ordinal is not arabic (groups are
   * numbered 三、 and （三）, rows under them 1. 2.), and three characters or all (two or more) of its text open a group
   * ({@code （三）不予}, {@code 三、本年度办}).
   */
  private static boolean isGroupLabel(String label, List<String> groups) {
    String bare = Ordinals.strip(label);
    for (int i = 0; i < label.length() - bare.length(); i++) {
      if (Character.isDigit(label.charAt(i))) {
        return false;
      }
    }
    return opensGroup(bare, groups);
  }

  private static boolean opensGroup(String bare, List<String> groups) {
    for (String g : groups) {
      int common = 0;
      while (common < bare.length() && common < g.length() && bare.charAt(common) == g.charAt(common)) {
        common++;
      }
      if (common >= Math.min(3, g.length()) || common >= 2 && common == bare.length()) {
        return true;
      }
    }
    return false;
  }

  /** A label that opens with an ordinal and says something after it ({@code 2.其他法律}, not a bare {@code （三）}). */
  private boolean hasOrdinal(int token) {
    Token t = tokens.get(token);
    if (t.isValue()) {
      return false;
    }
    return opensWithOrdinal(token) && bare(token).length() >= 2;
  }

  /** Whether a label token's text opens with an ordinal: more than a closing colon comes off it in {@link #bare}. */
  private boolean opensWithOrdinal(int token) {
    return bare(token).length() < withoutClosingColon(tokens.get(token).text()).length();
  }

  /** Whether a label token with an ordinal starts at or after {@code from}, before token {@code toToken}. */
  private boolean ordinalLabelIn(int from, int toToken) {
    for (int i = tokenOf[from]; i < toToken; i++) {
      if (!tokens.get(i).isValue() && startOf[i] >= from && opensWithOrdinal(i)) {
        return true;
      }
    }
    return false;
  }

  /** The text of label token {@code i} without its ordinal. */
  private String bare(int i) {
    String b = bare[i];
    if (b == null) {
      b = withoutClosingColon(withoutOrdinal(afterSentenceBreak(tokens.get(i).text())));
      bare[i] = b;
    }
    return b;
  }

  /**
   * A label without its ordinal, its closing bracket maybe printed twice ({@code （七））总汁}), or without the brackets
   * of one whose numeral OCR lost ({@code （）予以公开}, {@code （）计}): a bracket pair with nothing in it, opening a
   * label's words, says nothing else to a reader.
   */
  private static String withoutOrdinal(String label) {
    String stripped = Ordinals.strip(label);
    if (stripped.length() < label.length()) {
      char closing = label.charAt(label.length() - stripped.length() - 1);
      return stripped.length() > 1 && stripped.charAt(0) == closing && ")）".indexOf(closing) >= 0 ? stripped.substring(1) : stripped;
    }
    return emptyBrackets(label) ? label.substring(2) : stripped;
  }

  /** Whether {@code label} opens with a bracket pair holding nothing, before its words. */
  private static boolean emptyBrackets(String label) {
    return label.length() > 2 && "(（".indexOf(label.charAt(0)) >= 0 && ")）".indexOf(label.charAt(1)) >= 0
        && Character.isIdeographic(label.charAt(2));
  }

  /**
   * The length of what is left of an ordinal whose numeral was lost, opening a found row's label before its words, or
   * 0: the brackets ({@link #emptyBrackets}) or the mark after the numeral ({@code 、上年结转…}; a mark opening a line
   * of label text that names no row may be a wrapped label's, {@code ，只计这一情形}).
   */
  private static int lostOrdinalLength(String label) {
    if (emptyBrackets(label)) {
      return 2;
    }
    return label.length() > 1 && LOST_NUMERAL_MARKS.indexOf(label.charAt(0)) >= 0 && Character.isIdeographic(label.charAt(1)) ? 1 : 0;
  }

  /**
   * A label without the break that ended the sentence before it, where rows are written as sentences one after another
   * ({@code …426件；总计，自然人…}: the row （七）总计); the label itself where none opens it.
   */
  private static String afterSentenceBreak(String label) {
    return label.length() > 1 && SENTENCE_BREAKS.indexOf(label.charAt(0)) >= 0 ? label.substring(1) : label;
  }

  /**
   * A label without the colon or comma that ends it in a row written as a sentence ({@code （七）总计：自然人50、…},
   * {@code （七）总计，自然人、…分别为50、…}).
   */
  private static String withoutClosingColon(String label) {
    return label.endsWith(":") || label.endsWith("：") || label.endsWith(",") || label.endsWith("，")
        ? label.substring(0, label.length() - 1) : label;
  }

  /**
   * Rows whose labels OCR misprinted past recognition (characters dropped and confused: {@code 1.属家秘},
   * {@code 3.要求提公开出}), read where they stand as a reader reads them: between two found rows (or a found row and the
   * section's edge) that leave {@code k} template rows out, {@code k} numbered labels naming no row, each right before
   * its values, are those rows in template order when each keeps most of its row's wording in order (a common
   * subsequence of at least half the wording and two thirds of the label) or is numbered as the row
   * ({@link #numberedInPlace}), and leaves its figures whole ({@link #keepsItsFigures}).
   * Anything else there (a row the template lacks, a label keeping too little) stays unknown.
   */
  private List<Found<TemplateRow>> misprintedInPlace(List<Found<TemplateRow>> found, List<TemplateRow> order,
      NationalTemplate.Matrix template, ReportContext context) {
    Map<TemplateRow, Integer> position = new IdentityHashMap<>();
    for (int i = 0; i < order.size(); i++) {
      position.put(order.get(i), i);
    }
    List<Found<TemplateRow>> out = new ArrayList<>(found);
    for (int f = found.size(); f >= 0; f--) {
      int fromToken = f == 0 ? 0 : found.get(f - 1).token() + 1;
      int toToken = f == found.size() ? tokens.size() : found.get(f).token();
      Integer fromRow = f == 0 ? Integer.valueOf(0) : position.get(found.get(f - 1).row());
      Integer toRow = f == found.size() ? Integer.valueOf(order.size()) : position.get(found.get(f).row());
      if (fromRow == null || toRow == null) {
        continue;
      }
      List<TemplateRow> missing = order.subList(f == 0 ? 0 : fromRow + 1, toRow);
      if (missing.isEmpty()) {
        continue;
      }
      List<Integer> labelsThere = new ArrayList<>();
      for (int i = fromToken; i < toToken && i + 1 < tokens.size() && labelsThere.size() <= missing.size(); i++) {
        if (tokens.get(i + 1).isValue() && !tokens.get(i + 1).value().isBlank() && (Ordinals.bareNumerals(tokens.get(i).text()) != null
            || (hasOrdinal(i) || misprintedOrdinal(i)) && namesNoRowBut(afterGroup(i), missing, template) && !groupPieces(tokens.get(i).text()))) {
          labelsThere.add(i);
        }
      }
      if (labelsThere.size() != missing.size()) {
        continue;
      }
      boolean all = true;
      for (int k = 0; k < missing.size() && all; k++) {
        int t = labelsThere.get(k);
        String label = misprintedOrdinal(t) ? tokens.get(t).text().substring(1) : Ordinals.strip(afterGroup(t));
        TemplateRow near = template.rowNear(afterGroup(t));
        all = (near == null || near == missing.get(k))
            && (keepsWording(label, missing.get(k).wording()) || keepsWording(withWrappedTail(t), missing.get(k).wording())
            || numberedInPlace(t, missing.get(k), order, f > 0 ? found.get(f - 1) : null, f < found.size() ? found.get(f) : null)
            || ordinalAloneInPlace(t, missing.get(k), found, f))
            && keepsItsFigures(t);
      }
      for (int k = 0; all && k < missing.size(); k++) {
        int t = labelsThere.get(k);
        out.add(f + k, new Found<>(missing.get(k), t, startOf[t], startOf[t] + tokens.get(t).text().length()));
        context.warn("label_misprinted", "section 三: row '" + tokens.get(t).text() + "' names no row, misprinted; it stands"
            + " where the template's row " + missing.get(k).key() + " is missing, and keeps most of its wording or bears its"
            + " number (in its group, or alone as the row's own in section 三): read as that row");
      }
    }
    return out;
  }

  /**
   * Whether label token {@code i} opens with the mark left of an ordinal whose numeral OCR lost ({@code ，年新玫府信…} for
   * 一、本年新收…), before two characters or more: a label where a row is misprinted, not elsewhere (a line of a wrapped
   * label may open with a mark, {@code ，只计这一情形}).
   */
  private boolean misprintedOrdinal(int i) {
    String text = tokens.get(i).text();
    return !tokens.get(i).isValue() && !hasOrdinal(i) && text.length() > 2 && lostOrdinalLength(text) == 1;
  }

  /**
   * Whether a numbered label stands in its row's place by its number, as a reader counts a group's rows: its ordinal is
   * the row's number in its group, and the found rows of that group around it print theirs ({@code 2.申清} between
   * {@code 1.信访…} and {@code 3.要求提供…} is row 2, 重复申请, however little of it is left).
   */
  private boolean numberedInPlace(int label, TemplateRow row, List<TemplateRow> order, Found<TemplateRow> before,
      Found<TemplateRow> after) {
    if (row.group() == null || printedNumber(label) != numberInGroup(row, order)) {
      return false;
    }
    boolean confirmed = false;
    for (Found<TemplateRow> f : Arrays.asList(before, after)) {
      if (f != null && row.group().equals(f.row().group())) {
        if (printedNumber(f.token()) != numberInGroup(f.row(), order)) {
          return false;
        }
        confirmed = true;
      }
    }
    return confirmed;
  }

  /**
   * Whether a label printing nothing but a bracketed ordinal ({@code （七）} for （七）总计) stands for the row that ordinal
   * numbers in section 三, missing where the label stands between found rows {@code f - 1} and {@code f}: the ordinal
   * is the row's own (a group's, （六） of 2021's 其他处理, numbers no row) and the rows around it agree, each printing
   * counts of its own. Where the row before or after prints none, the ordinal's counts may be that row's, its label
   * set below or above them, and which row's they are is unclear.
   */
  private boolean ordinalAloneInPlace(int label, TemplateRow row, List<Found<TemplateRow>> found, int f) {
    if (row.ordinal() == null || !row.ordinal().equals(Ordinals.bareNumerals(tokens.get(label).text())) || f == 0
        || f == found.size()) {
      return false;
    }
    int afterEnd = f + 1 < found.size() ? found.get(f + 1).token() : tokens.size();
    return hasCount(found.get(f - 1).token() + 1, label) && hasCount(found.get(f).token() + 1, afterEnd);
  }

  /** Whether a value token between tokens {@code from} and {@code to} prints something (a blank cell prints nothing). */
  private boolean hasCount(int from, int to) {
    for (int i = from; i < to; i++) {
      if (tokens.get(i).isValue() && !tokens.get(i).value().isBlank()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The number of the Arabic ordinal opening label token {@code i} ({@code 2.申清}: 2), also after its group's label
   * where the group's first row prints it ({@code （四）无法提供1.本机机关…}: 1), or -1.
   */
  private int printedNumber(int i) {
    String text = afterGroup(i);
    int digits = 0;
    while (digits < text.length() && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
      digits++;
    }
    return digits > 0 && digits <= 2 && Ordinals.opens(text) ? Integer.parseInt(text.substring(0, digits)) : -1;
  }

  /**
   * Label token {@code i}'s text after the group label it opens with, as a group's first row prints both
   * ({@code （四）无法提供1.本机关…}: {@code 1.本机关…}); its text where it opens with none.
   */
  private String afterGroup(int i) {
    String b = bare(i);
    for (String g : groups) {
      if (b.length() > g.length() && b.startsWith(g)) {
        return NationalTemplate.Matrix.afterGroupMark(b.substring(g.length()));
      }
    }
    return tokens.get(i).text();
  }

  /** The row's number in its group, as the national format prints it (1. for its first row). */
  private static int numberInGroup(TemplateRow row, List<TemplateRow> order) {
    int n = 0;
    for (TemplateRow r : order) {
      n += row.group().equals(r.group()) ? 1 : 0;
      if (r == row) {
        return n;
      }
    }
    return -1;
  }

  /**
   * Whether the label holding a near match of a row's phrase keeps more of another row's wording, and most of it
   * ({@link #keepsWording}): {@code 4.无当理由大反复申请} is within an edit of 重复申请 but is 无正当理由大量反复申请
   * misprinted, as its words show a reader. A piece of text with no ordinal nor values of its own right after a
   * numbered label line's values is that label's wrap, read with it: {@code 4.无正理由由大量量} / values / {@code 复申清}
   * is row 4 wrapped (a piece with values is a row whose ordinal was lost: 5.要求…信息 / values / 其他外理 / values).
   */
  private <T extends Wordings> boolean keepsMoreOfAnother(LabelMatch m, T row, List<T> order) {
    if (!(row instanceof TemplateRow own)) {
      return false;
    }
    String label = wrappedLabel(tokenOf[m.start()]);
    int kept = own.wording() == null ? 0 : commonLength(label, own.wording());
    for (T other : order) {
      if (other != row && other instanceof TemplateRow o && o.wording() != null
          && keepsWording(label, o.wording(), kept)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Label token {@code i}'s text, after the numbered label it wraps: a piece with no ordinal nor values of its own right
   * after the values of a label line that opens with one.
   */
  private String wrappedLabel(int i) {
    int k = i - 1;
    while (k >= 0 && tokens.get(k).isValue()) {
      k--;
    }
    return k >= 0 && k < i - 1 && !opensWithOrdinal(i) && !valueInRow(i) && hasOrdinal(k) ? bare(k) + bare(i) : bare(i);
  }

  /**
   * Numbered label token {@code i}'s text with the piece of it wrapped below its values ({@code 二、上年年结政府} / values /
   * {@code 信公开申请数数量}): the next label, when it has no ordinal nor values of its own ({@link #wrappedLabel}).
   */
  private String withWrappedTail(int i) {
    int next = i + 1;
    while (next < tokens.size() && tokens.get(next).isValue()) {
      next++;
    }
    String label = misprintedOrdinal(i) ? tokens.get(i).text().substring(1) : bare(i);
    return next < tokens.size() && next > i + 1 && !opensWithOrdinal(next) && !valueInRow(next) && (hasOrdinal(i) || misprintedOrdinal(i))
        ? label + bare(next) : label;
  }

  /**
   * Whether a misprinted label leaves its row's figures whole: it does not end in a letter OCR prints for a digit
   * ({@code I589}: the label may have taken the count's first digit), and counts printed in every column add up.
   */
  private boolean keepsItsFigures(int token) {
    String label = tokens.get(token).text();
    if (DIGIT_LETTERS.indexOf(label.charAt(label.length() - 1)) >= 0) {
      return false;
    }
    int end = token + 1;
    while (end < tokens.size() && tokens.get(end).isValue()) {
      end++;
    }
    List<Token> values = tokens.subList(token + 1, end);
    List<Token> cells = withoutBlankEnds(values);
    boolean allCounts = cells.size() == rowCells && cells.stream().allMatch(t -> CellKind.isPlainDigits(t.text()));
    return !allCounts || wholeRow(values, rowCells);
  }

  /** Whether a label keeps most of a wording in order: a common subsequence of half the wording and two thirds of the label. */
  static boolean keepsWording(String label, String wording) {
    return keepsWording(label, wording, -1);
  }

  /**
   * {@link #keepsWording(String, String)} with a common subsequence longer than {@code more} too; the subsequence is
   * sought only where the two texts' lengths leave room for one long enough (no longer than the shorter).
   */
  private static boolean keepsWording(String label, String wording, int more) {
    if (wording == null || label.length() < 2) {
      return false;
    }
    int most = Math.min(label.length(), wording.length());
    if (most <= more || 2 * most < wording.length() || 3 * most < 2 * label.length()) {
      return false;
    }
    int common = commonLength(label, wording);
    return common > more && 2 * common >= wording.length() && 3 * common >= 2 * label.length();
  }

  /** The length of the longest common subsequence of two texts. */
  private static int commonLength(String label, String wording) {
    int[] prev = new int[wording.length() + 1];
    int[] cur = new int[wording.length() + 1];
    for (int i = 1; i <= label.length(); i++) {
      for (int j = 1; j <= wording.length(); j++) {
        cur[j] = label.charAt(i - 1) == wording.charAt(j - 1) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
      }
      int[] swap = prev;
      prev = cur;
      cur = swap;
    }
    return prev[wording.length()];
  }

  /**
   * Labels that open a row the template does not have ({@code 9.属于本机关新发明的情形}): a label with an ordinal,
   * right before a value, where no template row was found, naming no row even with a misprint (a converter that
   * repeats a merged label prints （一）予以公公开 twice), nor made of group labels' pieces alone (the two group columns
   * side by side, {@code 三、本年办} and {@code 无法提供}). Its values belong to no row.
   */
  private boolean[] unknownRows(List<Found<TemplateRow>> found, NationalTemplate.Matrix template, ReportContext context) {
    boolean[] unknown = new boolean[tokens.size()];
    boolean[] rowStart = new boolean[tokens.size()];
    found.forEach(f -> rowStart[f.token()] = true);
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!rowStart[i] && hasOrdinal(i) && tokens.get(i + 1).isValue() && !tokens.get(i + 1).value().isBlank()
          && namesNoRow(t, template) && !groupPieces(t.text()) && !continuesLabel(i, found, context)) {
        unknown[i] = true;
        context.warn("unknown_row", "section 三: row '" + t.text() + "' is not in the template; its values left out");
      }
    }
    return unknown;
  }

  /**
   * The group labels printed with figures of their own, by token: the group's subtotal row ({@code （三）不予公开 | 2 |
   * 0 | … | 2}, before or after the group's rows), whose figures are no row's. Only between two found rows that each
   * print values after their own label: elsewhere the values after a group label may be a row's printed on the group
   * label's line ({@code （三）不予公开} / values / {@code 1.属于国家秘密}).
   */
  private Map<Integer, GroupSubtotal> groupSubtotals(List<Found<TemplateRow>> found) {
    Map<Integer, GroupSubtotal> out = new LinkedHashMap<>();
    for (int i = 1; i < found.size(); i++) {
      int from = found.get(i - 1).token();
      int to = found.get(i).token();
      if (!hasValue(to + 1, i + 1 < found.size() ? found.get(i + 1).token() : tokens.size())) {
        continue;
      }
      for (int k = from + 1; k + 1 < to; k++) {
        if (!tokens.get(k).isValue() && groups.contains(bare(k)) && tokens.get(k + 1).isValue()
            && !tokens.get(k + 1).value().isBlank() && hasValue(from + 1, k)) {
          int end = k + 1;
          while (end < to && tokens.get(end).isValue()) {
            end++;
          }
          out.put(k, new GroupSubtotal(tokens.get(k).text(), bare(k), tokens.subList(k + 1, end)));
        }
      }
    }
    return out;
  }

  /**
   * Whether label token {@code i} carries on the label of the row found last before it, behind a group label's ordinal
   * or a piece of one printed beside it in the label columns ({@code 1.申请人无正当理由逾期不补正、行政机关不} /
   * {@code （六） 再处理其政府信息公开申请} and the values): no values since the row's label opened, and the row's label
   * as printed up to the token, then the token's text after the group's, end the row's template wording, or are a
   * piece of it as printed, its rest on the lines below ({@code 1.本机关不} / {@code （四）掌握相关政} and the values /
   * {@code 无法府信息}). A row's own ordinal (1. 2.) opens a row instead.
   */
  private boolean continuesLabel(int i, List<Found<TemplateRow>> found, ReportContext context) {
    Found<TemplateRow> row = null;
    for (Found<TemplateRow> f : found) {
      row = f.token() < i ? f : row;
    }
    String text = tokens.get(i).text();
    String bare = Ordinals.strip(text);
    if (row == null || row.at() >= startOf[i] || hasValue(row.token(), i) || arabicOrdinal(text, bare)) {
      return false;
    }
    String before = labels.substring(row.at(), startOf[i]);
    for (int p = text.length() - bare.length(); p + 2 <= text.length(); p++) {
      String label = before + text.substring(p);
      if (!groupPiece(text.substring(0, p), groups)) {
        continue;
      }
      if (row.row().wording() != null && row.row().wording().contains(label)) {
        return true;
      }
      LabelMatch m = row.row().endOfWording(label);
      if (m != null) {
        if (m.fuzzy()) {
          context.warn("label_fuzzy_match", "section 三: '" + label + "', with the group's '" + text.substring(0, p)
              + "' printed inside it, read as " + row.row().key() + " ('" + row.row().wording() + "')");
        }
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a label (after its group's, {@link #afterGroup}) names no row, or only one of {@code rows} misprinted twice
   * over ({@code 6.属于于四类过过程程性信息}: a doubling undone leaves one more, which the match of labels does not take,
   * but the row is no other).
   */
  private static boolean namesNoRowBut(String label, List<TemplateRow> rows, NationalTemplate.Matrix template) {
    if (template.rowOf(label) != null || isGroupLabel(label, template.groups())) {
      return false;
    }
    TemplateRow near = template.rowNear(label);
    return near == null || rows.contains(near);
  }

  private static boolean namesNoRow(Token t, NationalTemplate.Matrix template) {
    return template.rowOf(t.text()) == null && template.rowNear(t.text()) == null && !isGroupLabel(t.text(), template.groups());
  }

  /**
   * The label cells that open a grid row with values, outside every found row's label and naming no row or group
   * ({@code 办理}: OCR's reading of a row a page cut). Their values may be an unlabelled template row's by position,
   * never taken as the row above's. A piece of label before any cell of the row above is that row's label wrapped
   * (三线表: {@code （二）部分公开（区分} / {@code 处理的，只计这一情 0 0 …}, the values level with the label's middle).
   */
  private boolean[] unnamedGridRows(List<Found<TemplateRow>> found, NationalTemplate.Matrix template) {
    boolean[] inLabel = new boolean[tokens.size()];
    boolean[] rowStart = new boolean[tokens.size()];
    found.forEach(f -> {
      Arrays.fill(inLabel, f.token(), tokenOf[Math.max(f.at(), f.end() - 1)] + 1, true);
      rowStart[f.token()] = true;
    });
    boolean[] unnamed = new boolean[tokens.size()];
    boolean cellsAbove = false;
    for (int i = 0; i < tokens.size(); i++) {
      cellsAbove &= !rowStart[i];
      unnamed[i] = cellsAbove && tokens.get(i).opensRow() && !tokens.get(i).isValue() && !inLabel[i] && valueInRow(i) && namesNoRow(tokens.get(i), template);
      cellsAbove |= tokens.get(i).isValue();
    }
    return unnamed;
  }

  /**
   * Drops the blanks an unnamed grid row opens with beyond the template's {@code width}: the places of a label OCR lost
   * in the label columns ({@code | | | 0 | 1 | …} between two found rows), never cells of the row, which would shift its
   * values. Text before them stays before the row's first cell; the later rows' starts move with the cells.
   */
  private static void dropLabelPlaces(List<Token> values, List<Boolean> textBefore, List<Integer> starts, int width) {
    for (int r = starts.size() - 1; r >= 0; r--) {
      int from = starts.get(r);
      int to = r + 1 < starts.size() ? starts.get(r + 1) : values.size();
      int places = 0;
      while (places < to - from - width && values.get(from + places).value().isBlank()) {
        places++;
      }
      if (places > 0) {
        boolean text = textBefore.subList(from, from + places + 1).contains(true);
        values.subList(from, from + places).clear();
        textBefore.subList(from, from + places).clear();
        textBefore.set(from, text);
        for (int k = r + 1; k < starts.size(); k++) {
          starts.set(k, starts.get(k) - places);
        }
      }
    }
  }

  /**
   * Whether values read from text make whole rows one after another: each printed apart (a line or piece of its own,
   * as pdftotext prints a table's cells one a line) and each row's worth summing to its total. Text keeps no place
   * for a blank cell, so the count alone may match by chance; rows that all sum say each is one row's cells.
   */
  private static boolean wholeRowsOfText(List<Token> values, int width) {
    if (!values.stream().allMatch(Token::apart)) {
      return false;
    }
    for (int k = 0; k < values.size(); k += width) {
      if (!wholeRow(values.subList(k, k + width), width)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A row a page break cut, read whole: its first cells after its label, the rest on the one grid row with no label
   * below it (the places of its label blank), which together make a whole row whose columns sum to its total; null
   * otherwise. A row short of cells beside a row of the rest says nothing by itself (a blank-dropping text, a label
   * lost), so the sum must say they are one row.
   */
  private static List<Token> continuedRow(List<Token> values, Unnamed grid, int width) {
    if (grid.starts().size() != 1 || !grid.labels().get(0).isBlank()) {
      return null;
    }
    List<Token> head = withoutBlankEnds(values.subList(0, grid.starts().get(0)));
    List<Token> rest = withoutBlankEnds(values.subList(grid.starts().get(0), values.size()));
    if (head.isEmpty() || rest.isEmpty() || head.size() + rest.size() != width) {
      return null;
    }
    List<Token> whole = new ArrayList<>(head);
    whole.addAll(rest);
    return wholeRow(whole, width) ? whole : null;
  }

  private static List<Token> withoutBlankEnds(List<Token> cells) {
    int from = 0;
    int to = cells.size();
    while (from < to && cells.get(from).value().isBlank()) {
      from++;
    }
    while (to > from && cells.get(to - 1).value().isBlank()) {
      to--;
    }
    return cells.subList(from, to);
  }

  /**
   * Whether the cells are a row's counts, one per column, the last the sum of the others; blank cells at either end
   * (the places of merged labels) left out.
   */
  private static boolean wholeRow(List<Token> row, int width) {
    List<Token> cells = withoutBlankEnds(row);
    // A blank cell between counts (a gap in a row placed by position) is no count to sum.
    if (cells.size() != width
        || !cells.stream().allMatch(t -> !t.text().isEmpty() && CellKind.isPlainDigits(t.text()) && t.text().length() <= 9)) {
      return false;
    }
    long sum = 0;
    for (int i = 0; i + 1 < width; i++) {
      sum += Long.parseLong(cells.get(i).text());
    }
    return sum == Long.parseLong(cells.get(width - 1).text());
  }

  /** Whether a value that is not blank follows token {@code i} before the next label. */
  private boolean valueInRow(int i) {
    for (int k = i + 1; k < tokens.size() && tokens.get(k).isValue(); k++) {
      if (!tokens.get(k).value().isBlank()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The rows of {@code order} found in print order; a row whose wording first shows after the next row's is absent.
   * A wording right after a negation names no row ({@link TemplateRow#negatedAt}: 予以公开 in a row labelled
   * （三）不予以公开, the withheld group printing its own counts, is not granted).
   */
  private <T extends Wordings> List<Found<T>> align(List<T> order, List<String> groups, String section, ReportContext context) {
    List<Found<T>> found = new ArrayList<>();
    int pos = 0;
    for (int i = 0; i < order.size(); i++) {
      T row = order.get(i);
      // Only a distinctive phrase bounds the search: 总计 or 其他 alone may be a column header.
      LabelMatch next = null;
      for (int k = i + 1; k < order.size() && next == null; k++) {
        next = order.get(k).phrases().isEmpty() ? null : exact(order.get(k), pos);
      }
      int limit = next == null ? labels.length() : next.start();
      LabelMatch m = exact(row, pos);
      if (m != null && m.start() >= limit) {
        m = null;
      }
      if (m == null) {
        m = interrupted(row, pos, limit, groups);
      }
      if (m == null) {
        m = approximate(row, pos, limit, groups);
        m = m != null && keepsMoreOfAnother(m, row, order) ? null : m;
      }
      if (m == null) {
        m = head(row, pos, limit);
      }
      if (m == null) {
        m = cut(row, pos, limit, order);
      }
      if (m != null && m.fuzzy()) {
        context.warn("label_fuzzy_match", section + ": '" + printed(m) + "' in '" + printedLabel(m) + "' read as " + row.key()
            + " ('" + String.join("/", row.phrases().isEmpty() ? row.labels() : row.phrases()) + "')");
      }
      if (m != null) {
        LabelMatch start = head(row, pos, m.start());
        int at = start != null ? start.start() : m.start();
        found.add(new Found<>(row, tokenOf[at], at, m.end()));
        pos = m.end();
      }
    }
    return found;
  }

  /**
   * A label cut at its column's edge, as a spreadsheet prints a label wider than its column ({@code 1.属于国家} of
   * 属于国家秘密): a piece of label opening a row (after the last row's counts, or first), whose text after its
   * (last) ordinal starts this row's wording and no other row's, with a count for every column beside it and a row's
   * ordinal after them.
   * A label wrapped over lines is no cut label: its first line is followed by more of it, not by an ordinal, and the
   * counts beside that line may be another row's.
   */
  private <T extends Wordings> LabelMatch cut(T row, int from, int to, List<T> order) {
    for (int i = from < labels.length() ? tokenOf[from] : tokens.size(); i < tokens.size() && startOf[i] < to; i++) {
      Token t = tokens.get(i);
      int ordinal = t.isValue() || i > 0 && !tokens.get(i - 1).isValue() ? -1 : lastOrdinal(t.text());
      if (ordinal < 0 || startOf[i] + ordinal < from || !fullRowAfter(i) || !ordinalAfterValues(i)) {
        continue;
      }
      String bare = Ordinals.strip(t.text().substring(ordinal));
      if (row.cutFrom(bare) && order.stream().filter(r -> r.cutFrom(bare)).count() == 1) {
        return new LabelMatch(startOf[i] + t.text().length() - bare.length(), startOf[i] + t.text().length(), true);
      }
    }
    return null;
  }

  /** Where the last ordinal in a piece of label opens (a group label's piece may come before a row's), or -1. */
  private static int lastOrdinal(String text) {
    for (int at = text.length() - 1; at >= 0; at--) {
      if (Ordinals.opensAt(text, at)) {
        return at;
      }
    }
    return -1;
  }

  /**
   * Whether a count for every column follows token {@code i} before the next label, as a spreadsheet prints each cell:
   * a row printed with blanks, or fewer counts, may be a wrapped label's line whose other lines were not read.
   */
  private boolean fullRowAfter(int i) {
    int k = i + 1;
    while (k < tokens.size() && tokens.get(k).isValue() && !tokens.get(k).value().isBlank()) {
      k++;
    }
    int counts = k - i - 1;
    return rowCells > 0 && (counts == rowCells || subtotal && counts == rowCells + 1) && (k == tokens.size() || !tokens.get(k).isValue());
  }

  /** Whether the label after token {@code i}'s values opens with an ordinal: a new row's; or none follows. */
  private boolean ordinalAfterValues(int i) {
    int k = i + 1;
    while (k < tokens.size() && tokens.get(k).isValue()) {
      k++;
    }
    return k == tokens.size() || Ordinals.opens(tokens.get(k).text());
  }

  /** The first head of the row's label in [from, to): where a label wrapped over lines starts ({@link TemplateRow}). */
  private LabelMatch head(Wordings row, int from, int to) {
    LabelMatch first = null;
    for (String h : row.heads()) {
      LabelMatch m = LabelMatch.exactUnnegated(labels, h, from, to);
      first = m != null && (first == null || m.start() < first.start()) ? m : first;
    }
    return first;
  }

  private LabelMatch exact(Wordings row, int from) {
    LabelMatch best = null;
    for (String p : row.phrases()) {
      LabelMatch m = LabelMatch.exactUnnegated(labels, p, from, labels.length());
      best = m != null && (best == null || m.start() < best.start()) ? m : best;
    }
    return best != null ? best : wholeLabel(row, from);
  }

  /**
   * A generic row (总计, 其他) is only a label token that is nothing but that word after its ordinal, or that word with
   * one character printed twice ({@code 3.其他他}) or with look-alikes ({@code （七）总汁}), or, after its ordinal and
   * right before the row's values, with its first or last character lost ({@code （七）总 21 1 5 …}, {@code （七）计 …}):
   * fuzzy, so warned.
   */
  private LabelMatch wholeLabel(Wordings row, int from) {
    if (row.labels().isEmpty() || from >= labels.length()) {
      return null;
    }
    LabelMatch withOrdinal = wholeLabel(row, from, true, tokens.size());
    return withOrdinal != null ? withOrdinal : wholeLabel(row, from, false, tokens.size());
  }

  /**
   * The first such token, with an ordinal when {@code ordinalOnly}: a row's own label ({@code 3.其他}) is preferred to
   * a piece of a group label wrapped apart ({@code （六）} / {@code 其他} / {@code 处理}). Only tokens before
   * {@code toToken} are looked at.
   */
  private LabelMatch wholeLabel(Wordings row, int from, boolean ordinalOnly, int toToken) {
    for (int i = tokenOf[from]; i < toToken; i++) {
      Token t = tokens.get(i);
      String bare = t.isValue() ? null : bare(i);
      if (bare != null && startOf[i] < from && ordinalOnly) {
        LabelMatch tail = numberedTail(i, from, row);
        if (tail != null) {
          return tail;
        }
      }
      if (bare == null || startOf[i] < from) {
        continue;
      }
      LabelMatch around = ordinalOnly && i + 1 < toToken ? aroundValues(i, row, toToken) : null;
      around = around == null && ordinalOnly ? wrappedBeforeValues(i, row, toToken) : around;
      if (around != null) {
        return around;
      }
      String afterPieces = ordinalOnly ? afterGroupPieces(t.text()) : null;
      if (afterPieces != null && row.labels().contains(afterPieces)) {
        return new LabelMatch(startOf[i], startOf[i] + t.text().length(), false);
      }
      if (ordinalOnly && bare.length() == t.text().length()) {
        continue;
      }
      boolean groupPiece = groupHead(i);
      for (String label : row.labels()) {
        if (!groupPiece && (bare.equals(label) || LabelMatch.doubledOnce(bare, label) || LabelMatch.lookAlike(bare, label)
            || withStrayMark(t.text(), label, ordinalOnly) || ordinalOnly && endDropped(bare, label) && valueAfter(i, toToken)
            || unclosedOrdinal(t.text(), row, label))) {
          return new LabelMatch(startOf[i], startOf[i] + t.text().length(), !bare.equals(label));
        }
        // after its group's label, with or without ordinals (其他处理·其他, 其他处理中其他: a summary's group-leaf label)
        LabelMatch grouped = afterGroup(i, row, label);
        if (grouped != null) {
          return grouped;
        }
      }
    }
    return null;
  }

  /**
   * A row's label after its ordinal where pieces of group labels open its line before that ordinal ({@code 理3.其他},
   * {@code 果（七）总计}: a merged group cell's text printed down its column, a character or two on each row's line);
   * null when the text opens otherwise.
   */
  private String afterGroupPieces(String text) {
    for (int p = 1; p < text.length(); p++) {
      if (Ordinals.opensAt(text, p)) {
        String before = text.substring(0, p);
        String rest = text.substring(p);
        String label = Ordinals.strip(rest);
        return label.length() < rest.length() && (groupPiece(before, groups) || groupPieces(before)) ? withoutClosingColon(label) : null;
      }
    }
    return null;
  }

  /**
   * Whether label token {@code i} is the head of a group's label, not a generic row's label (3.其他): its text opens a
   * group's ({@code （六）其他} of 其他处理) and the next label token runs it on ({@code 处理}, wrapped in a narrow column)
   * or is a row's own numbered label beside it ({@code （六）其他 | 1.申请人…}, the group's column of a grid).
   */
  private boolean groupHead(int i) {
    if (i + 1 >= tokens.size() || tokens.get(i + 1).isValue() || !isGroupLabel(tokens.get(i).text(), groups)) {
      return false;
    }
    String joined = bare(i) + tokens.get(i + 1).text();
    return opensWithOrdinal(i + 1) || groups.stream().anyMatch(g -> joined.startsWith(g) || g.startsWith(joined));
  }

  /**
   * Whether {@code bare} is {@code label} without its first or last character ({@code 总} or {@code 计} of 总计), what is
   * left maybe with a character printed twice ({@code （）计计}: the stutter a reader reads past, as in {@code 3.其他他}).
   */
  private static boolean endDropped(String bare, String label) {
    if (bare.length() != label.length() - 1 && bare.length() != label.length()) {
      return false; // neither the label less a character nor that with one doubled: no copies made
    }
    String head = label.substring(0, label.length() - 1);
    String tail = label.substring(1);
    return !bare.isEmpty() && (bare.equals(head) || bare.equals(tail) || LabelMatch.doubledOnce(bare, head)
        || LabelMatch.doubledOnce(bare, tail));
  }

  /** Whether token {@code i} is followed by a value before {@code toToken}. */
  private boolean valueAfter(int i, int toToken) {
    return i + 1 < toToken && tokens.get(i + 1).isValue();
  }

  /**
   * The end of label token {@code i}, after {@code from} (past the row before's label), when it is the row's numbered
   * label ({@code …不再处理其政府信息公开申请3.其他}: a cell holding two rows' labels, as OCR or a converter may merge
   * them): the values after the cell stand beside this label, not the one before; else null.
   */
  private LabelMatch numberedTail(int i, int from, Wordings row) {
    String text = withoutClosingColon(tokens.get(i).text());
    for (String label : row.labels()) {
      int end = text.endsWith(label) ? text.length() - label.length() : -1;
      // an arabic ordinal of one or two digits and its mark before the label, a label's character before it: 申请3.其他
      for (int at = end - 2; end > 0 && at >= end - 3; at--) {
        if (at > 0 && startOf[i] + at >= from && !Character.isDigit(text.charAt(at - 1))) {
          String piece = text.substring(at);
          String bare = Ordinals.strip(piece);
          if (bare.equals(label) && arabicOrdinal(piece, bare)) {
            return new LabelMatch(startOf[i] + at, startOf[i] + tokens.get(i).text().length(), false);
          }
        }
      }
    }
    return null;
  }

  /**
   * Label token {@code i} and the next label token, with values between them, where together they are nothing but the
   * row's ordinal and label, wrapped around its values ({@code （七）总} / values / {@code 计}, {@code （七} / values /
   * {@code ）合计}); else null.
   */
  private LabelMatch aroundValues(int i, Wordings row, int toToken) {
    int j = i + 1;
    while (j < toToken && tokens.get(j).isValue()) {
      j++;
    }
    if (j == i + 1 || j >= toToken || Ordinals.opens(tokens.get(j).text())) {
      return null;
    }
    String joined = tokens.get(i).text() + tokens.get(j).text();
    String bare = Ordinals.strip(joined);
    return bare.length() < joined.length() && row.labels().contains(withoutClosingColon(bare))
        ? new LabelMatch(startOf[i], startOf[j] + tokens.get(j).text().length(), false)
        : null;
  }

  /**
   * Label token {@code i} and the label tokens after it up to the row's values, where together they are nothing but
   * the row's ordinal and label wrapped over lines, as a narrow column prints it ({@code 3.其} / {@code 他} / values);
   * else null. A group's head ({@code （六）其} / {@code 他} / {@code 处理}) runs on past the label, so is none.
   */
  private LabelMatch wrappedBeforeValues(int i, Wordings row, int toToken) {
    if (!opensWithOrdinal(i)) {
      return null;
    }
    StringBuilder joined = new StringBuilder(tokens.get(i).text());
    for (int j = i + 1; j + 1 < toToken && !tokens.get(j).isValue() && !Ordinals.opens(tokens.get(j).text()); j++) {
      joined.append(tokens.get(j).text());
      String bare = withoutClosingColon(Ordinals.strip(joined.toString()));
      if (row.labels().stream().noneMatch(l -> l.startsWith(bare))) {
        return null; // most tokens: no label's head
      }
      if (tokens.get(j + 1).isValue() && row.labels().contains(bare) && !isGroupLabel(joined.toString(), groups)) {
        return new LabelMatch(startOf[i], startOf[j] + tokens.get(j).text().length(), false);
      }
    }
    return null;
  }

  /**
   * Whether {@code text} is the label, its ordinal (when {@code withOrdinal}) and closing colon, with one stray mark
   * inside it, as OCR prints a speck ({@code （七）总·计：}, {@code （'七）总计}); a mark at either end may be the text's
   * own punctuation ({@code 其他，}); marks before the ordinal, which no label's text opens with, are none of it (a CSV
   * field's comma and a spreadsheet's apostrophe left on the line: {@code ,'（七）总计}).
   */
  private static boolean withStrayMark(String text, String label, boolean withOrdinal) {
    if (text.length() > label.length() + MAX_ORDINAL + 2) {
      return false; // most tokens are settled here
    }
    int lead = 0;
    while (lead < text.length() && isStrayMark(text.charAt(lead))) {
      lead++;
    }
    if (lead > 0 && lead < text.length()) {
      String rest = text.substring(lead);
      String bare = Ordinals.strip(rest);
      if (bare.length() < rest.length() && withoutClosingColon(bare).equals(label)) {
        return true;
      }
    }
    for (int k = 1; k + 1 < text.length(); k++) {
      char c = text.charAt(k);
      if (isStrayMark(c)) {
        String without = text.substring(0, k) + text.substring(k + 1);
        String bare = Ordinals.strip(without);
        if (withoutClosingColon(bare).equals(label) && (!withOrdinal || bare.length() < without.length())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether {@code text} is the row's own bracketed ordinal, its closing bracket lost (faint, or read as nothing by
   * OCR), before the label: {@code （七总计} is （七）总计, its numeral and its words both the row's.
   */
  private static boolean unclosedOrdinal(String text, Wordings row, String label) {
    if (!(row instanceof TemplateRow r) || r.ordinal() == null || text.isEmpty() || "(（".indexOf(text.charAt(0)) < 0) {
      return false;
    }
    return text.startsWith(r.ordinal(), 1) && withoutClosingColon(text.substring(1 + r.ordinal().length())).equals(label);
  }

  private static boolean isStrayMark(char c) {
    return !Character.isLetterOrDigit(c) && STRUCTURAL_MARKS.indexOf(c) < 0;
  }

  /**
   * Token {@code i} as a group's label, its ordinal optional, followed by {@code label} in the same piece of text
   * ({@code （六）其他处理3.其他：} is the row 3.其他), either within one misprint ({@code 其他处处理其他}), or null. The
   * group may follow the section's own ({@code 三、本年度办理结果（六）其他处理3.其他：}, a key naming every level). A mark
   * may part the row's own group from it ({@code 其他处理·其他}, {@code 其他处理中其他}); after any other label a mark is
   * a key's ({@code (一)予以公开/总计} is a cell of 予以公开, not the row 总计 after 不予公开 misprinted).
   */
  private LabelMatch afterGroup(int i, Wordings row, String label) {
    String text = tokens.get(i).text();
    String afterOrdinal = Ordinals.strip(text);
    int start = text.length() - afterOrdinal.length();
    if (start > 0 && arabicOrdinal(text, afterOrdinal) && text.charAt(0) != '(') {
      return null; // a row's own ordinal opens it; a bracketed one may be the group's, (6)其他处理3.其他 as （六）
    }
    return afterGroup(i, text, start, label, row instanceof TemplateRow r ? r.group() : null, false, NESTED_GROUPS);
  }

  private LabelMatch afterGroup(int i, String text, int start, String label, String ownGroup, boolean fuzzy, int levels) {
    for (String g : groups) {
      List<LabelMatch> heads = new ArrayList<>(LabelMatch.approximateAt(text, g, start, text.length()));
      if (text.startsWith(g, start)) {
        heads.add(0, new LabelMatch(start, start + g.length(), false));
      }
      // the group's label cut at its column's edge, as a spreadsheet prints it, the row's ordinal right after it
      for (int cut = g.length() - 1; cut >= MIN_CUT_GROUP; cut--) {
        if (text.regionMatches(start, g, 0, cut) && Ordinals.opensAt(text, start + cut)) {
          heads.add(new LabelMatch(start, start + cut, true));
          break;
        }
      }
      for (LabelMatch head : heads) {
        String rest = g.equals(ownGroup) ? NationalTemplate.Matrix.afterGroupMark(text.substring(head.end())) : text.substring(head.end());
        String afterOrdinal = Ordinals.strip(rest);
        String bare = withoutClosingColon(afterOrdinal);
        if (bare.equals(label) || LabelMatch.doubledOnce(bare, label)) {
          return new LabelMatch(startOf[i], startOf[i] + text.length(), fuzzy || head.fuzzy() || !bare.equals(label));
        }
        LabelMatch inner = levels > 1 && afterOrdinal.length() < rest.length() && !arabicOrdinal(rest, afterOrdinal)
            ? afterGroup(i, text, text.length() - afterOrdinal.length(), label, ownGroup, fuzzy || head.fuzzy(),
                levels - 1)
            : null;
        if (inner != null) {
          return inner;
        }
      }
    }
    return null;
  }

  /**
   * A phrase broken by what a PDF prints between the lines of a wrapped label: values, and the characters of a
   * group label printed one per line ({@code 5.属于三类内部} / {@code 不予公} / {@code 年} / {@code 事务信息}). The
   * phrase's head ends one label token and its tail starts a later one, with only values and short pieces between.
   */
  private LabelMatch interrupted(Wordings row, int from, int to, List<String> groups) {
    for (int i = from < labels.length() ? tokenOf[from] : tokens.size(); i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.isValue() || startOf[i] >= to) {
        continue;
      }
      for (String p : row.phrases()) {
        for (int k = 1; k < p.length(); k++) {
          int start = startOf[i] + t.text().length() - k;
          if (start >= from && start < to && t.text().endsWith(p.substring(0, k)) && !TemplateRow.negatedAt(labels, start)) {
            int end = tailAfter(i, p.substring(k), groups);
            if (end >= 0) {
              return new LabelMatch(start, end, false);
            }
          }
        }
      }
    }
    return null;
  }

  /**
   * Where {@code tail} ends when a label token after token {@code i} starts with it, or with a piece of a group label
   * before it (the label columns printed side by side: {@code 本年度} / {@code 事项}), past only interruptions.
   */
  private int tailAfter(int i, String tail, List<String> groups) {
    for (int j = i + 1; j < tokens.size() && j <= i + MAX_INTERRUPTION; j++) {
      Token t = tokens.get(j);
      if (t.isValue()) {
        continue;
      }
      if (t.text().startsWith(tail)) {
        return startOf[j] + tail.length();
      }
      int at = tail.length() >= 2 ? t.text().indexOf(tail) : -1;
      if (at > 0 && groupPiece(t.text().substring(0, at), groups)) {
        return startOf[j] + at + tail.length();
      }
      if (t.text().length() > MAX_INTERRUPTING_PIECE) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * A phrase within one edit, but never inside a group label ({@code 予公开} in （三）不予公开 is no misprint of
   * 予以公开), nor across two pieces of text unless the later piece ends the phrase as printed (公开出版 and the next
   * line's {@code (} is no misprint of 公开出版物; 本年年新 and the next line's 收 is 本年新收 with 年 doubled).
   */
  private LabelMatch approximate(Wordings row, int from, int to, List<String> groups) {
    for (String p : row.phrases()) {
      for (int at = from; at < to; ) {
        LabelMatch first = LabelMatch.approximate(labels, p, at, to);
        if (first == null) {
          break;
        }
        for (LabelMatch m : LabelMatch.approximateAt(labels, p, first.start(), to)) {
          if (!insideGroup(m, groups) && !negated(m, p) && !numberedOtherwise(m, row)
              && (tokenOf[m.start()] == tokenOf[m.end() - 1] || endsAsPrinted(m, p) || wholeLabelApart(m))) {
            return m;
          }
        }
        at = first.start() + 1;
      }
    }
    return null;
  }

  /**
   * Whether the label a near match lies in opens with a bracketed ordinal other than the one the template numbers the
   * row with: {@code （三）予公幵} is {@code （三）不予公开} with characters lost, not {@code （一）予以公开}. A numeral
   * printed twice over ({@code （二二）}, as noisy text doubles characters) is the numeral: no ordinal repeats one.
   */
  private boolean numberedOtherwise(LabelMatch m, Wordings row) {
    if (!(row instanceof TemplateRow r) || r.ordinal() == null) {
      return false;
    }
    String numerals = Ordinals.bracketedNumerals(tokens.get(tokenOf[m.start()]).text());
    if (numerals == null) {
      return false;
    }
    StringBuilder once = new StringBuilder(numerals.length());
    for (int i = 0; i < numerals.length(); i++) {
      if (i == 0 || numerals.charAt(i) != numerals.charAt(i - 1)) {
        once.append(numerals.charAt(i));
      }
    }
    return !once.toString().equals(r.ordinal());
  }

  /**
   * Whether a near match of {@code wording} is the wording negated ({@link TemplateRow#negatedAt}): after a negation,
   * or a piece of the wording printed whole where it is negated (未予以公开 holds 以公开 and 未予以公, each within one
   * edit of 予以公开, whose opposite it says).
   */
  private boolean negated(LabelMatch m, String wording) {
    if (TemplateRow.negatedAt(labels, m.start())) {
      return true;
    }
    for (int at = labels.indexOf(wording, Math.max(0, m.start() - wording.length())); at >= 0 && at < m.end();
        at = labels.indexOf(wording, at + 1)) {
      if (at + wording.length() > m.start() && TemplateRow.negatedAt(labels, at)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a match across pieces of text is a whole label wrapped: it opens right after an ordinal that opens its
   * first piece and ends its last piece ({@code 2.重} / values / {@code 复甲请}), so no other label's text is in it.
   */
  private boolean wholeLabelApart(LabelMatch m) {
    int first = tokenOf[m.start()];
    int last = tokenOf[m.end() - 1];
    String head = tokens.get(first).text().substring(0, m.start() - startOf[first]);
    return !head.isEmpty() && Ordinals.strip(head).isEmpty()
        && m.end() == startOf[last] + withoutClosingColon(tokens.get(last).text()).length();
  }

  /** Whether the part of a match that lies in its last piece of text is the end of {@code phrase} as printed. */
  private boolean endsAsPrinted(LabelMatch m, String phrase) {
    int lastPiece = startOf[tokenOf[m.end() - 1]];
    return labels.regionMatches(lastPiece, phrase, phrase.length() - (m.end() - lastPiece), m.end() - lastPiece);
  }

  private boolean insideGroup(LabelMatch m, List<String> groups) {
    for (String g : groups) {
      for (int at = labels.indexOf(g, Math.max(0, m.start() - g.length())); at >= 0 && at < m.end(); at = labels.indexOf(g, at + 1)) {
        if (at < m.end() && at + g.length() > m.start()) {
          return true;
        }
      }
    }
    return false;
  }

  private String printed(LabelMatch m) {
    return labels.substring(m.start(), m.end());
  }

  /**
   * The printed label a match lies in: a grid cell's whole text; in a line of text, which may hold a whole header
   * line or the pieces of three label columns, from the last ordinal before the match (or the match) to the next
   * ordinal after it (or the line's end).
   */
  private String printedLabel(LabelMatch m) {
    Token t = tokens.get(tokenOf[m.start()]);
    String text = t.text();
    if (!t.fromText()) {
      return text;
    }
    int at = m.start() - startOf[tokenOf[m.start()]];
    int end = Math.min(text.length(), at + m.end() - m.start());
    int from = -1;
    for (int p = at; p >= 0 && from < 0; p--) {
      from = opensOrdinal(text, p) ? p : -1;
    }
    if (from < 0) {
      return text.substring(at, end); // no ordinal opens it: where the label ends is not known, the match is quoted
    }
    int to = end;
    while (to < text.length() && LABEL_END.indexOf(text.charAt(to)) < 0 && !opensOrdinal(text, to)) {
      to++;
    }
    return text.substring(from, to);
  }

  private static boolean opensOrdinal(String text, int at) {
    String rest = text.substring(at);
    return Ordinals.strip(rest).length() < rest.length();
  }

  /**
   * Each found row's cells: grid cells as printed, or digit runs split by their digits or by the identities; under a
   * header naming a subtotal, a row of text glued into fewer runs than columns holds the subtotal too
   * ({@link #withoutSubtotal}).
   */
  private static Map<TemplateRow, List<Integer>> read(Map<TemplateRow, List<Token>> spans, List<TemplateRow> order, int width,
      boolean rowSums, boolean subtotal, TemplateRow cut, ReportContext context) {
    Map<TemplateRow, List<int[]>> readings = new LinkedHashMap<>(); // print order: the warnings come out in it
    Map<TemplateRow, List<Integer>> out = new LinkedHashMap<>();
    Map<TemplateRow, List<DroppedFigure.Placement>> placed = new HashMap<>();
    // A part of the columns has no sum of its own: any split of its digits meets it, and no extra cell is told by it.
    Predicate<int[]> rowSum = rowSums ? v -> Arrays.stream(v, 0, width - 1).sum() == v[width - 1] : v -> true;
    boolean dropsCells = dropsCells(spans.values(), width);
    // whether rows before the cut one leave blank cells out: then the cut row's cells are no first columns either
    boolean dropsCellsBeforeCut = dropsCells(spans.entrySet().stream().filter(e -> e.getKey() != cut).map(Map.Entry::getValue).toList(), width);
    // a copy cut after a line break: its last row's cells are its first columns only where no row before it prints a
    // blank cell (a blank line at the cut may have been one)
    boolean firstColumnsAtCut = context.document().cut() || spans.entrySet().stream()
        .noneMatch(e -> e.getKey() != cut && e.getValue().stream().anyMatch(t -> t.value().isBlank()));
    boolean gluesCells = gluesCells(spans.values());
    boolean widerRows = widerRows(spans.values(), width);
    boolean labelPlaces = labelPlaces(spans.values(), width);
    for (Map.Entry<TemplateRow, List<Token>> e : spans.entrySet()) {
      String where = "section 三 row " + e.getKey().key();
      List<Token> values = e.getKey() == cut ? ItemDecoder.withoutCutEnd(e.getValue(), width, where, context) : e.getValue();
      if (values.isEmpty()) {
        // A label printed with no cell after it (a sentence stating one cell of its row, 本机关不掌握…：自然人3件):
        // no printed digits stand for its cells, so they are empty, not uncertain, and what a sentence states may fill them.
        context.warn("no_cells", where + ": its label is printed with no cell; left empty");
        out.put(e.getKey(), Arrays.asList(new Integer[width]));
        continue;
      }
      if (values.size() < width && values.stream().noneMatch(Token::fromText)) {
        List<Cell> cells = values.stream().map(Token::value).toList();
        List<Cell> split = CountCells.withFiguresApartSplit(cells, width, where, context);
        values = split == cells ? values : split.stream().map(c -> new Token(c.text(), c, false)).toList();
      }
      warnOcrCells(values, where, context);
      values = withZeroGlueSplit(values, width);
      List<String> runs = digitRuns(values);
      if (e.getKey() == cut && !dropsCellsBeforeCut && firstColumnsAtCut && runs != null && runs.size() < width
          && values.stream().allMatch(t -> !t.fromText() || t.apart())) {
        out.put(e.getKey(), cutRow(runs, width, where, context));
        continue;
      }
      if (cellsLost(values, runs, width)) {
        List<DroppedFigure.Placement> p = rowSums ? DroppedFigure.placements(runs, width, rowSum) : List.of();
        if (p.isEmpty()) {
          warnCellsLost(runs, width, where, context);
        } else {
          placed.put(e.getKey(), p);
          readings.put(e.getKey(), p.stream().map(DroppedFigure.Placement::values).toList());
        }
        out.put(e.getKey(), null);
        continue;
      }
      // More runs than columns split no way: as for grid cells, which are extra is known only where it does not matter.
      if (runs == null || runs.isEmpty() || runs.size() > width || runs.size() == width && values.stream().noneMatch(Token::fromText)) {
        List<Cell> printed = values.stream().map(Token::value).toList();
        printed = subtotal ? printed : BlankSeparators.dropped(printed, width, where, context);
        if (dropsCells && printed.size() > width && values.stream().allMatch(Token::fromText)) {
          // no blank cell holds a place: the figures past the row's own may be the next row's, its label not found
          context.warn("extra_cells", where + ": " + printed.size() + " figures where " + width + " were expected, in a text"
              + " that leaves its blank cells out: which are the row's is unknown; left empty");
          out.put(e.getKey(), null);
          continue;
        }
        if (widerRows && printed.size() > width && blankEnd(printed)) {
          context.warn("extra_cells", where + ": " + printed.size() + " value cells where " + width + " were expected, and"
              + " other rows print more than " + width + " with figures at both ends: the table has a column more, its blank"
              + " end is a cell of the row, and which are extra is unknown; left empty");
          out.put(e.getKey(), null);
          continue;
        }
        // Where other rows show the first of width + 1 places to be a label's, a row's blank there is that place too,
        // its blank at the end its own last column (总计 left blank): its sum, broken so by a blank total, tells nothing.
        if (values.stream().noneMatch(Token::fromText) && CountCells.lostCells(printed, width)) {
          context.warn("lone_figure", where + ": one figure '" + printed.get(0).raw().strip() + "' and "
              + (printed.size() - 1) + " blank cells, the total's among them, where " + width + " columns were expected: the"
              + " row's cells lost, which column the figure stands in is unknown; left empty");
          out.put(e.getKey(), null);
          continue;
        }
        boolean labelPlace = labelPlaces && printed.size() == width + 1 && printed.get(0).isBlank();
        List<Cell> cells = rowSums ? CountCells.withoutExtraCells(printed, width, labelPlace ? null : rowSum, where, context)
            : CountCells.partWithoutExtraCells(printed, width, where, context);
        out.put(e.getKey(), cells == null ? null : CountCells.read(cells, width, rowSums ? rowSum : null, where, context));
        continue;
      }
      // A text that drops blank cells may have dropped one inside a glued run too (4340011 for _ 4 3 4 0 0 11).
      boolean spacedShort = dropsCells && runs.size() < width;
      BitSet apart = gluesCells ? new BitSet() : Token.apart(values);
      List<int[]> r = spacedShort ? List.of()
          : subtotal && runs.size() < width && values.stream().allMatch(Token::fromText) ? withoutSubtotal(runs, apart, width, rowSum)
          : DigitSplits.upTo(runs, apart, width, rowSum, MAX_READINGS);
      readings.put(e.getKey(), r.size() > MAX_READINGS ? List.of() : r);
      out.put(e.getKey(), null);
    }
    Map<TemplateRow, int[]> settled = ColumnIdentities.settle(order, withWholeRows(readings, out));
    readings.forEach((row, r) -> {
      String where = "section 三 row " + row.key();
      List<String> runs = digitRuns(spans.get(row));
      String printed = String.join(" ", runs);
      int[] values = settled.get(row);
      if (placed.containsKey(row)) {
        if (values == null) {
          warnCellsLost(runs, width, where, context);
          return;
        }
        DroppedFigure.Placement p = DroppedFigure.of(placed.get(row), values);
        warnFigureDropped(runs, width, where, r.size() > 1 ? "the table's column sums allow" : "the row's sum allows", p, context);
        out.put(row, p.read());
        return;
      }
      if (values == null) {
        String code = !r.isEmpty() ? "glued_row_ambiguous" : printed.replace(" ", "").length() < width ? "short_row" : "row_unread";
        context.warn(code, where + ": digits '" + printed + "' "
            + (r.isEmpty() ? "make no " + width + " counts" : "split more than one way") + "; left empty");
        return;
      }
      if (spans.get(row).size() != width) {
        context.warn("glued_row_split", where + ": digits '" + printed + "' read as " + Arrays.toString(values)
            + ", the only reading " + (r.size() > 1 ? "the table's column sums allow" : "its digits and the row's sum allow"));
      }
      out.put(row, Arrays.stream(values).boxed().toList());
    });
    return out;
  }

  /**
   * The readings of a row's glued digits under a header naming a subtotal after the five 法人或其他组织 columns: one
   * count more than the columns, the subtotal the sum of the five before it and the row's sum kept; the subtotal,
   * no column of the template, dropped. Without it a split into the columns alone may meet the row's sum with the
   * subtotal's digits inside the others ({@code 0 4 3 25 0 1 33 33} read as 0 4 325 0 1 3 333).
   */
  private static List<int[]> withoutSubtotal(List<String> runs, BitSet apart, int width, Predicate<int[]> rowSum) {
    int at = width - 1;
    List<int[]> readings = new ArrayList<>();
    for (int[] v : DigitSplits.upTo(runs, apart, width + 1, v -> SectionTokens.sumsParts(v, at), MAX_READINGS)) {
      int[] kept = new int[width];
      System.arraycopy(v, 0, kept, 0, at);
      System.arraycopy(v, at + 1, kept, at, width - at);
      if (SectionTokens.sumsParts(v, at) && rowSum.test(kept)) {
        readings.add(kept);
      }
    }
    return readings;
  }

  /**
   * Whether the report's text is cut inside section 三, in {@code last}, the last row it prints: a stored copy of a
   * page's beginning stops part-way through a line of the table, or, one cell a line, after a figure's line before the
   * table's last row (a report never ends there; a row printed on one line ends whole, its short cells unplaced);
   * either way its last row prints only its first cells.
   */
  private static boolean textEndsInSection(TemplateRow last, List<TemplateRow> order, ReportContext context) {
    List<Block> section = context.sections().blocks(Sections.APPLICATIONS);
    List<Block> document = context.document().blocks();
    if (section.isEmpty() || document.isEmpty() || section.get(section.size() - 1) != document.get(document.size() - 1)) {
      return false;
    }
    return context.document().cut() || last != order.get(order.size() - 1)
        && document.get(document.size() - 1) instanceof Paragraph p && LONE_COUNT.matcher(p.text().strip()).matches();
  }

  /**
   * The row the text ends in, each cell printed apart: its printed cells are its first columns, the rest not printed.
   * Where the text stops part-way through the line, the last one may be cut too (12 of 125), unless it is 0, which no
   * longer count begins with; after a line break it is whole, and so after the pipe closing its cell ({@code | 1 |}).
   */
  private static List<Integer> cutRow(List<String> runs, int width, String where, ReportContext context) {
    Integer[] counts = new Integer[width];
    Document document = context.document();
    int kept = !document.cut() || document.cutAfterCell() || runs.get(runs.size() - 1).equals("0") ? runs.size() : runs.size() - 1;
    for (int c = 0; c < kept; c++) {
      counts[c] = runs.get(c).length() <= 9 ? Integer.valueOf(runs.get(c)) : null;
    }
    context.warn("text_ends_in_row", where + ": the text ends after " + runs.size() + " of its " + width + " cells ('"
        + String.join(" ", runs) + "'): " + kept + " read as the first columns, the others not printed");
    return Arrays.asList(counts);
  }

  /**
   * Whether {@code values} are grid cells printed apart, more than one and fewer than {@code width}: a reader that
   * kept positions saw each as one count, so splitting one into digits would make wrong numbers ({@code 38 0 0 0 38}
   * is not 3 8 0 0 0 3 8), and which columns the missing ones are is not known. Digit splitting is for runs glued in
   * text, or a whole row glued into one cell. Warns when so.
   */
  private static boolean cellsLost(List<Token> values, List<String> runs, int width) {
    return runs != null && runs.size() >= 2 && runs.size() < width && values.stream().noneMatch(Token::fromText);
  }

  private static void warnCellsLost(List<String> runs, int width, String where, ReportContext context) {
    context.warn("short_row", where + ": " + runs.size() + " cells '" + String.join(" ", runs) + "' printed apart for "
        + width + " columns, the places of the others unknown; left empty");
  }

  private static void warnFigureDropped(
      List<String> runs, int width, String where, String by, DroppedFigure.Placement p, ReportContext context) {
    context.warn("figure_dropped", where + ": " + runs.size() + " cells '" + String.join(" ", runs) + "' for " + width
        + " columns, placed the only way " + by + " with one figure lost; the cell(s) it may be, columns "
        + p.lost().stream().map(c -> c + 1).boxed().toList() + ", left empty");
  }

  /**
   * The readings to settle with the table's column sums: the uncertain rows' readings, and each row read whole as
   * its one reading, since every row's values enter the sums.
   */
  private static Map<TemplateRow, List<int[]>> withWholeRows(Map<TemplateRow, List<int[]>> readings, Map<TemplateRow, List<Integer>> out) {
    Map<TemplateRow, List<int[]>> all = new HashMap<>(readings);
    out.forEach((row, v) -> {
      if (v != null && !readings.containsKey(row) && v.stream().allMatch(Objects::nonNull)) {
        all.put(row, List.of(v.stream().mapToInt(Integer::intValue).toArray()));
      }
    });
    return all;
  }

  /**
   * Says where a letter O among a row's counts was read as 0 ({@link Numerals#isLetterZero}), and where a cell
   * OCR could not read was left empty ({@link SectionTokens#isIllegible}).
   */
  private static void warnOcrCells(List<Token> values, String where, ReportContext context) {
    int letters = 0;
    int illegible = 0;
    for (Token t : values) {
      letters += Numerals.isLetterZero(t.text()) ? 1 : 0;
      illegible += SectionTokens.isIllegible(t.text()) ? 1 : 0;
    }
    if (letters > 0) {
      context.warn("letter_read_as_zero", where + ": " + letters + " cell(s) printed as the letter O among counts read as 0");
    }
    if (illegible > 0) {
      context.warn("illegible_cell", where + ": " + illegible + " cell(s) printed illegible (a blot, a ?, a letter l, I, S or B for a digit, or counts a text dump wrapped over lines) left empty");
    }
  }

  /**
   * Whether the text leaves cells out: a row prints fewer digits than the table has columns (blanks left out, or a
   * table cut at the page margin). Its rows' spaced runs are then cells as printed with some missing, not digits
   * glued together ({@code 22 17 20 11 34} is not 2 2 17 2 0 11 34), and a glued run may have lost a blank among its
   * cells too ({@code 4340011} for a blank then 4 3 4 0 0 11): neither is split.
   */
  /**
   * Whether rows print one cell more than the template's {@code width}, a figure at both ends and not all the same
   * (two such rows at least: one may be two rows' cells run together): the table has a column the template lacks (a
   * 小计 its header does not name clearly), so a blank at another row's end is one of that row's cells, not the place
   * of a label merged over two columns, and dropping it would shift the row.
   */
  private static boolean widerRows(Collection<List<Token>> rows, int width) {
    int wider = 0;
    for (List<Token> values : rows) {
      if (values.size() == width + 1 && !values.get(0).value().isBlank() && !values.get(width).value().isBlank()
          && values.stream().anyMatch(t -> !t.text().equals(values.get(0).text()))) {
        wider++;
      }
    }
    return wider >= 2;
  }

  /**
   * Whether rows print one cell more than the template's {@code width}, the first blank and the last a figure (two such
   * rows at least): a grid whose first place is the label's (a row whose label stands on the lines above, placed by
   * position), so that a blank at another row's end is its last column left blank, not a stray column.
   */
  private static boolean labelPlaces(Collection<List<Token>> rows, int width) {
    int placed = 0;
    for (List<Token> values : rows) {
      if (values.size() == width + 1 && values.get(0).value().isBlank() && !values.get(width).value().isBlank()) {
        placed++;
      }
    }
    return placed >= 2;
  }

  private static boolean blankEnd(List<Cell> cells) {
    return cells.get(0).isBlank() || cells.get(cells.size() - 1).isBlank();
  }

  private static boolean dropsCells(Collection<List<Token>> rows, int width) {
    for (List<Token> values : rows) {
      List<String> runs = digitRuns(values);
      if (runs != null && !runs.isEmpty() && allFromText(values) && digits(runs) < width) {
        return true;
      }
    }
    return false;
  }

  private static boolean allFromText(List<Token> values) {
    for (Token t : values) {
      if (!t.fromText()) {
        return false;
      }
    }
    return true;
  }

  private static int digits(List<String> runs) {
    int digits = 0;
    for (String run : runs) {
      digits += run.length();
    }
    return digits;
  }

  /**
   * A line of text printing a row's cells with marks of no value among them and one cell fewer than its columns, one
   * piece of digits no count is printed as ({@code 0 / 01 0 / 1}: OCR closed the gap after a 0): that piece is two
   * cells, split where it splits only one way into counts ({@code 01} into 0 and 1). The digit runs of a row without
   * marks are split by {@link DigitSplits}; elsewhere the values as they are.
   */
  private static List<Token> withZeroGlueSplit(List<Token> values, int width) {
    if (values.size() != width - 1 || !values.stream().allMatch(Token::fromText)
        || values.stream().noneMatch(t -> CellKind.isMarker(t.text()))) {
      return values;
    }
    int glued = -1;
    for (int i = 0; i < values.size(); i++) {
      String text = values.get(i).text();
      if (CellKind.isPlainDigits(text) && !DigitSplits.canBeOneCount(text)) {
        if (glued >= 0) {
          return values;
        }
        glued = i;
      }
    }
    if (glued < 0) {
      return values;
    }
    String text = values.get(glued).text();
    int cut = -1;
    for (int k = 1; k < text.length(); k++) {
      if (DigitSplits.canBeOneCount(text.substring(0, k)) && DigitSplits.canBeOneCount(text.substring(k))) {
        if (cut >= 0) {
          return values;
        }
        cut = k;
      }
    }
    if (cut < 0) {
      return values;
    }
    List<Token> split = new ArrayList<>(values);
    split.set(glued, new Token(text.substring(cut), new Cell(text.substring(cut)), true));
    split.add(glued, new Token(text.substring(0, cut), new Cell(text.substring(0, cut)), true));
    return split;
  }

  /**
   * Whether the table's text shows it glues cells: a run of digits no count is printed as ({@code 00}, {@code 023}).
   * Its runs printed apart may then be cells run together too ({@code 0 0 1 0 0 23} in a pdftotext -layout dump
   * whose other rows print {@code 000}); elsewhere each is one number.
   */
  private static boolean gluesCells(Collection<List<Token>> rows) {
    for (List<Token> values : rows) {
      for (Token t : values) {
        if (t.fromText() && CellKind.isPlainDigits(t.text()) && !DigitSplits.canBeOneCount(t.text())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The values as runs of plain digits when every one is (text or grid cells alike), else null: a cell printing figures
   * apart ({@code 1 6}) is none, whose figures no reading joins.
   */
  private static List<String> digitRuns(List<Token> values) {
    List<String> runs = new ArrayList<>(values.size());
    for (Token t : values) {
      Cell c = t.value();
      if (c.isBlank() || !CellKind.isPlainDigits(c.text()) || Counts.FIGURES_APART.equals(Counts.parse(c).problem())) {
        return null;
      }
      runs.add(c.text());
    }
    return runs;
  }
}
