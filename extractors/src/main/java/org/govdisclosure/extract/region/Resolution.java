package org.govdisclosure.extract.region;

import java.util.List;
import org.govdisclosure.extract.spi.Warning;

/**
 * A region with what the resolver wants the record to say about it.
 *
 * @param region the resolved region ({@link Region#UNKNOWN} when nothing was found)
 * @param candidates when ambiguous, every division it could be, as {@code code name-path}
 *     (e.g. {@code 410724100 河南省新乡市获嘉县城关镇}); empty otherwise
 * @param warnings what the report's warnings should say, candidates included
 */
public record Resolution(Region region, List<String> candidates, List<Warning> warnings) {

  public Resolution {
    candidates = List.copyOf(candidates);
    warnings = List.copyOf(warnings);
  }

  public static Resolution of(Region region) {
    return new Resolution(region, List.of(), List.of());
  }
}
