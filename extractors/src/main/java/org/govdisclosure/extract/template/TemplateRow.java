package org.govdisclosure.extract.template;

import java.util.List;
import java.util.Objects;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.value.Numerals;

/**
 * A row of section 三: its output key, its role in the identities, the phrases a printed label contains
 * ({@code 国家秘密}), the whole labels that are nothing but a generic word ({@code 总计}, {@code 其他}), and the
 * heads of labels whose phrase comes at their end ({@code 没有现成} of 没有现成信息需要另行制作): a label wrapped in
 * a narrow column prints its head on its first line, where the row starts, and its phrase on a later one.
 * {@code wording}: the whole label as the template prints it after its ordinal (folded), where it says more than its
 * phrases; null for a generic row. {@code group}: the label of the group the template prints the row under
 * ({@code 不予公开}), null for a row in none. {@code ordinal}: the numeral of the bracketed ordinal the template
 * numbers the row with within section 三 ({@code 七} of （七）总计), null for a row numbered only within its group or by
 * the section's own headings: a label printing that ordinal alone may stand for the row.
 */
public record TemplateRow(String key, RowRole role, List<String> phrases, List<String> labels, List<String> heads,
    String wording, String group, String ordinal) implements Wordings {

  private static final int MIN_CUT_LENGTH = 4;

  public TemplateRow {
    phrases = phrases == null ? List.of() : List.copyOf(phrases);
    labels = labels == null ? List.of() : List.copyOf(labels);
    heads = heads == null ? List.of() : List.copyOf(heads);
    wording = wording == null ? null : Cell.Text.fold(wording);
  }

  /**
   * The key's hash: rows key the maps of a report's decoded counts, and a record's generated hash (through method
   * handles, combining every list of wordings) costs far more under the quick compiler the pipeline runs with. Equal
   * rows have equal keys, so this agrees with {@link #equals}.
   */
  @Override
  public int hashCode() {
    return Objects.hashCode(key);
  }

  /** Component by component as a record's, the identity and then the key first: rows are looked up in the template's list. */
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof TemplateRow r && Objects.equals(key, r.key) && role == r.role && phrases.equals(r.phrases)
        && labels.equals(r.labels) && heads.equals(r.heads) && Objects.equals(wording, r.wording) && Objects.equals(group, r.group)
        && Objects.equals(ordinal, r.ordinal);
  }

  /**
   * Whether {@code printed} is the end of the row's wording, as printed or within one edit ({@link LabelMatch}):
   * the match over all of {@code printed}, or null.
   */
  public LabelMatch endOfWording(String printed) {
    if (wording == null || printed.isEmpty() || printed.length() > wording.length() + 1) {
      return null;
    }
    if (wording.endsWith(printed)) {
      return new LabelMatch(0, printed.length(), false);
    }
    for (int length = printed.length() - 1; length <= Math.min(printed.length() + 1, wording.length()); length++) {
      for (LabelMatch m : LabelMatch.approximateAt(printed, wording.substring(wording.length() - length), 0, printed.length())) {
        if (m.end() == printed.length()) {
          return m;
        }
      }
    }
    return null;
  }

  /**
   * Whether {@code printed}, a label without its ordinal, is the start of the row's wording cut short: at least
   * {@link #MIN_CUT_LENGTH} characters of it (fewer start too many wordings to say which).
   */
  public boolean cutFrom(String printed) {
    return wording != null && printed.length() >= MIN_CUT_LENGTH && printed.length() < wording.length() && wording.startsWith(printed);
  }

  /**
   * How much of a label without its ordinal names this row (the matched phrase's length), or 0. A phrase negated
   * (予以公开 in 不予以公开, the withheld group's label in full) names the opposite, not the row.
   */
  int matchLength(String bare) {
    // indexed loops: asked for every row of the template at every label, where an iterator is an allocation under C1
    int best = 0;
    for (int i = 0; i < phrases.size(); i++) {
      String p = phrases.get(i);
      if (p.length() > best && indexOfUnnegated(bare, p, 0) >= 0) {
        best = p.length();
      }
    }
    for (int i = 0; i < heads.size(); i++) {
      String p = heads.get(i);
      if (p.length() > best && indexOfUnnegated(bare, p, 0) >= 0) {
        best = p.length();
      }
    }
    if (best == 0 && labels.contains(bare)) {
      best = bare.length();
    }
    return best;
  }

  /** Where {@code wording} first occurs in {@code text} from {@code from} not right after a negation ({@link #negatedAt}), or -1. */
  public static int indexOfUnnegated(String text, String wording, int from) {
    int at = text.indexOf(wording, from);
    while (at >= 0 && negatedAt(text, at)) {
      at = text.indexOf(wording, at + 1);
    }
    return at;
  }

  /**
   * Whether the wording starting at {@code at} in {@code text} is negated: 不 or 未 right before it (不予以公开), or
   * before its first character printed twice (不予予公开 is 不予公开 with 予 doubled, as rendering noise doubles).
   */
  public static boolean negatedAt(String text, int at) {
    int before = at > 1 && text.charAt(at - 1) == text.charAt(at) ? at - 1 : at;
    return before > 0 && Numerals.NEGATED_LABEL_CHARS.indexOf(text.charAt(before - 1)) >= 0;
  }
}
