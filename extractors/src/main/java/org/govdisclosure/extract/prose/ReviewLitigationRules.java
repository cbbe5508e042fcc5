package org.govdisclosure.extract.prose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.govdisclosure.extract.spi.Template;
import org.govdisclosure.extract.template.LabelMatch;
import org.govdisclosure.extract.template.NationalTemplate;
import org.govdisclosure.extract.template.NationalTemplate.Named;
import org.govdisclosure.extract.template.NationalTemplate.ReviewBlock;
import org.govdisclosure.extract.value.Confusables;
import org.govdisclosure.extract.value.Numerals;

/**
 * Section 四 in words: that there was no review or lawsuit about disclosure, or how many, and with what result.
 * "None" and a count of 0 fix all five outcomes of the proceedings named; a count of lawsuits that does not say
 * whether they followed a review fixes nothing unless it is 0. The proceedings and outcomes, and how sentences word
 * them, are the template's ({@link ReviewBlock}); each wording is matched with OCR's character confusions tolerated
 * ({@code 末经复议} for 未经复议).
 */
final class ReviewLitigationRules implements Rules {

  /** Both templates print the same section 四. */
  private static final ReviewBlock BLOCK = NationalTemplate.of(Template.T2019).reviewLitigation();
  private static final List<String> OUTCOMES = BLOCK.outcomes().stream().map(Named::key).toList();
  private static final int TOTAL = OUTCOMES.size() - 1;
  /**
   * The suits, looked for first and each taken out of the clause once found: their names hold 复议 (未经复议直接起诉,
   * 复议后起诉) and a 未 that is no negation.
   */
  private static final List<Wording> SUITS = BLOCK.proceedings().subList(1, 3).stream().map(Wording::new).toList();
  private static final Wording REVIEW = new Wording(BLOCK.proceedings().get(0));
  /** A lawsuit that does not say how it was brought stands for both kinds. */
  private static final Wording LAWSUIT = new Wording(BLOCK.lawsuit());
  /** A suit's name leaves this in the clause: 没有未经复议直接起诉的 still negates a suit. */
  private static final String SUIT_WORD = "起诉";
  private static final List<Wording> OUTCOME_WORDINGS = BLOCK.outcomes().stream().map(Wording::new).toList();

  /**
   * The body hearing reviews (审理政府信息公开行政复议案件7起, a government as the review organ): those are reviews of
   * other bodies' answers, not reviews of its own that section 四 counts. Not a pending one (正在审理的), nor a rule's
   * title (关于审理…的意见).
   */
  private static final Pattern AS_REVIEW_ORGAN = Pattern.compile("(?<!关于|正在|尚在|未)审理(?![的中])[^,。\\d]{0,12}?行政复议");
  private static final String DISCLOSURE_WORDS = "信息公开|依申请|公开申请|信息申请|公开事务|公开工作|公开政府信息的?申请";
  /** Review and lawsuits are counted only where the sentence says they were about disclosure. */
  private static final OpeningPattern ABOUT_DISCLOSURE = OpeningPattern.of(DISCLOSURE_WORDS);
  /**
   * The cause a negation gives the proceedings it denies (无因不及时公开信息而引发行政复议): only the proceedings of that
   * cause are denied, others may have been brought. Not 因此 or 因而, which join clauses.
   */
  private static final Pattern NEGATED_CAUSE = Pattern.compile("因(?![此而])");
  /**
   * A cause every review or suit about disclosure has: disclosure work or applications, or the answers given them
   * (未发生因政府信息公开申请引发的行政复议, 未出现因答复不当引起的行政复议): denying those denies them all.
   */
  private static final OpeningPattern EVERY_CAUSE = OpeningPattern.of(DISCLOSURE_WORDS + "|答复");
  /**
   * 未/没有/无/不存在 before a review or suit (复议, 诉讼, 起诉); not 尚未 (pending), 未经 (direct suit), 无论, 无法; 尚未
   * with the verb of receiving (尚未接到有关政府信息公开的…行政复议和行政诉讼) is none received, and 不涉及 (也不涉及行政复议和
   * 行政诉讼: none involved) is none.
   */
  private static final OpeningPattern NEGATED = OpeningPattern.of("(?:(?<!尚)" + Numerals.NEGATION + "|" + Numerals.NOT_YET_RECEIVED + "|不涉及)(?!经|论|法)[^,\\d]*?"
      + Numerals.alternation(Stream.concat(REVIEW.named().variants().stream(), LAWSUIT.named().variants().stream()).toList()));
  /** A negation of a result (未被纠错, 无败诉) is not a negation of the proceeding. */
  private static final Pattern RESULT_WORDS = Pattern.compile("纠|败诉|撤销|违法|审结|审理|结果|维持");
  /**
   * A list item negated on its own (全年无行政复议、无行政纠错): the result the next item negates is not the
   * proceeding's before it.
   */
  private static final Pattern NEXT_NEGATED_ITEM = Pattern.compile("、(?=" + Numerals.NEGATION + ")");
  /**
   * A negation shorter than this is a piece of a label, not a statement: {@code 未复议} of a table's 未复议直接起诉
   * wrapped over lines, where {@code 无行政复议} says there was none.
   */
  private static final int MIN_NEGATION = 5;
  /**
   * A clause of 共 and a count alone (维持2件、纠正0件…，共2件): the total closing a breakdown, of the proceeding the
   * clauses before named. Not 共 before other words (共收到申请21件), which counts something else.
   */
  private static final Pattern TOTAL_ALONE = Pattern.compile("^\\W*共" + Numerals.COUNT + Numerals.CASE_COUNTER + "\\W*$", Pattern.UNICODE_CHARACTER_CLASS);
  private static final OpeningPattern ALL_ZERO = OpeningPattern.of("均为(?:0|零)|都为(?:0|零)|均无|各0");
  /**
   * A clause saying of all the suits just counted what kind they were (行政诉讼2件，均为未经复议直接起诉): the count is
   * that kind's total.
   */
  private static final Pattern ALL_OF_ONE_KIND = Pattern.compile("^" + Numerals.ALL_OF_THEM + "(?:为|是|系|属于?)");
  /**
   * A breakdown in brackets, as folded: one that says so, (其中…, or any bracket right after a count, whose content
   * breaks the count down (行政诉讼7件(未经复议直接起诉6件…): the count before it is the whole's.
   */
  private static final Pattern BRACKETED_BREAKDOWN = Pattern.compile(
      "\\((?=其中)|(?<=[\\d" + Numerals.CHINESE_DIGITS + "]" + Numerals.CASE_COUNTER + ")\\(");
  /**
   * A count followed by a conjunction and another count (行政复议案件6件和行政诉讼案件3件): two proceedings counted in
   * one clause, which is read as two, parted after the first count.
   */
  private static final Pattern COUNT_THEN_ANOTHER = Pattern.compile(
      Numerals.COUNT + Numerals.CASE_COUNTER + "(?=(?:和|及|以及|与)[^,\\d]*?\\d)");

  /**
   * How a sentence names a proceeding or outcome of the template: a phrase, else a variant (the longest first), each
   * character tolerating its OCR confusions ({@code 末经复议}); else a phrase with one character dropped or doubled, or
   * two swapped ({@code 复议议后起诉}, {@code 未复经议}), so that no part of a damaged name is read as another proceeding
   * or as a negation.
   */
  private record Wording(Named named, OpeningPattern phrases, OpeningPattern variants) {

    Wording(Named named) {
      this(named, tolerant(named.phrases()), tolerant(named.variants()));
    }

    private static OpeningPattern tolerant(List<String> wordings) {
      return wordings.isEmpty() ? null : OpeningPattern.of(wordings.stream()
          .sorted(Comparator.comparingInt(String::length).reversed())
          .map(Confusables.bundled()::tolerant).collect(Collectors.joining("|")));
    }

    String key() {
      return named.key();
    }

    /** Where {@code text} names it first, or null. */
    LabelMatch in(String text) {
      return in(text, 0);
    }

    /** Where {@code text} names it first from {@code from} on, or null. */
    LabelMatch in(String text, int from) {
      LabelMatch m = match(phrases, text, from);
      for (int i = 0; m == null && i < named.phrases().size(); i++) {
        m = LabelMatch.misprinted(text, named.phrases().get(i), from, text.length());
      }
      return m != null ? m : match(variants, text, from);
    }

    private static LabelMatch match(OpeningPattern p, String text, int from) {
      Matcher m = p == null ? null : p.find(text, from);
      return m != null ? new LabelMatch(m.start(), m.end(), false) : null;
    }
  }

  /**
   * Whether a sentence speaks of disclosure applications. A sentence without a figure that negates reviews or suits
   * ({@link #negatesWithoutCount}: 未发生被行政复议、行政诉讼的情况, 本年度未发生相关复议、诉讼案件) right after such a
   * sentence, or later in the same paragraph, speaks of those applications, as a reader takes it, though it does not
   * name disclosure itself.
   */
  static boolean namesApplications(String sentence) {
    return sentence.contains("申请") && ABOUT_DISCLOSURE.in(sentence);
  }

  /** Whether a sentence negates reviews or suits without a figure (see {@link #namesApplications}). */
  static boolean negatesWithoutCount(String sentence) {
    return NEGATED.in(sentence) && !Numerals.COUNTED.matcher(sentence).find();
  }

  @Override
  public List<Figure> read(String sentence, List<String> clauses, boolean inOwnSection, boolean afterApplications,
      Template template, boolean bracketed) {
    List<Figure> figures = new ArrayList<>();
    if (!inOwnSection && !ABOUT_DISCLOSURE.in(sentence) || sentence.contains("审理") && AS_REVIEW_ORGAN.matcher(sentence).find()) {
      return figures;
    }
    clauses = parted(clauses);
    // Every figure is of a proceeding some clause names: a sentence that names none is not read further.
    List<List<String>> namedByClause = new ArrayList<>(clauses.size());
    List<String> rests = new ArrayList<>(clauses.size());
    boolean namesAny = false;
    for (String clause : clauses) {
      List<String> named = new ArrayList<>();
      rests.add(proceedings(clause, named));
      namedByClause.add(named);
      namesAny |= !named.isEmpty();
    }
    if (!namesAny) {
      return figures;
    }
    List<String> context = List.of();
    Figure wholeBefore = null; // the clause before counted one proceeding as a whole
    Integer suitsBefore = null; // the clause before counted lawsuits without saying of which kind
    boolean negatedBefore = false; // the clause before said there was none of the proceedings it named
    for (int i = 0; i < clauses.size(); i++) {
      String clause = clauses.get(i);
      List<String> named = namedByClause.get(i);
      String rest = rests.get(i);
      if (!named.isEmpty()) {
        context = named;
      }
      Matcher count = Numerals.COUNTED.matcher(clause);
      Integer n = count.find() ? Numerals.count(count.group(1)) : null;
      Figure before = wholeBefore;
      wholeBefore = null;
      Integer suits = suitsBefore;
      suitsBefore = named.size() == SUITS.size() && n != null && outcome(clause) < 0 ? n : null;
      if (suits != null && named.size() == 1 && n == null && ALL_OF_ONE_KIND.matcher(clause).find()) {
        figures.add(new Figure(named.get(0), OUTCOMES.get(TOTAL), suits));
        context = named;
        negatedBefore = false;
        continue;
      }
      if (named.isEmpty() && n == null) {
        // 行政复议1起，正在审理中 / 已审结，结果为维持: a result without a count is that of all the ones just counted
        int only = onlyOutcome(clause);
        if (before != null && only >= 0 && only != TOTAL) {
          figures.add(new Figure(before.row(), OUTCOMES.get(only), before.value()));
        } else if (only < 0) {
          wholeBefore = before; // a clause naming no result (已审结) leaves the count to the next
        }
        negatedBefore = false;
        continue; // neither names a proceeding nor counts
      }
      int outcome = outcome(clause);
      boolean whole = outcome < 0 || outcome == TOTAL;
      boolean none = n == null ? clause.length() >= MIN_NEGATION && isNegated(rest) || ALL_ZERO.in(clause)
          || negatedBefore && outcome < 0 && !RESULT_WORDS.matcher(clause).find() : n == 0 && whole;
      // 未发生…行政复议,提起行政诉讼的情况: a proceeding named without a count or a result of its own right after a
      // negated one is the negation's second object
      negatedBefore = !named.isEmpty() && none && n == null;
      // Only a result (维持1件, 总计1件) refers back to the proceeding of an earlier clause; another count is of
      // something else.
      List<String> counted = named.isEmpty() && outcome >= 0 ? context : named;
      if (!named.isEmpty() && none) {
        named.forEach(p -> zero(figures, p));
      } else if (n != null && counted.size() == 1) {
        Figure figure = new Figure(counted.get(0), OUTCOMES.get(whole ? TOTAL : outcome), n);
        figures.add(figure);
        wholeBefore = whole && !named.isEmpty() ? figure : null;
      }
    }
    return figures;
  }

  /**
   * The clauses, each counting two proceedings one after the other ({@link #COUNT_THEN_ANOTHER}) made two, and each
   * with a bracketed breakdown ({@link #BRACKETED_BREAKDOWN}) made two: the count before the bracket is the whole's.
   */
  private static List<String> parted(List<String> clauses) {
    List<String> parted = new ArrayList<>(clauses.size());
    for (String whole : clauses) {
      Matcher bracket = whole.indexOf('(') > 0 ? BRACKETED_BREAKDOWN.matcher(whole) : null;
      int breakdown = bracket != null && bracket.find() ? bracket.start() : -1;
      if (breakdown > 0) {
        parted.add(whole.substring(0, breakdown));
      }
      String clause = breakdown > 0 ? whole.substring(breakdown + 1) : whole;
      Matcher m = COUNT_THEN_ANOTHER.matcher(clause);
      int from = 0;
      while (m.find()) {
        parted.add(clause.substring(from, m.end()));
        from = m.end();
      }
      parted.add(clause.substring(from));
    }
    return parted;
  }

  /**
   * Adds the keys of the proceedings a clause names to {@code named}, in the template's order, and returns the
   * clause with each suit's name replaced by a bare suit word.
   */
  private static String proceedings(String clause, List<String> named) {
    String rest = clause;
    List<String> suits = new ArrayList<>();
    for (Wording suit : SUITS) {
      LabelMatch m = suit.in(rest);
      if (m != null) {
        suits.add(suit.key());
      }
      for (; m != null; m = suit.in(rest, m.start() + SUIT_WORD.length())) {
        rest = rest.substring(0, m.start()) + SUIT_WORD + rest.substring(m.end());
      }
    }
    if (suits.isEmpty() && LAWSUIT.in(rest) != null) {
      SUITS.forEach(s -> suits.add(s.key()));
    }
    if (REVIEW.in(rest) != null) {
      named.add(REVIEW.key());
    }
    named.addAll(suits);
    return rest;
  }

  /** Whether one of the clause's list items ({@link #NEXT_NEGATED_ITEM}) negates a proceeding, not a result of it. */
  private static boolean isNegated(String clause) {
    for (String item : NEXT_NEGATED_ITEM.split(clause)) {
      if (NEGATED.in(item) && !RESULT_WORDS.matcher(item).find() && !deniesOneCause(item)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the negation denies only the proceedings of a cause narrower than disclosure itself ({@link #NEGATED_CAUSE}). */
  private static boolean deniesOneCause(String item) {
    Matcher negation = NEGATED.find(item, 0);
    Matcher cause = NEGATED_CAUSE.matcher(item).region(negation.start(), negation.end());
    return cause.find() && !EVERY_CAUSE.in(item.substring(cause.end(), negation.end()));
  }

  /** The outcome column a clause's count belongs to, or -1 when it counts the proceeding as a whole. */
  private static int outcome(String clause) {
    if (clause.indexOf('共') >= 0 && TOTAL_ALONE.matcher(clause).matches()) {
      return TOTAL;
    }
    for (int i = 0; i < OUTCOME_WORDINGS.size(); i++) {
      if (OUTCOME_WORDINGS.get(i).in(clause) != null) {
        return i;
      }
    }
    return -1;
  }

  /** The one outcome a clause names, or -1 when it names none or several (予以维持和纠正). */
  private static int onlyOutcome(String clause) {
    int only = -1;
    for (int i = 0; i < OUTCOME_WORDINGS.size(); i++) {
      if (OUTCOME_WORDINGS.get(i).in(clause) != null) {
        if (only >= 0) {
          return -1;
        }
        only = i;
      }
    }
    return only;
  }

  /** No review and no suit of either kind: all their cells 0. */
  @Override
  public List<Figure> noneAtAll() {
    List<Figure> figures = new ArrayList<>();
    BLOCK.proceedings().forEach(p -> zero(figures, p.key()));
    return figures;
  }

  private static void zero(List<Figure> figures, String proceeding) {
    for (String outcome : OUTCOMES) {
      figures.add(new Figure(proceeding, outcome, 0));
    }
  }
}
