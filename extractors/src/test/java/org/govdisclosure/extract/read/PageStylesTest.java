package org.govdisclosure.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.govdisclosure.extract.AllocatedBytes;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PageStylesTest {

  /**
   * A page placing its text run by run asks of each run's ancestors where they are placed, once per run: an element's
   * declarations are worked out once, its class's rule and then its own style, and asked again without a copy.
   */
  @Test
  void anElementsDeclarationsAreWorkedOutOnce() {
    Document page = Jsoup.parse("<style>.p{position:absolute;width:600px}</style>"
        + "<div class=\"p\" style=\"top:10px; LEFT:20px !important\"><span>（一）予以公开</span></div>");
    PageStyles styles = new PageStyles(page);
    Element box = page.selectFirst("div");
    assertThat(styles.of(box)).containsEntry("position", "absolute").containsEntry("left", "20px").containsEntry("top", "10px");
    assertThat(styles.of(page.selectFirst("span"))).isEmpty();
    assertThat(AllocatedBytes.perCall(2_000, () -> styles.of(box).size())).isZero();
  }
}
