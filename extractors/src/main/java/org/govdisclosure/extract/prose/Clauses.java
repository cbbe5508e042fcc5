package org.govdisclosure.extract.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.meta.IssuerName;
import org.govdisclosure.extract.value.Numerals;

/**
 * Cuts a sentence into clauses and keeps those that speak of the report's own year and body. A clause that names
 * another year, last year, a wider area (全区, 各部门; 全县 or 某县各部门 but in the county government's own report,
 * where its divisions alone, 全县各乡镇, are still a part of it)
 * or a cumulative figure leaves the report's scope (累计 stays
 * in it where the sentence has named the report's year: 2024年…公开政府信息累计49条, 全年累计), and the
 * clauses after it stay outside (其中… refers back to it) until one names the report's year or its own body
 * (本机关, 我镇) again. A comparison
 * (比上年增加3件) is dropped on its own: what follows it still refers to the figure before it.
 */
final class Clauses {

  /**
   * Commas and colons end a clause, except between digits (folding turns 1,250,000 and ，alike into commas); 、 does
   * too, but only after a counted item (予以公开7件、部分公开1件) or before one that opens with its count (5件因…不予公开、2件属于
   * 行政查询事项), not after a word that ends like a counter (个人、法人).
   */
  private static final Pattern BREAK =
      Pattern.compile("[,:](?:(?<!\\d[,:])|(?!\\d))|、(?<=[\\d" + Numerals.CHINESE_DIGITS + "]" + Numerals.alternation(Numerals.COUNTERS) + "、)"
          + "|、(?=(?:\\d+|[" + Numerals.CHINESE_DIGITS + "]+)" + Numerals.alternation(Numerals.COUNTERS) + ")"); // the mark first: most places fail at once
  /**
   * A year a clause speaks of; not the year a carry goes to (结转至2024年办理1件 is the report's own figure, 0件转结2023年
   * 办结 too: 转结 is 结转 misprinted, as {@link Outcome#CARRIED_FORWARD} reads it), nor the year a carry comes from into
   * the report's (2023年结转至本年度的申请2件: its 上年结转).
   */
  private static final Pattern YEAR = Pattern.compile("(?<!转至|转到|转入|转|转结|顺延至|顺延到)(" + Numerals.YEAR_DIGITS + ")年(?!度?结转[至到入](?:本|今)年)");
  /** Each of these ends with 年, which {@link #ownPeriod} looks for first. */
  private static final Pattern OWN_PERIOD = Pattern.compile("本年|今年|全年|当年");
  /** 其中本机关…, after a figure of the whole district: the report's own body brings the clauses back into scope. */
  private static final OpeningPattern OWN_BODY =
      OpeningPattern.of("本(?:机关|单位|部门|局|委|办|镇|乡|街道)|我(?:局|委|办|镇|乡|街道|单位|部门|机关)");
  private static final OpeningPattern COMPARISON = OpeningPattern.of(
      "同比|环比|相比|相较|(?:比|较)(?:上|去|前|往|历)|增加|减少|增长|下降|上升|提高|翻番|持平");
  /**
   * After a year before the report's: not 上年结转 or 上年无结转, which are the report's own figures (上年转结 too: 转结
   * is 结转 misprinted).
   */
  private static final String NO_CARRY = "度?+(?!" + Numerals.NEGATED_EXISTENCE + "?(?:结转|转结))";
  /** Last year, but not what was carried over from it (结转上年度申请2件), the report's own figure. */
  private static final String LAST_YEAR = "(?<!结转)上一?年";
  /**
   * Several years together (近三年, 近年来, 五年来, 多年来): no one year's figure; 一年来 is the report's own year. Tried
   * only on a clause with a 来 or a 近, its figures being many of its openings.
   */
  private static final Pattern YEARS = Pattern.compile("近(?:[两三四五六七八九十几]|[0-9]{1,2})年|近年(?:以)?来|(?:[两三四五六七八九十多几]+|(?<![0-9])[0-9]{1,2})年(?:以)?来");
  private static final OpeningPattern OTHER_PERIOD = OpeningPattern.of("去年|(?:" + LAST_YEAR + "|前年|往年|历年)" + NO_CARRY);
  /**
   * The report's year and the one before said alike (本年和上年相同无…, 今年与去年均未…): a none of both is a none of the
   * report's year, where a count of both would be their sum, no one year's.
   */
  private static final Pattern BOTH_YEARS = Pattern.compile("(?:本|今)年度?(?:和|与|及|同)(?:上一?|去)年");
  /** The area's parts (各部门, 各乡镇): others than the issuer, unless the clause names the issuer's whole area. */
  private static final OpeningPattern EACH_PART = OpeningPattern.of("各(?:部门|单位|乡镇|街道|镇|县|区)");
  /**
   * The parts that are the whole area's bodies together (全县政府系统各单位, 周口市各级、各部门); the area's divisions
   * alone (全县各乡镇, 全区各街道) are a part of it, whatever the clause names before them.
   */
  private static final OpeningPattern EACH_BODY = OpeningPattern.of("各(?:部门|单位|级)");
  /**
   * The departments as a clause's subject, set against the government (政府新收…2件;部门新收…4件): their figures,
   * not the issuer's, as {@link #EACH_PART}.
   */
  private static final String DEPARTMENTS = "部门";
  /**
   * A year and what was carried over from it (2021年结转申请2件, 2023年结转132件: its count right after), not carried on
   * to a later one (结转至2022年, 结转2025年183件, 结转下年度): of the year before the report's, the report's 上年结转.
   */
  private static final Pattern YEAR_CARRIED = Pattern.compile(Numerals.YEAR + "结转(?![至到入]?(?:下|本|今|\\d{4}年))");
  private static final String CARRIED = "结转";
  /**
   * A carry on into a named year (转结2025年办结, 结转至2025年): forward only into a year after the report's; into the
   * report's own year or an earlier one (0件转结2024年办结 in 2024's report, last year's wording kept) it says neither.
   */
  private static final Pattern CARRIED_INTO_YEAR = Pattern.compile("(?:结转|转结)[至到入]?(" + Numerals.YEAR_DIGITS + ")年");
  private static final String CARRIED_OVER = "上年结转";
  private static final Pattern WIDER_AREA = Pattern.compile("全(?:区|县|市|省|国|州|旗|系统)");
  /** A county's, district's, city's or banner's government itself (合水县人民政府), whose area is 全县 and so on. */
  private static final Pattern AREA_GOVERNMENT = Pattern.compile("([区县市州旗])人民政府$");
  /**
   * A zone (大连高新区) or its committee (…经济开发区管委会), whose area is 全区: it reports for the zone as a government
   * does for its area.
   */
  private static final Pattern ZONE_ISSUER = Pattern.compile("(?:" + IssuerName.ZONES + ")(?:管委会|管理委员会)?$");
  private static final String ZONE_WHOLE = "全区";
  /** The level word that ends the place above the issuer's own in its name (新乡市|牧野区人民政府). */
  private static final Pattern PLACE_ABOVE = Pattern.compile(".*[省市区县州旗盟]");

  /**
   * A government's whole area as a sentence names it: {@code 全县}, or its own name before the area's parts
   * (周口市各级、各部门共收到…).
   */
  record Area(String whole, String partsOf) {
    boolean namedIn(String text) {
      return text.contains(whole) || text.contains(partsOf);
    }
  }

  /**
   * The clauses in scope, and whether one of them is so only because it speaks of the whole area of the issuer, a
   * government reporting for that area ({@link #ownArea}).
   */
  record Scoped(List<String> clauses, boolean areaWide) {}
  private static final String CUMULATIVE = "累计";
  /** The report's year tallied (2025年累计收到…): the writer's 累计 is the year's. */
  private static final Pattern YEAR_TALLIED = Pattern.compile(Numerals.YEAR + ",?" + CUMULATIVE);
  /** A running total up to a date (截至年底, 成立以来) spans years, even where the sentence names the report's. */
  private static final OpeningPattern UP_TO = OpeningPattern.of("截至|截止|至今|(?<!今年|本年)以来");
  /**
   * A running total since an event (条例施行以来, 开通至今): the years since, unless the clause names the report's year
   * (2024年以来, 今年年初以来), which 截至 (截至2024年底) does not leave either. Since a year (…年以来) is the year's
   * to tell: the report's or another ({@link #YEAR}; 多年以来 is {@link #YEARS}).
   */
  private static final OpeningPattern SINCE = OpeningPattern.of("至今|(?<!年|年初)以来");
  /** None received since an event (至今尚未收到…申请): none in the report's year either. */
  private static final Pattern NONE_SINCE = Pattern.compile(Numerals.NEGATED_EVENT + "(?:收到|接到|受理|发生)");

  /** 未发生一起…: "not a single one" is a negation, not a count of one. */
  private static final Pattern NOT_A_SINGLE = Pattern.compile("(" + Numerals.NEGATION + ")(发生|出现|收到|接到|接收到?|受理)?一" + Numerals.CASE_COUNTER);

  private static final String AMONG_THEM = "其中";

  /** A bracketed aside: (上年为52件) after a count. */
  private static final Pattern ASIDE = Pattern.compile("\\(([^()]*)\\)");
  /** Another period an aside may speak of; not 上年结转, which is the report's own (含上年结转2件). */
  private static final OpeningPattern ANOTHER_PERIOD =
      OpeningPattern.of("去年|前年|" + LAST_YEAR + NO_CARRY + "|同比|环比|(?:比|较)(?:上|去|前)");

  private Clauses() {}

  /**
   * The area (全县, 某县各…) whose figures are the report's own: a county's, district's or city's government reports for
   * its whole area, a zone or its committee for the zone ({@link #ZONE_ISSUER}). Null for any other issuer (its office,
   * a department, a township), whose report 全县 leaves.
   */
  static Area ownArea(String issuer) {
    Matcher m = issuer == null ? null : AREA_GOVERNMENT.matcher(issuer);
    if (m == null || !m.find()) {
      Matcher zone = issuer == null ? null : ZONE_ISSUER.matcher(issuer);
      return zone != null && zone.find() ? new Area(ZONE_WHOLE, issuer.substring(0, zone.start()) + "各") : null;
    }
    String place = issuer.substring(0, m.end(1));
    Matcher above = PLACE_ABOVE.matcher(place.substring(0, place.length() - 1));
    return new Area("全" + m.group(1), (above.lookingAt() ? place.substring(above.end()) : place) + "各");
  }

  /**
   * Whether a sentence tallies the report's year with 累计 (2025年累计收到申请35件): a sentence after it in the paragraph
   * opening with 累计 without a year (累计回复公开申请38件) tallies the same year, as its writer uses the word.
   */
  static boolean talliesOwnYear(String sentence, Integer reportYear) {
    if (reportYear == null || !sentence.contains(CUMULATIVE)) {
      return false;
    }
    Matcher m = YEAR_TALLIED.matcher(sentence);
    return m.find() && Integer.parseInt(m.group(1)) == reportYear;
  }

  /**
   * @param ownArea the issuer's whole area ({@link #ownArea}), which stays in scope; or null
   * @param yearTallied a sentence before in the paragraph tallied the report's year ({@link #talliesOwnYear})
   */
  static Scoped inScope(String sentence, Integer reportYear, Area ownArea, boolean yearTallied) {
    List<String> kept = new ArrayList<>();
    boolean inScope = true;
    boolean ownYearNamed = yearTallied && sentence.startsWith(CUMULATIVE);
    boolean areaWide = false;
    boolean inOwnArea = false; // since the last clause that set the scope, the issuer's whole area is spoken of
    boolean sinceEvent = false; // out of scope as a running total since an event: its none is the year's none too
    for (String printed : clauses(withoutAsides(sentence, reportYear))) {
      String clause = carriedFromLastYear(printed, reportYear);
      if (clause == printed && carriedIntoPastYear(clause, reportYear)) {
        continue;
      }
      if (COMPARISON.in(clause)) {
        continue; // the year it compares with (比2019年下降12%) leaves the scope of what follows as it was
      }
      Integer year = year(clause);
      if (year != null && reportYear != null) {
        inScope = year.equals(reportYear);
        sinceEvent = false;
        ownYearNamed = inScope;
        inOwnArea = false;
      } else if (ownPeriod(clause) || !sinceEvent && OWN_BODY.in(clause)) {
        inScope = true;
        sinceEvent = false;
        ownYearNamed = true;
        inOwnArea = false;
      }
      if (UP_TO.in(clause)) {
        if (SINCE.in(clause) && (year == null || reportYear == null) && !ownPeriod(clause)) {
          sinceEvent |= inScope;
          inScope = false;
        }
        ownYearNamed = false;
      }
      boolean ownAreaNamed = ownArea != null && ownArea.namedIn(clause);
      boolean noneOfBothYears = clause.indexOf('年') >= 0 && BOTH_YEARS.matcher(clause).find() && !Numerals.COUNTED.matcher(clause).find();
      if (OTHER_PERIOD.in(clause) && !noneOfBothYears || clause.indexOf('各') >= 0 && EACH_PART.in(clause) && (!ownAreaNamed || !EACH_BODY.in(clause))
          || clause.startsWith(DEPARTMENTS)
          || (clause.contains(CUMULATIVE) && !ownYearNamed)
          || (clause.indexOf('来') >= 0 || clause.indexOf('近') >= 0) && YEARS.matcher(clause).find()) {
        inScope = false;
        sinceEvent = false;
      }
      inOwnArea |= ownAreaNamed;
      Matcher area = clause.indexOf('全') >= 0 ? WIDER_AREA.matcher(clause) : null;
      while (area != null && area.find()) {
        if (ownArea == null || !area.group().equals(ownArea.whole())) {
          inScope = false;
          sinceEvent = false;
        }
      }
      // 其中 on its own introduces the next clause; keeping it would part a breakdown from its total.
      if ((inScope || sinceEvent && NONE_SINCE.matcher(clause).find()) && !clause.isEmpty() && !clause.equals(AMONG_THEM)) {
        kept.add(clause);
        areaWide |= inOwnArea;
      }
    }
    return new Scoped(kept, areaWide);
  }

  /**
   * The sentence without its asides about another period (收到申请53件（上年为52件）, 2019年为39件 in brackets): like
   * a comparison, the aside is dropped on its own, and the figure before it stays the report's. An aside counting what
   * was carried over from the year before (办结16宗(含2022年结转的3宗) in 2023's report) speaks of the report's year.
   */
  private static String withoutAsides(String sentence, Integer reportYear) {
    if (sentence.indexOf('(') < 0) {
      return sentence;
    }
    Matcher m = ASIDE.matcher(sentence);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Integer year = year(carriedFromLastYear(m.group(1), reportYear));
      boolean otherPeriod = ANOTHER_PERIOD.in(m.group(1)) || year != null && reportYear != null && !year.equals(reportYear);
      m.appendReplacement(out, otherPeriod ? "" : Matcher.quoteReplacement(m.group()));
    }
    return m.appendTail(out).toString();
  }

  /**
   * The sentence's clauses, 未发生一起 made 未发生. Each pattern needs a character (一; a comma, colon or 、): a sentence
   * without it skips the pattern with the same result.
   */
  private static String[] clauses(String sentence) {
    String s = sentence.indexOf('一') >= 0 ? NOT_A_SINGLE.matcher(sentence).replaceAll("$1$2") : sentence;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == ':' || c == '、') {
        return split(s);
      }
    }
    return new String[] {s};
  }

  /**
   * The text cut at each {@link #BREAK}, but for those inside a bracketed note that counts nothing, a label's gloss
   * ({@code 部分公开(区分处理的,只计这一情形,不计其他情形)3件}): its commas part the note's words, not clauses.
   */
  static String[] split(String s) {
    List<int[]> notes = new ArrayList<>();
    Matcher aside = s.indexOf('(') >= 0 ? ASIDE.matcher(s) : null;
    while (aside != null && aside.find()) {
      if (!Numerals.holdsDigits(aside.group(1), 1) && !Numerals.COUNTED.matcher(aside.group(1)).find()) {
        notes.add(new int[] {aside.start(), aside.end()});
      }
    }
    if (notes.isEmpty()) {
      return BREAK.split(s);
    }
    List<String> out = new ArrayList<>();
    Matcher m = BREAK.matcher(s);
    int from = 0;
    while (m.find()) {
      int at = m.start();
      if (notes.stream().noneMatch(n -> n[0] < at && at < n[1])) {
        out.add(s.substring(from, at));
        from = m.end();
      }
    }
    out.add(s.substring(from));
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1); // as String.split leaves trailing empty strings out
    }
    return out.toArray(String[]::new);
  }

  /** The clause with the year before the report's carried over (2021年结转…, in 2022's report) worded 上年结转. */
  private static String carriedFromLastYear(String clause, Integer reportYear) {
    if (reportYear == null || !clause.contains(CARRIED)) {
      return clause;
    }
    Matcher m = YEAR_CARRIED.matcher(clause);
    return m.find() && Integer.parseInt(m.group(1)) == reportYear - 1
        ? clause.substring(0, m.start()) + CARRIED_OVER + clause.substring(m.end())
        : clause;
  }

  private static boolean carriedIntoPastYear(String clause, Integer reportYear) {
    if (reportYear == null || !clause.contains(CARRIED) && !clause.contains("转结")) {
      return false;
    }
    Matcher m = CARRIED_INTO_YEAR.matcher(clause);
    return m.find() && Integer.parseInt(m.group(1)) <= reportYear;
  }

  private static boolean ownPeriod(String clause) {
    return clause.indexOf('年') >= 0 && OWN_PERIOD.matcher(clause).find();
  }

  /** The last year a clause names (从2019年… 到2020年 speaks of the later one), or null. */
  private static Integer year(String clause) {
    if (clause.indexOf('年') < 0) {
      return null;
    }
    Matcher m = YEAR.matcher(clause);
    Integer year = null;
    while (m.find()) {
      year = Integer.valueOf(m.group(1));
    }
    return year;
  }
}
