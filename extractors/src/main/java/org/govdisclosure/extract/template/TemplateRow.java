package org.govdisclosure.extract.template;

import java.util.List;

/**
 * A row of section 三: its output key, its role in the identities, the phrases a printed label contains
 * ({@code 国家秘密}), the whole labels that are nothing but a generic word ({@code 总计}, {@code 其他}), and the
 * heads of labels whose phrase comes at their end ({@code 没有现成} of 没有现成信息需要另行制作): a label wrapped in
 * a narrow column prints its head on its first line, where the row starts, and its phrase on a later one.
 */
public record TemplateRow(String key, RowRole role, List<String> phrases, List<String> labels, List<String> heads)
    implements Wordings {

  public TemplateRow {
    phrases = phrases == null ? List.of() : List.copyOf(phrases);
    labels = labels == null ? List.of() : List.copyOf(labels);
    heads = heads == null ? List.of() : List.copyOf(heads);
  }

  /** How much of a label without its ordinal names this row (the matched phrase's length), or 0. */
  int matchLength(String bare) {
    int best = 0;
    for (String p : phrases) {
      if (p.length() > best && bare.contains(p)) {
        best = p.length();
      }
    }
    for (String p : heads) {
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
