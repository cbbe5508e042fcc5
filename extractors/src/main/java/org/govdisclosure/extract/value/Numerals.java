package org.govdisclosure.extract.value;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one lexicon of how reports write numbers: the counter words after a count ({@code 3件}, {@code 3家}), the money
 * units, the date units, Chinese numerals (everyday and financial-capital (大写) digits, places), and the words that
 * negate what a count would count ({@code 无}, {@code 未收到}). Table cells, text tokens and prose rules all read their
 * words here, so that {@code 3家} is the same thing everywhere.
 */
public final class Numerals {

  static final int NONE = -1;

  /** Every counter a report puts after a count. */
  public static final List<String> COUNTERS =
      List.of("件", "条", "个", "项", "次", "人次", "人", "家", "户", "份", "例", "宗", "起", "封", "篇", "批次", "批");
  /**
   * The counters of applications and cases (封 of those sent as letters: 收到1封依申请公开); 条 counts pieces of
   * information (依申请公开341条 are documents).
   */
  public static final List<String> CASE_COUNTERS = List.of("件", "个", "次", "例", "宗", "起", "份", "封");
  /**
   * The counters of items, which count applications where the application itself is the noun counted (收到申请2条,
   * 收到1项依申请公开事项), unlike 依申请公开341条, where the noun is the information.
   */
  public static final List<String> ITEM_COUNTERS = List.of("项", "条");
  /** The counters of decisions and cases a sentence may count without naming its column; 个 and 项 count items. */
  public static final List<String> DECISION_COUNTERS = List.of("件", "起", "宗", "例");
  /** The counters of published information. */
  public static final List<String> INFORMATION_COUNTERS = List.of("条", "件", "篇");
  /** The money units a figure may carry, largest first. */
  public static final List<String> MONEY_UNITS = List.of("亿元", "万元", "元");
  /** The magnitudes a figure in a money column may carry without 元 ({@code 300.6万} under 采购总金额). */
  public static final List<String> MAGNITUDES = List.of("亿", "万");
  /** The words a change is printed with in a cell ({@code 新增8条}, {@code 减少2件}), longest first. */
  public static final List<String> CHANGE_WORDS = List.of("新增", "增加", "减少", "增", "减");
  /** What follows the year, month or day of a date. */
  public static final List<String> DATE_UNITS = List.of("年", "月", "日");

  /** Words saying there is none of what follows ({@code 无申请}, {@code 不存在上年度结转}): a negated existence. */
  public static final List<String> NEGATED_EXISTENCE_WORDS = List.of("无", "没有", "不存在");
  /** Words saying what follows did not happen ({@code 未收到}, {@code 没有发生}): a negated event. */
  public static final List<String> NEGATED_EVENT_WORDS = List.of("未", "没有");
  /**
   * The characters that negate a label's phrase right after them ({@code 不予以公开}, {@code 未予以公开}: not 予以公开):
   * a negated label.
   */
  public static final String NEGATED_LABEL_CHARS = "不未";

  /** The characters of a count in Chinese numerals. */
  public static final String CHINESE_DIGITS = "零〇一二两三四五六七八九十百千万";
  /**
   * The numeral zero written out, a cell of its own among counts: 0 to every reader. The other numerals alone stay
   * labels in a cell ({@code 一} or {@code 三} may be an ordinal, or a character of a group label printed down its column).
   */
  public static final String ZERO_WORD = "零";
  /** A count in Chinese numerals ({@code 三}, {@code 十二}), as a regex without a group. */
  public static final String CHINESE_COUNT = "[" + CHINESE_DIGITS + "]+";
  /** The letters OCR prints for a 0. */
  public static final String LETTER_ZEROS = "Oo〇";
  /**
   * Letters OCR prints for a digit of like shape, standing alone among counts or among a count's digits: l or I for a
   * 1 (or a rule, a speck), S for a 5, B for an 8, D for a 0 with a flat side, b for a 6. A person cannot tell which was
   * printed; unlike the round O for 0, a cell nobody reads without doubt, and never its digits alone ({@code 2S} is not
   * 2): the letter holds a digit's place.
   */
  public static final String LETTER_DIGITS = "lISBDb";
  private static final Pattern LETTER_ZERO = Pattern.compile("[" + LETTER_ZEROS + "]");
  /** Letters O right after a digit, no Latin letter after them: a count's zeros OCR read as letters. */
  private static final Pattern GLUED_LETTER_ZEROS = Pattern.compile("(?<=\\d)[" + LETTER_ZEROS + "]+(?![A-Za-z])");
  /** A year's figures as a report prints them, 19xx or 20xx (no group): the years a report can be of or name. */
  public static final String YEAR_DIGITS = "(?:19|20)\\d{2}";
  /** A year's zero: 〇, 零, and the circles a font or OCR prints for 〇, a white circle and a full-width O. */
  private static final String YEAR_ZEROS = "〇○零Ｏ";
  /**
   * A year's figures in Chinese numerals, 19xx or 20xx as {@link #YEAR_DIGITS} ({@code 二〇二三}, {@code 二零二三},
   * {@code 二○二○}, {@code 一九九九}); no group.
   */
  public static final String CHINESE_YEAR_DIGITS = "(?:一九|[二两][" + YEAR_ZEROS + "])[" + YEAR_ZEROS + "一二三四五六七八九]{2}";
  /** A year naming a row, a column or a block of columns ({@code 2022年}, {@code 2022年度}), its figures as a regex group. */
  public static final String YEAR = "(" + YEAR_DIGITS + ")年度?";
  /** An Arabic or Chinese count, as a regex group for the prose rules. */
  public static final String COUNT = "(\\d[\\d,]*|" + CHINESE_COUNT + ")";
  /** An amount with its unit, as a regex group. */
  public static final String AMOUNT = "(\\d[\\d,]*(?:\\.\\d+)?" + alternation(MONEY_UNITS) + ")";
  /** A unit of money, or a magnitude alone ({@code 300.6万}), as a regex group. */
  public static final String AMOUNT_UNIT = alternation(concat(MONEY_UNITS, MAGNITUDES));
  /** A table cell's amount: with its unit, or with a magnitude alone ({@code 300.6万}), as a regex group. */
  public static final String AMOUNT_CELL = "(\\d[\\d,]*(?:\\.\\d+)?" + AMOUNT_UNIT + ")";
  /**
   * What follows a span of time counted with 个 (平均3个工作日办结, 15个自然日内答复, 2个月): a duration, no count of
   * cases, whatever verb of answering comes after it.
   */
  private static final String NOT_A_DURATION = "(?!工作日|自然日|月|小时|星期)";
  /** {@link #CASE_COUNTERS} as a regex group. */
  public static final String CASE_COUNTER = alternation(CASE_COUNTERS) + NOT_A_DURATION;
  /** {@link #CASE_COUNTERS} and {@link #ITEM_COUNTERS} as a regex group. */
  public static final String CASE_OR_ITEM_COUNTER = alternation(concat(CASE_COUNTERS, ITEM_COUNTERS)) + NOT_A_DURATION;
  /**
   * A count with its counter, anywhere in a clause; not a count of parts or aspects (由…等六个部分组成, 三个方面), which
   * outlines the report, not its cases, nor a duration.
   */
  public static final Pattern COUNTED = Pattern.compile(COUNT + alternation(COUNTERS) + "(?!部分(?!公开)|方面)" + NOT_A_DURATION);

  /** All of them, said of what was just counted or named (均, 全部, 都, 皆), as a regex group without capture. */
  public static final String ALL_OF_THEM = "(?:均|全部|都|皆)";
  /**
   * 尚未 before a verb of receiving ({@code 尚未收到}, {@code 尚未接到}, {@code 尚未受理}): none received, where 尚未 alone
   * is still pending ({@code 尚未办结}, {@code 尚未审结}).
   */
  public static final String NOT_YET_RECEIVED = "尚未(?:收到|接到|受理)";
  /** {@link #NEGATED_EXISTENCE_WORDS} as a regex group. */
  public static final String NEGATED_EXISTENCE = alternation(NEGATED_EXISTENCE_WORDS);
  /** {@link #NEGATED_EVENT_WORDS} as a regex group. */
  public static final String NEGATED_EVENT = alternation(NEGATED_EVENT_WORDS);
  /** A negated event or existence, either ({@code 未…}, {@code 无…}), as a regex group. */
  public static final String NEGATION = alternation(concat(NEGATED_EVENT_WORDS, NEGATED_EXISTENCE_WORDS).stream().distinct().toList());

  private static final Pattern CHINESE = Pattern.compile(CHINESE_COUNT);

  private Numerals() {}

  private static List<String> concat(List<String> a, List<String> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }

  /** The words as a regex group that tries the longest first ({@code 人次} before {@code 人}). */
  public static String alternation(List<String> words) {
    return words.stream().sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
  }

  /** The first characters of the words, for a character test. */
  public static String firstChars(List<String> words) {
    return words.stream().map(w -> w.substring(0, 1)).distinct().collect(Collectors.joining());
  }

  /** The count a {@link #COUNT} group captured (Arabic, or Chinese up to 九千九百九十九万…), or null when it is not one. */
  public static Integer count(String text) {
    if (CHINESE.matcher(text).matches()) {
      return chinese(text);
    }
    Count c = Counts.parse(text);
    return c.kind() == CellKind.NUMBER ? c.value() : null;
  }

  /** The year of figures {@link #CHINESE_YEAR_DIGITS} matched ({@code 二〇二三}: 2023). */
  public static int chineseYear(String figures) {
    int year = 0;
    for (int i = 0; i < figures.length(); i++) {
      char c = figures.charAt(i);
      year = year * 10 + (YEAR_ZEROS.indexOf(c) >= 0 ? 0 : digit(c));
    }
    return year;
  }

  /** {@code figure} with a count in Chinese numerals opening it written in digits ({@code 三件}: {@code 3件}). */
  public static String inDigits(String figure) {
    Matcher chinese = CHINESE.matcher(figure);
    if (!chinese.lookingAt()) {
      return figure;
    }
    Integer count = chinese(chinese.group());
    return count == null ? figure : count + figure.substring(chinese.end());
  }

  /** The yuan of an {@link #AMOUNT} group, or null. */
  public static BigDecimal yuan(String text) {
    return Amounts.parse(text, null).yuan();
  }

  /**
   * Reads 零 … 九千九百九十九 and that many 万 before such a count ({@code 二万零三十}); null for anything else (二三, a
   * range, places not descending). The whole numeral is read: its tail alone ({@code 一百六十四} of 二万七千一百六十四) is
   * no count.
   */
  private static Integer chinese(String text) {
    int wan = text.indexOf('万');
    if (wan < 0) {
      return belowWan(text);
    }
    Integer high = belowWan(text.substring(0, wan));
    Integer low = wan + 1 == text.length() ? Integer.valueOf(0) : belowWan(text.substring(wan + 1));
    return high == null || low == null ? null : high * 10000 + low;
  }

  private static Integer belowWan(String text) {
    int value = 0;
    int digit = NONE;
    int lastPlace = 4;
    for (char c : text.toCharArray()) {
      int d = digit(c);
      if (d != NONE) {
        if (digit > 0) {
          return null;
        }
        digit = d;
      } else {
        int place = place(c);
        if (place < 1 || place >= lastPlace) {
          return null;
        }
        value += (digit == NONE ? 1 : digit) * (place == 1 ? 10 : place == 2 ? 100 : 1000);
        digit = NONE;
        lastPlace = place;
      }
    }
    return text.isEmpty() ? null : value + Math.max(digit, 0);
  }

  /**
   * Whether a piece is a letter OCR prints for a 0 ({@code O}, {@code o}, {@code 〇}) standing alone, or digits with
   * such letters among them ({@code 2O}): a 0 that a person reads without doubt, but only as a cell of its own among
   * counts (in a label or a sentence it is a letter); never the count's leading digits alone, as if a label followed.
   */
  public static boolean isLetterZero(String piece) {
    return piece.length() == 1 ? LETTER_ZEROS.indexOf(piece.charAt(0)) >= 0 : isDigitsWithLetters(piece, LETTER_ZEROS, LETTER_ZEROS);
  }

  /** Whether {@code text} holds an ASCII digit (as folded text prints any): text without one holds no count in digits. */
  public static boolean holdsDigit(String text) {
    return holdsDigits(text, 1);
  }

  /**
   * Whether {@code text} holds {@code count} ASCII digits at least: what a regex of that many {@code \\d} needs, told
   * before copying or matching the text.
   */
  public static boolean holdsDigits(String text, int count) {
    int digits = 0;
    for (int i = 0; i < text.length() && digits < count; i++) {
      digits += text.charAt(i) >= '0' && text.charAt(i) <= '9' ? 1 : 0;
    }
    return digits >= count;
  }

  /**
   * Whether {@code piece} is ASCII digits and {@code letters} only, one digit and one of {@code required} among them
   * at least, maybe with a counter after them: digits OCR read partly as letters ({@code 1O5}, {@code 2O件}). A scan,
   * not a regex: every cell of a table is asked.
   */
  public static boolean isDigitsWithLetters(String piece, String letters, String required) {
    boolean digit = false;
    boolean letter = false;
    for (int i = 0; i < piece.length(); i++) {
      char c = piece.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (letters.indexOf(c) >= 0) {
        letter |= required.indexOf(c) >= 0;
      } else {
        return digit && letter && isCounterFrom(piece, i);
      }
    }
    return digit && letter;
  }

  /** Whether {@code piece} from {@code start} to its end is a counter. */
  private static boolean isCounterFrom(String piece, int start) {
    for (String counter : COUNTERS) {
      if (counter.length() == piece.length() - start && piece.startsWith(counter, start)) {
        return true;
      }
    }
    return false;
  }

  /** The count a piece {@link #isLetterZero} prints, its letters read as 0. */
  public static String withLetterZerosRead(String piece) {
    return LETTER_ZERO.matcher(piece).replaceAll("0");
  }

  /**
   * The piece with OCR's letter O glued after a digit read as the 0 it is ({@code 自然人:1O} is 10, never 1 and a label
   * O), where no other Latin letter follows it.
   */
  public static String withGluedLetterZeros(String piece) {
    return piece.indexOf('O') < 0 && piece.indexOf('o') < 0 && piece.indexOf('〇') < 0 ? piece
        : GLUED_LETTER_ZEROS.matcher(piece).replaceAll(m -> "0".repeat(m.group().length()));
  }

  /** The value of a Chinese digit ({@code 三}, {@code 叁}, {@code 〇}), or {@link #NONE}. */
  static int digit(char c) {
    return switch (c) {
      case '零', '〇' -> 0;
      case '一', '壹' -> 1;
      case '二', '两', '贰', '貳' -> 2;
      case '三', '叁', '叄', '參' -> 3;
      case '四', '肆' -> 4;
      case '五', '伍' -> 5;
      case '六', '陆', '陸' -> 6;
      case '七', '柒' -> 7;
      case '八', '捌' -> 8;
      case '九', '玖' -> 9;
      default -> NONE;
    };
  }

  /** The power of ten a place character multiplies by ({@code 十} 1 … {@code 亿} 8), or {@link #NONE}. */
  static int place(char c) {
    return switch (c) {
      case '十', '拾' -> 1;
      case '百', '佰' -> 2;
      case '千', '仟' -> 3;
      case '万', '萬' -> 4;
      case '亿', '億' -> 8;
      default -> NONE;
    };
  }

  /** The power of ten of a sub-yuan unit ({@code 角} -1, {@code 分} -2), or 0 when {@code c} is none. */
  static int fraction(char c) {
    return c == '角' ? -1 : c == '分' ? -2 : 0;
  }

  /** Whether {@code c} is a unit a figure names ({@code 万}, {@code 亿}, {@code 元}, {@code 角}, {@code 分}: {@link FigureBuilder#namesUnit()}). */
  static boolean namesUnit(char c) {
    return place(c) >= 4 || isYuan(c) || fraction(c) < 0;
  }

  /**
   * Whether the comma at {@code i} groups thousands: exactly three digits follow it. {@code 1,5} is more likely a
   * decimal comma than 15, so it is not read as a separator.
   */
  static boolean isThousandsSeparator(String s, int i, int end) {
    if (s.charAt(i) != ',' || i + 3 >= end) {
      return false;
    }
    for (int k = i + 1; k <= i + 3; k++) {
      if (!isDigit(s.charAt(k))) {
        return false;
      }
    }
    return i + 4 == end || !isDigit(s.charAt(i + 4));
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isYuan(char c) {
    return c == '元' || c == '圆' || c == '圓';
  }
}
