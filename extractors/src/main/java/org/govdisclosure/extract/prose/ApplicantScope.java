package org.govdisclosure.extract.prose;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.spi.Template;
import org.govdisclosure.extract.template.NationalTemplate;
import org.govdisclosure.extract.value.Numerals;

/**
 * A sentence about one kind of applicant only, as a report read out kind by kind words section 三
 * ({@code 自然人方面，本年新收12件，予以公开5件…}; {@code 其他组织方面，…}): its figures are that column's, not the total's.
 * Legal persons together ({@code 法人或其他组织方面}) are five columns, none of which a figure of theirs is: no cell.
 * A paragraph's sentences after such an opening keep its scope ({@link ProseReader}) until another opens. A column's
 * name closed by a colon opens such a sentence as well ({@code 自然人：本年新收12件…}), the legal persons' columns also
 * named under their group ({@code 法人或其他组织中的商业企业：}).
 */
final class ApplicantScope {

  private static final List<NationalTemplate.Column> COLUMNS = NationalTemplate.of(Template.T2019).applications().columns();
  /** What prose may add to a column's name: the 其他 column said as 其他组织 or 其他机构. */
  static final String ORGANIZATION_WORD = "(?:" + Numerals.alternation(NationalTemplate.Column.ORGANIZATION_WORDS) + ")?";
  /** The applicant columns' names (not 总计's). */
  private static final Pattern OPENING = Pattern.compile("^(?:法人或其他组织(?:中的|之|-))?(" + names(COLUMNS.subList(0, COLUMNS.size() - 1))
      + "|法人(?:或|和|及)?(?:其他组织)?)" + ORGANIZATION_WORD + "(?:(?:的?申请人?)?方面[,:]?|:)");
  private static final String LEGAL_PERSONS = "法人";

  private ApplicantScope() {}

  /** The columns' names as printed ({@link NationalTemplate.Column#names}), as a regex alternation. */
  static String names(List<NationalTemplate.Column> columns) {
    return Numerals.alternation(columns.stream().flatMap(c -> c.names().stream()).toList());
  }

  /**
   * The scope a folded sentence opens with ({@code 自然人方面,}), or null; none where the name is a row's label opening
   * that row written as a sentence ({@code 其他:自然人1,…,总计1}, the row 3.其他 of （六）其他处理, its list mark dropped).
   */
  static String opening(String sentence) {
    Matcher m = OPENING.matcher(sentence);
    return m.lookingAt() && !TableRowSentence.isRow(sentence) ? m.group() : null;
  }

  /**
   * The column key of the applicants a sentence opening with a scope counts; null for legal persons together (no
   * single column).
   */
  static String column(String opening) {
    Matcher m = OPENING.matcher(opening);
    if (!m.lookingAt() || m.group(1).startsWith(LEGAL_PERSONS)) {
      return null;
    }
    return COLUMNS.stream().filter(c -> c.isNamed(m.group(1))).findFirst().orElseThrow().key();
  }
}
