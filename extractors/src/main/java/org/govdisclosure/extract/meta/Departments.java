package org.govdisclosure.extract.meta;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.govdisclosure.extract.model.BundledLines;
import org.govdisclosure.extract.region.PlaceMatch;

/**
 * The line department an issuer is and its sector, from the words of {@code sectors.tsv}: a government or its
 * office by how its name ends (人民政府, 街道办事处, 政府办公室, 管委会), else the department as printed after its
 * places (平潭综合实验区|交通与建设局) and the sectors its words name, in order (transport+housing_construction).
 */
public final class Departments {

  /** An issuer's department (null for a government or its office) and sector code(s), joined by {@code +}. */
  public record Department(String name, String sector) {
    public static final Department UNKNOWN = new Department(null, null);
  }

  public static final String OTHER = "other";
  private static final String JOIN = "+";
  /** The most characters of places and government words a printed full name puts before its department's. */
  private static final int LONGEST_PLACES = 30;
  /**
   * Zones a department's place goes on with (平潭|综合实验区交通与建设局, 滨江|高新区财政局), and the government it belongs
   * to (XX自治区|政府国资委, XX市|人民政府国资委).
   */
  private static final Pattern ZONE = Pattern.compile(
      "^(?:(?:人民)?政府)?(?:\\p{IsHan}{0,6}?(?:综合实验区|经济技术开发区|经济开发区|高新技术产业开发区|高新区|开发区|新区|实验区|试验区))?");
  /** How the name of a department ends. */
  private static final Pattern DEPARTMENT_END = Pattern.compile("(?:局|委员会|委|办公室|办|厅|署|中心|院|队|所|站|处|部|会)$");

  /** @param zoneOnly a zone's body, which is the issuer only right after the zone's name (高新区管委会) */
  private record Entry(String name, String sector, boolean zoneOnly) {}

  private final List<Entry> bodies = new ArrayList<>();
  private final List<Entry> words = new ArrayList<>();
  /**
   * A department's short name (科委, 市场监管局) and the full name it stands for (科学技术委员会, 市场监督管理局), spelled out
   * only where the text prints that full name after its places: an issuer is named as the report prints it.
   */
  private final Map<String, String> shortNames = new HashMap<>();

  private Departments() {}

  public static Departments bundled() {
    return Bundled.INSTANCE;
  }

  private static final class Bundled {
    static final Departments INSTANCE = read();
  }

  private static Departments read() {
    Departments d = new Departments();
    for (String line : BundledLines.of(Departments.class, "sectors.tsv")) {
      String[] f = line.split("\t");
      switch (f[2]) {
        case "body", "zone" -> d.bodies.add(new Entry(f[0], f[1], f[2].equals("zone")));
        case "abbrev" -> d.shortNames.put(f[0], f[3]);
        default -> d.words.add(new Entry(f[0], f[1], false));
      }
    }
    // longest first: 人民政府办公室 before 人民政府, 交通运输 before 交通
    Comparator<Entry> longestFirst = Comparator.comparingInt((Entry e) -> e.name().length()).reversed();
    d.bodies.sort(longestFirst);
    d.words.sort(longestFirst);
    return d;
  }

  /** Every sector code the table knows, {@link #OTHER} included. */
  public Set<String> sectors() {
    Set<String> all = new LinkedHashSet<>();
    bodies.forEach(e -> all.add(e.sector()));
    words.forEach(e -> all.add(e.sector()));
    all.add(OTHER);
    return all;
  }

  /** The department and sector of the issuer named {@code organization}; {@link Department#UNKNOWN} for null. */
  public Department of(String organization) {
    if (organization == null) {
      return Department.UNKNOWN;
    }
    for (Entry body : bodies) {
      if (organization.endsWith(body.name()) && (!body.zoneOnly() || afterPlaces(organization).equals(body.name()))) {
        return new Department(null, body.sector());
      }
    }
    String name = afterPlaces(organization);
    if (name.isEmpty() || !DEPARTMENT_END.matcher(name).find()) {
      return Department.UNKNOWN;
    }
    // a short name (卫健委) names the sectors of the full name it stands for
    String spelled = shortNames.getOrDefault(name, name);
    Set<String> sectors = new LinkedHashSet<>();
    for (int i = 0; i < spelled.length(); ) {
      Entry word = wordAt(spelled, i);
      if (word != null) {
        sectors.add(word.sector());
        i += word.name().length();
      } else {
        i++;
      }
    }
    return new Department(name, sectors.isEmpty() ? OTHER : String.join(JOIN, sectors));
  }

  /** The full name a department's short name stands for (卫健局 → 卫生健康局, 市场监管局), or null for any other name. */
  public String fullName(String shortName) {
    return shortNames.get(shortName);
  }

  /**
   * The issuer's name with a department's short name printed alone after its places spelled out as the text prints
   * the full name after the same places: 西藏自治区政府国资委 is printed in full as 西藏自治区人民政府国有资产监督管理委员会
   * (in its documents' titles), which is its name. Where the text prints no full form the name stays as printed
   * (广州市国资委, 金华市市场监管局): a form built from the short one is a name no one printed.
   */
  public String expanded(String organization, String text) {
    String department = organization == null ? null : afterPlaces(organization);
    String full = department == null ? null : fullName(department);
    if (full == null) {
      return organization;
    }
    String built = organization.substring(0, organization.length() - department.length()) + full;
    List<PlaceMatch> places = IssuerName.places(organization);
    String place = !places.isEmpty() ? organization.substring(places.get(0).start(), places.get(0).end())
        : organization.startsWith(IssuerName.NATIONAL) ? IssuerName.NATIONAL : null;
    for (int at = text.indexOf(full); place != null && at >= 0; at = text.indexOf(full, at + 1)) {
      int start = at;
      while (start > 0 && at - start < LONGEST_PLACES && Character.UnicodeScript.of(text.charAt(start - 1)) == Character.UnicodeScript.HAN) {
        start--;
      }
      int from = text.indexOf(place, start);
      String printed = from >= 0 && from < at ? text.substring(from, at + full.length()) : null;
      if (printed != null && (printed.equals(built) || OrganizationFinder.abbreviates(built, printed))) {
        return printed;
      }
    }
    return organization;
  }

  private Entry wordAt(String name, int at) {
    for (Entry word : words) {
      if (name.startsWith(word.name(), at)) {
        return word;
      }
    }
    return null;
  }

  /**
   * What the name says after its last place and any zone after it (来凤县|政务服务和大数据管理局), or after 国家, the
   * place of a national body (国家|卫生健康委).
   */
  private static String afterPlaces(String organization) {
    List<PlaceMatch> places = IssuerName.places(organization);
    String rest = !places.isEmpty() ? organization.substring(places.get(places.size() - 1).end())
        : organization.startsWith(IssuerName.NATIONAL) ? organization.substring(IssuerName.NATIONAL.length()) : organization;
    return ZONE.matcher(rest).replaceFirst("");
  }
}
