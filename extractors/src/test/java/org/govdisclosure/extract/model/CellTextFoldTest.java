package org.govdisclosure.extract.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The fast path of {@link Cell.Text#fold} must give exactly what NFKC followed by space removal gives. */
class CellTextFoldTest {

  @Test
  void everyFastPathCharacterFoldsToItsNfkcForm() {
    int simple = 0;
    for (char c = 0; c < 0xFFFF; c++) {
      char f = Cell.Text.simpleForm(c);
      if (f != 0) {
        simple++;
        assertThat(String.valueOf(f)).as("U+%04X", (int) c).isEqualTo(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
      }
    }
    // ASCII, the ideographs and most of the punctuation and full-width blocks
    assertThat(simple).isGreaterThan(0x80 + 0x5200 + 200);
  }

  @Test
  void foldsChinesePunctuationWithoutChangingIt() {
    assertThat(Cell.Text.fold("（一）予以公开，共7件。“全部”《条例》、【注】…")).isEqualTo("(一)予以公开,共7件。“全部”《条例》、【注】...");
  }

  @Test
  void dropsTheSpacesAroundAndBetweenPunctuationInOnePass() {
    assertThat(Cell.Text.fold("（二）\u3000部分 公开，\u00a0共　７件")).isEqualTo("(二)部分公开,共7件");
    assertThat(Cell.Text.fold("甲乙 丙")).isEqualTo("甲乙丙");
    assertThat(Cell.Text.fold("　")).isEmpty();
    assertThat(Cell.Text.fold("① 属于 ")).isEqualTo("1.属于");
  }

  /** Cells are folded as they are made: a cell with punctuation and spaces is folded into one copy, not two. */
  @Test
  void foldingPunctuationAndSpacesMakesOneCopy() {
    String printed = "（一）\u3000部分公开， 共７件；（二）不予公开：３件";
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    int length = 0;
    for (int round = 0; round < 3; round++) { // the classes loaded and the calls linked before counting
      long before = threads.getCurrentThreadAllocatedBytes();
      for (int i = 0; i < 1_000; i++) {
        length += Cell.Text.fold(printed).length();
      }
      if (round == 2) {
        // a char[] of the printed length and the string made of it (its header, the Latin-1 bytes tried, its bytes):
        // about five bytes a character, where a second copy to drop the spaces doubled it
        assertThat((threads.getCurrentThreadAllocatedBytes() - before) / 1_000).isLessThan(6L * printed.length() + 100);
      }
    }
    assertThat(length).isEqualTo(3_000 * (printed.length() - 2));
  }

  @Test
  void foldsFullWidthAndSpaces() {
    assertThat(Cell.Text.fold(" １２，３４５．６ 万元\u3000")).isEqualTo("12,345.6万元");
    assertThat(Cell.Text.fold("\u00a012 ")).isEqualTo("12");
    assertThat(Cell.Text.fold("采购 金额（万元）")).isEqualTo("采购金额(万元)");
    assertThat(Cell.Text.fold("12")).isEqualTo("12");
    assertThat(Cell.Text.fold("188 \u200c")).isEqualTo("188");
    assertThat(Cell.Text.fold("行政\u200d处罚\u2060\u00ad")).isEqualTo("行政处罚");
  }

  @Test
  void foldsCircledNumbersToTheOrdinalsTheyPrint() {
    assertThat(Cell.Text.fold("⑥属于 ❶其他 ➉补正")).isEqualTo("6.属于1.其他10.补正");
    assertThat(Cell.Text.fold("⑳")).isEqualTo("20.");
  }

  /**
   * A note's mark after a label's last word is none of its digits, nor a count: superscript digits there, and a circled
   * number ending the text (one before a label's words is its ordinal); a superscript after a letter or a digit stays.
   */
  @Test
  void dropsANotesMarkAfterALabelsLastWord() {
    assertThat(Cell.Text.fold("3.危及“三安全一稳定”¹")).isEqualTo("3.危及“三安全一稳定”");
    assertThat(Cell.Text.fold("7.属于行政执法案卷²³ ")).isEqualTo("7.属于行政执法案卷");
    assertThat(Cell.Text.fold("（七）总计①")).isEqualTo("(七)总计");
    assertThat(Cell.Text.fold("（三）不予公开①属于国家秘密")).isEqualTo("(三)不予公开1.属于国家秘密");
    assertThat(Cell.Text.fold("12m² 3¹")).isEqualTo("12m231");
  }

  /**
   * A note's mark after a count's digits, the whole of a table's cell ({@code 5*}, {@code 3注}, {@code 0※},
   * {@code 7[1]}), leaves the count as printed; a mark after a label, or a character between digits, stays.
   */
  @Test
  void aCellsCountKeepsItsDigitsWithoutANotesMark() {
    assertThat(new Cell("5*").text()).isEqualTo("5");
    assertThat(new Cell(" 21注 ").text()).isEqualTo("21");
    assertThat(new Cell("0※").text()).isEqualTo("0");
    assertThat(new Cell("1,234[1]").text()).isEqualTo("1,234");
    assertThat(new Cell("７［１］").text()).isEqualTo("7");
    assertThat(new Cell("1.属于国家秘密[1]").text()).isEqualTo("1.属于国家秘密[1]");
    assertThat(new Cell("5*3").text()).isEqualTo("5*3");
    assertThat(new Cell("注").text()).isEqualTo("注");
    assertThat(new Cell("5[a]").text()).isEqualTo("5[a]");
  }

  @Property
  void fastPathMatchesNormalizer(
      @ForAll @StringLength(max = 24) @CharRange(from = 0, to = 0x7f) @CharRange(from = 0x4e00, to = 0x9fff) @Chars({'\u3000', '\u00a0', '\uff11', '\u0301'})
          String s) {
    assertThat(Cell.Text.fold(s)).isEqualTo(slowFold(s));
  }

  /** Punctuation and full-width forms beside ideographs, ASCII and characters that compose or reorder (marks, jamo). */
  @Property(tries = 3000)
  void punctuationPathMatchesNormalizer(
      @ForAll @StringLength(max = 24) @CharRange(from = 0x20, to = 0x7f) @CharRange(from = 0x4e00, to = 0x4e20)
      @CharRange(from = 0x2000, to = 0x206f) @CharRange(from = 0x3000, to = 0x303f) @CharRange(from = 0xff00, to = 0xffef)
      @Chars({'\u0301', '\u0308', '\u3099', '\u309a', '\u1161', '\u11a8', '\uac00', '\u2460', '\u2776'}) String s) {
    assertThat(Cell.Text.fold(s)).isEqualTo(slowFold(s));
    assertThat(Cell.Text.nfkc(s)).isEqualTo(Normalizer.normalize(s, Normalizer.Form.NFKC));
  }

  @Property
  void anyTextMatchesNormalizer(@ForAll String s) {
    assertThat(Cell.Text.fold(s)).isEqualTo(slowFold(s));
  }

  /**
   * The folding as it was before the fast path (circled numbers, which NFKC makes bare digits, and the radicals NFKC
   * leaves as they are, {@link Radicals}, aside).
   */
  private static String slowFold(String s) {
    String n = Radicals.asIdeographs(Normalizer.normalize(Cell.Text.circledOrdinals(s), Normalizer.Form.NFKC));
    StringBuilder b = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && "\u200b\u200c\u200d\u2060\ufeff\u00ad".indexOf(c) < 0) {
        b.append(c);
      }
    }
    return b.toString();
  }
  /**
   * CJK radicals-supplement characters a PDF viewer's copy prints for ideographs (⻚ 页, ⺠ 民, ⻩ 黄), which NFKC leaves as
   * they are, fold to the ideographs, as the Kangxi radicals NFKC folds do.
   */
  @Test
  void radicalsFoldToTheIdeographsTheyStandFor() {
    assertThat(Cell.Text.fold("第 2 \u2EDA 共 5 \u2EDA")).isEqualTo("第2页共5页");
    assertThat(Cell.Text.nfkc("获嘉县\u2F08\u2EA0政府 \u2EE9冈")).isEqualTo("获嘉县人民政府 黄冈");
  }

  @Test
  void theSpaceClassAndTheQuickTestHoldExactlyTheSpaceChars() {
    for (char c = 0; c < 0xFFFF; c++) {
      boolean listed = Cell.Text.SPACE_CHARS.indexOf(c) >= 0;
      assertThat(Cell.Text.inSpaceChars(c)).as("U+%04X", (int) c).isEqualTo(listed);
      assertThat(Cell.Text.SPACES.matcher(String.valueOf(c)).matches()).as("U+%04X", (int) c).isEqualTo(listed);
    }
  }
}
