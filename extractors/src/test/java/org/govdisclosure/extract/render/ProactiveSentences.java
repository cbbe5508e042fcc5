package org.govdisclosure.extract.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Section 二 written as sentences instead of its sub-tables, as small offices write it: each item named, then some of
 * its columns by name, each with its figure ({@code 主动公开规范性文件：新制发3件，废止1件，现行有效40件。},
 * {@code 行政许可：处理决定数量120件}, {@code 政府集中采购：采购项目数量5个，采购总金额116万元}), now and then the first
 * column named before the item ({@code 本年制发规章3件，废止1件}) or two items given their figures together
 * ({@code 行政处罚、行政强制处理决定数量分别为5件、3件}). A sentence states only the columns it names: the gold holds
 * those alone.
 */
final class ProactiveSentences {

  /** The words a sentence names each column by before its figure; the first ones may also stand before the item. */
  private static final Map<String, List<String>> NAMES = Map.ofEntries(
      Map.entry("new_made", List.of("本年新制作", "新制作数量")),
      Map.entry("new_published", List.of("本年新公开", "新公开数量")),
      Map.entry("total_published", List.of("对外公开总数量")),
      Map.entry("items_previous_year", List.of("上一年项目数量")),
      Map.entry("items_change", List.of("本年增/减")),
      Map.entry("issued", List.of("新制发", "本年制发件数")),
      Map.entry("repealed", List.of("废止", "本年废止件数")),
      Map.entry("in_force", List.of("现行有效", "现行有效件数")),
      Map.entry("decisions", List.of("处理决定数量", "本年处理决定数量", "处理决定")),
      Map.entry("fee_yuan", List.of("收费金额", "本年收费金额")));
  /** Column names a sentence may put before the item they count ({@code 本年新制作规章3件}). */
  private static final Map<String, String> BEFORE_ITEM = Map.of("new_made", "本年新制作", "issued", "本年制发");
  private static final List<String> SEPARATORS = List.of("，", "；", "、");
  private static final List<String> COLONS = List.of("：", ":", "", "方面，");
  private static final String JOINED = "分别为";
  /** What a sentence may put between an item and its one figure. */
  private static final List<String> BARE_LINKS = List.of("", "", "：", "方面，", "共办理", "：共");

  final List<String> paragraphs = new ArrayList<>();
  /** What the sentences state: item → column → printed figure (fees in 万元). */
  private final Map<String, Map<String, String>> stated = new LinkedHashMap<>();
  private String procurementCount;
  private String procurementAmountText;

  private ProactiveSentences() {}

  static ProactiveSentences of(GeneratedReport r, LabelNoise noise, Random rnd) {
    ProactiveSentences s = new ProactiveSentences();
    for (TemplateRows.ProactiveTable t : TemplateRows.proactive(r.template())) {
      if (t.items().size() == 2 && t.columns().equals(List.of("decisions")) && rnd.nextInt(4) == 0) {
        s.joined(r, t, noise);
        continue;
      }
      for (int i = 0; i < t.items().size(); i++) {
        s.item(r, noise.print(Label.plain(t.items().get(i))), t.itemKeys().get(i), t.columns(), rnd);
      }
    }
    if (r.procurementCount() != null) {
      s.procurement(r, noise, rnd);
    }
    return s;
  }

  /**
   * Section 二 as small offices word it, naming no column where the item's row has one ({@code 行政许可120件},
   * {@code 行政强制三件}, {@code 行政事业性收费项目3个，金额12.5万元}): that column's figure. Where the row has several, half
   * the items are worded the same ({@code 行政许可120件} under 2019's three columns), which states no column: the gold
   * holds nothing of them.
   */
  static ProactiveSentences plain(GeneratedReport r, LabelNoise noise, Random rnd) {
    ProactiveSentences s = new ProactiveSentences();
    for (TemplateRows.ProactiveTable t : TemplateRows.proactive(r.template())) {
      for (int i = 0; i < t.items().size(); i++) {
        String name = noise.print(Label.plain(t.items().get(i)));
        String key = t.itemKeys().get(i);
        if (t.columns().size() == 1) {
          s.bare(r, name, key, t.columns().get(0), true, rnd);
        } else if (t.columns().contains("decisions") && rnd.nextBoolean()) {
          s.bare(r, name, key, "decisions", false, rnd);
        } else {
          s.item(r, name, key, t.columns(), rnd);
        }
      }
    }
    if (r.procurementCount() != null) {
      s.procurement(r, noise, rnd);
    }
    return s;
  }

  /** An item with one figure and no column's name; {@code states}: whether its row has no other column it could be. */
  private void bare(GeneratedReport r, String name, String key, String column, boolean states, Random rnd) {
    String printed = r.proactiveCell(key, column);
    if (printed.isEmpty()) {
      return;
    }
    if (column.equals("fee_yuan")) {
      paragraphs.add(name + (rnd.nextBoolean() ? "项目" + (1 + rnd.nextInt(9)) + "个，金额" : BARE_LINKS.get(rnd.nextInt(BARE_LINKS.size())))
          + printed + "万元。");
    } else {
      int count = Integer.parseInt(printed);
      paragraphs.add(name + BARE_LINKS.get(rnd.nextInt(BARE_LINKS.size()))
          + (count > 0 && rnd.nextInt(3) == 0 ? ProseSections.chinese(count) : printed) + "件。");
    }
    if (states) {
      state(key, column, r);
    }
  }

  /** One item's sentence: its name, then a few of its columns each by name with its figure. */
  private void item(GeneratedReport r, String name, String key, List<String> columns, Random rnd) {
    List<String> named = new ArrayList<>();
    for (String c : columns) {
      if (named.isEmpty() && c.equals(columns.get(columns.size() - 1)) || rnd.nextInt(5) > 0) {
        named.add(c);
      }
    }
    String separator = SEPARATORS.get(rnd.nextInt(SEPARATORS.size()));
    StringBuilder s = new StringBuilder();
    int from = 0;
    if (BEFORE_ITEM.containsKey(named.get(0)) && rnd.nextInt(3) == 0) {
      s.append(BEFORE_ITEM.get(named.get(0))).append(name).append(r.proactiveCell(key, named.get(0))).append("件");
      from = 1;
    } else {
      s.append(rnd.nextBoolean() ? "主动公开" : "").append(name).append(COLONS.get(rnd.nextInt(COLONS.size())));
    }
    for (int c = from; c < named.size(); c++) {
      List<String> names = NAMES.get(named.get(c));
      s.append(c == 0 ? "" : separator).append(names.get(rnd.nextInt(names.size()))).append(figure(r, key, named.get(c), rnd));
    }
    paragraphs.add(s.append(rnd.nextBoolean() ? "。" : "").toString());
    named.forEach(c -> state(key, c, r));
  }

  /** A figure as a sentence prints it: a count with its counter or not, a fee with its unit (the header's 万元). */
  private static String figure(GeneratedReport r, String item, String column, Random rnd) {
    String printed = r.proactiveCell(item, column);
    return column.equals("fee_yuan") ? printed + "万元" : printed + (rnd.nextBoolean() ? "件" : "");
  }

  /** Two items given their figures together, in their order: a person reads each one's. */
  private void joined(GeneratedReport r, TemplateRows.ProactiveTable t, LabelNoise noise) {
    String first = t.itemKeys().get(0);
    String second = t.itemKeys().get(1);
    paragraphs.add(noise.print(Label.plain(t.items().get(0))) + "、" + noise.print(Label.plain(t.items().get(1))) + "处理决定数量"
        + JOINED + r.proactiveCell(first, "decisions") + "件、" + r.proactiveCell(second, "decisions") + "件。");
    state(first, "decisions", r);
    state(second, "decisions", r);
  }

  private void state(String item, String column, GeneratedReport r) {
    stated.computeIfAbsent(item, k -> new LinkedHashMap<>()).put(column, r.proactiveCell(item, column));
  }

  /** 政府集中采购 with its count or not, and its amount with a unit (元 where the table's cell prints none). */
  private void procurement(GeneratedReport r, LabelNoise noise, Random rnd) {
    String amount = r.procurementAmountText().endsWith("元") ? r.procurementAmountText() : r.procurementAmountText() + "元";
    StringBuilder s = new StringBuilder(noise.print(Label.plain(TemplateRows.PROCUREMENT_ITEM))).append(COLONS.get(rnd.nextInt(COLONS.size())));
    if (rnd.nextInt(4) > 0) {
      s.append(TemplateRows.PROCUREMENT_HEADERS.get(0)).append(r.procurementCount()).append(rnd.nextBoolean() ? "个" : "项").append("，");
      procurementCount = r.procurementCount();
    }
    paragraphs.add(s.append(TemplateRows.PROCUREMENT_HEADERS.get(1)).append(amount).append("。").toString());
    procurementAmountText = amount;
  }

  /** The gold of the report's tables as {@code noise} printed them, section 二 reduced to what the sentences state. */
  ObjectNode gold(GeneratedReport r, LabelNoise noise) {
    return into(noise.gold(r), r);
  }

  /** {@code gold} with section 二 and 政府集中采购 reduced to what the sentences state. */
  ObjectNode into(ObjectNode gold, GeneratedReport r) {
    if (procurementAmountText != null) {
      ObjectNode p = gold.putObject("procurement");
      if (procurementCount != null) {
        p.put("item_count", Integer.parseInt(procurementCount));
      }
      p.put("amount_text", procurementAmountText);
      p.put("amount_yuan", r.procurementAmountYuan().toPlainString());
    }
    gold.set("proactive", GeneratedReport.proactiveGold(stated));
    return gold;
  }
}
