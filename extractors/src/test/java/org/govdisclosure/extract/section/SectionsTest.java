package org.govdisclosure.extract.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.govdisclosure.extract.AllocatedBytes;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Document;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;
import org.junit.jupiter.api.Test;

class SectionsTest {

  /**
   * A workbook's text on its first sheet, section 三's and 四's tables on sheets of their own read after it: a table
   * after the last heading goes to the section whose header words it says, when that section's heading has no table
   * (section 二 keeps its own).
   */
  @Test
  void aTableAfterTheLastHeadingGoesToTheTablelessSectionWhoseHeaderItSays() {
    Table proactive = table("信息内容", "本年制发件数", "总计");
    Table applications = table("申请人情况", "自然人");
    Table review = table("行政复议", "结果维持");
    Document document = new Document("xlsx", null, List.<Block>of(
        new Paragraph("二、主动公开政府信息情况"), proactive,
        new Paragraph("三、收到和处理政府信息公开申请情况"),
        new Paragraph("四、政府信息公开行政复议、行政诉讼情况"),
        new Paragraph("六、其他需要报告的事项"), new Paragraph("无。"), applications, review));

    Sections sections = Sections.of(document);

    assertThat(sections.tables(Sections.APPLICATIONS)).containsExactly(applications);
    assertThat(sections.tables(Sections.REVIEW_LITIGATION)).containsExactly(review);
    assertThat(sections.tables(Sections.PROACTIVE)).containsExactly(proactive);
  }

  /**
   * Section 四's table beside section 三's under section 三's heading, read after it: it goes to section 四, whose
   * heading has none, and leaves section 三, whose table it is not.
   */
  @Test
  void aTableUnderTheOtherTableSectionsHeadingThatSaysOnlyThisSectionsHeaderGoesToIt() {
    Table applications = table("申请人情况", "自然人", "总计");
    Table review = table("行政复议", "结果维持", "总计");
    Document document = new Document("xlsx", null, List.<Block>of(
        new Paragraph("三、收到和处理政府信息公开申请情况"), applications, review,
        new Paragraph("四、政府信息公开行政复议、行政诉讼情况"), new Paragraph("五、存在的主要问题及改进情况")));

    Sections sections = Sections.of(document);

    assertThat(sections.tables(Sections.APPLICATIONS)).containsExactly(applications);
    assertThat(sections.tables(Sections.REVIEW_LITIGATION)).containsExactly(review);
  }

  /**
   * A page copy that starts inside section 三's table: its last rows (cells parted by spaces, marks of none among
   * them, or glued), printed before section 四's heading with no heading of sections 一 to 三, are section 三's; the
   * page's running head before them stays where it is.
   */
  @Test
  void aCopyStartingInsideSectionThreesTableGivesItsRowsToSectionThree() {
    Paragraph head = new Paragraph("第5页 2023年报");
    Paragraph total = new Paragraph(" （七）　总计 6 1 无 / 0 0 7");
    Paragraph carried = new Paragraph("四、结转下年度继续办理2000002");
    Document document = new Document("txt", null, List.<Block>of(head, total, carried,
        new Paragraph("四、政府信息公开行政复议、行政诉讼情况"), new Paragraph("本年度无行政复议。")));

    Sections sections = Sections.of(document);

    assertThat(sections.blocks(Sections.APPLICATIONS)).containsExactly(total, carried);
    assertThat(sections.blocks(0)).containsExactly(head);
  }

  /** Before section 三's heading, or with no later heading, a row-like line stays before the headings. */
  @Test
  void rowLikeLinesBeforeSectionThreesOwnHeadingStayWhereTheyAre() {
    Paragraph row = new Paragraph("（七）总计 6 1 0 0 0 0 7");
    Document withHeading = new Document("txt", null, List.<Block>of(row,
        new Paragraph("三、收到和处理政府信息公开申请情况"), new Paragraph("四、政府信息公开行政复议、行政诉讼情况")));
    Document noHeading = new Document("txt", null, List.<Block>of(row, new Paragraph("本年度无行政复议。")));

    assertThat(Sections.of(withHeading).blocks(0)).containsExactly(row);
    assertThat(Sections.of(withHeading).blocks(Sections.APPLICATIONS)).isEmpty();
    assertThat(Sections.of(noHeading).blocks(0)).startsWith(row);
    assertThat(Sections.of(noHeading).blocks(Sections.APPLICATIONS)).isEmpty();
  }

  /** An OCR'd heading whose topic words lost or doubled a character still names its section. */
  @Test
  void aHeadingWhoseTopicWordsLostOrDoubledACharacterNamesItsSection() {
    assertThat(Sections.topic("政府信息公开政复议、行政诉诉讼情况")).isEqualTo(Sections.REVIEW_LITIGATION);
    assertThat(Sections.topic("收到和处处理政府信息公开申情况")).isEqualTo(Sections.APPLICATIONS);
    assertThat(Sections.topic("加强队伍建设")).isZero();
  }

  /** Reviews and suits named without 行政, as old-style headings print them, are section 四's topic. */
  @Test
  void reviewsAndSuitsWithoutXingZhengNameSectionFour() {
    assertThat(Sections.topic("(六)复议、诉讼和申诉情况")).isEqualTo(Sections.REVIEW_LITIGATION);
    assertThat(Sections.topic("(五)咨询处理情况")).isZero();
  }

  /**
   * A heading line that goes on after its title's 。 with a sentence: the sentence is the section's first, and only the
   * title names the heading's topic, so an item of the old outline naming 复议 among other topics
   * (五、行政投诉举报、复议和诉讼情况。) heads no section 四 for the 行政复议 of the sentence after it.
   */
  @Test
  void aHeadingLineReadsOnAfterItsTitleAndOnlyItsTitleNamesItsTopic() {
    Paragraph oldItem = new Paragraph("五、行政投诉举报、复议和诉讼情况。我局没有收到因政府信息公开申请行政复议和提起行政诉讼情况。");
    Document document = new Document("txt", null, List.<Block>of(new Paragraph("一、总体情况"), oldItem,
        new Paragraph("四、政府信息公开行政复议、行政诉讼情况。 本年度未发生行政复议。"), new Paragraph("五、存在的主要问题及改进情况")));

    Sections sections = Sections.of(document);

    assertThat(Sections.isHeading(oldItem.text())).isFalse();
    assertThat(sections.blocks(Sections.OVERVIEW)).containsExactly(oldItem);
    assertThat(sections.blocks(Sections.REVIEW_LITIGATION)).containsExactly(new Paragraph("本年度未发生行政复议。"));
  }

  private static Table table(String... labels) {
    return new Table(List.of(new Row(List.of(labels).stream().map(Cell::new).toList()), new Row(List.of(new Cell("规章"), new Cell("7")))));
  }

  @Test
  void headingsOpenWithANumeralAMarkedSeparatorOrATitle() {
    assertThat(Sections.isHeading("三、收到和处理政府信息公开申请情况")).isTrue();
    assertThat(Sections.isHeading("、收到和处理政府信息公开申请情况")).isTrue();
    assertThat(Sections.isHeading(":、收到和处理政府信息公开申请情况")).isTrue();
    assertThat(Sections.isHeading(":=、收到和处理政府信息公开申请情况")).isTrue(); // 三's strokes read as two marks
    assertThat(Sections.isHeading(":=#、收到和处理政府信息公开申请情况")).isFalse();
    assertThat(Sections.isHeading("囚、政府信息公开行政复议、行政诉讼情况")).isTrue(); // OCR's look-alike of 四
    assertThat(Sections.isHeading("囚犯、政府信息公开行政复议、行政诉讼情况")).isFalse();
    assertThat(Sections.isHeading("\"政府信息公开行政复议、行政诉讼情况")).isTrue();
    assertThat(Sections.isHeading("政府信息公开行政复议、行政诉讼情况")).isTrue();
    assertThat(Sections.isHeading("\uD83D\uDE00、主动公开政府信息情况")).isTrue(); // a mark outside the BMP before the 、
    assertThat(Sections.isHeading("本机关主动公开政府信息情况")).isFalse();
    assertThat(Sections.isHeading("三、其他")).isFalse();
  }

  /**
   * Headings numbered as parts ({@code 第三部分 收到和处理…}, folded without the space) name their sections; the part's
   * numeral decides among headings of one topic as a plain numeral does.
   */
  @Test
  void headingsNumberedAsPartsNameTheirSections() {
    assertThat(Sections.isHeading("第三部分收到和处理政府信息公开申请情况")).isTrue();
    assertThat(Sections.isHeading("第四部分、政府信息公开行政复议、行政诉讼情况")).isTrue();
    assertThat(Sections.isHeading("第三部分本年度办理结果")).isFalse();
    assertThat(Sections.isHeading("第三条收到和处理政府信息公开申请")).isFalse();
    Table applications = table("申请人情况", "自然人", "总计");
    Table review = table("行政复议", "结果维持", "总计");
    Document document = new Document("txt", null, List.<Block>of(
        new Paragraph("第二部分主动公开政府信息情况"), new Paragraph("第三部分收到和处理政府信息公开申请情况"), applications,
        new Paragraph("第四部分政府信息公开行政复议、行政诉讼情况"), review, new Paragraph("第五部分存在的主要问题及改进情况")));

    Sections sections = Sections.of(document);

    assertThat(sections.tables(Sections.APPLICATIONS)).containsExactly(applications);
    assertThat(sections.tables(Sections.REVIEW_LITIGATION)).containsExactly(review);
  }

  /** A heading OCR read with look-alike characters in every topic word (埋 for 理, 甲 for 申) still names its section. */
  @Test
  void aHeadingWithLookAlikeCharactersNamesItsSection() {
    assertThat(Sections.isHeading("三、收到和处埋政府信息公开甲请情况")).isTrue();
    assertThat(Sections.isHeading("四、玫府信息公开行玫复议、行玫诉讼情况")).isTrue(); // 玫 for 政, as OCR reads 王 for 正
    assertThat(Sections.isHeading("四四、政府信息公开行政复议、行政诉讼情况")).isTrue(); // the numeral doubled
    assertThat(Sections.isHeading("四三、政府信息公开行政复议、行政诉讼情况")).isFalse();
    assertThat(Sections.isHeading("三、本年度办理结果")).isFalse();
    assertThat(Sections.isHeading("四、结转下年度继续办理")).isFalse();
  }

  /** Every paragraph of a report is asked: one that opens as no heading can is told without a matcher. */
  @Test
  void aSentenceIsToldNoHeadingWithoutAllocating() {
    assertThat(AllocatedBytes.perCall(2_000, () -> (Sections.isHeading("本机关全年共收到政府信息公开申请12件。") ? 1 : 0)
        + (Sections.isHeading("（一）予以公开") ? 2 : 0))).isZero();
  }

  /**
   * A numbered paragraph that names no section's topic is looked at again for topics printed with look-alike
   * characters: at each place of its title, without copying the title's pieces (about 8 600 bytes a call did).
   */
  @Test
  void aNumberedParagraphNamingNoTopicIsReadWithoutCopies() {
    assertThat(AllocatedBytes.perCall(2_000, () -> Sections.isHeading("一、本年度重点工作安排与落实") ? 1 : 0)).isLessThan(1_000L);
    assertThat(Sections.isHeading("一、本年度重点工作安排与落实")).isFalse();
  }
}
