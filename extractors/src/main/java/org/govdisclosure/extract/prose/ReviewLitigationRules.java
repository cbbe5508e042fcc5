package org.govdisclosure.extract.prose;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.value.Confusables;
import org.govdisclosure.extract.spi.OutputColumns;
import org.govdisclosure.extract.spi.Template;
import org.govdisclosure.extract.value.Numerals;

/**
 * Section 四 in words: that there was no review or lawsuit about disclosure, or how many, and with what result.
 * "None" and a count of 0 fix all five outcomes of the proceedings named; a count of lawsuits that does not say
 * whether they followed a review fixes nothing unless it is 0.
 */
final class ReviewLitigationRules implements Rules {

  private static final List<String> OUTCOMES = OutputColumns.OUTCOMES;

  /** Proceedings, as a clause names them. */
  private enum Proceeding {
    REVIEW("review"),
    DIRECT("litigation_direct"),
    AFTER_REVIEW("litigation_after_review");

    final String key;

    Proceeding(String key) {
      this.key = key;
    }
  }

  /** Review and lawsuits are counted only where the sentence says they were about disclosure. */
  private static final Pattern ABOUT_DISCLOSURE = Pattern.compile("信息公开|依申请|公开申请|公开事务|公开工作");
  /**
   * 未经复议直接起诉 as a whole (also 未复议直接起诉, and 末 for 未 as OCR prints it), so that no part of it is read
   * again as a review or as a negation; it is taken out of the clause before the other proceedings are looked for.
   */
  private static final Pattern DIRECT = Pattern.compile(Confusables.bundled().tolerant("未经复议") + "(?:直接)?(?:提起|起诉)?|(?:"
      + Confusables.bundled().tolerant("未复议") + ")?直接(?:提起|起诉)");
  private static final Pattern AFTER_REVIEW = Pattern.compile("复议后|经复议(?:后)?(?:提起|起诉)");
  private static final Pattern LITIGATION = Pattern.compile("诉讼|起诉");
  private static final Pattern REVIEW = Pattern.compile("复议");
  /** 未/没有/无 before the proceeding; not 尚未 (pending), 未经 (direct suit), 无论, 无法. */
  private static final Pattern NEGATED = Pattern.compile("(?<!尚)(?:未|没有|无)(?!经|论|法)[^,\\d]*?(?:复议|诉讼|起诉)");
  /** A negation of a result (未被纠错, 无败诉) is not a negation of the proceeding. */
  private static final Pattern RESULT_WORDS = Pattern.compile("纠|败诉|撤销|违法|审结|审理|结果|维持");
  private static final Pattern ALL_ZERO = Pattern.compile("均为(?:0|零)|都为(?:0|零)|均无|各0");
  /** The outcome columns in order; the last, 总计, names a table row's sum (行政复议：…，总计1件). */
  private static final Pattern[] OUTCOME_PHRASES = {
    Pattern.compile("维持"), Pattern.compile("纠正|纠错"), Pattern.compile("其他结果"),
    Pattern.compile(Confusables.bundled().tolerant("未审结") + "|审理中|正在审理"), Pattern.compile("总计|合计"),
  };
  private static final int TOTAL = OUTCOME_PHRASES.length - 1;

  @Override
  public List<Figure> read(String sentence, List<String> clauses, boolean inOwnSection, Template template) {
    List<Figure> figures = new ArrayList<>();
    if (!inOwnSection && !ABOUT_DISCLOSURE.matcher(sentence).find()) {
      return figures;
    }
    Set<Proceeding> context = EnumSet.noneOf(Proceeding.class);
    for (String clause : clauses) {
      Set<Proceeding> named = EnumSet.noneOf(Proceeding.class);
      String rest = proceedings(clause, named);
      if (!named.isEmpty()) {
        context = named;
      }
      Matcher count = Numerals.COUNTED.matcher(clause);
      Integer n = count.find() ? Numerals.count(count.group(1)) : null;
      int outcome = outcome(clause);
      boolean whole = outcome < 0 || outcome == TOTAL;
      boolean none = n == null ? isNegated(rest) || ALL_ZERO.matcher(clause).find() : n == 0 && whole;
      // Only a result (维持1件, 总计1件) refers back to the proceeding of an earlier clause; another count is of
      // something else.
      Set<Proceeding> counted = named.isEmpty() && outcome >= 0 ? context : named;
      if (!named.isEmpty() && none) {
        named.forEach(p -> zero(figures, p));
      } else if (n != null && counted.size() == 1) {
        Proceeding p = counted.iterator().next();
        figures.add(new Figure(p.key, OUTCOMES.get(whole ? TOTAL : outcome), n));
      }
    }
    return figures;
  }

  /**
   * Adds the proceedings a clause names to {@code named} and returns the clause without their names; a lawsuit that
   * does not say how it was brought stands for both kinds.
   */
  private static String proceedings(String clause, Set<Proceeding> named) {
    String rest = clause;
    if (DIRECT.matcher(rest).find()) {
      named.add(Proceeding.DIRECT);
      // A suit stays in the clause's words (没有未经复议直接起诉的 is still a negation of one); its 未 does not.
      rest = DIRECT.matcher(rest).replaceAll("起诉");
    }
    if (AFTER_REVIEW.matcher(rest).find()) {
      named.add(Proceeding.AFTER_REVIEW);
      rest = AFTER_REVIEW.matcher(rest).replaceAll("");
    }
    if (named.isEmpty() && LITIGATION.matcher(rest).find()) {
      named.add(Proceeding.DIRECT);
      named.add(Proceeding.AFTER_REVIEW);
    }
    if (REVIEW.matcher(rest).find()) {
      named.add(Proceeding.REVIEW);
    }
    return rest;
  }

  private static boolean isNegated(String clause) {
    return NEGATED.matcher(clause).find() && !RESULT_WORDS.matcher(clause).find();
  }

  /** The outcome column a clause's count belongs to, or -1 when it counts the proceeding as a whole. */
  private static int outcome(String clause) {
    for (int i = 0; i < OUTCOME_PHRASES.length; i++) {
      if (OUTCOME_PHRASES[i].matcher(clause).find()) {
        return i;
      }
    }
    return -1;
  }

  private static void zero(List<Figure> figures, Proceeding p) {
    for (String outcome : OUTCOMES) {
      figures.add(new Figure(p.key, outcome, 0));
    }
  }
}
