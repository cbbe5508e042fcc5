package org.govdisclosure.extract.template;

import java.util.List;

/**
 * A row of section 三: its output key, its role in the identities, the phrases a printed label contains
 * ({@code 国家秘密}) and the whole labels that are nothing but a generic word ({@code 总计}, {@code 其他}).
 */
public record TemplateRow(String key, RowRole role, List<String> phrases, List<String> labels) implements Wordings {

  public TemplateRow {
    phrases = phrases == null ? List.of() : List.copyOf(phrases);
    labels = labels == null ? List.of() : List.copyOf(labels);
  }

  /** How much of a label without its ordinal names this row (the matched phrase's length), or 0. */
  int matchLength(String bare) {
    int best = 0;
    for (String p : phrases) {
      if (p.length() > best && bare.contains(p)) {
        best = p.length();
      }
    }
    if (best == 0 && labels.contains(bare)) {
      best = bare.length();
    }
    return best;
  }

}
