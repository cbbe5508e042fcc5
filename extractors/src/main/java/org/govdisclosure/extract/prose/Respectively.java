package org.govdisclosure.extract.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.value.Numerals;

/**
 * Values listed after the names they belong to ({@code 自然人、商业企业分别为5件、1件}, {@code 维持、纠正分别是2、1件}),
 * perhaps after a verb and its object ({@code 分别收到申请12件、9件}), written as each name with its value
 * ({@code 自然人5件,商业企业1件}, {@code 自然人收到申请12件,…}), so that the rules read them as they read a name followed
 * by its count. Only where the names and the values pair one to one: otherwise which value is whose is unknown, and
 * the sentence is left as printed (no rule reads a count after 分别为), or, where a verb stands between (which a rule
 * would read the first value after as the whole's), without the list. Names each given its value after 分别为
 * ({@code 分别为自然人5件、法人1件}) are already paired: the word goes.
 */
public final class Respectively {

  public static final String MARK = "分别";
  /** 分别为, 分别是, 分别有, 分别达, or 分别 alone. */
  private static final Pattern OPENING = Pattern.compile("分别(?:为|是|有|达到?|共)?");
  /** A verb and its object between 分别 and the values ({@code 收到申请}, {@code 提出}): no figure, no clause break. */
  private static final Pattern VERB = Pattern.compile("[^,:;。!?、\\d]{1,16}?(?=\\d)");
  private static final Pattern VALUE = Pattern.compile(Numerals.COUNT + "(" + Numerals.alternation(Numerals.COUNTERS) + ")?");
  /** What parts two values: 、 or a comma after a counted value, 和/及/与 before the last. */
  private static final Pattern VALUE_BREAK = Pattern.compile("、|,(?=\\d)|和|及|与");
  /** Where the names open: after the clause's start. */
  private static final String CLAUSE_ENDS = ",:;。!?";
  private static final Pattern LAST_NAME_BREAK = Pattern.compile("和|及|与|以及");

  private Respectively() {}

  /** The sentence (folded, or NFKC-normalized with its spaces) with each 分别 list paired out, or the sentence itself where it has none that pairs. */
  public static String paired(String sentence) {
    if (!sentence.contains(MARK)) {
      return sentence;
    }
    Matcher opening = OPENING.matcher(sentence);
    StringBuilder out = new StringBuilder();
    int done = 0;
    while (opening.find()) {
      int start = opening.start();
      int namesStart = start;
      while (namesStart > done && CLAUSE_ENDS.indexOf(sentence.charAt(namesStart - 1)) < 0) {
        namesStart--;
      }
      List<String[]> values = new ArrayList<>();
      int end = values(sentence, opening.end(), values);
      String verb = "";
      if (values.isEmpty() && opening.group().equals(MARK)) {
        Matcher v = VERB.matcher(sentence).region(opening.end(), sentence.length());
        if (v.lookingAt()) {
          end = values(sentence, v.end(), values);
          verb = values.isEmpty() ? "" : v.group();
        }
      }
      if (values.isEmpty() && !opening.group().equals(MARK)) { // 分别为自然人5件、法人1件: each name has its value
        out.append(sentence, done, start);
        done = opening.end();
        continue;
      }
      List<String> names = names(sentence.substring(namesStart, start), values.size());
      if (names == null) {
        if (!verb.isEmpty()) {
          out.append(sentence, done, namesStart);
          done = end;
        }
        continue;
      }
      String last = values.get(values.size() - 1)[1];
      String counter = last != null ? last : ""; // 分别为5、3件: the last value's counter is each one's
      // each value in digits (分别为零、三件: 0件, 3件), as a reader takes a count once it knows whose it is
      out.append(sentence, done, namesStart);
      for (int i = 0; i < names.size(); i++) {
        String[] value = values.get(i);
        out.append(i == 0 ? "" : ",").append(names.get(i)).append(verb)
            .append(Numerals.inDigits(value[0] + (value[1] != null ? value[1] : counter)));
      }
      done = end;
    }
    return done == 0 ? sentence : out.append(sentence.substring(done)).toString();
  }

  /** Reads the values from {@code from} into {@code values} (count, counter or null); returns where they end. */
  private static int values(String sentence, int from, List<String[]> values) {
    Matcher value = VALUE.matcher(sentence);
    Matcher breaks = VALUE_BREAK.matcher(sentence);
    int at = from;
    int end = from;
    while (value.region(at, sentence.length()).lookingAt()) {
      values.add(new String[] {value.group(1), value.group(2)});
      end = value.end();
      if (!breaks.region(end, sentence.length()).lookingAt()) {
        break;
      }
      at = breaks.end();
    }
    return end;
  }

  /**
   * The names before 分别, parted by 、 (the last two perhaps by 和, 及, 与), when there are exactly {@code count} of
   * them and at least two; else null.
   */
  private static List<String> names(String text, int count) {
    if (count < 2) {
      return null;
    }
    List<String> names = new ArrayList<>(List.of(text.split("、", -1)));
    if (names.size() == count - 1) {
      String last = names.remove(names.size() - 1);
      Matcher m = LAST_NAME_BREAK.matcher(last);
      if (!m.find()) {
        return null;
      }
      names.add(last.substring(0, m.start()));
      names.add(last.substring(m.end()));
    }
    return names.size() == count && names.stream().noneMatch(String::isEmpty) ? names : null;
  }
}
