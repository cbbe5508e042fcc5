package org.govdisclosure.extract.meta;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Document;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.region.Level;
import org.govdisclosure.extract.region.PlaceName;
import org.govdisclosure.extract.region.PlaceMatch;
import org.govdisclosure.extract.region.PlaceNameFinder;
import org.govdisclosure.extract.template.LabelMatch;
import org.govdisclosure.extract.template.Ordinals;
import org.govdisclosure.extract.value.Numerals;

/**
 * Finds the issuing body as the report prints it. The first {@linkplain IssuerName#isName name} among the title's
 * subject (what precedes or follows the year, before 政府信息公开…报告; breadcrumbs and marks before it dropped),
 * the signature (a short closing paragraph naming a body), the contact line (请与XX局联系) and a page copy's
 * metadata (发布机构:XX局); then the fullest
 * form of it that the title, opening and closing print: places before it (大冶市|东风路街道) and the body's own
 * word after it (东风路街道|办事处). A report with none of these (a page copy that starts in section 一) is named
 * after the township it speaks of, in the fullest form its text uses.
 */
public final class OrganizationFinder {

  /** A year in digits or in Chinese numerals (二〇二〇). */
  private static final String YEAR = "(?:" + Numerals.YEAR_DIGITS + "|" + Numerals.CHINESE_YEAR_DIGITS + ")";
  /** 关于公布…的公告: a notice that publishes the report names the issuer after its own verb. */
  private static final String NOTICE = "(?:关于)?(?:公布|发布|印发|公开)?";
  /** 关于2021年度政府信息公开工作(情况)的报告, …公开工作的年度报告: a title worded as a report on the year's work. */
  private static final String ON_THE_WORK = "(?:情况)?的?";
  private static final Pattern TITLE = Pattern.compile(
      "^" + NOTICE + "(?:" + YEAR + "年度?)?(.+?)(?:关于)?(?:" + YEAR + "年?度?)?"
          + "(?:政府信息|政务信息|政务|信息)公开(?:工作)?(?:开展)?(?:" + YEAR + "年)?(?:年?度)?" + ON_THE_WORK + "(?:年?度)?(?:报告|年报)");
  /**
   * How the name of a body that issues reports ends, as a regex alternation; 办公室 and 办公厅 also keep a name from
   * ending before them (XX省人民政府|办公厅 is no government). Public institutions and state-owned companies report
   * too: schools (XX中学, XX职业技术学院) and companies (XX水务集团有限公司); and a zone printed by its name alone
   * (运城经济技术开发区, 池州高新区), whose committee reports for it; and a cooperative's union (XX市供销合作社联合社,
   * short XX市供销联社), a body as a federation is; and a government's research office (XX市人民政府研究室), whose word
   * keeps the name from ending at the government before it, as 办公室 does.
   */
  public static final String BODY_ENDINGS =
      "人民政府|办事处|管理处|委员会|联合会|联合社|联社|管委会|行政公署|局|厅|馆|办公室|办公厅|研究室|中心|医院|中学|小学|学校|学院|大学|公司|"
          + IssuerName.ZONES;
  /** A division printed by its name alone (编制XX州2023年政府信息公开工作年度报告): its government is the issuer. */
  private static final String DIVISION = "省|市|区|县|州|旗|盟";
  /**
   * A committee by its short name (公布XX州卫生健康委2021年度…报告): 委 for 委员会, taken only right before the year of
   * the report it publishes, where no other word can end there.
   */
  private static final String SHORT_COMMITTEE = "委";
  /** The party and government office a body's name may go on to (XX高新区党政办公室). */
  private static final String PARTY_AND_GOVERNMENT = "党政";
  private static final String PARTY_AND_GOVERNMENT_OFFICE = PARTY_AND_GOVERNMENT + "(?:综合)?办公室";
  /** The report published as the office's own, the office by its word alone: 现将2020年度党政办公室信息公开工作报告如下. */
  private static final Pattern OFFICES_OWN_REPORT = Pattern.compile("(?:^|现将|公布|发布)(?:" + YEAR + "年度?)?"
      + PARTY_AND_GOVERNMENT_OFFICE + "(?:" + YEAR + "年度?)?(?:政府)?(?:信息|政务)公开(?:工作)?(?:年度)?报告");
  /** Body words a short name cuts to their first character (卫生健康委 of 卫生健康委员会, 残联 of 残疾人联合会). */
  private static final List<String> CUT_BODY_WORDS = List.of("委员会", "联合会");
  /** A township printed by its name alone (林冲镇编制了本年度报告, a signature 林冲镇): its government is the issuer. */
  private static final String TOWNSHIP = "镇|乡|街道";
  /** A signature over its date: a body's name or a township's alone. */
  private static final Pattern DATED_SIGNATURE = Pattern.compile("[\\p{IsHan}]{2,30}(?:" + BODY_ENDINGS + "|" + TOWNSHIP + ")");
  /** A closing paragraph that is only a body's name, perhaps followed by the date. */
  private static final Pattern SIGNATURE = Pattern.compile(
      "^([\\p{IsHan}]{2,30}(?:" + BODY_ENDINGS + "))(?:" + YEAR + "年\\d{1,2}月(?:\\d{1,2}日)?)?$");
  /**
   * A body's organs (重庆市永川区人民政府机关, XX局机关): the body itself, as a report's issuer; the word is not part of
   * its name.
   */
  private static final String ORGANS = "机关";
  /**
   * A title printed over two lines, the issuer's name alone on the first (漳平市卫生健康局 / 2023年政府信息公开…报告),
   * perhaps as its organs (XX区人民政府机关), the year before it or after it (XX办公厅2022 / 政府信息公开工作年度报告).
   */
  private static final Pattern NAME_OVER_TITLE = Pattern.compile(
      "^(?:" + YEAR + "年度?)?(\\p{IsHan}{2,30}(?:" + BODY_ENDINGS + "))(?:" + ORGANS + ")?(?:" + YEAR + "年?度?)?$");
  /**
   * A body's name alone on the line under a title that prints only the year, as a byline; a bracketed part of the
   * name kept (武昌经开区(滨江)管委会).
   */
  private static final Pattern NAME_UNDER_TITLE = Pattern.compile(
      "^(\\p{IsHan}{2,30}(?:[(（]\\p{IsHan}{1,8}[)）]\\p{IsHan}{0,10})?(?:" + BODY_ENDINGS + "))$");
  /**
   * A title printed over two lines whose first is a division's name, with the year (科尔沁右翼中旗2023年 / 政府信息公开
   * 工作年度报告) or without it (临夏回族自治州广河县 / 2024年政府信息公开工作年度报告): the division's government is the
   * issuer, as where the title prints it on one line.
   */
  private static final Pattern DIVISION_OVER_TITLE = Pattern.compile(
      "^(\\p{IsHan}{2,30}(?:" + DIVISION + "))(?:" + YEAR + "年度?)?$");
  /** A body's name followed by {@link #ORGANS}, which the issuer's name leaves out. */
  private static final Pattern BODY_WITH_ORGANS = Pattern.compile("(?<=" + BODY_ENDINGS + ")" + ORGANS + "$");
  /** A customs' district (广州海关关区2021年…年报): the territory the customs answers for; the customs issues its report. */
  private static final Pattern CUSTOMS_DISTRICT = Pattern.compile("(?<=海关)关区$");
  /** A paragraph that is only a date, as under a signature: 2021年2月23日, 二〇二一年二月二十三日. */
  private static final Pattern DATE_LINE = Pattern.compile(YEAR + "年[\\d〇○零" + Ordinals.NUMERALS + "]{1,3}月[\\d〇○零" + Ordinals.NUMERALS + "]{1,3}日");
  /**
   * A township's party and government office (XX镇党政办公室, XX街道党政综合办公室) or its disclosure group's
   * (XX乡信息公开领导小组办公室), which answers for the township's report ({@link IssuerName#townshipForItsOffice}).
   */
  private static final String TOWNSHIP_PARTY_OFFICE =
      "(?:镇|乡|苏木|街道)(?:党政(?:综合)?|" + IssuerName.DISCLOSURE_GROUP + ")办公室";
  /** The words a contact line opens with: 请与…联系, 请联系:…, 可与…联系, 或直接与…联系. */
  private static final List<String> CONTACT_OPENERS = List.of("请与", "请联系", "可与", "直接与");
  /**
   * The contact line most reports end their preamble with: 如对本报告有疑问，请与XX局办公室联系 (可与…联系, 或直接与…联系);
   * a district's government goes on to the street office it sends (请联系:XX区人民政府YY街道办事处); a township's report
   * may name its party and government office (请与XX镇党政办公室联系), a department its committee by the short name
   * (请与博湖县卫健委办公室联系: {@link #contactBody}). A place name may hold 局 (请联系吉林市昌邑区东局子街道办事处): 局 ends
   * no name that runs on to a government's or a street office's word.
   */
  private static final Opened CONTACT = new Opened(CONTACT_OPENERS,
      "[:：]?(\\p{IsHan}{2,30}?(?:人民政府|街道办事处|办事处|管理处|委员会|管委会|局(?!\\p{IsHan}{1,6}?(?:街道办事处|人民政府))|"
          + TOWNSHIP_PARTY_OFFICE + "|" + SHORT_COMMITTEE + "))");
  /**
   * A contact line naming a centre or a hospital (请与安庆市招商中心办公室联系, 可与太和县中医院行政办公室联系): the issuer where
   * the report speaks as one ({@link #SPEAKS_AS}: 结合我中心实际, 我院高度重视); a township's or a department's report may
   * send its reader to a service centre instead.
   */
  private static final Opened INSTITUTION_CONTACT = new Opened(CONTACT_OPENERS,
      "[:：]?(\\p{IsHan}{2,30}?(中心|医院))");
  /**
   * A contact line naming a street alone (请与呼和浩特市新城区东河街道联系): its office, where the report speaks as a
   * street ({@link #STREET_SPEAKS}).
   */
  private static final Opened STREET_CONTACT = new Opened(CONTACT_OPENERS, "[:：]?(\\p{IsHan}{2,30}?街道)联系");
  private static final String HOSPITAL = "医院";
  private static final String BUREAU = "局";
  /**
   * A bureau's name, from a few words before it on, right before its website's word (XX局网站, XX局门户网站, XX局官网;
   * its e-government site, XX局电子政务网(门户网站), XX局政务网).
   */
  private static final Pattern BUREAU_SITE =
      Pattern.compile("(?:(?!局)\\p{IsHan}){2,20}局(?=(?:门户|官方|政务)?网站|官网|(?:电子)?政务网)");
  /**
   * A bureau's name, from a few words before it on, opening the title of one of its own rules on disclosure
   * (《铜仁市教育局网上信息公开审查制度》, 《XX局政务公开工作制度》; a 分局's too: 《XX市XX局XX分局政府信息公开指南》).
   */
  private static final Pattern BUREAU_OWN_RULE =
      Pattern.compile("(?<=《)\\p{IsHan}{2,30}?局(?=(?:(?!局)[^》]){0,8}?(?:信息|政务)公开)");
  /** A hospital's name, from a few words before it on: its places are among them. */
  private static final Pattern NAMED_HOSPITAL = Pattern.compile("\\p{IsHan}{2,20}?" + HOSPITAL);
  /** How a report speaks as a centre or a hospital: 我中心, 本院. */
  private static final List<String> SPEAKS_AS = List.of("我", "本");
  /** The word a centre or a hospital calls itself by after {@link #SPEAKS_AS}. */
  private static final Map<String, String> SELF_WORD = Map.of("中心", "中心", HOSPITAL, "院");
  /** A page copy's metadata line: 索引号:… 发布机构:淮安市人民政府 发布日期:…, or its byline 信息来源:洪江市教育局. */
  private static final Opened PUBLISHER = new Opened(List.of("发布机构", "发文机关", "发布单位", "信息来源"), metadataValue());
  /**
   * A page copy's source line (来源:安徽池州高新技术产业开发区管理委员会): it may name a news site or a section, so it only
   * spells out a name found elsewhere ({@link #metadataInFull}).
   */
  private static final Opened SOURCE = new Opened(List.of("来源"), metadataValue());
  /** The metadata lines that may spell out the issuer's name. */
  private static final List<Opened> SPELLING_OUT = List.of(PUBLISHER, SOURCE);
  /** A page copy's byline without a label: the date and time it was posted, then the body (2022-01-25 14:48 XX市XX局). */
  private static final Pattern DATED_BYLINE = Pattern.compile(
      "^" + Numerals.YEAR_DIGITS + "-\\d{1,2}-\\d{1,2}(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*(\\p{IsHan}{2,30}(?:" + BODY_ENDINGS + "))$");
  /** On what the compiler drew up the report, between its name and the verb: XX局结合单位实际，编制本单位2022年度…报告. */
  private static final String ON_ITS_OWN_TERMS = "(?:(?:结合|根据|按照|依据)[^。;；,，]{0,12}[,，]?)?";
  /**
   * A bracketed aside after the body's name, which the issuer's name leaves out: its other name (银川市民族事务委员会(宗教事务局))
   * or a short name the text defines (XX区人民政府办公室(以下简称区政府办公室)).
   */
  private static final String BRACKETED_ASIDE = "(?:[(（](?:以下简称)?[“\"]?\\p{IsHan}{2,12}[”\"]?[)）])?";
  /** A ministry's ending (交通运输部), a body's as the subject compiling the report. */
  private static final String MINISTRY = "部";
  /**
   * How far before its first verb a {@link #COMPILER} match opens at most: a mark (1), a name of 30 characters and its
   * longest ending (人民政府, 行政公署: 4), what the report was drawn up on ({@link #ON_ITS_OWN_TERMS}: 15) and 特 (1). A search over
   * a whole report need not look further back than that from the first verb printed.
   */
  private static final int COMPILER_REACH = 1 + 30 + 4 + 15 + 1;
  /**
   * The compiler's report cited by a title naming no body (XX局特编制《江苏省XX市气象部门2022年…报告》): its own, as
   * 编制了本年度报告; a title naming a body (由XX办公室编制《XX县人民政府2022年…报告》) is whose the report is.
   */
  private static final String TITLE_NAMING_NO_BODY = "《(?:(?!" + BODY_ENDINGS + ")[^《》,，。;；])*?报告》";
  /**
   * The opening's sentence naming who compiled or publishes the report: …要求，(由)XX局编制了本年度报告 / 现公布XX局2020年政府信息公开工作年度报告
   * or 现发布《XX局2021年政府信息公开工作年度报告》 (a page copy whose title prints only the year), 编制XX州2023年政府信息
   * 公开工作年度报告 (a division's name alone, its government's report), 现将XX县人民政府2024年
   * 政府信息公开工作年度报告予以公开, 现向社会公开《XX市人民政府2023年度…报告》, 我乡编制了XX乡人民政府2020年…报告,
   * XX局现向社会公开《2023年政府信息公开工作年度报告》 (XX办事处向社会公布2021年度本级…报告: 现 and 《 left out),
   * 现向社会公布2021年XX局政府信息公开工作年度报告 (the year first;
   * 公布2021年XX旗政府信息公开工作年度报告, a division's name alone),
   * 编制并向社会公布XX州卫生健康委2021年度…报告 or 编制并向社会公开XX局2023年度…报告 (both verbs; a committee's short name),
   * 编制完成《XX局2023年…报告》 (制定了XX局…报告: the verb's 了 no part of the name), 现将XX局政府信息公开工作2024年度
   * 工作情况报告如下 or 现公布XX局政府信息公开工作2022年度报告 (the year after the work), 制定XX局2023年…报告, 本报告…涵盖了
   * 2022年XX局政府信息公开工作 (what the report covers); XX县教育局编制了县教育局2020年…报告: the compiler's own report
   * under its name shortened, the place left out (the report's name alone, 县教育局, names no one); 交通运输部编制了本级行政机关
   * 2019年…报告: a ministry compiling its own (本级行政机关, the 条例's words for the body itself).
   */
  private static final Opened COMPILER = Opened.holding(Pattern.compile("(?:^|[,，。；;:：]|公布|发布)由?(\\p{IsHan}{2,30}?(?:"
      + BODY_ENDINGS + "|" + TOWNSHIP + "|" + MINISTRY + "))" + ON_ITS_OWN_TERMS + "特?(?:编制|编写|形成)了?(?:(?:本|该)?(?:单位|级行政机关)?(?:年度|"
      + YEAR + "年度?[^。;；,，]{0,12}?)?报告|" + TITLE_NAMING_NO_BODY + ")|(?:^|[,，。；;:：])由?(\\p{IsHan}{0,28}?(?<shortened>\\p{IsHan}{2,28}?(?:"
      + BODY_ENDINGS + ")))(?:编制|编写)了?\\k<shortened>" + YEAR + "年|(?:公布|发布|现将|编制(?:完成)?(?:了|并(?:向社会)?(?:公布|发布|公开))?|制定了?|公开《)《?(\\p{IsHan}{2,30}?(?:"
      + BODY_ENDINGS + "|" + DIVISION + "|" + TOWNSHIP + "|" + SHORT_COMMITTEE + "))" + BRACKETED_ASIDE + YEAR + "年度?(?:政府信息|政务|信息)公开"
      + "|(?:^|[,，。；;:：])(\\p{IsHan}{2,30}?(?:" + BODY_ENDINGS + "))(?:(?:现|特)(?:向社会)?(?:公开|公布|发布)《|向社会(?:公开|公布|发布)《?)" + YEAR + "年"
      + "|(?:公布|发布|现将|公开《|涵盖了?)《?" + YEAR + "年度?(\\p{IsHan}{2,30}?(?:" + BODY_ENDINGS + "|" + DIVISION + "))(?:政府信息|政务|信息)公开"
      + "|(?:现将|公布|发布)(\\p{IsHan}{2,30}?(?:" + BODY_ENDINGS + "))(?:政府信息|政务|信息)公开工作" + YEAR + "年"),
      List.of("编制", "编写", "形成", "制定", "公布", "发布", "现将", "公开《", "涵盖"), COMPILER_REACH);
  /**
   * Where the text names the issuer when the title and signature do not, in this order: the sentence publishing the
   * report names its issuer outright; a contact line may name only the office that answers for it (请与XX区人民政府
   * 办公室联系 of the district government's report, or of its office's).
   */
  private static final List<Opened> NAMED_IN_TEXT = List.of(COMPILER, CONTACT, PUBLISHER);
  /** A zone's committee's department, printed right after the committee (XX高新区管委会|城市管理局); optional. */
  private static final String ZONE_DEPARTMENT = "(?:(?<=管委会|管理委员会)(?:(?!政府)\\p{IsHan}){2,8}?局)?";
  /** The words a subject's year of work opens with (XX区认真贯彻…, XX街道全面落实…): no name runs across them. */
  private static final String WORK_WORDS = "认真|全面|坚持|深入|紧紧|始终|严格|持续|积极|不断|进一步|切实";
  /**
   * A body's name that goes no further (甘谷县人民政府 is not the name in 甘谷县人民政府办公室, nor 东湖高新区 in 东湖高新区党政
   * 办公室, nor XX高新区 in XX高新区(新材料科技城)管委会办公室); a zone's committee goes on to its department printed right
   * after it (XX高新区管委会城市管理局). It stops before the words of the year's work: 2020年，中南街道认真贯彻落实国务院
   * 办公厅…的工作部署 names the street at work, not a body 中南街道认真贯彻落实国务院办公厅.
   */
  private static final String WHOLE_NAME = "((?:(?!" + WORK_WORDS + ")\\p{IsHan}){2,30}?(?:" + BODY_ENDINGS + ")"
      + ZONE_DEPARTMENT + ")(?!" + BODY_ENDINGS + "|" + PARTY_AND_GOVERNMENT + "|[(（]\\p{IsHan}{2,12}[)）](?:" + BODY_ENDINGS + "))";
  /**
   * What a division's name alone is followed by as the subject of the year's work (2021年，XX区认真贯彻…, 2023年，XX街道在
   * 区委、区政府的领导下…, 国家XX局以…思想为指导).
   */
  private static final String DIVISION_AT_WORK = "(?=" + WORK_WORDS + "|在[^,，。]{0,40}?(?:领导|指导)下|以[^,，。]{0,40}?为指导)";
  /** The year of the work the opening's subject did, perhaps since its start: 2021年, 2022年以来, 今年以来. */
  private static final String THE_YEAR = "(?:" + YEAR + "年度?(?:以来)?|今年以来)";
  /** Under whose lead the year's subject worked, between the year and the subject: 2020年，在区委、区政府的正确领导下，XX区…. */
  private static final String UNDER_LEAD = "(?:在[^,，。]{0,40}?(?:领导|指导)下[,，]?)?";
  /** A party and government office in full as the subject of the year's work: 2020年，东湖高新区党政办公室严格…. */
  private static final Pattern OFFICE_AT_WORK = Pattern.compile(
      "(?:^|。)" + THE_YEAR + "[,，]?" + UNDER_LEAD + "(\\p{IsHan}{2,20}?" + PARTY_AND_GOVERNMENT_OFFICE + ")");
  /**
   * The opening naming the issuer with words between its name and the verb (由XX局按照…实际编制, 由XX管理委员会(以下简称
   * XX管委会)编制: its short name defined, 由XX区人民政府综合全区
   * 各部门…年度报告编制而成: what it drew the report up from; not 由XX区人民政府
   * YY街道党政办公室综合科编制, a part of a body under the district's), as the subject of
   * the year's work (2021年，XX局以…为指导 / 2022年，XX局全面贯彻… / 2022年以来，XX局… / 今年以来，XX局…, also after whose lead it worked under: 2020年，在…
   * 领导下，XX区切实…; XX局2023年为…), or as the one whose disclosure
   * work the report is about (为认真做好XX局政府信息公开工作), or a division's name alone as the subject of the year's
   * work (2021年，XX区认真贯彻…: its government): each opens a paragraph or a sentence of the opening (本报告由XX局根据…编制),
   * and the name starts with a place (not 全区政务公开工作…办公室) or is a township's body in full (2023年，阿尔善宝力格镇
   * 人民政府认真贯彻…: a township the gazetteer may lack). A township's party committee and government together
   * as the year's subject (2025年，XX街道党工委、办事处…; XX镇党委、政府) name the township, whose government is the issuer.
   * A committee by its short name as the year's subject (2024年，天津市住建委坚持…) is a department's where its words name
   * a line of work ({@link #namesLineOfWork}; not 县委 or 纪委, a party's), and is taken as printed.
   */
  private static final Pattern OPENING_SUBJECT = Pattern.compile("(?:^|[。,，]|报告)由" + WHOLE_NAME + BRACKETED_ASIDE
      + "(?:(?:按照|根据|依据|依照|结合|负责|综合)[^。;；]{0,160}?)?(?:编制|编写)"
      + "|(?:^|。)" + THE_YEAR + "[,，]?" + UNDER_LEAD + WHOLE_NAME
      + "|^" + WHOLE_NAME + YEAR + "年"
      + "|^为[^,，。]{0,6}?(?:做好|推进|推动|加强)" + WHOLE_NAME + "的?(?:政府信息|政务)公开"
      + "|(?:^|。)" + YEAR + "年度?[,，]?" + UNDER_LEAD + "(\\p{IsHan}{2,20}?(?:" + DIVISION + "|" + TOWNSHIP + "))" + DIVISION_AT_WORK
      + "|(?:^|。)" + YEAR + "年度?[,，]?(\\p{IsHan}{2,12}?(?:" + TOWNSHIP + "))党工?委[、,，和及与]?(?:办事处|人民政府|政府)"
      + "|(?:^|。)" + THE_YEAR + "[,，]?" + UNDER_LEAD + "(\\p{IsHan}{2,20}?" + SHORT_COMMITTEE + ")" + DIVISION_AT_WORK);
  /**
   * A paragraph of the opening that starts with the body at its year's work, the year left to the heading (XX市XX局认真
   * 贯彻《条例》…): read only where no title names a body, whose name it could contradict.
   */
  private static final Pattern BODY_AT_WORK = Pattern.compile("^" + WHOLE_NAME + DIVISION_AT_WORK);
  /**
   * A township's or county's government printed right after the city's in a contact line (请联系吉林市人民政府昌邑区
   * 两家子满族乡人民政府): the body under it, whose name goes on.
   */
  private static final Pattern GLUED_BODY = Pattern.compile("\\p{IsHan}{2,30}?(?:人民政府|街道办事处|办事处)");
  /**
   * A bureau's branch printed right after the bureau in a contact line (请与杭州市公安局滨江区分局联系, 请与XX市公安局
   * 高新技术产业开发区分局(以下简称…)联系): the branch, whose name goes on, is the one to contact; it ends the name.
   */
  /**
   * A national administration's local bureau printed right after it (请与国家税务总局广州市白云区税务局…联系): the bureau
   * under it, whose name starts with its place and goes on.
   */
  private static final Pattern GLUED_LOCAL_BUREAU = Pattern.compile("\\p{IsHan}{2,30}?局");
  /**
   * A government's working office printed right after it (请联系吉林市人民政府外事办公室综合处): a body of its own, the
   * one to contact; not the general office (人民政府办公室) nor a township's internal one (XX镇人民政府党政办公室).
   */
  private static final Pattern GLUED_OFFICE = Pattern.compile("(?!办公|党政|综合|行政|政务)\\p{IsHan}{2,6}?办公室");
  private static final Pattern TOWNSHIP_GOVERNMENT = Pattern.compile("(?:镇|乡|苏木|街道)人民政府$");
  private static final Pattern GLUED_BRANCH = Pattern.compile("(?:(?!联系)\\p{IsHan}){2,20}?分局(?=联系|办公室|\\P{IsHan}|$)");
  /** The level words a title naming its body by level alone starts with (县人民政府办公室). */
  private static final String LEVELS = "县区市旗";
  /** What the opening says the report was drawn up on: 结合我镇实际编制而成, speaking as its township so. */
  private static final String DRAWN_UP_ON = "结合";
  /**
   * The opening speaking as its division, the year's subject (2021年，我县认真贯彻…; 我镇, 我乡 are a township's) or
   * what the report was drawn up on ({@link #DRAWN_UP_ON}).
   */
  private static final Pattern DIVISION_SPEAKS = speaksAs(LEVELS);
  /** The opening speaking as its township: 2023年，我镇认真贯彻…, 结合我镇实际编制. */
  private static final Pattern TOWNSHIP_SPEAKS = speaksAs("镇乡");
  /**
   * The title of one of a township's, street's or zone's own documents on its disclosure, which name it first:
   * 《XX区XX镇政府信息公开指南》, 《XX镇政务公开工作制度》, 《友谊路街道主动公开事项目录》, 《大连高新区2024年政务公开工作要点》
   * (乡镇 is the word for townships, no name; 城乡 and 城镇 are none either).
   */
  private static final Pattern OWN_RULE = Pattern.compile("《(\\p{IsHan}{2,30}?(?:(?<![乡城])镇|(?<!城)乡|街道|" + IssuerName.ZONES
      + "))(?:" + YEAR + "年度?)?(?:人民)?(?:政府)?(?:信息|政务|主动)公开");
  /**
   * A street's report speaking of itself by its kind's word alone, as the subject of a clause (2025年，街道收到…; 我街道);
   * not streets in general (各街道, 街道、社区) nor a street's office.
   */
  private static final Pattern STREET_SPEAKS = Pattern.compile("(?:^|[。,，;；])(?:我|本)?街道(?![办、和与])");
  /**
   * Where the report's own copy may be had, a department's website (本报告电子版可从武汉市发展和改革委员会门户网站获取;
   * group 1): its own. Not a government's portal or its office's, which carry their departments' reports too.
   */
  private static final Pattern COPY_ON_DEPARTMENT_SITE = Pattern.compile(
      "(?:电子版|全文)(?:可从|可在|可以从|可以在|可登录)(\\p{IsHan}{2,30}?(?:委员会|局))(?:门户|官方)?网站");
  /** A zone's report speaking of itself: 我区, 本区, 园区. */
  private static final Pattern ZONE_SPEAKS = Pattern.compile("[我本]区|园区");
  private static final String STREET = "街道";
  /**
   * Where the report may be had: 可在XX县人民政府(http://…), a government's website named by the government (group 1:
   * its division).
   */
  private static final Pattern ON_GOVERNMENT_SITE = Pattern.compile(
      "(?:可在|可从|可以在|可以从|登录)(\\p{IsHan}{2,20}?)人民政府(?:门户)?(?:网站)?\\(?(?:https?:|www\\.)");
  /**
   * A government's office named by its level alone as the subject of the year's figures: 2023年，区政府办共受理…, 今年以来，
   * 市政府办公厅以…为引领 (a province's or a large city's office is its 办公厅).
   */
  private static final Pattern OFFICE_BY_LEVEL = Pattern.compile("(?:^|。)" + THE_YEAR + "[,，]?([区县市旗])政府办(?:公[室厅])?");
  /** An office speaking of itself (结合我办…统计数据, 我办共收到…): a government never calls itself 办 (本办法 is a rule's). */
  private static final Pattern OFFICE_SELF = Pattern.compile("[我本]办(?![法理事结])");
  /** The group of {@link #OPENING_SUBJECT} that is the name of the one who compiled the report (由XX局…编制). */
  private static final int COMPILED_BY = 1;
  /** The group of {@link #OPENING_SUBJECT} that is a division's or township's name alone at the year's work. */
  private static final int DIVISION_AT_ITS_WORK = 5;
  /** The group of {@link #OPENING_SUBJECT} that is a township named with its party committee. */
  private static final int TOWNSHIP_WITH_COMMITTEE = 6;
  /** The group of {@link #OPENING_SUBJECT} that is a committee by its short name at the year's work. */
  private static final int SHORT_COMMITTEE_AT_WORK = 7;
  /**
   * A government's general office (XX区人民政府办公室; a province's 办公厅: 辽宁省人民政府办公厅), which issues reports of its
   * own: one body, not a part of one.
   */
  private static final String GOVERNMENT_OFFICE = "人民政府办公[室厅]";
  /**
   * A name in a sentence naming one body, its word only at its end: 由XX乡人民政府党政办公室编制 names the office of a
   * body that compiled the report, not the issuer, which a sentence leaves unsaid; XX区人民政府办公室 is one body, and so
   * is a zone's committee (XX高新技术产业开发区管委会).
   */
  private static final Pattern ONE_BODY = Pattern.compile("(?:(?!" + BODY_ENDINGS + ").)+(?:(?:" + IssuerName.ZONES
      + ")(?:(?!" + BODY_ENDINGS + ").)*)?(?:" + GOVERNMENT_OFFICE + "|" + BODY_ENDINGS + ")" + ZONE_DEPARTMENT);
  /** The opening's paragraphs, after the title, that {@link #OPENING_SUBJECT} and {@link #publishedName} look at. */
  private static final int OPENING_PARAGRAPHS = 12;
  /** A title run into the first paragraph (安镇街道2024年政府信息公开工作年度报告根据《条例》…) has a bare name as subject. */
  private static final Pattern BARE_NAME = Pattern.compile("[\\p{IsHan}()（）]{2,30}");
  /** A joint party and government name (平潭综合实验区党工委管委会): the government's body is the one reporting. */
  private static final String PARTY_COMMITTEE = "党工委";
  private static final String GOVERNMENT = "人民政府";
  private static final String OFFICE = "办公室";
  /** The general office of a province's or a large city's government, printed after it (青岛市人民政府办公厅). */
  private static final String HALL_OFFICE = "办公厅";
  /** A division's government by its short word (建平乡政府, XX县政府), short for {@link #GOVERNMENT}. */
  private static final String SHORT_GOVERNMENT = "政府";
  /** A township's or street's own name before its body's word: 中华街道|办事处, 帽儿山镇|人民政府. */
  private static final Pattern TOWNSHIP_NAMED = Pattern.compile("\\p{IsHan}{2,12}?(?:街道|镇|乡|苏木)");
  private static final String PEOPLES = "人民";
  private static final String ABOUT = "关于";
  private static final List<String> TOWNSHIP_SUFFIXES = List.of("办事处", GOVERNMENT);
  /** A township division named by its organ, not by a place (工业园区管委会). */
  private static final Pattern ORGAN_NAMED = Pattern.compile("(?:管委会|管理委员会)$");
  /** A street's short name ends with 街, its 街道 without the last character. */
  private static final String STREET_SHORT = "街";
  private static final String STREET_END = "道";
  private static final int SIGNATURE_WINDOW = 6;
  private static final int TITLE_WINDOW = 20;
  /** The paragraphs that print the issuer's name in full, if any do: the opening and the closing. */
  private static final int NAMING_PARAGRAPHS = 6;
  private static final int MAX_TITLE_LENGTH = 80;
  /** A short name's definition, as folded: (以下简称XX办). */
  private static final String SHORT_FOR = "(以下简称";
  private static final Pattern QUOTES = Pattern.compile("[“”\"'‘’]");
  private static final Pattern BODY_ENDING = Pattern.compile("(?:" + BODY_ENDINGS + ")$");
  /** A zone's own body: its committee, whose name follows the zone's (XX高新区管委会). */
  private static final String ZONE_COMMITTEE = "管理委员会|管委会";
  /** A body's name from where it starts to its first body word (a zone's with its committee). */
  private static final Pattern BODY_NAME = Pattern.compile("\\p{IsHan}{2,30}?(?:" + BODY_ENDINGS + ")(?:" + ZONE_COMMITTEE + ")?");
  private static final Pattern ENDS_WITH_ZONE = Pattern.compile("(?:" + IssuerName.ZONES + ")$");

  private OrganizationFinder() {}

  /**
   * A pattern whose every match opens with one of a few words (or, {@link #holding}, holds one at most {@code reach}
   * characters after its start): it is searched from the first of them in the text (less that reach), found by
   * {@code indexOf}, and not at all in a text without them, instead of being tried at every character of the whole body.
   */
  private record Opened(Pattern pattern, List<String> openings, int reach) {
    Opened(List<String> openings, String rest) {
      this(Pattern.compile("(?:" + String.join("|", openings) + ")" + rest), openings, 0);
    }

    /** A pattern whose every match holds one of {@code words}, opening at most {@code reach} characters before it. */
    static Opened holding(Pattern pattern, List<String> words, int reach) {
      return new Opened(pattern, words, reach);
    }

    /** A matcher over {@code text} whose matches are the pattern's over the whole text. */
    Matcher matcher(String text) {
      int from = text.length();
      for (int i = 0; i < openings.size(); i++) {
        int at = text.indexOf(openings.get(i));
        from = at >= 0 ? Math.min(from, at) : from;
      }
      from = from == text.length() ? from : Math.max(0, from - reach);
      // transparent and unanchored bounds: the lookahead and $ see the text as a whole
      return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false).region(from, text.length());
    }
  }

  /**
   * The issuer's fullest printed name, or null when no printed form names it: the full name the report is published
   * under (现发布《XX高新技术产业开发区管理委员会2022年…报告》) where the title's name abbreviates it (XX高新区管委会), or
   * that the contact line or the page's metadata spells out.
   */
  public static String find(Document document, String foldedBody) {
    String name = firstName(document, foldedBody);
    if (name == null) {
      String office = officeOfItsOwnReport(document);
      return office != null ? office : bureauOfItsOwnRules(foldedBody);
    }
    name = streetInFull(name); // a signature's or contact line's 街 too
    name = IssuerName.townshipForItsOffice(name);
    String fullest = fullest(name, namingPassages(document, foldedBody));
    String defined = definedAs(fullest, document);
    if (defined != null) {
      return defined;
    }
    // a division printed alone names its government, whichever of the two forms prints it so (西乌旗人民政府 of
    // 公布2021年西乌珠穆沁旗政府信息公开工作年度报告)
    String published = completed(publishedName(document));
    if (published != null && abbreviates(completed(fullest), published)) {
      return published;
    }
    String contact = contactName(foldedBody);
    if (contact != null && abbreviates(fullest, contact)) {
      return contact;
    }
    String spelled = spelledOutInOpening(fullest, document);
    if (spelled != null) {
      return spelled;
    }
    String metadata = metadataInFull(fullest, foldedBody);
    return metadata != null ? metadata : fullest;
  }

  /**
   * The party and government office whose own report the opening publishes (现将2020年度党政办公室信息公开工作报告如下)
   * as the opening names it in full at its year's work (2020年，东湖高新区党政办公室严格…), or null: the report is that
   * office's, not its body's, which such an office otherwise only compiles (本报告由XX高新区党政办公室编制).
   */
  private static String officeOfItsOwnReport(Document document) {
    List<String> opening = opening(document);
    if (opening.stream().noneMatch(t -> OFFICES_OWN_REPORT.matcher(t).find())) {
      return null;
    }
    for (String text : opening) {
      Matcher m = OFFICE_AT_WORK.matcher(text);
      if (m.find() && IssuerName.namesAnyBody(m.group(1))) {
        return m.group(1);
      }
    }
    return null;
  }

  /**
   * The full name of the title's abbreviated {@code name} as the opening prints it (市残联 in the title, 年度报告是由长春市
   * 残疾人联合会…编制 in the opening), or null; only for a name whose body word is cut (残联), since one printed whole
   * is already its name (a longer name with its characters is another's, or a misprint).
   */
  private static String spelledOutInOpening(String name, Document document) {
    if (BODY_ENDING.matcher(name).find()) {
      return null;
    }
    String head = name.substring(0, 2);
    for (String text : opening(document)) {
      for (int at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
        Matcher m = BODY_NAME.matcher(text).region(at, text.length());
        if (m.lookingAt() && spellsOut(name, m.group()) && IssuerName.isName(m.group())) {
          return m.group();
        }
      }
    }
    return null;
  }

  /**
   * The form of {@code name} a page copy's metadata spells out where it prints the body twice (发文机关:保亭县政府办公室
   * … 发布机构:保亭黎族苗族自治县人民政府办公室), or null.
   */
  private static String metadataInFull(String name, String foldedBody) {
    for (Opened line : SPELLING_OUT) {
      Matcher m = line.matcher(foldedBody);
      while (m.find()) {
        if (spellsOut(name, m.group(1)) && IssuerName.isName(m.group(1))) {
          return m.group(1);
        }
      }
    }
    return null;
  }

  /**
   * A metadata field's value after its label: the name up to the next field, the page's font-size switch (字体:[ ],
   * run on where folding drops the space) or the line's end; not the next field's label where this one is blank
   * (发布机构: | 是否有效: |).
   */
  private static String metadataValue() {
    return "[:：]\\s*(\\p{IsHan}{2,30}?)(?![:：])(?=\\P{IsHan}|发布日期|发布时间|成文日期|生成日期|发文日期|文号|主题分类|字体|字号|$)";
  }

  /**
   * The body the contact line names ({@link #CONTACT}, with a branch glued on: {@link #gluedBranch}), or null: where it
   * spells out the title's abbreviated name (淄博市公安局高新区分局 in the title, 淄博市公安局高新技术产业开发区分局
   * in 请与…联系), the full name.
   */
  private static String contactName(String foldedBody) {
    // tried where a contact line opens only (请与, 请联系), not at every character of the body after it: cheap
    Matcher m = CONTACT.pattern().matcher(foldedBody);
    for (String opening : CONTACT.openings()) {
      for (int at = foldedBody.indexOf(opening); at >= 0; at = foldedBody.indexOf(opening, at + 1)) {
        if (m.region(at, foldedBody.length()).lookingAt() && contactBody(m.group(1))) {
          return m.group(1) + gluedBranch(foldedBody, m.end());
        }
      }
    }
    return null;
  }

  /**
   * A street printed the way 天津 and 北京 name theirs, XX街 for XX街道 (东丽湖街2021年…报告): the 街道 the gazetteer
   * knows by that name, whose office is the issuer; else {@code name} itself (解放街 is no township of the gazetteer).
   */
  static String streetInFull(String name) {
    if (!name.endsWith(STREET_SHORT)) {
      return name;
    }
    String street = name + STREET_END;
    return IssuerName.governmentOf(street) != null ? street : name;
  }

  /**
   * The full name the opening defines {@code name} as short for, or null: 由XX经济区规划建设管理办公室(以下简称XX办)编制
   * under the title's XX办. The full name is the words before the bracket from their first place on, ending with a
   * body's word.
   */
  private static String definedAs(String name, Document document) {
    for (String text : opening(document)) {
      for (int at = text.indexOf(SHORT_FOR); at >= 0; at = text.indexOf(SHORT_FOR, at + 1)) {
        int from = at + SHORT_FOR.length();
        int close = text.indexOf(')', from);
        if (close < 0 || !name.equals(QUOTES.matcher(text.substring(from, close)).replaceAll(""))) {
          continue;
        }
        int start = at;
        while (start > 0 && Character.UnicodeScript.of(text.charAt(start - 1)) == Character.UnicodeScript.HAN) {
          start--;
        }
        String words = text.substring(start, at);
        List<PlaceMatch> places = PlaceNameFinder.bundled().find(words);
        String full = places.isEmpty() ? null : words.substring(places.get(0).start());
        if (full != null && BODY_ENDING.matcher(full).find() && IssuerName.isName(full)) {
          return full;
        }
      }
    }
    return null;
  }

  /**
   * The name the opening ({@link #OPENING_PARAGRAPHS} paragraphs) publishes or compiles the report under
   * ({@link #COMPILER}), or null. Only the opening: the pattern is costly over a whole report, and nowhere else is
   * the report itself published.
   */
  private static String publishedName(Document document) {
    for (String text : opening(document)) {
      Matcher m = COMPILER.matcher(text);
      while (m.find()) {
        String named = firstGroup(m);
        if (IssuerName.isName(named)) {
          return named;
        }
      }
    }
    return null;
  }

  /** The folded text of the opening's first {@link #OPENING_PARAGRAPHS} paragraphs that are not empty. */
  private static List<String> opening(Document document) {
    List<String> texts = new ArrayList<>(OPENING_PARAGRAPHS);
    for (Block b : document.blocks()) {
      if (texts.size() == OPENING_PARAGRAPHS) {
        break;
      }
      if (b instanceof Paragraph p && !p.text().isEmpty()) {
        texts.add(p.text());
      }
    }
    return texts;
  }

  /** The group of the alternative that matched. */
  private static String firstGroup(Matcher m) {
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return m.group(g);
      }
    }
    return null;
  }

  /**
   * Whether {@code shorter} is an abbreviation of the longer {@code full}: it keeps the full name's characters in
   * order (高新区 of 高新技术产业开发区, 管委会 of 管理委员会), its first two and its last character, or the first of
   * a body word short names cut (残联 of 残疾人联合会).
   */
  static boolean abbreviates(String shorter, String full) {
    if (full.length() <= shorter.length() || !full.startsWith(shorter.substring(0, 2)) || !sameEnd(shorter, full)) {
      return false;
    }
    int at = 0;
    for (int i = 0; i < shorter.length(); i++) {
      at = full.indexOf(shorter.charAt(i), at) + 1;
      if (at == 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code full} spells out {@code name}: abbreviates it, or a zone's name alone (鞍山高新区) and its committee in
   * full (鞍山高新技术产业开发区管理委员会), the zone's body.
   */
  private static boolean spellsOut(String name, String full) {
    return abbreviates(name, full) || ENDS_WITH_ZONE.matcher(name).find() && abbreviates(name + "管委会", full);
  }

  private static boolean sameEnd(String shorter, String full) {
    char last = shorter.charAt(shorter.length() - 1);
    return full.charAt(full.length() - 1) == last
        || CUT_BODY_WORDS.stream().anyMatch(w -> full.endsWith(w) && w.charAt(0) == last);
  }

  private static String firstName(Document document, String foldedBody) {
    // Only the title: other paragraphs calling themselves a report are links to other reports (Document#title).
    String subject = fromTitle(document.title());
    subject = subject == null ? null : streetInFull(subject);
    if (IssuerName.isName(subject)) {
      return misreadInTitle(subject, document, foldedBody);
    }
    String placed = placedInText(subject, namingPassages(document, foldedBody));
    if (placed != null) {
      return placed;
    }
    placed = placedBySubject(subject, document);
    if (placed != null) {
      return placed;
    }
    String above = nameOverTitle(document);
    if (IssuerName.isName(above)) {
      return above;
    }
    String signed = signature(document);
    if (IssuerName.isName(signed)) {
      return signed;
    }
    for (Opened source : NAMED_IN_TEXT) {
      Matcher m = source.matcher(foldedBody);
      while (m.find()) {
        String named = firstGroup(m);
        if (source == CONTACT ? contactBody(named) : IssuerName.isName(named)) {
          if (source != CONTACT) {
            return named;
          }
          String glued = gluedBody(named, foldedBody, m.end());
          String township = townshipOfItsOffice(glued);
          int after = m.end() + glued.length();
          return township != null ? township
              : governmentOrItsOffice(named + glued, foldedBody.startsWith(HALL_OFFICE, after) ? HALL_OFFICE : OFFICE, document);
        }
      }
    }
    String institution = institutionContact(foldedBody);
    if (institution != null) {
      return institution;
    }
    String street = streetContact(foldedBody);
    if (street != null) {
      return street;
    }
    String byline = byline(document);
    if (byline != null) {
      return byline;
    }
    String opening = openingSubject(document, true);
    if (opening != null) {
      return opening;
    }
    String atWork = subject == null ? bodyAtWork(document) : null;
    if (atWork != null) {
      return atWork;
    }
    String site = governmentOnItsSite(document, foldedBody);
    String township = site != null ? site : townshipOfItsOwnRules(document, foldedBody);
    if (township != null) {
      return township;
    }
    String hospital = hospitalInPassing(foldedBody);
    String bureau = hospital != null ? hospital : bureauOnItsOwnSite(foldedBody);
    String titled = bureau != null ? bureau : streetOrZoneOfItsOwnTitles(foldedBody);
    return titled != null ? titled : departmentOfItsCopysSite(foldedBody);
  }

  /**
   * A report speaking as a bureau (我局) whose own rules on disclosure it names by title, all of one placed bureau
   * (建立了《铜仁市教育局网上信息公开审查制度》、《铜仁市教育局信息公开保密制度》): that bureau, as a township's or a
   * street's titles name it; null where they name none or several.
   */
  private static String bureauOfItsOwnRules(String foldedBody) {
    return foldedBody.indexOf('《') < 0 ? null : oneNamedBySelf(foldedBody, BUREAU, BUREAU_OWN_RULE);
  }

  /** The placed department on whose website the report's copy is ({@link #COPY_ON_DEPARTMENT_SITE}), or null. */
  private static String departmentOfItsCopysSite(String foldedBody) {
    Matcher m = COPY_ON_DEPARTMENT_SITE.matcher(foldedBody);
    return m.find() && IssuerName.isName(m.group(1)) && IssuerName.startsWithPlace(m.group(1)) ? m.group(1) : null;
  }

  /**
   * The street or zone the titles of its own documents on disclosure name first ({@link #OWN_RULE}: 《友谊路街道主动公开
   * 事项目录》), where the report speaks as one ({@link #STREET_SPEAKS}, {@link #ZONE_SPEAKS}) and names no issuer
   * otherwise: a street's office, or the zone as printed, the fullest of the names where one goes on from another
   * (大连高新区, 高新区); null where the titles name two.
   */
  private static String streetOrZoneOfItsOwnTitles(String foldedBody) {
    String name = null;
    for (Matcher m = OWN_RULE.matcher(foldedBody); m.find(); ) {
      String head = m.group(1);
      if (name == null || head.endsWith(name)) {
        name = head;
      } else if (!name.endsWith(head)) {
        return null;
      }
    }
    if (name == null) {
      return null;
    }
    String body = name.endsWith(STREET) ? (STREET_SPEAKS.matcher(foldedBody).find() ? IssuerName.governmentOf(name) : null)
        : ENDS_WITH_ZONE.matcher(name).find() && ZONE_SPEAKS.matcher(foldedBody).find() ? name : null;
    return IssuerName.isName(body) ? body : null;
  }

  /**
   * A report speaking as a hospital (我院, 本院) that prints one hospital's name, places first, only in passing (运用淮北市
   * 人民医院微信公众号): that hospital; null where it names none or several (a partner hospital besides its own).
   */
  private static String hospitalInPassing(String foldedBody) {
    return oneNamedBySelf(foldedBody, SELF_WORD.get(HOSPITAL), NAMED_HOSPITAL);
  }

  /**
   * A report speaking as a bureau (我局, 本局) that names one placed bureau's website, and no other's, as where it
   * publishes (在百色市投资促进局网站公开信息457条, 发挥百色市投资促进局网站…作用): that bureau, the site being its own; null
   * where it names none or several.
   */
  private static String bureauOnItsOwnSite(String foldedBody) {
    return oneNamedBySelf(foldedBody, BUREAU, BUREAU_SITE);
  }

  /**
   * Where the report speaks as {@code self} (我院, 本局), the one placed name {@code named} finds in it, from its first
   * place on; null where it finds none or several.
   */
  private static String oneNamedBySelf(String foldedBody, String self, Pattern named) {
    if (SPEAKS_AS.stream().noneMatch(s -> foldedBody.contains(s + self))) {
      return null;
    }
    Set<String> found = new HashSet<>();
    for (Matcher m = named.matcher(foldedBody); m.find(); ) {
      List<PlaceMatch> places = IssuerName.places(m.group());
      String name = places.isEmpty() ? null : m.group().substring(places.get(0).start());
      if (name != null && IssuerName.isName(name)) {
        found.add(name);
      }
    }
    return found.size() == 1 ? found.iterator().next() : null;
  }

  private static Pattern speaksAs(String levels) {
    return Pattern.compile("(?:(?:^|。)" + THE_YEAR + "[,，]?" + UNDER_LEAD + "|" + DRAWN_UP_ON + ")我([" + levels + "])");
  }

  /** The level word the opening speaks as ({@code speaks}' group: 我县, 我镇), or null. */
  private static Character speakingLevel(Document document, Pattern speaks) {
    for (String text : opening(document)) {
      Matcher m = text.indexOf('我') < 0 ? null : speaks.matcher(text);
      if (m != null && m.find()) {
        return m.group(1).charAt(0);
      }
    }
    return null;
  }

  /**
   * The township whose own rules the report names by title ({@link #OWN_RULE}: 修改完善了《XX区XX镇政府信息公开指南》)
   * where the opening speaks as a township of that level (2023年，我镇…): its government, the name in full; else null.
   */
  private static String townshipOfItsOwnRules(Document document, String foldedBody) {
    return governmentSpeaking(document, foldedBody, TOWNSHIP_SPEAKS, OWN_RULE, IssuerName::governmentOf);
  }

  /**
   * The government whose website the report names as where to find it (可在兴海县人民政府(http://…)…获取), where the
   * opening speaks as that government's division (2021年，我县认真贯彻…): the division's own report; else null.
   */
  private static String governmentOnItsSite(Document document, String foldedBody) {
    return governmentSpeaking(document, foldedBody, DIVISION_SPEAKS, ON_GOVERNMENT_SITE, division -> division + GOVERNMENT);
  }

  /**
   * The government of the first division {@code names} finds (its group 1) at the level the opening speaks as
   * ({@code speaks}: 我县, 我镇), the report speaking as that division; null when the opening speaks as none or no
   * such division is named.
   */
  private static String governmentSpeaking(Document document, String foldedBody, Pattern speaks, Pattern names,
      UnaryOperator<String> governmentOf) {
    Character level = speakingLevel(document, speaks);
    Matcher m = level == null ? null : names.matcher(foldedBody);
    while (m != null && m.find()) {
      String division = m.group(1);
      String government = division.charAt(division.length() - 1) == level ? governmentOf.apply(division) : null;
      if (IssuerName.isName(government)) {
        return government;
      }
    }
    return null;
  }

  /** The centre or hospital a contact line names where the report speaks as one ({@link #INSTITUTION_CONTACT}), or null. */
  private static String institutionContact(String foldedBody) {
    Matcher m = INSTITUTION_CONTACT.matcher(foldedBody);
    while (m.find()) {
      String word = SELF_WORD.get(m.group(2));
      for (String self : SPEAKS_AS) {
        if (foldedBody.contains(self + word) && IssuerName.isName(m.group(1))) {
          return m.group(1);
        }
      }
    }
    return null;
  }

  /** The office of the street a contact line names alone where the report speaks as a street ({@link #STREET_CONTACT}), or null. */
  private static String streetContact(String foldedBody) {
    if (foldedBody.indexOf("街道联系") < 0 || !STREET_SPEAKS.matcher(foldedBody).find()) {
      return null;
    }
    for (Matcher m = STREET_CONTACT.matcher(foldedBody); m.find(); ) {
      String office = IssuerName.governmentOf(m.group(1));
      if (IssuerName.isName(office)) {
        return office;
      }
    }
    return null;
  }

  /** The body a byline of the opening names after its date ({@link #DATED_BYLINE}), or null. */
  private static String byline(Document document) {
    for (String text : opening(document)) {
      Matcher m = text.isEmpty() || !Character.isDigit(text.charAt(0)) ? null : DATED_BYLINE.matcher(text);
      if (m != null && m.matches() && IssuerName.isName(m.group(1))) {
        return m.group(1);
      }
    }
    return null;
  }

  /**
   * The issuer as the opening's subject ({@link #OPENING_SUBJECT}), or null.
   *
   * @param compiler whether the one who compiled the report (由XX…编制) counts: not where the question is whose report
   *     it is, since a government's office compiles the government's report
   */
  private static String openingSubject(Document document, boolean compiler) {
    for (String text : opening(document)) {
      Matcher m = OPENING_SUBJECT.matcher(text);
      while (m.find()) {
        for (int g = compiler ? COMPILED_BY : COMPILED_BY + 1; g <= m.groupCount(); g++) {
          String named = m.group(g);
          String unplaced = g == DIVISION_AT_ITS_WORK && named != null ? IssuerName.bodyOfUnknownTownship(named) : null;
          if (unplaced != null) {
            return unplaced;
          }
          if (named != null && (g == TOWNSHIP_WITH_COMMITTEE || g == SHORT_COMMITTEE_AT_WORK && namesLineOfWork(named)
              || g != SHORT_COMMITTEE_AT_WORK && (ONE_BODY.matcher(named).matches() || IssuerName.governmentOf(named) != null))
              && IssuerName.isName(named) && (IssuerName.placedOrNational(named) || IssuerName.namesTownshipBody(named))) {
            return named;
          }
        }
      }
    }
    return null;
  }

  /**
   * Whether a contact line's name is a body's: a committee by its short name only where its words name a line of work
   * ({@link #namesLineOfWork}: 卫健委, not a party's 县委).
   */
  private static boolean contactBody(String named) {
    // a township's office answers for the township (its disclosure group's too, though a group is no body)
    return IssuerName.isName(IssuerName.townshipForItsOffice(named))
        && (!named.endsWith(SHORT_COMMITTEE) || namesLineOfWork(named));
  }

  /** Whether a department's words make up {@code name} after its places (住建委: housing_construction), no party's committee. */
  private static boolean namesLineOfWork(String name) {
    String sector = Departments.bundled().of(name).sector();
    return sector != null && !sector.equals(Departments.OTHER);
  }

  /** The placed body a paragraph of the opening starts with at its year's work ({@link #BODY_AT_WORK}), or null. */
  private static String bodyAtWork(Document document) {
    for (String text : opening(document)) {
      Matcher m = BODY_AT_WORK.matcher(text);
      if (m.find() && IssuerName.isName(m.group(1)) && IssuerName.placedOrNational(m.group(1))) {
        return m.group(1);
      }
    }
    return null;
  }

  /**
   * A contact line's government (请与XX区人民政府办公室联系 reads XX区人民政府, the office answering for the government's
   * report), or its general office where the opening makes that office the subject of the year's work (2021年，XX区人民政府
   * 办公室认真贯彻…; 2023年，区政府办共受理…) or the opening speaks as the office (我办共收到…): the report is then the
   * office's own, under the office's word the contact line prints ({@code officeWord}: 办公厅 of 请与青岛市人民政府办公厅联系,
   * else 办公室).
   */
  private static String governmentOrItsOffice(String contact, String officeWord, Document document) {
    if (!contact.endsWith(GOVERNMENT) || contact.length() == GOVERNMENT.length()) {
      return contact;
    }
    String place = contact.substring(0, contact.length() - GOVERNMENT.length());
    String office = place + GOVERNMENT + officeWord;
    return office.equals(openingSubject(document, false)) || officeByLevel(document, place.charAt(place.length() - 1))
        || officeSpeaks(document) ? office : contact;
  }

  private static boolean officeSpeaks(Document document) {
    for (String text : opening(document)) {
      if (text.indexOf('办') >= 0 && OFFICE_SELF.matcher(text).find()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the opening makes the office of a government of {@code level} (区, 县…) the subject of the year's figures. */
  private static boolean officeByLevel(Document document, char level) {
    for (String text : opening(document)) {
      Matcher m = text.indexOf("政府办") < 0 ? null : OFFICE_BY_LEVEL.matcher(text);
      while (m != null && m.find()) {
        if (m.group(1).charAt(0) == level) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A title naming its body by level alone (县人民政府办公室) whose text never prints it placed: the place of that level
   * the opening makes the year's subject (2021年，湟源县始终…) spelled out before it; or null, also where the opening's
   * subject is a body's whole name (2022年，府谷县人民政府办公室…), which names the issuer as printed.
   */
  private static String placedBySubject(String subject, Document document) {
    if (subject == null || subject.length() < 2 || LEVELS.indexOf(subject.charAt(0)) < 0) {
      return null;
    }
    String place = openingSubject(document, false);
    if (place == null || place.charAt(place.length() - 1) != subject.charAt(0) || !isPlace(place)) {
      return null;
    }
    String named = place + subject.substring(1);
    return IssuerName.isName(named) ? named : null;
  }

  /**
   * The name of a body under a government printed right after it at {@code from} (see {@link #GLUED_BODY}), of a
   * national body's local bureau ({@link #GLUED_LOCAL_BUREAU}) after {@code named}, or of a bureau's branch
   * ({@link #GLUED_BRANCH}), or "".
   */
  private static String gluedBody(String named, String text, int from) {
    Matcher m = GLUED_BODY.matcher(text).region(from, text.length());
    if (m.lookingAt() && IssuerName.startsWithPlace(m.group())) {
      return m.group();
    }
    Matcher office = GLUED_OFFICE.matcher(text).region(from, text.length());
    if (named.endsWith(GOVERNMENT) && !TOWNSHIP_GOVERNMENT.matcher(named).find() && office.lookingAt()) {
      return office.group();
    }
    Matcher bureau = GLUED_LOCAL_BUREAU.matcher(text).region(from, text.length());
    if (!IssuerName.startsWithPlace(named) && bureau.lookingAt()
        && IssuerName.startsWithPlace(bureau.group())) {
      return bureau.group(); // a national body's, 国家税务总局, starts with no place
    }
    return gluedBranch(text, from);
  }

  /**
   * The government of the township whose office {@code glued} is (请与章贡区人民政府水东镇办公室联系: 水东镇's own office
   * under the district's government, so the report is the town's), or null where {@code glued} is no township's office.
   */
  private static String townshipOfItsOffice(String glued) {
    if (!glued.endsWith(OFFICE)) {
      return null;
    }
    String division = glued.substring(0, glued.length() - OFFICE.length());
    return TOWNSHIP_NAMED.matcher(division).matches() ? IssuerName.governmentOf(division) : null;
  }

  /** The name of a bureau's branch printed right after the bureau at {@code from} ({@link #GLUED_BRANCH}), or "". */
  private static String gluedBranch(String text, int from) {
    Matcher branch = GLUED_BRANCH.matcher(text).region(from, text.length());
    return branch.lookingAt() ? branch.group() : "";
  }

  /** Whether {@code s} is a place's name as a whole. */
  private static boolean isPlace(String s) {
    return PlaceNameFinder.bundled().find(s).stream().anyMatch(p -> p.start() == 0 && p.end() == s.length());
  }

  /**
   * A title naming its body by level alone (市住房公积金管理中心 on a city's site): the same name as the report's own
   * text prints it, its place spelled out (台州市住房公积金管理中心), the place's level word being the title's first; or,
   * for a department's usual short name alone (卫健局), the full name it stands for as the text prints it after its
   * places (宁安市卫生健康局是…), never one built from the short name; or null.
   */
  private static String placedInText(String subject, List<String> passages) {
    if (subject == null || subject.length() < 2) {
      return null;
    }
    String full = Departments.bundled().fullName(subject);
    return full != null ? printedAfterPlaces(full, passages) : placedAsPrinted(subject, passages);
  }

  /** {@code name} as a passage prints it right after its places, those places included; or null. */
  private static String printedAfterPlaces(String name, List<String> passages) {
    for (String text : passages) {
      List<PlaceMatch> places = null;
      for (int at = text.indexOf(name); at > 0; at = text.indexOf(name, at + 1)) {
        places = places == null ? PlaceNameFinder.bundled().find(text) : places;
        String named = placesBefore(text, at, places) + name;
        if (named.length() > name.length() && IssuerName.isName(named)) {
          return named;
        }
      }
    }
    return null;
  }

  /** The title's {@code subject} as the passages print it, its level word the end of a place printed before it. */
  private static String placedAsPrinted(String subject, List<String> passages) {
    for (String text : passages) {
      int at = text.indexOf(subject);
      if (at <= 0) {
        continue;
      }
      for (PlaceMatch place : PlaceNameFinder.bundled().find(text)) {
        if (place.end() == at + 1 && place.start() < at) {
          String named = text.substring(place.start(), at + subject.length());
          return IssuerName.isName(named) ? named : null;
        }
      }
    }
    return null;
  }

  /**
   * The last body's name standing alone over a date standing alone (XX县人民政府 / 2021年2月23日): a signature
   * wherever it is, also above a page copy's links and footer (a footer's name has no date below it).
   */
  private static String datedSignature(List<Block> blocks) {
    String next = null;
    for (int i = blocks.size() - 1; i >= 0; i--) {
      if (blocks.get(i) instanceof Paragraph p && !p.text().isEmpty()) {
        if (next != null && isDateLine(next) && DATED_SIGNATURE.matcher(p.text()).matches()
            && IssuerName.isName(p.text())) {
          return p.text();
        }
        next = p.text();
      }
    }
    return null;
  }

  /** A paragraph that is only a date ({@link #DATE_LINE}): every paragraph from the end is asked, most end otherwise. */
  private static boolean isDateLine(String text) {
    return text.endsWith("日") && DATE_LINE.matcher(text).matches();
  }

  /**
   * The issuer's name printed alone on the line above a title that names none, or on the line right under it as a
   * byline ({@link #NAME_UNDER_TITLE}: 2020年政府信息公开工作年度报告 / 武昌经开区(滨江)管委会), or null. A line the title
   * only starts with may be a column's name above it (政府信息公开 over …办公厅2022 / 政府信息公开工作年度报告): the title
   * may start at a later one.
   */
  private static String nameOverTitle(Document document) {
    String title = document.title();
    boolean titleNamesNone = !IssuerName.isName(fromTitle(title));
    String previous = null;
    boolean underTitle = false;
    for (Block b : document.blocks()) {
      if (b instanceof Paragraph p && !p.text().isEmpty()) {
        Matcher under = underTitle ? NAME_UNDER_TITLE.matcher(p.text()) : null;
        if (under != null && under.matches() && IssuerName.isName(under.group(1))) {
          return under.group(1);
        }
        underTitle = titleNamesNone && title.equals(p.text());
        if (title.startsWith(p.text())) {
          Matcher m = previous == null ? null : NAME_OVER_TITLE.matcher(previous);
          if (m != null && m.matches()) {
            return m.group(1);
          }
          m = previous == null ? null : DIVISION_OVER_TITLE.matcher(previous);
          if (m != null && m.matches() && IssuerName.governmentOf(m.group(1)) != null) {
            return m.group(1);
          }
        }
        previous = p.text();
      }
    }
    return null;
  }

  private static boolean isTitleLike(String paragraph) {
    return paragraph.length() <= MAX_TITLE_LENGTH && paragraph.contains("报告") && paragraph.contains("公开");
  }

  static String fromTitle(String title) {
    String cleaned = IssuerName.clean(title);
    if (cleaned == null) {
      return null;
    }
    boolean runOn = cleaned.length() > MAX_TITLE_LENGTH;
    Matcher m = TITLE.matcher(runOn ? cleaned.substring(0, MAX_TITLE_LENGTH) : cleaned);
    if (!m.find()) {
      return null;
    }
    String subject = IssuerName.clean(beforeAbout(m.group(1)));
    if (subject == null || runOn && !BARE_NAME.matcher(subject).matches()) {
      return null;
    }
    // 淮安市人民政府信息公开…: the government's 政府 doubles as the report's
    if (subject.endsWith(PEOPLES)) {
      return subject + "政府";
    }
    return CUSTOMS_DISTRICT.matcher(BODY_WITH_ORGANS.matcher(subject).replaceFirst("")).replaceFirst("");
  }

  /** A notice's issuer, before its 关于 (XX县人民政府办公室关于印发XX县…报告的通知). */
  private static String beforeAbout(String subject) {
    int about = subject.indexOf(ABOUT);
    return about > 0 ? subject.substring(0, about) : subject;
  }

  /**
   * The title, the opening (the paragraphs after the last title-like one near the top: page copies put navigation
   * and metadata first), the closing paragraphs and the page's metadata (发布机构:长春市双阳区太平镇人民政府 of a title
   * that prints only 太平镇): where a report names itself.
   */
  private static List<String> namingPassages(Document document, String foldedBody) {
    List<String> paragraphs = new ArrayList<>();
    int lastTitle = -1;
    for (Block b : document.blocks()) {
      if (b instanceof Paragraph p && !p.text().isEmpty()) {
        if (paragraphs.size() < TITLE_WINDOW && isTitleLike(p.text())) {
          lastTitle = paragraphs.size();
        }
        paragraphs.add(p.text());
      }
    }
    List<String> passages = new ArrayList<>();
    passages.add(document.title());
    int opening = Math.min(lastTitle + 1 + NAMING_PARAGRAPHS, paragraphs.size());
    passages.addAll(paragraphs.subList(0, opening));
    passages.addAll(paragraphs.subList(Math.max(opening, paragraphs.size() - NAMING_PARAGRAPHS), paragraphs.size()));
    Matcher publisher = PUBLISHER.matcher(foldedBody);
    while (publisher.find()) {
      passages.add(publisher.group(1));
    }
    return passages;
  }

  /**
   * The longest printed form of {@code name}: the places printed right before it, each perhaps with 人民政府
   * (大冶市|东风路街道, 渝中区人民政府|大溪沟街道), and, unless it ends with its body's word already, that word right
   * after it (东风路街道|办事处, 平潭综合实验区|管委会); a place printed by its short form, spelled out where the text
   * prints the same body after the same places (a title's 威海市文登人民政府办公室, the signature's 威海市文登区…).
   */
  static String fullest(String name, List<String> passages) {
    String fullest = name;
    String unplaced = unplaced(name);
    String body = afterShortFormPlaces(name);
    for (String key : body == null || body.equals(unplaced) ? List.of(unplaced) : List.of(unplaced, body)) {
      fullest = fullest(name, key, passages, fullest);
    }
    return fullest;
  }

  /** {@link #fullest(String, List)} of the forms printing {@code unplaced}, a part of {@code name} or all of it. */
  private static String fullest(String name, String unplaced, List<String> passages, String longest) {
    String fullest = longest;
    for (String text : passages) {
      List<PlaceMatch> places = null;
      for (int at = text.indexOf(unplaced); at >= 0; at = text.indexOf(unplaced, at + 1)) {
        if (places == null) {
          places = PlaceNameFinder.bundled().find(text);
        }
        String form = placesBefore(text, at, places) + unplaced + bodyAfter(text, at + unplaced.length(), unplaced);
        // the name's own places, perhaps with 人民政府 after one (厦门市思明区|人民政府|中华街道办事处 for 厦门市思明区中华街道办事处),
        // or its place spelled out (昌江黎族自治县|乌烈镇人民政府 for 昌江县乌烈镇人民政府)
        if (form.length() > fullest.length() && (unplaced == name || form.replace(GOVERNMENT, "").startsWith(name)
                || samePlace(name.substring(0, name.length() - unplaced.length()), form.substring(0, form.indexOf(unplaced))))
            && IssuerName.isName(form)) {
          fullest = form;
        }
      }
    }
    return fullest;
  }

  /**
   * Whether two runs of places, nothing else between, name the same divisions one by one, some perhaps by a short form
   * in one and in full in the other (昌江县 and 昌江黎族自治县); not a run naming a place more (林芝市墨脱县 of 墨脱县), nor
   * one with a government's word inside (吉林市人民政府昌邑区).
   */
  private static boolean samePlace(String printed, String spelled) {
    List<PlaceMatch> a = PlaceNameFinder.bundled().find(printed);
    List<PlaceMatch> b = a.isEmpty() ? List.of() : PlaceNameFinder.bundled().find(spelled);
    if (b.size() != a.size() || !onlyPlaces(a, printed) || !onlyPlaces(b, spelled)) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      Set<String> codes = new HashSet<>();
      a.get(i).names().forEach(n -> codes.add(n.division().code()));
      if (b.get(i).names().stream().noneMatch(n -> codes.contains(n.division().code()))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code places} run on from one to the next over the whole of {@code text}. */
  private static boolean onlyPlaces(List<PlaceMatch> places, String text) {
    int end = 0;
    for (PlaceMatch m : places) {
      if (m.start() != end) {
        return false;
      }
      end = m.end();
    }
    return end == text.length();
  }

  /** {@code name} without the places it starts with, where a named township or street is left (中华街道办事处); else itself. */
  private static String unplaced(String name) {
    int end = 0;
    for (PlaceMatch m : PlaceNameFinder.bundled().find(name)) {
      if (m.start() != end || m.level() == Level.TOWNSHIP) {
        break;
      }
      end = m.end();
    }
    String rest = name.substring(end);
    return end > 0 && !rest.startsWith(GOVERNMENT) && TOWNSHIP_NAMED.matcher(rest).lookingAt() ? rest : name;
  }

  /**
   * {@code name} without the places it starts with where one of them is printed by its short form (威海市文登|人民政府办公室:
   * the text may print 文登区 in full before the same body elsewhere); else null.
   */
  private static String afterShortFormPlaces(String name) {
    int end = 0;
    boolean shortForm = false;
    for (PlaceMatch m : PlaceNameFinder.bundled().find(name)) {
      if (m.start() != end || m.level() == Level.TOWNSHIP) {
        break;
      }
      shortForm |= m.names().stream().allMatch(n -> n.form() == PlaceName.Form.SHORT);
      end = m.end();
    }
    return shortForm && end < name.length() ? name.substring(end) : null;
  }

  private static String placesBefore(String text, int at, List<PlaceMatch> places) {
    int start = at;
    for (int i = places.size() - 1; i >= 0; i--) {
      PlaceMatch m = places.get(i);
      if (m.end() == start) {
        start = m.start();
      } else if (m.end() + GOVERNMENT.length() == start && text.startsWith(GOVERNMENT, m.end())) {
        start = m.start();
      } else if (m.end() < start) {
        break;
      }
    }
    return text.substring(start, at);
  }

  private static String bodyAfter(String text, int end, String name) {
    if (IssuerName.endsWithBody(name)) {
      return "";
    }
    int from = text.startsWith(PARTY_COMMITTEE, end) ? end + PARTY_COMMITTEE.length() : end;
    for (String suffix : IssuerName.bodySuffixes()) {
      if (text.startsWith(suffix, from)) {
        return suffix;
      }
    }
    return "";
  }

  /**
   * The body's name where the report prints only its division's (岛石镇 → 岛石镇人民政府, 安镇街道 →
   * 安镇街道办事处), also where it prints the division's government as 政府 (建平乡政府 → 建平乡人民政府): a report is
   * issued by an administrative body, and the same body should read the same in every year; else {@code name} itself.
   */
  public static String completed(String name) {
    if (name == null || IssuerName.endsWithBody(name)) {
      return name;
    }
    String division = name.endsWith(SHORT_GOVERNMENT) ? name.substring(0, name.length() - SHORT_GOVERNMENT.length()) : name;
    String government = IssuerName.governmentOf(division);
    return government == null ? name : government;
  }

  /**
   * The longest name of a township's government the body uses: the township itself, with its office suffix
   * (中仓街道办事处) and the county before it as printed (渝中区人民政府大溪沟街道办事处); the bare name if no fuller
   * form occurs.
   *
   * A division the gazetteer names by its organ (工业园区管委会) printed only as the end of a longer name (甘眉工业园区管委会)
   * is another body's: null.
   *
   * @param county the county's name, or null when unknown
   */
  public static String township(String township, String county, String foldedBody) {
    String longest = township;
    boolean alone = !ORGAN_NAMED.matcher(township).find();
    for (int at = foldedBody.indexOf(township); at >= 0; at = foldedBody.indexOf(township, at + 1)) {
      int start = county == null ? at : countyBefore(foldedBody, at, county);
      alone |= start < at || at == 0 || Character.UnicodeScript.of(foldedBody.codePointBefore(at)) != Character.UnicodeScript.HAN;
      int end = at + township.length();
      for (String suffix : TOWNSHIP_SUFFIXES) {
        if (foldedBody.startsWith(suffix, end)) {
          end += suffix.length();
          break;
        }
      }
      if (end - start > longest.length()) {
        longest = foldedBody.substring(start, end);
      }
    }
    return alone ? longest : null;
  }

  /** Where the county's name printed right before {@code at} starts (渝中区 or 渝中区人民政府), else {@code at}. */
  private static int countyBefore(String text, int at, String county) {
    for (String prefix : List.of(county + GOVERNMENT, county)) {
      if (text.startsWith(prefix, at - prefix.length())) {
        return at - prefix.length();
      }
    }
    return at;
  }

  /**
   * The title's name, or the name the signature prints where the title's ends with it misread by one character (an
   * OCR's 应急管埋局 or 街街道 for the signature's 应急管理局, 街道) and the text prints the signature's name again: two
   * prints against one.
   */
  private static String misreadInTitle(String subject, Document document, String foldedBody) {
    String signed = signature(document);
    if (!IssuerName.isName(signed) || subject.endsWith(signed) || foldedBody.indexOf(signed) == foldedBody.lastIndexOf(signed)) {
      return subject;
    }
    List<LabelMatch> misread = LabelMatch.approximateEndingAt(subject, signed, 0, subject.length());
    return misread.isEmpty() ? subject : subject.substring(0, misread.get(0).start()) + signed;
  }

  private static String signature(Document document) {
    List<Block> blocks = document.blocks();
    String dated = datedSignature(blocks);
    if (dated != null) {
      return dated;
    }
    int seen = 0;
    for (int i = blocks.size() - 1; i >= 0 && seen < SIGNATURE_WINDOW; i--) {
      if (blocks.get(i) instanceof Paragraph p) {
        seen++;
        Matcher m = SIGNATURE.matcher(p.text());
        if (m.matches()) {
          return m.group(1);
        }
      }
    }
    return null;
  }
}
