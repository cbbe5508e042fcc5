package org.govdisclosure.extract.template;

import java.util.List;

/**
 * What names a row or block of a template in print: phrases a printed label contains, and whole labels that are
 * nothing but a generic word ({@code 总计}, {@code 其他}).
 */
public interface Wordings {

  String key();

  List<String> phrases();

  default List<String> labels() {
    return List.of();
  }

  /** Heads of labels whose phrase comes at their end: where a wrapped label starts ({@link TemplateRow}). */
  default List<String> heads() {
    return List.of();
  }

  /** Whether {@code printed}, a label without its ordinal, is the start of this row's whole wording cut short. */
  default boolean cutFrom(String printed) {
    return false;
  }
}
