package org.govdisclosure.pipeline;

import java.util.regex.Pattern;
import org.govdisclosure.schemas.TableSchemas;

/**
 * The Hive-style directory of a report's rows. Only a validated year and a six-digit code can reach a path, so
 * nothing a document says (a title with {@code ../}) can steer where files are written.
 */
final class PartitionPath {

  private static final Pattern COUNTY_CODE = Pattern.compile("\\d{6}");
  private static final int MIN_YEAR = 1990;
  private static final int MAX_YEAR = 2100;

  private PartitionPath() {}

  static String of(Integer year, String countyCode) {
    int y = year != null && year >= MIN_YEAR && year <= MAX_YEAR ? year : TableSchemas.UNKNOWN_YEAR;
    String c = countyCode != null && COUNTY_CODE.matcher(countyCode).matches() ? countyCode : TableSchemas.UNKNOWN_COUNTY;
    return "year=" + y + "/county_code=" + c;
  }
}
