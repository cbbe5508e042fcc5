package org.govdisclosure.extract.prose;

import static org.govdisclosure.extract.value.Numerals.AMOUNT;
import static org.govdisclosure.extract.value.Numerals.COUNT;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.spi.Template;
import org.govdisclosure.extract.value.UnitSource;
import org.govdisclosure.extract.value.Numerals;

/**
 * 政府集中采购 in words: {@code 政府集中采购项目19项，金额18.6198万元} (or 集中采购事项7项). The count must be of purchases (项, 个, 宗),
 * not of published notices (采购信息2536条), and the amount must be what was bought for, not a saving or a budget.
 */
final class ProcurementRules implements Rules {

  private static final Pattern PURCHASES = Pattern.compile("采购");
  /** Purchases outside 政府集中采购, and texts about procurement rather than procurement itself. */
  private static final Pattern OTHER_PURCHASES = Pattern.compile("分散采购|自行采购|非集中");
  private static final Pattern COUNTED =
      Pattern.compile("采购(?:项目|事项)?(?:数量)?(?:共|为|达|共计|合计)?" + COUNT + "(?:项|个|宗|批次|批)(?!目)");
  private static final Pattern NOTICES = Pattern.compile("信息|公告|意向|文件|目录");
  private static final Pattern AMOUNTED = Pattern.compile("(?:金额|资金|总额|采购额)(?:共|为|达|合计|共计)?" + AMOUNT);
  private static final Pattern NOT_SPENT = Pattern.compile("节约|节省|节支|预算|约|超过|以上|以下|左右");

  @Override
  public List<Figure> read(String sentence, List<String> clauses, boolean inOwnSection, boolean afterApplications,
      Template template, boolean bracketed) {
    List<Figure> figures = new ArrayList<>();
    if (!PURCHASES.matcher(sentence).find() || OTHER_PURCHASES.matcher(sentence).find()) {
      return figures;
    }
    for (String clause : clauses) {
      Matcher count = COUNTED.matcher(clause);
      if (count.find() && !NOTICES.matcher(clause).find()) {
        Integer n = Numerals.count(count.group(1));
        if (n != null) {
          figures.add(new Figure(null, "item_count", n));
        }
      }
      Matcher amount = AMOUNTED.matcher(clause);
      if (amount.find() && !NOT_SPENT.matcher(clause).find()) {
        BigDecimal yuan = Numerals.yuan(amount.group(1));
        if (yuan != null) {
          figures.add(new Figure(null, "amount_yuan", yuan));
          figures.add(new Figure(null, "amount_text", amount.group(1)));
          figures.add(new Figure(null, "amount_unit_source", UnitSource.CELL.code()));
        }
      }
    }
    return figures;
  }
}
