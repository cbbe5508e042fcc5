package org.govdisclosure.extract.model;

/**
 * The ideograph each CJK radicals-supplement character of {@code radicals.tsv} stands for: a PDF viewer's copy of a
 * report set in some fonts prints 页 as ⻚ and 民 as ⺠, which NFKC leaves as they are (it folds the Kangxi radicals,
 * ⼈ ⾏, and only two of these), yet a reader reads as the ideographs: a page line 第 2 ⻚ 共 5 ⻚ is a page line.
 */
final class Radicals {

  private static final char FIRST = '\u2E80';
  private static final char LAST = '\u2EFF';
  private static final char[] IDEOGRAPHS = new char[LAST - FIRST + 1];

  static {
    for (String line : BundledLines.of(Radicals.class, "radicals.tsv")) {
      IDEOGRAPHS[line.charAt(0) - FIRST] = line.charAt(2);
    }
  }

  private Radicals() {}

  /** {@code s} with each radical the table lists as its ideograph; {@code s} itself where it prints none. */
  static String asIdeographs(String s) {
    char[] out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char ideograph = c >= FIRST && c <= LAST ? IDEOGRAPHS[c - FIRST] : 0;
      if (ideograph != 0) {
        out = out != null ? out : s.toCharArray();
        out[i] = ideograph;
      }
    }
    return out == null ? s : new String(out);
  }
}
