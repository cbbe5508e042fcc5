package org.govdisclosure.extract.prose;

import static org.govdisclosure.extract.value.Numerals.COUNT;
import static org.govdisclosure.extract.value.Numerals.CASE_COUNTER;
import static org.govdisclosure.extract.value.Numerals.CASE_OR_ITEM_COUNTER;
import static org.govdisclosure.extract.value.Numerals.ITEM_COUNTERS;
import static org.govdisclosure.extract.value.Numerals.alternation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.spi.Template;
import org.govdisclosure.extract.template.NationalTemplate;
import org.govdisclosure.extract.template.Ordinals;
import org.govdisclosure.extract.template.RowRole;
import org.govdisclosure.extract.value.Numerals;

/**
 * Section 三 in words: how many applications were received (or that none were), and how they were answered.
 * Every figure goes to the {@code total} column, except applications from residents (居民, 自然人), which are
 * also the {@code natural_person} column, a breakdown of the received count by applicant (其中自然人申请5件，
 * 商业企业申请1件; 申请人均为自然人: all of them), and a table row written as a sentence ({@link TableRowSentence}), which names its columns. A sentence states only what it says: 均已按期答复 after the received count says nothing of
 * （七）总计, which also counts 上年结转 and leaves out 结转下年度, and 均予以公开 nothing of （一）予以公开.
 */
final class ApplicationRules implements Rules {

  private static final String NATURAL_PERSON = "natural_person";
  private static final String COMMERCIAL_ENTERPRISE = "commercial_enterprise";
  private static final String TOTAL = "total";
  private static final String NEW_RECEIVED = "new_received";
  private static final String OTHER_ORG = "other_org";
  private static final Integer ZERO = 0;
  /** A clause counting a part of the count before it. */
  private static final String PART_OF = "其中";
  /** What opens a bracket counting others besides the count before it (另有, 另外). */
  private static final String BESIDES = "另";
  private static final String CARRIED_FORWARD = "carried_forward";
  private static final String CARRIED_OVER = "carried_over";
  /** The rows of applications carried into or from another year: not answered in this one. */
  private static final Set<String> CARRIED = Set.of(CARRIED_FORWARD, CARRIED_OVER);

  /**
   * A bracket sending the reader to other parts of the report (结转下一年7件(具体情况及涉及行政复议、行政诉讼情况详见本报告第三、
   * 四部分)): no words of the clause, whose review it does not count.
   */
  private static final OpeningPattern CROSS_REFERENCE = OpeningPattern.of("\\([^()]*详见[^()]*\\)");
  /**
   * The applications on one matter, counted, then a bracket breaking them down (涉及土地、房屋征收补偿21件(其中8件予以公开,
   * 3件重件不予处理…)): the outcomes in it are that matter's, parts of the year's rows, not those rows.
   */
  private static final Pattern MATTER_ASIDE = Pattern.compile("(?:涉及|关于)[^,(]*?" + COUNT + CASE_COUNTER + "\\((?!含)");
  /** Words that make an application something else: a review, a complaint, a fee, a late answer. */
  private static final OpeningPattern OTHER_MATTER = OpeningPattern.of("复议|诉讼|投诉|举报|收费|费用|超期|逾期|纠错|异议|审批|许可");
  /** The ways applications come in, listed between a none and what was not received: 通过受理电话、网络平台、来信等方式. */
  private static final String BY_CHANNELS = "(?:通过[^,\\d]{0,20}?(?:方式|渠道|途径))?";
  /** Who applies, as the 条例 and reports name them all or in part (公民、法人或者其他组织, 单位或个人, 群众). */
  private static final String APPLICANT_WORDS = "(?:单位|个人|公民|法人|组织|群众)";
  /**
   * The ways named after the applicants instead, with the verb they filed by (未收到公民、法人或其他组织通过任何形式提出的
   * 政府信息公开申请), or listed as long as before them (通过政府信息公开平台、传真、信函等形式的…申请).
   */
  private static final String APPLICANTS_BY_CHANNELS = "(?:通过[^,\\d]{0,20}?(?:方式|渠道|途径|形式)[^,\\d]{0,6}?)?";
  /**
   * What information on request may go on to that is no application: information once asked for and then published for
   * all (无依申请公开信息转主动公开信息), or a case made of it (接到…5项,均已答复办结,未产生依申请公开政府信息案例: no
   * dispute, the applications counted just before), or the one way they come in that was not used (未收到依申请公开来信:
   * letters, calls or visits are channels, not every application).
   */
  private static final String NOT_AN_APPLICATION = "(?!(?:的?(?:政府)?信息)?(?:转为?主动公开|案例|来信|来电|来访))";
  /** How applications came in: online, by letter, in person. */
  private static final String CHANNEL = "(?:网络|网上|在线|线上|线下|信函|信件|书面|当面|现场|邮寄|电子邮件|传真)";
  /**
   * Applications listed by the ways they are filed, three or more (信息公开当面申请、传真申请、网络申请、信函申请): every
   * way, so none of them received is none at all; one way alone is not every application.
   */
  private static final String BY_EVERY_CHANNEL = "(?:" + CHANNEL + "申请[、和及或与]){2,}" + CHANNEL + "申请";
  /**
   * 无 opening 无正当理由 (without good reason), as the template's rows 无正当理由大量反复申请 and 申请人无正当理由逾期不补正
   * print it: a reason missing, never applications (a label with a character lost, 申请入无正当理由期不补正、…不再处理其政府
   * 信息公开申请, is no statement that none came in).
   */
  private static final String WITH_REASON_AHEAD = "(?!正当理由)";
  /**
   * None received (未收到…获取相关政府信息的申请: the 条例's own wording; 未有依申请政府公开信息, 政府 inside the noun);
   * 申请公开政府信息 (a verb, which 无正当理由大量反复申请公开
   * also prints) only after 未收到 and the like or right after 无 (无申请公开政务信息情况, 没有收到要求申请公开的政府信息,
   * 未收到依法申请公开事项, 未收到申请公开的事项), and so the request (未接到群众要求公开的信息); 尚未 only with its verb
   * (尚未收到, not 尚未办结). 政府信息 asked for is a disclosure application, 公开 left unsaid (未收到相关政府信息申请) or
   * said after it (未收到…向我镇获取相关政府信息的公开申请), and so are the applications listed by every way they are filed
   * ({@link #BY_EVERY_CHANNEL}: 未收到信息公开当面申请、传真申请、网络申请、信函申请受理); how
   * applications could have come in is no part of what was not received (未收到通过受理电话、网络平台、来信等方式提出的…申请).
   * The 条例's applicants applying for information (未收到公民、法人或者其他组织申请除本机关主动公开以外的其他政府信息,
   * 其他组织向我局申请获取相关政府信息: to whom they apply between; 未接收到…其他组织要求公开政府信息办理的申请, requesting
   * it) are an application too, and so are applying and handling (未发生依申请和处理政府信息). 依 misprinted by its
   * homophone 已 right after 无 (无已申请公开情况) reads as printed right. 申请公开 closing the clause names the
   * application by its verb alone (2023年东梁乡未收到申请公开。). No applicant applying for disclosure (无单位或个人申请政府信息
   * 公开) is none received too, the verb of receiving left unsaid. The information word may sit inside the on-request noun
   * (未收到公民依申请信息公开事项): the same application.
   */
  private static final OpeningPattern NONE_RECEIVED = OpeningPattern.of(
      "(?:(?<!尚)" + Numerals.NEGATION + WITH_REASON_AHEAD + "(?:收到|接到|受理|接收|发生|出现|产生)?|" + Numerals.NOT_YET_RECEIVED + ")" + BY_CHANNELS + "[^,\\d]{0,20}?"
          + APPLICANTS_BY_CHANNELS
          + "(?:(?:依|(?<=无)已)申请(?:(?:政府|政务)?信息|政府)?公开" + NOT_AN_APPLICATION + "|依申请(?:和|及|与)(?:处理|办理)(?:政府)?信息|(?:(?:公开|获取)(?:相关)?(?:政府)?|政府)信息的?(?:公开)?申请|信息公开(?:的)?(?:申请|" + BY_EVERY_CHANNEL + ")|公开申请)"
          + "|(?<!尚)(?:" + Numerals.NEGATED_EVENT + "(?:收到|接到|受理)[^,\\d]{0,20}?(?:申请|要求)|无申请)公开(?:的?(?:(?:政府|政务)?信息|事项)|[。;]?$)"
          + "|(?<!尚)" + Numerals.NEGATED_EVENT + "(?:收到|接到|接收到)[^,\\d]{0,12}?其他组织(?:向[^,\\d]{0,6}?)?(?:提出的?)?(?:申请|要求)[^,\\d]{0,24}?(?:政府|政务)信息"
          + "|(?<!尚)" + Numerals.NEGATION + WITH_REASON_AHEAD + "[^,\\d]{0,12}?" + APPLICANT_WORDS + "(?:提出|提交)?的?申请(?:政府|政务)信息公开");
  /** A clause that is only the label of the on-request item (2.依申请公开, 依申请公开情况), its colon parted off. */
  private static final Pattern ON_REQUEST_LABEL = Pattern.compile("依申请公开(?:情况|工作)?$");
  /**
   * None of the item's applications received, the noun left to the label before (2.依申请公开:2023年未收到该项申请): none
   * received.
   */
  private static final Pattern NONE_OF_THE_ITEM = Pattern.compile(
      "^(?:\\d{4}年度?)?[^,\\d]{0,8}?" + Numerals.NEGATED_EVENT + "(?:收到|接到|受理)(?:该项|此项|该类|此类)申请");
  /** The verbs of receiving an application (全年接受政府信息公开申请98件 too). */
  private static final String RECEIVING = "(?:收到|接到|受理|接收|接受|新收)";
  /**
   * Concluded too, joined to the verb of receiving (收到并按时办结16件…申请): the count is still the received count
   * only, for （七）总计 also counts the applications carried over (issue #18's 收到…954件，均已按期答复).
   */
  private static final String AND_CONCLUDED = "(?:和|并|及)(?:按时|依法|及时)?办结";
  /** Concluded joined to the verb of receiving, as {@link #AND_CONCLUDED}: said of the applications received. */
  private static final String RECEIVED_AND_CONCLUDED = RECEIVING + AND_CONCLUDED;
  private static final Pattern RECEIVING_VERB = Pattern.compile(RECEIVING);
  private static final OpeningPattern RECEIVED =
      OpeningPattern.of(RECEIVING + "([^,\\d]{0,25}?申请[^,\\d]{0,12}?)" + COUNT + CASE_COUNTER);
  /**
   * {@link #RECEIVED} by case or item: who applied, named before the count, is the same whichever counter follows
   * (收到自然人依申请公开政府信息2条).
   */
  private static final OpeningPattern RECEIVED_BY_ANY_COUNTER =
      OpeningPattern.of(RECEIVING + "([^,\\d]{0,25}?申请[^,\\d]{0,12}?)" + COUNT + CASE_OR_ITEM_COUNTER);
  /** {@link #RECEIVED} by item, 申请 right before its count (依申请公开收到申请19条): the applications so counted. */
  private static final OpeningPattern RECEIVED_APPLICATIONS_BY_ITEM =
      OpeningPattern.of(RECEIVING + "([^,\\d]{0,25}?申请)" + COUNT + alternation(ITEM_COUNTERS));
  /**
   * The application itself counted by item: 收到政府信息公开申请2条 (申请 right before its count, or its form: 申请书6条), 受理政府信息依申请公开事项19项
   * or 收到依申请公开办件0条 (a case of it, or its business: 收到政务信息依申请公开业务0条), 收到申请公开21条 (the request to disclose), 收到依申请公开信息1条 (the
   * information on request, as after its count, or the request for it: 收到依申请公开政府信息要求2条), 收到1项依申请公开事项,
   * 收到10件依申请公开请求, 收到12件信息依申请公开 (the count before the noun; concluded too: 收到并按时办结16件政府信息公开申请).
   */
  private static final OpeningPattern RECEIVED_BY_ITEM = OpeningPattern.of(
      RECEIVING + "(?:[^,\\d]{0,25}?(?:公开[^,\\d]{0,6}?(?:申请书?|事项|办件|业务)|申请公开|依申请公开的?(?:政府)?信息(?:要求|请求)?)(?:数量|共|共计|合计|为)?" + COUNT
          + alternation(ITEM_COUNTERS)
          + "|(?:" + AND_CONCLUDED + ")?[了的]?" + COUNT + CASE_OR_ITEM_COUNTER
          + "[^,\\d]{0,8}?(?:公开[^,\\d]{0,6}?(?:申请|事项|请求)|依申请公开(?:的?(?:政府)?信息)?))");
  /**
   * The request named by its subject alone, 申请 left out: 受理政府信息公开1件, or what was submitted so (接收网络方式提交政府
   * 信息公开5件: submitted, it is a request).
   */
  private static final OpeningPattern RECEIVED_DISCLOSURE = OpeningPattern.of(
      "(?:收到|受理|接收)(?:[^,\\d]{0,10}?提交的?)?(?:政府)?信息公开(?:共|共计|合计)?" + COUNT + CASE_COUNTER);
  /**
   * 依申请公开3次, 政府信息公开申请数量为21件, 依申请公开政府信息共收到37件, 依申请公开请求9件, 依申请公开政府信息申请4件,
   * 依申请公开政务信息数3件: the
   * noun first, then its count, perhaps with the verb between (concluded too, 依申请公开受理和办结6件: still the
   * received count, as {@link #AND_CONCLUDED} after the verb). Not the last item of a list the count is of (设立…指南、…年报、依申请公开四个
   * 板块): a clause holds a 、 only between uncounted items, a counted one ending its clause; nor of two items joined
   * (抓住主动公开和依申请公开两个关键): the count after them counts both.
   */
  private static final OpeningPattern RECEIVED_NOUN_FIRST = OpeningPattern.of(
      "(?<![、和及与])(?:依申请公开(?:(?:政府|政务)信息(?:的?申请)?|请求)?|信息公开申请|公开申请)(?:办件|事项)?(?:数量|总数|总量|数)?(?:为|是|共|共计|合计|达)?"
          + "(?:(?:收到|受理|接收)(?:" + AND_CONCLUDED + ")?)?" + COUNT + CASE_COUNTER);
  /**
   * The number of applications, said without a counter (受理政府信息公开申请数量为0): 数量 makes the bare figure a count,
   * which no decimal, percentage or counter follows.
   */
  private static final Pattern NUMBER_OF_APPLICATIONS =
      Pattern.compile("(?:信息公开申请|依申请公开)的?(?:数量|总数|总量)为(\\d+)(?![\\d.%])(?!" + CASE_OR_ITEM_COUNTER + ")");
  /**
   * None carried forward or over (无下年度结转, 没有结转下年度的申请, 无结转2025年继续办理件, 无上年结转, 上年无结转), said
   * without a count, perhaps naming what was not carried before the verb (无申请件结转到下一年度); 转结 is 结转 misprinted.
   */
  private static final OpeningPattern NONE_CARRIED_FORWARD = OpeningPattern.of(Numerals.NEGATED_EXISTENCE
      + "[“\"]?(?:(?:申请件?|办件)?(?:结转|转结)(?:至|到)?(?:下一?年|\\d{4}年)|下一?年度?的?结转)");
  /**
   * A clause that opens on a count of applications all received this year (2件依申请公开政府信息全部是本年度受理并按时
   * 办结, after 共办理…2件): the received count, the handled one said to be new.
   */
  private static final Pattern ALL_RECEIVED_THIS_YEAR = Pattern.compile(
      COUNT + CASE_COUNTER + "[^,\\d]{0,16}?" + Numerals.ALL_OF_THEM + "(?:是|为|系|属于?)?本年度?(?:受理|收到|新收)");
  /** None carried over (无上年结转, 上年无结转, 无上年转结…: 转结 is 结转 misprinted, as for {@link #NONE_CARRIED_FORWARD}). */
  private static final OpeningPattern NONE_CARRIED_OVER = OpeningPattern.of(Numerals.NEGATED_EXISTENCE
      + "[“\"]?上一?年度?的?(?:结转|转结)|上一?年度?" + Numerals.NEGATED_EXISTENCE + "(?:结转|转结)");
  /** A clause ending in a count of applications (答复政府信息公开申请1件), which a clause naming only an outcome may follow. */
  private static final OpeningPattern APPLICATIONS_COUNTED =
      OpeningPattern.of("申请[^,\\d]{0,6}?" + COUNT + CASE_COUNTER + "$");
  /** A clause that only says what those applications were answered with (为部分公开, 均属于不予公开), without a count. */
  private static final Pattern ONLY_AN_OUTCOME = Pattern.compile("^" + Numerals.ALL_OF_THEM + "?(?:为|属于?|系)[^,\\d]{2,16}$");
  /**
   * A noun-first count of applications that were answered or carried over is not the received count (上年转结…申请0件
   * too: 转结 is 结转 misprinted, as {@link Outcome#CARRIED_OVER} reads it; 回复 answers as 答复 does); 办结 joined to
   * the receiving verb ({@link #RECEIVED_AND_CONCLUDED}) is said of the received ones.
   */
  private static final Pattern NOT_RECEIVING =
      Pattern.compile("答复|回复|办结(?<!" + RECEIVED_AND_CONCLUDED + ")|办理|处理|予以|同意|提供|结转|转结");
  /**
   * A received count that holds the ones carried over (共收到申请41件(含上年度结转3件), or 其中 for 含: 共收到申请5件(其中上年
   * 结转1件), 5件(其中1件为上年结转)): new and carried over together, which is no row of the table; the bracket's count
   * (group 1, or 2 where it comes first) is the carried-over row's.
   */
  private static final Pattern WITH_CARRIED_OVER = Pattern.compile("\\((?:含|其中:?)(?:(?:上一?年度?)?(?:结转|转结)(?:的|申请)*"
      + COUNT + CASE_COUNTER + "|" + COUNT + CASE_COUNTER + "(?:为|系|是)上一?年度?(?:结转|转结))");
  /**
   * The carried over as a part of the received count after it (共收到申请9件,其中上年结转2件): that count was the new and
   * the carried over together.
   */
  private static final Pattern CARRIED_OVER_AMONG = Pattern.compile("^其中:?上一?年度?(?:结转|转结)");
  /**
   * A count only handled, by item (办理政府信息依申请公开9条): no received count (issue #18), but the report counts its
   * applications by item, so its outcomes after it may be too (本机关不掌握政府信息答复4条), as after {@link #RECEIVED_BY_ITEM}.
   */
  private static final Pattern HANDLED_BY_ITEM = Pattern.compile("(?:办理|处理)[^,\\d]{0,12}?(?:依申请公开|信息公开申请|公开申请)"
      + "[^,\\d]{0,6}?" + COUNT + alternation(ITEM_COUNTERS));
  /** A received count that is the handled count too: 共收到和办理依申请公开68件. */
  private static final Pattern RECEIVED_AND_HANDLED = Pattern.compile("(?:收到|受理)(?:和|并|及)办理");
  /**
   * All of them concluded (均在法定期限内办结, 全部办结, 所有申请均按时办结, 均按时完成, 已全部答复; not 均未按时答复), a
   * clause without a count: after a count received and handled both ({@link #RECEIVED_AND_HANDLED}), that count is the count answered,
   * （七）总计. After a received count alone it is not (it leaves out 上年结转), unless a clause between says none was
   * carried over (受理…申请19条,无上年度结转,均…予以答复); nor after a count only handled (办理依申请
   * 公开事项7件,均…答复): 办理 is as often said of the applications received, so the count may be either, and neither
   * row is stated.
   */
  private static final Pattern ALL_CONCLUDED =
      Pattern.compile("^(?:所有申请)?已?" + Numerals.ALL_OF_THEM + "(?:(?![未没不])[^,\\d]){0,12}?(?:办结|(?:办理)?完[成毕]|答复)");
  /**
   * Carried into next year, a clause without a count right after the received count (收到1件政府信息公开申请，结转至下一年度
   * 办理): the applications just counted are the ones carried forward. Not 无结转, which opens otherwise.
   */
  private static final Pattern ALL_CARRIED_FORWARD =
      Pattern.compile("^" + Numerals.ALL_OF_THEM + "?已?(?:结转|转结)(?:至|到)?下一?年度?");
  /** A count by a case's counter: a received count in a clause without one was counted by item (申请公开0条). */
  private static final Pattern CASE_COUNTED = Pattern.compile(COUNT + CASE_COUNTER);
  private static final Pattern RESIDENTS = Pattern.compile("居民|自然人|公民|个人");
  /** Residents named with legal persons (公民、法人或其他组织提出的申请) are every applicant, not the natural_person column. */
  private static final Pattern LEGAL_PERSONS = Pattern.compile("法人|组织");
  /**
   * 通过信息公开平台收到申请0件, 依托政府信息依申请公开平台共收到…公民申请事项1件: the disclosure channel named before the
   * verb makes the bare 申请 a disclosure one.
   */
  private static final Pattern DISCLOSURE_CHANNEL = Pattern.compile("信息公开|依申请公开");
  /** A clause ending in these names the applications a bare 申请 in the next one counts. */
  private static final String DISCLOSURE_APPLICATIONS = "信息公开申请";
  /**
   * 接收到申请书55份,申请公开的政府信息主要涉及…: a later clause of the sentence saying what those applications asked to
   * disclose makes the bare 申请 before it a disclosure one.
   */
  private static final List<String> APPLIED_FOR_DISCLOSURE = List.of("申请公开", "所申请公开");
  /**
   * 收到自然人申请2件: the applicants named by the template's own column words, the application is a disclosure one.
   */
  private static final Pattern APPLICANTS_APPLICATION = Pattern.compile("(?:自然人|法人(?:或|和|及)其他组织)(?:提出|提交)?的?申请");
  /**
   * 申请 named by nothing but who applied (公民申请, 群众提出的申请, or alone): a bare application, which a paragraph on
   * disclosure applications makes one of them; 政务服务申请 names another kind.
   */
  private static final Pattern BARE_APPLICATION =
      Pattern.compile("[共了]?(?:" + APPLICANT_WORDS + "|居民|企业|自然人|[、或和及])*(?:提出|提交)?的?申请");
  /** 收到依申请信息21件: information on application is a disclosure application's, 公开 left unsaid. */
  private static final String ON_APPLICATION = "依申请";
  /** The applicant columns a breakdown names, by name; 其他 alone may be anyone, 居民 and 公民 are 自然人, 企业 商业企业. */
  private static final Map<String, String> APPLICANTS = applicants();
  /**
   * 申请人均为自然人, 全部属自然人申请件, 皆为自然人申请, a clause 申请主体为自然人 or 申请人的类别为自然人: every application
   * received came from residents (not 均为个人隐私, a reason to withhold); so does the one received, pointed back to
   * ({@link #THE_ONE}: 收到依申请公开信息1条,该信息是公民以网络申请的方式).
   */
  private static final Pattern ALL_FROM_RESIDENTS = Pattern.compile("(?:" + Numerals.ALL_OF_THEM + "|^申请(?:主体|人)(?:的?(?:类别|类型|身份))?"
      + "|^该(?:申请|信息|件|条|项)?)(?:均|全部|都|皆)?"
      + "(?:属于?|为|是|系|来自)?(?:居民|自然人|公民|个人(?!隐私|信息))");
  /** What points back to one thing just named (该申请, 该信息): said of a received count of 1 only. */
  private static final String THE_ONE = "该";
  /** A bracket after the count naming residents alone as its applicants (收到…申请1件(自然人申请)): all from residents. */
  private static final Pattern RESIDENTS_ASIDE = Pattern.compile("\\((?:居民|自然人|公民|个人)(?:提出|提交)?的?(?:申请)?\\)");
  /**
   * 其中自然人申请18件，商业企业申请3件 (or 申请件3件, 自然人申请办件量0件, 申请人为自然人的2件, 商业企业申请政务公开信息1条, 收到自然人申请政府信息公开
   * 申请5条), right after the received count: that column's count of it, not a second received count.
   */
  private static final OpeningPattern FROM_APPLICANTS = fromApplicants(CASE_COUNTER);
  /** {@link #FROM_APPLICANTS} after a received count by item (收到依申请公开6条), whose breakdown counts so too. */
  private static final OpeningPattern FROM_APPLICANTS_BY_ITEM = fromApplicants(CASE_OR_ITEM_COUNTER);
  /**
   * 其他申请0件 after every other applicant column's count (自然人申请3件，…，法律服务机构申请0件，其他申请0件): the list's
   * 其他 column. Alone, or after a list leaving some column out, 其他 may be anyone's (those columns' too).
   */
  private static final Pattern OTHER_IN_LIST = Pattern.compile("^其他(?:提出|申请|的)*" + COUNT + CASE_COUNTER + "[。;]?$");
  private static final Pattern A_CHANNEL = Pattern.compile(CHANNEL);
  /**
   * Received counts of this many channels in one sentence with no count of the whole (受理线上…申请65件，依法办结62件，…，
   * 受理线下…申请9件): each clause speaks of its channel's applications, so none of the sentence's figures is the
   * whole's (办结62件 is no （七）总计).
   */
  private static final int CHANNEL_PARTS = 2;
  /**
   * 2件为网络申请, 其中网上申请3件: the received count broken down by how the applications came in, which a breakdown by
   * applicant may follow (…2件为信件申请；申请人为自然人的2件).
   */
  private static final Pattern BY_CHANNEL = Pattern.compile("^(?:其中)?(?:" + COUNT + CASE_COUNTER + "(?:为|是|系|通过)?"
      + CHANNEL + "[^,\\d]{0,4}?申请|" + CHANNEL + "[^,\\d]{0,4}?申请" + COUNT + CASE_COUNTER + ")$");
  /** 2件为自然人申请, 其中1件是商业企业提出的, right after the received count: the count first, then its column. */
  private static final Pattern COUNT_FROM_APPLICANTS = Pattern.compile("^(?:其中)?" + COUNT + CASE_COUNTER + "(?:为|是|系|来自)("
      + String.join("|", APPLICANTS.keySet()) + ")(?:提出|申请|的)*[。;]?$");
  /**
   * 法人或其他组织申请6件（商业企业4件、…）: the five legal-person columns together, which the bracket after them
   * breaks down column by column.
   */
  private static final Pattern FROM_LEGAL_PERSONS =
      Pattern.compile("^(?:其中)?法人(?:或|和|及)其他组织(?:提出|申请|的|件)*" + COUNT + CASE_COUNTER + "(?:\\((.*)|[。;])?$");
  /**
   * 公民个人提出申请1030件, 自然人提交政府信息公开申请5件: one applicant column's applications counted without a verb of
   * receiving, that column's received count; 公民、法人或其他组织提出的申请 names every applicant ({@link #LEGAL_PERSONS}).
   */
  private static final OpeningPattern APPLICANT_FILED =
      OpeningPattern.of("(?<![、和或及])(" + String.join("|", APPLICANTS.keySet())
          + ")+(?:提出|提交)的?[^,\\d、]{0,12}?申请(?:共|共计|数量为|为)?" + COUNT + CASE_COUNTER);
  /**
   * A count after any applicants' words (公民个人提出申请62件, 法人或其他组织提出申请2件): one part of a breakdown by applicant,
   * whatever columns it lumps.
   */
  private static final OpeningPattern APPLICANTS_PART = OpeningPattern.of("(?:" + String.join("|", APPLICANTS.keySet())
      + "|法人|组织)(?:提出|提交)?的?[^,\\d、]{0,12}?申请(?:共|共计|数量为|为)?" + COUNT + CASE_COUNTER);
  /** 来自自然人的申请数量为166件: the applications that came from one applicant column, as {@link #APPLICANT_FILED}. */
  private static final OpeningPattern APPLICANT_SENT = OpeningPattern.of("来自(" + String.join("|", APPLICANTS.keySet())
      + ")的?[^,\\d、]{0,12}?申请(?:共|共计|数量为|为)?" + COUNT + CASE_COUNTER);
  /**
   * 收到2个自然人的政府信息公开申请: the received count printed before the applicants it came from, one column's count
   * (the count is the applications', as the received count it also is); so with the agent marked (收到2件由自然人发起的…申请).
   */
  private static final OpeningPattern RECEIVED_FROM_APPLICANTS =
      OpeningPattern.of(RECEIVING + "(?:了)?" + COUNT + CASE_COUNTER
          + "由?(" + String.join("|", APPLICANTS.keySet()) + ")(?:提出|提交|发起)?的?[^,\\d、]{0,12}?申请");
  /**
   * 收到4名自然人申请政府信息公开5件, 收到2名公民的…申请3件: the people who applied counted (名, 位) before their
   * applications; the count after is the received count (group 4), all of it that column's (group 2).
   */
  private static final OpeningPattern RECEIVED_FROM_PEOPLE =
      OpeningPattern.of(RECEIVING + "(?:了)?" + COUNT + "(?:名|位)(" + String.join("|", APPLICANTS.keySet())
          + ")(?:提出|提交)?的?([^,\\d、]{0,25}?申请[^,\\d]{0,12}?)" + COUNT + CASE_COUNTER);
  /** The five legal-person columns, which a count of 0 for them together fixes each at 0. */
  private static final List<String> LEGAL_PERSON_COLUMNS = legalPersonColumns();
  /** A year named before 新收 (2025年新收63件): a clause left in scope names the report's own ({@link Clauses}). */
  private static final String A_YEAR = Numerals.YEAR_DIGITS + "年度?";
  /**
   * 本年新收421件 (2025年新收63件) in a sentence about applications, the noun left out after the clause before it named them (上年结转
   * 政府信息公开申请7件，本年新收421件): the template's own word for the received count; after a count of all the
   * applications handled (受理申请15件，其中新收到14件，结转上年度1件), the part of it that is new; or the year's part of a
   * running total (条例施行以来共收到…申请156件，其中本年度收到12件), received in the year it names. Not a count
   * followed by another thing it counts (本年度收到2件区政府的信息公开征询单): the noun is left out only where none follows.
   * The template's word with the bare noun after it (本年新收申请数27512件, the row's wording cut short) is that count too:
   * only disclosure applications are 新收.
   */
  private static final OpeningPattern NEWLY_RECEIVED = OpeningPattern.of(
      "^(?:其中)?(?:(?:本年度?|今年|当年|" + A_YEAR + ")?新收到?(?:申请(?:数量?|件数?)?)?|(?:本年度?|今年|当年)(?:收到|受理|接收))" + COUNT + CASE_COUNTER
          + "(?=[。;(]|$|[^,\\d]{0,10}?申请)");

  /**
   * A sentence that is only the total row's label and a count ({@code （七）总计12件。}, {@code 总计：12件}), its list marker
   * dropped: in section 三 it names the row （七）总计, the table's last row. Within a paragraph, a 总计 after other
   * figures sums those ({@link ProseReader#withBreakdowns}) and never stands alone.
   */
  private static final Pattern TOTAL_ALONE = Pattern.compile("^(?:" + alternation(
      NationalTemplate.of(Template.T2019).applications().row(RowRole.TOTAL).labels()) + "):?" + COUNT + CASE_COUNTER + "。?$");

  /**
   * 依申请公开情况：无, the heading and 无 alone: the year brought no application, which is all a reader knows of it
   * (nothing of those carried over, answered or pending). Not 无 alone in section 三, which may be a table's cell.
   */
  private static final Pattern NONE_AT_ALL = Pattern.compile("^依申请公开(?:政府信息)?(?:工作)?情况:?暂?"
      + Numerals.NEGATED_EXISTENCE + "。?$");

  /** Longer than this, a sentence holds more than the total's label and a count: most need no matcher. */
  private static final int TOTAL_ALONE_LONGEST = 24;

  /** Whether a folded sentence is only the total row's label and a count. */
  static boolean isTotalAlone(String sentence) {
    return sentence.length() <= TOTAL_ALONE_LONGEST && TOTAL_ALONE.matcher(sentence).matches();
  }

  @Override
  public List<Figure> read(String sentence, List<String> clauses, boolean inOwnSection, boolean afterApplications,
      Template template, boolean bracketed) {
    String scope = ApplicantScope.opening(sentence);
    if (scope == null) {
      List<Figure> totalColumn = inOwnSection ? TableRowSentence.totalColumn(sentence, template) : List.of();
      return !totalColumn.isEmpty() ? totalColumn : readAll(sentence, clauses, inOwnSection, afterApplications, template, bracketed);
    }
    // 自然人方面，本年新收12件: what the rules read as the whole's is that column's; a figure of another column no cell
    String column = ApplicantScope.column(scope);
    List<Figure> asColumn = column == null ? List.of() : TableRowSentence.column(sentence.substring(scope.length()), template);
    if (!asColumn.isEmpty()) {
      return asColumn.stream().map(f -> new Figure(f.row(), column, f.value())).toList();
    }
    return column == null ? List.of() : readAll(sentence, clauses, inOwnSection, afterApplications, template, bracketed).stream()
        .filter(f -> f.column().equals(TOTAL)).map(f -> new Figure(f.row(), column, f.value())).toList();
  }

  private List<Figure> readAll(String sentence, List<String> clauses, boolean inOwnSection, boolean afterApplications,
      Template template, boolean bracketed) {
    List<Figure> row = TableRowSentence.applications(sentence, template);
    if (!row.isEmpty()) {
      return row;
    }
    Matcher none = sentence.length() <= TOTAL_ALONE_LONGEST ? NONE_AT_ALL.matcher(Ordinals.strip(sentence)) : null;
    if (none != null && none.matches()) {
      return List.of(new Figure(NEW_RECEIVED, TOTAL, 0));
    }
    Matcher total = inOwnSection && sentence.length() <= TOTAL_ALONE_LONGEST ? TOTAL_ALONE.matcher(sentence) : null;
    if (total != null && total.matches()) {
      return List.of(new Figure(TOTAL, TOTAL, Numerals.count(total.group(1))));
    }
    List<Figure> figures = new ArrayList<>();
    if (!inOwnSection && !sentence.contains("申请")) {
      return figures;
    }
    boolean afterReceived = false;
    boolean inPartsOfReceived = false;
    Integer received = null;
    Integer handled = null; // a count received and handled both, or received with none carried over
    boolean receivedByItem = false;
    Map<String, Object> outcomeCells = new HashMap<>();
    Set<String> partsOfOneRow = new HashSet<>();
    Integer countedBefore = null;
    Set<String> listedApplicants = new HashSet<>();
    int channelCounts = 0;
    int receivedAt = -1; // where the received count's figures start
    boolean inMatterAside = false; // the clauses of a MATTER_ASIDE before its bracket closes
    OtherHandlingBreakdown otherHandling = new OtherHandlingBreakdown();
    for (int i = 0; i < clauses.size(); i++) {
      Matcher crossReference = CROSS_REFERENCE.find(clauses.get(i), 0);
      String clause = crossReference == null ? clauses.get(i) : crossReference.replaceAll("");
      Integer countedByPrevious = countedBefore;
      Matcher applications = APPLICATIONS_COUNTED.find(clause, 0);
      countedBefore = applications != null ? Numerals.count(applications.group(1)) : null;
      boolean breakdown = afterReceived;
      if (breakdown && CARRIED_OVER_AMONG.matcher(clause).find()) {
        figures.removeIf(f -> f.row().equals(NEW_RECEIVED)); // the count before held the carried over
      }
      receivedByItem |= HANDLED_BY_ITEM.matcher(clause).find();
      Matcher applicants = breakdown ? (receivedByItem ? FROM_APPLICANTS_BY_ITEM : FROM_APPLICANTS).find(clause, 0) : null;
      boolean otherMatter = OTHER_MATTER.in(clause) && !Outcome.namesRow(clause, template);
      boolean counted = Numerals.COUNTED.matcher(clause).find();
      // a clause without a figure (均已按期答复) leaves the received count the one a breakdown after it refers to
      afterReceived = breakdown && !counted && !otherMatter;
      // 其中 alone before a colon is no clause of its own (Clauses): the clause after it in the sentence opens the parts
      int among = received == null ? -1 : sentence.indexOf(PART_OF);
      inPartsOfReceived |= among >= 0 && sentence.indexOf(clause, among) >= among;
      Integer count = otherMatter ? null : receivedCount(clauses, i, afterApplications);
      if (count != null && inPartsOfReceived && !RECEIVING_VERB.matcher(clause).find()) {
        count = null; // 收到…申请11件，其中：主动公开1件，依申请公开4件: a kind of the applications received, no second count
      }
      Matcher legalPersons = breakdown ? FROM_LEGAL_PERSONS.matcher(clause) : null;
      Matcher countFirst = breakdown ? COUNT_FROM_APPLICANTS.matcher(clause) : null;
      Matcher other = breakdown ? OTHER_IN_LIST.matcher(clause) : null;
      Matcher filed;
      Matcher thisYear;
      Matcher named;
      if (applicants != null) {
        add(figures, NEW_RECEIVED, APPLICANTS.get(applicants.group(1)), Numerals.count(applicants.group(2)));
        afterReceived = true; // the breakdown goes on: 其中自然人申请5件，商业企业申请1件
        listedApplicants.add(APPLICANTS.get(applicants.group(1)));
      } else if (other != null && listedApplicants.containsAll(APPLICANTS.values()) && other.matches()) {
        add(figures, NEW_RECEIVED, OTHER_ORG, Numerals.count(other.group(1)));
        afterReceived = true;
      } else if (breakdown && BY_CHANNEL.matcher(clause).matches()) {
        afterReceived = true; // the breakdown by channel leaves the received count to one by applicant
      } else if (countFirst != null && countFirst.matches()) {
        add(figures, NEW_RECEIVED, APPLICANTS.get(countFirst.group(2)), Numerals.count(countFirst.group(1)));
        afterReceived = true; // 2件为自然人申请，1件为商业企业申请
      } else if (legalPersons != null && legalPersons.matches()) {
        afterReceived = true;
        Matcher first = legalPersons.group(2) == null ? null : FROM_APPLICANTS.find(legalPersons.group(2), 0);
        if (first != null) {
          add(figures, NEW_RECEIVED, APPLICANTS.get(first.group(1)), Numerals.count(first.group(2)));
        } else if (Integer.valueOf(0).equals(Numerals.count(legalPersons.group(1)))) {
          LEGAL_PERSON_COLUMNS.forEach(c -> add(figures, NEW_RECEIVED, c, 0)); // none from them: none from each
        }
      } else if (otherMatter && !counted && noneListed(clause)) {
        noneReceived(clause, figures);
      } else if (otherMatter) {
        continue;
      } else if (count != null && withCarriedOver(clause, figures)) {
        afterReceived = false;
        receivedAt = figures.size() - 1;
      } else if (count != null) {
        if (breakdown && NEWLY_RECEIVED.in(clause)) {
          // 受理申请15件，其中新收到14件，结转上年度1件: the count before was the new and the carried over together
          figures.removeIf(f -> f.row().equals(NEW_RECEIVED));
        }
        afterReceived = true;
        received = count;
        handled = RECEIVED_AND_HANDLED.matcher(clause).find() ? count : null;
        receivedByItem = !CASE_COUNTED.matcher(clause).find();
        receivedAt = figures.size();
        add(figures, NEW_RECEIVED, TOTAL, count);
        Matcher m = RECEIVED.find(clause, 0);
        if (m != null && A_CHANNEL.matcher(m.group(1)).find() && ++channelCounts == CHANNEL_PARTS) {
          return List.of();
        }
        Matcher from = RECEIVED_FROM_APPLICANTS.find(clause, 0);
        Matcher people = from == null ? fromPeople(clause) : null;
        int aside = clause.indexOf('(');
        if (from != null && count.equals(Numerals.count(from.group(1)))
            && !LEGAL_PERSONS.matcher(clause).region(from.end(1), from.end()).find()) {
          add(figures, NEW_RECEIVED, APPLICANTS.get(from.group(2)), count); // 收到2个自然人的…申请
        } else if (people != null && count.equals(Numerals.count(people.group(4)))) {
          add(figures, NEW_RECEIVED, APPLICANTS.get(people.group(2)), count); // 收到4名自然人申请…5件
        } else if ((named = m != null ? m : RECEIVED_BY_ANY_COUNTER.find(clause, 0)) != null
            && RESIDENTS.matcher(named.group(1)).find() && !LEGAL_PERSONS.matcher(named.group(1)).find()
            || aside >= 0 && (ALL_FROM_RESIDENTS.matcher(clause).region(aside, clause.length()).find()
                || RESIDENTS_ASIDE.matcher(clause).region(aside, clause.length()).lookingAt())) {
          add(figures, NEW_RECEIVED, NATURAL_PERSON, count); // 受理33件申请(均为自然人提交): all from residents
        }
        String outcomeAside = outcomeAside(clause, aside);
        for (Figure f : outcomeAside == null ? List.<Figure>of() : Outcome.read(outcomeAside, template, false, receivedByItem)) {
          outcomeCells.put(f.cell(), f.value());
          figures.add(f); // 接受…申请98件(当年办结97件,结转下年度1件): the bracket goes on with what became of them
        }
      } else if (!carriedOverSince(figures, receivedAt)
          && ((filed = APPLICANT_FILED.find(clause, 0)) != null || (filed = APPLICANT_SENT.find(clause, 0)) != null)) {
        add(figures, NEW_RECEIVED, APPLICANTS.get(filed.group(1)), Numerals.count(filed.group(2)));
      } else if (!counted && handled != null && ALL_CONCLUDED.matcher(clause).find()
          && figures.stream().noneMatch(f -> f.row().equals(TOTAL))) {
        add(figures, TOTAL, TOTAL, handled); // 共收到和办理…68件，均在法定期限内办结
      } else if (breakdown && !counted && received != null && ALL_CARRIED_FORWARD.matcher(clause).lookingAt()) {
        add(figures, CARRIED_FORWARD, TOTAL, received); // 收到1件…申请，结转至下一年度办理
      } else if (!counted && received != null && ALL_FROM_RESIDENTS.matcher(clause).find()
          && (received == 1 || !clause.startsWith(THE_ONE))) {
        add(figures, NEW_RECEIVED, NATURAL_PERSON, received);
      } else if (!counted && countedByPrevious != null && ONLY_AN_OUTCOME.matcher(clause).matches()) {
        figures.addAll(Outcome.withCount(clause, template, countedByPrevious));
      } else if ((thisYear = ALL_RECEIVED_THIS_YEAR.matcher(clause)).lookingAt()) {
        add(figures, NEW_RECEIVED, TOTAL, Numerals.count(thisYear.group(1)));
      } else if (!counted && NONE_CARRIED_FORWARD.in(clause)) {
        add(figures, CARRIED_FORWARD, TOTAL, 0);
      } else if (!counted && NONE_CARRIED_OVER.in(clause)) {
        add(figures, CARRIED_OVER, TOTAL, 0); // before none received: 无上年结转的…申请 says nothing of this year's
        handled = received != null ? received : handled; // the received count is every application
      } else if (!counted && NONE_RECEIVED.in(clause)) {
        noneReceived(clause, figures);
      } else if (!counted && i > 0 && ON_REQUEST_LABEL.matcher(clauses.get(i - 1)).find()
          && NONE_OF_THE_ITEM.matcher(clause).find()) {
        add(figures, NEW_RECEIVED, TOTAL, 0); // 2.依申请公开:2023年未收到该项申请
      } else {
        String outside = inMatterAside ? afterAside(clause) : clause;
        inMatterAside = outside == null;
        Matcher matter = outside == null ? null : MATTER_ASIDE.matcher(outside);
        if (matter != null && matter.find()) {
          String after = afterAside(outside.substring(matter.end()));
          inMatterAside = after == null;
          outside = outside.substring(0, matter.end() - 1) + (after == null ? "" : after);
        }
        for (String part : outside == null ? List.<String>of() : withoutCarriedOverAside(outside)) {
          // a lone label and its count is a table's row printing one cell, unless the count was bracketed after the name
          List<Figure> outcomes = Outcome.read(part, template, clauses.size() == 1 && !bracketed, receivedByItem);
          if (outcomes.isEmpty() && i > 0) {
            outcomes = Outcome.groupByReason(clauses.get(i - 1), part, template); // 不予公开1件，属于保护第三方合法权益
          }
          Figure otherOther = otherHandling.read(part, sentence, template, outcomes);
          outcomes = otherOther == null ? outcomes : List.of(otherOther);
          if (onePartAnswered(clauses, i, template, outcomes) || partOfAPart(clauses, i, received)) {
            outcomes = outcomes.stream().filter(f -> !f.row().equals(TOTAL)).toList();
          }
          for (Figure f : outcomes) {
            Object before = outcomeCells.put(f.cell(), f.value());
            if (before != null && !(ZERO.equals(before) && ZERO.equals(f.value()))) {
              partsOfOneRow.add(f.cell());
            }
          }
          figures.addAll(outcomes);
        }
      }
    }
    // 无法提供1件，信息不存在的1件: two clauses counting one row give parts of its count, not the count
    figures.removeIf(f -> partsOfOneRow.contains(f.cell()));
    return figures;
  }

  /**
   * Whether the i-th clause, after 其中, breaks down a clause before it that counts a part of the applications, not all
   * received (收到9件…;4件为我县直接办理，其中2件已答复完毕，2件正在处理): an answered count in it is a part's part, no
   * （七）总计.
   */
  private static boolean partOfAPart(List<String> clauses, int i, Integer received) {
    if (i == 0 || !clauses.get(i).startsWith(PART_OF)) {
      return false;
    }
    Matcher before = CASE_COUNTED.matcher(clauses.get(i - 1));
    return before.lookingAt() && !Objects.equals(Numerals.count(before.group(1)), received);
  }

  /**
   * Whether the answered count of the i-th clause, after 其中 a part of the count before it, is one of several parts
   * answered (其中2件均按规定程序办结，6件为“本机关不掌握相关政府信息”，重复申请1件): a later clause counts an outcome, and
   * the later counts do not add up to it as a breakdown of it would (其中21件已办结，予以公开15件，主动撤回6件). The rest
   * carried forward (其中21件已办结，剩余4件结转下年度) is no answer: it leaves the answered count the whole. Without 其中,
   * later outcomes printed count first are its siblings, not its breakdown (按时办结66件，5件逾期未补正，2件撤销申请): the
   * same holds.
   */
  private static boolean onePartAnswered(List<String> clauses, int i, Template template, List<Figure> outcomes) {
    Figure answered = outcomes.stream().filter(f -> f.row().equals(TOTAL)).findFirst().orElse(null);
    if (answered == null || !clauses.get(i).startsWith(PART_OF)
        && clauses.subList(i + 1, clauses.size()).stream().noneMatch(c -> CASE_COUNTED.matcher(c).lookingAt())) {
      return false;
    }
    int sum = 0;
    boolean outcomeAfter = false;
    for (String later : clauses.subList(i + 1, clauses.size())) {
      List<Figure> read = Outcome.read(later, template, false, false);
      if (read.stream().anyMatch(f -> CARRIED.contains(f.row()))) {
        continue; // 4件结转下年度: not answered, so no part of the answered count
      }
      outcomeAfter |= read.stream().anyMatch(f -> !f.row().equals(TOTAL));
      for (Matcher m = CASE_COUNTED.matcher(later); m.find(); ) {
        Integer count = Numerals.count(m.group(1));
        sum += count == null ? 0 : count;
      }
    }
    return outcomeAfter && !answered.value().equals(sum);
  }

  /**
   * The count a sentence's breakdown by applicant (公民个人提出申请62件;法人或其他组织提出申请2件, its list going on in the
   * {@code clauses} after it up to one counting something else), read as cells of the received row, adds up to where
   * that is another count the paragraph printed {@code before}, not the received one an earlier sentence of it stated
   * (新收63件,上一年度结转1件,共计64件): the breakdown is of that count, new and carried over together, as in one
   * sentence ({@link #carriedOverSince}). Null where the parts add up to the received count, or to no count printed
   * before in the paragraph: then they are its breakdown.
   */
  static Integer otherCountBrokenDown(List<Figure> figures, List<String> clauses, List<Figure> earlier, CharSequence before) {
    Integer received = earlier.stream().filter(f -> f.row().equals(NEW_RECEIVED) && f.column().equals(TOTAL))
        .map(f -> (Integer) f.value()).reduce((a, b) -> b).orElse(null);
    if (received == null || figures.stream().noneMatch(ApplicationRules::isApplicantCell)
        || figures.stream().anyMatch(f -> f.row().equals(NEW_RECEIVED) && f.column().equals(TOTAL))) {
      return null;
    }
    int sum = 0;
    int parts = 0;
    for (String clause : clauses) {
      Matcher part = APPLICANTS_PART.find(clause, 0);
      Integer count = part == null ? null : Numerals.count(part.group(1));
      if (count != null) {
        sum += count;
        parts++;
      } else if (CASE_COUNTED.matcher(clause).find()) {
        break; // the list of applicants ends where a clause counts something else
      }
    }
    if (parts < 2 || sum == received) {
      return null;
    }
    for (Matcher m = CASE_COUNTED.matcher(before); m.find(); ) {
      if (Integer.valueOf(sum).equals(Numerals.count(m.group(1)))) {
        return sum;
      }
    }
    return null;
  }

  /** Whether a figure is an applicant column's cell of the received row. */
  static boolean isApplicantCell(Figure f) {
    return f.row().equals(NEW_RECEIVED) && !f.column().equals(TOTAL);
  }

  /**
   * Whether a carried-over count was read after the received one (收到申请19件,上年结转1件,其中自然人提交申请20件): an
   * applicant's count after both is of the two together, no cell of the received row.
   */
  private static boolean carriedOverSince(List<Figure> figures, int receivedAt) {
    return receivedAt >= 0 && figures.subList(receivedAt, figures.size()).stream().anyMatch(f -> f.row().equals(CARRIED_OVER));
  }

  private static OpeningPattern fromApplicants(String counter) {
    return OpeningPattern.of("^(?:其中)?" + RECEIVING + "?(?:申请人(?:为|是))?(" + String.join("|", APPLICANTS.keySet())
        + ")(?:申请[^,\\d]{0,10}?(?:申请|信息)|(?:提出|申请|的|件|办件量?)*)" + COUNT + counter);
  }

  private static List<String> legalPersonColumns() {
    List<NationalTemplate.Column> columns = NationalTemplate.of(Template.T2019).applications().columns();
    return columns.subList(1, columns.size() - 1).stream().map(NationalTemplate.Column::key).toList();
  }

  private static Map<String, String> applicants() {
    Map<String, String> names = new LinkedHashMap<>();
    List<NationalTemplate.Column> columns = NationalTemplate.of(Template.T2019).applications().columns();
    for (NationalTemplate.Column c : columns.subList(0, columns.size() - 1)) {
      if (!c.key().equals(OTHER_ORG)) {
        names.put(c.label(), c.key());
        c.variants().forEach(v -> names.put(v, c.key())); // 商业机构
      }
    }
    names.put("居民", NATURAL_PERSON);
    names.put("公民", NATURAL_PERSON);
    names.put("个人", NATURAL_PERSON);
    names.put("企业", COMMERCIAL_ENTERPRISE); // 企业申请2件: enterprises are the commercial ones
    return names;
  }

  /**
   * Whether a none received negates a list of other matters and the application alike (未收到政府信息公开申请、行政复议和
   * 行政诉讼, 未收到依申请公开信息、行政复议…, 未收到政府信息公开申请及相关投诉、举报, …申请或投诉, 未收到投诉举报及政府信息
   * 公开申请): the application right before a 、 or a conjunction, or right after one that ends the other matters; not
   * the cause of a review (未收到因…申请引起的行政复议), nor an application about complaints (涉及投诉举报的…申请).
   */
  private static boolean noneListed(String clause) {
    Matcher m = NONE_RECEIVED.find(clause, 0);
    return m != null && (LISTED_NEXT.matcher(clause).region(m.end(), clause.length()).lookingAt()
        || LISTED_BEFORE.matcher(m.group()).find());
  }

  /**
   * None received, from the applicants the negation names ({@link #ONE_APPLICANT_GROUP}): from legal persons alone
   * (未收到法人或者其他组织对依申请公开政府信息的申请) none in each of their five columns, natural persons and the total
   * left unsaid; from residents alone none in theirs and, as a count from residents is read, none at all; naming both
   * or neither (未收到公民、法人或者其他组织…, 未收到…申请), none at all.
   */
  private static void noneReceived(String clause, List<Figure> figures) {
    Matcher none = NONE_RECEIVED.find(clause, 0);
    Matcher from = none != null ? ONE_APPLICANT_GROUP.matcher(none.group()) : null;
    String subject = none != null ? clause.substring(0, none.start()) : "";
    if (NAMES_APPLICANTS.matcher(subject).find()) {
      // 商业企业、社会公益组织未提出申请: none from the columns named before it, nothing of the others or the total
      Matcher listed = APPLICANT_SUBJECT.matcher(subject);
      if (listed.matches()) {
        for (String name : listed.group(1).split(LIST_JOINER)) {
          add(figures, NEW_RECEIVED, APPLICANTS.get(name), 0);
        }
      }
    } else if (from == null || !from.find()) {
      add(figures, NEW_RECEIVED, TOTAL, 0);
    } else if (LEGAL_PERSONS.matcher(from.group(1)).find()) {
      LEGAL_PERSON_COLUMNS.forEach(c -> add(figures, NEW_RECEIVED, c, 0));
    } else {
      add(figures, NEW_RECEIVED, TOTAL, 0); // residents' applications are every applicant's too, as when counted
      add(figures, NEW_RECEIVED, NATURAL_PERSON, 0);
    }
  }

  /**
   * The one group of applicants right after the verb of a none received, no other listed with it: legal persons
   * (法人或者其他组织, the template's group) or residents (自然人, 公民); not 公民、法人或者其他组织, nor 市民或法人.
   */
  private static final Pattern ONE_APPLICANT_GROUP = Pattern.compile(
      "(?:收到|接到|受理|接收)(?:任何)?(法人(?:或者?|和|及)其他组织|自然人|公民|居民|个人)(?![、,和或及与])");

  /** What parts the items of a list: 、 or a conjunction. */
  private static final String LIST_JOINER = "(?:、|和|及|或|以及)";
  /**
   * Applicant columns named as a none's subject, alone and listed ({@code 商业企业、社会公益组织}), nothing else: the list
   * group 1.
   */
  private static final Pattern APPLICANT_SUBJECT = Pattern.compile("((?:" + alternation(List.copyOf(APPLICANTS.keySet())) + ")(?:"
      + LIST_JOINER + "(?:" + alternation(List.copyOf(APPLICANTS.keySet())) + "))*)" + Numerals.ALL_OF_THEM + "?");
  /** A subject naming any applicants: where they are not the columns alone, whose none it is stays unknown. */
  private static final Pattern NAMES_APPLICANTS = Pattern.compile(alternation(List.copyOf(APPLICANTS.keySet())) + "|法人");
  /** Other matters listed before the application a none received negates: 投诉举报及, 行政复议、行政诉讼和. */
  private static final Pattern LISTED_BEFORE =
      Pattern.compile("(?:复议|诉讼|投诉|举报)(?:事项|案件)?" + LIST_JOINER + "(?:相关)?(?:政府|政务)?(?:信息公开|依申请公开)");
  /**
   * What ends the first of a list after a none received: 、 or a conjunction (perhaps after the information:
   * 依申请公开信息、行政复议…, or after 件, the application as a thing: 无受理…申请件及…投诉、行政复议).
   */
  private static final Pattern LISTED_NEXT = Pattern.compile("(?:的?(?:政府|政务)?信息|事项|件)?" + LIST_JOINER);

  /**
   * The words of a bracket the received count's clause opens after its count and leaves open, its sentence's next
   * clauses going on in it (全年接受政府信息公开申请98件(当年办结97件,结转下年度1件)): the first of the bracket's clauses,
   * which {@link Outcome} reads as the clauses after it are; null where the clause has no such bracket, or where it
   * counts others besides them (另有2件结转下年度: whether the count before holds those is left open).
   */
  private static String outcomeAside(String clause, int aside) {
    return aside < 0 || clause.indexOf(')', aside) >= 0 || clause.startsWith(BESIDES, aside + 1)
        || !Numerals.COUNTED.matcher(clause).region(0, aside).find() ? null : clause.substring(aside + 1);
  }

  /** What follows the close of a bracket opened before {@code text}, or null while it stays open. */
  private static String afterAside(String text) {
    int close = text.indexOf(')');
    return close < 0 ? null : text.substring(close + 1);
  }

  /**
   * An outcome's count and the bracket saying how many of it were carried over (当年办结168件(含上年结转14件)): each
   * its own clause, the outcome's count holding the carried over as the table's rows do; else the clause alone.
   */
  private static List<String> withoutCarriedOverAside(String clause) {
    Matcher m = clause.indexOf('(') < 0 ? null : CARRIED_OVER_ASIDE.matcher(clause);
    return m != null && m.matches() && WITH_CARRIED_OVER.matcher(m.group(2)).lookingAt()
        ? List.of(m.group(1), m.group(2).substring(1)) : List.of(clause);
  }

  /** A clause ending in a bracket (and its sentence's end): what precedes it, and the bracket from its opening mark on. */
  private static final Pattern CARRIED_OVER_ASIDE = Pattern.compile("^(.+?)(\\([^()]*)\\)[。;]?$");

  /** Whether the received count of {@code clause} holds the carried over ({@link #WITH_CARRIED_OVER}), stated then. */
  private static boolean withCarriedOver(String clause, List<Figure> figures) {
    Matcher m = clause.indexOf('(') < 0 ? null : WITH_CARRIED_OVER.matcher(clause);
    if (m == null || !m.find()) {
      return false;
    }
    add(figures, CARRIED_OVER, TOTAL, Numerals.count(m.group(m.group(1) != null ? 1 : 2)));
    return true;
  }

  /**
   * Whether a clause after the i-th says what the applications asked to disclose ({@link #APPLIED_FOR_DISCLOSURE}), or
   * answers them as only a disclosure application is answered (共收到申请0件,…其中同意公开的有0件: {@link
   * Outcome#namesDisclosureAnswer}).
   */
  private static boolean disclosureNamedAfter(List<String> clauses, int i) {
    for (String later : clauses.subList(i + 1, clauses.size())) {
      if (APPLIED_FOR_DISCLOSURE.stream().anyMatch(later::startsWith) || Outcome.namesDisclosureAnswer(later)) {
        return true;
      }
    }
    return false;
  }

  /** {@link #RECEIVED_FROM_PEOPLE} in {@code clause}, of disclosure applications, or null. */
  private static Matcher fromPeople(String clause) {
    Matcher m = RECEIVED_FROM_PEOPLE.find(clause, 0);
    return m != null && m.group(3).contains("公开") ? m : null;
  }

  /**
   * The received count of the i-th clause; a bare 申请 is a disclosure one after the channel (通过信息公开平台收到申请0件),
   * after the template's applicant words ({@link #APPLICANTS_APPLICATION}, {@link #RECEIVED_FROM_APPLICANTS}),
   * right after a clause naming disclosure applications (办理政府信息公开申请,共收到申请0件), or before a clause saying
   * what was applied for or answering as disclosure ({@link #disclosureNamedAfter}), looked at only once a bare 申请 is
   * counted; and after a sentence of its paragraph (or the sub-heading right before) speaking of disclosure applications
   * (畅通依申请公开受理渠道。…共受理公民申请4件): the paragraph's subject.
   */
  private static Integer receivedCount(List<String> clauses, int i, boolean afterApplications) {
    String clause = clauses.get(i);
    Matcher people = fromPeople(clause);
    if (people != null) {
      return Numerals.count(people.group(4)); // 收到4名自然人申请…5件: 4 people, 5 applications
    }
    Matcher m = RECEIVED.find(clause, 0);
    if (m == null) {
      m = RECEIVED_APPLICATIONS_BY_ITEM.find(clause, 0);
    }
    if (m != null && (afterApplications && BARE_APPLICATION.matcher(m.group(1)).matches() || m.group(1).contains("公开")
        || m.group(1).contains(ON_APPLICATION)
        || APPLICANTS_APPLICATION.matcher(m.group(1)).find()
        || DISCLOSURE_CHANNEL.matcher(clause).region(0, m.start()).find()
        || i > 0 && clauses.get(i - 1).endsWith(DISCLOSURE_APPLICATIONS)
        || disclosureNamedAfter(clauses, i))) {
      return Numerals.count(m.group(2));
    }
    m = RECEIVED_BY_ITEM.find(clause, 0);
    if (m != null) {
      return Numerals.count(m.group(1) != null ? m.group(1) : m.group(2));
    }
    m = RECEIVED_DISCLOSURE.find(clause, 0);
    if (m != null) {
      return Numerals.count(m.group(1));
    }
    m = RECEIVED_NOUN_FIRST.find(clause, 0);
    if (m != null && !NOT_RECEIVING.matcher(clause).find()) {
      return Numerals.count(m.group(1));
    }
    m = clause.indexOf("数量为") < 0 && clause.indexOf("总数为") < 0 && clause.indexOf("总量为") < 0
        ? null : NUMBER_OF_APPLICATIONS.matcher(clause);
    if (m != null && m.find() && !NOT_RECEIVING.matcher(clause).find()) {
      return Numerals.count(m.group(1));
    }
    m = RECEIVED_FROM_APPLICANTS.find(clause, 0);
    if (m != null) {
      return Numerals.count(m.group(1));
    }
    m = NEWLY_RECEIVED.find(clause, 0);
    return m != null ? Numerals.count(m.group(1)) : null;
  }

  private static void add(List<Figure> figures, String row, String column, Integer value) {
    if (value != null) {
      figures.add(new Figure(row, column, value));
    }
  }
}
