package org.govdisclosure.extract.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Made-up pages ({@code mentioned-places.txt}) naming places the issuer is not in: the region comes from where the
 * issuer is (its name, title, signature, where it says it lies), never from a place it visits or works with.
 */
class MentionedPlacesTest {

  private static final GazetteerRegionResolver RESOLVER = new GazetteerRegionResolver();

  static Stream<Arguments> pages() {
    List<Arguments> pages = new ArrayList<>();
    String title = null;
    String organization = null;
    Map<String, String> expected = null;
    StringBuilder page = null;
    for (String line : (Reports.resource("mentioned-places.txt") + "\n=== end").lines().toList()) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      if (line.startsWith("=== ")) {
        if (title != null) {
          pages.add(Arguments.of(title, organization, expected, page.toString()));
        }
        title = line.substring(4);
        expected = new HashMap<>();
        page = new StringBuilder();
      } else if (line.startsWith("organization\t")) {
        organization = line.substring("organization\t".length());
        organization = organization.isEmpty() ? null : organization;
      } else if (line.startsWith("expect\t")) {
        for (String pair : line.substring("expect\t".length()).split("\t")) {
          String[] kv = pair.split("=", -1);
          expected.put(kv[0], kv[1].isEmpty() ? null : kv[1]);
        }
      } else {
        page.append(line).append('\n');
      }
    }
    return pages.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void resolvesWhereTheIssuerIs(String title, String organization, Map<String, String> expected, String page) {
    Resolution resolution = RESOLVER.resolution(organization, Reports.of(page));
    Region region = resolution.region();

    assertThat(region.countyCode()).isEqualTo(expected.get("county"));
    assertThat(region.confidence()).isEqualTo(expected.get("confidence"));
    if (expected.containsKey("township")) {
      assertThat(region.townshipCode()).isEqualTo(expected.get("township"));
    }
    if (expected.containsKey("city")) {
      assertThat(region.city()).isEqualTo(expected.get("city"));
    }
    if (region.countyCode() == null && !"exact".equals(region.confidence())) {
      assertThat(resolution.warnings()).extracting(w -> w.code()).contains("region_ambiguous");
    }
  }
}
