package org.govdisclosure.extract.prose;

import static org.govdisclosure.extract.value.Numerals.COUNT;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.govdisclosure.extract.spi.Template;
import org.govdisclosure.extract.value.Numerals;

/**
 * The year's proactively published information in words: {@code 主动公开政府信息337条},
 * {@code 主动在政务公开网上公开政府信息累计49条}, {@code 全年政府信息主动公开38条}, and what the body's website
 * published ({@code 街道在区政府网站公开信息55条}, {@code 通过部门网站当年发布政府信息393件}). Only a count of
 * information as a whole is the total: a kind of it ({@code 主动公开政策文件2条}, {@code 公文类政府信息263条}) is a
 * part, unless a list ends in {@code 等} ({@code 主动公开涵盖…等政府信息135条}). An approximate figure
 * ({@code 260余条}, {@code 近300条}) gives the row its text but no count, since the report does not know the exact
 * number either.
 */
final class ProactiveRules implements Rules {

  static final String PUBLISHED_TOTAL = "published_total";

  /** Information as a whole: 政府信息, 政务信息, 信息, or a list of kinds summed up by 等. */
  private static final String ALL_INFORMATION = "(?:[^,\\d]{0,40}?等)?(?:各类|各项)?(?:政府|政务)?信息";
  private static final String TOTAL_WORDS = "(?:共|共计|合计|累计|总计|总数|数量|为|达|达到)*";
  /** The figure with its counter; group 1 the whole, group 2 a qualifier before, group 4 one after. */
  private static final String FIGURE = "(((?:近|约|超过)?)" + COUNT + "((?:余|多)?)" + Numerals.alternation(Numerals.INFORMATION_COUNTERS) + ")";
  private static final OpeningPattern PROACTIVE_FIRST =
      OpeningPattern.of("主动[^,\\d]{0,15}?(?:公开|发布)了?" + ALL_INFORMATION + TOTAL_WORDS + FIGURE);
  private static final OpeningPattern INFORMATION_FIRST =
      OpeningPattern.of("(?:政府|政务)信息主动(?:公开|发布)" + TOTAL_WORDS + FIGURE);
  /** Publishing on a website or platform is proactive disclosure without the word 主动. */
  private static final OpeningPattern ON_WEBSITE =
      OpeningPattern.of("(?:网站|网|平台|公开栏)[^,\\d]{0,10}?(?:公开|发布)了?" + ALL_INFORMATION + TOTAL_WORDS + FIGURE);

  private static final List<OpeningPattern> TOTALS = List.of(PROACTIVE_FIRST, INFORMATION_FIRST, ON_WEBSITE);

  /** The first in-scope clause that states the total fixes the row; later ones break it down. */
  @Override
  public List<Figure> read(String sentence, List<String> clauses, boolean inOwnSection, boolean afterApplications,
      Template template, boolean bracketed) {
    for (String clause : clauses) {
      for (OpeningPattern p : TOTALS) {
        Matcher m = p.find(clause, 0);
        if (m != null) {
          return figures(m);
        }
      }
    }
    return List.of();
  }

  private static List<Figure> figures(Matcher total) {
    List<Figure> figures = new ArrayList<>();
    figures.add(new Figure(PUBLISHED_TOTAL, "published_text", total.group(1)));
    Integer count = Numerals.count(total.group(3));
    boolean approximate = !total.group(2).isEmpty() || !total.group(4).isEmpty();
    if (count != null && !approximate) {
      figures.add(new Figure(PUBLISHED_TOTAL, "published_count", count));
    }
    return figures;
  }
}
