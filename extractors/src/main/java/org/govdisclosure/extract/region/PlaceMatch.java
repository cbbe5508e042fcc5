package org.govdisclosure.extract.region;

import java.util.List;

/**
 * A place name found in text: characters {@code [start, end)} and every division that name may mean.
 */
public record PlaceMatch(int start, int end, List<PlaceName> names) {

  /** The span type: the highest level the name can mean (东莞市 is a city before it is a county-level row). */
  public Level level() {
    Level top = Level.TOWNSHIP;
    for (PlaceName n : names) {
      Level l = n.division().level();
      if (l.ordinal() < top.ordinal()) {
        top = l;
      }
    }
    return top;
  }

  public String text() {
    return names.get(0).text();
  }
}
