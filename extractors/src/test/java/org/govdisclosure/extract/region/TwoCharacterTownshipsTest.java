package org.govdisclosure.extract.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A two-character town (唐镇, 乌镇) is too short a name to find alone, most often the tail of another word; right after
 * its county's name it is that county's town.
 */
class TwoCharacterTownshipsTest {

  private static final GazetteerRegionResolver RESOLVER = new GazetteerRegionResolver();

  @Test
  void aTwoCharacterTownAfterItsCountysNameIsFound() {
    assertThat(township("上海市浦东新区唐镇人民政府")).isEqualTo("310115114");
    assertThat(township("佳县乌镇人民政府")).isEqualTo("610828103");
  }

  @Test
  void aloneItIsNoPlace() {
    assertThat(PlaceNameFinder.bundled().find("乌镇人民政府")).noneMatch(m -> m.text().equals("乌镇"));
  }

  private static String township(String organization) {
    return RESOLVER.resolution(organization, Reports.of("2022年" + organization + "政府信息公开工作年度报告")).region().townshipCode();
  }
}
