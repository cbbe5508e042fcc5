package org.govdisclosure.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.govdisclosure.extract.GoldComparison.Field;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Cell;
import org.govdisclosure.extract.model.Document;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Row;
import org.govdisclosure.extract.model.Table;
import org.govdisclosure.extract.read.ReportReader;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;

/** The seeds published differently (a GBK HTML page, a UTF-16 text file) must give the same values. */
class LayoutRoundTripTest {

  private static final ReportProcessor PROCESSOR = ReportProcessor.withRegistered();

  @Test
  void seedsAsGbkHtmlPagesGiveTheirGold() throws Exception {
    for (Gold gold : Gold.under("seeds")) {
      Document doc = new ReportReader().read(Files.readAllBytes(gold.report())).document();
      byte[] page = html(doc).getBytes(Charset.forName("GBK"));
      assertExact(gold, PROCESSOR.process(gold.name() + ".html", page), "html", "GB18030");
    }
  }

  @Test
  void seedsAsUtf16TextGiveTheirGold() throws Exception {
    for (Gold gold : Gold.under("seeds")) {
      String text = Files.readString(gold.report(), StandardCharsets.UTF_8);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      bytes.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
      bytes.writeBytes(text.getBytes(StandardCharsets.UTF_16LE));
      assertExact(gold, PROCESSOR.process(gold.name(), bytes.toByteArray()), "text", "UTF-16LE");
    }
  }

  private static void assertExact(Gold gold, ProcessedReport r, String format, String encoding) {
    assertThat(r.format()).isEqualTo(format);
    assertThat(r.encoding()).isEqualTo(encoding);
    List<Field> wrong = GoldComparison.compare(gold.json(), CorpusAccuracyTest.reportColumns(r), r.tables()).stream()
        .filter(f -> GoldComparison.fromTable(gold.json(), f) && !f.correct())
        .toList();
    assertThat(wrong).as(gold.name() + " as " + format + "/" + encoding).isEmpty();
  }

  /** A page as a CMS would publish it: a declared charset, navigation, the report in an article container. */
  static String html(Document doc) {
    StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"gbk\"><title>年报</title></head><body>");
    b.append("<div class=\"nav\"><a href=\"/\">首页</a> &gt; 政府信息公开</div><div class=\"article\">");
    for (Block block : doc.blocks()) {
      if (block instanceof Paragraph p) {
        b.append("<p>").append(Entities.escape(p.raw())).append("</p>\n");
      } else if (block instanceof Table t) {
        b.append("<table border=\"1\">");
        for (Row row : t.rows()) {
          b.append("<tr>");
          for (Cell c : row.cells()) {
            b.append("<td>").append(c.raw().isBlank() ? "&nbsp;" : Entities.escape(c.raw()).replace("\n", "<br>")).append("</td>");
          }
          b.append("</tr>");
        }
        b.append("</table>\n");
      }
    }
    return b.append("</div><script>var x = '三、收到和处理政府信息公开申请情况';</script></body></html>").toString();
  }
}
