package org.govdisclosure.extract.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.spi.ReportContext;
import org.govdisclosure.extract.tables.SectionTokens.Token;
import org.govdisclosure.extract.template.NationalTemplate;
import org.govdisclosure.extract.template.NationalTemplate.Named;

/**
 * Section 四's values in the order its header names them: a header naming the proceedings or the outcomes in another
 * order than the template's ({@code 总计 结果维持 …}, 行政诉讼 before 行政复议) places each value by its column's
 * names, as a reader follows the header. The names are the template's phrases, found left to right in the table's
 * text before its first value.
 */
final class ReviewHeaderOrder {

  static final String BY_NAME = NamedColumns.BY_NAME;

  private ReviewHeaderOrder() {}

  /**
   * {@code values} (in print order) in the template's order: as read where the header names the template's order or
   * too little to tell; placed by name where it names a whole other order; null, with a warning, where it names the
   * proceedings or the outcomes in another order that is no whole permutation of them.
   */
  static List<Integer> placed(List<Token> tokens, List<Integer> values, NationalTemplate.ReviewBlock block,
      ReportContext context) {
    String header = headerText(tokens);
    int width = block.outcomes().size();
    int[] proceedings = firstNamed(header, block.proceedings());
    int[] outcomes = gridOutcomes(tokens, width);
    outcomes = outcomes.length > 0 ? outcomes : named(header, block.outcomes());
    boolean proceedingsMoved = !ascending(proceedings);
    boolean outcomesMoved = outcomes.length > 0 && outcomes.length % width == 0 && !templateOrder(outcomes, width);
    if (!proceedingsMoved && !outcomesMoved || values == null) {
      return values;
    }
    boolean wholeProceedings = !proceedingsMoved || proceedings.length == block.proceedings().size()
        && values.size() == width * proceedings.length;
    boolean wholeOutcomes = !outcomesMoved || values.size() % outcomes.length == 0 && permutations(outcomes, width);
    if (!wholeProceedings || !wholeOutcomes) {
      context.warn(BY_NAME, "section 四: the header names the columns in another order than the template's ("
          + header + "), not each of them once: which value is whose is unknown; left empty");
      return null;
    }
    Integer[] out = new Integer[values.size()];
    for (int i = 0; i < values.size(); i++) {
      int block5 = i / width;
      int proceeding = proceedingsMoved ? proceedings[block5] : block5;
      int outcome = outcomesMoved ? outcomes[i % outcomes.length] : i % width;
      out[proceeding * width + outcome] = values.get(i);
    }
    context.warn(BY_NAME, "section 四: values placed in the order the header names them (" + header + ")");
    return Arrays.asList(out);
  }

  /**
   * A proceeding's {@code cells}, read in print order from the values of {@code span}, as a sentence names them, each
   * count right after its outcome's name ({@code 行政复议:总计1件,其中结果维持0件,结果纠正1件,…}): as read where no name
   * stands against its count's place in the template's order; placed by the names where every count has one, each
   * outcome once; else left empty, with a warning, since which count is whose is unclear.
   */
  static List<Integer> placedByStatedNames(List<Token> span, List<Integer> cells, NationalTemplate.ReviewBlock block,
      String where, ReportContext context) {
    if (cells == null) {
      return null;
    }
    int width = block.outcomes().size();
    List<Integer> names = new ArrayList<>();
    boolean againstOrder = false;
    StringBuilder before = new StringBuilder();
    for (Token t : span) {
      if (!t.fromText()) {
        return cells; // a grid's names are its header's
      }
      if (t.isValue()) {
        int[] named = named(before.toString(), block.outcomes());
        if (named.length > 1) {
          return cells; // a header naming the outcomes together before the counts, not a name for each count
        }
        int name = named.length == 0 ? -1 : named[0];
        againstOrder |= name >= 0 && name != names.size();
        names.add(name);
        before.setLength(0);
      } else {
        before.append(t.text());
      }
    }
    if (!againstOrder) {
      return cells;
    }
    if (names.size() == width && cells.size() == width && names.stream().distinct().count() == width && !names.contains(-1)) {
      Integer[] out = new Integer[width];
      for (int k = 0; k < width; k++) {
        out[names.get(k)] = cells.get(k);
      }
      context.warn(BY_NAME, where + ": counts placed by the outcomes the sentence names right before each of them");
      return Arrays.asList(out);
    }
    context.warn(BY_NAME, where + ": the sentence names outcomes before its counts in another order than the template's,"
        + " not each of them once: which count is whose is unknown; left empty");
    return Arrays.asList(new Integer[width]);
  }

  /**
   * The outcomes a grid's header rows name, in order, before its first value: its cells' titles are read with the
   * row ({@link Token#columns}), not kept as text, so a grid naming them in another order is placed by them too. None
   * unless they name each proceeding's outcomes once each: titles misread (OCR's 结果果纠) name too few to place by.
   */
  private static int[] gridOutcomes(List<Token> tokens, int width) {
    List<Integer> out = new ArrayList<>();
    for (Token t : tokens) {
      if (t.isValue()) {
        break;
      }
      if (t.isHeader() && !t.fromText()) {
        t.columns().stream().filter(c -> c >= 0).forEach(out::add);
      }
    }
    int[] named = out.stream().mapToInt(Integer::intValue).toArray();
    return named.length > 0 && named.length % width == 0 && permutations(named, width) ? named : new int[0];
  }

  private static String headerText(List<Token> tokens) {
    StringBuilder b = new StringBuilder();
    for (Token t : tokens) {
      if (t.fromText()) {
        continue; // a sentence's words name no column
      }
      if (t.isValue()) {
        break;
      }
      b.append(Cell.Text.fold(t.text())).append(' ');
    }
    return b.toString().strip();
  }

  /** The names' indices in the order the text first names each one. */
  private static int[] firstNamed(String text, List<Named> names) {
    return Arrays.stream(named(text, names)).distinct().toArray();
  }

  /** The names' indices at each place the text names one, left to right, the longest wording winning. */
  private static int[] named(String text, List<Named> names) {
    List<Integer> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int best = -1;
      int length = 0;
      for (int n = 0; n < names.size(); n++) {
        for (String w : names.get(n).phrases()) {
          if (w.length() > length && text.startsWith(w, i)) {
            best = n;
            length = w.length();
          }
        }
      }
      if (best >= 0) {
        out.add(best);
        i += length;
      } else {
        i++;
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  private static boolean ascending(int[] named) {
    for (int i = 1; i < named.length; i++) {
      if (named[i] < named[i - 1]) {
        return false;
      }
    }
    return true;
  }

  /** Whether each run of {@code width} names is the template's outcomes in order. */
  private static boolean templateOrder(int[] named, int width) {
    for (int i = 0; i < named.length; i++) {
      if (named[i] != i % width) {
        return false;
      }
    }
    return true;
  }

  private static boolean permutations(int[] named, int width) {
    for (int b = 0; b < named.length; b += width) {
      if (Arrays.stream(named, b, b + width).distinct().count() != width) {
        return false;
      }
    }
    return true;
  }
}
