package org.govdisclosure.extract.template;

import java.util.ArrayList;
import java.util.List;
import org.govdisclosure.extract.value.Confusables;

/**
 * Where a template wording occurs in a stream of label text: exactly, or within one edit (a character dropped,
 * doubled or misread, as in {@code 执法案件} for {@code 执法案卷}, or two neighbours swapped), besides any characters
 * printed as their look-alikes ({@link Confusables}: an OCR {@code 外埋} for {@code 处理}). Short wordings
 * are matched exactly only: one edit in three characters is another word.
 */
public record LabelMatch(int start, int end, boolean fuzzy) {

  private static final int MIN_FUZZY_LENGTH = 4;
  private static final Confusables LOOK_ALIKES = Confusables.bundled();
  /**
   * The lengths of the windows tried, as differences from the wording's: a misread character first, or last; one shorter
   * to one longer, as {@code approximate}'s scan assumes.
   */
  private static final int[] MISREAD_FIRST = {0, -1, 1};
  private static final int[] MISREAD_LAST = {-1, 1, 0};

  /** The first exact occurrence of {@code wording} in {@code text} within [from, to), or null. */
  public static LabelMatch exact(String text, String wording, int from, int to) {
    int at = text.indexOf(wording, from);
    return at >= 0 && at + wording.length() <= to ? new LabelMatch(at, at + wording.length(), false) : null;
  }

  /**
   * The first exact occurrence of {@code wording} in {@code text} within [from, to) that is not negated
   * ({@link TemplateRow#negatedAt}: 予以公开 in 不予以公开 names the opposite), or null.
   */
  public static LabelMatch exactUnnegated(String text, String wording, int from, int to) {
    int at = TemplateRow.indexOfUnnegated(text, wording, from);
    return at >= 0 && at + wording.length() <= to ? new LabelMatch(at, at + wording.length(), false) : null;
  }

  /** The first occurrence within one edit of {@code wording} in [from, to), or null. */
  public static LabelMatch approximate(String text, String wording, int from, int to) {
    return approximate(text, wording, from, to, MISREAD_FIRST, true);
  }

  /**
   * Every window starting at {@code start} (before {@code to}) within one edit of {@code wording}, a misread character
   * first: where one window at a place is not the label's (it ends inside a wrap), another may be ({@code 上年结}
   * {@code 结转}: the doubled character falls across the wrap).
   */
  public static List<LabelMatch> approximateAt(String text, String wording, int start, int to) {
    int n = wording.length();
    List<LabelMatch> found = List.of(); // most places hold none: no list made for them
    for (int d = 0; d < MISREAD_FIRST.length && n >= MIN_FUZZY_LENGTH; d++) {
      int end = start + n + MISREAD_FIRST[d];
      if (end <= to && end <= text.length() && withinOneEdit(text, start, end, wording, true)) {
        found = found.isEmpty() ? new ArrayList<>(MISREAD_FIRST.length) : found;
        found.add(new LabelMatch(start, end, true));
      }
    }
    return found;
  }

  /**
   * Every window ending at {@code end} and starting at or after {@code from} within one edit of {@code wording}, a
   * misread character first: what {@link #approximateAt} finds ending there at each place a window of a length tried
   * starts, without trying the windows that end elsewhere.
   */
  public static List<LabelMatch> approximateEndingAt(String text, String wording, int from, int end) {
    int n = wording.length();
    List<LabelMatch> found = List.of();
    for (int d = 0; d < MISREAD_FIRST.length && n >= MIN_FUZZY_LENGTH && end <= text.length(); d++) {
      int start = end - n - MISREAD_FIRST[d];
      if (start >= from && withinOneEdit(text, start, end, wording, true)) {
        found = found.isEmpty() ? new ArrayList<>(MISREAD_FIRST.length) : found;
        found.add(new LabelMatch(start, end, true));
      }
    }
    return found;
  }

  /**
   * The first occurrence of {@code wording} with one character dropped or added (doubled), or two neighbours swapped
   * ({@code 未复经议}), in [from, to), or null: for text where a misread character is matched otherwise (by
   * {@code Confusables}), not by any substitution.
   */
  public static LabelMatch misprinted(String text, String wording, int from, int to) {
    return approximate(text, wording, from, to, MISREAD_LAST, false);
  }

  /** @param lengths the lengths of the windows tried at each place, in order, as differences from the wording's */
  private static LabelMatch approximate(String text, String wording, int from, int to, int[] lengths, boolean substitution) {
    int n = wording.length();
    if (n < MIN_FUZZY_LENGTH) {
      return null;
    }
    // A match opens with the wording's first character or closes with its last, as printed or as a look-alike
    // (withinOneEdit): no window starts before the first of the one, nor ends before the first of the other, so the
    // scan starts at the earlier.
    int first = indexOfLookAlike(text, wording.charAt(0), from);
    int last = indexOfLookAlike(text, wording.charAt(n - 1), from);
    if (first < 0 && last < 0) {
      return null;
    }
    int earliest = first < 0 ? last - n : last < 0 ? first : Math.min(first, last - n);
    char head = wording.charAt(0);
    char tail = wording.charAt(n - 1);
    int limit = Math.min(to, text.length());
    // withinOneEdit holds no window whose first character is not the wording's nor its last the wording's last: a place
    // is tried only where its first character is, or a window's last is (at start + n - 2 to start + n, the lengths
    // tried); each character is looked at once for the last.
    int tailAt = -1;
    int tailScanned = Math.max(from, earliest) + n - 3;
    for (int start = Math.max(from, earliest); start < limit; start++) {
      for (int reach = Math.min(start + n, limit - 1); tailScanned < reach; ) {
        tailScanned++;
        if (LOOK_ALIKES.looksLike(text.charAt(tailScanned), tail)) {
          tailAt = tailScanned;
        }
      }
      if (tailAt < start + n - 2 && !LOOK_ALIKES.looksLike(text.charAt(start), head)) {
        continue;
      }
      for (int d = 0; d < lengths.length; d++) {
        int length = n + lengths[d];
        int end = start + length;
        if (end <= to && end <= text.length() && withinOneEdit(text, start, end, wording, substitution)) {
          // A longer window opening with a mark (.重复申诸, ）其他外理) is the label one later: the warning quotes what was
          // printed as the label, not the mark before it. A letter stays (行政政处罚: 政 printed twice).
          boolean strayFirst = length > n && !Character.isLetter(text.charAt(start))
              && withinOneEdit(text, start + 1, end, wording, substitution);
          return new LabelMatch(strayFirst ? start + 1 : start, end, true);
        }
      }
    }
    return null;
  }

  /** The first place at or after {@code from} where {@code c} or a look-alike of it is printed ({@code 清} for 请), or -1. */
  private static int indexOfLookAlike(String text, char c, int from) {
    int at = text.indexOf(c, from);
    String others = LOOK_ALIKES.alternatives(c);
    for (int i = 0; i < others.length(); i++) {
      int other = text.indexOf(others.charAt(i), from);
      at = other >= 0 && (at < 0 || other < at) ? other : at;
    }
    return at;
  }

  /**
   * Whether {@code printed} is {@code wording} with some of its characters printed as look-alikes ({@code 总汁} for
   * {@code 总计}): two characters or more are context enough to undo a confusion.
   */
  public static boolean lookAlike(String printed, String wording) {
    return printed.length() == wording.length() && wording.length() >= 2 && lookAlikeAt(printed, 0, wording);
  }

  /** Whether {@code text} prints {@code wording} somewhere as {@link #lookAlike} reads it, told without copying the text. */
  public static boolean containsLookAlike(String text, String wording) {
    if (wording.length() < 2) {
      return false;
    }
    for (int at = 0; at + wording.length() <= text.length(); at++) {
      if (lookAlikeAt(text, at, wording)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code printed} is a piece of {@code wording} as {@link #lookAlike} reads it ({@code 度办埋结} of 本年度办理结果). */
  public static boolean lookAlikePieceOf(String printed, String wording) {
    if (printed.length() < 2) {
      return false;
    }
    for (int at = 0; at + printed.length() <= wording.length(); at++) {
      int i = 0;
      while (i < printed.length() && LOOK_ALIKES.looksLike(printed.charAt(i), wording.charAt(at + i))) {
        i++;
      }
      if (i == printed.length()) {
        return true;
      }
    }
    return false;
  }

  private static boolean lookAlikeAt(String text, int at, String wording) {
    for (int i = 0; i < wording.length(); i++) {
      if (!LOOK_ALIKES.looksLike(text.charAt(at + i), wording.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code printed} is {@code wording} with one of its characters printed twice ({@code 其他他}). */
  public static boolean doubledOnce(String printed, String wording) {
    return printed.length() == wording.length() + 1 && doubledOnceAt(printed, 0, wording);
  }

  /**
   * The first occurrence of {@code wording} in {@code text}, as printed or, for a wording long enough to be told from
   * other words, with one of its characters printed twice ({@code 属于四类过程性性信息}), or null: a stutter a reader reads
   * past, where a dropped or another character may make another word.
   */
  public static LabelMatch exactOrDoubled(String text, String wording) {
    LabelMatch exact = exact(text, wording, 0, text.length());
    if (exact != null || wording.length() < MIN_FUZZY_LENGTH) {
      return exact;
    }
    int n = wording.length();
    for (int start = text.indexOf(wording.charAt(0)); start >= 0 && start + n + 1 <= text.length();
        start = text.indexOf(wording.charAt(0), start + 1)) {
      if (doubledOnceAt(text, start, wording)) {
        return new LabelMatch(start, start + n + 1, true);
      }
    }
    return null;
  }

  /** Whether text[start, start + wording's length + 1) is {@code wording} with one of its characters printed twice. */
  private static boolean doubledOnceAt(String text, int start, String wording) {
    int n = wording.length();
    for (int i = 0; i < n; i++) {
      if (text.charAt(start + i) == text.charAt(start + i + 1)
          && text.regionMatches(start, wording, 0, i) && text.regionMatches(start + i + 1, wording, i, n - i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether text[start, end) and {@code w} differ by at most one substitution (unless {@code substitution} is false),
   * insertion or deletion, or by two neighbouring characters swapped.
   */
  private static boolean withinOneEdit(String text, int start, int end, String w, boolean substitution) {
    int a = end - start;
    int b = w.length();
    if (!LOOK_ALIKES.looksLike(text.charAt(start), w.charAt(0)) && !LOOK_ALIKES.looksLike(text.charAt(end - 1), w.charAt(b - 1))) {
      return false; // a match that differs at both ends is a shifted window, not a misprint
    }
    int i = 0;
    while (i < a && i < b && LOOK_ALIKES.looksLike(text.charAt(start + i), w.charAt(i))) {
      i++;
    }
    int j = 0;
    while (j < a - i && j < b - i && LOOK_ALIKES.looksLike(text.charAt(end - 1 - j), w.charAt(b - 1 - j))) {
      j++;
    }
    if (a == b && a - i - j == 2) { // two neighbours swapped, as OCR misorders them (予公以开)
      return text.charAt(start + i) == w.charAt(i + 1) && text.charAt(start + i + 1) == w.charAt(i);
    }
    return Math.max(a, b) - i - j <= 1 && Math.abs(a - b) <= 1 && (substitution || a != b || i == a);
  }
}
