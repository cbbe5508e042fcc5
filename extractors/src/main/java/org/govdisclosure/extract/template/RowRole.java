package org.govdisclosure.extract.template;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;

/**
 * What a section 三 row is in the template's identities: 一、新收 + 二、上年结转 = （七）总计 + 四、结转下年度, and the
 * detail rows (every outcome of 三、本年度办理结果) sum to （七）总计.
 */
public enum RowRole {
  RECEIVED,
  CARRIED_OVER,
  DETAIL,
  TOTAL,
  CARRIED_FORWARD;

  @JsonCreator
  static RowRole of(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
