package org.govdisclosure.extract.meta;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govdisclosure.extract.value.Numerals;

/**
 * Finds the year a report covers: in the title ({@code 2020年度}, {@code 2020年}, {@code 二〇二〇年}, or a bare
 * year before 政府信息公开; where a page has no title, after the statistics period), else in the statistics period ({@code 统计期限…2020年1月1日}, {@code 二〇二〇年一月一日}), else the first year the
 * opening of the body names ({@code 2025年中仓街道积极推动…}), which {@link #fromOpening} tells apart. The opening
 * starts at the title: what a page copy prints above it (links to other years' reports) is not this report's; it ends
 * at a table's row. Only
 * 1990–2100 counts.
 */
public final class YearFinder {

  /** After a year, a month and a day make it a date: when a page was published or a law amended, not the year covered. */
  private static final String NOT_A_DAY = "(?!\\d{1,2}月\\d{1,2}日)";
  /** A title's year; a page with no title lends its first paragraph, which may cite 《条例》(2019年4月3日…修订). */
  private static final Pattern TITLE_YEAR = Pattern.compile("(" + Numerals.YEAR_DIGITS + ")(?:年" + NOT_A_DAY + "|(?=[^\\d]*信息公开))");
  /** What a period's start prints after its year: text without it is not searched (most reports' titles name the year). */
  private static final String PERIOD_START = "1月1日";
  private static final String CHINESE_PERIOD_START = "一月一日";
  /** A period runs on to its end (至/起/到/—): a date alone (a signature dated 2024年1月1日) starts none. */
  private static final String PERIOD_GOES_ON = "(?=\\s*[起至到\\-—–~～])";
  private static final Pattern PERIOD_YEAR = Pattern.compile("(" + Numerals.YEAR_DIGITS + ")年" + PERIOD_START + PERIOD_GOES_ON);
  /**
   * A period that ends with the year ({@code 截止2023年12月31日我局发布…}): where nothing else names the year, the year it
   * ends is the one covered; a signature's date is no period's end, as nothing opens it.
   */
  private static final Pattern PERIOD_END_YEAR = Pattern.compile("(?:截至|截止|至)(" + Numerals.YEAR_DIGITS + ")年12月31日");
  /**
   * A statistics period the report states as such (统计期限自2021年1月1日起, 所列数据…从2021年1月1日到): unlike a date that
   * merely starts something (《民法典》自2021年1月1日起施行), it says which year the figures cover.
   */
  private static final Pattern STATED_PERIOD_YEAR = Pattern.compile(
      "(?:统计(?:期限|时限|时间|区间|范围|周期|期间)|所列数据)[^。\\d]{0,12}?(" + Numerals.YEAR_DIGITS + ")年" + PERIOD_START + PERIOD_GOES_ON);
  private static final String CHINESE_YEAR_DIGITS = "(" + Numerals.CHINESE_YEAR_DIGITS + ")年";
  private static final Pattern CHINESE_YEAR = Pattern.compile(CHINESE_YEAR_DIGITS);
  /** The period's start written in Chinese numerals: 二〇二三年一月一日 (a date in the signature is the publication's). */
  private static final Pattern CHINESE_PERIOD_YEAR = Pattern.compile(CHINESE_YEAR_DIGITS + CHINESE_PERIOD_START + PERIOD_GOES_ON);
  /** A year, but not a day's date (发布日期:2025年01月02日, 成文日期): that is when the page or report was written. */
  private static final Pattern ANY_YEAR = Pattern.compile("(" + Numerals.YEAR_DIGITS + ")年" + NOT_A_DAY);
  private static final int OPENING_CHARS = 600;
  /** Counts standing apart on one line that make it a table's row, no sentence of an opening. */
  private static final int TABLE_ROW_COUNTS = 3;
  /** Letters OCR prints for digits among a row's counts. */
  private static final String LETTERS_FOR_DIGITS = Numerals.LETTER_ZEROS + Numerals.LETTER_DIGITS;
  /** What ends a year written before a title: 2019年 / 2019年度. */
  private static final String YEAR_WORDS = "年度";
  /** A sentence's end: no title has one, the first paragraph a page with no title lends does. */
  private static final String SENTENCE_END = "。";
  private static final int MIN = 1990;
  private static final int MAX = 2100;

  private YearFinder() {}

  /** The year found and whether it came only from the body's opening (a weaker clue, worth a warning). */
  public record Found(Integer year, boolean fromOpening) {}

  /** @param title folded title; @param body folded text of the whole report */
  public static Found find(String title, String body) {
    // a page with no title lends its first paragraph, whose years (结合2024年…工作实际) may not be the one covered
    Integer year = title.contains(SENTENCE_END) ? period(body) : null;
    if (year == null) {
      year = first(TITLE_YEAR, title);
    }
    if (year == null) {
      year = chinese(CHINESE_YEAR, title);
    }
    if (year == null) {
      year = period(body);
    }
    if (year != null) {
      return new Found(year, false);
    }
    int start = lineAt(title, body);
    year = first(ANY_YEAR, body.substring(start, openingEnd(body, start)));
    if (year == null) {
      year = first(PERIOD_END_YEAR, body);
    }
    return new Found(year, year != null);
  }

  /**
   * The year of the statistics period the report states ({@link #STATED_PERIOD_YEAR}) where it differs from the year
   * found, else null. The title's year stays the report's: the title is what the report is published and filed as,
   * and a period sentence is often carried over from the year before; the conflict is for a reader to settle.
   *
   * @param body folded text of the whole report
   */
  public static Integer conflictingPeriod(Found found, String body) {
    if (found.year() == null || found.fromOpening() || !body.contains(PERIOD_START)) {
      return null;
    }
    Integer stated = first(STATED_PERIOD_YEAR, body);
    return stated == null || stated.equals(found.year()) ? null : stated;
  }

  /**
   * Where the opening that starts at {@code start} ends: {@link #OPENING_CHARS} on, or before, a line of a table's counts.
   * A page copied from the middle of a report opens with its table's rows, not with an opening: a year printed among
   * or after them (a date line {@code 2023年} between pages, a sentence's {@code 2022年第3季度}) is not the year covered.
   */
  private static int openingEnd(String body, int start) {
    int end = Math.min(body.length(), start + OPENING_CHARS);
    for (int from = start; from < end; ) {
      int next = body.indexOf('\n', from);
      int lineEnd = next < 0 || next > end ? end : next;
      if (isTableRow(body, from, lineEnd)) {
        return from;
      }
      from = lineEnd + 1;
    }
    return end;
  }

  /**
   * Whether the folded line ends with {@link #TABLE_ROW_COUNTS} counts: cells apart (by tabs, or spaces), or digits run
   * together right after its label's last ideograph ({@code 予以公开4010005}; a sentence ends with a word or 。). OCR's
   * letters for digits ({@code 1O}, {@code l96}) count as theirs.
   */
  private static boolean isTableRow(String body, int from, int to) {
    int i = to;
    int cells = 0;
    while (true) {
      while (i > from && isSpace(body.charAt(i - 1))) {
        i--;
      }
      int cellEnd = i;
      int digits = 0;
      while (i > from && isDigitLike(body.charAt(i - 1))) {
        digits += isDigit(body.charAt(--i)) ? 1 : 0;
      }
      if (cellEnd == i || digits == 0 && cellEnd - i > 1) {
        return false; // a word, or nothing: a lone letter O among counts is OCR's 0
      }
      if (++cells >= TABLE_ROW_COUNTS) {
        return true;
      }
      if (i == from || !isSpace(body.charAt(i - 1))) {
        return cells == 1 && i > from && Character.isIdeographic(body.charAt(i - 1)) && cellEnd - i >= TABLE_ROW_COUNTS;
      }
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isDigitLike(char c) {
    return isDigit(c) || LETTERS_FOR_DIGITS.indexOf(c) >= 0;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00a0';
  }

  /** The year the statistics period starts in, in digits or in Chinese numerals, or null. */
  private static Integer period(String body) {
    Integer year = body.contains(PERIOD_START) ? first(PERIOD_YEAR, body) : null;
    return year == null && body.contains(CHINESE_PERIOD_START) ? chinese(CHINESE_PERIOD_YEAR, body) : year;
  }

  /**
   * Where the title stands as a whole line of {@code body}; in a page flattened into one line, where it stands not
   * right after a year (2019年度XX局…报告 is a link to another year's report ending with this title); else 0.
   */
  private static int lineAt(String title, String body) {
    if (title.isEmpty()) {
      return 0;
    }
    int unyeared = -1;
    for (int at = body.indexOf(title); at >= 0; at = body.indexOf(title, at + 1)) {
      int end = at + title.length();
      if ((at == 0 || body.charAt(at - 1) == '\n') && (end == body.length() || body.charAt(end) == '\n')) {
        return at;
      }
      if (unyeared < 0 && (at == 0 || YEAR_WORDS.indexOf(body.charAt(at - 1)) < 0)) {
        unyeared = at;
      }
    }
    return Math.max(unyeared, 0);
  }

  private static Integer first(Pattern p, String text) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      int y = Integer.parseInt(m.group(1));
      if (y >= MIN && y <= MAX) {
        return y;
      }
    }
    return null;
  }

  private static Integer chinese(Pattern p, String text) {
    Matcher m = p.matcher(text);
    if (!m.find()) {
      return null;
    }
    int y = Numerals.chineseYear(m.group(1));
    return y >= MIN && y <= MAX ? y : null;
  }
}
