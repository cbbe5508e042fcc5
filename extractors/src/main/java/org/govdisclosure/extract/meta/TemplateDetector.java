package org.govdisclosure.extract.meta;

import java.util.List;
import org.govdisclosure.extract.spi.Template;

/**
 * Tells the 2019 template from the 2021 one by wordings only one of them uses in its tables. When neither shows
 * (a report with prose instead of tables), the year decides: the 2021 template applies from report year 2021.
 */
public final class TemplateDetector {

  private static final List<String> MARKERS_2021 = List.of("本年制发件数", "本年废止件数", "现行有效件数", "逾期不补正", "缴纳费用");
  private static final List<String> MARKERS_2019 = List.of("本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "政府集中采购");
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
