package org.govdisclosure.extract.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Document;
import org.govdisclosure.extract.spi.Warning;
import org.govdisclosure.extract.value.Confusables;
import org.govdisclosure.extract.value.Numerals;
import org.govdisclosure.extract.region.ReportPlaces.Passage;
import org.govdisclosure.extract.region.ReportPlaces.Zone;

/**
 * Resolves the issuer's region against the national gazetteer.
 *
 * <p>The subject is the most specific place named by the organization (else the title, the opening paragraphs, the
 * signature): 城关镇 in {@code 获嘉县城关镇人民政府}. A name that several divisions share is narrowed first by the
 * other places in the same passage (获嘉县), then by every place mention of the report weighted by where it stands
 * ({@link ReportPlaces}); the winner must have twice the support of the runner-up, otherwise the result is
 * {@code ambiguous}, without county code, and lists the candidates.
 */
public final class GazetteerRegionResolver implements RegionResolver {

  /** What follows a county or city name when the issuer is the government itself rather than a department. */
  private static final Set<String> GOVERNMENT = Set.of("", "人民政府", "政府");
  /** What follows it when the issuer is the government's office, whose region is the government's. */
  private static final Set<String> GOVERNMENT_OFFICE = Set.of("人民政府办公室", "政府办公室", "人民政府办公厅", "政府办公厅");
  /** Where the issuer's name ends in a title: at the year or the report's own wording. */
  private static final Pattern ISSUER_END = Pattern.compile("[0-9]|" + Numerals.CHINESE_YEAR_DIGITS + "|年度|政府信息公开|信息公开|关于");
  /**
   * A township-like name after the county in an organization: 建筑新村街道(办事处), also after the county's government
   * (广州市花都区人民政府某某街道办事处, as 广州 names its streets).
   */
  static final Pattern UNKNOWN_TOWNSHIP =
      Pattern.compile("(?:(?:人民)?政府)?(\\p{IsHan}{1,8}?(?:街道|镇|乡|苏木))(?:办事处|人民政府|政府)?");
  private static final String STREET = "街道";
  /** A street's everyday name ends so (东城街), printed before 街道 or its office. */
  private static final String EVERYDAY = "街";
  private static final String EVERYDAY_STREET = EVERYDAY + STREET;
  /** A street office printed by the street's everyday name (兴安街办事处: the office of the 兴安街道). */
  private static final Pattern EVERYDAY_STREET_OFFICE = Pattern.compile("(\\p{IsHan}{1,8}?" + EVERYDAY + ")办事处");
  private static final double WINNING_RATIO = 2;
  private static final int CANDIDATES_IN_WARNING = 10;

  private final Gazetteer gazetteer;
  private final PlaceNameFinder finder;
  private final MisprintedPlaces misprints;

  public GazetteerRegionResolver() {
    this(Gazetteer.bundled(), PlaceNameFinder.bundled());
  }

  public GazetteerRegionResolver(Gazetteer gazetteer, PlaceNameFinder finder) {
    this.gazetteer = gazetteer;
    this.finder = finder;
    this.misprints = new MisprintedPlaces(finder, Confusables.bundled());
  }

  @Override
  public Region resolve(String organization, Document document) {
    return resolution(organization, document).region();
  }

  @Override
  public Resolution resolution(String organization, Document document) {
    ReportPlaces places = ReportPlaces.read(organization, document, finder);
    MisprintedPlaces.Correction correction =
        organization == null ? null : misprints.find(Cell.Text.fold(organization), places);
    if (correction == null) {
      return place(places).withOrganization(organization, List.of());
    }
    String corrected = correction.apply(Cell.Text.fold(organization));
    Warning note = new Warning("place_name_corrected", "printed " + correction.printed() + ", read as "
        + correction.corrected() + " (" + correction.division().code() + " " + gazetteer.path(correction.division()) + ")");
    return place(ReportPlaces.read(corrected, document, finder)).withOrganization(corrected, List.of(note));
  }

  private Resolution place(ReportPlaces places) {
    Passage subject = places.subject();
    if (subject == null) {
      return new Resolution(Region.UNKNOWN, List.of(), List.of(new Warning("region_unresolved", unresolved(places))));
    }
    Resolution found = placeOf(places, subject);
    boolean unplacedIssuer = places.namesIssuerElsewhere(subject);
    Matcher township = unplacedIssuer ? UNKNOWN_TOWNSHIP.matcher(places.passages().get(0).text()) : null;
    if (township != null && township.matches() && found.region().township() == null && found.region().countyCode() != null) {
      return unknownTownship(found, township.group(1));
    }
    Matcher office = unplacedIssuer ? EVERYDAY_STREET_OFFICE.matcher(places.passages().get(0).text()) : null;
    if (office != null && office.matches() && found.region().township() == null && found.region().countyCode() != null) {
      Resolution street = streetOfItsOffice(found, office.group(1));
      if (street != null) {
        return street;
      }
    }
    return places.namesIssuerWithoutPlace(subject) ? whereOnly(found) : found;
  }

  /** Why no place was found: none is printed, or only names that are no place ({@link ReportPlaces#setAside}). */
  private static String unresolved(ReportPlaces places) {
    String why = "no place name in organization, title or opening";
    return places.setAside().isEmpty() ? why : why + "; " + String.join("; ", places.setAside());
  }

  /**
   * An issuer named only as a township the gazetteer does not know (二道河镇人民政府), in the county the report
   * places it: that county's township, as where the name goes on from its county ({@link #countyIssuer}).
   */
  private Resolution unknownTownship(Resolution found, String name) {
    Region r = found.region();
    Region region = inCounty(gazetteer.byCode(r.countyCode()), name, null, r.countyNameAsPrinted(), unknownUnit(name),
        r.confidence()).withDivision(null, Level.TOWNSHIP);
    List<Warning> warnings = new ArrayList<>(found.warnings());
    warnings.add(notInGazetteer(name));
    return new Resolution(region, found.candidates(), warnings);
  }

  /**
   * An issuer named only as a street's office by the street's everyday name (东街办事处), in the county the report
   * places it: that county's street of the name ({@link #streetWithItsEverydayName}), as where the name goes on from
   * its county ({@link #countyIssuer}); null where the county has none.
   */
  private Resolution streetOfItsOffice(Resolution found, String name) {
    Region r = found.region();
    Division county = gazetteer.byCode(r.countyCode());
    Division street = county == null ? null : streetWithItsEverydayName(name, county);
    if (street == null) {
      return null;
    }
    Region region = inCounty(county, street.name(), street.code(), r.countyNameAsPrinted(), townshipUnit(street),
        r.confidence()).withDivision(street);
    return new Resolution(region, found.candidates(), found.warnings());
  }

  private static String unknownUnit(String township) {
    return township.endsWith(STREET) ? "street" : "township";
  }

  private static Warning notInGazetteer(String township) {
    return new Warning("township_not_in_gazetteer", "township " + township + " is not in the gazetteer");
  }

  /**
   * Where an issuer lies, without claiming it is that place's own body: a place the opening or signature names
   * for an issuer whose printed name names none the gazetteer knows (a street under 《山西省…规定》 is no
   * provincial government).
   */
  private static Resolution whereOnly(Resolution found) {
    Region r = found.region();
    Region where = new Region(r.province(), r.city(), r.countyName(), r.countyCode(), r.township(), r.townshipCode(),
        r.countyNameAsPrinted(), null, r.confidence());
    return new Resolution(found.organization(), where, found.candidates(), found.warnings());
  }

  private Resolution placeOf(ReportPlaces places, Passage subject) {
    List<PlaceMatch> matches = new ArrayList<>(subject.matches());
    PlaceMatch focus = mostSpecific(matches);
    // a township name, or a short form, none of whose namesakes lies in the higher places named beside it is a
    // fragment of an unknown name (建筑新村街道 → 新村街道; 武汉市东湖生态旅游风景区 → 东湖区 of 南昌): fall back to the
    // next most specific place
    while (matches.size() > 1 && (focus.level() == Level.TOWNSHIP || onlyShort(focus)) && contradicts(matches, focus)) {
      matches.remove(focus);
      focus = mostSpecific(matches);
    }
    Support local = localSupport(matches, focus);
    Level level = focus.level();
    List<Division> candidates = focus.names().stream()
        .map(PlaceName::division).filter(d -> d.level() == level).distinct().toList();
    Support global = places.support(focus.text());
    Choice choice = choose(candidates, local, places, focus.text());
    if (choice.division() == null) {
      // none lies in the city printed beside it (太原市郊区): that city is the issuer's, its county unknown
      Division city = choice.pool().stream().allMatch(local::contradicts) ? gazetteer.byCode(local.onlyCode(Level.CITY)) : null;
      return ambiguous(focus.text(), level, choice.pool(), city);
    }
    Division chosen = choice.division();
    Division county = gazetteer.at(chosen, Level.COUNTY);
    if (county != null && county.isZone()) {
      return inZone(county, level == Level.TOWNSHIP ? chosen : null, places, global);
    }
    String printed = county == null ? null : printedCountyName(places, subject, county);
    return switch (level) {
      case TOWNSHIP -> chosen.isSpecial() && !chosen.isSpecialTownship() ? Resolution.of(specialArea(chosen, county, printed, global, places, choice.confidence()))
          : Resolution.of(inCounty(county, chosen.name(), chosen.code(), printed, townshipUnit(chosen), choice.confidence())
              .withDivision(chosen));
      case COUNTY -> countyIssuer(county, printed, subject, focus, choice.confidence());
      case CITY -> Resolution.of(city(chosen, issuerUnit("city_", subject, focus), choice.confidence()).withDivision(chosen));
      case PROVINCE -> Resolution.of(
          new Region(chosen.name(), null, null, null, null, null, null, "province", choice.confidence()).withDivision(chosen));
    };
  }

  private static Support localSupport(List<PlaceMatch> matches, PlaceMatch focus) {
    Support local = new Support();
    matches.stream().filter(m -> m != focus).forEach(m -> local.add(m, 1));
    return local;
  }

  private static boolean contradicts(List<PlaceMatch> matches, PlaceMatch focus) {
    Support above = new Support();
    matches.stream().filter(m -> m.level().compareTo(focus.level()) < 0).forEach(m -> above.add(m, 1));
    return !above.isEmpty() && focus.names().stream().noneMatch(n -> above.of(n.division()) > 0);
  }

  /**
   * A county-level issuer, or a township the gazetteer does not know (renamed, merged or newer than the data) when
   * the organization goes on with a township's name: 历下区|建筑新村街道办事处; or the county's street its office names
   * by the street's everyday name (乌兰浩特市|兴安街办事处: the 兴安街道).
   */
  private Resolution countyIssuer(
      Division county, String printed, Passage subject, PlaceMatch focus, String confidence) {
    String rest = issuerRest(subject, focus);
    Matcher township = UNKNOWN_TOWNSHIP.matcher(rest);
    Matcher office = EVERYDAY_STREET_OFFICE.matcher(rest);
    boolean named = subject.zone() == Zone.ORGANIZATION;
    String name = !named ? null : township.matches() ? township.group(1) : office.matches() ? office.group(1) : null;
    Division street = name == null ? null : streetWithItsEverydayName(name, county);
    if (street != null) {
      return Resolution.of(inCounty(county, street.name(), street.code(), printed, townshipUnit(street), confidence)
          .withDivision(street));
    }
    if (named && township.matches()) {
      Region region =
          inCounty(county, name, null, printed, unknownUnit(name), confidence).withDivision(null, Level.TOWNSHIP);
      return new Resolution(region, List.of(), List.of(notInGazetteer(name)));
    }
    return Resolution.of(
        inCounty(county, null, null, printed, issuerUnit("county_", subject, focus), confidence).withDivision(county));
  }

  /**
   * The county's street a name prints as its everyday name, before 街道 (东城街街道: the 东城街 of 高平市, which the
   * gazetteer names 东城街道) or alone (兴安街 of 兴安街办事处); null for any other name.
   */
  private Division streetWithItsEverydayName(String name, Division county) {
    String everyday = name.endsWith(EVERYDAY_STREET) ? name.substring(0, name.length() - STREET.length()) : name;
    if (!everyday.endsWith(EVERYDAY)) {
      return null;
    }
    Division street = streetNamed(everyday.substring(0, everyday.length() - EVERYDAY.length()) + STREET, county);
    // or the gazetteer keeps the 街 before 街道 (东街 is the 东街街道 of 西秀区)
    return street != null ? street : streetNamed(everyday + STREET, county);
  }

  /** The county's township the gazetteer names {@code known}, or null. */
  private Division streetNamed(String known, Division county) {
    for (PlaceMatch m : finder.find(known)) {
      if (m.start() == 0 && m.end() == known.length()) {
        for (PlaceName n : m.names()) {
          if (n.division().level() == Level.TOWNSHIP && county.code().equals(n.division().codeAt(Level.COUNTY))) {
            return n.division();
          }
        }
      }
    }
    return null;
  }

  /** The candidates and how sure the pick is; {@code division} is null when it stays ambiguous. */
  private record Choice(Division division, String confidence, List<Division> pool) {}

  /**
   * The candidates named beside the focus (and lying in the city and province named there), then the one the
   * report's mentions back by the winning ratio. Where
   * none wins, those within the ratio of the best are weighed again on the mentions that tell them apart (西安区
   * backs the 先锋街道 of two 西安区s alike; 牡丹江市 decides); what stays tied is the ambiguous pool.
   */
  private static Choice choose(List<Division> candidates, Support local, ReportPlaces places, String focusText) {
    List<Division> named = candidates.stream().filter(c -> local.of(c) > 0 && !local.contradicts(c)).toList();
    if (named.isEmpty() && candidates.stream().allMatch(local::contradicts)) {
      return new Choice(null, "ambiguous", candidates); // the city or province printed beside it has none of them
    }
    List<Division> pool = named.isEmpty() ? candidates : named;
    if (pool.size() == 1) {
      return new Choice(pool.get(0), "exact", pool);
    }
    while (true) {
      Support global = places.support(focusText, pool);
      List<Division> ranked = pool.stream().sorted(Comparator.comparingDouble(global::of).reversed()).toList();
      double best = global.of(ranked.get(0));
      if (best > 0 && best >= WINNING_RATIO * global.of(ranked.get(1))) {
        return new Choice(ranked.get(0), "disambiguated", pool);
      }
      List<Division> contenders = ranked.stream().filter(d -> WINNING_RATIO * global.of(d) > best).toList();
      if (best == 0 || contenders.size() == pool.size()) {
        return new Choice(null, "ambiguous", pool);
      }
      pool = contenders;
    }
  }

  /**
   * The deepest-level match of the passage (a name is as high as its highest meaning: 滨海新区 is a county before a
   * township-level area of 台州); of equals, a full name before a short form, then the first: the issuer
   * comes first in its name (峨眉山市自然资源局), places after it are usually part of the unit's name.
   */
  private static PlaceMatch mostSpecific(List<PlaceMatch> matches) {
    PlaceMatch best = matches.get(0);
    for (PlaceMatch m : matches) {
      if (rank(m) > rank(best)) {
        best = m;
      }
    }
    return best;
  }

  private static int rank(PlaceMatch m) {
    return m.level().ordinal() * 2 + (onlyShort(m) ? 0 : 1);
  }

  private static boolean onlyShort(PlaceMatch m) {
    return m.names().stream().allMatch(n -> n.form() == PlaceName.Form.SHORT);
  }

  private Region inCounty(
      Division county, String township, String townshipCode, String printed, String unit, String confidence) {
    return new Region(
        gazetteer.at(county, Level.PROVINCE).name(),
        gazetteer.cityName(county),
        county.name(),
        county.code(),
        township,
        townshipCode,
        printed,
        unit,
        confidence);
  }

  /** A city-level issuer has no county, except in a prefecture without counties (东莞), where the city is one. */
  private Region city(Division city, String unit, String confidence) {
    Division county = gazetteer.prefectureCounty(city);
    if (county != null) {
      return inCounty(county, null, null, null, unit, confidence);
    }
    String province = gazetteer.at(city, Level.PROVINCE).name();
    return new Region(province, city.name(), null, null, null, null, null, unit, confidence);
  }

  /**
   * A township-level special area (a development zone, a farm: code 400–599) is no township, and its issuer (a zone's
   * committee) no township's body: the township stays empty, and the county the gazetteer places the area in is the
   * issuer's only where the report names that county or says the area lies in it; else the region stays at the city.
   */
  private Region specialArea(Division area, Division county, String printed, Support global, ReportPlaces places, String confidence) {
    if (global.direct(county.code()) > 0 || places.located().direct(county.code()) > 0) {
      return inCounty(county, null, null, printed, townshipUnit(area), confidence).withDivision(area);
    }
    return new Region(gazetteer.at(county, Level.PROVINCE).name(), gazetteer.cityName(county), null, null, null, null, null,
        townshipUnit(area), confidence).withDivision(area);
  }

  /**
   * A statistical zone (xxxx7x) is no county: it is placed in the one county the report says it lies in (位于, 地处,
   * 横跨), else the region stays at the city and the city's counties are the candidates. A county the report
   * only names (a visit, a partner, a neighbour) says nothing of where the zone is.
   */
  private Resolution inZone(Division zone, Division township, ReportPlaces places, Support global) {
    String cityCode = zone.codeAt(Level.CITY);
    List<Division> counties = new ArrayList<>();
    for (Division d : gazetteer.divisions()) {
      if (d.level() == Level.COUNTY && !d.isZone() && d.code().startsWith(cityCode)) {
        counties.add(d);
      }
    }
    Support located = places.located();
    List<Division> ranked = counties.stream()
        .sorted(Comparator.comparingDouble((Division d) -> located.direct(d.code())).reversed()).toList();
    String unit = township == null ? "other" : townshipUnit(township);
    String townshipName = township == null || township.isSpecial() ? null : township.name();
    String townshipCode = townshipName == null ? null : township.code();
    Division own = township == null ? zone : township;
    double best = ranked.isEmpty() ? 0 : located.direct(ranked.get(0).code());
    double second = ranked.size() < 2 ? 0 : located.direct(ranked.get(1).code());
    String zoneName = zone.name() + " " + zone.code() + " is a statistical zone";
    if (best > 0 && best >= WINNING_RATIO * second) {
      Division county = ranked.get(0);
      Region region = inCounty(county, townshipName, townshipCode, null, unit, "disambiguated").withDivision(own);
      return new Resolution(region, List.of(),
          List.of(new Warning("region_zone_placed", zoneName + ", placed in " + county.name() + " where the report says it lies")));
    }
    Region region = new Region(gazetteer.at(zone, Level.PROVINCE).name(), gazetteer.cityName(zone), null, null,
        townshipName, townshipCode, null, unit, "ambiguous").withDivision(own);
    List<String> named = counties.stream().filter(d -> global.direct(d.code()) > 0).map(Division::name).toList();
    String why = best > 0 ? " said to lie in several counties" : " in no county the report says it lies in";
    String mentioned = named.isEmpty() ? "" : " (named without saying it lies there: " + String.join("、", named) + ")";
    return withCandidates(region, zoneName + why + mentioned, counties);
  }

  /** @param within the city printed beside the name where none of the pool lies in it, the issuer's own; or null */
  private Resolution ambiguous(String name, Level level, List<Division> pool, Division within) {
    String province = within != null ? gazetteer.at(within, Level.PROVINCE).name()
        : common(pool, d -> gazetteer.at(d, Level.PROVINCE).name());
    String city = within != null ? gazetteer.cityName(within) : common(pool, gazetteer::cityName);
    Region region = new Region(province, city, null, null, level == Level.TOWNSHIP ? name : null, null, null,
        level == Level.TOWNSHIP ? townshipUnit(pool.get(0)) : null, "ambiguous").withDivision(null, level);
    return withCandidates(region, name + " names " + pool.size() + " " + level.type() + " divisions", pool);
  }

  private Resolution withCandidates(Region region, String why, List<Division> pool) {
    List<String> candidates = pool.stream().map(d -> d.code() + " " + gazetteer.path(d)).toList();
    String shown = String.join(", ", candidates.subList(0, Math.min(CANDIDATES_IN_WARNING, candidates.size())));
    String more = candidates.size() > CANDIDATES_IN_WARNING ? " …" : "";
    return new Resolution(region, candidates, List.of(new Warning("region_ambiguous", why + ": " + shown + more)));
  }

  private static String common(List<Division> pool, Function<Division, String> value) {
    String first = value.apply(pool.get(0));
    return pool.stream().allMatch(d -> Objects.equals(value.apply(d), first)) ? first : null;
  }

  /**
   * The former county name the issuer is printed with (九江县港口街镇), from the subject passage or the title; one
   * named by an ordinary word without the city's name it is found after (长治市郊区 → 郊区).
   */
  private String printedCountyName(ReportPlaces places, Passage subject, Division county) {
    String city = gazetteer.cityName(county);
    for (Passage p : places.passages()) {
      if (p == subject || p.zone() == Zone.TITLE || p.zone() == Zone.ORGANIZATION) {
        for (PlaceMatch m : p.matches()) {
          for (PlaceName n : m.names()) {
            if (n.form() == PlaceName.Form.ALIAS && n.division().equals(county)) {
              return city != null && n.text().startsWith(city) ? n.text().substring(city.length()) : n.text();
            }
          }
        }
      }
    }
    return null;
  }

  private static String townshipUnit(Division township) {
    if (township.isSpecial()) {
      return "other";
    }
    return township.name().endsWith("街道") || township.name().endsWith("办事处") ? "street" : "township";
  }

  /** Government, its office or a department, from what follows the place in the organization or title; unknown elsewhere. */
  private static String issuerUnit(String level, Passage subject, PlaceMatch focus) {
    if (subject.zone() != Zone.ORGANIZATION && subject.zone() != Zone.TITLE) {
      return null;
    }
    String rest = issuerRest(subject, focus);
    if (GOVERNMENT.contains(rest)) {
      return level + "government";
    }
    return level + (GOVERNMENT_OFFICE.contains(rest) ? "government_office" : "department");
  }

  /** What the issuer's name says after the place, up to the year or the report's wording. */
  private static String issuerRest(Passage subject, PlaceMatch focus) {
    String rest = subject.text().substring(focus.end());
    Matcher end = ISSUER_END.matcher(rest);
    return end.find() ? rest.substring(0, end.start()) : rest;
  }
}
