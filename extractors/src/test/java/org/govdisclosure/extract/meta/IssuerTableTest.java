package org.govdisclosure.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.govdisclosure.extract.ProcessedReport;
import org.govdisclosure.extract.ReportProcessor;
import org.govdisclosure.extract.region.Division;
import org.govdisclosure.extract.region.Gazetteer;
import org.govdisclosure.extract.region.Level;
import org.govdisclosure.extract.value.Confusables;
import org.junit.jupiter.api.Test;

/**
 * Several hundred issuers built from the national gazetteer and the sector table: governments of every level, their
 * offices, every sector's departments, bare division names, names behind breadcrumbs and markdown marks, after a
 * fragment title and misprinted by a confusable character; each in a short report naming its province and city.
 * Organization, division code and level, unit type, department and sector must come out as built.
 */
class IssuerTableTest {

  private static final Gazetteer GAZETTEER = Gazetteer.bundled();
  private static final ReportProcessor PROCESSOR = ReportProcessor.withRegistered();
  private static final int PER_LEVEL = 30;

  /** One built issuer and what must come out of its report. */
  private record Case(String title, String signature, String organization, String divisionCode, Level level,
      String unitType, String department, String sector) {}

  @Test
  void issuersComeOutAsBuilt() {
    List<Case> cases = cases();
    List<String> wrong = new ArrayList<>();
    for (Case c : cases) {
      Division d = GAZETTEER.byCode(c.level() == Level.TOWNSHIP ? c.divisionCode() : c.divisionCode().substring(0, c.level().codeLength()));
      String report = c.title() + "2021年政府信息公开工作年度报告\n一、总体情况\n在" + context(d)
          + "的统一部署下,本机关认真贯彻落实《中华人民共和国政府信息公开条例》。\n" + c.signature() + "\n";
      ProcessedReport r = PROCESSOR.process(c.title(), report.getBytes(StandardCharsets.UTF_8));
      List<Object> got = List.of(String.valueOf(r.organization()), String.valueOf(r.region().divisionCode()),
          String.valueOf(r.region().divisionLevel()), String.valueOf(r.region().unitType()),
          String.valueOf(r.department()), String.valueOf(r.sector()));
      List<Object> expected = List.of(c.organization(), c.divisionCode(), String.valueOf(c.level()), c.unitType(),
          String.valueOf(c.department()), c.sector());
      if (!got.equals(expected)) {
        wrong.add(c.title() + ": " + got + " instead of " + expected);
      }
    }
    System.out.printf("issuer table: %d cases, %d wrong%n", cases.size(), wrong.size());
    assertThat(cases).hasSizeGreaterThan(300);
    assertThat(wrong).isEmpty();
  }

  private static List<Case> cases() {
    Map<String, String> sectorWords = entries("word", 1, 0);
    List<String> sectors = new ArrayList<>(sectorWords.keySet());
    List<Map.Entry<String, String>> shortNames = new ArrayList<>(entries("abbrev", 0, 3).entrySet());
    int shortName = 0;
    List<Case> cases = new ArrayList<>();
    Random random = new Random(15);
    for (Division d : sample(Level.PROVINCE, random)) {
      String name = d.name();
      cases.add(new Case(name + "人民政府", "", name + "人民政府", d.paddedCode(), Level.PROVINCE, "province", null,
          "government"));
      cases.add(new Case(name + "人民政府办公厅", "", name + "人民政府办公厅", d.paddedCode(), Level.PROVINCE, "province",
          null, "government_office"));
    }
    int sector = 0;
    for (Level level : List.of(Level.CITY, Level.COUNTY)) {
      for (Division d : sample(level, random)) {
        String place = d.name();
        String code = d.paddedCode();
        String government = level.type() + "_government";
        String office = government + "_office";
        String department = level.type() + "_department";
        cases.add(new Case(place + "人民政府", "", place + "人民政府", code, level, government, null, "government"));
        cases.add(new Case(place, "", place + "人民政府", code, level, government, null, "government"));
        cases.add(new Case(place + "人民政府办公室", "", place + "人民政府办公室", code, level, office, null,
            "government_office"));
        cases.add(new Case("当前位置:首页>政府信息公开>" + place + "人民政府", "", place + "人民政府", code, level,
            government, null, "government"));
        String s = sectors.get(sector++ % sectors.size());
        String bureau = sectorWords.get(s) + "局";
        cases.add(new Case("# " + place + bureau, "", place + bureau, code, level, department, bureau, s));
        String t = sectors.get(sector++ % sectors.size());
        String other = sectorWords.get(t) + "局";
        cases.add(new Case("政府", place + other, place + other, code, level, department, other, t));
        // a short name the report never prints in full stays as printed (its sector that of the full name's)
        Map.Entry<String, String> abbreviated = shortNames.get(shortName++ % shortNames.size());
        String printed = abbreviated.getKey();
        cases.add(new Case(place + printed, "", place + printed, code, level, department, printed,
            Departments.bundled().of(place + abbreviated.getValue()).sector()));
      }
    }
    Confusables confusables = Confusables.bundled();
    for (Division d : sample(Level.TOWNSHIP, random)) {
      String county = GAZETTEER.at(d, Level.COUNTY).name();
      boolean street = d.name().endsWith("街道");
      String body = d.name() + (street ? "办事处" : "人民政府");
      String unit = street ? "street" : "township";
      cases.add(new Case(county + body, "", county + body, d.code(), Level.TOWNSHIP, unit, null, "government"));
      cases.add(new Case(county + d.name(), "", county + body, d.code(), Level.TOWNSHIP, unit, null, "government"));
      cases.add(new Case("办公室", county + body, county + body, d.code(), Level.TOWNSHIP, unit, null, "government"));
      String misprint = misprint(d.name(), confusables);
      if (misprint != null) {
        cases.add(new Case(county + body.replace(d.name(), misprint), "", county + body, d.code(), Level.TOWNSHIP,
            unit, null, "government"));
      }
    }
    return cases;
  }

  /**
   * Column {@code value} of {@code sectors.tsv} by column {@code key}, for its rows of kind {@code kind}, the first
   * row for a key kept: a name word per sector, as the table lists them, or the full name of each short name.
   */
  private static Map<String, String> entries(String kind, int key, int value) {
    Map<String, String> entries = new LinkedHashMap<>();
    try (InputStream in = Departments.class.getResourceAsStream("sectors.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] f = line.split("\t");
        if (!line.startsWith("#") && f.length > 2 && f[2].equals(kind)) {
          entries.putIfAbsent(f[key], f[value]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (kind.equals("word")) {
      assertThat(new TreeSet<>(entries.keySet())).containsAll(Departments.bundled().sectors().stream()
          .filter(s -> !s.startsWith("government") && !s.equals("development_zone") && !s.equals(Departments.OTHER))
          .toList());
    }
    return entries;
  }

  /** {@code name} with its first confusable character swapped, or null when it has none or the swap is a name. */
  private static String misprint(String name, Confusables confusables) {
    for (int i = 0; i < name.length(); i++) {
      String alternatives = confusables.alternatives(name.charAt(i));
      if (!alternatives.isEmpty()) {
        String m = name.substring(0, i) + alternatives.charAt(0) + name.substring(i + 1);
        return GAZETTEER.divisions().stream().anyMatch(d -> d.name().equals(m)) ? null : m;
      }
    }
    return null;
  }

  /** Divisions of {@code level} named once nationwide (a shared name needs more context than these reports give). */
  private static List<Division> sample(Level level, Random random) {
    Map<String, List<Division>> byName = new LinkedHashMap<>();
    for (Division d : GAZETTEER.divisions()) {
      byName.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(d);
    }
    List<Division> pool = new ArrayList<>();
    for (Division d : GAZETTEER.divisions()) {
      if (d.level() == level && byName.get(d.name()).size() == 1 && !Gazetteer.isGroupingName(d.name())
          && !d.isZone() && !d.isSpecial() && !d.isPrefectureCounty() && d.name().length() >= 3
          && (level != Level.TOWNSHIP || d.name().matches(".+(镇|乡|街道)"))
          && (level == Level.PROVINCE || level == Level.CITY || !GAZETTEER.at(d, Level.COUNTY).isZone())) {
        pool.add(d);
      }
    }
    Collections.shuffle(pool, random);
    return pool.subList(0, Math.min(PER_LEVEL, pool.size()));
  }

  /** The province and city around {@code d}, as the opening names them. */
  private static String context(Division d) {
    String province = GAZETTEER.at(d, Level.PROVINCE).name();
    String city = GAZETTEER.cityName(d);
    return city == null || city.equals(province) || d.level() == Level.CITY ? province : province + city;
  }

  /**
   * A commission's short name in its own words (卫生健康委, 国资委, 发展改革委) stays as printed where the text prints no
   * full form: the issuer is named as the report prints it, not by a name built from the short one.
   */
  @Test
  void aCommissionsShortNameStaysAsPrintedWhereTheTextPrintsNoFullForm() {
    assertThat(Departments.bundled().expanded("江苏省卫生健康委", "2020年江苏省卫生健康委坚持以公开为常态。")).isEqualTo("江苏省卫生健康委");
    assertThat(Departments.bundled().expanded("广州市国资委", "本年度,我委坚持以公开为常态。")).isEqualTo("广州市国资委");
    assertThat(Departments.bundled().expanded("江苏省卫生健康委员会", "江苏省卫生健康委员会")).isEqualTo("江苏省卫生健康委员会");
    assertThat(Departments.bundled().of("广州市国资委")).isEqualTo(new Departments.Department("国资委", "state_assets"));
  }

  /**
   * A short name the text prints in full (西藏自治区人民政府国有资产监督管理委员会 in its documents' titles) is spelled out
   * as printed; where the text prints no full form, it stays as printed.
   */
  @Test
  void aShortNameIsSpelledOutAsTheTextPrintsItInFull() {
    assertThat(Departments.bundled().expanded("西藏自治区政府国资委", "一是公开了《西藏自治区人民政府国有资产监督管理委员会2020年度部门预算》"))
        .isEqualTo("西藏自治区人民政府国有资产监督管理委员会");
    assertThat(Departments.bundled().expanded("西藏自治区政府国资委", "主动公开信息19条。")).isEqualTo("西藏自治区政府国资委");
    assertThat(Departments.bundled().expanded("苏州市发展改革委", "请与苏州市发展和改革委员会办公室联系。")).isEqualTo("苏州市发展和改革委员会");
  }

  /**
   * 市场监管局 is spelled out only where the text prints 市场监督管理局 after the same places: never built where it
   * does not, the name staying as printed.
   */
  @Test
  void aMarketRegulatorsShortNameIsSpelledOutOnlyAsPrintedInFull() {
    assertThat(Departments.bundled().expanded("宁安市市场监管局", "2022年,宁安市市场监督管理局认真贯彻落实条例。"))
        .isEqualTo("宁安市市场监督管理局");
    assertThat(Departments.bundled().expanded("金华市市场监管局", "金华市市场监管局办公室联系。")).isEqualTo("金华市市场监管局");
    assertThat(Departments.bundled().expanded("金华市市场监管局", "嘉兴市市场监督管理局受理。")).isEqualTo("金华市市场监管局");
  }

  /** A national commission's short name after 国家 (国家卫生健康委) is spelled out where the text prints it in full. */
  @Test
  void aNationalCommissionsShortNameIsSpelledOutAsPrinted() {
    assertThat(Departments.bundled().expanded("国家卫生健康委", "国家卫生健康委员会坚持以公开为常态。")).isEqualTo("国家卫生健康委员会");
    assertThat(Departments.bundled().expanded("国家卫生健康委", "委机关坚持以公开为常态。")).isEqualTo("国家卫生健康委");
    assertThat(Departments.bundled().expanded("国家税务总局", "国家税务总局")).isEqualTo("国家税务总局");
  }

  /** A county bureau's short name 卫健局 (丰泽区卫健局) is its 卫生健康局 where the text prints that name. */
  @Test
  void aHealthBureausShortNameIsSpelledOutAsPrinted() {
    assertThat(Departments.bundled().expanded("丰泽区卫健局", "2021年,丰泽区卫生健康局认真贯彻条例。")).isEqualTo("丰泽区卫生健康局");
    assertThat(Departments.bundled().expanded("丰泽区卫健局", "2021年,我局认真贯彻条例。")).isEqualTo("丰泽区卫健局");
  }
}
