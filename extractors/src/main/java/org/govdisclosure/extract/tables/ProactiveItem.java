package org.govdisclosure.extract.tables;

/**
 * The rows of section 二's table, keyed as in the output, each recognized by a phrase of its label (Hubei's
 * {@code 规章(设区的市、自治州人民政府应提供相关数据)} included). In matching order: 规范性文件 before 规章, because
 * a long 规范性文件 label may mention 规章. 政府集中采购 is the procurement table's.
 */
enum ProactiveItem {
  NORMATIVE_DOCUMENTS("normative_documents", "规范性文件"),
  RULES("rules", "规章"),
  ADMINISTRATIVE_LICENSING("administrative_licensing", "行政许可"),
  OTHER_MANAGEMENT_SERVICES("other_management_services", "对外管理服务"),
  ADMINISTRATIVE_PENALTY("administrative_penalty", "行政处罚"),
  ADMINISTRATIVE_COERCION("administrative_coercion", "行政强制"),
  ADMINISTRATIVE_FEES("administrative_fees", "行政事业性收费");

  private final String key;
  private final String phrase;

  ProactiveItem(String key, String phrase) {
    this.key = key;
    this.phrase = phrase;
  }

  String key() {
    return key;
  }

  /** The item a folded label names, or null. */
  static ProactiveItem of(String label) {
    for (ProactiveItem item : values()) {
      if (label.contains(item.phrase)) {
        return item;
      }
    }
    return null;
  }
}
