package org.govdisclosure.extract.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.govdisclosure.extract.spi.ReportContext;
import org.govdisclosure.extract.spi.Template;
import org.govdisclosure.extract.tables.SectionTokens.Token;
import org.govdisclosure.extract.template.NationalTemplate;
import org.govdisclosure.extract.template.NationalTemplate.Named;

/**
 * Section 四 written as key-value prose whose every key names its cell's proceeding and outcome together
 * ({@code 行政复议结果维持6，行政复议结果纠正0，…，直接起诉总计1，复议后起诉结果维持1，…}): the table's row and column
 * headers joined before each count, so each count is placed by its key, as a reader does, whatever their order. A key
 * naming no proceeding (or only 行政诉讼, which two proceedings share) or no outcome, or two cells keyed alike with
 * different counts, leaves its cell empty with a warning. The names are the template's wordings, the longest found.
 */
final class KeyedReviewCounts {

  /** What ends the clause before a key: the key is the text after it. */
  private static final String CLAUSE_MARKS = ",，;；:：、。";

  private static final List<NationalTemplate.Column> COLUMNS = NationalTemplate.of(Template.T2019).applications().columns();

  private KeyedReviewCounts() {}

  /**
   * The fifteen cells in the template's order where the section is such prose: every count printed in a sentence,
   * each after a key naming an outcome, and one proceeding named in the keys of two counts at least (a key per cell,
   * not a label per proceeding); else null.
   */
  static List<Integer> read(List<Token> tokens, NationalTemplate.ReviewBlock block, ReportContext context) {
    List<Token> values = new ArrayList<>();
    List<int[]> keys = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    StringBuilder before = new StringBuilder();
    String outcomeOpenings = openings(block.outcomes());
    String proceedingOpenings = openings(block.proceedings());
    for (Token t : tokens) {
      if (!t.isValue()) {
        before.append(t.text());
        continue;
      }
      if (!t.fromText()) {
        return null; // a grid's cells are placed by its header
      }
      // a count right after 总计 has the name read as section 三's total column's, the same word as the outcome's
      String key = clauseEnd(before) + (t.namedColumn() >= 0 ? COLUMNS.get(t.namedColumn()).label() : "");
      int outcome = onlyNamed(key, block.outcomes(), outcomeOpenings);
      if (outcome < 0) {
        return null;
      }
      int proceeding = onlyNamed(key.substring(0, outcomeStart(key, block.outcomes().get(outcome))), block.proceedings(),
          proceedingOpenings);
      values.add(t);
      keys.add(new int[] {proceeding, outcome});
      texts.add(key);
      before.setLength(0);
    }
    if (!keyPerCell(keys)) {
      return null;
    }
    int width = block.outcomes().size();
    Integer[] out = new Integer[width * block.proceedings().size()];
    boolean[] conflict = new boolean[out.length];
    List<Integer> counts = CountCells.counts(values.stream().map(Token::value).toList(), "section 四", context);
    for (int i = 0; i < values.size(); i++) {
      int[] key = keys.get(i);
      if (key[0] < 0) {
        context.warn("row_unread", "section 四: key '" + texts.get(i) + "' names no proceeding of the table: its count "
            + values.get(i).value().text() + " is no cell a reader can place; left out");
        continue;
      }
      int cell = key[0] * width + key[1];
      Integer count = counts.get(i);
      if (out[cell] != null && !out[cell].equals(count) || conflict[cell]) {
        context.warn("row_unread", "section 四: key '" + texts.get(i) + "' printed twice with different counts: which is"
            + " the cell's is unknown; left empty");
        conflict[cell] = true;
        out[cell] = null;
        continue;
      }
      out[cell] = count;
    }
    context.warn("keyed_cells", "section 四: counts placed by the proceeding and outcome each one's key names");
    return Arrays.asList(out);
  }

  /** Whether some proceeding is named in the keys of two counts: keys name each cell, not a row's label its five. */
  private static boolean keyPerCell(List<int[]> keys) {
    return keys.stream().filter(k -> k[0] >= 0).map(k -> k[0]).distinct().count()
        < keys.stream().filter(k -> k[0] >= 0).count();
  }

  /** The text after the last clause mark: a key, without the sentence's words before it. */
  private static String clauseEnd(CharSequence text) {
    int at = text.length();
    while (at > 0 && CLAUSE_MARKS.indexOf(text.charAt(at - 1)) < 0) {
      at--;
    }
    return text.subSequence(at, text.length()).toString();
  }

  /** The first characters of the names' wordings: no name starts at a place printing none of them. */
  private static String openings(List<Named> names) {
    StringBuilder b = new StringBuilder();
    for (Named n : names) {
      for (String w : n.wordings()) {
        if (!w.isEmpty()) {
          b.append(w.charAt(0));
        }
      }
    }
    return b.toString();
  }

  /** Where the key's outcome name starts: its last wording's place. */
  private static int outcomeStart(String key, Named outcome) {
    int at = -1;
    for (String w : outcome.wordings()) {
      at = Math.max(at, key.lastIndexOf(w));
    }
    return Math.max(at, 0);
  }

  /**
   * The one name the text names, read left to right with the longest wording winning at each place ({@code 复议后起诉}
   * over {@code 复议}); -1 when it names none, or names two different ones (which of them is the key's is unclear).
   */
  private static int onlyNamed(String text, List<Named> names, String openings) {
    Integer found = null;
    int i = 0;
    while (i < text.length()) {
      if (openings.indexOf(text.charAt(i)) < 0) {
        i++; // most places open no name: one test says so
        continue;
      }
      int best = -1;
      int length = 0;
      for (int n = 0; n < names.size(); n++) {
        for (String w : names.get(n).wordings()) {
          if (w.length() > length && text.startsWith(w, i)) {
            best = n;
            length = w.length();
          }
        }
      }
      if (best < 0) {
        i++;
        continue;
      }
      if (found != null && !Objects.equals(found, best)) {
        return -1;
      }
      found = best;
      i += length;
    }
    return found == null ? -1 : found;
  }
}
