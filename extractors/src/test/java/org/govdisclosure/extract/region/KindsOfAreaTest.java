package org.govdisclosure.extract.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A special area named only by its kind (临空经济区, 工业园区管委会: what such areas are called wherever they are) places
 * a report only beside its city or county; a mountain named with a county's short form (莲花山) places none.
 */
class KindsOfAreaTest {

  private static final GazetteerRegionResolver RESOLVER = new GazetteerRegionResolver();

  /** The gazetteer's one 临空经济区 is 鄂州's, and 天津市东丽区临空经济区 shows the name is a kind. */
  @Test
  void aNameOtherAreasPrintAfterTheirPlacesIsAKind() {
    assertThat(PlaceNameFinder.bundled().find("市临空经济区")).singleElement()
        .satisfies(m -> assertThat(m.names()).extracting(PlaceName::form).containsOnly(PlaceName.Form.KIND));
    assertThat(PlaceNameFinder.bundled().find("黄湖农场")).singleElement()
        .satisfies(m -> assertThat(m.names()).extracting(PlaceName::form).containsOnly(PlaceName.Form.FULL));
  }

  /** 市临空经济区 never names its city: 鄂州's, the gazetteer's only namesake, is no more likely than any other. */
  @Test
  void aKindAloneLeavesTheRegionUnknownAndSaysWhy() {
    Resolution resolution = RESOLVER.resolution(null, Reports.of(
        "现发布《市临空经济区2023年政府信息公开工作年度报告》。\n2023年，市临空经济区加大政府信息主动公开力度。"));
    assertThat(resolution.region()).isEqualTo(Region.UNKNOWN);
    assertThat(resolution.warnings()).extracting(w -> w.message()).anyMatch(m -> m.contains("临空经济区 is a kind of area"));
  }

  /** Printed after its city's name, the kind is that city's area. */
  @Test
  void aKindBesideItsCityIsThatCitysArea() {
    Region region = RESOLVER.resolve("鄂州临空经济区管委会",
        Reports.of("鄂州临空经济区管委会2023年政府信息公开工作年度报告\n一、总体情况"));
    assertThat(region.city()).isEqualTo("鄂州市");
    assertThat(region.divisionCode()).isEqualTo("420704401");
  }

  /** Beside another city, the kind is that city's area, not the gazetteer's namesake. */
  @Test
  void aKindBesideAnotherCityIsThatCitys() {
    Resolution resolution = RESOLVER.resolution("临空经济区管委会",
        Reports.of("孝感市临空经济区2023年政府信息公开工作年度报告\n一、总体情况"));
    assertThat(resolution.region().city()).isEqualTo("孝感市");
    assertThat(resolution.region().divisionCode()).isNotEqualTo("420704401");
  }

  /** 莲花山度假区 is no area of 莲花县: the mountain is found far from it. */
  @Test
  void aMountainNamedWithACountysShortFormPlacesNothing() {
    Resolution resolution = RESOLVER.resolution("莲花山度假区商务局",
        Reports.of("莲花山度假区商务局2020年政府信息公开年度报告\n在我区统一部署下，利用区网站公开信息。"));
    assertThat(resolution.region()).isEqualTo(Region.UNKNOWN);
    assertThat(resolution.warnings()).extracting(w -> w.message()).anyMatch(m -> m.contains("莲花山 names a mountain"));
  }
}
