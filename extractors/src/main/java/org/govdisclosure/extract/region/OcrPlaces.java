package org.govdisclosure.extract.region;

import java.util.List;
import java.util.regex.Matcher;

/**
 * An issuer's name read by OCR is as sure as the places it names: OCR misreads a character of a place name into one
 * no gazetteer has (松木塘镇 as 松木壤镇, 汉台区 as 汉人台区), and a reader who cannot tell from the scan which character
 * was printed leaves the name untold rather than repeat the misreading. Text printed as text is taken as printed.
 */
public final class OcrPlaces {

  private static final String AMBIGUOUS = "ambiguous";

  private OcrPlaces() {}

  /**
   * What of an issuer read by OCR names a place the gazetteer does not know ({@code the township 松木壤镇}), or null where
   * it knows every place the name and the region name.
   */
  public static String doubt(String organization, Region region) {
    if (unknownTownship(region)) {
      return "the township " + region.township();
    }
    if (organization == null) {
      return null;
    }
    List<PlaceMatch> found = PlaceNameFinder.bundled().findInName(organization);
    String before = found.isEmpty() ? "" : organization.substring(0, found.get(0).start());
    if (PlaceNames.stem(before) != null) {
      return "the issuer " + organization + ", its place " + before;
    }
    String township = unknownOwnTownship(organization, found);
    return township == null ? null : "the issuer " + organization + ", its township " + township;
  }

  /**
   * The township or street the issuer's name ends with where the gazetteer has none of that name, or null: the region
   * may come from the body's text, read right where the issuer's name was misread (戚家山街道 in the text, 成家山街道
   * as the issuer); a township the gazetteer has is the issuer's region, checked with it.
   */
  private static String unknownOwnTownship(String organization, List<PlaceMatch> found) {
    PlaceMatch last = found.isEmpty() ? null : found.get(found.size() - 1);
    if (last != null && last.level() == Level.TOWNSHIP) {
      return null;
    }
    Matcher township = GazetteerRegionResolver.UNKNOWN_TOWNSHIP.matcher(
        last == null ? organization : organization.substring(last.end()));
    return township.matches() ? township.group(1) : null;
  }

  /** Whether the region names a township without its code for none the gazetteer knows, not for several it does. */
  private static boolean unknownTownship(Region r) {
    return r.township() != null && r.townshipCode() == null && !AMBIGUOUS.equals(r.confidence());
  }

  /** The region without a township the gazetteer does not know: its name came from the same reading. */
  public static Region withoutUnknownTownship(Region r) {
    if (!unknownTownship(r)) {
      return r;
    }
    return new Region(r.province(), r.city(), r.countyName(), r.countyCode(), null, null, r.countyNameAsPrinted(),
        r.unitType(), r.confidence(), r.divisionCode(), r.divisionLevel());
  }
}
