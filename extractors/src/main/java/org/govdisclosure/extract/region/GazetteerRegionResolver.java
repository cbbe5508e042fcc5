package org.govdisclosure.extract.region;

import java.util.ArrayList;
import java.util.List;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Document;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.region.Gazetteer.Division;

/**
 * Resolves a region by finding division names: first in the issuing body's name and the title, then in the body.
 * A township name decides the county when it is unique or when its county is also named.
 */
public final class GazetteerRegionResolver implements RegionResolver {

  private final Gazetteer gazetteer;

  public GazetteerRegionResolver() {
    this(Gazetteer.bundled());
  }

  public GazetteerRegionResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public Region resolve(String organization, Document document) {
    String head = (organization == null ? "" : organization) + "\n" + document.title();
    String body = bodyText(document);
    List<Division> towns = named(gazetteer.townships(), head);
    Division town = pickTownship(towns, head, body);
    if (town != null) {
      return gazetteer.region(gazetteer.byCode(town.countyCode()), town);
    }
    Division county = single(named(gazetteer.counties(), head));
    if (county == null) {
      county = single(named(gazetteer.counties(), body));
    }
    return county == null ? Region.UNKNOWN : gazetteer.region(county, null);
  }

  private Division pickTownship(List<Division> towns, String head, String body) {
    if (towns.size() == 1) {
      return towns.get(0);
    }
    List<Division> inNamedCounty = new ArrayList<>();
    for (Division t : towns) {
      Division county = gazetteer.byCode(t.countyCode());
      if (county != null && (head.contains(county.name()) || body.contains(county.name()))) {
        inNamedCounty.add(t);
      }
    }
    return single(inNamedCounty);
  }

  private static List<Division> named(List<Division> divisions, String text) {
    List<Division> found = new ArrayList<>();
    for (Division d : divisions) {
      if (text.contains(d.name())) {
        found.add(d);
      }
    }
    return found;
  }

  private static Division single(List<Division> candidates) {
    return candidates.size() == 1 ? candidates.get(0) : null;
  }

  private static String bodyText(Document document) {
    StringBuilder b = new StringBuilder();
    for (Block block : document.blocks()) {
      if (block instanceof Paragraph p) {
        b.append(p.text()).append('\n');
      }
    }
    return b.toString();
  }
}
