package org.govdisclosure.extract.region;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The seed and real reports resolve to their gold county (null gold county: an issuer above the county level). */
class CorpusRegionTest {

  private static final RegionResolver RESOLVER = RegionResolver.load();

  static Stream<Arguments> reports() {
    return Stream.of(
        Arguments.of("seeds/000_aee1c35d317719c9.txt", "330112", "330112113"),
        Arguments.of("seeds/001_3a1cadb5854a4598.txt", "410724", "410724100"),
        Arguments.of("seeds/002_dcbb887661dae0ee.txt", "330206", "330206007"),
        Arguments.of("seeds/003_c98690ffdef99389.txt", "330212", "330212100"),
        Arguments.of("seeds/004_d7ed800fb9a05f29.txt", "360404", "360404104"),
        Arguments.of("real/anzhen2024.txt", "320205", null),
        Arguments.of("real/daxigou2020.txt", "500103", null),
        Arguments.of("real/jianzhuxincun2024.txt", "370102", null),
        Arguments.of("real/laifeng2021.txt", "422827", null),
        Arguments.of("real/shkw2024-pdfmd.md", null, null),
        Arguments.of("real/zhongcang2025.txt", "110112", null),
        Arguments.of("real/zhongcun2020.txt", "360733", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void resolvesToGoldCounty(String file, String goldCounty, String townshipCode) throws IOException {
    JsonNode gold = gold(file);
    String organization = gold.get("organization").asText();
    Region region = RESOLVER.resolve(organization, Reports.of(Reports.resource("/corpus/" + file)));

    assertThat(gold.path("county_code").isNull() ? null : gold.path("county_code").asText()).isEqualTo(goldCounty);
    assertThat(region.countyCode()).isEqualTo(goldCounty);
    assertThat(region.province()).isEqualTo(gold.get("province").asText());
    if (goldCounty != null) {
      assertThat(region.countyName()).isEqualTo(gold.get("county").asText());
      assertThat(region.city()).isEqualTo(gold.get("city").asText());
      assertThat(region.confidence()).isIn("exact", "disambiguated");
    }
    if (gold.hasNonNull("township")) {
      assertThat(region.township()).isEqualTo(gold.get("township").asText());
    }
    if (townshipCode != null) {
      assertThat(region.townshipCode()).isEqualTo(townshipCode);
    }
  }

  private static JsonNode gold(String file) throws IOException {
    String goldFile = file.replaceFirst("\\.(txt|md)$", ".gold.json");
    return new ObjectMapper().readTree(Reports.resource("/corpus/" + goldFile));
  }
}
