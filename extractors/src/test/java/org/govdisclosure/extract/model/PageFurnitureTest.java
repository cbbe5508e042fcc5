package org.govdisclosure.extract.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.govdisclosure.extract.model.PageFurniture.Form;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one rule of a page's furniture. A page's number on a line of its own, in the forms each place trusts: a line
 * apart (a PDF page's last line, a line between label and value columns) any; a table's cell or line only the forms no
 * cell prints; a line of figures alone only a number beside dashes. A browser's print margins: as a whole line, or by
 * their opening where a page's first or last line is asked.
 */
class PageFurnitureTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      第 3 页                 | true  | true  | false
      第3页                   | true  | true  | false
      第 4 页 共 9 页          | true  | true  | false
      第4页，共9页             | true  | true  | false
      第 12 页 / 共 30 页      | true  | true  | false
      3/12                    | true  | true  | false
      4 / 9                   | true  | true  | false
      - 3 -                   | true  | true  | true
      —4—                     | true  | true  | true
      — 3 —                   | true  | true  | true
      －２－                   | true  | true  | true
      第３页                   | true  | true  | false
      - 3                     | true  | false | true
      3 —                     | true  | false | true
      3                       | true  | false | false
      123                     | true  | false | false
      '\t 12\u3000 '            | true  | false | false
      0012                    | false | false | false
      - 0 0 0 - -             | false | false | false
      3 4                     | false | false | false
      1.属于国家秘密            | false | false | false
      2023年                  | false | false | false
      2023                    | false | false | false
      第 1234 页               | false | false | false
      无 3                    | false | false | false
      """)
  void aPagesNumberInTheFormsEachPlaceTrusts(String line, boolean apart, boolean amongCells, boolean amongFigures) {
    assertThat(PageFurniture.isPageNumber(line, Form.ANY)).as("apart").isEqualTo(apart);
    assertThat(PageFurniture.isPageNumber(line, Form.AMONG_CELLS)).as("among cells").isEqualTo(amongCells);
    assertThat(PageFurniture.isPageNumber(line, Form.AMONG_FIGURES)).as("among figures").isEqualTo(amongFigures);
  }

  /** Spaces of any kind, and characters that print nothing, part the dashes from the number as a space does. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      '\u3000\u3000— 1 \u200b—'
      '\u00a0- 7 -\t'
      '\f第 2 页'
      """)
  void anySpaceAroundTheNumberIsOne(String line) {
    assertThat(PageFurniture.isPageNumber(line, Set.of(Form.NUMBERED, Form.FRAMED))).isTrue();
  }

  /** A browser's print line as a whole, as a table's cell or line may carry it: its figures are no cells. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      http://www.x.gov.cn/art/2022/1/16/art_1229_82126.html  1/2   | true
      www.x.gov.cn/art/2022/1/16/art_1229_82126.html               | true
      HTTPS://www.x.gov.cn/t123.html                               | true
      2022/1/17 下午4:22  某某县2021年政府信息公开工作年度报告          | true
      2022/1/17 16:22:05                                           | true
      2025-2-3 10:12 某某县2024年政府信息公开工作年度报告              | true
      2022/1/17                                                    | false
      1.属于国家秘密                                                 | false
      网址：http://www.x.gov.cn                                     | false
      """)
  void aBrowsersPrintLine(String line, boolean printLine) {
    assertThat(PageFurniture.isBrowserPrintLine(line)).isEqualTo(printLine);
  }

  /** A page's first and last lines, which only a browser's head and foot open so, are told by their opening. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      12/6/26, 7:24 PM                           | true  | false
      2025/2/3 10:12                             | true  | false
      2023.1.5，上午 9:30                         | true  | false
      https://www.x.gov.cn/t123.html             | false | true
      file:///C:/reports/x.html                  | false | true
      2023年1月5日                                | false | false
      一、总体情况                                 | false | false
      """)
  void aBrowsersHeadAndFoot(String line, boolean head, boolean foot) {
    assertThat(PageFurniture.opensBrowserHead(line)).as("head").isEqualTo(head);
    assertThat(PageFurniture.opensBrowserFoot(line)).as("foot").isEqualTo(foot);
  }
}
