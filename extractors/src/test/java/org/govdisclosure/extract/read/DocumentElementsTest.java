package org.govdisclosure.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Table;
import org.junit.jupiter.api.Test;

/** A document-AI tool's elements (Unstructured's), as JSON or one a line after their types, read as the report they hold. */
class DocumentElementsTest {

  private static List<Block> read(String content) {
    return new ReportReader().read(content.getBytes(StandardCharsets.UTF_8)).document().blocks();
  }

  private static List<String> texts(Table table, int row) {
    return table.rows().get(row).cells().stream().map(Cell::text).toList();
  }

  /** Each element is a line, a table its HTML with its spans and blank cells (not its flat text); furniture is dropped. */
  @Test
  void elementsSavedAsJsonAreLinesAndTablesTheirHtml() {
    List<Block> blocks = read("""
        [{"type": "Title", "element_id": "a1", "text": "一、总体情况", "metadata": {"page_number": 1}},
         {"type": "NarrativeText", "element_id": "a2", "text": "全年收到申请7件。", "metadata": {"page_number": 1}},
         {"type": "Footer", "element_id": "a3", "text": "- 1 -", "metadata": {"page_number": 1}},
         {"type": "Table", "element_id": "a4", "text": "规章 3 5",
          "metadata": {"page_number": 2, "text_as_html": "<table><tr><td>规章</td><td>3</td><td></td><td>5</td></tr></table>"}}]
        """);
    assertThat(blocks).hasSize(3);
    assertThat(((Paragraph) blocks.get(0)).text()).isEqualTo("一、总体情况");
    assertThat(((Paragraph) blocks.get(1)).text()).isEqualTo("全年收到申请7件。");
    assertThat(texts((Table) blocks.get(2), 0)).containsExactly("规章", "3", "", "5");
  }

  /** Elements printed one a line after their type: the type is no part of the text, a heading stays a heading. */
  @Test
  void elementsPrintedAfterTheirTypesAreTheirText() {
    List<Block> blocks = read("""
        Title: 三、收到和处理政府信息公开申请情况
        Header: 测试镇2021年政府信息公开工作年度报告
        Table: <table><tr><td>（七）总计</td><td>4</td></tr></table>
        NarrativeText: 无其他需要报告的事项。
        """);
    assertThat(((Paragraph) blocks.get(0)).text()).isEqualTo("三、收到和处理政府信息公开申请情况");
    assertThat(texts((Table) blocks.get(1), 0)).containsExactly("(七)总计", "4");
    assertThat(((Paragraph) blocks.get(2)).text()).isEqualTo("无其他需要报告的事项。");
    assertThat(blocks).hasSize(3);
  }
}
