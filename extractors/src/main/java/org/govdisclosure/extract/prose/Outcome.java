package org.govdisclosure.extract.prose;

import static org.govdisclosure.extract.value.Numerals.COUNT;
import static org.govdisclosure.extract.value.Numerals.CASE_COUNTER;
import static org.govdisclosure.extract.value.Numerals.CASE_OR_ITEM_COUNTER;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.spi.Template;
import org.govdisclosure.extract.template.LabelMatch;
import org.govdisclosure.extract.template.NationalTemplate;
import org.govdisclosure.extract.template.RowRole;
import org.govdisclosure.extract.template.TemplateRow;
import org.govdisclosure.extract.value.Numerals;

/**
 * How an application was answered, as prose names it, and the section 三 rows its count fixes. A group
 * (不予公开, 无法提供, 不予处理) spans several rows: its count fixes them only when it is 0, since a sum of zeros
 * is zeros and any other sum cannot be split. The count stands after the outcome (不予公开2件) or before it
 * (8件办理结果为本机关不掌握相关政府信息); a row of the template may also be named by its own wording (保护第三方合法权益
 * 不予公开16件), which is one row whatever group word the clause adds.
 */
enum Outcome {
  /**
   * 不存在 right before a count (不存在9起, in a list of outcomes) is the 信息不存在 outcome with its subject left out;
   * before anything else it negates (不存在上年度结转…).
   */
  NOT_HELD("不掌握|信息不存在|非本机关|不存在(?=(?:\\d|" + Numerals.CHINESE_COUNT + ")[\\d,]*" + CASE_OR_ITEM_COUNTER + ")", null, "unavailable_not_held"),
  NEEDS_CREATION("另行制作", null, "unavailable_needs_creation"),
  /**
   * 申请内容不明确的有0件: unclear applications, those still unclear after correction (补正后…仍不明确) among them, a
   * wider count than that row's ({@link #WIDER}).
   */
  UNCLEAR("(?<!仍)不明确", null, "unavailable_unclear"),
  /**
   * Not the 予以公开 of 部分予以公开, which is partly granted, nor of 不予以公开 (未予以公开), which is withheld;
   * 已按申请内容提供给当事人1件: the information given; a clause that is only 公开 and its count (其中公开1起，不存在9起),
   * disclosed.
   */
  GRANTED("(?<!部分|[" + Numerals.NEGATED_LABEL_CHARS + "])予以公开|同意公开|全部公开|准予公开"
      + "|(?<!无法|不予|[" + Numerals.NEGATED_LABEL_CHARS + "])提供给(?:当事人|申请人)"
      + "|^(?:其中[:：]?)?公开(?=\\d|" + Numerals.CHINESE_COUNT + ")", null, "granted"),
  PARTIALLY_GRANTED("部分(?:予以)?公开", null, "partially_granted"),
  /** 不予以公开 is 不予公开 in full. */
  WITHHELD("不予以?公开", null,
      "withheld_state_secret", "withheld_law_forbidden", "withheld_safety_stability", "withheld_third_party",
      "withheld_internal_affairs", "withheld_process_info", "withheld_enforcement_files", "withheld_query_matters"),
  UNAVAILABLE("无法提供", null, "unavailable_not_held", "unavailable_needs_creation", "unavailable_unclear"),
  NOT_PROCESSED("不予处理", null,
      "not_processed_petition", "not_processed_duplicate", "not_processed_publication", "not_processed_excessive",
      "not_processed_confirm"),
  OTHER_2019("其他处理", Template.T2019, "other"),
  OTHER_2021("其他处理", Template.T2021, "other_overdue_correction", "other_overdue_fee", "other_other"),
  /** The 2021 template's （六）1 and 2 by their gist (申请人逾期未补正1件, 逾期未缴纳费用的0件), not their whole wording. */
  OVERDUE_CORRECTION("逾期[" + Numerals.NEGATED_LABEL_CHARS + "]补正", Template.T2021, "other_overdue_correction"),
  OVERDUE_FEE("逾期未(?:按[^,\\d]{0,8}?)?缴(?:纳|费)", Template.T2021, "other_overdue_fee"),
  /** 1件不公开并告知行政查询途径: the query-matters row by its gist, told where to query instead. */
  QUERY_MATTERS("行政查询", null, "withheld_query_matters"),
  /**
   * The 条例's own words for the petition row (属于信访、投诉、举报等申请…不作为政府信息公开申请处理11件): complaint words that
   * name that row, not another matter.
   */
  PETITION("不作为政府信息公开申请处理", null, "not_processed_petition"),
  /** 转结 is 结转 misprinted (无转结下年度继续办理件); 顺延至下一年, 顺延到下年度, 顺延到2022年度: put off to it. */
  CARRIED_FORWARD("(?:结?转|转结)(?:至|到|入)?(?:下一?年|\\d{4}年)|顺延[至到](?:下一?年|\\d{4}年)", null, "carried_forward"),
  /** 上年转结: 结转 misprinted, as in {@link #CARRIED_FORWARD}. */
  CARRIED_OVER("上一?年度?(?:结转|转结)|结转[至到入](?:本|今)年|结转上一?年", null, "carried_over"),
  /**
   * Not one still open (未办结2件, 2件尚未办结): those are not answered. 共办理回复依申请公开件6件: handled and answered,
   * where 办理 alone may count those still open too, 累计 tallies as 共 does (累计回复公开申请38件), and so does a clause
   * opening on the answering (答复政府信息公开申请42件, or on the answering and its count: 答复458件(含上年结转8件)); 其中18件已
   * 在法定期限内予以答复: answered.
   */
  ANSWERED("(?<!" + Numerals.NEGATED_EVENT + "|未能)(?:办结|办理完[成毕]|答复完毕|完成答复)|办理结果总计|(?:共|累计|(?<!\\p{IsHan}))(?:办理)?(?:答复|回复)(?:政府信息公开|依申请公开|公开申请|政府信息依申请公开)"
      + "|(?<!\\p{IsHan})(?:答复|回复)(?=\\d{1,6}件)"
      + "|(?<![" + Numerals.NEGATED_LABEL_CHARS + "])予以(?:答复|回复)",
      null, "total");

  /** Outcomes counting more than their row holds: their count fixes it only when it is 0, as a group's. */
  private static final Set<Outcome> WIDER = EnumSet.of(UNCLEAR);
  /** The answers only a disclosure application gets: disclosed, in part or not. */
  private static final Set<Outcome> DISCLOSURE_ANSWERS = EnumSet.of(GRANTED, PARTIALLY_GRANTED, WITHHELD);
  /**
   * Words that only sum up: a clause that also names a specific outcome speaks of that one (其他处理57件（申请人无正当理由
   * 逾期不补正6件…: the 2021 template's 其他处理 is a group of three rows, as 不予公开 is of eight).
   */
  private static final Set<Outcome> GENERAL = EnumSet.of(WITHHELD, UNAVAILABLE, NOT_PROCESSED, OTHER_2021, ANSWERED);
  /** Rows named by their gist, in words that elsewhere name another matter (逾期, 费用, 投诉: see {@link #namesRow}). */
  private static final Set<Outcome> BY_GIST = EnumSet.of(OVERDUE_CORRECTION, OVERDUE_FEE, PETITION);
  private static final String GAP = "[^,\\d]{0,20}?";
  /**
   * Between a count and the outcome it precedes: 8件办理结果为…, 4件为“…”; not a bracket saying what the count holds
   * (答复申请34430件(含上年度转结)): the count is the whole's, the outcome only a part of it. A cited title
   * (3件均属于《条例》所指本机关不掌握) is one word of the gap, however long.
   */
  private static final String COUNT_FIRST_GAP = "(?:《[^《》,\\d]{1,30}》|(?!\\(含)[^,\\d]){0,8}?";
  /**
   * What is left of a line that is only a row's label and one count once the wording is taken out (7.属于行政执法案卷
   * 0件): a table row printing a single cell, whose column is unknown, not a sentence.
   */
  private static final Pattern LABEL_AND_CELL = Pattern.compile("^[\\d.．、()（）①②③④⑤⑥⑦⑧⑨⑩\\s]*" + COUNT + CASE_COUNTER + "[。.]?$");
  /**
   * A row's wording followed by 等 (因“属于国家秘密”等原因不予公开21件), right after it or after the reason's object or
   * another reason in the same clause (因本机关不掌握相关情况等无法提供6件, 信访举报投诉类申请及重复申请等不予处理3件): one
   * of the reasons the group's count covers, not that row's count.
   */
  private static final Pattern ONE_OF_SEVERAL = Pattern.compile("[^,，。;；:：\\d]{0,12}?[”\"’'」)]?等");
  /** The verb several rows' wordings open with (属于国家秘密): no part of what names the row. */
  private static final String COPULA = "属于";
  /** A count in a clause giving a reason: then it counts on its own, not the group's count before it. */
  private static final Pattern REASON_COUNTED = Pattern.compile(COUNT + CASE_OR_ITEM_COUNTER);
  /** The template's detail rows by their wording, per template. */
  private static final Map<Template, List<Worded>> WORDED = worded();

  /**
   * A template row named by its whole wording, with its count after it or, failing that, before it; by an item's
   * counter too ({@code countAfterByItem}) where the applications were counted so.
   */
  private record Worded(String row, String wording, Pattern countAfter, Pattern countBefore, Pattern countAfterByItem) {

    /**
     * The count, or null; none from a line that is only the row's label and one count (see {@link #LABEL_AND_CELL}),
     * nor for a wording negated (予以公开 in 不予以公开).
     */
    Integer count(String printed, boolean alone, boolean byItem) {
      LabelMatch label = LabelMatch.exactOrDoubled(printed, wording);
      if (label == null || TemplateRow.negatedAt(printed, label.start())) {
        return null;
      }
      // a character printed twice (过程性性信息) read past, as the wording
      String clause = label.fuzzy() ? printed.substring(0, label.start()) + wording + printed.substring(label.end()) : printed;
      int at = label.start();
      if (alone && LABEL_AND_CELL.matcher(clause.replace(COPULA + wording, "").replace(wording, "")).matches()
          || ONE_OF_SEVERAL.matcher(clause).region(at + wording.length(), clause.length()).lookingAt()) {
        return null;
      }
      Matcher m = (byItem ? countAfterByItem : countAfter).matcher(clause);
      if (m.find() || (m = countBefore.matcher(clause)).find()) {
        return Numerals.count(m.group(1));
      }
      return null;
    }
  }

  private final OpeningPattern phrase;
  private final OpeningPattern counted;
  /** {@link #counted} with an item's counter too (予以公开0条), for a report that counts its applications so. */
  private final OpeningPattern countedByItem;
  /** Tried only in a clause that names the outcome: a count opens it, so it has no openings to skip by. */
  private final Pattern countedFirst;
  /** {@link #countedFirst} with an item's counter too (另一条因不掌握相关政府信息无法提供), as {@link #countedByItem}. */
  private final Pattern countedFirstByItem;
  private final Template template;
  private final List<String> rows;

  Outcome(String phrase, Template template, String... rows) {
    this.phrase = OpeningPattern.of(phrase);
    this.counted = OpeningPattern.of("(?:" + phrase + ")" + GAP + COUNT + CASE_COUNTER);
    this.countedByItem = OpeningPattern.of("(?:" + phrase + ")" + GAP + COUNT + CASE_OR_ITEM_COUNTER);
    this.countedFirst = Pattern.compile(COUNT + CASE_COUNTER + COUNT_FIRST_GAP + "(?:" + phrase + ")");
    this.countedFirstByItem = Pattern.compile(COUNT + CASE_OR_ITEM_COUNTER + COUNT_FIRST_GAP + "(?:" + phrase + ")");
    this.template = template;
    this.rows = List.of(rows);
  }

  /**
   * The rows a clause's outcome count fixes (all in the total column); nothing when it names two outcomes.
   *
   * @param alone whether the clause is its sentence's only one
   * @param byItem whether the sentence counted the applications received by item (收到…申请公开0条): its outcomes may be
   *     too, where elsewhere 条 counts information
   */
  static List<Figure> read(String clause, Template template, boolean alone, boolean byItem) {
    Set<Outcome> named = named(clause, template);
    List<Figure> figures = new ArrayList<>();
    if (named.size() != 1) {
      return named.isEmpty() ? byWording(clause, template, alone, byItem) : figures;
    }
    Outcome outcome = named.iterator().next();
    if (GENERAL.contains(outcome)) {
      // 不予处理信访举报投诉类申请0件: a group word before a row's wording counts that row alone
      List<Figure> row = byWording(clause, template, alone, byItem);
      if (!row.isEmpty()) {
        return row;
      }
    }
    // of the outcomes only the specific ones: 办结N条 after 收到申请公开N条 may count the information answered with
    boolean itemCounted = byItem && !GENERAL.contains(outcome);
    Matcher m = (itemCounted ? outcome.countedByItem : outcome.counted).find(clause, 0);
    if (m == null && (!GENERAL.contains(outcome) || outcome == ANSWERED)) {
      // of the summing words only 办结 takes a count before it (其中33件已办结), as after it
      Matcher first = (itemCounted ? outcome.countedFirstByItem : outcome.countedFirst).matcher(clause);
      m = first.find() ? first : null;
    }
    Integer count = m != null ? Numerals.count(m.group(1)) : null;
    if (count != null && (count == 0 || outcome.fixesAnyCount())) {
      for (String row : outcome.rows) {
        figures.add(new Figure(row, "total", count));
      }
    } else if (count == null && !GENERAL.contains(outcome)) {
      figures.addAll(byWording(clause, template, alone, byItem));
    }
    return figures;
  }

  /** Whether a count other than 0 fixes the outcome's row: one row, counted as the row counts it. */
  private boolean fixesAnyCount() {
    return rows.size() == 1 && !WIDER.contains(this);
  }

  /** Whether a clause names an answer only a disclosure application gets (同意公开的有0件, 不予公开2件). */
  static boolean namesDisclosureAnswer(String clause) {
    for (Outcome o : DISCLOSURE_ANSWERS) {
      if (o.phrase.in(clause)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text opens with an outcome and its count (予以公开3件…): what was done with applications named before. */
  static boolean opensWithCount(String text) {
    for (Outcome o : values()) {
      if (o.counted.pattern().matcher(text).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The rows a clause naming one outcome and no count ({@code 为部分公开}) fixes with the count of the applications
   * the clause before it counted ({@code 答复申请1件}): a group's only when 0, as in {@link #read}.
   */
  static List<Figure> withCount(String clause, Template template, int count) {
    Set<Outcome> named = named(clause, template);
    if (named.size() != 1) {
      return List.of();
    }
    Outcome outcome = named.iterator().next();
    List<Figure> figures = new ArrayList<>();
    if (!GENERAL.contains(outcome) && (count == 0 || outcome.fixesAnyCount())) {
      for (String row : outcome.rows) {
        figures.add(new Figure(row, "total", count));
      }
    }
    return figures;
  }

  /**
   * The outcomes a clause names; only the specific ones where it names a group word too. A specific one followed by
   * 等 (因申请信息不存在等原因无法提供32件) is one of the reasons the group's count covers ({@link #ONE_OF_SEVERAL}), so
   * not named.
   */
  private static Set<Outcome> named(String clause, Template template) {
    Set<Outcome> named = EnumSet.noneOf(Outcome.class);
    for (Outcome o : values()) {
      Matcher m = o.template == null || o.template == template ? o.phrase.find(clause, 0) : null;
      if (m != null && (GENERAL.contains(o) || !ONE_OF_SEVERAL.matcher(clause).region(m.end(), clause.length()).lookingAt())) {
        named.add(o);
      }
    }
    if (named.size() > 1) {
      named.removeAll(GENERAL);
    }
    return named;
  }

  /**
   * Whether the clause prints a template row's wording or gist: then its complaint or fee words (信访举报投诉类申请, 逾期未按收费通知
   * 要求缴纳费用, 逾期未补正) name that row, not another matter.
   */
  static boolean namesRow(String clause, Template template) {
    for (Outcome o : BY_GIST) {
      if ((o.template == null || o.template == template) && o.phrase.in(clause)) {
        return true;
      }
    }
    for (Worded w : WORDED.get(template == null ? Template.T2021 : template)) {
      if (LabelMatch.exactOrDoubled(clause, w.wording) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * A group outcome counted in one clause (不予公开1件, “无法提供”的2件) and, in the next, the one row of the group whose
   * wording names the reason, without a count of its own (属于保护第三方合法权益): that row, the group's count; nothing
   * where the reason names no row of that group, or two.
   */
  static List<Figure> groupByReason(String groupClause, String reason, Template template) {
    Set<Outcome> named = named(groupClause, template);
    Outcome group = named.size() == 1 ? named.iterator().next() : null;
    Set<Outcome> given = group == null ? Set.of() : named(reason, template);
    if (group == null || !GENERAL.contains(group) || group == ANSWERED || REASON_COUNTED.matcher(reason).find()
        || given.size() > 1 || given.stream().anyMatch(o -> !group.rows.containsAll(o.rows))) {
      return List.of();
    }
    Matcher m = group.counted.find(groupClause, 0);
    // the reason by its gist (属于本机关不掌握的信息), else by a row's wording
    String row = m != null && given.size() == 1 && given.iterator().next().rows.size() == 1
        ? given.iterator().next().rows.get(0) : null;
    for (Worded w : m == null ? List.<Worded>of() : WORDED.get(template == null ? Template.T2021 : template)) {
      if (LabelMatch.exactOrDoubled(reason, w.wording) != null && !w.row.equals(row)) {
        if (row != null) {
          return List.of();
        }
        row = w.row;
      }
    }
    return row == null || !group.rows.contains(row) ? List.of() : List.of(new Figure(row, "total", Numerals.count(m.group(1))));
  }

  /** The one template row whose wording the clause prints, with its count; nothing when it prints none or two. */
  private static List<Figure> byWording(String clause, Template template, boolean alone, boolean byItem) {
    Figure found = null;
    for (Worded w : WORDED.get(template == null ? Template.T2021 : template)) {
      Integer count = w.count(clause, alone, byItem);
      if (count != null) {
        if (found != null) {
          return List.of();
        }
        found = new Figure(w.row, "total", count);
      }
    }
    return found == null ? List.of() : List.of(found);
  }

  /**
   * A row's wording without the copula it opens with (属于三类内部事务信息): prose names the row by what follows it as well
   * (不予公开(三类内部事务信息)2件), which the whole wording also holds.
   */
  private static String withoutCopula(String wording) {
    return wording.startsWith(COPULA) ? wording.substring(COPULA.length()) : wording;
  }

  private static Map<Template, List<Worded>> worded() {
    Map<Template, List<Worded>> byTemplate = new EnumMap<>(Template.class);
    for (Template t : Template.values()) {
      List<Worded> rows = new ArrayList<>();
      for (TemplateRow r : NationalTemplate.of(t).applications().rows()) {
        if (r.role() == RowRole.DETAIL && r.wording() != null) {
          String named = withoutCopula(r.wording());
          String wording = Pattern.quote(named);
          rows.add(new Worded(r.key(), named, Pattern.compile(wording + GAP + COUNT + CASE_COUNTER),
              Pattern.compile(COUNT + CASE_COUNTER + COUNT_FIRST_GAP + wording),
              Pattern.compile(wording + GAP + COUNT + CASE_OR_ITEM_COUNTER)));
        }
      }
      byTemplate.put(t, List.copyOf(rows));
    }
    return byTemplate;
  }
}
