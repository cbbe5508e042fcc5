package org.govdisclosure.extract.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.spi.Template;
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
  }

  @Test
  void aGroupLabelIsNoMisprintOfARow() {
    assertThat(read("（三）不予公开：自然人1件，总计1件。")).isEmpty();
  }

  @Test
  void aRowOfTheOtherTemplateIsNoRowOfTheReport() {
    String sentence = "其他处处理其他：自然人0件，商业企业0件，科研机构0件，社会公益组织0件，法律服务机构0件，其他0件，总计0件。";
    assertThat(read(sentence, Template.T2021)).extracting(Figure::row).doesNotContain("other");
    assertThat(read(sentence, Template.T2019)).extracting(Figure::row).containsOnly("other");
  }
}
