package org.govdisclosure.extract.region;

import java.util.ServiceLoader;
import org.govdisclosure.extract.model.Document;

/**
 * Resolves a report's region. Replaceable: the first implementation registered under
 * {@code META-INF/services/org.govdisclosure.extract.region.RegionResolver} wins.
 */
public interface RegionResolver {

  /**
   * @param organization the issuing body as found in the report, or null
   * @param document the whole report, for clues in the title and body
   */
  Region resolve(String organization, Document document);

  /** Like {@link #resolve} but with the candidates and warnings of an ambiguous or doubtful case. */
  default Resolution resolution(String organization, Document document) {
    return Resolution.of(organization, resolve(organization, document));
  }

  static RegionResolver load() {
    return ServiceLoader.load(RegionResolver.class)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no RegionResolver registered"));
  }
}
