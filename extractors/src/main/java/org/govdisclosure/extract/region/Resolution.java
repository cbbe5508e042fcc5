package org.govdisclosure.extract.region;

import java.util.ArrayList;
import java.util.List;
import org.govdisclosure.extract.spi.Warning;

/**
 * A region with what the resolver wants the record to say about it.
 *
 * @param organization the issuer's name with a misprinted place name corrected (沐阳县人民政府 → 沭阳县人民政府);
 *     the name the resolver was given when nothing needed correcting
 * @param region the resolved region ({@link Region#UNKNOWN} when nothing was found)
 * @param candidates when ambiguous, every division it could be, as {@code code name-path}
 *     (e.g. {@code 410724100 河南省新乡市获嘉县城关镇}); empty otherwise
 * @param warnings what the report's warnings should say, candidates included
 */
public record Resolution(String organization, Region region, List<String> candidates, List<Warning> warnings) {

  public Resolution {
    candidates = List.copyOf(candidates);
    warnings = List.copyOf(warnings);
  }

  /** A resolution that leaves the organization to {@link #withOrganization}. */
  Resolution(Region region, List<String> candidates, List<Warning> warnings) {
    this(null, region, candidates, warnings);
  }

  public static Resolution of(String organization, Region region) {
    return new Resolution(organization, region, List.of(), List.of());
  }

  static Resolution of(Region region) {
    return of(null, region);
  }

  /** This resolution for {@code organization}, with {@code before} ahead of its own warnings. */
  Resolution withOrganization(String organization, List<Warning> before) {
    List<Warning> all = new ArrayList<>(before);
    all.addAll(warnings);
    return new Resolution(organization, region, candidates, all);
  }
}
