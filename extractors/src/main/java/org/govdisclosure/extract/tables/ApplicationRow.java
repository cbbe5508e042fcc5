package org.govdisclosure.extract.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rows of the section 三 matrix, keyed as in the output, each recognized by what its innermost label says
 * once ordinals ({@code （三）}, {@code 1.}, {@code 二、}) are removed. Both templates' wordings are covered. The
 * constants are in matching order (more specific phrases first); the templates' print order is separate.
 */
public enum ApplicationRow {
  NEW_RECEIVED("new_received", "本年新收"),
  CARRIED_OVER("carried_over", "上年结转"),
  CARRIED_FORWARD("carried_forward", "结转下"),
  GRANTED("granted", "予以公开"),
  PARTIALLY_GRANTED("partially_granted", "部分公开"),
  WITHHELD_STATE_SECRET("withheld_state_secret", "国家秘密"),
  WITHHELD_LAW_FORBIDDEN("withheld_law_forbidden", "禁止公开"),
  WITHHELD_SAFETY_STABILITY("withheld_safety_stability", "三安全一稳定"),
  WITHHELD_THIRD_PARTY("withheld_third_party", "第三方"),
  WITHHELD_INTERNAL_AFFAIRS("withheld_internal_affairs", "内部事务"),
  WITHHELD_PROCESS_INFO("withheld_process_info", "过程性"),
  WITHHELD_ENFORCEMENT_FILES("withheld_enforcement_files", "执法案卷"),
  WITHHELD_QUERY_MATTERS("withheld_query_matters", "查询事项"),
  UNAVAILABLE_NOT_HELD("unavailable_not_held", "不掌握"),
  UNAVAILABLE_NEEDS_CREATION("unavailable_needs_creation", "另行制作"),
  UNAVAILABLE_UNCLEAR("unavailable_unclear", "仍不明确"),
  NOT_PROCESSED_PETITION("not_processed_petition", "信访"),
  NOT_PROCESSED_DUPLICATE("not_processed_duplicate", "重复申请"),
  NOT_PROCESSED_PUBLICATION("not_processed_publication", "公开出版物"),
  NOT_PROCESSED_EXCESSIVE("not_processed_excessive", "大量反复"),
  NOT_PROCESSED_CONFIRM("not_processed_confirm", "重新出具"),
  OTHER_OVERDUE_CORRECTION("other_overdue_correction", "逾期不补正"),
  OTHER_OVERDUE_FEE("other_overdue_fee", "缴纳费用"),
  OTHER("other", "其他处理"),
  OTHER_OTHER("other_other", null),
  TOTAL("total", null),
  ;

  /** Rows in the order the 2019 template prints them. */
  static final List<ApplicationRow> ORDER_2019 = order(OTHER);
  /** Rows in the order the 2021 template prints them: （六）其他处理 split in three. */
  static final List<ApplicationRow> ORDER_2021 = order(OTHER_OVERDUE_CORRECTION, OTHER_OVERDUE_FEE, OTHER_OTHER);

  private static final Pattern ORDINAL =
      Pattern.compile("^(?:[(（][一二三四五六七八九十\\d]+[)）]|[一二三四五六七八九十]+[、.．]|\\d+[、.．)）])");

  private final String key;
  private final String phrase;

  ApplicationRow(String key, String phrase) {
    this.key = key;
    this.phrase = phrase;
  }

  private static List<ApplicationRow> order(ApplicationRow... otherRows) {
    List<ApplicationRow> order = new ArrayList<>(List.of(
        NEW_RECEIVED, CARRIED_OVER, GRANTED, PARTIALLY_GRANTED,
        WITHHELD_STATE_SECRET, WITHHELD_LAW_FORBIDDEN, WITHHELD_SAFETY_STABILITY, WITHHELD_THIRD_PARTY,
        WITHHELD_INTERNAL_AFFAIRS, WITHHELD_PROCESS_INFO, WITHHELD_ENFORCEMENT_FILES, WITHHELD_QUERY_MATTERS,
        UNAVAILABLE_NOT_HELD, UNAVAILABLE_NEEDS_CREATION, UNAVAILABLE_UNCLEAR,
        NOT_PROCESSED_PETITION, NOT_PROCESSED_DUPLICATE, NOT_PROCESSED_PUBLICATION, NOT_PROCESSED_EXCESSIVE,
        NOT_PROCESSED_CONFIRM));
    order.addAll(List.of(otherRows));
    order.addAll(List.of(TOTAL, CARRIED_FORWARD));
    return List.copyOf(order);
  }

  /** What marks the row in text where labels and values run together: its phrase, or its bare label. */
  String anchor() {
    return phrase != null ? phrase : this == TOTAL ? "总计" : "其他";
  }

  public String key() {
    return key;
  }

  /** The row a label names, or null. Expects folded text. */
  public static ApplicationRow of(String label) {
    String bare = ORDINAL.matcher(label).replaceFirst("");
    for (ApplicationRow row : values()) {
      if (row.phrase != null && bare.contains(row.phrase)) {
        return row;
      }
    }
    if (bare.equals("其他")) {
      return OTHER_OTHER;
    }
    if (bare.equals("总计") || bare.equals("合计")) {
      return TOTAL;
    }
    return null;
  }
}
