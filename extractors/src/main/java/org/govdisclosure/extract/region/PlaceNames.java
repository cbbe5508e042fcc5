package org.govdisclosure.extract.region;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dictionary of the place-name finder, built from the gazetteer: full names, short forms and county aliases,
 * leaving out names that would mostly match ordinary words.
 */
final class PlaceNames {

  /** Level suffixes dropped for short forms, longest first so 自治州 wins over 州-less 市. */
  private static final List<String> SUFFIXES = List.of(
      "特别行政区", "自治区", "自治州", "自治县", "自治旗", "新区", "林区", "地区", "省", "市", "区", "县", "盟", "旗");

  /**
   * An autonomous prefecture or county goes by its stem and its level's last character (玉树州, 恩施州; 昌江县 for
   * 昌江黎族自治县, while 昌江 alone is also Jingdezhen's 昌江区): the everyday name, by the autonomous level's word.
   */
  private static final Map<String, String> AUTONOMOUS_EVERYDAY = Map.of("自治州", "州", "自治县", "县");

  /** Where an autonomous area's ethnic designation starts, the short form ends: 恩施|土家族苗族自治州. */
  private static final List<String> ETHNIC_MARKERS = List.of(
      "蒙古", "回族", "藏族", "维吾尔", "苗族", "彝族", "壮族", "布依族", "朝鲜族", "满族", "侗族", "瑶族", "白族",
      "土家族", "哈尼族", "哈萨克", "傣族", "黎族", "傈僳族", "佤族", "畲族", "拉祜族", "水族", "东乡族", "纳西族",
      "景颇族", "柯尔克孜", "土族", "达斡尔族", "仫佬族", "羌族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "普米族",
      "塔吉克", "怒族", "鄂温克族", "保安族", "裕固族", "独龙族", "鄂伦春族", "各族");
  /** The first characters of {@link #ETHNIC_MARKERS}: every gazetteer name is searched for them when the names are built. */
  private static final BitSet MARKER_OPENINGS = new BitSet();

  static {
    ETHNIC_MARKERS.forEach(marker -> MARKER_OPENINGS.set(marker.charAt(0)));
  }

  /**
   * Short forms that are everyday words in reports (公安局, 合作社, 自然资源局, 乡村振兴, 惠民政策, 工程新建) or straddle common word pairs
   * (人民共和国, 政务公开和政府, 公开平台, 完成安全生产; a word and 和: 公开指南和目录, 更新和补充, 乡村振兴和…) rather than place mentions.
   */
  private static final Set<String> COMMON_WORDS = Set.of(
      "公安", "合作", "和平", "东方", "新华", "长安", "平安", "光明", "新兴", "红旗", "解放", "太平", "安定", "城关",
      "城中", "城东", "城西", "城南", "城北", "市中", "新城", "中原", "江南", "江北", "青山", "白云", "永安", "安宁",
      "开发", "高新", "经开", "南山", "北山", "东山", "西山", "河东", "河西", "中心", "金融", "文明", "民主", "团结",
      "胜利", "先锋", "长城", "宝山", "铁山", "铜官", "海港", "向阳", "前进", "东风", "建设", "利民", "富民", "兴业",
      "资源", "共和", "和政", "政和", "威信", "平和", "开平", "开化", "开放", "城乡", "安全", "振兴", "惠民", "成安",
      "南和", "新和", "兴和", "新建");

  /** County names that are ordinary words or word tails (城区, 矿区, 创新县域 → 新县): found only after their city's name. */
  private static final Set<String> GENERIC_COUNTIES = Set.of("城区", "矿区", "郊区", "东区", "西区", "新县", "和县", "南县");

  /**
   * A street whose gazetteer row names its office (新华街道办事处) is indexed by the street's name, as its namesakes are:
   * a report printing 新华街道办事处 names every 新华街道 alike.
   */
  private static final String STREET_OFFICE = "街道办事处";
  private static final String OFFICE = "办事处";

  /** The level words an ethnic township's everyday name keeps after its stem: 阿什里|哈萨克民族|乡 → 阿什里乡. */
  private static final List<String> TOWNSHIP_LEVELS = List.of("苏木", "乡", "镇");

  /** Township-level special areas named alike in this many counties are generic (开发区, 林场, 良种场). */
  private static final int GENERIC_SPECIAL_REPEATS = 3;

  /** The fewest characters a place's name or short form has. */
  private static final int MIN_PLACE_LENGTH = 2;

  private static final String BANNER = "旗";
  /** 科尔沁右翼中旗: the first character, the wing (右翼 → 右) and the position. */
  private static final Pattern WING_BANNER = Pattern.compile("^(.).+?([左右])翼([前中后])旗$");
  /** 阿拉善右旗, 乌拉特中旗: the first character and the position, after at least one more character. */
  private static final Pattern POSITIONED_BANNER = Pattern.compile("^(.).+?(?<!翼)([左右前中后])旗$");
  /** 东乌珠穆沁旗: facing east or west, then the name's first character. */
  private static final Pattern FACING_BANNER = Pattern.compile("^([东西])(.).+旗$");
  /** 达尔罕茂明安联合旗: two banners' names joined. */
  private static final Pattern JOINT_BANNER = Pattern.compile("^(.+)联合旗$");

  private PlaceNames() {}

  static List<PlaceName> of(Gazetteer gazetteer) {
    List<PlaceName> names = new ArrayList<>();
    Map<String, Integer> specialRepeats = new HashMap<>();
    for (Division d : gazetteer.divisions()) {
      if (d.isSpecial()) {
        specialRepeats.merge(d.name(), 1, Integer::sum);
      }
    }
    Set<String> kinds = kindsOfArea(gazetteer, specialRepeats);
    for (Division d : gazetteer.divisions()) {
      if (isIndexed(d, specialRepeats)) {
        PlaceName.Form form = d.isSpecial() && kinds.contains(d.name()) ? PlaceName.Form.KIND : PlaceName.Form.FULL;
        names.add(new PlaceName(indexedName(d), d, form));
      } else if (d.level() == Level.COUNTY && gazetteer.cityName(d) != null) {
        // a generic name printed right after its city's (晋城市城区) is that city's county, not a word
        names.add(new PlaceName(gazetteer.cityName(d) + d.name(), d, PlaceName.Form.FULL));
      } else if (isTwoCharacterTownship(d) && gazetteer.at(d, Level.COUNTY) != null) {
        // right after its county's name (浦东新区唐镇) a two-character town is no other name's tail
        names.add(new PlaceName(gazetteer.at(d, Level.COUNTY).name() + d.name(), d, PlaceName.Form.FULL));
      }
    }
    names.addAll(shortForms(gazetteer, names));
    names.addAll(everydayTownshipNames(names));
    names.addAll(bannerAbbreviations(names));
    for (CountyAlias alias : gazetteer.aliases()) {
      Division now = gazetteer.byCode(alias.newCode());
      if (now == null || alias.oldName().equals(now.name())) {
        continue;
      }
      if (!GENERIC_COUNTIES.contains(alias.oldName())) {
        names.add(new PlaceName(alias.oldName(), now, PlaceName.Form.ALIAS));
      } else if (gazetteer.cityName(now) != null) {
        // a former county named by an ordinary word, printed right after its city's name (长治市郊区, now 潞州区)
        names.add(new PlaceName(gazetteer.cityName(now) + alias.oldName(), now, PlaceName.Form.ALIAS));
      }
    }
    return names;
  }

  /**
   * The indexed special areas' names that are only a kind of area: another division's name ends with one after a
   * place's name of its own (天津市东丽区|临空经济区, 西塞山|工业园区管委会), so the name is what such areas are called
   * wherever they are, not one area's name.
   */
  private static Set<String> kindsOfArea(Gazetteer gazetteer, Map<String, Integer> specialRepeats) {
    Set<String> places = new HashSet<>();
    for (Division d : gazetteer.divisions()) {
      if (d.level() != Level.TOWNSHIP && !Gazetteer.isGroupingName(d.name()) && !GENERIC_COUNTIES.contains(d.name())) {
        places.add(d.name());
        String stem = stem(d.name());
        if (stem != null && !COMMON_WORDS.contains(stem)) {
          places.add(stem);
        }
      }
    }
    Set<String> kinds = new HashSet<>();
    for (Division d : gazetteer.divisions()) {
      String name = d.name();
      for (int cut = MIN_PLACE_LENGTH; cut < name.length(); cut++) {
        String tail = name.substring(cut);
        if (specialRepeats.containsKey(tail) && startsWithPlace(name.substring(0, cut), places)) {
          kinds.add(tail);
        }
      }
    }
    return kinds;
  }

  private static boolean startsWithPlace(String text, Set<String> places) {
    for (int end = MIN_PLACE_LENGTH; end <= text.length(); end++) {
      if (places.contains(text.substring(0, end))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The abbreviations Inner Mongolia's banners go by, derived from their full names: the name's first character with
   * its wing and position (科尔沁右翼中旗 → 科右中旗) or its position alone (阿拉善右旗 → 阿右旗, 鄂托克前旗 → 鄂前旗), a
   * name facing east or west by its first two characters (东乌珠穆沁旗 → 东乌旗), a joint banner by the first character of
   * each of its two names (达尔罕茂明安联合旗 → 达茂旗). Kept where one banner has it and it is no full name.
   */
  private static List<PlaceName> bannerAbbreviations(List<PlaceName> names) {
    Set<String> full = new HashSet<>();
    Map<String, List<Division>> byAbbreviation = new HashMap<>();
    for (PlaceName n : names) {
      full.add(n.text());
      String abbreviation = n.form() == PlaceName.Form.FULL && n.division().level() == Level.COUNTY
          ? bannerAbbreviation(n.text()) : null;
      if (abbreviation != null) {
        byAbbreviation.computeIfAbsent(abbreviation, k -> new ArrayList<>()).add(n.division());
      }
    }
    List<PlaceName> abbreviations = new ArrayList<>();
    byAbbreviation.forEach((abbreviation, banners) -> {
      if (banners.size() == 1 && !full.contains(abbreviation)) {
        abbreviations.add(new PlaceName(abbreviation, banners.get(0), PlaceName.Form.ABBREVIATED));
      }
    });
    return abbreviations;
  }

  /** A banner's abbreviation by {@link #bannerAbbreviations}' rules, or null. */
  static String bannerAbbreviation(String name) {
    if (!name.endsWith(BANNER)) { // as every pattern asks: most counties are told without a matcher
      return null;
    }
    Matcher m = WING_BANNER.matcher(name);
    if (m.matches() || (m = POSITIONED_BANNER.matcher(name)).matches() || (m = FACING_BANNER.matcher(name)).matches()) {
      return m.group(1) + m.group(2) + (m.groupCount() > 2 ? m.group(3) : "") + BANNER;
    }
    m = JOINT_BANNER.matcher(name);
    if (m.matches() && m.group(1).length() % 2 == 0) {
      return m.group(1).charAt(0) + "" + m.group(1).charAt(m.group(1).length() / 2) + BANNER;
    }
    return null;
  }

  /** Counties with an ordinary word for a name (城区, 郊区, 新县): a place only where a name starts with one. */
  static List<PlaceName> genericCounties(Gazetteer gazetteer) {
    List<PlaceName> counties = new ArrayList<>();
    for (Division d : gazetteer.divisions()) {
      if (d.level() == Level.COUNTY && GENERIC_COUNTIES.contains(d.name())) {
        counties.add(new PlaceName(d.name(), d, PlaceName.Form.FULL));
      }
    }
    return counties;
  }

  /**
   * Townships with a two-character name (螅镇, 龙镇), which the finder leaves out of running text: a place only where
   * an issuer's name starts with one.
   */
  static List<PlaceName> twoCharacterTownships(Gazetteer gazetteer) {
    List<PlaceName> townships = new ArrayList<>();
    for (Division d : gazetteer.divisions()) {
      if (isTwoCharacterTownship(d)) {
        townships.add(new PlaceName(d.name(), d, PlaceName.Form.FULL));
      }
    }
    return townships;
  }

  private static String indexedName(Division d) {
    String name = d.name();
    return d.level() == Level.TOWNSHIP && name.endsWith(STREET_OFFICE)
        ? name.substring(0, name.length() - OFFICE.length()) : name;
  }

  /** A town or township of two characters (唐镇, 雪乡), which {@link #isIndexed} leaves out alone. */
  private static boolean isTwoCharacterTownship(Division d) {
    return d.level() == Level.TOWNSHIP && !d.isSpecial() && d.name().length() == 2
        && TOWNSHIP_LEVELS.stream().anyMatch(d.name()::endsWith);
  }

  private static boolean isIndexed(Division d, Map<String, Integer> specialRepeats) {
    return switch (d.level()) {
      case PROVINCE -> true;
      case CITY -> !Gazetteer.isGroupingName(d.name());
      case COUNTY -> !GENERIC_COUNTIES.contains(d.name());
      // two-character names (龙镇, 口镇) mostly match the tail of some other place's name
      case TOWNSHIP -> d.name().length() >= 3
          && (!d.isSpecial() || specialRepeats.get(d.name()) < GENERIC_SPECIAL_REPEATS);
    };
  }

  /**
   * Short forms of provinces, cities and counties, kept only where they name one level (吉林 is a province and a
   * city, so neither gets it) and are not a full name themselves. Statistical zones get none.
   */
  private static List<PlaceName> shortForms(Gazetteer gazetteer, List<PlaceName> fullNames) {
    Set<String> full = new HashSet<>();
    fullNames.forEach(n -> full.add(n.text()));
    Map<String, List<Division>> byStem = new HashMap<>();
    Map<String, Set<Level>> levels = new HashMap<>();
    for (PlaceName n : fullNames) {
      Division d = n.division();
      // a prefecture's own county row (东莞市 441900) shares the city's short form
      if (d.level() == Level.TOWNSHIP || d.isZone() || d.isPrefectureCounty()) {
        continue;
      }
      String stem = stem(d.name());
      if (stem != null && !full.contains(stem) && !COMMON_WORDS.contains(stem)) {
        byStem.computeIfAbsent(stem, k -> new ArrayList<>()).add(d);
        levels.computeIfAbsent(stem, k -> EnumSet.noneOf(Level.class)).add(d.level());
      }
    }
    List<PlaceName> shorts = new ArrayList<>();
    byStem.forEach((stem, divisions) -> {
      if (levels.get(stem).size() == 1) {
        divisions.forEach(d -> shorts.add(new PlaceName(stem, d, PlaceName.Form.SHORT)));
      }
    });
    Map<String, List<Division>> byEveryday = new HashMap<>();
    for (PlaceName n : fullNames) {
      Division d = n.division();
      String level = d.level() == Level.TOWNSHIP ? null : everydayLevel(d.name());
      String stem = level == null ? null : stem(d.name());
      if (level != null && stem != null && !full.contains(stem + level)) {
        byEveryday.computeIfAbsent(stem + level, k -> new ArrayList<>()).add(d);
      }
    }
    byEveryday.forEach((name, divisions) -> {
      if (divisions.size() == 1) {
        shorts.add(new PlaceName(name, divisions.get(0), PlaceName.Form.SHORT));
      }
    });
    return shorts;
  }

  /**
   * Ethnic townships as reports usually print them, without the designation (昌吉市阿什里乡 for 阿什里哈萨克民族乡), kept
   * only where that name is no other place's full name and no other ethnic township's everyday name.
   */
  private static List<PlaceName> everydayTownshipNames(List<PlaceName> fullNames) {
    Set<String> full = new HashSet<>();
    fullNames.forEach(n -> full.add(n.text()));
    Map<String, List<Division>> byName = new HashMap<>();
    for (PlaceName n : fullNames) {
      String everyday = n.division().level() == Level.TOWNSHIP ? withoutDesignation(n.text()) : null;
      if (everyday != null && !full.contains(everyday)) {
        byName.computeIfAbsent(everyday, k -> new ArrayList<>()).add(n.division());
      }
    }
    List<PlaceName> names = new ArrayList<>();
    byName.forEach((name, divisions) -> {
      if (divisions.size() == 1) {
        names.add(new PlaceName(name, divisions.get(0), PlaceName.Form.EVERYDAY));
      }
    });
    return names;
  }

  /** A township's name without its ethnic designation (木座藏族乡 → 木座乡), or null when it has none. */
  static String withoutDesignation(String name) {
    int cut = designationStart(name);
    return cut < 0 ? null : TOWNSHIP_LEVELS.stream().filter(name::endsWith).findFirst()
        .map(level -> name.substring(0, cut) + level).orElse(null);
  }

  /** Where an ethnic designation starts after a stem of at least two characters, or -1. */
  private static int designationStart(String name) {
    for (int at = 2; at < name.length(); at++) {
      if (MARKER_OPENINGS.get(name.charAt(at))) {
        for (String marker : ETHNIC_MARKERS) {
          if (name.startsWith(marker, at)) {
            return at;
          }
        }
      }
    }
    return -1;
  }

  /** The last character an autonomous prefecture's or county's everyday name ends with ({@link #AUTONOMOUS_EVERYDAY}), or null. */
  private static String everydayLevel(String name) {
    for (Map.Entry<String, String> autonomous : AUTONOMOUS_EVERYDAY.entrySet()) {
      if (name.endsWith(autonomous.getKey())) {
        return autonomous.getValue();
      }
    }
    return null;
  }

  /** The name without its level suffix or ethnic designation, or null when less than two characters remain. */
  static String stem(String name) {
    int cut = designationStart(name);
    if (cut < 0) {
      for (String suffix : SUFFIXES) {
        if (name.endsWith(suffix)) {
          cut = name.length() - suffix.length();
          break;
        }
      }
    }
    return cut >= 2 ? name.substring(0, cut) : null;
  }
}
