package org.govdisclosure.extract.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import org.govdisclosure.extract.spi.Template;
import org.govdisclosure.extract.template.NationalTemplate.ItemColumn;
import org.junit.jupiter.api.Test;

class NationalTemplateTest {

  private static ItemColumn column(Template template, String key) {
    return NationalTemplate.of(template).proactive().columns().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
  }

  /**
   * A section 二 column's header wordings are the template's data: its pattern matches each of them, and a piece of
   * any of them (two consecutive characters, as a dump that wraps the name apart prints it) is a piece of its name,
   * the shorter wording's own pieces too ({@code 开数} of 对外公开数量).
   */
  @Test
  void aColumnsWordingsGiveItsHeaderPatternAndThePiecesOfItsName() {
    ItemColumn total = column(Template.T2019, "total_published");
    assertThat(total.wordings()).containsExactly("对外公开总数量", "对外公开数量");
    assertThat(total.header().matcher("信息内容 对外公开数量").find()).isTrue();
    assertThat(total.namePieceIn("开数")).isTrue();
    assertThat(total.namePieceIn("新制")).isFalse();
    assertThat(column(Template.T2019, "items_change").header().matcher("本年增减").find()).isTrue();
  }

  /** A header cell names its column and an outcome its wording whatever spaces it prints, and only then. */
  @Test
  void aCellNamesItsColumnOrOutcomeSpacesAside() {
    NationalTemplate template = NationalTemplate.of(Template.T2021);
    NationalTemplate.Matrix matrix = template.applications();
    String label = matrix.columns().get(1).label();
    assertThat(matrix.columnNamed(label)).isEqualTo(1);
    assertThat(matrix.columnNamed(label.charAt(0) + " \t" + label.substring(1) + "\n")).isEqualTo(1);
    assertThat(matrix.columnNamed(label + "数")).isEqualTo(-1);
    // the two header rows over a column flattened into one cell: the group's header word, a mark, the column's name
    assertThat(matrix.columnNamed("法人或其他组织-" + label)).isEqualTo(1);
    assertThat(matrix.columnNamed("法人或其他组织/其他")).isEqualTo(5);
    assertThat(matrix.columnNamed("行政机关-" + label)).isEqualTo(-1);
    String outcome = template.reviewLitigation().outcomes().get(0).wordings().get(0);
    assertThat(template.reviewLitigation().outcomeNamed(" " + outcome.charAt(0) + "\u000B" + outcome.substring(1))).isEqualTo(0);
    assertThat(template.reviewLitigation().outcomeNamed(outcome + "率")).isEqualTo(-1);
  }

  /**
   * A row's whole wording is the template's data, folded as printed text is: a printed piece ends it as printed or
   * within one misprint (the end of a label wrapped), never a piece that ends it otherwise, nor a row without one.
   */
  @Test
  void aPrintedPieceEndsARowsWordingAsPrintedOrWithinOneMisprint() {
    NationalTemplate.Matrix matrix = NationalTemplate.of(Template.T2021).applications();
    TemplateRow notHeld = matrix.rows().stream().filter(r -> r.key().equals("unavailable_not_held")).findFirst().orElseThrow();
    assertThat(matrix.row(RowRole.TOTAL).endOfWording("总计")).isNull();
    assertThat(notHeld.endOfWording("不掌握相关政府信息")).isEqualTo(new LabelMatch(0, 9, false));
    assertThat(notHeld.endOfWording("不掌握相关政府信怠").fuzzy()).isTrue();
    assertThat(notHeld.endOfWording("不掌握相关政府")).isNull();
    assertThat(notHeld.endOfWording("不掌握相关政府信息公开")).isNull();
    TemplateRow partly = matrix.rows().stream().filter(r -> r.key().equals("partially_granted")).findFirst().orElseThrow();
    assertThat(partly.endOfWording("不计其他情形)")).isEqualTo(new LabelMatch(0, 7, false));
  }

  /**
   * Every header cell of every table is matched against each column's label and variants: matching allocates
   * nothing (a folded cell is matched as it is, the variants looked at in a loop).
   */
  @Test
  void matchingAHeaderCellAllocatesNothing() {
    NationalTemplate.Matrix matrix = NationalTemplate.of(Template.T2021).applications();
    String[] cells = {"合计", "商业企业", "社会公益组织", "申请人情况", "本列不是"};
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    int found = 0;
    for (int round = 0; round < 3; round++) { // the classes loaded and the calls linked before counting
      long before = threads.getCurrentThreadAllocatedBytes();
      for (int i = 0; i < 1_000; i++) {
        found += matrix.columnNamed(cells[i % cells.length]) >= 0 ? 1 : 0;
      }
      if (round == 2) {
        assertThat(threads.getCurrentThreadAllocatedBytes() - before).isLessThan(1_000);
      }
    }
    assertThat(found).isEqualTo(3 * 600);
  }

  /**
   * A column's header is found in a row label by its wordings, as its pattern finds it: at the earliest place, the
   * first wording listed there; a label naming no column costs no allocation (every label of an item table is
   * searched for every column).
   */
  @Test
  void aColumnsHeaderIsFoundWhereItsPatternFindsItWithoutAllocatingForALabelNamingNone() {
    ItemColumn total = column(Template.T2019, "total_published");
    for (String label : new String[] {"信息内容对外公开数量对外公开总数量", "对外公开总数量", "规章对外公开数", "本年新制发件数"}) {
      java.util.regex.Matcher m = total.header().matcher(label);
      LabelMatch found = total.headerIn(label);
      assertThat(found == null ? null : new int[] {found.start(), found.end()}).as(label)
          .isEqualTo(m.find() ? new int[] {m.start(), m.end()} : null);
    }
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    int found = 0;
    for (int round = 0; round < 3; round++) { // the classes loaded and the calls linked before counting
      long before = threads.getCurrentThreadAllocatedBytes();
      for (int i = 0; i < 1_000; i++) {
        found += total.headerIn("（一）规章及规范性文件") == null ? 0 : 1;
      }
      if (round == 2) {
        assertThat(threads.getCurrentThreadAllocatedBytes() - before).isLessThan(1_000);
      }
    }
    assertThat(found).isZero();
  }

  /**
   * Rows key the maps of every report's decoded counts: a row hashes as its key (its wordings' lists are not hashed
   * again for each lookup), and equals a row only with the same components.
   */
  @Test
  void aRowHashesByItsKeyAndEqualsOnlyTheSameRow() {
    TemplateRow row = new TemplateRow("made_up", RowRole.TOTAL, java.util.List.of("甲乙"), java.util.List.of(), java.util.List.of("丙"), "甲乙丙", null, null);
    TemplateRow same = new TemplateRow("made_up", RowRole.TOTAL, java.util.List.of("甲乙"), null, java.util.List.of("丙"), "甲乙丙", null, null);
    TemplateRow other = new TemplateRow("made_up", RowRole.TOTAL, java.util.List.of("甲丁"), null, java.util.List.of("丙"), "甲乙丙", null, null);
    assertThat(row.hashCode()).isEqualTo("made_up".hashCode());
    assertThat(row).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other);
    assertThat(other).isNotEqualTo(row);
  }
}
