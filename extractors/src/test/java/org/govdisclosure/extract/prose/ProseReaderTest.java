package org.govdisclosure.extract.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.govdisclosure.extract.AllocatedBytes;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Table;
import org.govdisclosure.extract.spi.Template;
import org.junit.jupiter.api.Test;

class ProseReaderTest {

  private static Paragraph p(String text) {
    return new Paragraph(text);
  }

  @Test
  void longLinesWithoutAClosingMarkRunOn() {
    List<Block> blocks = List.of(
        p("件,无法提供的10件,不予处理0件,其他处理14件,转下一"),
        p("年度办理答复的有1件。"),
        p("五、政府信息管理"));
    assertThat(ProseReader.unwrapped(blocks))
        .containsExactly("件,无法提供的10件,不予处理0件,其他处理14件,转下一年度办理答复的有1件。", "五、政府信息管理");
  }

  @Test
  void headingsListItemsAndTablesEndARun() {
    List<Block> blocks = List.of(
        p("(一)依申请公开情况"),
        p("2020年本镇共收到政府信息公开申请5件,均已按时答复"),
        p("(二)政府信息管理情况"),
        p("本年度进一步规范了政府信息公开的发布审核流程和"),
        new Table(List.of()),
        p("保密审查制度。"));
    assertThat(ProseReader.unwrapped(blocks)).containsExactly(
        "(一)依申请公开情况",
        "2020年本镇共收到政府信息公开申请5件,均已按时答复",
        "(二)政府信息管理情况",
        "本年度进一步规范了政府信息公开的发布审核流程和",
        "保密审查制度。");
  }

  /** A sub-heading ending in 情况 ends its line however long: the sentence under it is not glued to its words. */
  @Test
  void aLongSubHeadingEndsItsLine() {
    List<Block> blocks = List.of(
        p("(三)依申请公开及行政复议(行政诉讼)情况"),
        p("2022年我办共收到申请公开信息件共9件,均已按时回复。"));
    assertThat(ProseReader.unwrapped(blocks)).containsExactly(
        "(三)依申请公开及行政复议(行政诉讼)情况", "2022年我办共收到申请公开信息件共9件,均已按时回复。");
    assertThat(cells(Topic.APPLICATIONS, blocks)).containsExactly("new_received.total=9");
  }

  /**
   * Under a sub-heading on applications for disclosure, a review or suit spoken of is one about them: none is zero of
   * each, whether the sub-heading stands alone or opens the paragraph; under another sub-heading it is not read.
   */
  @Test
  void noReviewUnderTheApplicationsSubHeadingIsZero() {
    List<String> alone = cells(Topic.REVIEW_LITIGATION, List.of(
        p("(二)依申请公开"), p("2022年度共受理信息公开申请3件。"), p("本年度未发生行政复议、行政诉讼情况。")));
    assertThat(alone).hasSize(15).allMatch(c -> c.endsWith("=0")).contains("review.total=0", "litigation_direct.total=0");
    List<String> opening = cells(Topic.REVIEW_LITIGATION, List.of(
        p("(二)依申请公开。2022年,我办共收到公开政府信息申请2件,已全部答复。未出现因答复不当引起的行政复议、行政诉讼等情况。")));
    assertThat(opening).hasSize(15).allMatch(c -> c.endsWith("=0"));
    assertThat(cells(Topic.REVIEW_LITIGATION, List.of(p("(三)行政执法"), p("本年度未发生行政复议、行政诉讼情况。")))).isEmpty();
  }

  /**
   * Lawsuits counted without their kind, then said all to be of one (均为未经复议直接起诉): the count is that kind's total,
   * and its result after them that kind's; one of them of a kind (其中1件为…) gives no total.
   */
  @Test
  void suitsCountedThenAllOfOneKindAreThatKindsTotal() {
    assertThat(cells(Topic.REVIEW_LITIGATION, List.of(p("因政府信息公开工作被提起行政诉讼2件,均为未经复议直接起诉,结果维持2件。"))))
        .containsExactlyInAnyOrder("litigation_direct.total=2", "litigation_direct.upheld=2");
    assertThat(cells(Topic.REVIEW_LITIGATION, List.of(p("因政府信息公开工作被提起行政诉讼2件,其中1件为未经复议直接起诉。"))))
        .doesNotContain("litigation_direct.total=2");
  }

  /**
   * An old-style sub-heading naming reviews and suits without 行政 ((六)复议、诉讼和申诉情况) is section 四's: the none
   * under it is zero of each.
   */
  @Test
  void noReviewUnderASubHeadingNamingThemWithoutXingZhengIsZero() {
    List<String> cells = cells(Topic.REVIEW_LITIGATION, List.of(p("(六)复议、诉讼和申诉情况"), p("2022年,我镇无复议、诉讼和申诉情况发生。")));
    assertThat(cells).hasSize(15).allMatch(c -> c.endsWith("=0"));
    assertThat(cells(Topic.REVIEW_LITIGATION, List.of(p("(六)咨询处理情况"), p("2022年,我镇无复议、诉讼和申诉情况发生。")))).isEmpty();
  }

  /**
   * Right after a sentence on disclosure applications, one that only negates reviews and suits speaks of those
   * applications, though it names no disclosure; after another sentence, or with a count of its own, it does not.
   */
  /**
   * A suit named after a comma without a count or result of its own (未发生…行政复议,提起行政诉讼的情况) is the negation's
   * second object; 不存在 negates as 无 does; a suit counted after a negated review is counted.
   */
  @Test
  void aNegationReachesTheProceedingAfterItsComma() {
    assertThat(cells(Topic.REVIEW_LITIGATION, List.of(p("全年未发生因政府信息公开申请行政复议,提起行政诉讼的情况。"))))
        .hasSize(15).allMatch(c -> c.endsWith("=0"));
    assertThat(cells(Topic.REVIEW_LITIGATION, List.of(p("不存在因政府信息公开引起的行政诉讼。"))))
        .hasSize(10).allMatch(c -> c.endsWith("=0"));
    assertThat(cells(Topic.REVIEW_LITIGATION, List.of(p("全年未发生因政府信息公开申请行政复议,提起行政诉讼2件。"))))
        .contains("review.total=0").doesNotContain("litigation_direct.total=0");
  }

  /**
   * A negation that names the cause of the proceedings it denies denies only those: none caused by late disclosure
   * says nothing of the others. One caused by disclosure applications or their answers denies them all.
   */
  @Test
  void aNegationOfOneCauseIsNoZero() {
    assertThat(cells(Topic.REVIEW_LITIGATION, List.of(p("本年度收到政府信息公开申请3件,均按时答复,"
        + "无因不及时公开信息而引发行政复议和行政诉讼的情况。")))).isEmpty();
    assertThat(cells(Topic.REVIEW_LITIGATION, List.of(p("本年度收到政府信息公开申请3件,均按时答复,"
        + "无因政府信息公开申请而引发行政复议和行政诉讼的情况。")))).hasSize(15).allMatch(c -> c.endsWith("=0"));
  }

  @Test
  void noReviewRightAfterTheApplicationsSentenceIsZero() {
    List<String> after = cells(Topic.REVIEW_LITIGATION, List.of(p("2022年我镇公开政府信息35条。本年度我镇收到政府信息公开申请2条,"
        + "已在规定时限内答复。未发生被行政复议、行政诉讼的情况。")));
    assertThat(after).hasSize(15).allMatch(c -> c.endsWith("=0")).contains("review.total=0");
    assertThat(cells(Topic.REVIEW_LITIGATION, List.of(p("2022年我镇公开政府信息35条。未发生被行政复议、行政诉讼的情况。")))).isEmpty();
    assertThat(cells(Topic.REVIEW_LITIGATION, List.of(p("本年度我镇收到政府信息公开申请2条。全镇发生行政复议3件。")))).isEmpty();
  }

  /**
   * Later in a paragraph that spoke of disclosure applications, a sentence that only negates related reviews and suits
   * (本年度未发生相关复议、诉讼案件) speaks of them too; in the next paragraph, past other sentences, it does not.
   */
  @Test
  void noRelatedReviewLaterInTheApplicationsParagraphIsZero() {
    List<String> later = cells(Topic.REVIEW_LITIGATION, List.of(p("(二)规范申请办理,维护群众权益。规范依申请公开全流程管理,"
        + "统一答复标准。对群众申请按时答复。本年度未发生相关复议、诉讼案件。")));
    assertThat(later).hasSize(15).allMatch(c -> c.endsWith("=0")).contains("review.total=0", "litigation_after_review.total=0");
    assertThat(cells(Topic.REVIEW_LITIGATION, List.of(p("规范依申请公开全流程管理,统一答复标准。"),
        p("加强队伍建设。开展业务培训。本年度未发生相关复议、诉讼案件。")))).isEmpty();
  }

  /**
   * A page copy that lost its line breaks runs its sub-headings on inside one paragraph: each still heads what follows
   * it, so the review under （二）依申请公开情况 is one about applications, and none under the next one is read.
   */
  @Test
  void aSubHeadingInsideAParagraphHeadsWhatFollowsIt() {
    List<String> cells = cells(Topic.REVIEW_LITIGATION, List.of(p("一、总体情况 (一)主动公开情况。 2022年主动公开文件6条。"
        + " (二)依申请公开情况。 2022年,某镇共收到申请2件,已全部答复。涉及复议0件,诉讼0件。 (三)政府信息管理情况。 涉及复议0件。")));
    assertThat(cells).hasSize(15).allMatch(c -> c.endsWith("=0"));
    assertThat(cells(Topic.REVIEW_LITIGATION, List.of(p("2022年主动公开文件6条。 (三)政府信息管理情况。 涉及复议0件,诉讼0件。")))).isEmpty();
  }

  /** A review withdrawn (申请人撤回复议申请, 撤销复议申请) is one of 其他结果, not a second count of reviews. */
  @Test
  void aWithdrawnReviewIsAnOtherResult() {
    assertThat(cells(Topic.REVIEW_LITIGATION, List.of(p("2022年度,政府信息公开行政复议案件4件,维持2件,纠正1件,撤销复议申请1件。"))))
        .contains("review.total=4", "review.upheld=2", "review.corrected=1", "review.other=1");
    assertThat(cells(Topic.REVIEW_LITIGATION, List.of(p("2022年度,政府信息公开行政复议案件2件,维持1件,申请人撤回1件。"))))
        .contains("review.total=2", "review.other=1");
  }

  /** The report's outline (由…行政复议情况…等六个部分组成) counts its parts, not reviews. */
  @Test
  void theOutlinesCountOfPartsIsNoReview() {
    assertThat(cells(Topic.REVIEW_LITIGATION, List.of(p("本报告包括总体情况、主动公开政府信息情况、政府信息公开申请情况、"
        + "政府信息公开行政复议情况、存在的主要问题及改进情况、其他需要报告的事项等六个部分。")))).isEmpty();
    assertThat(cells(Topic.REVIEW_LITIGATION, List.of(p("本年度发生政府信息公开行政复议2个,部分公开1个。"))))
        .contains("review.total=2");
  }

  private static List<String> cells(Topic topic, List<Block> blocks) {
    return ProseReader.read(topic, blocks, false, 2022, Template.T2019).stream()
        .flatMap(st -> st.figures().stream()).map(f -> f.cell() + "=" + f.value()).toList();
  }

  /** A line of figures parted by spaces is a row of cells: folded, its figures would glue into one number. */
  @Test
  void aLineOfFiguresApartIsNoProse() {
    List<Block> blocks = List.of(
        p("四、结转下年度继续办理 ３ ２\t1 0 0 1 7件"),
        p("全年共收到申请12件。"));
    assertThat(ProseReader.unwrapped(blocks)).containsExactly("全年共收到申请12件。");
  }

  @Test
  void aRowWrittenAsASentenceStartsARunOfItsOwn() {
    List<Block> blocks = List.of(
        p("本年度因政府信息公开被申请行政复议和提起行政诉讼的情况如下"),
        p("行政复议:结果维持2件,结果纠正0件,其他结果1件,尚未审结0件,总计3件"),
        p("行政诉讼(未经复议直接起诉):结果维持0件,结果纠正1件,其他结果0件,尚未审结0件,总计1件"));
    assertThat(ProseReader.unwrapped(blocks)).containsExactly(
        "本年度因政府信息公开被申请行政复议和提起行政诉讼的情况如下",
        "行政复议:结果维持2件,结果纠正0件,其他结果1件,尚未审结0件,总计3件",
        "行政诉讼(未经复议直接起诉):结果维持0件,结果纠正1件,其他结果0件,尚未审结0件,总计1件");
  }

  /**
   * Only a paragraph with three digits can be a row of figures printed apart: the others are not normalized again
   * or matched for one. What is left is the joined texts' strings and their list.
   */
  @Test
  void paragraphsWithoutThreeDigitsAreNotSearchedForARowOfFigures() {
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      blocks.add(p("本机关全年共收到申请" + (i % 10) + "件。"));
    }
    long perParagraph = AllocatedBytes.perCall(200, () -> ProseReader.unwrapped(blocks).size()) / blocks.size();
    assertThat(perParagraph).isLessThan(200L); // about 125 bytes, where a normalized copy and a matcher took 480
    assertThat(ProseReader.unwrapped(blocks)).hasSize(20).first().isEqualTo("本机关全年共收到申请0件。");
  }

  /** A paragraph opening with a breakdown (其中…) breaks down the figure the paragraph before it ended with. */
  @Test
  void aBreakdownInAParagraphOfItsOwnIsReadWithTheOneBefore() {
    assertThat(cells(Topic.APPLICATIONS, List.of(p("2022年共收到政府信息公开申请19件。"), p("其中,自然人申请15件,商业企业4件。"))))
        .containsExactlyInAnyOrder("new_received.total=19", "new_received.natural_person=15", "new_received.commercial_enterprise=4");
    // not across a sub-heading
    assertThat(cells(Topic.APPLICATIONS, List.of(p("2022年共收到政府信息公开申请19件。"), p("(三)其他"), p("其中,自然人申请15件。"))))
        .containsExactly("new_received.total=19");
  }

  /**
   * A list item negated on its own after a negated review (全年无行政复议、无行政纠错) negates a result, which leaves the
   * review's negation standing; a result negated after the review's name (行政复议未被纠错) is no negation of the review.
   */
  @Test
  void aNegatedResultListedAfterANegatedReviewLeavesItNone() {
    assertThat(cells(Topic.REVIEW_LITIGATION, List.of(p("2020年政府信息公开工作全面推进,建立健全了政府信息公开申请全流程工作制度。"
        + "全年无行政复议、无行政纠错。")))).hasSize(5).allMatch(c -> c.startsWith("review.") && c.endsWith("=0"));
    assertThat(cells(Topic.REVIEW_LITIGATION, List.of(p("政府信息公开申请引起的行政复议未被纠错。")))).doesNotContain("review.total=0");
  }
}
