package org.govdisclosure.extract.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.template.Ordinals;

/**
 * Splits folded prose (see {@code Cell.Text#fold}) into sentences at 。！？； (folded to 。!?;). An end mark inside a
 * quotation (“…。”) or a bracket (（…。）, 《…》, 【…】) does not end the sentence, as long as the quote or bracket is
 * closed within the paragraph: an unclosed one is stray and is ignored, so it cannot swallow the rest of the text.
 * A list marker at the start of a sentence ({@code （二）}, {@code 2、}, {@code 一是}) is dropped.
 */
public final class SentenceSplitter {

  private static final String ENDS = "。!?;";
  private static final String OPENS = "“‘(《【「";
  private static final String CLOSES = "”’)》】」";
  private static final Pattern LIST_MARKER =
      Pattern.compile("^(?:\\([" + Ordinals.NUMERALS + "\\d]{1,3}\\)|[" + Ordinals.NUMERALS + "]{1,3}[、.]|\\d{1,2}[、.)](?!\\d)|[" + Ordinals.NUMERALS + "]是)");

  /** What a list marker can open with: most sentences open with none of these and need no matcher. */
  private static final String MARKER_FIRST_CHARS = "(" + Ordinals.NUMERALS + "0123456789";

  private SentenceSplitter() {}

  /** A sub-heading's title: no figure and no mark that would end a clause or a sentence. */
  private static final Pattern TITLE = Pattern.compile("[^\\d,:;。!?]+");
  private static final String SUB_HEADING_ENDING = "情况";
  /** Where a sentence's end is followed by a bracketed list marker ({@code 。 （二）}): a sub-heading may open there. */
  private static final Pattern INLINE_SUB_HEADING = Pattern.compile("[。!?;]\\s*(?=\\([" + Ordinals.NUMERALS + "]{1,3}\\))");

  /** Whether folded text begins with a list marker ({@code （二）}, {@code 2、}, {@code 一是}). */
  static boolean startsListItem(String folded) {
    return LIST_MARKER.matcher(folded).lookingAt();
  }

  /**
   * The title of the sub-heading a folded paragraph opens with ({@code （二）依申请公开。2024年…} gives 依申请公开): a list
   * marker, then a first sentence without a figure; null for any other paragraph.
   */
  static String subHeading(String folded) {
    if (folded.isEmpty() || MARKER_FIRST_CHARS.indexOf(folded.charAt(0)) < 0) {
      return null;
    }
    Matcher m = LIST_MARKER.matcher(folded);
    if (!m.lookingAt()) {
      return null;
    }
    Matcher title = TITLE.matcher(folded).region(m.end(), folded.length());
    return title.lookingAt() && (title.end() == folded.length() || ENDS.indexOf(folded.charAt(title.end())) >= 0)
        ? title.group() : null;
  }

  /**
   * The parts of a folded paragraph that runs on past sub-headings of its own ({@code …主动公开政策文件3条。
   * （二）依申请公开情况。2024年…}: a page copy that lost its line breaks), each sub-heading opening a part, as if it
   * opened a paragraph: a sub-heading there is a bracketed list marker and a title ending in 情况 after a sentence's
   * end.
   */
  static List<String> atSubHeadings(String folded) {
    if (folded.indexOf(SUB_HEADING_ENDING, 1) < 0) {
      return List.of(folded);
    }
    List<String> parts = new ArrayList<>(2);
    int from = 0;
    Matcher m = INLINE_SUB_HEADING.matcher(folded);
    while (m.find()) {
      String title = subHeading(folded.substring(m.end()));
      if (title != null && title.endsWith(SUB_HEADING_ENDING)) {
        parts.add(folded.substring(from, m.end()));
        from = m.end();
      }
    }
    parts.add(folded.substring(from));
    return parts;
  }

  /**
   * Whether a folded line is a whole sub-heading ({@code （二）依申请公开及行政复议（行政诉讼）情况}), which ends its line
   * however long: a list marker and a title ending in 情况, the templates' word for a heading, without a figure or a
   * clause mark. A wrapped sentence's first line may also lack both, but hardly ends in that word.
   */
  static boolean isSubHeadingLine(String folded) {
    String title = subHeading(folded);
    return title != null && folded.endsWith(title) && title.endsWith(SUB_HEADING_ENDING);
  }

  public static List<String> split(String folded) {
    List<String> sentences = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int i = 0;
    while (i < folded.length()) {
      char c = folded.charAt(i);
      int kind = OPENS.indexOf(c);
      int close = kind < 0 ? -1 : closing(folded, i, kind);
      if (close > 0) {
        current.append(folded, i, close + 1);
        i = close + 1;
        continue;
      }
      current.append(c);
      i++;
      if (ENDS.indexOf(c) >= 0) {
        // Runs of end marks (。” or ?!) belong to the sentence they end.
        while (i < folded.length() && ENDS.indexOf(folded.charAt(i)) >= 0) {
          current.append(folded.charAt(i++));
        }
        add(sentences, current);
      }
    }
    add(sentences, current);
    return sentences;
  }

  /** Where the quote or bracket opened at {@code open} closes, allowing nesting of its own kind; -1 if never. */
  private static int closing(String text, int open, int kind) {
    char opener = OPENS.charAt(kind);
    char closer = CLOSES.charAt(kind);
    int depth = 0;
    for (int j = open; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == opener) {
        depth++;
      } else if (c == closer && --depth == 0) {
        return j;
      }
    }
    return -1;
  }

  private static void add(List<String> sentences, StringBuilder current) {
    String s = current.toString();
    if (!s.isEmpty() && MARKER_FIRST_CHARS.indexOf(s.charAt(0)) >= 0) {
      Matcher m = LIST_MARKER.matcher(s);
      s = m.lookingAt() ? s.substring(m.end()) : s;
    }
    if (!s.isEmpty()) {
      sentences.add(s);
    }
    current.setLength(0);
  }
}
