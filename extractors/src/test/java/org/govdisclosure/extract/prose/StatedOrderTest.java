package org.govdisclosure.extract.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Paragraph;
import org.junit.jupiter.api.Test;

/** An order of columns said once is carried to each list after it that names none, when the counts match the names. */
class StatedOrderTest {

  private static final String ORDER = "以下各项数据依次为自然人、其他组织、总计的申请数。";

  private static List<String> named(String... paragraphs) {
    List<Block> blocks = List.of(paragraphs).stream().map(p -> (Block) new Paragraph(p)).toList();
    return StatedOrder.named(blocks).stream().map(b -> ((Paragraph) b).raw()).toList();
  }

  @Test
  void eachListAfterTheOrderIsGivenTheStatedNamesUnderTheTemplatesLabels() {
    assertThat(named(ORDER, "一、本年新收申请数分别为2、1、3件。", "（七）总计分别为2、1、3件。"))
        .containsExactly(ORDER, "一、本年新收申请数：自然人、其他、总计分别为2、1、3件。", "（七）总计：自然人、其他、总计分别为2、1、3件。");
    assertThat(named(ORDER + "予以公开分别为1、0、1件；部分公开分别为零、一、一件。"))
        .containsExactly(ORDER + "予以公开：自然人、其他、总计分别为1、0、1件；部分公开：自然人、其他、总计分别为零、一、一件。");
  }

  @Test
  void aListOfMoreOrFewerCountsOrNamingItsOwnColumnsOrWithoutAnOrderIsLeftAsPrinted() {
    assertThat(named(ORDER, "予以公开分别为1、1件。", "部分公开分别为1、0、0、1件。", "不予公开，自然人、其他组织、总计分别为1、0、1件。"))
        .containsExactly(ORDER, "予以公开分别为1、1件。", "部分公开分别为1、0、0、1件。", "不予公开，自然人、其他组织、总计分别为1、0、1件。");
    List<Block> unordered = List.of(new Paragraph("予以公开分别为1、0、1件。"));
    assertThat(StatedOrder.named(unordered)).isSameAs(unordered);
  }
}
