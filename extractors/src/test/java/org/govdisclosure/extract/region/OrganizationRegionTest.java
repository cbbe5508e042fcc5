package org.govdisclosure.extract.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table-driven: real-looking issuers across provinces and levels ({@code organizations.tsv}), each in a report whose
 * title names no place and whose only body paragraph is the row's context.
 */
class OrganizationRegionTest {

  private static final GazetteerRegionResolver RESOLVER = new GazetteerRegionResolver();

  static Stream<Arguments> organizations() {
    return Reports.resource("organizations.tsv").lines()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> Arguments.of((Object[]) l.split("\t", -1)));
  }

  @ParameterizedTest(name = "{0} | {1}")
  @MethodSource("organizations")
  void resolves(String organization, String context, String county, String township, String unitType,
      String confidence, String printed) {
    Resolution resolution = RESOLVER.resolution(organization, Reports.of("2021年政府信息公开工作年度报告\n" + context));
    Region region = resolution.region();

    assertThat(region.countyCode()).isEqualTo(orNull(county));
    if (!township.isEmpty()) {
      assertThat(region.townshipCode()).isEqualTo(township);
    }
    assertThat(region.unitType()).isEqualTo(orNull(unitType));
    assertThat(region.confidence()).isEqualTo(confidence);
    assertThat(region.countyNameAsPrinted()).isEqualTo(orNull(printed));
    if (confidence.equals("ambiguous")) {
      assertThat(resolution.candidates()).hasSizeGreaterThan(1);
      assertThat(resolution.warnings()).isNotEmpty();
    } else {
      assertThat(resolution.candidates()).isEmpty();
    }
  }

  /**
   * A street the gazetteer codes among the special areas (东河街道 of 新城区, 150102403) is a township all the same: its
   * name is the township, as a street coded as one.
   */
  @Test
  void aStreetCodedAsASpecialAreaIsATownship() {
    Region region = RESOLVER.resolution("呼和浩特市新城区东河街道办事处",
        Reports.of("2024年政府信息公开工作年度报告\n2024年,我街道主动公开信息82条。")).region();
    assertThat(region.township()).isEqualTo("东河街道");
    assertThat(region.countyCode()).isEqualTo("150102");
  }

  /**
   * The gazetteer names one of the many 新华街道 by its office (新华街道办事处): a report printing that office names them
   * all alike, not that one.
   */
  @Test
  void aStreetOfficeWhoseNamesakeTheGazetteerNamesWithItsOfficeIsAmbiguous() {
    Resolution resolution = RESOLVER.resolution("新华街道办事处", Reports.of("2019年政府信息公开工作年度报告\n新华街道办事处全年公开信息12条。"));
    assertThat(resolution.region().countyCode()).isNull();
    assertThat(resolution.region().township()).isEqualTo("新华街道");
    assertThat(resolution.region().confidence()).isEqualTo("ambiguous");
  }

  /**
   * A short form the report prints right after a city holding none of its namesakes goes on that city's name
   * (武汉东湖新技术开发区): the issuer's 东湖高新区 is in 武汉, no 东湖区 of 南昌; printed alone, 东湖 is that 东湖区.
   */
  @Test
  void aShortFormTheReportPrintsAfterAnotherCityIsNoCounty() {
    Region zone = RESOLVER.resolve("东湖高新区党政办公室", Reports.of(
        "2020年政府信息公开工作年度报告\n东湖高新区党政办公室传达学习《武汉东湖新技术开发区政府信息公开工作规范》。"));
    assertThat(zone.countyCode()).isNull();
    assertThat(zone.city()).isEqualTo("武汉市");
    Region county = RESOLVER.resolve("东湖高新区党政办公室", Reports.of(
        "2020年政府信息公开工作年度报告\n东湖高新区党政办公室传达学习《政府信息公开工作规范》。"));
    assertThat(county.countyCode()).isEqualTo("360102");
  }

  /** A township the gazetteer lacks, named by the issuer alone, is one of the county its report names. */
  @Test
  void aTownshipTheGazetteerLacksIsOneOfTheCountyItsReportNames() {
    Resolution resolution = RESOLVER.resolution("二道河镇人民政府",
        Reports.of("二道河镇人民政府2022年政府信息公开工作年度报告\n本报告通过海林市人民政府网站信息公开专栏公布。"));
    assertThat(resolution.region().countyCode()).isEqualTo("231083");
    assertThat(resolution.region().township()).isEqualTo("二道河镇");
    assertThat(resolution.warnings()).extracting(w -> w.code()).contains("township_not_in_gazetteer");
  }

  /**
   * A township the gazetteer lacks, named by the issuer alone, whose page starts with its opening (no title): one of
   * the county the opening names, as where a title names it.
   */
  @Test
  void aTownshipTheGazetteerLacksIsOneOfTheCountyTheOpeningNames() {
    Resolution resolution = RESOLVER.resolution("厚桥街道办事处",
        Reports.of("本年度报告由无锡市锡山区人民政府厚桥街道党政办公室综合科编制。\n一、总体情况"));
    assertThat(resolution.region().countyCode()).isEqualTo("320205");
    assertThat(resolution.region().township()).isEqualTo("厚桥街道");
    assertThat(resolution.warnings()).extracting(w -> w.code()).contains("township_not_in_gazetteer");
  }

  /**
   * A street's office named by the issuer alone by the street's everyday name (东街办事处), whose report names its county
   * elsewhere: that county's street, as the gazetteer names it (东街街道 of 西秀区); none where the county has no such
   * street.
   */
  @Test
  void aStreetOfficeByItsEverydayNameIsTheStreetOfTheCountyItsReportNames() {
    Region street = RESOLVER.resolve("东街办事处", Reports.of(
        "现公布东街办事处2020年政府信息公开工作年度报告。\n本年度报告在西秀区人民政府门户网全文公开。"));
    assertThat(street.countyCode()).isEqualTo("520402");
    assertThat(street.township()).isEqualTo("东街街道");
    Region none = RESOLVER.resolve("中街办事处", Reports.of(
        "现公布中街办事处2020年政府信息公开工作年度报告。\n本年度报告在西秀区人民政府门户网全文公开。"));
    assertThat(none.countyCode()).isEqualTo("520402");
    assertThat(none.township()).isNull();
  }

  private static String orNull(String s) {
    return s.isEmpty() ? null : s;
  }

  /** A street named after its district's government (广州市花都区人民政府某某街道办事处) is the street, not 人民政府某某街道. */
  @org.junit.jupiter.api.Test
  void aStreetAfterItsDistrictsGovernmentIsTheStreet() {
    Region region = RESOLVER.resolution("广州市花都区人民政府某某街道办事处",
        Reports.of("2021年政府信息公开工作年度报告\n一、总体情况")).region();
    assertThat(region.countyCode()).isEqualTo("440114");
    assertThat(region.township()).isEqualTo("某某街道");
  }
}
