package org.govdisclosure.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.template.Ordinals;

/**
 * The numbers of a list a table was written as ({@code 3. 本年度办理结果}, {@code 3.2 （二）部分公开：…}), opening
 * lines: a number with a period, a space and text is an ordinal, never a count (no count is printed with a period
 * after it), and a number of several levels ({@code 3.2}) before a label's own bracketed or Chinese ordinal is an
 * outline's, never a decimal. An ordinal is joined to its text as a label prints it ({@code 3.本年度办理结果}); an
 * outline's number is taken off.
 */
final class OutlineNumbers {

  /** An outline's number of two levels or more, then a space and a label's own ordinal. */
  private static final Pattern OUTLINE = Pattern.compile(
      "^([ \\t\u3000]*)\\d{1,2}(?:[.．]\\d{1,2})+[.．]?[ \\t\u3000]+(?=[(（]|[" + Ordinals.NUMERALS + "]{1,3}、)");
  /** An ordinal, then a space and text. */
  private static final Pattern ORDINAL = Pattern.compile("^([ \\t\u3000]*\\d{1,2}[.．])[ \\t\u3000]+(?=[^\\d\\s\u3000/／\\-－—~])");

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
      String turned = outline.reset(line).lookingAt() ? outline.replaceFirst("$1")
          : ordinal.reset(line).lookingAt() ? ordinal.replaceFirst("$1") : line;
      if (!turned.equals(line)) {
        out = out != null ? out : new ArrayList<>(lines);
        out.set(i, turned);
      }
    }
    return out == null ? lines : out;
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
