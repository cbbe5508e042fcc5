package org.govdisclosure.extract.model;

import java.text.Normalizer;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One table cell. {@code raw} is the text exactly as read; {@code text} is the NFKC-folded, whitespace-stripped
 * form that labels and values are read from (full-width digits and brackets folded; all whitespace, NBSP and
 * ideographic space included, dropped), computed once because every extractor reads it. {@code spanned} marks the
 * empty place a cell merged across columns leaves to its right on a grid: a reader's eye sees no cell there.
 */
public record Cell(String raw, String text, boolean spanned) {

  /** The place right of a cell merged across columns (colspan, gridSpan): blank, and no cell of its own. */
  public static final Cell SPANNED = new Cell("", "", true);

  public Cell(String raw) {
    this(raw == null ? "" : raw, Text.withoutNoteMark(Text.fold(raw == null ? "" : raw)), false);
  }

  public boolean isBlank() {
    return text().isEmpty();
  }

  /** Joins a wrapped continuation line onto this cell, keeping the raw text. */
  public Cell append(String continuation) {
    return new Cell(raw + "\n" + continuation);
  }

  /** Folding helpers shared by cells and paragraphs. */
  public static final class Text {
    private Text() {}

    /**
     * What parts a line's pieces: {@code \s}, no-break and ideographic spaces, the en and em spaces a web page's
     * {@code &ensp;} and {@code &emsp;} print between its cells, and the typographic spaces of U+2000-U+200A, the narrow
     * no-break and the math space (a thin space between two figures parts them to the eye as any space does).
     */
    public static final String SPACE_CHARS = " \t\n\u000B\f\r\u00a0\u3000\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
        + "\u2009\u200a\u202f\u205f";
    /**
     * {@link #SPACE_CHARS} as the body of a regex character class, runs of characters as ranges: a class tests its
     * characters above U+00FF one by one, a range at once.
     */
    public static final String SPACE_CLASS = classBody(SPACE_CHARS);
    /** A run of {@link #SPACE_CHARS}. */
    public static final Pattern SPACES = Pattern.compile("[" + SPACE_CLASS + "]+");
    /** A line break in a cell's text, with the spaces around it ({@link #unwrapped}). */
    private static final Pattern LINE_BREAK = Pattern.compile("[" + SPACE_CLASS + "]*[\\r\\n][" + SPACE_CLASS + "]*");

    /** What prints nothing yet is no space to Unicode: pasted text carries it between a cell's digits and its border. */
    private static final String INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad";

    /**
     * NFKC-normalizes {@code s} (radicals read as their ideographs, {@link Radicals}) and drops whitespace. Most text
     * is ASCII, CJK ideographs and the punctuation and full-width forms around them, each of which NFKC maps to one
     * character of its own without regard to its neighbours ({@link #simpleForm}); such text skips {@link Normalizer}
     * (the expensive part) with an identical result.
     */
    public static String fold(String s) {
      // one pass and at most one copy: the simple forms with the spaces dropped, as dropSpaces(simplyNormalized(s))
      int i = 0;
      while (i < s.length() && isOwnForm(s.charAt(i)) && !isSpace(s.charAt(i))) {
        i++;
      }
      if (i == s.length()) {
        return s;
      }
      char[] folded = new char[s.length()];
      s.getChars(0, i, folded, 0);
      int length = i;
      for (; i < s.length(); i++) {
        char f = simpleForm(s.charAt(i));
        if (f == 0) {
          return dropSpaces(Radicals.asIdeographs(Normalizer.normalize(circledOrdinals(s), Normalizer.Form.NFKC)));
        }
        if (!isSpace(f)) {
          folded[length++] = f;
        }
      }
      return new String(folded, 0, length);
    }

    /**
     * {@code s} NFKC-normalized, spaces kept, radicals read as their ideographs ({@link Radicals}); the same fast path
     * as {@link #fold}.
     */
    public static String nfkc(String s) {
      String simple = simplyNormalized(s);
      return simple != null ? simple : Radicals.asIdeographs(Normalizer.normalize(s, Normalizer.Form.NFKC));
    }

    /** NFKC of {@code s} where each character has a {@link #simpleForm}, else null. */
    private static String simplyNormalized(String s) {
      int i = 0;
      while (i < s.length() && isOwnForm(s.charAt(i))) {
        i++;
      }
      if (i == s.length()) {
        return s;
      }
      char[] normalized = new char[s.length()];
      s.getChars(0, i, normalized, 0);
      for (; i < s.length(); i++) {
        char f = simpleForm(s.charAt(i));
        if (f == 0) {
          return null;
        }
        normalized[i] = f;
      }
      return new String(normalized);
    }

    /**
     * The blocks of punctuation and full-width forms Chinese text prints (general punctuation, CJK symbols and
     * punctuation, half- and full-width forms), where {@link #SIMPLE_FORMS} is looked up.
     */
    private static final char[][] PUNCTUATION_BLOCKS = {{'\u2000', '\u206F'}, {'\u3000', '\u303F'}, {'\uFF00', '\uFFEF'}};
    /** For each character of those blocks, its NFKC form where {@link #simpleForm} may use it, else 0. */
    private static final char[][] SIMPLE_FORMS = simpleForms();

    private static char[][] simpleForms() {
      char[][] forms = new char[PUNCTUATION_BLOCKS.length][];
      for (int b = 0; b < forms.length; b++) {
        char from = PUNCTUATION_BLOCKS[b][0];
        forms[b] = new char[PUNCTUATION_BLOCKS[b][1] - from + 1];
        for (int i = 0; i < forms[b].length; i++) {
          char c = (char) (from + i);
          String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
          // One character, ASCII, an ideograph or itself, and no mark (which could reorder or compose with a
          // neighbour): then NFKC maps it alone, whatever stands around it.
          if (d.length() == 1 && (isOwnForm(d.charAt(0)) || d.charAt(0) == c) && !isMark(c)
              && Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC).equals(d)) {
            forms[b][i] = d.charAt(0);
          }
        }
      }
      return forms;
    }

    private static boolean isMark(char c) {
      int type = Character.getType(c);
      return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /**
     * The character NFKC makes of {@code c} whatever its neighbours, when the characters around it are of the same
     * kind: ASCII and CJK ideographs themselves, full-width forms their ASCII, punctuation itself; 0 for any other.
     */
    static char simpleForm(char c) {
      if (isOwnForm(c)) {
        return c;
      }
      for (int b = 0; b < PUNCTUATION_BLOCKS.length; b++) {
        if (c >= PUNCTUATION_BLOCKS[b][0] && c <= PUNCTUATION_BLOCKS[b][1]) {
          return SIMPLE_FORMS[b][c - PUNCTUATION_BLOCKS[b][0]];
        }
      }
      return 0;
    }

    /**
     * ASCII or a CJK Unified Ideograph (U+4E00..U+9FFF): NFKC-stable starters that never compose with a neighbour,
     * so NFKC maps text of these alone to itself.
     */
    public static boolean isOwnForm(char c) {
      return c < 0x80 || c >= 0x4E00 && c <= 0x9FFF;
    }

    /** What a note's mark follows besides an ideograph: closing punctuation ending a label ({@code 稳定”¹}). */
    private static final String NOTE_MARKED = "”’）)】]";
    /** Superscript digits 0 to 9, which NFKC makes digits: never an ordinal, nor a count's digit. */
    public static final String SUPERSCRIPT_DIGITS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079";

    /**
     * {@code s} with each circled number ({@code ①}, {@code ❶}, {@code ➀}) as the ordinal it prints, {@code 1.}: NFKC
     * would make it a bare digit, read as a count glued to its label ({@code ⑥属于} is item 6, not the value 6). A note's
     * mark after a label's last word is dropped, NFKC making it no digit of a count either: superscript digits there
     * ({@code 三安全一稳定”¹}, never an ordinal), and a circled number ending the text or a piece of it ({@code 总计①});
     * so is one after the digits that are all the text before it, a count's ({@code 115²}, {@code 2①}): a count prints
     * no digit raised or circled, and NFKC would make the mark its last digit.
     */
    public static String circledOrdinals(String s) {
      StringBuilder b = null;
      for (int i = 0; i < s.length(); i++) {
        int n = circledNumber(s.charAt(i));
        boolean superscript = SUPERSCRIPT_DIGITS.indexOf(s.charAt(i)) >= 0;
        boolean note = (superscript || n > 0 && (i + 1 == s.length() || isSpace(s.charAt(i + 1)))) && i > 0
            && (Character.isIdeographic(s.charAt(i - 1)) || NOTE_MARKED.indexOf(s.charAt(i - 1)) >= 0
                || SUPERSCRIPT_DIGITS.indexOf(s.charAt(i - 1)) >= 0 || isCount(s, i));
        if ((n > 0 || note) && b == null) {
          b = new StringBuilder(s.length() + 4).append(s, 0, i);
        }
        if (note) {
          continue;
        }
        if (n > 0) {
          b.append(n).append('.');
        } else if (b != null) {
          b.append(s.charAt(i));
        }
      }
      return b == null ? s : b.toString();
    }

    /**
     * A note's mark printed after a count's digits, the whole of a cell ({@code 5*}, {@code 3注}, {@code 0※},
     * {@code 7[1]}): a count prints none of these, so the cell holds the count as printed. A digit or letter that
     * could be the number's own is never taken for a mark (raised and circled digits: {@link #circledOrdinals}).
     */
    private static final Pattern COUNT_AND_NOTE_MARK = Pattern.compile("(\\d[\\d,]*)(?:[*※注]|\\[\\d{1,2}])");
    /** The last character of each mark {@link #COUNT_AND_NOTE_MARK} takes: most cells are told without a matcher. */
    private static final String NOTE_MARK_ENDS = "*※注]";

    /** A folded cell's text without a note's mark after its count ({@link #COUNT_AND_NOTE_MARK}), else as it is. */
    public static String withoutNoteMark(String folded) {
      if (folded.length() < 2 || NOTE_MARK_ENDS.indexOf(folded.charAt(folded.length() - 1)) < 0) {
        return folded;
      }
      Matcher m = COUNT_AND_NOTE_MARK.matcher(folded);
      return m.matches() ? m.group(1) : folded;
    }

    /** Whether the text before {@code end} is a count's digits, perhaps with thousands separators and spaces around. */
    private static boolean isCount(String s, int end) {
      boolean digits = false;
      for (int k = 0; k < end; k++) {
        char c = s.charAt(k);
        digits |= Character.isDigit(c);
        if (!Character.isDigit(c) && !isSpace(c) && (c != ',' || !digits)) {
          return false;
        }
      }
      return digits && Character.isDigit(s.charAt(end - 1));
    }

    private static int circledNumber(char c) {
      if (c >= '\u2460' && c <= '\u2473') {
        return c - '\u2460' + 1; // ① … ⑳
      }
      if (c >= '\u2776' && c <= '\u2793') {
        return (c - '\u2776') % 10 + 1; // ❶ … ❿, ➀ … ➉, ➊ … ➓
      }
      return 0;
    }

    /**
     * A cell's text as one line, as {@link #strip} gives it with each line break and the spaces around it taken out: a
     * value wrapped over lines in its cell (5,992,749.80<br>元) is printed as one.
     */
    public static String unwrapped(String s) {
      String stripped = strip(s);
      return stripped.indexOf('\n') < 0 && stripped.indexOf('\r') < 0 ? stripped : LINE_BREAK.matcher(stripped).replaceAll("");
    }

    /** {@code s} with each run of spaces, characters that print nothing among them ({@code — 1 \u200b—}), one space, stripped. */
    public static String singleSpaced(String s) {
      StringBuilder b = new StringBuilder(s.length());
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (!isSpace(c)) {
          b.append(c);
        } else if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
          b.append(' ');
        }
      }
      return b.toString().strip();
    }

    /** {@code s} without the spaces that {@link #fold} drops at its two ends (NBSP, ideographic, zero-width). */
    public static String strip(String s) {
      int from = 0;
      int to = s.length();
      while (from < to && isSpace(s.charAt(from))) {
        from++;
      }
      while (to > from && isSpace(s.charAt(to - 1))) {
        to--;
      }
      return s.substring(from, to);
    }

    private static String dropSpaces(String n) {
      int i = 0;
      while (i < n.length() && !isSpace(n.charAt(i))) {
        i++;
      }
      if (i == n.length()) {
        return n;
      }
      StringBuilder b = new StringBuilder(n.length()).append(n, 0, i);
      for (; i < n.length(); i++) {
        char c = n.charAt(i);
        if (!isSpace(c)) {
          b.append(c);
        }
      }
      return b.toString();
    }

    /** Whether the text holds a space ({@link #isSpace}). */
    public static boolean holdsSpace(String text) {
      for (int i = 0; i < text.length(); i++) {
        if (isSpace(text.charAt(i))) {
          return true;
        }
      }
      return false;
    }

    /**
     * The text's last piece, its last run of characters that are not {@code space}, read without splitting the rest:
     * most lines a reader asks are settled by it alone; empty when the text has none.
     */
    public static String lastPiece(String text, IntPredicate space) {
      int end = text.length();
      while (end > 0 && space.test(text.charAt(end - 1))) {
        end--;
      }
      int start = end;
      while (start > 0 && !space.test(text.charAt(start - 1))) {
        start--;
      }
      return text.substring(start, end);
    }

    /** Whether {@code c} is one of {@link #SPACE_CHARS}; printable ASCII and CJK text are told without looking. */
    public static boolean inSpaceChars(char c) {
      return (c <= ' ' || c >= '\u00a0' && c <= '\u3000') && SPACE_CHARS.indexOf(c) >= 0;
    }

    /** The characters as a regex character class's body: each run of consecutive ones a range. */
    private static String classBody(String chars) {
      StringBuilder body = new StringBuilder();
      int[] sorted = chars.chars().sorted().distinct().toArray();
      for (int i = 0; i < sorted.length; ) {
        int j = i;
        while (j + 1 < sorted.length && sorted[j + 1] == sorted[j] + 1) {
          j++;
        }
        body.append(String.format("\\u%04x", sorted[i]));
        if (j > i) {
          body.append('-').append(String.format("\\u%04x", sorted[j]));
        }
        i = j + 1;
      }
      return body.toString();
    }

    /** A space, or a character that prints nothing: zero-width space, non-joiner, joiner, word joiner, BOM, soft hyphen. */
    public static boolean isSpace(char c) {
      // the space, printable ASCII, CJK ideographs, CJK punctuation (but the ideographic space) and full-width forms:
      // most of any text, told without the Unicode tables
      if (c == ' ') {
        return true;
      }
      if (c > ' ' && c < 0x7f || c >= 0x4E00 && c <= 0x9FFF || c > '\u3000' && c <= 0x303F || c >= 0xFF01 && c <= 0xFF5E) {
        return false;
      }
      return Character.isWhitespace(c) || Character.isSpaceChar(c) || INVISIBLE.indexOf(c) >= 0;
    }
  }
}
