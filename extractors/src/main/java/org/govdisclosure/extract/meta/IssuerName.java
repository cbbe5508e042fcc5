package org.govdisclosure.extract.meta;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.model.Document;
import org.govdisclosure.extract.region.PlaceMatch;
import org.govdisclosure.extract.region.PlaceName;
import org.govdisclosure.extract.region.PlaceNameFinder;

/**
 * What makes a printed string an issuer's name: page furniture around it is dropped ({@link #clean}), and a
 * fragment that does not say whose body it is ({@code 政府}, {@code 区政府办公室}, {@code 本机关}) is not one
 * ({@link #isName}).
 */
public final class IssuerName {

  /** How a zone's name ends (运城经济技术开发区, 池州高新区, 合川工业园区): its committee issues the zone's reports. */
  public static final String ZONES = "开发区|经开区|高新区|园区";
  /** A zone's kind, not its name: 经济技术开发区, 高新区, 工业园区. */
  private static final String ZONE_KINDS = "(?:经济技术|经济|高新技术产业|高新技术|产业)?开发区|经开区|高新区|(?:工业|产业|科技)?园区";
  /**
   * Words naming a kind of body, not a body: what is left without them must name someone (经济开发区管委会 names no
   * zone).
   */
  private static final Pattern ORGAN_WORDS =
      Pattern.compile("人民政府|政府|办公室|办公厅|机关|街道|办事处|管委会|管理委员会|委员会|人民|" + ZONE_KINDS);
  /** A name starting like this leaves out whose it is (本机关, 我局, 市政府, 县财政局, 区管委会). */
  private static final Pattern UNNAMED_START = Pattern.compile("^[本我该各市区县镇乡省州]");
  /**
   * Page furniture: anything up to a breadcrumb's last separator, labels, a flipbook's page label ({@code Page 8 -}),
   * a page's font-size switch run into the title (字号 大中小: not 大中小学), markdown and list marks, quotes.
   */
  private static final Pattern LEADING_FURNITURE = Pattern.compile(
      "^(?:.*[>›»]|" + Document.TITLE_LABEL + "|名\\s*称[:：]?|(?:当前位置|您当前所在位置|您的位置|所在位置|位置)[:：]|(?i:page)\\d+"
          + "|(?:字号|字体)[:：]?|大\\s*中\\s*小(?!学)|[#*•·■◆●○□\\-+=|>\\s《「『“\"?？\uFFFD])+");
  /** A bracketed tag before the name: 【2020年】, (第一号). */
  private static final Pattern LEADING_BRACKET = Pattern.compile("^[(（【\\[〔].*?[)）】\\]〕]");
  /**
   * A government printed after another body's name (政务服务中心人民政府: a site's template putting 人民政府 after whatever
   * body it serves): no body is named so, a government being no part of a centre or a bureau.
   */
  private static final String GOVERNMENT_AFTER_A_BODY =
      "(?:" + OrganizationFinder.BODY_ENDINGS.replace("人民政府|", "") + ")人民政府";
  /**
   * Digits, punctuation and book-title marks (《条例》 is a law's name, 根据《…》 a sentence's start) are no part of a name;
   * a body's leading group (XX区政务公开工作领导小组办公室, which compiles the report) is no issuer but the body's own;
   * nor is a sector's bodies together (西藏自治区邮政管理系统), whose report one of them issues.
   */
  private static final Pattern NOT_A_NAME = Pattern.compile("[0-9:：/>.,，。;；、《》〈〉<]|索引号|发布|首页|位置|栏目|领导小组|系统$"
      + "|" + GOVERNMENT_AFTER_A_BODY);
  private static final int MIN_UNPLACED_LENGTH = 4;
  /** What a national body's name starts with where a local one's starts with its place. */
  static final String NATIONAL = "国家";
  /** How a national body's name ends where it prints no {@link #NATIONAL}: a ministry's (交通运输部), 海关总署. */
  private static final Pattern NATIONAL_ENDING = Pattern.compile("(?:部|总局|总署)$");
  private static final int MIN_PROPER_CHARACTERS = 2;
  /** A tail of an issuer's full name must keep this many characters to still name it (安镇街道办事处). */
  private static final int MIN_TAIL = 4;
  /**
   * How a township's or a government's own body is named after the division: 街道 → 街道办事处, a prefecture (地区) or
   * league (盟) → 行政公署, else 人民政府.
   */
  private static final List<String> BODY_SUFFIXES = List.of("人民政府", "街道办事处", "办事处", "管委会", "管理委员会", "行政公署");
  /**
   * A township's body by its whole name (阿尔善宝力格镇人民政府, XX街道办事处): a name on its own, placed or not, unless it
   * starts with a word for all or this one (全镇人民政府, 本街道办事处).
   */
  private static final Pattern TOWNSHIP_BODY =
      Pattern.compile("^(?![全本我该各])\\p{IsHan}{2,12}?(?:(?:镇|乡|苏木)人民政府|街道办事处)$");
  /**
   * The group a township sets up for disclosure, whose office answers for its report as its party and government office
   * does (呈祥乡信息公开领导小组办公室, 政务公开工作领导小组办公室).
   */
  static final String DISCLOSURE_GROUP = "(?:政务|信息)公开(?:工作)?领导小组";
  /**
   * A township's own office at the end of a name (XX镇人民政府办公室, XX乡党政办公室, XX街道党政综合办公室, XX乡信息公开
   * 领导小组办公室): group 1 ends a town's or 乡's name, group 2 a street's. A county's government office is a body with
   * reports of its own; a township's compiles the township's.
   */
  private static final Pattern TOWNSHIP_OFFICE = Pattern.compile("(?:(镇|乡|苏木)(?:人民政府(?:党政)?|党政|" + DISCLOSURE_GROUP
      + ")|(街道)(?:办事处)?(?:党政|" + DISCLOSURE_GROUP + ")?)(?:综合)?办公室$");

  /**
   * A body's party and government office (临沂高新区党政办公室), which compiles the body's report and issues none of its
   * own; a township's stands for the township ({@link #TOWNSHIP_OFFICE}).
   */
  private static final Pattern PARTY_AND_GOVERNMENT_OFFICE = Pattern.compile("党政(?:综合)?办公室$");

  private IssuerName() {}

  /**
   * {@code s} without leading page furniture and tags, or null when nothing is left; a ? or its full-width form there
   * is a character the page could not encode (?江蘇省衛生健康委…), no part of the name.
   */
  public static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = LEADING_FURNITURE.matcher(s).replaceFirst("");
    t = LEADING_BRACKET.matcher(t).replaceFirst("");
    return t.isEmpty() ? null : t;
  }

  /**
   * Whether {@code s} names a body on its own: it starts with a place name (淮安市人民政府, 沭阳县财政局), or it
   * is a longer proper name that does not start with a pronoun or a bare level word (国家税务总局, 交通运输部).
   * OCR-misprinted places (沐阳县人民政府) pass as proper names.
   */
  public static boolean isName(String s) {
    return s != null && !(PARTY_AND_GOVERNMENT_OFFICE.matcher(s).find() && !TOWNSHIP_OFFICE.matcher(s).find())
        && namesAnyBody(s);
  }

  /**
   * {@link #isName}, a body's party and government office counted as a body too: for a report that is that office's own
   * ({@code OrganizationFinder}'s title naming it).
   */
  static boolean namesAnyBody(String s) {
    if (s == null || NOT_A_NAME.matcher(s).find()) {
      return false;
    }
    String proper = ORGAN_WORDS.matcher(s).replaceAll("");
    if (proper.length() < MIN_PROPER_CHARACTERS) {
      return false;
    }
    return startsWithPlace(s) || s.length() >= MIN_UNPLACED_LENGTH && !UNNAMED_START.matcher(s).find();
  }

  /**
   * Whether {@code s} starts with its place as {@link #startsWithPlace} or, a national body's name, with
   * {@link #NATIONAL} (国家疾控局坚持以…): the nation is its place.
   */
  static boolean placedOrNational(String s) {
    return startsWithPlace(s) || s.startsWith(NATIONAL);
  }

  /**
   * Whether {@code organization} names a national body: no place in its name, which starts with {@link #NATIONAL} or
   * ends as a ministry's ({@link #NATIONAL_ENDING}: 交通运输部). It belongs to no province: the 北京市 of its address is
   * where it sits, not a division it is part of.
   */
  public static boolean namesNationalBody(String organization) {
    return organization != null && places(organization).isEmpty()
        && (organization.startsWith(NATIONAL) || NATIONAL_ENDING.matcher(organization).find());
  }

  /** Whether {@code s} starts with a place name (洞头区农业农村局), as a body's name in a sentence must to be one. */
  static boolean startsWithPlace(String s) {
    List<PlaceMatch> places = places(s);
    return !places.isEmpty() && places.get(0).start() == 0;
  }

  /** Whether {@code s} is a township's body by its whole name ({@link #TOWNSHIP_BODY}), a place the gazetteer may lack. */
  static boolean namesTownshipBody(String s) {
    return TOWNSHIP_BODY.matcher(s).matches();
  }

  /**
   * The body of a township the gazetteer does not know, printed by its name alone (厚桥街道 → 厚桥街道办事处), where that
   * names one ({@link #namesTownshipBody}); null for a known division, which {@link #governmentOf} names.
   */
  static String bodyOfUnknownTownship(String s) {
    if (governmentOf(s) != null) {
      return null;
    }
    String body = s.endsWith("街道") ? s + "办事处" : s + "人民政府";
    return namesTownshipBody(body) ? body : null;
  }

  /** Whether {@code s} already ends with the word of a government's body (人民政府, 街道办事处, 管委会). */
  static boolean endsWithBody(String s) {
    return BODY_SUFFIXES.stream().anyMatch(s::endsWith);
  }

  /**
   * The township's own body where {@code name} is its office ({@link #TOWNSHIP_OFFICE}: 大余县吉村镇人民政府办公室 →
   * 大余县吉村镇人民政府, XX街道党政办公室 → XX街道办事处), else {@code name}.
   */
  static String townshipForItsOffice(String name) {
    Matcher m = name == null ? null : TOWNSHIP_OFFICE.matcher(name);
    if (m == null || !m.find()) {
      return name;
    }
    return m.group(1) != null ? name.substring(0, m.end(1)) + "人民政府" : name.substring(0, m.end(2)) + "办事处";
  }

  static List<String> bodySuffixes() {
    return BODY_SUFFIXES;
  }

  /**
   * The name of the body that governs the division {@code s} ends with, when {@code s} is only the division's
   * name as the gazetteer has it (岛石镇 → 岛石镇人民政府, 安镇街道 → 安镇街道办事处, 沭阳县 → 沭阳县人民政府, 阿里地区 →
   * 阿里地区行政公署); else null.
   */
  static String governmentOf(String s) {
    List<PlaceMatch> places = places(s);
    if (places.isEmpty()) {
      return null;
    }
    PlaceMatch last = places.get(places.size() - 1);
    boolean fullName = last.names().stream().anyMatch(n -> n.form() != PlaceName.Form.SHORT);
    if (last.end() != s.length() || !fullName) {
      return null;
    }
    return s + (s.endsWith("街道") ? "办事处" : s.endsWith("地区") || s.endsWith("盟") ? "行政公署" : "人民政府");
  }

  /**
   * The place names in {@code s}, leaving out township-level special areas, whose names are often a body's own
   * (林业局, 良种场): a place is what a body's name starts from, not the body.
   */
  static List<PlaceMatch> places(String s) {
    return PlaceNameFinder.bundled().findInName(s).stream()
        .filter(m -> m.names().stream().anyMatch(n -> !n.division().isSpecial()))
        .toList();
  }

  /**
   * Whether {@code candidate} names the body {@code full} names: the same string, or a tail of at least four
   * characters that is a name itself (安镇街道办事处 of 无锡市锡山区安镇街道办事处; not 人民政府 of 淮安市人民政府).
   */
  public static boolean sameBody(String full, String candidate) {
    if (full == null || candidate == null) {
      return false;
    }
    return full.equals(candidate)
        || (full.endsWith(candidate) && candidate.length() >= MIN_TAIL && isName(candidate));
  }
}
