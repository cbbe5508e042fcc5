package org.govdisclosure.extract.model;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page prints at its head or foot besides the report, for every reader and the table tokens alike: its number
 * on a line of its own, and a browser's print margins. What such a line looks like is stated here once; each place
 * says how much of it it can tell from its own text (which {@link Form}s of a page's number: a bare number closing a
 * page is the page's, among a table's cells it is a count; the whole line or its opening).
 */
public final class PageFurniture {

  /** How a page's number is printed. */
  public enum Form {
    /** {@code 第 3 页}, {@code 第3页，共9页}, {@code 第 12 页 / 共 30 页}. */
    NUMBERED,
    /** {@code 3/9}: the page of the pages. */
    OF_PAGES,
    /** {@code - 3 -}, {@code —3—}: a number between dashes. */
    FRAMED,
    /** {@code - 3}, {@code 3 —}: a dash on one side; among values, a count beside a cell marked none. */
    MARKED,
    /** {@code 3}: a number alone; among a table's cells, a count. */
    BARE;

    /** Every form: where a line stands apart from any table (closing a page). */
    public static final Set<Form> ANY = EnumSet.allOf(Form.class);
    /**
     * The forms a table's cell or line never prints: a dash beside a number may mark a cell none ({@code - 0 0 0 - -} is
     * a row of cells, a dash group has no space in it), a number alone be a count.
     */
    public static final Set<Form> AMONG_CELLS = EnumSet.of(NUMBERED, OF_PAGES, FRAMED);
    /** The forms of a line of a figure and dashes alone, among lines of figures ({@code 3 / 9} there is three cells). */
    public static final Set<Form> AMONG_FIGURES = EnumSet.of(FRAMED, MARKED);
  }

  private static final String DASHES = "[-—–－]*";
  /** The most digits a page's number has: no report runs to a thousand pages. */
  private static final int MAX_PAGE_DIGITS = 3;
  private static final String PAGE = "\\d{1," + MAX_PAGE_DIGITS + "}";
  /**
   * A page's number, its text NFKC-folded and single-spaced: dashes, the number in one form, dashes.
   */
  private static final Pattern PAGE_NUMBER = Pattern.compile("^(?<before>" + DASHES + ") ?(?:(?<numbered>第 ?" + PAGE + " ?页(?: ?[,/]? ?共 ?"
      + PAGE + " ?页)?)|(?<of>" + PAGE + " ?/ ?" + PAGE + ")|" + PAGE + ") ?(?<after>" + DASHES + ")$");
  /** The longest line a page's number takes: {@code 第 12 页 / 共 30 页} with spaces around. */
  private static final int MAX_LENGTH = 24;
  /** Every character {@link #PAGE_NUMBER} matches other than a space. */
  private static final String CHARS = "-—–－0123456789第页共/,";

  private static final String SPACE = "[" + Cell.Text.SPACE_CLASS + "]";
  /** When a browser printed the page, as it heads each sheet with it: a date and a time ({@code 12/6/26, 7:24 PM}, {@code 2022/1/17 下午4:22}). */
  private static final String PRINTED_AT = "\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}(?:[,，]|" + SPACE + ")*(?:上午|下午)?" + SPACE
      + "*\\d{1,2}:\\d{2}";
  /** A page's address, as a browser foots each sheet it prints with it. */
  private static final String WWW = "www.";
  private static final String ADDRESS = "(?:(?i:https?|file)://|" + Pattern.quote(WWW) + ")";
  private static final Pattern OPENS_BROWSER_HEAD = Pattern.compile(SPACE + "*" + PRINTED_AT);
  private static final Pattern OPENS_BROWSER_FOOT = Pattern.compile(SPACE + "*" + ADDRESS);
  /**
   * A browser's print line as a whole: the page's address, maybe with the sheet's number of the sheets
   * ({@code http://www.x.gov.cn/art/2022/1/16/art_1229_82126.html  1/2}), or the date and time printed and the page's
   * title ({@code 2022/1/17 下午4:22  …年度报告}). Its figures are no cells.
   */
  private static final Pattern BROWSER_PRINT_LINE = Pattern.compile("^" + SPACE + "*(?:" + ADDRESS + "\\S+(?:" + SPACE + "*\\d{1,3}" + SPACE
      + "*/" + SPACE + "*\\d{1,3})?|" + PRINTED_AT + "(?::\\d{2})?(?:" + SPACE + "+\\D.*)?)" + SPACE + "*$");

  private PageFurniture() {}

  /** Whether a page's first line opens as a browser heads each sheet it prints: with when it printed it. */
  public static boolean opensBrowserHead(String line) {
    return OPENS_BROWSER_HEAD.matcher(line).lookingAt();
  }

  /** Whether a page's last line opens as a browser foots each sheet it prints: with the page's address. */
  public static boolean opensBrowserFoot(String line) {
    return OPENS_BROWSER_FOOT.matcher(line).lookingAt();
  }

  /** Whether the line is a browser's print line as a whole ({@link #BROWSER_PRINT_LINE}), wherever it stands. */
  public static boolean isBrowserPrintLine(String line) {
    // every such line holds a colon (its time's, its scheme's) or a www.: no matcher made for the others
    return (line.indexOf(':') >= 0 || line.contains(WWW)) && BROWSER_PRINT_LINE.matcher(line).matches();
  }

  /** Whether {@code line} is a page's number alone in one of the {@code forms} the caller trusts. */
  public static boolean isPageNumber(String line, Set<Form> forms) {
    String text = Cell.Text.strip(line); // a number centred on its line comes with the spaces before it
    if (text.isEmpty() || text.length() > MAX_LENGTH || !mayFoldToDigit(text)) {
      return false;
    }
    if (isAsciiDigits(text)) { // a count on a line of its own, the commonest line asked: no folding, no matcher
      return text.length() <= MAX_PAGE_DIGITS && forms.contains(Form.BARE);
    }
    String folded = Cell.Text.nfkc(text);
    if (!onlyPageNumberChars(folded)) {
      return false;
    }
    Matcher m = PAGE_NUMBER.matcher(Cell.Text.singleSpaced(folded));
    return m.matches() && forms.contains(form(m));
  }

  private static Form form(Matcher m) {
    if (m.group("numbered") != null) {
      return Form.NUMBERED;
    }
    if (m.group("of") != null) {
      return Form.OF_PAGES;
    }
    int dashed = (m.group("before").isEmpty() ? 0 : 1) + (m.group("after").isEmpty() ? 0 : 1);
    return dashed == 2 ? Form.FRAMED : dashed == 1 ? Form.MARKED : Form.BARE;
  }

  /**
   * Whether NFKC may leave a digit in the text: ASCII and CJK ideographs fold to themselves, so text of those alone
   * without an ASCII digit holds none after folding either (most lines and cells: no normalizing needed).
   */
  private static boolean mayFoldToDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9' || !Cell.Text.isOwnForm(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Whether the text holds only characters a page's number is printed with, or spaces: settled without the regex. */
  private static boolean onlyPageNumberChars(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (CHARS.indexOf(c) < 0 && !Cell.Text.isSpace(c)) {
        return false;
      }
    }
    return true;
  }
}
