package org.govdisclosure.extract.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issuers drawn from the whole gazetteer (deterministic from a seed), as reports print them: a county's government
 * or a department under the county's name alone or after its city's, a town or street after its county's name,
 * with or without an opening that names the province and city. What the printed places leave as the only
 * candidate is the expected county; where several counties share a name and nothing printed settles it, none is.
 * No county may ever differ from that, and most must be found.
 */
class GazetteerIssuersTest {

  private static final Gazetteer GAZETTEER = Gazetteer.bundled();
  private static final GazetteerRegionResolver RESOLVER = new GazetteerRegionResolver();
  private static final long SEED = 13;
  private static final int SAMPLE = 600;
  private static final List<String> DEPARTMENTS = List.of("财政局", "卫生健康局", "市场监督管理局", "自然资源和规划局", "人民政府办公室", "人民政府");
  /** Share of issuers whose county the resolver finds, of those the printed places settle (measured: 599 of 599). */
  private static final double MIN_FOUND = 0.995;

  @Test
  void everyCountyFoundIsTheOneThePrintedPlacesLeave() {
    Map<String, List<Division>> byName = new HashMap<>();
    List<Division> counties = new ArrayList<>();
    Map<String, List<Division>> townships = new HashMap<>();
    for (Division d : GAZETTEER.divisions()) {
      if (d.level() == Level.COUNTY && !d.isZone() && !d.isPrefectureCounty() && GAZETTEER.cityName(d) != null) {
        counties.add(d);
        byName.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(d);
      } else if (d.level() == Level.TOWNSHIP && !d.isSpecial() && d.name().matches(".{2,}(镇|乡|街道)")) {
        townships.computeIfAbsent(d.codeAt(Level.COUNTY), k -> new ArrayList<>()).add(d);
      }
    }
    Collections.shuffle(counties, new Random(SEED));
    Random random = new Random(SEED);
    List<String> wrong = new ArrayList<>();
    int settled = 0;
    int found = 0;
    for (Division county : counties.subList(0, SAMPLE)) {
      String city = GAZETTEER.cityName(county);
      String province = GAZETTEER.at(county, Level.PROVINCE).name();
      List<Division> towns = townships.getOrDefault(county.code(), List.of());
      Division town = towns.isEmpty() || random.nextBoolean() ? null : towns.get(random.nextInt(towns.size()));
      boolean withCity = random.nextBoolean();
      boolean withOpening = random.nextInt(3) == 0;
      String organization = (withCity ? city : "") + county.name()
          + (town == null ? DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size())) : town.name() + (town.name().endsWith("街道") ? "办事处" : "人民政府"));
      String opening = withOpening ? "在" + (city.equals(province) ? province : province + city) + "的统一部署下，本机关认真贯彻落实《条例》。" : "";
      List<Division> left = byName.get(county.name()).stream()
          .filter(c -> withCity || withOpening ? GAZETTEER.cityName(c).equals(city) : true)
          .filter(c -> town == null || townships.getOrDefault(c.code(), List.of()).stream().anyMatch(t -> t.name().equals(town.name())))
          .toList();
      String expected = left.size() == 1 ? county.code() : null;
      String got = RESOLVER.resolution(organization, Reports.of("2022年政府信息公开工作年度报告\n" + opening)).region().countyCode();
      if (got != null && !got.equals(expected)) {
        wrong.add(organization + " | " + opening + " -> " + got + " (expected " + expected + ")");
      }
      if (expected != null) {
        settled++;
        found += expected.equals(got) ? 1 : 0;
      }
    }
    System.out.printf("gazetteer issuers: %d of %d settled counties found, %d wrong%n", found, settled, wrong.size());
    assertThat(wrong).isEmpty();
    assertThat(found).isGreaterThanOrEqualTo((int) Math.ceil(MIN_FOUND * settled));
  }

  @Test
  void aPlaceOnlyTheOpeningNamesIsWhereTheIssuerLiesNotItsOwnDivision() {
    Region region = RESOLVER.resolution("某某街道办事处",
        Reports.of("2022年政府信息公开工作年度报告\n本报告根据《山西省政府信息公开规定》编制。")).region();
    assertThat(region.province()).isEqualTo("山西省");
    assertThat(region.divisionCode()).isNull();
    assertThat(region.divisionLevel()).isNull();
    assertThat(region.unitType()).isNull();
  }

  @Test
  void aSharedCountyNameKeepsTheProvinceTheReportNames() {
    Resolution r = RESOLVER.resolution("鼓楼区财政局",
        Reports.of("2022年政府信息公开工作年度报告\n本报告根据《江苏省政府信息公开规定》编制。"));
    assertThat(r.region().countyCode()).isNull();
    assertThat(r.region().province()).isEqualTo("江苏省");
    assertThat(r.region().city()).isNull();
    assertThat(r.candidates()).hasSize(2);
  }

  /**
   * A county named by an ordinary word after a city that has none of that name (太原市郊区): no other city's 郊区, though
   * the province backs one of them; the printed province and city are the issuer's, its county unknown.
   */
  @Test
  void aGenericCountyNameAfterACityWithoutOneKeepsThePrintedCityOnly() {
    Resolution r = RESOLVER.resolution("山西省太原市郊区人民政府", Reports.of("2022年政府信息公开工作年度报告"));
    assertThat(r.region().countyCode()).isNull();
    assertThat(r.region().province()).isEqualTo("山西省");
    assertThat(r.region().city()).isEqualTo("太原市");
    assertThat(r.region().confidence()).isEqualTo("ambiguous");
  }
}
