package org.govdisclosure.extract.template;

import static org.assertj.core.api.Assertions.assertThat;

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
}
