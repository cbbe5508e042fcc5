package org.govdisclosure.extract.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.govdisclosure.extract.spi.Warning;
import org.govdisclosure.extract.value.Confusables;
import org.junit.jupiter.api.Test;

/**
 * Place names misprinted by one confusable character: read as the gazetteer's name when the report's other places
 * single it out, never otherwise; a correctly printed name is never changed.
 */
class MisprintedPlacesTest {

  private static final GazetteerRegionResolver RESOLVER = new GazetteerRegionResolver();
  private static final Gazetteer GAZETTEER = Gazetteer.bundled();
  private static final String CORRECTED = "place_name_corrected";
  private static final int SAMPLE = 400;
  private static final double MIN_CORRECTED = 0.8;

  private static Resolution resolve(String organization, String body) {
    return RESOLVER.resolution(organization, Reports.of(organization + "2021年政府信息公开工作年度报告\n" + body));
  }

  private static List<String> codes(Resolution r) {
    return r.warnings().stream().map(Warning::code).toList();
  }

  @Test
  void aMisprintedCountyIsReadAsTheCountyOfTheProvinceTheReportNames() {
    Resolution r = resolve("沐阳县人民政府", "在江苏省的统一部署下,本机关认真贯彻落实《条例》。");
    assertThat(r.organization()).isEqualTo("沭阳县人民政府");
    assertThat(r.region().countyCode()).isEqualTo("321322");
    assertThat(r.region().divisionCode()).isEqualTo("321322");
    assertThat(codes(r)).contains(CORRECTED);
    assertThat(r.warnings().get(0).message()).contains("沐阳县").contains("沭阳县");
  }

  @Test
  void aMisprintedCityAfterItsProvince() {
    Resolution r = resolve("安徽省毫州市人民政府", "本机关认真贯彻落实《条例》。");
    assertThat(r.organization()).isEqualTo("安徽省亳州市人民政府");
    assertThat(r.region().divisionCode()).isEqualTo("341600");
    assertThat(r.region().divisionLevel()).isEqualTo(Level.CITY);
  }

  @Test
  void withoutOtherEvidenceNothingIsCorrected() {
    Resolution r = resolve("沐阳县人民政府", "本机关认真贯彻落实《条例》。");
    assertThat(r.organization()).isEqualTo("沐阳县人民政府");
    assertThat(codes(r)).doesNotContain(CORRECTED);
  }

  @Test
  void evidenceOfAnotherProvinceCorrectsNothing() {
    Resolution r = resolve("沐阳县人民政府", "在浙江省的统一部署下,本机关认真贯彻落实《条例》。");
    assertThat(codes(r)).doesNotContain(CORRECTED);
    assertThat(r.region().countyCode()).isNull();
  }

  /** Counties and townships drawn from the whole gazetteer, each printed correctly with its province and city. */
  @Test
  void aCorrectlyPrintedNameIsNeverCorrected() {
    List<String> changed = new ArrayList<>();
    for (Division d : sample(d -> true, 1)) {
      Resolution r = resolve(body(d), context(d));
      if (codes(r).contains(CORRECTED)) {
        changed.add(body(d) + " -> " + r.organization());
      }
    }
    assertThat(changed).isEmpty();
  }

  /** The same names with one confusable character changed: read back as themselves or left alone, never another. */
  @Test
  void aMisprintIsReadAsItsOwnNameOrNotAtAll() {
    Confusables confusables = Confusables.bundled();
    Set<String> names = new HashSet<>();
    GAZETTEER.divisions().forEach(d -> names.add(d.name()));
    List<String> wrong = new ArrayList<>();
    int tried = 0;
    int corrected = 0;
    for (Division d : sample(d -> d.name().chars().anyMatch(c -> !confusables.alternatives((char) c).isEmpty()), 2)) {
      String misprint = misprint(d.name(), confusables);
      if (names.contains(misprint)) {
        continue;
      }
      tried++;
      Resolution r = resolve(body(d).replace(d.name(), misprint), context(d));
      if (codes(r).contains(CORRECTED)) {
        if (r.organization().equals(body(d))) {
          corrected++;
        } else {
          wrong.add(misprint + " -> " + r.organization() + " (" + d.code() + ")");
        }
      }
    }
    System.out.printf("misprinted places: %d of %d corrected, %d wrong%n", corrected, tried, wrong.size());
    assertThat(wrong).isEmpty();
    assertThat(corrected).isGreaterThanOrEqualTo((int) (MIN_CORRECTED * tried));
  }

  private static String misprint(String name, Confusables confusables) {
    for (int i = 0; i < name.length(); i++) {
      String alternatives = confusables.alternatives(name.charAt(i));
      if (!alternatives.isEmpty()) {
        return name.substring(0, i) + alternatives.charAt(0) + name.substring(i + 1);
      }
    }
    throw new IllegalArgumentException(name);
  }

  /** Counties (not statistical zones) and towns or streets with names of three characters or more, shuffled. */
  private static List<Division> sample(java.util.function.Predicate<Division> keep, long seed) {
    List<Division> pool = new ArrayList<>();
    for (Division d : GAZETTEER.divisions()) {
      boolean county = d.level() == Level.COUNTY && !d.isZone() && !d.isPrefectureCounty();
      boolean township = d.level() == Level.TOWNSHIP && !d.isSpecial() && d.name().matches(".+(镇|乡|街道)");
      if ((county || township) && d.name().length() >= 3 && keep.test(d)) {
        pool.add(d);
      }
    }
    Collections.shuffle(pool, new Random(seed));
    return pool.subList(0, Math.min(SAMPLE, pool.size()));
  }

  private static String body(Division d) {
    return d.name() + (d.name().endsWith("街道") ? "办事处" : "人民政府");
  }

  /** The province, city and (for a township) county around {@code d}, as a report's opening names them. */
  private static String context(Division d) {
    StringBuilder where = new StringBuilder("在");
    Division province = GAZETTEER.at(d, Level.PROVINCE);
    where.append(province.name());
    String city = GAZETTEER.cityName(d);
    if (city != null && !city.equals(province.name())) {
      where.append(city);
    }
    if (d.level() == Level.TOWNSHIP) {
      where.append(GAZETTEER.at(d, Level.COUNTY).name());
    }
    return where.append("的统一部署下,本机关认真贯彻落实《条例》。").toString();
  }
}
