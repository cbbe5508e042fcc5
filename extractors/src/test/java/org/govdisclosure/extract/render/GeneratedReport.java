package org.govdisclosure.extract.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A report with known values, drawn from a seed: section 三 counts that satisfy the template's identities (per
 * column 新收 + 上年结转 = （七）总计 + 结转下年度, the detail rows add up to （七）总计, the six applicant columns to
 * 总计), section 四 outcomes that add up to their 总计, section 二 and (2019) 政府集中采购. A share of them is
 * "published" with a table that breaks an identity, as real reports sometimes are: the gold is what is printed.
 */
record GeneratedReport(
    String template,
    int year,
    String organization,
    Map<String, int[]> applications,
    int[] review,
    Map<String, Map<String, String>> proactive,
    String procurementCount,
    String procurementAmountText,
    BigDecimal procurementAmountYuan,
    String violation) {

  static final double VIOLATION_SHARE = 0.10;
  /** The year of a report that prints none ({@link #placed}). */
  static final int UNDATED = 0;
  private static final int COLUMNS = 7;
  static final List<String> ORGANIZATIONS = List.of("青山镇人民政府", "城东街道办事处", "县自然资源局", "区司法局",
      "市生态环境局", "县人力资源和社会保障局", "南湖乡人民政府", "区卫生健康委员会", "县交通运输局", "区民政局");
  /** How likely a request ends in each detail row: most are granted or not held, few are anything else. */
  private static final Map<String, Integer> OUTCOME_WEIGHTS = Map.of("granted", 30, "partially_granted", 8,
      "unavailable_not_held", 16, "not_processed_duplicate", 4, "not_processed_petition", 3, "withheld_process_info", 2,
      "unavailable_unclear", 3, "other", 5, "other_other", 4, "other_overdue_correction", 2);

  static GeneratedReport generate(long seed) {
    Random rnd = random(seed);
    String template = rnd.nextBoolean() ? "2019" : "2021";
    int year = template.equals("2019") ? 2019 + rnd.nextInt(2) : 2021 + rnd.nextInt(4);
    String organization = ORGANIZATIONS.get(rnd.nextInt(ORGANIZATIONS.size()));
    List<TemplateRows.Row> rows = TemplateRows.applications(template);
    Map<String, int[]> apps = new LinkedHashMap<>();
    rows.forEach(r -> apps.put(r.key(), new int[COLUMNS]));
    int scale = rnd.nextInt(4) == 0 ? 300 : 25;
    for (int c = 0; c < COLUMNS - 1; c++) {
      int received = c == 0 ? sometimes(rnd, 0.75, scale) : sometimes(rnd, 0.3, 6);
      int carried = sometimes(rnd, 0.25, 4);
      int forward = rnd.nextInt(3) == 0 ? rnd.nextInt(Math.min(received + carried, 3) + 1) : 0;
      apps.get("new_received")[c] = received;
      apps.get("carried_over")[c] = carried;
      apps.get("carried_forward")[c] = forward;
      int handled = received + carried - forward;
      apps.get("total")[c] = handled;
      List<String> details = rows.stream().filter(TemplateRows.Row::isDetail).map(TemplateRows.Row::key).toList();
      for (int i = 0; i < handled; i++) {
        apps.get(weighted(rnd, details))[c]++;
      }
    }
    apps.values().forEach(v -> v[COLUMNS - 1] = sum(v, 0, COLUMNS - 1));
    int[] review = new int[15];
    for (int p = 0; p < 3; p++) {
      for (int o = 0; o < 4; o++) {
        review[p * 5 + o] = sometimes(rnd, 0.3, 4);
      }
      review[p * 5 + 4] = sum(review, p * 5, p * 5 + 4);
    }
    String violation = rnd.nextDouble() < VIOLATION_SHARE ? violate(rnd, apps, review) : null;
    Map<String, Map<String, String>> proactive = proactive(rnd, template);
    if (!template.equals("2019")) {
      return new GeneratedReport(template, year, organization, apps, review, proactive, null, null, null, violation);
    }
    int purchases = 1 + rnd.nextInt(60);
    BigDecimal yuan = BigDecimal.valueOf(purchases * (2_000L + rnd.nextInt(200_000)), 1);
    boolean inWan = rnd.nextBoolean();
    String text = inWan ? yuan.movePointLeft(4).setScale(2, RoundingMode.DOWN).stripTrailingZeros().toPlainString() + "万元" : yuan.toPlainString();
    BigDecimal amount = inWan ? yuan.movePointLeft(4).setScale(2, RoundingMode.DOWN).movePointRight(4) : yuan;
    return new GeneratedReport(template, year, organization, apps, review, proactive, String.valueOf(purchases), text,
        amount.setScale(2, RoundingMode.UNNECESSARY), violation);
  }

  /**
   * A generator for a seed. {@code new Random(seed)} alone will not do: for neighbouring seeds its first draws are
   * nearly the same (seeds 0 … 39 all drew the 2019 template), so the seed is scrambled first (SplitMix64's finalizer).
   */
  static Random random(long seed) {
    long z = seed;
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return new Random(z ^ (z >>> 31));
  }

  /** Breaks one identity as a published table might; returns what was broken. */
  private static String violate(Random rnd, Map<String, int[]> apps, int[] review) {
    switch (rnd.nextInt(3)) {
      case 0 -> {
        apps.values().forEach(v -> v[COLUMNS - 1] = 0);
        return "total column printed as 0";
      }
      case 1 -> {
        int[] granted = apps.get("granted");
        int extra = 1 + rnd.nextInt(3);
        granted[0] += extra;
        granted[COLUMNS - 1] += extra;
        return "granted exceeds its share of （七）总计 by " + extra;
      }
      default -> {
        int p = rnd.nextInt(3);
        review[p * 5 + 4] = review[p * 5 + 4] == 0 ? 1 : 0;
        return "section 四 block " + p + " total misprinted";
      }
    }
  }

  private static Map<String, Map<String, String>> proactive(Random rnd, String template) {
    Map<String, Map<String, String>> items = new LinkedHashMap<>();
    for (TemplateRows.ProactiveTable t : TemplateRows.proactive(template)) {
      for (String item : t.itemKeys()) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (String column : t.columns()) {
          cells.put(column, switch (column) {
            case "items_change" -> String.valueOf(rnd.nextInt(3) == 0 ? rnd.nextInt(7) - 3 : 0);
            case "fee_yuan" -> BigDecimal.valueOf(rnd.nextInt(400_000), 4).stripTrailingZeros().toPlainString();
            default -> String.valueOf(sometimes(rnd, 0.5, 40));
          });
        }
        items.put(item, cells);
      }
    }
    return items;
  }

  private static int sometimes(Random rnd, double chance, int max) {
    return rnd.nextDouble() < chance ? 1 + rnd.nextInt(max) : 0;
  }

  private static String weighted(Random rnd, List<String> keys) {
    int total = keys.stream().mapToInt(k -> OUTCOME_WEIGHTS.getOrDefault(k, 1)).sum();
    int pick = rnd.nextInt(total);
    for (String k : keys) {
      pick -= OUTCOME_WEIGHTS.getOrDefault(k, 1);
      if (pick < 0) {
        return k;
      }
    }
    throw new IllegalStateException();
  }

  private static int sum(int[] v, int from, int to) {
    int s = 0;
    for (int i = from; i < to; i++) {
      s += v[i];
    }
    return s;
  }

  /** The same report as published by {@code organization}, in {@code year} or, {@link #UNDATED}, printing no year. */
  GeneratedReport placed(int year, String organization) {
    return new GeneratedReport(template, year, organization, applications, review, proactive, procurementCount,
        procurementAmountText, procurementAmountYuan, violation);
  }

  /**
   * The same report with every section 三 count multiplied by {@code factor}: the identities hold (or fail) as
   * before, and a large office's counts run into the thousands.
   */
  GeneratedReport scaled(int factor) {
    Map<String, int[]> apps = new LinkedHashMap<>();
    applications.forEach((key, values) -> apps.put(key, java.util.Arrays.stream(values).map(v -> v * factor).toArray()));
    return new GeneratedReport(template, year, organization, apps, review, proactive, procurementCount,
        procurementAmountText, procurementAmountYuan, violation);
  }

  /**
   * The same report as a site prints it whose editors leave some of section 二's counts of none blank (the gold then
   * states nothing for them: a blank is not a 0).
   */
  GeneratedReport withBlankItemCells(Random rnd) {
    Map<String, Map<String, String>> items = new LinkedHashMap<>();
    proactive.forEach((item, cells) -> {
      Map<String, String> printed = new LinkedHashMap<>();
      cells.forEach((column, value) -> printed.put(column, value.equals("0") && rnd.nextBoolean() ? "" : value));
      items.put(item, printed);
    });
    return new GeneratedReport(template, year, organization, applications, review, items, procurementCount,
        procurementAmountText, procurementAmountYuan, violation);
  }

  /** How the report names its year in a title or sentence: {@code 2021年}, or nothing when it prints none. */
  String printedYear() {
    return year == UNDATED ? "" : year + "年";
  }

  /** Section 二's printed cell for an item and column (fees of the 2021 template in 万元, as the header says). */
  String proactiveCell(String item, String column) {
    return proactive.get(item).get(column);
  }

  /** The gold file of the rendering: what a careful reader takes from the printed tables (GOLD-FORMAT.md). */
  ObjectNode gold() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode gold = f.objectNode();
    gold.put("year", year);
    gold.put("template", template);
    if (procurementCount != null) {
      ObjectNode p = gold.putObject("procurement");
      p.put("item_count", Integer.parseInt(procurementCount));
      p.put("amount_text", procurementAmountText);
      p.put("amount_yuan", procurementAmountYuan.toPlainString());
    }
    ObjectNode rows = gold.putObject("applications").put("source", "table").putObject("rows");
    applications.forEach((key, values) -> {
      ArrayNode a = rows.putArray(key);
      for (int v : values) {
        a.add(v);
      }
    });
    ArrayNode r = gold.putObject("review_litigation").put("source", "table").putArray("values");
    for (int v : review) {
      r.add(v);
    }
    return gold;
  }

  /** Section 二 as {@code ProactiveExpected} compares it: item → column → value, fees in yuan. */
  ObjectNode proactiveGold() {
    return proactiveGold(proactive);
  }

  /**
   * Printed section 二 cells (item → column → printed figure, empty where blank) as {@code ProactiveExpected} compares
   * them.
   */
  static ObjectNode proactiveGold(Map<String, Map<String, String>> cellsByItem) {
    ObjectNode items = JsonNodeFactory.instance.objectNode();
    cellsByItem.forEach((item, cells) -> {
      ObjectNode o = items.putObject(item);
      cells.forEach((column, printed) -> {
        if (printed.isEmpty()) {
          o.putNull(column); // printed blank: it states nothing, and no value may be read there
        } else if (column.equals("fee_yuan")) {
          o.put(column, new BigDecimal(printed).movePointRight(4).setScale(2, RoundingMode.UNNECESSARY).toPlainString());
        } else {
          o.put(column, Integer.parseInt(printed));
        }
      });
    });
    return items;
  }

  List<String> applicationKeys() {
    return new ArrayList<>(applications.keySet());
  }
}
