package org.govdisclosure.extract.region;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How a sentence speaks of the places it names: as where the issuer lies ({@code 开发区位于长春市绿园区}, its
 * government's website: {@code 通过东丽区政府信息公开网站发布}), as a place
 * it merely goes to, works with or borders ({@code 赴双阳区学习交流}, {@code 与福州市开展对口协作},
 * {@code 新乡县来我县考察}, {@code 东临封丘县}), as no place at all (a road or street named after one, {@code 北京路},
 * {@code 北京街}, a village or mountain named after one, {@code 湖南村}, {@code 莲花山}; a person whose given name is
 * one, {@code 可与吴裕民联系}), or plainly. Only the words right around a run of place names count
 * (吉林省长春市双阳区, 绿园区和双阳区 are one run), within its clause. An address is no statement of where the issuer
 * lies: a page's footer prints its portal's, and a city government's names the district it sits in.
 */
final class PlaceContext {

  enum Role {
    /** Where the issuer lies: evidence of its place. */
    LOCATED,
    /**
     * A place the issuer visits, supports, partners with or borders, or a name that is no place here (a road's, a
     * person's): no evidence of its own place.
     */
    MENTIONED,
    PLAIN
  }

  /** What separates the places of one run: nothing, or a list mark (a comma ends a clause). */
  private static final Pattern RUN_GAP = Pattern.compile("[、和及与]?");
  private static final String CLAUSE_ENDS = ",，。;；!！?？()（）";
  /** Going to, aiding or bordering a place: the place is elsewhere, whatever follows. */
  private static final Pattern AWAY =
      Pattern.compile("(?:赴|前往|去往|奔赴|支援|帮扶|援建|援助|[东西南北](?:临|接|连|靠|邻|毗邻))$");
  /**
   * Toward or with a place (与相邻的庄边镇): elsewhere when the clause is about a visit, an exchange, a partnership or
   * a border.
   */
  private static final Pattern TOWARD = Pattern.compile("(?:到|去|与|同|向|和|跟)(?:(?:相邻|周边|邻近|兄弟)的?)?$");
  /** What a clause does with another place: visits, exchanges, partners, borders. */
  private static final Pattern EXCHANGE = Pattern.compile(
      "学习|考察|交流|调研|观摩|参观|结对|对口|协作|合作|共建|互学|取经|借鉴|帮扶|支援|接壤|交界|毗邻|相邻|相连");
  /** A visitor from a place: 新乡县来我县考察. */
  private static final Pattern VISITOR = Pattern.compile("^(?:来|莅临|到我|赴我)");
  /** Where the issuer lies: 位于, 地处, the area it spans or administers. */
  private static final Pattern LIES_IN = Pattern.compile("(?:位于|地处|坐落于?|座落于?|坐落在|地跨|横跨|托管|代管|隶属于?)$");

  /**
   * The issuer's own channel, its government's website or platform, named by the place (通过东丽区政府信息公开网站发布,
   * 依托天津市南开区人民政府网站, 在开江县人民政府政务云…设置栏目, 在XX县政府公众网公开, a site named for the public):
   * the issuer lies there. The site's name may be quoted, whole or up to its kind of site (依托“重庆市沙坪坝区人民政府”网站).
   */
  private static final Pattern THROUGH = Pattern.compile("(?:通过|依托|登录|在)[“\"‘'「『]?$");
  private static final Pattern GOVERNMENT_SITE =
      Pattern.compile("^(?:人民)?政府(?:信息公开)?(?:门户)?[”\"’'」』]?(?:网站|政务网|政务云|公众(?:信息)?网)");

  /** A road or street named after the place (北京路, 北京街结合实际); not a street office (街道), a township of its own. */
  private static final Pattern ROAD = Pattern.compile("^(?:路|街(?!道)|大街|大道|巷|胡同)");
  private static final String ROAD_FIRST = "路街大巷胡";
  private static final char VILLAGE = '村';
  private static final char MOUNTAIN = '山';
  /** 山区: the hills of a place. */
  private static final char MOUNTAIN_AREA = '区';
  /**
   * A person's given name (可与吴裕民联系): one character, the surname, between the preposition and the name, and
   * 联系 right after it; a body is named whole (请与获嘉县人民政府办公室联系).
   */
  private static final Pattern SURNAME_BEFORE = Pattern.compile("[与同向找]\\p{IsHan}$");
  private static final String CONTACT = "联系";
  /** An address's label (地址:, 办公地址：), which the rest of its clause follows. */
  private static final Pattern ADDRESS = Pattern.compile("地址[:：]?");

  private PlaceContext() {}

  /** The role of each of {@code matches} (in text order, not overlapping) in {@code text}. */
  static List<Role> roles(String text, List<PlaceMatch> matches) {
    List<Role> roles = new ArrayList<>(matches.size());
    int first = 0;
    while (first < matches.size()) {
      int last = first;
      while (last + 1 < matches.size() && inRun(text, matches.get(last), matches.get(last + 1))) {
        last++;
      }
      // a road, village or mountain named after the run's last place (越秀区北京路, 湖南镇湖南村) leaves the places
      // before it a run of their own
      boolean namesaked = namesRoadVillageOrMountain(text, matches.get(last));
      int runLast = namesaked ? last - 1 : last;
      if (runLast >= first) {
        int start = matches.get(first).start();
        int end = matches.get(runLast).end();
        Role role = role(text.substring(clauseStart(text, start), start), text.substring(end, clauseEnd(text, end)));
        for (int i = first; i <= runLast; i++) {
          roles.add(role);
        }
      }
      if (namesaked) {
        roles.add(Role.MENTIONED);
      }
      first = last + 1;
    }
    return roles;
  }

  /**
   * Whether {@code place} is the name of a road (北京路), of a village named after a place's short form (湖南村 of
   * 湖南镇, not 湖南省; a full name before 村 is the place itself: 衢江区村级事务) or of a mountain ({@link #namesMountain}).
   */
  private static boolean namesRoadVillageOrMountain(String text, PlaceMatch place) {
    int after = place.end();
    if (after >= text.length()) {
      return false;
    }
    if (ROAD_FIRST.indexOf(text.charAt(after)) >= 0 && ROAD.matcher(text).region(after, text.length()).lookingAt()) {
      return true;
    }
    return text.charAt(after) == VILLAGE && place.names().stream().allMatch(n -> n.form() == PlaceName.Form.SHORT)
        || namesMountain(text, place);
  }

  /**
   * Whether {@code place} is a county's short form heading a mountain's name (莲花山度假区, 长白山), not the
   * mountainous part of it (莲花山区): a mountain need not lie in the county that shares its name. A place name
   * going on right after it (宁波象山) is read by the caller's run.
   */
  static boolean namesMountain(String text, PlaceMatch place) {
    int after = place.end();
    return after < text.length() && text.charAt(after) == MOUNTAIN
        && (after + 1 == text.length() || text.charAt(after + 1) != MOUNTAIN_AREA) && place.level() == Level.COUNTY
        && place.names().stream().allMatch(n -> n.form() == PlaceName.Form.SHORT);
  }

  /**
   * Whether {@code place} is a township printed in an address (地址:舒城县杭埠镇迎宾大道118号): where an office sits, which a
   * zone's committee or a county's bureau shares with the township's own government; no sign that the township is the
   * issuer, though a plain mention ({@link #roles}) of the county and of the township.
   */
  static boolean townshipInAddress(String text, PlaceMatch place) {
    return place.level() == Level.TOWNSHIP
        && ADDRESS.matcher(text.substring(clauseStart(text, place.start()), place.start())).find();
  }

  private static boolean inRun(String text, PlaceMatch previous, PlaceMatch next) {
    return RUN_GAP.matcher(text.substring(previous.end(), next.start())).matches();
  }

  private static Role role(String before, String after) {
    if (LIES_IN.matcher(before).find() || THROUGH.matcher(before).find() && GOVERNMENT_SITE.matcher(after).find()) {
      return Role.LOCATED;
    }
    if (after.startsWith(CONTACT) && SURNAME_BEFORE.matcher(before).find()) {
      return Role.MENTIONED;
    }
    boolean exchange = EXCHANGE.matcher(after).find();
    if (AWAY.matcher(before).find() || TOWARD.matcher(before).find() && exchange
        || VISITOR.matcher(after).find() && exchange) {
      return Role.MENTIONED;
    }
    return Role.PLAIN;
  }

  private static int clauseStart(String text, int from) {
    int i = from;
    while (i > 0 && CLAUSE_ENDS.indexOf(text.charAt(i - 1)) < 0) {
      i--;
    }
    return i;
  }

  private static int clauseEnd(String text, int from) {
    int i = from;
    while (i < text.length() && CLAUSE_ENDS.indexOf(text.charAt(i)) < 0) {
      i++;
    }
    return i;
  }
}
