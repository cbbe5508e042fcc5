package org.govdisclosure.extract.region;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * What the place-name finder looks for, as {@link PlaceNames}' rules make it from a gazetteer.
 *
 * @param names every name to find in running text, sorted by text as {@link PlaceTrie} takes them (a stable sort:
 *     one text's names in {@link PlaceNames#of}'s order)
 * @param genericCounties counties with an ordinary word for a name ({@link PlaceNames#genericCounties})
 * @param twoCharacterTownships townships with a two-character name ({@link PlaceNames#twoCharacterTownships})
 */
record PlaceDictionary(List<PlaceName> names, List<PlaceName> genericCounties, List<PlaceName> twoCharacterTownships) {

  static PlaceDictionary of(Gazetteer gazetteer) {
    PlaceName[] sorted = PlaceNames.of(gazetteer).toArray(new PlaceName[0]);
    Arrays.sort(sorted, Comparator.comparing(PlaceName::text));
    return new PlaceDictionary(List.of(sorted), PlaceNames.genericCounties(gazetteer),
        PlaceNames.twoCharacterTownships(gazetteer));
  }
}
