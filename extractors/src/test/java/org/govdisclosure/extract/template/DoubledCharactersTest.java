package org.govdisclosure.extract.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DoubledCharactersTest {

  /** Each doubling is undone on its own, the others kept: a wording's own doubled character (常常) stays in the other readings. */
  @Test
  void eachDoublingIsReadOnceOnItsOwn() {
    assertThat(DoubledCharacters.undone("其他他处理")).containsExactly("其他处理");
    assertThat(DoubledCharacters.undone("常常反反复")).containsExactly("常反反复", "常常反复");
    assertThat(DoubledCharacters.undone("重复申请")).isEmpty();
    assertThat(DoubledCharacters.undone("其他他他处理")).containsExactly("其他他处理");
    assertThat(DoubledCharacters.undone("反反复其他他处理", 3)).containsExactly("反反复其他处理");
    assertThat(DoubledCharacters.undone("其他他", -2)).containsExactly("其他");
  }
}
