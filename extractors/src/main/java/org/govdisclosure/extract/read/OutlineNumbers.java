package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.template.Ordinals;
import org.govdisclosure.extract.value.CellKind;

/**
 * The numbers of a list a table was written as ({@code 3. 本年度办理结果}, {@code 3.2 （二）部分公开：…}), opening
 * lines: a number with a period, a space and text is an ordinal, never a count (no count is printed with a period
 * after it, nor does a mark of a blank cell, {@code 无}, open a label), and a number of several levels ({@code 3.2}) before a label's own bracketed or Chinese ordinal is an
 * outline's, never a decimal. An ordinal is joined to its text as a label prints it ({@code 3.本年度办理结果}); an
 * outline's number is taken off.
 */
final class OutlineNumbers {

  /**
   * An outline's number of two levels or more, then a space and a label's own ordinal: bracketed, Chinese, or a
   * sub-row's arabic one before its text ({@code 3.3.5.2 2.重复申请}); or a label without an ordinal that runs to a colon,
   * its cells after it ({@code 4.1 行政复议：1，0，…}): a count follows its label, none stands before it.
   */
  private static final Pattern OUTLINE = Pattern.compile(
      "^([ \\t\u3000]*)\\d{1,2}(?:[.．]\\d{1,2})+[.．]?[ \\t\u3000]+(?=[(（]|[" + Ordinals.NUMERALS
          + "]{1,3}、|\\d[.．、]\\p{IsHan}|\\p{IsHan}[^\\s\\d：:]*[：:])");
  /**
   * An ordinal, then one space (wider, it is a layout's gap before the row's cells) and a label's first character, an
   * ideograph or a bracket (never a letter OCR reads for a digit, {@code l}, the row's first count); the label's first
   * piece, up to a space, is group 3.
   */
  private static final Pattern ORDINAL = Pattern.compile("^([ \\t\u3000]*\\d{1,2}[.．])([ \u3000])(?=[\\p{IsHan}(（“\"])(\\S*)");

  private OutlineNumbers() {}

  /** The lines with their list numbers taken off or joined to their text. */
  static List<String> joined(List<String> lines) {
    List<String> out = null;
    Matcher outline = OUTLINE.matcher("");
    Matcher ordinal = ORDINAL.matcher("");
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!opensWithNumberAndMark(line)) {
        continue;
      }
      // what follows keeps its display columns, which a layout's cells are placed by: the number is blanked, the
      // ordinal's space moved after its label's first piece
      String turned = outline.reset(line).lookingAt() ? blanked(line, outline.end())
          : ordinal.reset(line).lookingAt() && !CellKind.isMarker(Cell.Text.fold(ordinal.group(3))) ? ordinal.replaceFirst("$1$3$2") : line;
      if (!turned.equals(line)) {
        out = out != null ? out : new ArrayList<>(lines);
        out.set(i, turned);
      }
    }
    return out == null ? lines : out;
  }

  /** The line with its characters up to {@code end} blanked, each as wide as it was. */
  private static String blanked(String line, int end) {
    StringBuilder b = new StringBuilder(line.length());
    for (int k = 0; k < end; k++) {
      char c = line.charAt(k);
      b.append(c == '\t' ? '\t' : c == '\u3000' || c == '．' ? '\u3000' : ' ');
    }
    return b.append(line, end, line.length()).toString();
  }

  /** Whether the line opens with one or two digits and a period: most lines are asked no more. */
  private static boolean opensWithNumberAndMark(String line) {
    int k = 0;
    while (k < line.length() && (line.charAt(k) == ' ' || line.charAt(k) == '\t' || line.charAt(k) == '\u3000')) {
      k++;
    }
    int digits = k;
    while (k < line.length() && line.charAt(k) >= '0' && line.charAt(k) <= '9') {
      k++;
    }
    return k > digits && k - digits <= 2 && k < line.length() && (line.charAt(k) == '.' || line.charAt(k) == '．');
  }
}
