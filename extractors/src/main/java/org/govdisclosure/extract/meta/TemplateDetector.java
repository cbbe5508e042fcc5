package org.govdisclosure.extract.meta;

import java.util.List;
import org.govdisclosure.extract.spi.Template;
import org.govdisclosure.extract.template.LabelMatch;
import org.govdisclosure.extract.template.NationalTemplate;

/**
 * Tells the 2019 template from the 2021 one by wordings only one of them uses in its tables (each template's
 * {@code markers}). When neither shows
 * (a report with prose instead of tables), the wordings printed within one edit decide (OCR reads 本年新制作数量 as
 * 本年新制作数用: a reader still sees the column), and where none shows either, the year: the 2021 template applies
 * from report year 2021.
 */
public final class TemplateDetector {

  private static final List<String> MARKERS_2021 = NationalTemplate.of(Template.T2021).markers();
  private static final List<String> MARKERS_2019 = NationalTemplate.of(Template.T2019).markers();
  private static final int FIRST_2021_YEAR = 2021;
  /** Markers this long are still told from other words with one character misread; a shorter one may be another phrase. */
  private static final int MIN_MISREAD_MARKER = 6;

  private TemplateDetector() {}

  /**
   * The template, whether it was inferred from the year rather than seen, and whether its wordings were seen only with
   * a character misread.
   */
  public record Detection(Template template, boolean inferred, boolean misread) {}

  /** @param folded the report's folded text; @param year the report year or null */
  public static Detection detect(String folded, Integer year) {
    Template seen = outnumbering(count(folded, MARKERS_2021, false), count(folded, MARKERS_2019, false));
    if (seen != null) {
      return new Detection(seen, false, false);
    }
    Template misread = outnumbering(count(folded, MARKERS_2021, true), count(folded, MARKERS_2019, true));
    if (misread != null) {
      return new Detection(misread, false, true);
    }
    if (year == null) {
      return new Detection(null, true, false);
    }
    return new Detection(year >= FIRST_2021_YEAR ? Template.T2021 : Template.T2019, true, false);
  }

  private static Template outnumbering(int score2021, int score2019) {
    return score2021 > score2019 ? Template.T2021 : score2019 > score2021 ? Template.T2019 : null;
  }

  /** How many of {@code markers} the text prints exactly, or with {@code misread} also within one edit. */
  private static int count(String text, List<String> markers, boolean misread) {
    int n = 0;
    for (String m : markers) {
      if (text.contains(m)
          || misread && m.length() >= MIN_MISREAD_MARKER && LabelMatch.approximate(text, m, 0, text.length()) != null) {
        n++;
      }
    }
    return n;
  }
}
