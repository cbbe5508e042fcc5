package org.govdisclosure.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Document;
import org.govdisclosure.extract.model.Paragraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A page copy's label for its title (标题：…), one rule: the title follows it, the issuer's name is read without it. */
class TitleLabelTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      标题：某某县财政局2022年政府信息公开工作年度报告
      标 题:某某县财政局2022年政府信息公开工作年度报告
      标题,某某县财政局2022年政府信息公开工作年度报告
      标 题，某某县财政局2022年政府信息公开工作年度报告
      """)
  void theLabelIsNeitherTheTitlesNorTheIssuersName(String labelled) {
    String title = "某某县财政局2022年政府信息公开工作年度报告";
    Document page = new Document("text", "UTF-8", List.<Block>of(new Paragraph(labelled), new Paragraph("根据《条例》,编制本报告。")));
    assertThat(page.title()).endsWith(title);
    assertThat(IssuerName.clean(page.title())).isEqualTo(title);
    assertThat(IssuerName.clean(labelled.replace("2022年政府信息公开工作年度报告", ""))).isEqualTo("某某县财政局");
  }
}
