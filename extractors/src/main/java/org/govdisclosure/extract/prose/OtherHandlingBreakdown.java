package org.govdisclosure.extract.prose;

import static org.govdisclosure.extract.value.Numerals.CASE_COUNTER;
import static org.govdisclosure.extract.value.Numerals.COUNT;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.spi.Template;
import org.govdisclosure.extract.value.Numerals;

/**
 * The 2021 template's row 3.其他 of （六）其他处理, named 其他 alone in a breakdown of the group's count
 * ({@code 其他处理57件（申请人无正当理由逾期不补正6件、…、其他39件）}, {@code 其他处理（45件）：1.…（40件）、2.…（3件）、3.其他（2件）}):
 * there it is the group's third row; elsewhere 其他 may be an applicant column or any matter. The breakdown opens with the
 * group's count and a bracket or a colon, and holds only the group's rows: a clause of anything else (自然人3件, a
 * breakdown by applicant) ends it, as its closing bracket does. One per sentence, read clause by clause.
 */
final class OtherHandlingBreakdown {

  private static final Pattern OPENS = Pattern.compile("其他处理" + COUNT + CASE_COUNTER + "(\\()?");
  private static final Pattern ITEM = Pattern.compile("^(?:\\d{1,2}[.、])?其他" + COUNT + CASE_COUNTER + "\\)?[。;]?$");
  private static final Set<String> ROWS = Set.of("other_overdue_correction", "other_overdue_fee", "other_other");
  private static final String OTHER_OTHER = "other_other";

  private boolean open;

  /**
   * The figure of the row 3.其他 a clause of the sentence states, or null.
   *
   * @param outcomes what the outcome rules read in the clause
   */
  Figure read(String clause, String sentence, Template template, List<Figure> outcomes) {
    if (template != Template.T2021) {
      return null;
    }
    String rest = clause;
    Matcher opens = OPENS.matcher(clause);
    if (opens.find()) {
      int at = sentence.indexOf(clause);
      boolean colon = at >= 0 && at + clause.length() < sentence.length() && sentence.charAt(at + clause.length()) == ':';
      open = opens.group(2) != null || colon && opens.end() == clause.length();
      rest = clause.substring(opens.end());
    }
    Matcher item = open ? ITEM.matcher(rest) : null;
    boolean isItem = item != null && outcomes.isEmpty() && item.matches();
    boolean groupRows = !outcomes.isEmpty() && outcomes.stream().allMatch(f -> ROWS.contains(f.row()));
    Figure figure = isItem ? new Figure(OTHER_OTHER, "total", Numerals.count(item.group(1))) : null;
    open = open && (rest.isEmpty() || isItem || groupRows) && rest.indexOf(')') < 0;
    return figure;
  }
}
