package org.govdisclosure.extract.meta;

import java.util.List;
import org.govdisclosure.extract.spi.Template;
import org.govdisclosure.extract.template.NationalTemplate;

/**
 * Tells the 2019 template from the 2021 one by wordings only one of them uses in its tables (each template's
 * {@code markers}). When neither shows
 * (a report with prose instead of tables), the year decides: the 2021 template applies from report year 2021.
 */
public final class TemplateDetector {

  private static final List<String> MARKERS_2021 = NationalTemplate.of(Template.T2021).markers();
  private static final List<String> MARKERS_2019 = NationalTemplate.of(Template.T2019).markers();
  private static final int FIRST_2021_YEAR = 2021;

  private TemplateDetector() {}

  /** The template and whether it was inferred from the year rather than seen. */
  public record Detection(Template template, boolean inferred) {}

  /** @param folded the report's folded text; @param year the report year or null */
  public static Detection detect(String folded, Integer year) {
    int score2021 = count(folded, MARKERS_2021);
    int score2019 = count(folded, MARKERS_2019);
    if (score2021 > score2019) {
      return new Detection(Template.T2021, false);
    }
    if (score2019 > score2021) {
      return new Detection(Template.T2019, false);
    }
    if (year == null) {
      return new Detection(null, true);
    }
    return new Detection(year >= FIRST_2021_YEAR ? Template.T2021 : Template.T2019, true);
  }

  private static int count(String text, List<String> markers) {
    int n = 0;
    for (String m : markers) {
      if (text.contains(m)) {
        n++;
      }
    }
    return n;
  }
}
