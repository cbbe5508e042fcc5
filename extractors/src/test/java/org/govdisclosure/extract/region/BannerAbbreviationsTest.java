package org.govdisclosure.extract.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Inner Mongolia's banners by the abbreviations they go by, derived from their full names. */
class BannerAbbreviationsTest {

  private static final GazetteerRegionResolver RESOLVER = new GazetteerRegionResolver();

  @Test
  void abbreviationsFollowFromTheFullNames() {
    assertThat(PlaceNames.bannerAbbreviation("科尔沁右翼中旗")).isEqualTo("科右中旗");
    assertThat(PlaceNames.bannerAbbreviation("察哈尔右翼前旗")).isEqualTo("察右前旗");
    assertThat(PlaceNames.bannerAbbreviation("阿拉善右旗")).isEqualTo("阿右旗");
    assertThat(PlaceNames.bannerAbbreviation("土默特右旗")).isEqualTo("土右旗");
    assertThat(PlaceNames.bannerAbbreviation("东乌珠穆沁旗")).isEqualTo("东乌旗");
    assertThat(PlaceNames.bannerAbbreviation("达尔罕茂明安联合旗")).isEqualTo("达茂旗");
    assertThat(PlaceNames.bannerAbbreviation("镶黄旗")).isNull();
    assertThat(PlaceNames.bannerAbbreviation("鄂伦春自治旗")).isNull();
  }

  /** An issuer printed by its banner's abbreviation is in that banner. */
  @Test
  void anIssuerPrintedByItsBannersAbbreviationIsInThatBanner() {
    assertThat(county("科右中旗人民政府")).isEqualTo("152222");
    assertThat(county("东乌旗财政局")).isEqualTo("152525");
    assertThat(county("达茂旗教育局")).isEqualTo("150223");
    assertThat(county("阿右旗人民政府")).isEqualTo("152922");
  }

  private static String county(String organization) {
    return RESOLVER.resolution(organization, Reports.of("2022年" + organization + "政府信息公开工作年度报告")).region().countyCode();
  }
}
