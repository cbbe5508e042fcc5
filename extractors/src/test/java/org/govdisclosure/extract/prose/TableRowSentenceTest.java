package org.govdisclosure.extract.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.spi.Template;
import org.govdisclosure.extract.template.NationalTemplate;
import org.govdisclosure.extract.template.TemplateRow;
import org.junit.jupiter.api.Test;

class TableRowSentenceTest {

  private static List<Figure> read(String sentence) {
    return read(sentence, null);
  }

  private static List<Figure> read(String sentence, Template template) {
    return TableRowSentence.applications(Cell.Text.fold(sentence), template);
  }

  @Test
  void aRowLabelWithOneCharacterMisprintedOrDoubledIsStillItsRow() {
    List<Figure> duplicate = read("（五）不予处理2.重复申申请：自然人1件，商业企业0件，科研机构0件，社会公益组织0件，法律服务机构0件，其他0件，总计1件。");
    assertThat(duplicate).hasSize(7).extracting(Figure::row).containsOnly("not_processed_duplicate");
    assertThat(read("3.其他他：自然人2件，总计2件。")).extracting(Figure::row).containsOnly("other_other");
    assertThat(read("（五）不予处理4.无正当理由大量反反复申请：自然人1件，总计1件。")).extracting(Figure::row)
        .containsOnly("not_processed_excessive");
  }

  /**
   * Every row's label of both templates with any one character of its phrase printed twice: read as that row, never
   * as another whose phrase is one misread character away (大量反反复申请 is no 重复申请).
   */
  @Test
  void aDoubledCharacterInAnyRowsPhraseStillNamesThatRow() {
    List<String> wrong = new ArrayList<>();
    int tried = 0;
    for (Template t : Template.values()) {
      for (TemplateRow row : NationalTemplate.of(t).applications().rows()) {
        for (String phrase : row.phrases()) {
          for (int i = 0; i < phrase.length(); i++) {
            String label = "4." + phrase.substring(0, i + 1) + phrase.substring(i);
            List<String> rows = read(label + "：自然人1件，商业企业0件，科研机构0件，社会公益组织0件，法律服务机构0件，其他0件，总计1件。", t)
                .stream().map(Figure::row).distinct().toList();
            tried++;
            if (!rows.equals(List.of(row.key()))) {
              wrong.add(t + " " + label + " -> " + rows);
            }
          }
        }
      }
    }
    assertThat(tried).isGreaterThan(100);
    assertThat(wrong).isEmpty();
  }

  @Test
  void aRowLabelPrintedAfterItsGroupsIsThatRow() {
    String sentence = "（六）其他处理其他：自然人2件，商业企业0件，科研机构0件，社会公益组织0件，法律服务机构0件，其他0件，总计2件。";
    assertThat(read(sentence, Template.T2021)).hasSize(7).extracting(Figure::row).containsOnly("other_other");
    assertThat(read(sentence, Template.T2019)).hasSize(7).extracting(Figure::row).containsOnly("other");
  }

  @Test
  void aGroupLabelIsNoMisprintOfARow() {
    assertThat(read("（三）不予公开：自然人1件，总计1件。")).isEmpty();
  }

  @Test
  void aRowOfTheOtherTemplateIsNoRowOfTheReport() {
    String sentence = "其他处处理其他：自然人0件，商业企业0件，科研机构0件，社会公益组织0件，法律服务机构0件，其他0件，总计0件。";
    assertThat(read(sentence, Template.T2021)).extracting(Figure::row).containsOnly("other_other");
    assertThat(read(sentence, Template.T2019)).extracting(Figure::row).containsOnly("other");
  }

  /**
   * A count after its column's name needs no counter ({@code 自然人5}) in every form of a cell: a row's sentence, a
   * cell opening the rest of a row after a semicolon, a key-value line. A counter that counts days is still no cell's.
   */
  @Test
  void aCellsCounterIsOptionalInEveryFormOfACell() {
    assertThat(read("（一）予以公开：自然人5，商业企业1，总计6。")).hasSize(3);
    assertThat(TableRowSentence.opensWithCell(Cell.Text.fold("自然人5，商业企业1，总计6。"))).isTrue();
    assertThat(TableRowSentence.opensWithCell(Cell.Text.fold("自然人5件，商业企业1件，总计6件。"))).isTrue();
    assertThat(TableRowSentence.opensWithCell(Cell.Text.fold("自然人3个工作日内答复"))).isFalse();
    assertThat(TableRowSentence.keyedCell(Cell.Text.fold("自然人：5"))).isEqualTo("自然人");
    assertThat(TableRowSentence.keyedCell(Cell.Text.fold("自然人：5件"))).isEqualTo("自然人");
  }

  /** 合计, 共计, 累计 name the total as 总计 does; counts in Chinese numerals are read through the one lexicon. */
  @Test
  void everyNameOfTheTotalAndChineseCountsAreRead() {
    for (String total : List.of("总计", "合计", "共计", "累计")) {
      assertThat(read("（一）予以公开：自然人三件，商业企业十二件，" + total + "十五件。"))
          .extracting(f -> f.column() + "=" + f.value())
          .containsExactly("natural_person=3", "commercial_enterprise=12", "total=15");
    }
  }

  /** A row's count with no column's name is its 总计; stated as none, every cell of the row is 0. */
  @Test
  void aRowsCountWithoutAColumnIsItsTotalAndNoneIsZeroInEveryCell() {
    assertThat(read("（二）部分公开（区分处理的，只计这一情形，不计其他情形）：4件。"))
        .containsExactly(new Figure("partially_granted", "total", 4));
    List<Figure> none = read("1.属于国家秘密：0件。");
    assertThat(none).hasSize(7).allSatisfy(f -> assertThat(f.value()).isEqualTo(0));
    assertThat(none).extracting(Figure::row).containsOnly("withheld_state_secret");
    assertThat(read("三、本年度办理结果：")).isEmpty();
  }

  /**
   * A cell printing a "not applicable" mark, after its column's name or alone ({@code 商业企业—}, {@code —}, {@code /},
   * {@code -}, {@code 无}), states no count: its column blank, never 0, and the cells after it keep their own columns.
   */
  @Test
  void aMarkedCellIsBlankAndShiftsNoOther() {
    assertThat(read("一、本年新收政府信息公开申请数量：自然人5件，商业企业—，科研机构0件，社会公益组织/，法律服务机构-，其他无，总计5件。"))
        .extracting(f -> f.column() + "=" + f.value())
        .containsExactly("natural_person=5", "research_institution=0", "total=5");
    assertThat(read("（一）予以公开：自然人3件，—，科研机构1件，总计4件。")).extracting(f -> f.column() + "=" + f.value())
        .containsExactly("natural_person=3", "research_institution=1", "total=4");
    assertThat(read("二、上年结转政府信息公开申请数量：自然人5件，商业企业 — ，科研机构0件，社会公益组织／，法律服务机构——，其他 无，总计5件。"))
        .extracting(f -> f.column() + "=" + f.value())
        .containsExactly("natural_person=5", "research_institution=0", "total=5");
  }

  /**
   * A row's cells printed without their counter ({@code 自然人1，商业企业—，…，总计1}): the column's name says what the
   * count counts, as a table's header does; a count without a column's name still needs its counter to be the row's.
   */
  @Test
  void cellsWithoutTheirCounterAreStillTheRowsCells() {
    assertThat(read("（一）予以公开：自然人1，商业企业—，科研机构—，社会公益组织—，法律服务机构—，其他—，总计1。"))
        .extracting(f -> f.row() + "." + f.column() + "=" + f.value())
        .containsExactly("granted.natural_person=1", "granted.total=1");
    assertThat(read("一、本年新收政府信息公开申请数量：自然人5，商业企业0，科研机构0，社会公益组织0，法律服务机构0，其他1，总计6。"))
        .hasSize(7).extracting(Figure::value).containsExactly(5, 0, 0, 0, 0, 1, 6);
    assertThat(read("（二）部分公开：3")).isEmpty();
  }
}
