package org.govdisclosure.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govdisclosure.extract.HtmlPages;
import org.govdisclosure.extract.ProcessedReport;
import org.govdisclosure.extract.ReportProcessor;
import org.govdisclosure.extract.TestCorpus;
import org.govdisclosure.extract.evaluate.Gold;
import org.govdisclosure.extract.read.ReportReader;
import org.junit.jupiter.api.Test;

/**
 * On the pipeline's class path (Hadoop, Beam, Parquet and the libraries they bring, some shaded, some registering
 * their own XML, JSON or compression services), every registered reader, extractor and check loads, and each reader
 * reads a small file of its format as it does on the extractors' own class path. A library there that clashes with a
 * reader's shows here at once, not as a run whose every report of that format failed.
 */
class RegisteredReadersTest {

  private static final Path FORMATS = Path.of("../extractors/src/test/resources/formats");
  private static final String STEM = "000_aee1c35d317719c9";
  private static final String TITLE = "某某县人民政府2021年政府信息公开工作年度报告";

  /** One file of each format, by a name saying which. */
  private static Map<String, byte[]> oneFileOfEachFormat() throws Exception {
    Map<String, byte[]> files = new LinkedHashMap<>();
    Gold seed = TestCorpus.under(HostileFilesTest.CORPUS, "seeds").get(0);
    byte[] text = Files.readAllBytes(seed.report());
    files.put("text.txt", text);
    files.put("page.html", HtmlPages.of(new ReportReader().read(text).document()).getBytes(Charset.forName("GBK")));
    for (String ext : List.of("pdf", "docx", "doc", "xlsx", "xls", "odt", "ods")) {
      files.put(STEM + "." + ext, Files.readAllBytes(FORMATS.resolve(STEM + "." + ext)));
    }
    files.put("export.json", ("{\"标题\": \"" + TITLE + "\", \"三\": {\"本年新收政府信息公开申请数量\": {\"自然人\": 5, \"总计\": 5}}}")
        .getBytes(StandardCharsets.UTF_8));
    files.put("export.yaml", ("标题: " + TITLE + "\n三:\n  本年新收政府信息公开申请数量:\n    自然人: 5\n    总计: 5\n").getBytes(StandardCharsets.UTF_8));
    files.put("export.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<报告><标题>" + TITLE + "</标题><三><本年新收政府信息公开申请数量>"
        + "<自然人>5</自然人><总计>5</总计></本年新收政府信息公开申请数量></三></报告>\n").getBytes(StandardCharsets.UTF_8));
    return files;
  }

  @Test
  void everyReaderLoadsAndReadsAFileOfItsFormat() throws Exception {
    try (ReportProcessor processor = ReportProcessor.withRegistered(false)) {
      assertThat(processor.unavailable()).as("left out on the pipeline's class path").isEmpty();
      for (Map.Entry<String, byte[]> file : oneFileOfEachFormat().entrySet()) {
        ProcessedReport report = processor.process(file.getKey(), file.getValue());
        assertThat(report.status()).as(file.getKey() + ": " + report.warnings()).isNotEqualTo(ReportProcessor.UNREADABLE);
        if (!file.getKey().startsWith("export.")) {
          assertThat(report.status()).as(file.getKey() + ": " + report.warnings()).isEqualTo(ReportProcessor.EXTRACTED);
          assertThat(report.tables()).as(file.getKey()).containsKeys("applications", "review_litigation");
        }
      }
      assertThat(processor.unavailable()).as("failed on first use on the pipeline's class path").isEmpty();
    }
  }
}
