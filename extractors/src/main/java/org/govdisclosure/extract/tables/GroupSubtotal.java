package org.govdisclosure.extract.tables;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.govdisclosure.extract.spi.ReportContext;
import org.govdisclosure.extract.tables.SectionTokens.Token;
import org.govdisclosure.extract.template.TemplateRow;
import org.govdisclosure.extract.value.CellKind;

/**
 * A group label of section 三 printed with figures of its own ({@code （三）不予公开 | 2 | 0 | … | 2}): the group's
 * subtotal, no row of the template, so its figures are left out; set beside the sum of the group's rows as read.
 *
 * @param label the label as printed
 * @param group the template's group label it names
 * @param figures its printed values
 */
record GroupSubtotal(String label, String group, List<Token> figures) {

  /** More digits than this are no count of applications: a glued run, not checked. */
  private static final int MAX_DIGITS = 9;

  /** Warns of the subtotal left out, and whether its figures are the sums of the group's rows as read from {@code rows}. */
  void warn(Map<TemplateRow, List<Integer>> rows, List<TemplateRow> order, int width, ReportContext context) {
    String printed = figures.stream().map(Token::text).collect(Collectors.joining(" "));
    context.warn("group_subtotal_row", "section 三: '" + label + "' printed with figures of its own '" + printed
        + "', the group's subtotal, no row of the template; left out" + check(rows, order, width));
  }

  private String check(Map<TemplateRow, List<Integer>> rows, List<TemplateRow> order, int width) {
    List<TemplateRow> members = order.stream().filter(r -> group.equals(r.group())).toList();
    if (members.isEmpty() || figures.size() != width || !figures.stream().allMatch(GroupSubtotal::count)) {
      return "";
    }
    long[] sums = new long[width];
    for (TemplateRow member : members) {
      List<Integer> cells = rows.get(member);
      if (cells == null || cells.contains(null)) {
        return "; the group's rows not all read, not checked";
      }
      for (int c = 0; c < width; c++) {
        sums[c] += cells.get(c);
      }
    }
    for (int c = 0; c < width; c++) {
      if (sums[c] != Long.parseLong(figures.get(c).text())) {
        return "; differs from the sums of the group's rows as read, '"
            + Arrays.stream(sums).mapToObj(Long::toString).collect(Collectors.joining(" ")) + "'";
      }
    }
    return "; equal to the sums of the group's rows as read";
  }

  /** Whether a figure is a count to sum: plain digits, no blank. */
  private static boolean count(Token t) {
    return !t.text().isEmpty() && t.text().length() <= MAX_DIGITS && CellKind.isPlainDigits(t.text());
  }
}
